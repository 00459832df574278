// The baoku command as a person runs it: real processes, a temporary archive, real files.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { examplesDir, repoRoot, seedDir } from './paths.js';

const bin = join(repoRoot, 'bin', 'baoku.js');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('baoku CLI', () => {
  let dir: string;
  let db: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'baoku-cli-'));
    db = join(dir, 'archive.db');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('should land good files and report bad ones with a reason and exit 1', () => {
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'photo.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const r = run('ingest', join(examplesDir, 'yunxi-2025-03-10', '01.txt'), empty, binary, '--db', db);
    assert.equal(r.code, 1);
    assert.match(r.err, /empty\.txt: .*empty/);
    assert.match(r.err, /photo\.txt: .*(binary|PNG)/i);
    assert.match(r.err, /1 added, 0 unchanged, 2 failed; 3 articles/);
  });

  it('should change nothing when only bad files are ingested', () => {
    const before = run('list', '--db', db).out;
    const truncated = join(dir, 'cut.txt');
    writeFileSync(truncated, Buffer.from('徐汇区', 'utf8').subarray(0, 8));
    assert.equal(run('ingest', truncated, '--db', db).code, 1);
    assert.equal(run('list', '--db', db).out, before);
  });

  it('should be a no-op to ingest the same page again', () => {
    const r = run('ingest', join(examplesDir, 'yunxi-2025-03-10', '01.txt'), '--db', db);
    assert.equal(r.code, 0);
    assert.match(r.err, /0 added, 1 unchanged, 0 failed/);
  });

  it('should take edition facts from the command line for pages without a masthead', () => {
    const page = join(seedDir, '002_fc0a40daac650225.txt');
    const r = run('ingest', page, '--paper', '徐汇报', '--date', '2024-05-27', '--db', db);
    assert.equal(r.code, 0, r.err);
    assert.match(run('list', '--db', db).out, /徐汇报 2024-05-27 — 1 page/);
  });

  it('should export one JSON article per line with the contract fields', () => {
    const r = run('export', '--format', 'jsonl', '--db', db);
    assert.equal(r.code, 0);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(rows.length, 6);
    const fields = ['id', 'paper', 'date', 'issue', 'total_issue', 'page', 'headline', 'kicker', 'subheadline', 'byline', 'source', 'continues_to_page', 'continued_from_page', 'text', 'text_simplified', 'source_file'];
    for (const row of rows) for (const f of fields) assert.ok(f in row, `missing ${f}`);
    assert.ok(rows.some((x) => x.paper === '徐汇报' && x.date === '2024-05-27' && x.source === '来源:区委办'));
  });

  it('should show an article with its repairs and its original text', () => {
    const edits = run('show', '2', '--edits', '--db', db);
    assert.equal(edits.code, 0);
    assert.match(edits.out, /repair\/join-broken-lines/);
    assert.match(run('show', '2', '--db', db).out, /下转第2版, not yet in the archive/);
    const original = run('show', '2', '--original', '--db', db);
    assert.match(original.out, /党组书\n\n\n\n记/);
  });

  it('should fail clearly on a missing archive, an unknown article and bad usage', () => {
    assert.match(run('list', '--db', join(dir, 'nope.db')).err, /no archive at/);
    assert.equal(run('show', '999', '--db', db).code, 1);
    assert.equal(run('ingest', '--db', db).code, 2);
    assert.equal(run('frobnicate').code, 2);
    assert.equal(run('ingest', 'x.txt', '--date', 'yesterday', '--db', db).code, 2);
  });
});
