// Does a heading announce the paragraph after it? A news lead restates its headline (曹立强走访调研… →
// "区委书记曹立强先后走访调研…") and often opens with a date; a section subhead inside an article does neither.

const DATE_LEAD = /^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|昨天|昨日|今天|今日|本报讯|本報訊|记者从|記者從)/u;

export function opensWithDate(text: string): boolean {
  return DATE_LEAD.test(text);
}

// Both texts come from one page, in one script, so they are compared as printed; folding here would cost
// more than the whole rest of layout. (Callers comparing across pages fold first.)
// Bigrams are small integers (both characters offset into the Han range, so V8 keeps them unboxed), which
// makes this cheap enough to run for every heading/paragraph pair.
const HAN_FIRST = 0x3400;
const HAN_SPAN = 0x9fff - HAN_FIRST + 1;

/**
 * The bigrams of the Han characters among the first `limit` units of text (the other characters skipped, as if
 * they were not there), each passed to `each` until it returns false. No array: this runs for every pair.
 */
function eachBigram(text: string, limit: number, each: (bigram: number) => boolean): void {
  let prev = -1;
  for (let i = 0; i < limit && i < text.length; i++) {
    const c = text.charCodeAt(i) - HAN_FIRST;
    if (c < 0 || c >= HAN_SPAN) continue;
    if (prev >= 0 && !each(prev * HAN_SPAN + c)) return;
    prev = c;
  }
}

/** Share of the heading's character bigrams that occur in the first `window` characters of the paragraph. */
export function headingOverlap(heading: string, paragraph: string, window = 200): number {
  // Each heading bigram found in the paragraph counts as often as the heading has it.
  const wanted = new Map<number, number>();
  let count = 0;
  eachBigram(heading, heading.length, (b) => {
    wanted.set(b, (wanted.get(b) ?? 0) + 1);
    count++;
    return true;
  });
  if (count === 0) return 0;
  let found = 0;
  eachBigram(paragraph, window, (b) => {
    const n = wanted.get(b);
    if (n !== undefined) {
      found += n;
      wanted.delete(b);
    }
    return wanted.size > 0;
  });
  return found / count;
}
