import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openSqliteStore, type SqliteStore } from './sqlite.js';
import { keptSpellings } from './spelling-counts.js';
import { fixtureRecord } from './fixture-record.js';

/** A stand-in for the lexicon's counting: every two-character run. */
const pairs = (texts: Iterable<string>) => {
  const counts = new Map<string, number>();
  for (const text of texts) for (let i = 0; i + 2 <= text.length; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
  return counts;
};
const sorted = (m: ReadonlyMap<string, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const allTexts = (store: SqliteStore) => store.db.prepare('SELECT text FROM articles ORDER BY id').pluck().all() as string[];
const table = (store: SqliteStore) => store.db.prepare('SELECT term, count FROM spellings').raw().all() as [string, number][];

describe('keptSpellings', () => {
  it('should give the counts of every stored article, whether stored before, while or after they were kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baoku-spellings-'));
    const path = join(dir, 'a.db');
    try {
      let store = openSqliteStore(path);
      for (const salt of [1, 2]) store.ingest(fixtureRecord({ salt, articles: 3 }));
      const terms = keptSpellings(store, pairs); // counts the two pages stored before
      assert.deepEqual(sorted(terms), sorted(pairs(allTexts(store))));
      for (const salt of [3, 4]) store.ingest(fixtureRecord({ salt, articles: 2 }));
      assert.deepEqual(sorted(terms), sorted(pairs(allTexts(store))));
      assert.deepEqual(sorted(new Map(table(store))), sorted(terms));
      store.close();

      store = openSqliteStore(path);
      store.ingest(fixtureRecord({ salt: 5 })); // by a connection that does not keep the counts
      assert.deepEqual(sorted(keptSpellings(store, pairs)), sorted(pairs(allTexts(store))));
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should count nothing twice when a page is ingested again', () => {
    const store = openSqliteStore(':memory:');
    const terms = keptSpellings(store, pairs);
    store.ingest(fixtureRecord({ salt: 1 }));
    const once = sorted(terms);
    assert.equal(store.ingest(fixtureRecord({ salt: 1 })).status, 'unchanged');
    assert.deepEqual(sorted(terms), once);
    assert.deepEqual(sorted(new Map(table(store))), once);
    store.close();
  });
});
