// baoku search and baoku reindex as a person runs them.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { examplesDir, repoRoot } from './paths.js';

const bin = join(repoRoot, 'bin', 'baoku.js');

describe('baoku search', () => {
  let dir: string;
  let db: string;
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args, '--db', db], { encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'baoku-search-cli-'));
    db = join(dir, 'a.db');
    assert.equal(run('ingest', join(examplesDir, 'yunxi-2025-03-10')).code, 0);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('should print one JSON hit per line with the contract fields, and the total and next cursor on stderr', () => {
    const r = run('search', '雲溪', '--json', '--limit', '2');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 2);
    for (const hit of lines) for (const f of ['id', 'headline', 'date', 'page', 'score', 'snippet']) assert.ok(f in hit, `missing ${f}`);
    const tail = JSON.parse(r.err) as Record<string, unknown>;
    assert.ok((tail.total as number) > 2);
    const next = run('search', '雲溪', '--json', '--limit', '2', '--cursor', tail.next as string);
    assert.notEqual(JSON.parse(next.out.split('\n')[0]!).id, lines[0]!.id);
  });

  it('should show highlighted hits, facets and explanations for people', () => {
    const r = run('search', '人才工作大会', '--facets', '--explain');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^2 hits/);
    assert.match(r.out, /云溪区召开【人才工作大会】/);
    assert.match(r.out, /why: headline/);
    assert.match(r.out, /page: 1 \(1\), 2 \(1\)/);
  });

  it('should stream every hit with --all', () => {
    const r = run('search', '区', '--all');
    const total = JSON.parse(run('search', '区', '--json', '--limit', '1').err).total as number;
    assert.equal(r.out.trim().split('\n').length, total);
  });

  it('should explain bad syntax and bad options without a stack trace', () => {
    const r = run('search', '"模速空间');
    assert.equal(r.code, 1);
    assert.match(r.err, /baoku search: the quote at character 1 is never closed/);
    assert.doesNotMatch(r.err, /at .*\.js/);
    assert.equal(run('search', '徐汇', '--sort', 'newest').code, 2);
    assert.equal(run('search').code, 2);
  });

  it('should rebuild the index', () => {
    const r = run('reindex');
    assert.equal(r.code, 0);
    assert.match(r.err, /indexed 11 articles/);
    assert.match(run('search', '苏晓岚').out, /^1 hit/);
  });
});
