// Does a heading announce the paragraph after it? A news lead restates its headline (曹立强走访调研… →
// "区委书记曹立强先后走访调研…") and often opens with a date; a section subhead inside an article does neither.

const DATE_LEAD = /^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|昨天|昨日|今天|今日|本报讯|本報訊|记者从|記者從)/u;

export function opensWithDate(text: string): boolean {
  return DATE_LEAD.test(text);
}

// Both texts come from one page, in one script, so they are compared as printed; folding here would cost
// more than the whole rest of layout. (Callers comparing across pages fold first.)
// Bigrams are numbers (two UTF-16 units), which makes this cheap enough to run for every heading/paragraph pair.
function bigrams(text: string): number[] {
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue; // only Han characters count, as if the rest were not there
    if (prev >= 0) out.push(prev * 0x10000 + c);
    prev = c;
  }
  return out;
}

/** Share of the heading's character bigrams that occur in the first `window` characters of the paragraph. */
export function headingOverlap(heading: string, paragraph: string, window = 200): number {
  const hb = bigrams(heading);
  if (hb.length === 0) return 0;
  const pb = new Set(bigrams(paragraph.slice(0, window)));
  return hb.filter((b) => pb.has(b)).length / hb.length;
}
