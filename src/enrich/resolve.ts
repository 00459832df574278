// Which mentions of one name are one person. Pure: the store hands it rows and writes back the groups.
//
// The same name in one article is one person. Across articles, two mentions are the same person when their
// posts share a jurisdiction or institution (徐汇区委书记 and 徐汇区长 are both 徐汇区's; 复旦大学党委书记 and
// 复旦大学校长 are both 复旦大学's), so a career inside one district stays one person (代理区长 → 区长,
// 副区长 → 区委书记, 人社局局长 → 副区长); posts in unrelated bodies keep homonyms apart, and so do posts that
// cannot be held at once, given on the same day (区长 and 副区长 of one body; posts in the government and in
// the congress's standing committee). A mention with no post joins the person of its own article, else the
// only person of that name, else the one seen nearest in time. Authors never merge with officials.

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
  const groups: PersonGroup[] = [];
  const byName = new Map<string, PersonRow[]>();
  for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  for (const [name, all] of byName) {
    const authors = all.filter((r) => r.role === 'author');
    if (authors.length > 0) groups.push({ name, role: 'author', mentionIds: authors.map((r) => r.mentionId) });
    groups.push(...resolveOfficials(name, all.filter((r) => r.role !== 'author')));
  }
  return groups;
}

interface Cluster {
  rows: PersonRow[];
  places: Set<string>;
  articles: Set<number>;
}

function resolveOfficials(name: string, rows: PersonRow[]): PersonGroup[] {
  // One cluster per article first: the same name in one article is one person.
  const perArticle = new Map<number, Cluster>();
  for (const row of rows) {
    const c = perArticle.get(row.articleId) ?? { rows: [], places: new Set(), articles: new Set([row.articleId]) };
    c.rows.push(row);
    for (const p of row.posts) if (p.org) c.places.add(jurisdiction(p.org));
    perArticle.set(row.articleId, c);
  }
  const withPosts: Cluster[] = [];
  const without: Cluster[] = [];
  for (const c of perArticle.values()) (c.places.size > 0 ? withPosts : without).push(c);
  // Merge clusters that share a jurisdiction until nothing changes (a chain A–B, B–C makes one person).
  const merged: Cluster[] = [];
  for (const c of withPosts) {
    // The people it may be, closest first (most organisations in common); each joins only if nothing conflicts.
    const candidates = merged
      .filter((m) => [...c.places].some((p) => m.places.has(p)))
      .sort((a, b) => shared(c, b) - shared(c, a));
    let into: Cluster | null = null;
    for (const m of candidates) {
      if (conflict(into ?? c, m)) continue;
      if (into) merged.splice(merged.indexOf(m), 1);
      absorb((into ??= m), into === m ? c : m);
    }
    if (!into) merged.push(c);
  }
  const unplaced: PersonRow[] = [];
  for (const c of without) {
    const target = merged.length === 1 ? merged[0] : nearest(merged, c.rows[0]!.date);
    if (target) target.rows.push(...c.rows);
    else unplaced.push(...c.rows);
  }
  const out: PersonGroup[] = merged.map((m) => ({ name, role: 'official', mentionIds: m.rows.map((r) => r.mentionId) }));
  if (unplaced.length > 0) {
    const role = unplaced.some((r) => r.role === 'official') ? 'official' : 'named';
    out.push({ name, role, mentionIds: unplaced.map((r) => r.mentionId) });
  }
  return out;
}

function absorb(into: Cluster, other: Cluster): void {
  into.rows.push(...other.rows);
  for (const p of other.places) into.places.add(p);
  for (const a of other.articles) into.articles.add(a);
}

/** How many organisations two clusters' posts name in common. */
function shared(a: Cluster, b: Cluster): number {
  const orgs = new Set(a.rows.flatMap((r) => r.posts.map((p) => p.org)));
  return new Set(b.rows.flatMap((r) => r.posts.map((p) => p.org).filter((o) => orgs.has(o)))).size;
}

/** Do two clusters give posts, on one day, that one person cannot hold at once? */
function conflict(a: Cluster, b: Cluster): boolean {
  for (const r of a.rows) {
    for (const s of b.rows) {
      if (!r.date || r.date !== s.date) continue;
      for (const p of r.posts) for (const q of s.posts) if (p.kind !== 'ended' && q.kind !== 'ended' && exclusive(p, q)) return true;
    }
  }
  return false;
}

const rank = (title: string) => title.replace(/^(?:常务)?副/u, '').replace(/(?<=.)(?:常务)?副(?=[^副]+$)/u, '');
const body = (org: string) => (/人大常委会$/u.test(org) ? 'congress' : /(?:政府|局)$/u.test(org) ? 'government' : /法院$/u.test(org) ? 'court' : /检察院$/u.test(org) ? 'procuratorate' : null);

/** 区长 and 副区长 of one body; posts in two bodies no one serves in at once (government, congress, courts). */
function exclusive(p: PersonRow['posts'][number], q: PersonRow['posts'][number]): boolean {
  if (!p.org || !q.org) return false;
  if (p.org === q.org) return p.title !== q.title && rank(p.title) === rank(q.title);
  const [x, y] = [body(p.org), body(q.org)];
  return x !== null && y !== null && x !== y;
}

function nearest(clusters: Cluster[], date: string | null): Cluster | undefined {
  if (clusters.length === 0) return undefined;
  const t = date ? Date.parse(date) : NaN;
  const distance = (c: Cluster) => Math.min(...c.rows.map((r) => (r.date && !Number.isNaN(t) ? Math.abs(Date.parse(r.date) - t) : Infinity)));
  return [...clusters].sort((a, b) => distance(a) - distance(b) || b.rows.length - a.rows.length)[0];
}
