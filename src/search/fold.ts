// Search folding: the one function both the index and the query go through, so what a reader types meets
// what the page printed. Folds traditional → simplified, full-width → half-width, case, and drops spaces
// inside Chinese (letter-spaced names, column-break spaces, "5 月"). Keeps, for every folded character, the
// span of display text it came from, so a match found in folded text highlights the printed characters.
import { toSimplifiedSameLength } from '../text/fold.js';

export interface Folded {
  text: string;
  /** Folded UTF-16 unit i came from display text [starts[i], ends[i]). */
  starts: Int32Array;
  ends: Int32Array;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f;
const isHanUnit = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd8bf);
const isDigitUnit = (c: number) => c >= 0x30 && c <= 0x39;
/** Characters the loop below may change or drop: spaces, CR, full-width letters and digits, letters with case. */
const NEEDS_FOLDING = /[ \t\r\u00a0\u2000-\u200b\u202f\u205f\u3000\uff10-\uff19\uff21-\uff3a\uff41-\uff5aA-Z\u00c0-\u024f\u0370-\u052f\u1e00-\u1fff]/;
const identity = (n: number, shift: number) => {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i + shift;
  return a;
};
/**
 * Full-width letters and digits to their half-width twins (the ideographic space is a space, above).
 * Full-width punctuation stays: it separates tokens either way, and leaving it lets most text skip the loop.
 */
const widthFold = (c: number) => ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ? c - 0xfee0 : c);

/**
 * Fold `display`. `simplified`, when given, is the same text already folded to simplified script character
 * for character (the pipeline's text_simplified): it saves running opencc again. Ignored if not aligned.
 */
export function foldForSearch(display: string, simplified?: string): Folded {
  const s = simplified !== undefined && simplified.length === display.length ? simplified : toSimplifiedSameLength(display);
  const n = s.length;
  // Most body text needs nothing beyond script folding: then folded and display offsets are the same.
  if (!NEEDS_FOLDING.test(s)) return { text: s, starts: identity(n, 0), ends: identity(n, 1) };
  const out = new Uint16Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let k = 0;
  const push = (c: number, from: number, to: number) => {
    out[k] = c;
    starts[k] = from;
    ends[k++] = to;
  };
  for (let i = 0; i < n; i++) {
    let c = widthFold(s.charCodeAt(i));
    if (c === 0x0d) continue;
    if (isSpace(c)) {
      let j = i;
      while (j + 1 < n && isSpace(s.charCodeAt(j + 1))) j++;
      const before = k > 0 ? out[k - 1]! : -1;
      const after = j + 1 < n ? widthFold(s.charCodeAt(j + 1)) : -1;
      // A space beside a line end or between Han and Han or digits is layout, not meaning.
      const tight = (x: number) => isHanUnit(x) || isDigitUnit(x);
      const dropped = before < 0 || before === 0x0a || after < 0 || after === 0x0a || (tight(before) && tight(after) && (isHanUnit(before) || isHanUnit(after)));
      if (!dropped) push(0x20, i, j + 1);
      i = j;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f) || (c >= 0x1e00 && c <= 0x1fff)) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) c = lower.charCodeAt(0);
    }
    push(c, i, i + 1);
  }
  let text = '';
  for (let i = 0; i < k; i += 8192) text += String.fromCharCode(...out.subarray(i, Math.min(k, i + 8192)));
  return { text, starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

const SPACE_OR_WIDTH = /[ \t\r\u00a0\u2000-\u200b\u202f\u205f\u3000\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
/** Whether folding `simplified` (already simplified text) changes more than letter case. */
export const foldsBeyondCase = (simplified: string) => SPACE_OR_WIDTH.test(simplified);

/** Folded text only, for queries and for fields nobody highlights. */
export function fold(display: string, simplified?: string): string {
  return foldForSearch(display, simplified).text;
}

/** The display span of folded [start, end). */
export function displaySpan(folded: Folded, start: number, end: number): [number, number] {
  return [folded.starts[start]!, folded.ends[end - 1]!];
}
