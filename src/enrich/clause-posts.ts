// Posts given in a clause rather than printed before the name:
//   韩静秋任区委书记, 钱雨辰兼任区委政法委书记, 程亦舟当选为区政协主席   the name, a verb, the posts
//   任命陆明远为副区长、代理区长, 选举陆明远为区长                       a verb, the name, 为, the posts
//   林泽远不再担任区委书记、常委、委员职务, 韩静秋辞去区长职务,
//   免去江浩然的区教育局局长职务                                          the post ends (kind 'ended')
import type { Post } from '../model/index.js';
import { NOT_IN_NAME, surnameAt, TITLES } from './lexicon.js';
import { nameAt, nameBefore } from './names.js';

export interface ClausePosts {
  from: number;
  to: number;
  name: string;
  posts: Post[];
  /** Where the chain of posts stands, for the organisations it prints. */
  chainFrom: number;
  chain: string;
}

/** Reads a chain of posts (区委副书记、区长) with the home district dropped, as people-posts does. */
export type ReadPosts = (chain: string) => Post[];

// The verb after the name. A bare 任 only where no word ends in it (主任, 责任, 信任 …).
const NAME_THEN_VERB = /(同志)?(不再担任|不再兼任|辞去|卸任|兼任|担任|出任|转任|改任|调任|升任|当选为|当选|被任命为|被提名为|被选举为|被选为|被推选为|(?<![主责信前现专历继连留新原常委首])任(?!命|务|期|职|何|用))/gu;
// The verb before the name, then 为 (or 的 after 免去).
const VERB_THEN_NAME = /(任命|提名|选举|推选|免去)/gu;
const ENDS = /^(?:不再|辞去|卸任|免去)/u;
const CHAIN_END = /[，。；：！？\n（）“”《》]|职务|一职|职位|等职|的/u;
const SORTED_TITLES = [...TITLES].sort((a, b) => b.length - a.length);
/** Bare memberships that belong to the body of the post before them: 区委书记、常委、委员 are all 区委's. */
const MEMBERSHIP = new Set(['常委', '委员', '党组成员']);

export function findClausePosts(text: string, readPosts: ReadPosts): ClausePosts[] {
  const out: ClausePosts[] = [];
  const taken: number[] = [];
  for (const m of text.matchAll(NAME_THEN_VERB)) {
    if (taken.includes(m.index)) continue;
    const n = nameBefore(text, m.index);
    if (n === 0) continue;
    const verbEnd = m.index + m[0].length;
    const found = clause(text, m.index - n, m.index, verbEnd, ENDS.test(m[2]!), readPosts);
    if (found) out.push(found);
    // 不再担任 holds 担任: the shorter verb inside is the same clause.
    for (let k = m.index + 1; k < verbEnd; k++) taken.push(k);
  }
  for (const m of text.matchAll(VERB_THEN_NAME)) {
    const at = m.index + m[0].length;
    // The name stops where 为 or 的 (or 同志) follows: 任命陆远为…, 免去江然的…
    const n = [3, 2].find((k) => surnameAt(text, at) > 0 && /^(?:同志)?[为的]/u.test(text.slice(at + k)) && isName(text.slice(at, at + k))) ?? nameAt(text, at);
    if (n === 0) continue;
    let after = at + n;
    if (text.startsWith('同志', after)) after += 2;
    const ended = m[1] === '免去';
    const link = ended ? /^的?/u.exec(text.slice(after))![0] : text[after] === '为' ? '为' : null;
    if (link === null) continue;
    const found = clause(text, at, at + n, after + link.length, ended, readPosts);
    if (found) out.push(found);
  }
  return out.sort((a, b) => a.from - b.from);
}

const isName = (s: string) => [...s].every((c) => /[\u4e00-\u9fff]/u.test(c) && !NOT_IN_NAME.includes(c));

function clause(text: string, from: number, to: number, chainFrom: number, ended: boolean, readPosts: ReadPosts): ClausePosts | null {
  const rest = text.slice(chainFrom, chainFrom + 40);
  const stop = CHAIN_END.exec(rest);
  const pieces = (stop ? rest.slice(0, stop.index) : rest).split('、');
  // Every piece must end in a post title; the chain stops at the first one that does not.
  const kept: string[] = [];
  for (const piece of pieces) {
    const title = SORTED_TITLES.find((t) => piece.endsWith(t));
    if (!title || piece.length > 20) break;
    const body = kept.length > 0 ? bodyOf(kept[0]!) : '';
    kept.push(MEMBERSHIP.has(piece) && body ? body + piece : piece);
  }
  if (kept.length === 0) return null;
  const posts = readPosts(kept.join('、')).map((p): Post => (ended ? { ...p, kind: 'ended' } : p));
  if (posts.length === 0) return null;
  return { from, to, name: text.slice(from, to), posts, chainFrom, chain: pieces.slice(0, kept.length).join('、') };
}

/** 中共云溪区委书记 → 中共云溪区委: the body a post belongs to, as printed. */
function bodyOf(piece: string): string {
  const title = SORTED_TITLES.find((t) => piece.endsWith(t))!;
  return piece.slice(0, piece.length - title.length);
}
