import { CONTINUER, countHan, endsSentence } from './han.js';

// What kind of line a newspaper line is, as far as its own text tells. Shared by repair (which must not join
// a body line into a byline or a source line) and layout (which builds articles from these kinds).

/**
 * □ 记者 刘坤 陈文卿 / 本报记者 … / 通讯员 … / 文/… / 图/… — names: runs of two or more Han characters between
 * separators. Written so each character is tried once: names as (a run of 2–5 + separators)+ backtrack
 * exponentially on a long sentence that opens with 记者 (记者近日从…获悉，…), minutes for one line.
 */
export const BYLINE_RE =
  /^(?:[□■◇◆]\s*)?(?:本报|本報)?(?:见习|見習|特约|特約)?(?:记者|記者|通讯员|通訊員|实习生|實習生|撰文|摄影|攝影|文\s*[/／]|图\s*[/／]|圖\s*[/／])[\s：:]*[\u4e00-\u9fff·]{2,}(?:[\s、，,]+[\u4e00-\u9fff·]{2,})*[\s、，,]*$/u;

/** A trailing photographer credit: "…生境。朱亮 攝影報道" / "王某 摄". Captures the names. */
export const PHOTO_CREDIT_RE = /(?:^|[。！？”）)\s])((?:[\u4e00-\u9fff·]{2,4}[\s、，,]*){1,4}?)\s*(?:摄影报道|攝影報道|摄影|攝影|摄|攝)$/u;

/** (来源:区投促办) / （摘编自：上观新闻） — possibly at the end of a paragraph. */
export const SOURCE_RE = /[（(]\s*(来源|來源|摘编自|摘編自|转载自|轉載自|稿件来源|稿件來源)\s*[:：]\s*([^（()）]{1,40}?)\s*[)）]\s*$/u;

/** (下转第2版) / （上接第1版） / 下轉第二版 */
export const JUMP_RE = /[（(]?\s*(下转|下轉|转|轉|上接|接)\s*(?:第\s*)?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*(?:版|页|頁)\s*[)）]?/u;

/** Masthead furniture: licence number, issue numbers, a URL. */
export const MASTHEAD_RE = /(?:准印[证證]|刊号|刊號|CN\s*\d{2}-\d{4}|第\s*\d+\s*期|https?:\/\/|www\.)/u;

// Built once: these run for every line of every page.
const JUMP_AT_END_RE = new RegExp(`${JUMP_RE.source}\\s*$`, 'u');
const WHOLE_JUMP_RE = new RegExp(`^${JUMP_RE.source}$`, 'u');
const OPENS_FURNITURE_RE = /^[（(]\s*(?:来源|來源|摘编自|摘編自|转载自|轉載自|上接|下转|下轉)/u;

/** Does the line end with a jump or source parenthetical, which closes a paragraph like a full stop? */
export function endsWithFurniture(line: string): boolean {
  return sourceAtEnd(line) !== null || jumpAtEnd(line) !== null;
}

// The two patterns below are anchored at the end only, so a regex engine tries them from every character of
// the line (~1 µs a line for the jump pattern, and every line of every page is asked). What a match must end
// with is checked first; trimEnd drops exactly what `\s*$` skips.

/** SOURCE_RE's match: it ends with a closing parenthesis. */
export function sourceAtEnd(line: string): RegExpExecArray | null {
  const t = line.trimEnd();
  const last = t[t.length - 1];
  return last === ')' || last === '）' ? SOURCE_RE.exec(line) : null;
}

/** JUMP_RE's match at the end of the line: it ends with 版, 页 or 頁, possibly closed by a parenthesis. */
export function jumpAtEnd(line: string): RegExpExecArray | null {
  let t = line.trimEnd();
  let last = t[t.length - 1];
  if (last === ')' || last === '）') {
    t = t.slice(0, -1).trimEnd();
    last = t[t.length - 1];
  }
  return last === '版' || last === '页' || last === '頁' ? JUMP_AT_END_RE.exec(line) : null;
}

/** Column labels that open a photo-news item. */
export const PHOTO_NEWS_RE = /^(?:图片新闻|圖片新聞|新闻图片|新聞圖片|图说|圖說)$/u;

/** Markdown structure that extraction tools emit. */
export const MD_HEADING_RE = /^(#{1,6})\s+/;
export const MD_QUOTE_RE = /^>\s?/;

/** Lines that never continue a sentence from the line before them. */
export function startsOwnLine(line: string): boolean {
  const t = line.trim();
  return (
    MD_HEADING_RE.test(t) ||
    MD_QUOTE_RE.test(t) ||
    BYLINE_RE.test(t) ||
    PHOTO_NEWS_RE.test(t) ||
    OPENS_FURNITURE_RE.test(t) ||
    WHOLE_JUMP_RE.test(t) ||
    /^[□■◇◆]/u.test(t)
  );
}

/** Short, not a sentence, not stopping mid-clause: how headlines, subheads and captions look in extracted text. */
export function isHeadingLike(text: string, maxHan = 40): boolean {
  if (text.length > maxHan + 12) return false; // before counting: most lines are long body lines
  const han = countHan(text);
  if (han === 0 || han > maxHan) return false;
  if (endsSentence(text) || endsWithFurniture(text)) return false;
  if (/[。！？]/u.test(text)) return false;
  // Headlines and subheads carry at most one inner pause ("…签约,彰显…"); more is a clause chain.
  if ((text.match(/[，,、；;：:]/gu) ?? []).length >= 2) return false;
  return !CONTINUER.includes(text[text.length - 1]!);
}
