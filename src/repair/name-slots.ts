// Where a page prints names, a look-alike reading is no evidence of damage: 曹香玉 is not "曹香主", 禾木数科 is not
// "禾本数科". The character model knows words, not names, so the confusion repair leaves these places alone:
//   - byline lines (记者 … / □ 通讯员 …);
//   - short Han runs standing alone between delimiters (list items 、…、, names between spaces): ≤ 4 characters;
//   - two or three characters after a post title (…副秘书长庄木弟，…主任王某、) up to a delimiter.
import { BYLINE_RE } from '../text/line-kinds.js';
import { isHan } from '../text/han.js';

const SHORT_RUN = 3;
const BYLINE_MAX = 60;
/** Last characters of post titles and roles that a name follows directly. */
const TITLE_END = new Set(Array.from('长長记記者员員任席理授士师師总總家'));

/** 1 for every UTF-16 unit of `text` that stands in a name slot. */
export function nameSlots(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    // Bylines are short; the pattern backtracks badly on long lines, so only short ones are tried.
    if (i - lineStart <= BYLINE_MAX && BYLINE_RE.test(text.slice(lineStart, i).trim())) mask.fill(1, lineStart, i);
    lineStart = i + 1;
  }
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHan(text[i]);
    if (han && runStart < 0) runStart = i;
    if (han || runStart < 0) continue;
    if (i - runStart <= SHORT_RUN) mask.fill(1, runStart, i);
    // A name of two or three characters between a title and the run's end.
    for (const len of [2, 3]) {
      const t = i - len - 1;
      if (t >= runStart && TITLE_END.has(text[t]!)) mask.fill(1, t + 1, i);
    }
    runStart = -1;
  }
  return mask;
}
