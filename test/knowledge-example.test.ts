// The knowledge layer on the project's own example edition against its answer key (examples/README.md):
// officials with their posts (organisation prefixes carried over), in both scripts, one person each.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPage } from '../src/archive.js';
import { attachKnowledge, knowledgeReader, type KnowledgeReader } from '../src/knowledge/index.js';
import { openSqliteStore, type SqliteStore } from '../src/store/index.js';
import { examplesDir } from './paths.js';

const edition = join(examplesDir, 'yunxi-2025-03-10');
const key: Record<string, string[]> = {
  林泽远: ['区委书记'],
  韩静秋: ['区委副书记', '区长'],
  邵德明: ['区人大常委会主任'],
  葛文澜: ['区政协主席'],
  程亦舟: ['区委副书记'],
  苏晓岚: ['区委常委', '宣传部部长'],
  方启航: ['区委常委', '组织部部长'],
  钱雨辰: ['区委常委', '副区长'],
  石明川: ['副区长'],
  柏青: ['云溪大学党委副书记', '云溪大学副校长'],
  陆明远: ['区人力资源和社会保障局党组书记', '区人力资源和社会保障局局长'],
  杜承钧: ['云溪大学党委书记'],
  严知行: ['云溪大学校长', '中国工程院院士'],
  乔屹然: ['云启智能董事长', '云启智能首席科学家', '云启智能创始人'], // 创始人: page 4, which the key's post lists leave out
  黎昭: ['云溪大学副校长'],
};

describe('knowledge on the example edition', () => {
  let store: SqliteStore;
  let k: KnowledgeReader;
  before(() => {
    store = openSqliteStore(':memory:');
    attachKnowledge(store);
    // The GBK and Big5 twins are the same pages: ingest them too, they must change nothing.
    for (const f of readdirSync(edition).sort()) ingestPage(store, { bytes: readFileSync(join(edition, f)), sourceFile: join(edition, f) });
    k = knowledgeReader(store);
  });
  after(() => store.close());

  it('should find exactly the answer key officials with exactly their posts', () => {
    const found = Object.fromEntries(k.people().filter((p) => p.posts.length > 0).map((p) => [p.name, p.posts.map((s) => s.title).sort()]));
    assert.deepEqual(found, Object.fromEntries(Object.entries(key).map(([n, t]) => [n, [...t].sort()])));
  });

  it('should make one person of a name printed in both scripts across the pages', () => {
    const p = k.peopleNamed('韓靜秋');
    assert.equal(p.length, 1);
    assert.ok(p[0]!.articles.length >= 5);
  });

  it('should keep the byline reporters apart as authors', () => {
    const authors = k.people({ role: 'author' }).map((p) => p.name).sort();
    for (const name of ['周沐阳', '唐可欣', '许嘉树', '宁远', '顾青禾']) assert.ok(authors.includes(name), name);
  });

  it('should read page 1’s figures from the answer key', () => {
    const f = k.figures();
    const revenue = f.find((x) => x.value === 123.45)!;
    assert.deepEqual([revenue.metric, revenue.unit, revenue.change?.value, revenue.change?.basis], ['区级财政收入', '亿元', 8.6, '同比']);
    assert.ok(f.some((x) => x.value === 210 && x.unit === '亿元' && x.qualifier === '逾'));
    assert.ok(f.some((x) => x.text === '六千余户' && x.value === 6000));
    assert.ok(f.some((x) => x.value === 9 && x.metric === '亿元级项目'));
  });
});
