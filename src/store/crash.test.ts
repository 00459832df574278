// A writer killed mid-ingest must leave whole pages only. A child process ingests big generated pages in a
// loop, printing after each commit; we SIGKILL it at a random moment and inspect what it left behind.

import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fixtureRecord, type FixtureOptions } from './fixture-record.js';
import { openSqliteStore } from './sqlite.js';

/** Big enough that one ingest takes milliseconds, so the kill usually lands inside a transaction. */
const base: FixtureOptions = { articles: 8, editsPerArticle: 300 };
const recordFor = (i: number) => fixtureRecord({ ...base, salt: i, pageNumber: (i % 8) + 1 });
const commitsBeforeKill = 10;
const rounds = 3;
const childLifetimeMs = 15_000;

// Ingests pages first, first + 1, … until killed or its lifetime is up.
const childScript = `
import { openSqliteStore } from ${JSON.stringify(new URL('./sqlite.js', import.meta.url).href)};
import { fixtureRecord } from ${JSON.stringify(new URL('./fixture-record.js', import.meta.url).href)};
const [path, lifetime, first] = process.argv.slice(2);
const deadline = Date.now() + Number(lifetime);
const base = ${JSON.stringify(base)};
const store = openSqliteStore(path);
for (let i = Number(first); i < 100000 && Date.now() < deadline; i++) {
  const record = fixtureRecord({ ...base, salt: i, pageNumber: (i % 8) + 1 });
  process.stdout.write('begin ' + i + '\\n');
  store.ingest(record);
  process.stdout.write('committed ' + i + '\\n');
}
store.close();
`;

interface Outcome {
  committed: number;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Run the child from page `first`, SIGKILL it shortly after it begins page first + commitsBeforeKill. */
function runAndKill(script: string, dbPath: string, first: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const args = [script, dbPath, String(childLifetimeMs), String(first)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!killing && out.includes(`\nbegin ${first + commitsBeforeKill}\n`)) {
        killing = true;
        // The child is inside ingest now (one takes tens of ms); a random delay varies where it dies.
        setTimeout(() => child.kill('SIGKILL'), 2 + Math.random() * 25);
      }
    });
    child.on('error', reject);
    // 'close' waits for stdout to drain, so every line the child printed is counted.
    child.on('close', (_code, signal) => {
      const committed = out.split('\n').filter((l) => l.startsWith('committed ')).length;
      resolve({ committed, signal, stderr });
    });
  });
}

/**
 * Pages whose stored rows disagree with their own document: a partial page. The document holds its edits
 * and articles inline or, since migration 5, a pointer with their count.
 */
function partialPages(db: Database.Database): unknown[] {
  return db
    .prepare(
      `SELECT p.id,
         coalesce(json_extract(p.document, '$.edits.count'), json_array_length(p.document, '$.edits')) AS edits_said,
         (SELECT count(*) FROM all_edits e WHERE e.page_id = p.id) AS edits_stored,
         coalesce(json_extract(p.document, '$.layout.articles.count'), json_array_length(p.document, '$.layout.articles')) AS articles_said,
         (SELECT count(*) FROM articles a WHERE a.page_id = p.id) AS articles_stored,
         json_array_length(p.document, '$.messages') AS messages_said,
         (SELECT count(*) FROM messages m WHERE m.page_id = p.id) AS messages_stored,
         (SELECT coalesce(sum(json_array_length(a.document, '$.byline.people')), 0)
            FROM articles a WHERE a.page_id = p.id) AS people_said,
         (SELECT count(*) FROM contributors c JOIN articles a ON a.id = c.article_id WHERE a.page_id = p.id) AS people_stored
       FROM pages p`,
    )
    .all()
    .filter((row) => {
      const r = row as Record<string, number>;
      return r.edits_said !== r.edits_stored || r.articles_said !== r.articles_stored ||
        r.messages_said !== r.messages_stored || r.people_said !== r.people_stored;
    });
}

/** Check the file a killed writer left; returns how many pages it holds. */
function inspect(dbPath: string, committedUpTo: number): number {
  const db = new Database(dbPath);
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    assert.deepEqual(partialPages(db), []);
    // The counts checked are the pointers' (see store/page-document.ts), not an inline copy.
    assert.equal(db.prepare("SELECT count(*) FROM pages WHERE json_extract(document, '$.edits.in') IS NOT 'all_edits'").pluck().get(), 0);
    const hasSha = db.prepare<[string], number>('SELECT count(*) FROM pages WHERE sha256 = ?').pluck();
    for (let i = 0; i < committedUpTo; i++) assert.equal(hasSha.get(recordFor(i).sha256), 1, `page ${i} lost`);
    return db.prepare<[], number>('SELECT count(*) FROM pages').pluck().get() ?? 0;
  } finally {
    db.close();
  }
}

describe('openSqliteStore after a crash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-crash-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('should hold only whole pages and accept the lost page again when the writer is killed', { timeout: 90_000 }, async () => {
    const script = join(dir, 'ingest-child.mjs');
    const dbPath = join(dir, 'crash.db');
    writeFileSync(script, childScript);
    let next = 0; // first page the next child ingests
    for (let round = 0; round < rounds; round++) {
      const { committed, signal, stderr } = await runAndKill(script, dbPath, next);
      assert.equal(signal, 'SIGKILL', `child was not killed; stderr: ${stderr}`);
      assert.ok(committed >= commitsBeforeKill);
      const inProgress = next + committed;
      // Every printed commit survived; at most the page in progress made it without being printed.
      const stored = inspect(dbPath, inProgress);
      assert.ok(stored === inProgress || stored === inProgress + 1, `${stored} pages after ${inProgress} commits`);

      const store = openSqliteStore(dbPath);
      const again = store.ingest(recordFor(inProgress));
      assert.equal(again.status, stored === inProgress ? 'added' : 'unchanged');
      assert.equal(again.articleIds.length, base.articles);
      assert.equal(store.counts().pages, inProgress + 1);
      store.close();
      next = inProgress + 1;
    }
    inspect(dbPath, next);
  });
});
