// Where a personal name ends. Chinese prints no spaces, so a name is a surname and one or two characters,
// and the register says where it stops: punctuation, 等/和/与, or a verb it puts after names (出席, 主持, 指出).
import { isHan } from '../text/han.js';
import { segment } from '../text/segment.js';
import { AFTER_NAME_TITLES, AFTER_NAME_WORDS, NAME_END_CHARS, NOT_IN_NAME, surnameAt, WEAK_NAME_END } from './lexicon.js';

const strongEnd = (text: string, q: number) =>
  q >= text.length ||
  !isHan(text[q]) ||
  NAME_END_CHARS.includes(text[q]!) ||
  AFTER_NAME_WORDS.some((w) => text.startsWith(w, q)) ||
  AFTER_NAME_TITLES.some((w) => text.startsWith(w, q));
const weakEnd = (text: string, q: number) => WEAK_NAME_END.includes(text[q]!);
const wordFollows = (text: string, q: number) => segment(text.slice(q, q + 2))[0]?.length === 2;

/** Length of the personal name starting at `at` (2–4), or 0 when none is there. */
export function nameAt(text: string, at: number): number {
  const s = surnameAt(text, at);
  if (s === 0) return 0;
  const fits = (n: number) => {
    for (let k = at; k < at + n; k++) if (k >= text.length || !isHan(text[k]) || NOT_IN_NAME.includes(text[k]!)) return false;
    return true;
  };
  // Prefer the longer name when a strong end follows it; single-character ends only break ties.
  for (const [end, n] of [[strongEnd, s + 2], [strongEnd, s + 1], [weakEnd, s + 2], [weakEnd, s + 1]] as const) {
    if (fits(n) && end(text, at + n)) return n;
  }
  // Last resort: a dictionary word follows (程亦舟通报), and the name is not itself one (高度重视).
  for (const n of [s + 2, s + 1]) {
    if (fits(n) && wordFollows(text, at + n) && segment(text.slice(at, at + n)).length > 1) return n;
  }
  return 0;
}

/** Length of the name that ends at `end` (沈斐 in 沈斐教授), or 0. */
export function nameBefore(text: string, end: number): number {
  for (const n of [3, 2]) {
    const at = end - n;
    if (at >= 0 && nameAt(text.slice(0, end), at) === n) return n;
  }
  return 0;
}
