// Which mentions of one name are one person. Pure: the store hands it rows and writes back the groups.
//
// The same name in one article is one person. Across articles, two mentions are the same person when their
// posts share a jurisdiction or institution (徐汇区委书记 and 徐汇区长 are both 徐汇区's; 复旦大学党委书记 and
// 复旦大学校长 are both 复旦大学's), so a career inside one district stays one person (代理区长 → 区长,
// 副区长 → 区委书记, 人社局局长 → 副区长); posts in unrelated bodies keep homonyms apart, and so do posts that
// cannot be held at once, given on the same day (区长 and 副区长 of one body; posts in the government and in
// the congress's standing committee). A mention with no post joins the person of its own article, else the
// only person of that name, else the one seen nearest in time. Authors never merge with officials.

import { lowerBound } from '../model/index.js';

export interface PersonRow {
  mentionId: number;
  articleId: number;
  name: string;
  role: 'official' | 'named' | 'author';
  /** The mention's posts: title, organisation (徐汇区委, 复旦大学; null when none is named) and kind. */
  posts: { title: string; org: string | null; kind: string }[];
  /** Edition date, YYYY-MM-DD, or null. */
  date: string | null;
}

/** Groups of mention ids, each one person; the role is official when any mention in it has a post. */
export interface PersonGroup {
  name: string;
  role: 'official' | 'named' | 'author';
  mentionIds: number[];
}

/** The body a post's organisation answers to: 徐汇区委 → 徐汇区, 上海市住建委 → 上海市, 复旦大学党委 → 复旦大学. */
export function jurisdiction(org: string): string {
  const district = /^(?:中共)?([\u4e00-\u9fff]{2,3}?区)/u.exec(org);
  if (district && !/^.{0,2}(?:园区|社区|校区)/u.test(org)) return district[1]!;
  if (/^(?:上海市|上海|市委|市政府|市)/u.test(org)) return '上海市';
  return org.replace(/(党委|党组|党工委|纪委)$/u, '');
}

export function resolvePeople(rows: readonly PersonRow[]): PersonGroup[] {
  const byName = new Map<string, PersonRow[]>();
  for (const row of rows) {
    const same = byName.get(row.name);
    if (same) same.push(row);
    else byName.set(row.name, [row]);
  }
  return [...byName].flatMap(([name, all]) => new NameResolution(name).add(all).groups());
}

// A name an archive prints for years (a district's party secretary) has thousands of mentions, and every page
// that prints it resolves them all again: each cluster keeps what the steps below ask of it indexed (organisations,
// rows by date, sorted times), so a step costs what the new article brings, not what the cluster holds. Comparing
// clusters row by row made 4,000 mentions take 1.6 s.
interface Cluster {
  rows: PersonRow[];
  /** Jurisdictions of its posts' organisations. */
  places: Set<string>;
  /** Organisations its posts name (null for a post naming none). */
  orgs: Set<string | null>;
  /** Its rows by edition date (rows with a date). */
  byDate: Map<string, PersonRow[]>;
  /** Its rows' dates as times, sorted, each once; `unparsed` when a date does not parse. */
  times: number[];
  unparsed: boolean;
  /** Its place in the list of people found so far (the order of the list, with people dropped as they merge). */
  seq: number;
}

const cluster = (): Cluster => ({ rows: [], places: new Set(), orgs: new Set(), byDate: new Map(), times: [], unparsed: false, seq: -1 });

function add(c: Cluster, row: PersonRow): void {
  c.rows.push(row);
  for (const p of row.posts) {
    if (p.org) c.places.add(placeOf(p.org));
    c.orgs.add(p.org);
  }
  if (!row.date) return;
  const same = c.byDate.get(row.date);
  if (same) return void same.push(row);
  c.byDate.set(row.date, [row]);
  addTime(c, row.date);
}

/** A row placed in a person for the time being (see groups()): only what nearest() reads changes. */
function addRow(c: Cluster, row: PersonRow): void {
  c.rows.push(row);
  if (row.date) addTime(c, row.date);
}

function addTime(c: Cluster, date: string): void {
  const t = Date.parse(date);
  if (Number.isNaN(t)) return void (c.unparsed = true);
  const at = lowerBound(c.times, t);
  if (c.times[at] !== t) c.times.splice(at, 0, t);
}

/**
 * resolvePeople for the mentions of one name, kept from call to call: rows come in mention order, a batch at a time
 * (a page's, after every page before it), and groups() gives what resolvePeople gives for all the rows added. A batch
 * runs only its own articles through the merging, which in one pass goes article by article anyway; placing the
 * mentions without a post is redone at each groups() (it depends on every person found), from indexes.
 */
export class NameResolution {
  private authors: PersonRow[] = [];
  private merged: Cluster[] = [];
  private byPlace = new Map<string, Set<Cluster>>();
  private without: Cluster[] = [];
  private articles = new Set<number>();
  private all: PersonRow[] = [];
  private seq = 0;

  constructor(readonly name: string) {}

  add(rows: readonly PersonRow[]): this {
    // A batch with more of an article already seen changes that article's cluster: start again from every row.
    if (rows.some((r) => this.articles.has(r.articleId))) {
      const all = this.all.concat(rows);
      Object.assign(this, new NameResolution(this.name));
      return this.add(all);
    }
    for (const r of rows) this.all.push(r);
    // One cluster per article first: the same name in one article is one person.
    const perArticle = new Map<number, Cluster>();
    for (const row of rows) {
      this.articles.add(row.articleId);
      if (row.role === 'author') {
        this.authors.push(row);
        continue;
      }
      let c = perArticle.get(row.articleId);
      if (!c) perArticle.set(row.articleId, (c = cluster()));
      add(c, row);
    }
    for (const c of perArticle.values()) {
      if (c.places.size > 0) this.merge(c);
      else this.without.push(c);
    }
    return this;
  }

  /** Merge clusters that share a jurisdiction (a chain A–B, B–C makes one person). */
  private merge(c: Cluster): void {
    // The people it may be, closest first (most organisations in common; then in the order they were found);
    // each joins only if nothing conflicts.
    const found = new Set<Cluster>();
    for (const p of c.places) for (const m of this.byPlace.get(p) ?? []) found.add(m);
    const candidates = [...found].map((m) => ({ m, n: shared(c, m) })).sort((a, b) => b.n - a.n || a.m.seq - b.m.seq);
    let into: Cluster | null = null;
    for (const { m } of candidates) {
      if (conflict(into ?? c, m)) continue;
      if (into) {
        this.merged.splice(this.merged.indexOf(m), 1);
        for (const p of m.places) this.byPlace.get(p)!.delete(m);
        for (const row of m.rows) add(into, row);
      } else {
        into = m;
        for (const row of c.rows) add(into, row);
      }
      this.place(into);
    }
    if (!into) {
      c.seq = this.seq++;
      this.merged.push(c);
      this.place(c);
    }
  }

  private place(m: Cluster): void {
    for (const p of m.places) {
      const at = this.byPlace.get(p);
      if (at) at.add(m);
      else this.byPlace.set(p, new Set([m]));
    }
  }

  groups(): PersonGroup[] {
    const { name, merged } = this;
    const out: PersonGroup[] = [];
    if (this.authors.length > 0) out.push({ name, role: 'author', mentionIds: this.authors.map((r) => r.mentionId) });
    // A mention with no post joins the only person, else the one seen nearest in time — counting the mentions
    // placed so far, so each person's rows here are its merged rows and then the ones placed in this pass.
    const people = merged.map((m) => ({ ...m, rows: [...m.rows], times: [...m.times] }));
    const unplaced: PersonRow[] = [];
    for (const c of this.without) {
      const target = people.length === 1 ? people[0] : nearest(people, c.rows[0]!.date);
      for (const row of c.rows) {
        if (target) addRow(target, row);
        else unplaced.push(row);
      }
    }
    for (const m of people) out.push({ name, role: 'official', mentionIds: m.rows.map((r) => r.mentionId) });
    if (unplaced.length > 0) {
      const role = unplaced.some((r) => r.role === 'official') ? 'official' : 'named';
      out.push({ name, role, mentionIds: unplaced.map((r) => r.mentionId) });
    }
    return out;
  }
}

/** How many organisations two clusters' posts name in common. */
function shared(a: Cluster, b: Cluster): number {
  let n = 0;
  for (const o of a.orgs) if (b.orgs.has(o)) n++;
  return n;
}

/** Do two clusters give posts, on one day, that one person cannot hold at once? */
function conflict(a: Cluster, b: Cluster): boolean {
  const [few, many] = a.byDate.size <= b.byDate.size ? [a, b] : [b, a];
  for (const [date, rs] of few.byDate) {
    const ss = many.byDate.get(date);
    if (!ss) continue;
    for (const r of rs) {
      for (const s of ss) {
        for (const p of r.posts) for (const q of s.posts) if (p.kind !== 'ended' && q.kind !== 'ended' && exclusive(p, q)) return true;
      }
    }
  }
  return false;
}

/**
 * `f` remembering its answers: a name printed in every edition compares the same few titles and organisations
 * thousands of times (same-day mentions, each pair of posts), and the patterns were most of resolving it.
 */
function remembered<T>(f: (s: string) => T): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined && !known.has(s)) {
      if (known.size >= 10_000) known.clear();
      known.set(s, (v = f(s)));
    }
    return v as T;
  };
}

const placeOf = remembered(jurisdiction);
const rank = remembered((title) => title.replace(/^(?:常务)?副/u, '').replace(/(?<=.)(?:常务)?副(?=[^副]+$)/u, ''));
const body = remembered((org) => (/人大常委会$/u.test(org) ? 'congress' : /(?:政府|局)$/u.test(org) ? 'government' : /法院$/u.test(org) ? 'court' : /检察院$/u.test(org) ? 'procuratorate' : null));

/** 区长 and 副区长 of one body; posts in two bodies no one serves in at once (government, congress, courts). */
export function exclusive(p: PersonRow['posts'][number], q: PersonRow['posts'][number]): boolean {
  if (!p.org || !q.org) return false;
  if (p.org === q.org) return p.title !== q.title && rank(p.title) === rank(q.title);
  const [x, y] = [body(p.org), body(q.org)];
  return x !== null && y !== null && x !== y;
}

function nearest(clusters: Cluster[], date: string | null): Cluster | undefined {
  if (clusters.length === 0) return undefined;
  const t = date ? Date.parse(date) : NaN;
  // The cluster's row nearest in time (Infinity when either has no date; NaN when a row's date does not parse).
  const distance = (c: Cluster) => {
    if (Number.isNaN(t)) return Infinity;
    if (c.unparsed) return NaN;
    const at = lowerBound(c.times, t);
    return Math.min(at < c.times.length ? c.times[at]! - t : Infinity, at > 0 ? t - c.times[at - 1]! : Infinity);
  };
  const by = new Map(clusters.map((c) => [c, distance(c)]));
  return [...clusters].sort((a, b) => by.get(a)! - by.get(b)! || b.rows.length - a.rows.length)[0];
}
