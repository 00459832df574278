import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fold } from './fold.js';
import { phraseList, slotList, type Slot } from './phrase.js';
import { planQuery, type TermNode } from './plan.js';
import { docTerms, type FieldWeights } from './postings.js';
import { SegmentBuilder } from './segment-builder.js';
import { parseQuery } from './query-parser.js';

const ALL: FieldWeights = [1, 1, 1, 1];
const noWords = { cut: () => [] };

/** Articles (id → body) as one segment, and a term's hits from it as the executor finds them. */
function index(bodies: Record<number, string>) {
  const b = new SegmentBuilder();
  const current = new Int32Array(100);
  for (const [id, body] of Object.entries(bodies)) {
    b.add(Number(id), docTerms(['', '', '', fold(body)], []));
    current[Number(id)] = 1;
  }
  const rows = new Map(b.entries().map(([token, blob, pos]) => [token, [{ seg: 1, blob, pos }]]));
  const tokens = [...rows.keys()];
  return (q: string) => {
    const t = planQuery(parseQuery(q), noWords).tree!.items[0] as TermNode;
    const slots: Slot[] = t.tokens.map((tok, i) => (t.prefix && i === t.tokens.length - 1 ? tokens.filter((k) => k.startsWith(tok)) : [tok]).map((k) => rows.get(k) ?? []));
    return [...(slots.length === 1 ? slotList(slots[0]!, ALL, current) : phraseList(slots, ALL, current)).ids];
  };
}

describe('phrases from positions', () => {
  const find = index({ 1: '徐汇区模速空间5月23日', 2: '模速，空间站 5 月', 3: '空间模速', 4: 'plus计划2024年 Plus' });

  it('should find exactly the articles where the term stands as a substring of the folded text', () => {
    for (const [q, ids] of [
      ['徐汇区', [1]], ['区模速空', [1]], ['模速空间', [1]], ['空间5', [1]], ['5月', [1, 2]], ['月23', [1]], ['23日', [1]],
      ['徐汇区模速空间5月23日', [1]], ['空间模速', [3]], ['模速', [1, 2, 3]], ['间', [1, 2, 3]], ['2024年', [4]], ['plus', [4]], ['pl', [4]],
      ['"计划2024"', [4]], ['徐區', []], ['汇徐', []], ['5日', []], ['速空间站', []],
    ] as const) assert.deepEqual(find(q), ids, q);
  });

  it('should count each occurrence of a phrase once per place it stands', () => {
    const count = index({ 7: '模速空间，模速空间和模速' });
    assert.deepEqual(count('模速空间'), [7]);
  });
});
