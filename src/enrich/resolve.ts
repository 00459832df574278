// Which mentions of one name are one person. Pure: the store hands it rows and writes back the groups.
//
// The same name in one article is one person. Across articles, two mentions are the same person when their
// posts share a jurisdiction or institution (徐汇区委书记 and 徐汇区长 are both 徐汇区's; 复旦大学党委书记 and
// 复旦大学校长 are both 复旦大学's); posts in unrelated bodies keep homonyms apart. A mention with no post
// joins the person of its own article, else the only person of that name, else the one seen nearest in time.
// Reporters and photographers are authors: they never merge with officials.

export interface PersonRow {
  mentionId: number;
  articleId: number;
  name: string;
  role: 'official' | 'named' | 'author';
  /** Organisations of the mention's posts (徐汇区委, 复旦大学), null for posts that name none. */
  orgs: (string | null)[];
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
    for (const org of row.orgs) if (org) c.places.add(jurisdiction(org));
    perArticle.set(row.articleId, c);
  }
  const withPosts: Cluster[] = [];
  const without: Cluster[] = [];
  for (const c of perArticle.values()) (c.places.size > 0 ? withPosts : without).push(c);
  // Merge clusters that share a jurisdiction until nothing changes (a chain A–B, B–C makes one person).
  const merged: Cluster[] = [];
  for (const c of withPosts) {
    const joined = merged.filter((m) => [...c.places].some((p) => m.places.has(p)));
    const into = joined[0] ?? { rows: [], places: new Set<string>(), articles: new Set<number>() };
    for (const other of [c, ...joined.slice(1)]) {
      into.rows.push(...other.rows);
      for (const p of other.places) into.places.add(p);
      for (const a of other.articles) into.articles.add(a);
    }
    for (const other of joined.slice(1)) merged.splice(merged.indexOf(other), 1);
    if (!joined[0]) merged.push(into);
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

function nearest(clusters: Cluster[], date: string | null): Cluster | undefined {
  if (clusters.length === 0) return undefined;
  const t = date ? Date.parse(date) : NaN;
  const distance = (c: Cluster) => Math.min(...c.rows.map((r) => (r.date && !Number.isNaN(t) ? Math.abs(Date.parse(r.date) - t) : Infinity)));
  return [...clusters].sort((a, b) => distance(a) - distance(b) || b.rows.length - a.rows.length)[0];
}
