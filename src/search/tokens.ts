// How folded text splits into runs: Han characters (each its own token, neighbours also as pairs) and runs
// of other letters and digits (one token each); everything else separates. The index (postings.ts) and the
// query (plan.ts) class characters the same way. Pure and backend-neutral.

export interface Segment {
  kind: 'han' | 'word';
  /** Code points of the run. */
  chars: string[];
  /** UTF-16 offsets into the folded text. */
  start: number;
  end: number;
}

const SEP = 1;
export const HAN = 2;
export const WORD = 3;
/** Character class per code point, filled lazily: Unicode property tests are slow per character. */
const classes = new Uint8Array(0x110000);

/** SEP, HAN or WORD. */
export function classOf(cp: number): number {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? WORD : SEP;
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return HAN;
  let k = classes[cp]!;
  if (k === 0) {
    const ch = String.fromCodePoint(cp);
    k = /\p{Script=Han}/u.test(ch) ? HAN : /[\p{L}\p{N}]/u.test(ch) ? WORD : SEP;
    classes[cp] = k;
  }
  return k;
}

/** Runs of Han characters and runs of other letters and digits, in order. */
export function segments(folded: string): Segment[] {
  const out: Segment[] = [];
  let current: Segment | null = null;
  for (let at = 0; at < folded.length; ) {
    const cp = folded.codePointAt(at)!;
    const width = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    const kind = k === HAN ? 'han' : k === WORD ? 'word' : null;
    if (kind === null) current = null;
    else if (current && current.kind === kind) {
      current.chars.push(folded.slice(at, at + width));
      current.end = at + width;
    } else {
      current = { kind, chars: [folded.slice(at, at + width)], start: at, end: at + width };
      out.push(current);
    }
    at += width;
  }
  return out;
}

/**
 * A regular expression source finding the same matches in folded text, for highlighting: runs literally,
 * anything but letters, digits and line breaks between runs, a final word as a prefix.
 */
export function matchPattern(folded: string): string | null {
  const segs = segments(folded);
  if (segs.length === 0) return null;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return segs
    .map((seg, i) => escape(seg.chars.join('')) + (seg.kind === 'word' && i === segs.length - 1 ? '(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])*' : ''))
    .join('[^\\p{L}\\p{N}\\n]*');
}
