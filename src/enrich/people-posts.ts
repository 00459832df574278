// People and the posts an article gives them, as the register prints them:
//   区委副书记、区长王华            a chain of posts before the name, split on 、 and 兼
//   复旦大学党委书记裘新，校长、中国科学院院士金力   the next person's 校长 is 复旦大学's
//   副区长王志华、罗华品            one post for a list of names
//   中国浦东干部学院沈斐教授        a title after the name
//   区领导沈权、刘琪                officials named without a post
// Later mentions of a name found here (曹立强指出) are the same person.
import type { Post } from '../model/index.js';
import { isHan } from '../text/han.js';
import { AFTER_NAME_TITLES, DISTRICT_TITLES, GENERIC_TITLES, INSTITUTION_TITLES, PARTY_ORGAN, TITLES, TITLE_VARIANTS } from './lexicon.js';
import { findClausePosts } from './clause-posts.js';
import { nameAt, nameBefore } from './names.js';

export interface FoundPerson {
  from: number;
  to: number;
  name: string;
  posts: Post[];
  /** Organisations printed in the posts (复旦大学 in 复旦大学党委书记), with their offsets. */
  orgs: FoundName[];
}

export interface FoundName {
  from: number;
  to: number;
  name: string;
  /** rule unless the sequence model found it. */
  source?: 'rule' | 'model';
}

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const TITLE_RE = new RegExp(byLength([...TITLES, ...GENERIC_TITLES]).join('|'), 'gu');
const AFTER_RE = new RegExp(byLength(AFTER_NAME_TITLES).join('|'), 'gu');
const SORTED_TITLES = byLength(TITLES);
const CHAIN_STOP = '，。；：！？\n“”《》';
// What a chain may start with that is not a post: 仪式由…, 和…, or text up to the last non-Han mark.
const CHAIN_LEAD = /^(?:.*(?:由|[^\u4e00-\u9fff（）、])|并与|和|与|及|同)/u;
/** 区委 before one of its departments' posts: 区委政法委书记, 区委组织部部长. */
const COMMITTEE_DEPARTMENT = /^区委(?=(?!常委)[\u4e00-\u9fff]{1,4}[部委]副?(?:部长|书记|主任)$)/u;
const INSTITUTION_END = /(大学|学院|研究院|研究所|医院|中学|小学|实验室|公司|集团|股份|中心|基金会|协会|学会|局)$/u;

export function findPeople(text: string, district: string | null): FoundPerson[] {
  const found: FoundPerson[] = [];
  let floor = 0; // a chain never reaches back past the previous name
  let lastInstitution: string | null = null;
  for (const m of text.matchAll(TITLE_RE)) {
    const titleEnd = m.index + m[0].length;
    if (titleEnd <= floor) continue;
    const n = nameAt(text, titleEnd);
    if (n === 0) continue;
    const generic = GENERIC_TITLES.includes(m[0]);
    let chainStart = m.index;
    while (chainStart > floor && !CHAIN_STOP.includes(text[chainStart - 1]!)) chainStart--;
    const whole = text.slice(chainStart, titleEnd);
    const chain = whole.replace(CHAIN_LEAD, '');
    // Only a list comma between this chain and the person before: an institution carries over to it.
    const carried: string | null = text.slice(floor, chainStart).replace(/\s/g, '') === '，' ? lastInstitution : null;
    const posts: Post[] = generic ? [] : postsOf(chain, district, carried);
    const orgs = generic ? [] : namedInFull(printedOrgs(chain, chainStart + whole.length - chain.length), posts);
    for (let at = titleEnd, len = n; len > 0; ) {
      found.push({ from: at, to: at + len, name: text.slice(at, at + len), posts, orgs: at === titleEnd ? orgs : [] });
      floor = at + len;
      // 副区长王志华、罗华品: one post, several names.
      if (text[floor] !== '、' || startsTitle(text, floor + 1)) break;
      at = floor + 1;
      len = nameAt(text, at);
    }
    lastInstitution = posts.map((p) => p.org).filter((o): o is string => o !== null && INSTITUTION_END.test(institutionOf(o))).map(institutionOf).at(-1) ?? null;
  }
  found.push(...titlesAfterNames(text, found, district));
  addClausePosts(text, found, district);
  found.sort((a, b) => a.from - b.from);
  return [...found, ...laterMentions(text, found)].sort((a, b) => a.from - b.from);
}

/** 韩静秋任区委书记, 免去江浩然的区教育局局长职务: posts in a clause join the person named there. */
function addClausePosts(text: string, found: FoundPerson[], district: string | null): void {
  for (const c of findClausePosts(text, (chain) => postsOf(chain, district, null))) {
    const same = found.find((p) => p.from === c.from && p.to === c.to);
    if (same) {
      same.posts = [...same.posts, ...c.posts.filter((p) => !same.posts.some((q) => q.title === p.title && q.kind === p.kind))];
    } else if (!found.some((p) => p.from < c.to && c.from < p.to)) {
      found.push({ from: c.from, to: c.to, name: c.name, posts: c.posts, orgs: namedInFull(printedOrgs(c.chain, c.chainFrom), c.posts) });
    }
  }
}

function startsTitle(text: string, at: number): boolean {
  return SORTED_TITLES.some((t) => text.startsWith(t, at)) || text.startsWith('区', at);
}

/** 区委副书记、区长 → [区委副书记, 区长], each read against the home district. */
function postsOf(chain: string, district: string | null, carried: string | null): Post[] {
  const posts: Post[] = [];
  for (const piece of chain.split(/、|兼/u)) {
    const title = SORTED_TITLES.find((t) => piece.endsWith(t));
    if (!title || piece.length === 0) continue;
    const printed = variant(piece).replace(/^中共/u, '');
    let bare = district && printed.startsWith(`${district}区`) ? printed.slice(district.length) : printed;
    if (bare === `区${title}` && DISTRICT_TITLES[title]) bare = title; // 徐汇区副区长
    let org: string | null = bare.slice(0, bare.length - title.length) || null;
    bare = bare.replace(COMMITTEE_DEPARTMENT, ''); // 区委政法委书记 reads as 区委常委、政法委书记 prints it
    const before = posts.at(-1)?.org ?? carried;
    let carriedOver = false;
    if (org && /^(?!区|常委)[\u4e00-\u9fff]{1,4}[部委]$/u.test(org) && before?.includes('区委') && district && before.startsWith(district)) {
      org = `${before.replace(/(区委).*$/u, '$1')}${org}`; // 区委常委、宣传部部长: the district committee's department
    } else if (org === null && before && (INSTITUTION_TITLES.has(title) || title.endsWith('局长'))) {
      org = institutionOf(before);
      carriedOver = true;
    } else if (org === null && DISTRICT_TITLES[title]) {
      org = DISTRICT_TITLES[title]!;
    }
    const expanded = org && district && org.startsWith('区') ? district + org : org;
    // The post as the archive names it: the home district dropped, a carried-over institution spelled out.
    const local = carriedOver ? `${dropDistrict(expanded!, district)}${title}` : bare;
    const kind: Post['kind'] = title.startsWith('代理') ? 'acting' : title === '院士' || title === '得主' ? 'honorific' : 'post';
    posts.push({ title: local, printed: piece, org: expanded, kind });
  }
  return posts;
}

/** The organisation prefixes of a chain's posts, where they stand in the text. */
function printedOrgs(chain: string, offset: number): FoundName[] {
  const out: FoundName[] = [];
  let at = offset;
  for (const piece of chain.split(/(、|兼)/u)) {
    const printed = variant(piece);
    const title = SORTED_TITLES.find((t) => printed.endsWith(t));
    const lead = piece.startsWith('中共') ? 2 : 0;
    const org = title ? institutionOf(printed.slice(lead, printed.length - title.length)) : '';
    // The span is what the page prints: 组织部 of 组织部长, 区人大常委 of 区人大常委主任 (read 区人大常委会).
    const length = piece.startsWith(org, lead) ? org.length : Math.min(org.length, piece.length - lead - (title?.length ?? 0));
    // 云溪区区长: the district is a place; the body (区政府) is not printed.
    const districtOnly = /^[\u4e00-\u9fff]{2,3}区$/u.test(org) && title !== undefined && title in DISTRICT_TITLES;
    // 图灵奖得主: an award, not a body.
    if (org.length >= 2 && !districtOnly && title !== '得主') out.push({ from: at + lead, to: at + lead + length, name: org });
    at += piece.length;
  }
  return out;
}

/** 宣传部 of 区委常委、宣传部长 is the district committee's: name it as its post reads it (云溪区委宣传部). */
function namedInFull(orgs: FoundName[], posts: readonly Post[]): FoundName[] {
  return orgs.map((o) => {
    const body = posts.find((p) => p.org !== null && p.org !== o.name && p.org.endsWith(o.name) && /[部委]$/u.test(o.name))?.org;
    return body ? { ...o, name: body } : o;
  });
}

function dropDistrict(org: string, district: string | null): string {
  return district && org.startsWith(`${district}区`) ? org.slice(district.length) : org;
}

function variant(piece: string): string {
  return TITLE_VARIANTS.reduce((s, [re, to]) => s.replace(re, to), piece);
}

/** 复旦大学党委 → 复旦大学: the institution a party organ belongs to. */
export function institutionOf(org: string): string {
  return org.replace(PARTY_ORGAN, '');
}

/** 中国浦东干部学院沈斐教授: the title after the name, the organisation before it. */
function titlesAfterNames(text: string, found: FoundPerson[], district: string | null): FoundPerson[] {
  const out: FoundPerson[] = [];
  for (const m of text.matchAll(AFTER_RE)) {
    const n = nameBefore(text, m.index);
    if (n === 0) continue;
    const from = m.index - n;
    if (found.some((p) => p.from < m.index && from < p.to)) continue;
    let orgStart = from;
    while (orgStart > 0 && !CHAIN_STOP.includes(text[orgStart - 1]!) && text[orgStart - 1] !== '、') orgStart--;
    const org = text.slice(orgStart, from).replace(CHAIN_LEAD, '');
    if (org.length > 0 && !INSTITUTION_END.test(org)) continue; // 会上王教授…: not a name we can trust
    const kind: Post['kind'] = m[0] === '院士' ? 'honorific' : 'post';
    const expanded = org && district && org.startsWith('区') ? district + org : org || null;
    const orgs = org ? [{ from: m.index - n - org.length, to: from, name: org }] : [];
    out.push({ from, to: m.index, name: text.slice(from, m.index), posts: [{ title: org + m[0], printed: org + m[0], org: expanded, kind }], orgs });
  }
  return out;
}

/** Other places the article names someone it has introduced: 曹立强指出, 陈杰、庄木弟共同为… */
function laterMentions(text: string, found: FoundPerson[]): FoundPerson[] {
  const names = [...new Set(found.map((p) => p.name))].sort((a, b) => b.length - a.length);
  const taken = found.map((p) => [p.from, p.to] as const);
  const out: FoundPerson[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (taken.some(([a, b]) => at < b && a < end)) continue;
      const prev = text[at - 1];
      if (isHan(prev) && !'和与及由向对'.includes(prev!)) continue; // inside another word: 资金力量
      if (nameAt(text, at) !== name.length && isHan(text[end]) && nameAt(text, at) > name.length) continue;
      taken.push([at, end]);
      out.push({ from: at, to: end, name, posts: [], orgs: [] });
    }
  }
  return out;
}
