// Search folding: the one function both the index and the query go through, so what a reader types meets
// what the page printed. Folds traditional → simplified, full-width → half-width, case, and drops spaces
// inside Chinese (letter-spaced names, column-break spaces, "5 月"). Keeps, for every folded character, the
// span of display text it came from, so a match found in folded text highlights the printed characters.
import { isDigit, isHan } from '../text/han.js';
import { toSimplifiedSameLength } from '../text/fold.js';

export interface Folded {
  text: string;
  /** Folded UTF-16 unit i came from display text [starts[i], ends[i]). */
  starts: number[];
  ends: number[];
}

const SPACE = /[ \t\u00a0\u2000-\u200b\u3000\u202f\u205f]/;

/** Characters that a space between two of them is layout, not meaning (at least one side Han). */
const tight = (c: string | undefined) => isHan(c) || isDigit(c);

export function foldForSearch(display: string): Folded {
  const simplified = toSimplifiedSameLength(display);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (ch: string, from: number, to: number) => {
    text += ch;
    starts.push(from);
    ends.push(to);
  };
  for (let i = 0; i < simplified.length; i++) {
    const ch = widthFold(simplified[i]!);
    if (ch === '\r') continue;
    if (SPACE.test(ch)) {
      let j = i;
      while (j + 1 < simplified.length && SPACE.test(widthFold(simplified[j + 1]!))) j++;
      const before = text[text.length - 1];
      const after = widthFold(simplified[j + 1] ?? '');
      const dropped = before === undefined || before === '\n' || after === '' || after === '\n' || (tight(before) && tight(after) && (isHan(before) || isHan(after)));
      if (!dropped) push(' ', i, j + 1);
      i = j;
      continue;
    }
    const lower = ch.toLowerCase();
    push(lower.length === ch.length ? lower : ch, i, i + 1);
  }
  return { text, starts, ends };
}

/** Folded text only, for queries and for fields nobody highlights. */
export function fold(display: string): string {
  return foldForSearch(display).text;
}

/** Full-width ASCII forms and the ideographic space to their half-width twins. */
function widthFold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000) return ' ';
  return ch;
}

/** The display span of folded [start, end). */
export function displaySpan(folded: Folded, start: number, end: number): [number, number] {
  return [folded.starts[start]!, folded.ends[end - 1]!];
}
