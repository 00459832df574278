// Bylines ("□ 记者 刘坤 陈文卿", "本报通讯员 张三") and trailing photo credits ("…生境。朱亮 攝影報道").
import type { Contributor, ContributorRole } from '../model/index.js';
import { PHOTO_CREDIT_RE } from '../text/line-kinds.js';

const TITLES: Array<[RegExp, ContributorRole]> = [
  [/^(?:本报|本報)?(?:见习|見習|特约|特約)?(?:记者|記者)/u, 'reporter'],
  [/^(?:通讯员|通訊員|实习生|實習生)/u, 'correspondent'],
  [/^(?:摄影|攝影|图\s*[/／]|圖\s*[/／])/u, 'photographer'],
  [/^(?:撰文|文\s*[/／])/u, 'author'],
];

/** People named in a byline line, each with the role its title gives. Titles may repeat inside the line. */
export function parseByline(text: string): Contributor[] {
  const people: Contributor[] = [];
  let rest = text.replace(/^[□■◇◆]\s*/u, '').trim();
  let role: ContributorRole = 'author';
  let title = '';
  while (rest.length > 0) {
    const t = TITLES.find(([re]) => re.test(rest));
    if (t) {
      const m = t[0].exec(rest)!;
      role = t[1];
      title = m[0].replace(/\s+/g, '');
      rest = rest.slice(m[0].length).replace(/^[\s：:]+/u, '');
      continue;
    }
    const name = /^[\u4e00-\u9fff·]{2,5}/u.exec(rest);
    if (!name) break;
    people.push({ name: name[0], role, title });
    rest = rest.slice(name[0].length).replace(/^[\s、，,]+/u, '');
  }
  return people;
}

const CREDIT_ENDS = '道影摄攝';

export interface Credit {
  /** Where the credit starts in the paragraph text; the paragraph keeps [0, at). */
  at: number;
  people: Contributor[];
}

/** A photographer credit at the end of a paragraph. */
export function trailingCredit(text: string): Credit | null {
  // The credit word ends the text (摄影报道, 攝影, 摄 …): checking its last character first spares the
  // regex a scan of every body paragraph.
  if (!CREDIT_ENDS.includes(text[text.length - 1] ?? '')) return null;
  const m = PHOTO_CREDIT_RE.exec(text);
  if (!m) return null;
  const names = m[1]!.split(/[\s、，,]+/u).filter((n) => n.length >= 2);
  if (names.length === 0) return null;
  const title = m[0].slice(m[0].lastIndexOf(names[names.length - 1]!) + names[names.length - 1]!.length).trim();
  const at = m.index + m[0].indexOf(m[1]!);
  return { at, people: names.map((name) => ({ name, role: 'photographer', title })) };
}
