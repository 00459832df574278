// NER data as the public gold standards give it, read into one shape: a sentence and its typed spans.
//   BIO, one `char TAG` a line, blank line between sentences (People's Daily: PER, LOC, ORG)
//   CLUENER2020 JSON records: label.{type}.{mention}: [[start, end_inclusive]], types mapped to ours
export type NerType = 'PER' | 'LOC' | 'ORG';
export const NER_TYPES: readonly NerType[] = ['PER', 'LOC', 'ORG'];

export interface NerSpan {
  type: NerType;
  start: number;
  /** Exclusive. */
  end: number;
}

export interface NerSentence {
  text: string;
  spans: NerSpan[];
  /** Which annotation convention the sentence follows (news, cluener): the model learns each one's quirks apart. */
  domain?: string;
}

/** CLUENER's fine types in our three: name→PER, address→LOC, organization/government/company→ORG. */
const CLUENER_TYPES: Record<string, NerType> = { name: 'PER', address: 'LOC', organization: 'ORG', government: 'ORG', company: 'ORG' };

export class NerFormatError extends Error {}

/** scripts/train-ner.ts holds out every Nth sentence of each training file, to report F1 on text it never saw. */
export const HOLD_OUT_EVERY = { peoplesDaily: 5, cluenerTrain: 10 } as const;

export function parseBio(content: string): NerSentence[] {
  const out: NerSentence[] = [];
  let chars: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (chars.length > 0) out.push({ text: chars.join(''), spans: spansOf(tags) });
    chars = [];
    tags = [];
  };
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return flush();
    const m = /^(\S+)\s+(\S+)$/u.exec(line.trim());
    if (!m || !/^(O|[BIES]-\w+)$/.test(m[2]!)) throw new NerFormatError(`line ${i + 1}: expected "char TAG", got ${JSON.stringify(line.slice(0, 40))}`);
    chars.push(m[1]!);
    tags.push(m[2]!);
  });
  flush();
  return out;
}

/** BIO (and BIOES) tags → spans; an I- without its B- opens a span, as conlleval reads it. */
export function spansOf(tags: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let open: NerSpan | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === 'O' ? ['O', ''] : [tag[0]!, tag.slice(2)];
    const known = (NER_TYPES as readonly string[]).includes(type);
    if (open && (prefix === 'O' || prefix === 'B' || prefix === 'S' || type !== open.type)) {
      spans.push(open);
      open = null;
    }
    if (!known || prefix === 'O') return;
    if (!open) open = { type: type as NerType, start: i, end: i + 1 };
    else open.end = i + 1;
    if (prefix === 'E' || prefix === 'S') {
      spans.push(open);
      open = null;
    }
  });
  if (open) spans.push(open);
  return spans;
}

export function tagsOf(sentence: NerSentence): string[] {
  const tags = Array.from({ length: sentence.text.length }, () => 'O');
  for (const s of sentence.spans) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
}

/** CLUENER2020 records (pretty-printed JSON objects back to back, or one a line). */
export function parseCluener(content: string): NerSentence[] {
  const out: NerSentence[] = [];
  for (const chunk of splitObjects(content)) {
    const record = JSON.parse(chunk) as { text: string; label?: Record<string, Record<string, [number, number][]>> };
    const spans: NerSpan[] = [];
    for (const [fine, mentions] of Object.entries(record.label ?? {})) {
      const type = CLUENER_TYPES[fine];
      if (!type) continue;
      for (const places of Object.values(mentions)) for (const [start, last] of places) spans.push({ type, start, end: last + 1 });
    }
    out.push({ text: record.text, spans: spans.sort((a, b) => a.start - b.start) });
  }
  return out;
}

function splitObjects(content: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) out.push(content.slice(start, i + 1));
  }
  return out;
}
