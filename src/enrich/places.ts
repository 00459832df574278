// Places the register names by their endings (枫林街道, 华泾镇, 衡山路, 溪口河, 白鹭洲湿地公园, 南岸数字港),
// districts (徐汇区) and a small gazetteer (上海, 长三角). The run before an ending is read back to where the
// name starts: after punctuation, or after the last verb, preposition or adverb jieba finds in it
// (走进青枫镇 → 青枫镇, 位于溪口智造园 → 溪口智造园). A name ends where punctuation, 和/的/等 or a word of where
// (畔, 一带) follows, or a verb (东岭街道完成…).
import { segment, tagWords } from '../text/segment.js';
import type { FoundName } from './people-posts.js';
import { dropOverlaps } from './places-orgs.js';

const H = '\\u4e00-\\u9fff';
const PLACE_SUFFIX = '街道|镇|新村|村|路|弄|湿地公园|公园|老街|绿道|科技城|港|园|苑|湾|河|塘|洲|城';
// What may follow a place: anything but Han text, a conjunction or 的, or words of where (畔, 一带, 二期 …).
const PLACE_AFTER = `(?=[^${H}（]|[和与及的等畔边岸内]|路口|一带|沿线|周边|[一二三四五]期|[东西南北]岸|三大|$)`;
const placeRe = (after: string) => new RegExp(`(?<![${H}])([${H}]{1,10}?(?:${PLACE_SUFFIX}))${after}|([${H}]{2,6}?(?:${PLACE_SUFFIX}))${after}`, 'gu');
const PLACE_RE = placeRe(PLACE_AFTER);
const PLACE_BEFORE_HAN = placeRe(`(?=[${H}])`);
/** 东岭街道桂香新村: a street's name, then a place in it. */
const INNER = /^(.{2,6}?(?:街道|镇))(.{3,})$/u;
/** Places no ending gives away, as a small gazetteer. */
const GAZETTEER = ['上海市', '上海', '北京市', '北京', '长三角', '粤港澳', '大湾区', '浦东', '中国', '荷兰', '法国', '欧洲', '黄浦江', '江南'];
/** Words with a place's ending that name no place. */
const NOT_PLACE = /^(道路|马路|思路|新路|出路|线路|一路|全村|乡村|城镇|小镇|美丽|特色|口袋|个|各)|(?:新路|之路|道路|思路|出路|电路|线路|网路|全城)$|(?:街镇|家园|校园|乐园|花园|菜园|田园|港湾|河湖|开园|巡河)$|^湿地公园$/u;
/** Words a place's run may start with that are not part of it. */
const LEAD_TAGS = /^(?:v|p|c|d|r|u|m|q|t)/u;
/** Endings that also end common words (鱼塘, 老街): the name needs two characters before them. */
const WEAK_SUFFIX = /(?:港|园|苑|湾|河|塘|洲|城|老街|绿道)$/u;

/** Shanghai's districts, which the papers name most; other districts need the model. */
const KNOWN_DISTRICTS = new Set(['黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '闵行区', '宝山区', '嘉定区', '浦东新区', '金山区', '松江区', '青浦区', '奉贤区', '崇明区']);

export function findPlaces(text: string, district: string | null): FoundName[] {
  const out: FoundName[] = [];
  const add = (from: number, name: string) => {
    const suffix = WEAK_SUFFIX.exec(name)?.[0];
    if (name.length < 2 || NOT_PLACE.test(name) || (suffix && name.length - suffix.length < 2)) return;
    const inner = INNER.exec(name);
    if (inner) out.push({ from, to: from + inner[1]!.length, name: inner[1]! }, { from: from + inner[1]!.length, to: from + name.length, name: inner[2]! });
    else out.push({ from, to: from + name.length, name });
  };
  for (const m of text.matchAll(PLACE_RE)) {
    const run = m[1] ?? m[2]!;
    const head = startOf(run);
    add(m.index + head, run.slice(head));
  }
  for (const m of text.matchAll(PLACE_BEFORE_HAN)) {
    const run = m[1] ?? m[2]!;
    const end = m.index + run.length;
    if (out.some((p) => p.from < end && m.index < p.to) || !verbFollows(text, end)) continue;
    const head = startOf(run);
    add(m.index + head, run.slice(head));
  }
  // The home district by its short name where the name stands alone (落户云溪, 云溪的): the district.
  if (district) {
    for (const m of text.matchAll(new RegExp(`${district}(?![区县市])`, 'gu'))) {
      const end = m.index + district.length;
      if (end === text.length || !/[\u4e00-\u9fff]/u.test(text[end]!) || '的和与及等'.includes(text[end]!) || verbFollows(text, end)) {
        out.push({ from: m.index, to: end, name: `${district}区` });
      }
    }
  }
  const districts = new RegExp(`(?:${GAZETTEER.join('|')}|[${H}]{2}区)(?!委|政府|人民政府|人大|政协)`, 'gu');
  for (const m of text.matchAll(districts)) {
    const name = m[0];
    if (name.endsWith('区') && name.slice(0, 2) !== district && !KNOWN_DISTRICTS.has(name)) continue;
    out.push({ from: m.index, to: m.index + name.length, name });
  }
  return dropOverlaps(out);
}

/** Does a verb (or adverb, preposition) start at `end`, not joined to the place word before it (村|居)? */
function verbFollows(text: string, end: number): boolean {
  if (segment(text.slice(end - 1, end + 2))[0]?.length !== 1) return false;
  return /^[vpdc](?!n)/u.test(tagWords(text.slice(end, end + 4))[0]?.tag ?? '');
}

/** Where the name in a run ending in a place word starts: after its last verb, preposition, adverb … */
function startOf(run: string): number {
  const words = tagWords(run);
  let at = 0;
  let start = 0;
  for (const w of words.slice(0, -1)) {
    at += w.word.length;
    if (LEAD_TAGS.test(w.tag) && w.tag !== 'vn') start = at;
  }
  return start;
}
