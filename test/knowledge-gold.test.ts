// The knowledge layer against gold written by a careful reader (test/fixtures/knowledge/gold.json): prints
// precision, recall and F1 per kind of fact and holds each kind to the level it has reached, so a rule
// change that loses facts fails here. docs/knowledge.md records the numbers.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateKnowledge, type GoldSet } from '../src/cli/knowledge-eval.js';
import { formatScores, prf, type Kind } from '../src/knowledge/score.js';
import { repoRoot, seedDir } from './paths.js';

/** F1 each kind must keep over all sets (measured 2026-11-22; raise them as the rules improve). */
const floors: Record<Kind, number> = { people: 1, org: 0.9, place: 0.85, date: 0.95, figure: 0.97, 'figure+': 0.95 };

describe('knowledge against gold', () => {
  it('should keep precision and recall of every kind of fact at the level reached', () => {
    const { sets } = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/knowledge/gold.json'), 'utf8')) as { sets: GoldSet[] };
    const resolved = sets.map((s) => ({ ...s, dir: s.dir === '$seeds' ? s.dir : join(repoRoot, s.dir) }));
    const { total } = evaluateKnowledge(resolved, { seeds: seedDir });
    console.log(formatScores(total));
    for (const [kind, floor] of Object.entries(floors) as [Kind, number][]) {
      const { f1 } = prf(total[kind]);
      assert.ok(f1 >= floor, `${kind}: F1 ${f1.toFixed(3)} < ${floor}; missed ${total[kind].missed.join(', ')}; extra ${total[kind].extra.join(', ')}`);
    }
  });
});

describe('baoku knowledge-eval', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin', 'baoku.js'), 'knowledge-eval', ...args], { encoding: 'utf8', timeout: 60_000 });
  const dir = mkdtempSync(join(tmpdir(), 'baoku-gold-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('should print P/R/F1 per kind for a gold file and count what it misses', () => {
    const gold = join(dir, 'gold.json');
    const page = { file: '01.txt', dates: ['2025-03-06', '2025', '2027', '2024', '2025', '2027', '2025', '2025-03-07', '2025', '2024', '2025-03-08', '1999'] };
    writeFileSync(gold, JSON.stringify({ sets: [{ name: 'page one', dir: join(repoRoot, 'examples/yunxi-2025-03-10'), pages: [page] }] }));
    const r = run(gold);
    assert.equal(r.status, 0, r.stderr);
    // Eleven of the twelve dates are on the page; 1999 is not.
    assert.match(r.stdout, /^date\s+100\.0\s+91\.7\s+95\.7\s+12\s+11$/m);
  });

  it('should refuse a gold file it cannot read, with exit code 1', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    const r = run(bad);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.json/);
  });
});
