import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exclusive, jurisdiction, NameResolution, resolvePeople, type PersonGroup, type PersonRow } from './resolve.js';
import { seededRandom } from '../text/random.js';

let id = 0;
const row = (articleId: number, name: string, orgs: (string | null)[], date: string, role: PersonRow['role'] = orgs.length ? 'official' : 'named', titles: string[] = []): PersonRow => ({
  mentionId: ++id, articleId, name, role, posts: orgs.map((org, i) => ({ title: titles[i] ?? '职务', org, kind: 'post' })), date,
});
const groups = (rows: PersonRow[]) => resolvePeople(rows).map((g) => [g.name, g.role, g.mentionIds.length]);

describe('resolvePeople', () => {
  it('should join one name across editions when the posts share a jurisdiction', () => {
    assert.deepEqual(groups([row(1, '林远', ['青石区委'], '2023-01-02'), row(2, '林远', ['青石区政府'], '2024-05-01'), row(3, '林远', [], '2024-06-01')]), [['林远', 'official', 3]]);
  });
  it('should keep homonyms apart when their posts conflict', () => {
    const g = groups([row(1, '王华', ['青石区委'], '2024-01-01'), row(2, '王华', ['东湖钢铁有限公司'], '2024-02-01')]);
    assert.equal(g.length, 2);
  });
  it('should keep one person through a career in one district', () => {
    const career = [
      row(1, '陆远', ['青石区人社局'], '2025-03-10', 'official', ['区人社局局长']),
      row(2, '陆远', ['青石区政府', '青石区政府'], '2025-06-16', 'official', ['副区长', '代理区长']),
      row(3, '陆远', ['青石区委', '青石区政府'], '2025-11-03', 'official', ['区委副书记', '区长']),
    ];
    assert.deepEqual(groups(career), [['陆远', 'official', 3]]);
  });
  it('should keep apart one name given posts on one day that one person cannot hold at once', () => {
    const sameDay = (a: [string, string], b: [string, string]) =>
      groups([row(1, '唐宁', [a[0]], '2025-06-16', 'official', [a[1]]), row(2, '唐宁', [b[0]], '2025-06-16', 'official', [b[1]])]).length;
    assert.equal(sameDay(['青石区政府', '区长'], ['青石区政府', '副区长']), 2);
    assert.equal(sameDay(['青石区教育局', '区教育局局长'], ['青石区人大常委会', '区人大常委会副主任']), 2);
    assert.equal(sameDay(['青石区委', '区委副书记'], ['青石区政府', '区长']), 1);
    assert.equal(sameDay(['青石区政府', '副区长'], ['青石区政府', '代理区长']), 1);
  });
  it('should never merge an author with an official', () => {
    assert.deepEqual(groups([row(1, '刘坤', [], '2024-01-01', 'author'), row(2, '刘坤', ['青石区政府'], '2024-01-01')]), [['刘坤', 'author', 1], ['刘坤', 'official', 1]]);
  });
  it('should name the jurisdiction of an organisation', () => {
    assert.deepEqual(['青石区委宣传部', '上海市房屋管理局', '东湖大学党委'].map(jurisdiction), ['青石区', '上海市', '东湖大学']);
  });
});

/**
 * The resolution as first written, comparing clusters row by row (quadratic in a name's mentions): the reference
 * the indexed one must match group for group and mention for mention.
 */
function resolveRowByRow(rows: readonly PersonRow[]): PersonGroup[] {
  type C = { rows: PersonRow[]; places: Set<string> };
  const orgsOf = (c: C) => new Set(c.rows.flatMap((r) => r.posts.map((p) => p.org)));
  const shared = (a: C, b: C) => [...orgsOf(b)].filter((o) => orgsOf(a).has(o)).length;
  const conflict = (a: C, b: C) =>
    a.rows.some((r) => b.rows.some((s) => r.date && r.date === s.date && r.posts.some((p) => s.posts.some((q) => p.kind !== 'ended' && q.kind !== 'ended' && exclusive(p, q)))));
  const absorb = (into: C, other: C) => {
    into.rows.push(...other.rows);
    for (const p of other.places) into.places.add(p);
  };
  const out: PersonGroup[] = [];
  for (const name of new Set(rows.map((r) => r.name))) {
    const all = rows.filter((r) => r.name === name);
    const authors = all.filter((r) => r.role === 'author');
    if (authors.length > 0) out.push({ name, role: 'author', mentionIds: authors.map((r) => r.mentionId) });
    const perArticle = new Map<number, C>();
    for (const r of all.filter((x) => x.role !== 'author')) {
      const c = perArticle.get(r.articleId) ?? { rows: [], places: new Set<string>() };
      c.rows.push(r);
      for (const p of r.posts) if (p.org) c.places.add(jurisdiction(p.org));
      perArticle.set(r.articleId, c);
    }
    const merged: C[] = [];
    for (const c of [...perArticle.values()].filter((x) => x.places.size > 0)) {
      const candidates = merged.filter((m) => [...c.places].some((p) => m.places.has(p))).sort((a, b) => shared(c, b) - shared(c, a));
      let into: C | null = null;
      for (const m of candidates) {
        if (conflict(into ?? c, m)) continue;
        if (into) merged.splice(merged.indexOf(m), 1);
        absorb((into ??= m), into === m ? c : m);
      }
      if (!into) merged.push(c);
    }
    const unplaced: PersonRow[] = [];
    for (const c of [...perArticle.values()].filter((x) => x.places.size === 0)) {
      const t = c.rows[0]!.date ? Date.parse(c.rows[0]!.date) : NaN;
      const distance = (m: C) => Math.min(...m.rows.map((r) => (r.date && !Number.isNaN(t) ? Math.abs(Date.parse(r.date) - t) : Infinity)));
      const target = merged.length === 1 ? merged[0] : [...merged].sort((a, b) => distance(a) - distance(b) || b.rows.length - a.rows.length)[0];
      if (target) target.rows.push(...c.rows);
      else unplaced.push(...c.rows);
    }
    out.push(...merged.map((m) => ({ name, role: 'official' as const, mentionIds: m.rows.map((r) => r.mentionId) })));
    if (unplaced.length > 0) out.push({ name, role: unplaced.some((r) => r.role === 'official') ? 'official' : 'named', mentionIds: unplaced.map((r) => r.mentionId) });
  }
  return out;
}

/** Mentions of three names in a random archive, in mention order: posts ending, dates missing or unreadable. */
function randomArchive(seed: number): PersonRow[] {
  const titles = ['区委书记', '区长', '副区长', '代理区长', '局长', '常务副区长', '主任', '副主任'];
  const orgs = ['青石区委', '青石区政府', '东湖区政府', '青石区人社局', null, '青石区人大常委会', '云溪大学', '云溪大学党委', '云溪市住建委', '青石区法院'];
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const days = 1 + Math.floor(random() * 300);
  const n = 1 + Math.floor(random() * (seed % 10 === 0 ? 600 : 60));
  return Array.from({ length: n }, (_, i) => {
    const posts = Array.from({ length: random() < 0.35 ? 0 : 1 + Math.floor(random() * 3) }, () => ({ title: pick(titles), org: pick(orgs), kind: random() < 0.15 ? 'ended' : 'post' }));
    const date = random() < 0.05 ? null : random() < 0.01 ? '2025-13-45' : new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * days) * 864e5).toISOString().slice(0, 10);
    return { mentionId: i + 1, articleId: 1 + Math.floor(random() * n * 0.7), name: pick(['林远', '王华', '唐宁']), role: posts.length ? 'official' : random() < 0.2 ? 'author' : 'named', posts, date };
  });
}

describe('resolvePeople against the row-by-row reference', () => {
  it('should group every mention as comparing rows one by one does, on 400 random archives of three names', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const rows = randomArchive(seed);
      assert.deepEqual(resolvePeople(rows), resolveRowByRow(rows), `seed ${seed}`);
    }
  });

  it('should give after each batch the groups of every row so far, whether a batch brings new articles or more of old ones', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rows = randomArchive(seed).filter((r) => r.name === '王华');
      // Ingest-like order (articles ascending with the mentions) for even seeds; random articles, so batches revisit them, for odd.
      if (seed % 2 === 0) rows.sort((a, b) => a.articleId - b.articleId || a.mentionId - b.mentionId).forEach((r, i) => (r.mentionId = i + 1));
      const random = seededRandom(seed + 1000);
      const kept = new NameResolution('王华');
      for (let from = 0; from < rows.length; ) {
        const to = Math.min(rows.length, from + 1 + Math.floor(random() * 12));
        kept.add(rows.slice(from, to));
        assert.deepEqual(kept.groups(), resolvePeople(rows.slice(0, to)), `seed ${seed}, rows 0–${to}`);
        from = to;
      }
    }
  });
});
