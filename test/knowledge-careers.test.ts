// Careers across editions (our own fixtures: the example edition of 2025-03-10 and two later editions of the
// same fictional paper in test/fixtures/knowledge): posts given in clauses, posts that end, moves inside one
// district that keep one person, and homonyms whose posts conflict kept apart.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPage } from '../src/archive.js';
import { attachKnowledge, knowledgeReader, type KnowledgeReader, type Person } from '../src/knowledge/index.js';
import { openSqliteStore, type SqliteStore } from '../src/store/index.js';
import { examplesDir, repoRoot } from './paths.js';

const pages = [
  ...['01.txt', '02.txt', '03.txt', '04.txt'].map((f) => join(examplesDir, 'yunxi-2025-03-10', f)),
  join(repoRoot, 'test/fixtures/knowledge/yunxi-2025-06-16/01.txt'),
  join(repoRoot, 'test/fixtures/knowledge/yunxi-2025-11-03/01.txt'),
];

describe('careers across editions', () => {
  let store: SqliteStore;
  let k: KnowledgeReader;
  const one = (name: string) => {
    const found = k.peopleNamed(name);
    assert.equal(found.length, 1, `${name}: ${found.length} people`);
    return found[0]!;
  };
  const post = (p: Person, title: string) => {
    const s = p.posts.find((x) => x.title === title);
    assert.ok(s, `${p.name} lacks ${title}: ${JSON.stringify(p.posts.map((x) => x.title))}`);
    return [s.first_seen, s.last_seen, s.ended];
  };

  before(() => {
    store = openSqliteStore(':memory:');
    attachKnowledge(store);
    for (const f of pages) ingestPage(store, { bytes: readFileSync(f), sourceFile: f });
    k = knowledgeReader(store);
  });
  after(() => store.close());

  it('should keep one person from acting head to district head, with the post before', () => {
    const p = one('陆明远');
    assert.deepEqual(post(p, '区人力资源和社会保障局局长'), ['2025-03-10', '2025-03-10', null]);
    assert.deepEqual(post(p, '代理区长'), ['2025-06-16', '2025-06-16', null]);
    assert.deepEqual(post(p, '区长'), ['2025-11-03', '2025-11-03', null]);
  });

  it('should end a post that an edition reports ended, and start the next one', () => {
    const han = one('韩静秋');
    assert.deepEqual(post(han, '区长'), ['2025-03-10', '2025-03-10', '2025-06-16']);
    assert.deepEqual(post(han, '区委书记'), ['2025-06-16', '2025-11-03', null]);
    const lin = one('林泽远');
    assert.deepEqual(post(lin, '区委书记'), ['2025-03-10', '2025-03-10', '2025-06-16']);
    assert.deepEqual(post(one('葛文澜'), '区政协主席'), ['2025-03-10', '2025-03-10', '2025-06-16']);
  });

  it('should keep one person through moves to other bodies of the district', () => {
    assert.deepEqual(post(one('程亦舟'), '区委副书记'), ['2025-03-10', '2025-03-10', null]);
    assert.deepEqual(post(one('程亦舟'), '区政协主席'), ['2025-06-16', '2025-11-03', null]);
    assert.deepEqual(post(one('钱雨辰'), '政法委书记'), ['2025-06-16', '2025-11-03', null]);
    assert.deepEqual(post(one('钱雨辰'), '副区长'), ['2025-03-10', '2025-03-10', null]);
  });

  it('should keep homonyms apart when their posts conflict', () => {
    const shi = k.peopleNamed('石明川');
    assert.deepEqual(shi.map((p) => p.posts.map((s) => s.title).sort()), [['副区长', '区委常委'], ['青岚新材料董事长']]);
    assert.deepEqual(post(shi[0]!, '副区长'), ['2025-03-10', '2025-11-03', null]);
    const tang = k.peopleNamed('唐佳宁').map((p) => p.posts.map((s) => `${s.title} ${s.first_seen}..${s.last_seen}`));
    assert.deepEqual(tang.sort(), [['区人大常委会副主任 2025-06-16..2025-06-16'], ['区教育局局长 2025-06-16..2025-11-03']]);
  });
});
