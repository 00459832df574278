// Organisations the register names by their endings (复旦大学, 上海国有资产投资有限公司, 区投促办) or lists
// (云启智能、澜舟生物等18家企业). A name starts where a list item starts (after punctuation or 与/和/在);
// the learned model (ner/) finds the ones with no telling ending. Places are in places.ts.
import { segment, tagWords } from '../text/segment.js';
import type { FoundName } from './people-posts.js';

const H = '\\u4e00-\\u9fff';
const START = `(?<=^|[^${H}]|[与和及在到赴从由向对])`;
const ORG_SUFFIX = '大学|学院|研究院|研究所|实验室|有限公司|股份有限公司|公司|集团|委员会|办公室|基金会|协会|学会|医院|中学|小学|幼儿园|银行|管理局|人民政府|街道办事处';
const ORG_RE = new RegExp(`${START}([${H}（）]{2,14}?(?:${ORG_SUFFIX}))(?=[^${H}]|[与和及等在将的共为是]|党委|党组|$)`, 'gu');
// The district's committee and its departments, government, congress and CPPCC, and its bureaus and centres.
const DISTRICT_BODY = '区委(?:办|[\\u4e00-\\u9fff]{2,4}?部(?!门|长|署)|政法委)?|区政府|区人民政府|区人大常委会|区政协|区[\\u4e00-\\u9fff]{1,6}?(?:局|办(?![法理事公])|(?<!行政)中心)(?!长)';

/** Characters that make 区 the end of another word (社区, 园区, 校区 …) when they stand before it. */
const AREA_WORD_HEADS = '社园校小片街景市辖城郊山新地展厂矿林营';

export function findOrgs(text: string, district: string | null): FoundName[] {
  const out: FoundName[] = [];
  for (const m of text.matchAll(ORG_RE)) {
    const head = leadLength(m[1]!);
    const name = m[1]!.slice(head);
    if (/^[个家所]/u.test(m[1]!) && /\d$/u.test(text.slice(0, m.index))) continue; // 5个学前教育集团: things counted, not a name
    if (name.length >= 4 && (!GENERIC_SUFFIX.test(name) || properNoun(name))) out.push({ from: m.index + head, to: m.index + m[1]!.length, name });
  }
  out.push(...listedOrgs(text));
  // The district's bodies are names of their own wherever they stand, but not inside 社区委员会 or 园区政府.
  const bodies = new RegExp(`(?<![${AREA_WORD_HEADS}])((?:中共)?(?:${district ?? '(?!)'})?(?:${DISTRICT_BODY}))`, 'gu');
  for (const m of text.matchAll(bodies)) out.push({ from: m.index, to: m.index + m[1]!.length, name: m[1]! });
  return dropOverlaps(out);
}

/** Endings that also make common nouns (检测实验室, 办公室): such a name needs a proper noun in it. */
const GENERIC_SUFFIX = /(?:实验室|办公室|中心)$/u;
function properNoun(name: string): boolean {
  const words = tagWords(name);
  if (words.some((w) => /^[vdpc]$/u.test(w.tag))) return false; // 有刚刚走出高校实验室, 中试平台和共享实验室
  return words.length >= 4 || words.some((w) => /^(?:ns|nr|nt|nz|x|j|eng)$/u.test(w.tag) && w.word.length >= 2);
}

// 与云启智能、澜舟生物、青岚新材料等18家企业: the items of a list of enterprises (units, banks …) are organisations.
const LIST_END = /等(?:首批|近|约)?[\d一二三四五六七八九十百千余多]*(?:家|个|所)?(?:企业|公司|单位|机构|银行|高校|医院)/gu;
const CLAUSE_MARKS = '，。；：！？\n“”';

function listedOrgs(text: string): FoundName[] {
  const out: FoundName[] = [];
  for (const m of text.matchAll(LIST_END)) {
    let start = m.index;
    while (start > 0 && !CLAUSE_MARKS.includes(text[start - 1]!)) start--;
    const items = text.slice(start, m.index).split('、');
    // The list is its last items of 2 to 12 characters; the first of them may carry a lead-in (与).
    let first = items.length;
    while (first > 0 && items[first - 1]!.length >= 2 && items[first - 1]!.length <= 12) first--;
    if (items.length - first < 2) continue;
    let at = m.index - items.slice(first).join('、').length;
    for (const [i, item] of items.slice(first).entries()) {
      const head = i === 0 ? leadLength(item) : 0;
      const name = item.slice(head);
      if (name.length >= 2 && /[\u4e00-\u9fff]/u.test(name) && !/[的了是在将]/u.test(name)) out.push({ from: at + head, to: at + item.length, name });
      at += item.length + 1;
    }
  }
  return out;
}

/** Words a matched run may start with that are not part of the name (与复旦大学, 比如支持浦芯研究院). */
const LEAD_WORDS = new Set(['引进', '与', '及', '以及', '在', '向', '由', '对', '为', '是', '的', '了', '并', '将', '等', '就', '从', '到', '个', '比如', '支持', '相继', '引入', '分别', '分别为', '激发', '建设', '筹措', '共建', '成立', '设立', '推动', '加快', '牵手', '携手', '依托', '发挥', '通过', '联合', '合作', '还', '也', '已', '新', '来自', '位于']);

export function leadLength(run: string): number {
  let cut = 0;
  let at = 0;
  const words = segment(run);
  for (const word of words.slice(0, -1)) {
    at += word.length;
    if (LEAD_WORDS.has(word)) cut = at;
  }
  return cut;
}

/** Longest first, then earliest: overlapping finds keep the longer name. */
export function dropOverlaps<T extends { from: number; to: number }>(items: T[]): T[] {
  const kept: T[] = [];
  for (const item of [...items].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from)) {
    if (!kept.some((k) => item.from < k.to && k.from < item.to)) kept.push(item);
  }
  return kept.sort((a, b) => a.from - b.from);
}
