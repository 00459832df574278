// The knowledge layer on the five real pages in ../shared/corpus/xuhuibao, through the whole archive:
// every official a careful reader sees with a post is found with that post, nobody is invented, reporters
// stay authors, and people seen in several editions get one timeline. Read at run time, never copied.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPage } from '../src/archive.js';
import { attachKnowledge, knowledgeReader, type KnowledgeReader, type Person } from '../src/knowledge/index.js';
import { openSqliteStore, type SqliteStore } from '../src/store/index.js';
import { repoRoot, seedDir } from './paths.js';

/** Who holds which posts on the five pages, as a careful reader reads them (home district dropped): the gold file's. */
const gold = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/knowledge/gold.json'), 'utf8')) as { sets: { dir: string; people: Record<string, string[]> }[] };
const officials = gold.sets.find((s) => s.dir === '$seeds')!.people;
/** Bylines and photo credits: authors, never officials. */
const reporters = ['刘坤', '王永娟', '陈文卿', '肖乐鑫', '刘倩朋', '朱亮', '曹香玉'];

describe('knowledge on the seed pages', () => {
  let store: SqliteStore;
  let k: KnowledgeReader;
  let everyone: Person[];
  const one = (name: string) => {
    const found = k.peopleNamed(name);
    assert.equal(found.length, 1, `${name}: ${found.length} people`);
    return found[0]!;
  };

  before(() => {
    store = openSqliteStore(':memory:');
    attachKnowledge(store);
    for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.txt')).sort()) {
      ingestPage(store, { bytes: readFileSync(join(seedDir, f)), sourceFile: f });
    }
    k = knowledgeReader(store);
    everyone = k.people({ role: 'all' });
  });
  after(() => store.close());

  it('should find every official with every post the pages give them', () => {
    assert.equal(Object.keys(officials).length, 41);
    for (const [name, titles] of Object.entries(officials)) {
      const p = one(name);
      assert.equal(p.role, 'official', name);
      for (const t of titles) assert.ok(p.posts.some((s) => s.title === t), `${name} lacks ${t}: ${JSON.stringify(p.posts.map((s) => s.title))}`);
    }
  });

  it('should invent nobody: every person found with a post is one the pages name with it', () => {
    const invented = everyone.filter((p) => p.posts.length > 0 && !(p.name in officials)).map((p) => p.name);
    assert.deepEqual(invented, []);
    const extraPosts = everyone.flatMap((p) => p.posts.filter((s) => !officials[p.name]?.includes(s.title)).map((s) => `${p.name}:${s.title}`));
    assert.deepEqual(extraPosts, []);
  });

  it('should keep reporters and photographers as authors, never officials', () => {
    for (const name of reporters) {
      const found = k.peopleNamed(name);
      assert.ok(found.length > 0, name);
      for (const p of found) {
        assert.equal(p.role, 'author', name);
        assert.deepEqual(p.posts, []);
      }
    }
    assert.ok(!k.people().some((p) => reporters.includes(p.name)));
  });

  it('should give 曹立强 one timeline across the 2023 and 2024 editions, in either script', () => {
    const p = one('曹立强');
    assert.deepEqual(k.peopleNamed('曹立強').map((x) => x.id), [p.id]);
    const secretary = p.posts.find((s) => s.title === '区委书记')!;
    assert.equal(secretary.first_seen, '2023-10-02');
    assert.equal(secretary.last_seen, '2024-10-18');
    assert.ok(secretary.articles.length >= 8);
  });

  it('should show 王华 acting in May and district head in October', () => {
    const p = one('王华');
    const acting = p.posts.find((s) => s.title === '代理区长')!;
    const head = p.posts.find((s) => s.title === '区长')!;
    assert.equal(acting.last_seen, '2024-05-21');
    assert.equal(head.first_seen, '2024-10-18');
  });

  it('should tie each mention to raw offsets and to the article text', () => {
    const article = k.articlesMentioning('person', '金力')[0]!;
    const facts = k.article(article);
    const row = store.article(article)!;
    const raw = store.page(row.page_id)!.page.source.text;
    for (const m of facts.people.filter((x) => x.role !== 'author')) {
      assert.equal(raw.slice(m.start, m.end), m.printed);
      assert.equal(row.text.slice(m.text_start!, m.text_end!), m.printed);
      assert.ok(m.sentence_start <= m.start && m.end <= m.sentence_end);
    }
  });

  it('should resolve 区委 in a 徐汇 paper to 徐汇区委', () => {
    const orgs = k.entities('org').map((e) => e.name);
    assert.ok(orgs.includes('徐汇区委'));
    assert.ok(!orgs.includes('区委'));
    assert.ok(orgs.includes('复旦大学'));
    assert.ok(k.entities('place').some((e) => e.name === '徐汇区'));
  });

  it('should read the figures with metric, unit, change and qualifier', () => {
    const figures = k.figures();
    const revenue = figures.find((f) => f.value === 250.85)!;
    assert.equal(revenue.metric, '区级财政收入');
    assert.equal(revenue.unit, '亿元');
    assert.deepEqual(revenue.change && [revenue.change.direction, revenue.change.value, revenue.change.unit, revenue.change.basis], ['up', 10.87, '%', '同比']);
    const households = figures.find((f) => f.text === '六千余户')!;
    assert.deepEqual([households.value, households.unit, households.qualifier], [6000, '户', '余']);
    const projects = figures.find((f) => f.metric === '亿元级项目')!;
    assert.deepEqual([projects.value, projects.unit, projects.date], [7, '家', '2024-05-21']);
    assert.ok(figures.some((f) => f.text === '三十余家' && f.value === 30));
  });

  it('should read the interleaved page in its repaired order: each figure once, its words from one column', () => {
    const revenue = k.figures().filter((f) => f.value === 250.85);
    assert.equal(revenue.length, 1);
    assert.equal(revenue[0]!.text, '250.85亿元，同比增长10.87%');
    const page = k.figures({ article: revenue[0]!.article });
    assert.equal(new Set(page.map((f) => f.start)).size, page.length);
    const metric = (value: number) => page.find((f) => f.value === value)?.metric;
    assert.deepEqual([metric(4), metric(5), metric(501)], ['战略产业', '学前教育集团', '电梯加装新签约']);
    // Metrics pieced together from two columns are dropped, not reported (…二批大模型|超2000张, …实现房|2816套).
    assert.deepEqual([metric(2000), metric(2816)], [undefined, undefined]);
  });

  it('should invent nobody and lose nobody when the NER model runs too', () => {
    const withModel = openSqliteStore(':memory:');
    try {
      attachKnowledge(withModel);
      for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.txt')).sort()) {
        ingestPage(withModel, { bytes: readFileSync(join(seedDir, f)), sourceFile: f }, { ner: true });
      }
      const names = (r: KnowledgeReader) => r.people({ role: 'all' }).map((p) => `${p.name}:${p.role}:${p.posts.map((s) => s.title).join('/')}`).sort();
      assert.deepEqual(names(knowledgeReader(withModel)), names(k));
      assert.ok(knowledgeReader(withModel).entities('org').length >= k.entities('org').length);
    } finally {
      withModel.close();
    }
  });

  it('should normalise the dates against the edition date', () => {
    const article = k.articlesMentioning('person', '黄冲')[0]!;
    const dates = k.article(article).dates;
    assert.ok(dates.some((d) => d.iso === '2024-10-15' && d.precision === 'day' && d.part_of_day === '上午'));
    assert.ok(dates.some((d) => d.text === '今年' && d.iso === '2024' && d.relative));
  });
});
