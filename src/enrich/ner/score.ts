// Entity-level precision, recall and F1 (exact span and type), per type and overall, as conlleval counts.
import { NER_TYPES, type NerSpan, type NerType } from './corpus.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export type NerScore = Record<NerType | 'overall', Prf>;

export function scoreSpans(pairs: Iterable<{ gold: readonly NerSpan[]; predicted: readonly NerSpan[] }>): NerScore {
  const counts = Object.fromEntries([...NER_TYPES, 'overall'].map((t) => [t, { gold: 0, predicted: 0, correct: 0 }])) as Record<NerType | 'overall', { gold: number; predicted: number; correct: number }>;
  for (const { gold, predicted } of pairs) {
    const key = (s: NerSpan) => `${s.type}:${s.start}:${s.end}`;
    const goldKeys = new Set(gold.map(key));
    for (const s of gold) (counts[s.type].gold++, counts.overall.gold++);
    for (const s of predicted) {
      counts[s.type].predicted++;
      counts.overall.predicted++;
      if (goldKeys.has(key(s))) (counts[s.type].correct++, counts.overall.correct++);
    }
  }
  const prf = ({ gold, predicted, correct }: { gold: number; predicted: number; correct: number }): Prf => {
    const precision = predicted ? correct / predicted : 0;
    const recall = gold ? correct / gold : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold, predicted, correct };
  };
  return Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, prf(c)])) as NerScore;
}

export function formatScore(score: NerScore): string {
  const pct = (x: number) => (x * 100).toFixed(2).padStart(6);
  const lines = ['type      precision  recall      F1    gold  predicted'];
  for (const t of [...NER_TYPES, 'overall'] as const) {
    const s = score[t];
    lines.push(`${t.padEnd(8)} ${pct(s.precision)}   ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.gold).padStart(6)}  ${String(s.predicted).padStart(9)}`);
  }
  return lines.join('\n');
}
