// The knowledge layer against gold written by a careful reader (test/fixtures/knowledge/gold.json): prints
// precision, recall and F1 per kind of fact and holds each kind to the level it has reached, so a rule
// change that loses facts fails here. docs/knowledge.md records the numbers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
