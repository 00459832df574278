// Organisations and places the register names by their endings: 复旦大学, 上海国有资产投资有限公司, 区投促办;
// 徐汇区, 枫林街道, 华泾镇, 衡山路. A name starts where a list item starts (after punctuation or 与/和/在);
// the learned model (ner-model.ts) finds the ones with no telling ending.
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
const PLACE_SUFFIX = '街道|镇|新村|村|路|弄|公园';
const PLACE_RE = new RegExp(`${START}([${H}]{2,4}?(?:${PLACE_SUFFIX}))(?=[^${H}（]|[和与及的等]|路口|$)`, 'gu');
/** Places no ending gives away, as a small gazetteer. */
const GAZETTEER = ['上海市', '上海', '北京市', '北京', '长三角', '浦东', '中国', '荷兰', '法国', '欧洲', '黄浦江', '江南'];
const NOT_PLACE = /^(道路|马路|思路|新路|出路|线路|一路|全村|乡村|城镇|小镇|美丽|特色|口袋|个)|街镇$/u;

export function findOrgs(text: string, district: string | null): FoundName[] {
  const out: FoundName[] = [];
  for (const m of text.matchAll(ORG_RE)) {
    const head = leadLength(m[1]!);
    const name = m[1]!.slice(head);
    if (name.length >= 4 && (!GENERIC_SUFFIX.test(name) || properNoun(name))) out.push({ from: m.index + head, to: m.index + m[1]!.length, name });
  }
  out.push(...listedOrgs(text));
  // The district's bodies are names of their own wherever they stand, but not inside 社区委员会 or 园区政府.
  const bodies = new RegExp(`(?<![${AREA_WORD_HEADS}])((?:中共)?(?:${district ?? '(?!)'})?(?:${DISTRICT_BODY}))`, 'gu');
  for (const m of text.matchAll(bodies)) out.push({ from: m.index, to: m.index + m[1]!.length, name: m[1]! });
  return dropOverlaps(out);
}

export function findPlaces(text: string, district: string | null): FoundName[] {
  const out: FoundName[] = [];
  for (const m of text.matchAll(PLACE_RE)) if (!NOT_PLACE.test(m[1]!)) out.push({ from: m.index, to: m.index + m[1]!.length, name: m[1]! });
  const districts = new RegExp(`(?:${GAZETTEER.join('|')}|[${H}]{2}区)(?!委|政府|人民政府|人大|政协)`, 'gu');
  for (const m of text.matchAll(districts)) {
    const name = m[0];
    if (name.endsWith('区') && name.slice(0, 2) !== district && !KNOWN_DISTRICTS.has(name)) continue;
    out.push({ from: m.index, to: m.index + name.length, name });
  }
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
const LISTED = /((?:[^，。；：！？\n、“”]{2,12}、)+[^，。；：！？\n、“”]{2,12})等(?:首批|近|约)?[\d一二三四五六七八九十百千余多]*(?:家|个|所)?(?:企业|公司|单位|机构|银行|高校|医院)/gu;

function listedOrgs(text: string): FoundName[] {
  const out: FoundName[] = [];
  for (const m of text.matchAll(LISTED)) {
    let at = m.index;
    for (const [i, item] of m[1]!.split('、').entries()) {
      const head = i === 0 ? leadLength(item) : 0; // 与云启智能: only the first item has a lead-in
      const name = item.slice(head);
      if (name.length >= 2 && /[\u4e00-\u9fff]/u.test(name) && !/[的了是在将]/u.test(name)) out.push({ from: at + head, to: at + item.length, name });
      at += item.length + 1;
    }
  }
  return out;
}

/** Words a matched run may start with that are not part of the name (与复旦大学, 比如支持浦芯研究院). */
const LEAD_WORDS = new Set(['与', '及', '以及', '在', '向', '由', '对', '为', '是', '的', '了', '并', '将', '等', '就', '从', '到', '个', '比如', '支持', '相继', '引入', '分别', '分别为', '激发', '建设', '筹措', '共建', '成立', '设立', '推动', '加快', '牵手', '携手', '依托', '发挥', '通过', '联合', '合作', '还', '也', '已', '新', '来自', '位于']);

function leadLength(run: string): number {
  let cut = 0;
  let at = 0;
  const words = segment(run);
  for (const word of words.slice(0, -1)) {
    at += word.length;
    if (LEAD_WORDS.has(word)) cut = at;
  }
  return cut;
}

/** Shanghai's districts, which the papers name most; other districts need the model. */
const KNOWN_DISTRICTS = new Set(['黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '闵行区', '宝山区', '嘉定区', '浦东新区', '金山区', '松江区', '青浦区', '奉贤区', '崇明区']);

/** Longest first, then earliest: overlapping finds keep the longer name. */
export function dropOverlaps<T extends { from: number; to: number }>(items: T[]): T[] {
  const kept: T[] = [];
  for (const item of [...items].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from)) {
    if (!kept.some((k) => item.from < k.to && k.from < item.to)) kept.push(item);
  }
  return kept.sort((a, b) => a.from - b.from);
}
