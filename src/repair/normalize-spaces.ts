// Spaces that extraction left inside Chinese runs ("人工智能 赛道", "就 是") and between digits and Han
// ("5 月 23 日", "增长 12.7%") are removed. Spaces that a typesetter meant are kept: between Chinese and
// Latin words ("AI 产品"), between names in a byline, and between the two halves of a couplet-style heading
// ("功以才成 业由才广") unless a dictionary word runs across the space ("高质 量发展").
import { edit, type Edit, type PageSource } from '../model/index.js';
import { isCjkPunct, isDigit, isHan } from '../text/han.js';
import { straddlesEach } from '../text/segment.js';
import { BYLINE_RE } from '../text/line-kinds.js';

export const RULE = 'repair/normalize-spaces';

const SPACES = /[ \t\u3000\u00a0]+/g;
const HAS_SPACE = /[ \t\u3000\u00a0]/;
const sentencePunct = /[。，,、；;！？!?：:]/u;

const chinese = (ch: string | undefined) => isHan(ch) || isCjkPunct(ch);

/** Heading-like: short, no sentence punctuation. Its inner spaces may be deliberate phrase separators. */
function headingLike(line: string): boolean {
  return line.length <= 32 && !sentencePunct.test(line);
}

export function normalizeSpaces(source: PageSource): Edit[] {
  const raw = source.text;
  // Spaces to remove; where a heading's space stands between two phrases, the dictionary decides (`phrases`),
  // for all of the page's such spaces in one look-up: per call, jieba's own cost is most of the work.
  const found: { start: number; end: number; phrases: readonly [string, string] | null }[] = [];
  for (const line of source.lines) {
    const text = raw.slice(line.start, line.end);
    if (!HAS_SPACE.test(text)) continue; // most lines
    const body = text.trim();
    if (!body || BYLINE_RE.test(body)) continue;
    const heading = headingLike(body);
    for (const m of text.matchAll(SPACES)) {
      const at = m.index;
      const l = text[at - 1];
      const r = text[at + m[0].length];
      if (l === undefined || r === undefined) continue; // leading/trailing space is layout's business
      const bothChinese = chinese(l) && chinese(r);
      const digitHan = (isDigit(l) && isHan(r)) || (isHan(l) && isDigit(r)) || (isDigit(l) && isCjkPunct(r)) || (isCjkPunct(l) && isDigit(r));
      if (!bothChinese && !digitHan) continue;
      const phrases = bothChinese && heading && isHan(l) && isHan(r) ? phrasesAround(text, at, at + m[0].length) : null;
      found.push({ start: line.start + at, end: line.start + at + m[0].length, phrases });
    }
  }
  // In a heading, a space between two multi-character phrases stays unless a dictionary word runs across it.
  const straddled = straddlesEach(found.flatMap((f) => (f.phrases ? [f.phrases] : [])));
  let k = 0;
  const edits: Edit[] = [];
  for (const f of found) {
    if (f.phrases && !straddled[k++]) continue;
    edits.push(edit(raw, f.start, f.end, '', RULE));
  }
  return edits;
}

/** The Han runs either side of a heading's space, when both are phrases (letter-spaced "徐 匯 報" is not). */
function phrasesAround(text: string, from: number, to: number): readonly [string, string] | null {
  const left = /[\u3400-\u9fff]+$/u.exec(text.slice(0, from))?.[0] ?? '';
  const right = /^[\u3400-\u9fff]+/u.exec(text.slice(to))?.[0] ?? '';
  return left.length < 2 || right.length < 2 ? null : [left, right];
}
