// A character-level sequence tagger: a structured averaged perceptron over BIO tags with Viterbi decoding
// (Collins 2002). Small, deterministic (seeded shuffle), fast enough to train in a minute on the shared data
// and to tag at ingest speed. Tags: O, B-/I- PER, LOC, ORG; I-X may only follow B-X or I-X.
import { NER_TYPES, spansOf, tagsOf, type NerSentence, type NerSpan } from './corpus.js';
import { DOMAINS, sentenceFeatures } from './features.js';
import { KeyTable, type FeatureIndex } from './key-table.js';
import { seededRandom } from '../../text/random.js';

export const TAGS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
const T = TAGS.length;
const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));
/** allowed[a * T + b]: may tag b follow tag a (a = T is the sentence start)? */
const allowed = new Uint8Array((T + 1) * T);
for (let a = 0; a <= T; a++) {
  for (let b = 0; b < T; b++) {
    const tb = TAGS[b]!;
    const ta = a < T ? TAGS[a]! : 'O';
    allowed[a * T + b] = tb.startsWith('I-') ? Number(ta !== 'O' && ta.slice(2) === tb.slice(2)) : 1;
  }
}

export interface NerModel {
  /** Feature key (features.ts) → row of `weights`. */
  features: FeatureIndex;
  /** features.size × T emission weights. */
  weights: Float32Array;
  /** (T + 1) × T transition weights; row T is the sentence start. */
  transitions: Float32Array;
  /** Set when the model was specialised to one convention: its rows already add that convention's weights. */
  domain?: string;
}

/** The model for one convention only: each shared feature's row plus that convention's copy, half the lookups. */
export function specialise(model: NerModel, domain: string): NerModel {
  const d = domainId(domain) * 64 * 2 ** 40;
  const table = new KeyTable(model.features.size);
  const rows: number[] = [];
  for (const [key, row] of model.features.entries()) {
    if (key >= 64 * 2 ** 40) continue; // a convention's copy: folded into its shared feature below
    const own = d > 0 ? model.features.get(key + d) : undefined;
    table.set(key, rows.length / T);
    for (let t = 0; t < T; t++) rows.push(model.weights[row * T + t]! + (own === undefined ? 0 : model.weights[own * T + t]!));
  }
  return { features: table, weights: Float32Array.from(rows), transitions: model.transitions, domain };
}

export interface TrainOptions {
  epochs?: number;
  /** Features seen fewer times than this in the training data are dropped. */
  minCount?: number;
  seed?: number;
  /** Called after each epoch (progress output in the training script). */
  onEpoch?: (epoch: number, mistakes: number) => void;
}

export function trainPerceptron(sentences: readonly NerSentence[], options: TrainOptions = {}): NerModel {
  const { epochs = 8, minCount = 2, seed = 1, onEpoch } = options;
  const counts = new Map<number, number>();
  const featured = sentences.map((s) => ({ feats: sentenceFeatures(s.text, domainId(s.domain)), gold: tagsOf(s).map((t) => TAG_INDEX.get(t)!) }));
  for (const { feats } of featured) for (const list of feats) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = new Map<number, number>();
  for (const [f, n] of counts) if (n >= minCount) features.set(f, features.size);
  counts.clear();
  const data = featured.map(({ feats, gold }) => ({ ids: feats.map((list) => Int32Array.from(list.map((f) => features.get(f) ?? -1).filter((id) => id >= 0))), gold }));

  const weights = new Float64Array(features.size * T);
  const acc = new Float64Array(features.size * T);
  const transitions = new Float64Array((T + 1) * T);
  const transAcc = new Float64Array((T + 1) * T);
  let step = 1;
  const random = seededRandom(seed);
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const k of order) {
      const { ids, gold } = data[k]!;
      const predicted = viterbi(emissions(ids, weights), transitions);
      let wrong = false;
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i]!;
        const p = predicted[i]!;
        const gPrev = i === 0 ? T : gold[i - 1]!;
        const pPrev = i === 0 ? T : predicted[i - 1]!;
        if (g !== p) {
          wrong = true;
          for (const f of ids[i]!) {
            weights[f * T + g]! += 1;
            acc[f * T + g]! += step;
            weights[f * T + p]! -= 1;
            acc[f * T + p]! -= step;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          transitions[gPrev * T + g]! += 1;
          transAcc[gPrev * T + g]! += step;
          transitions[pPrev * T + p]! -= 1;
          transAcc[pPrev * T + p]! -= step;
        }
      }
      if (wrong) mistakes++;
      step++;
    }
    onEpoch?.(epoch, mistakes);
  }
  // Averaged weights: w − acc / step (the lazy form of averaging every step's weights).
  const average = (w: Float64Array, a: Float64Array) => Float32Array.from(w, (x, i) => x - a[i]! / step);
  return { features, weights: average(weights, acc), transitions: average(transitions, transAcc) };
}

/**
 * Sentences carry their annotation convention: each feature then has a shared copy and one for the convention
 * ("frustratingly easy" domain adaptation, Daumé 2007). CLUENER leaves 中国 unmarked where People's Daily
 * marks it LOC; the shared weights learn what both agree on.
 */
function domainId(domain: string | undefined): number {
  return domain ? (DOMAINS[domain] ?? 0) : 0;
}

/** Spans the model finds in `text`, read in the convention of `domain` (news: People's Daily's). */
export function tagText(model: NerModel, text: string, domain: string | undefined = 'news'): NerSpan[] {
  if (text.length === 0) return [];
  if (model.domain !== undefined && model.domain !== domain) throw new Error(`this model reads ${model.domain}, not ${domain}`);
  const feats = sentenceFeatures(text, model.domain !== undefined ? 0 : domainId(domain));
  const emit = new Float64Array(feats.length * T);
  for (let i = 0; i < feats.length; i++) {
    for (const key of feats[i]!) {
      const row = model.features.get(key);
      if (row === undefined) continue;
      for (let t = 0; t < T; t++) emit[i * T + t]! += model.weights[row * T + t]!;
    }
  }
  return spansOf(viterbi(emit, model.transitions).map((t) => TAGS[t]!));
}

function emissions(ids: readonly ArrayLike<number>[], weights: ArrayLike<number>): Float64Array {
  const emit = new Float64Array(ids.length * T);
  for (let i = 0; i < ids.length; i++) {
    const list = ids[i]!;
    for (let k = 0; k < list.length; k++) {
      const base = list[k]! * T;
      for (let t = 0; t < T; t++) emit[i * T + t]! += weights[base + t]!;
    }
  }
  return emit;
}

/** The best tag sequence under the transition constraints, given per-character tag scores. */
function viterbi(emit: Float64Array, transitions: ArrayLike<number>): number[] {
  const n = emit.length / T;
  if (n === 0) return [];
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < T; t++) {
      if (i === 0) {
        score[t] = allowed[T * T + t] ? emit[t]! + transitions[T * T + t]! : -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed[p * T + t]) continue;
        const s = score[(i - 1) * T + p]! + transitions[p * T + t]!;
        if (s > best) [best, arg] = [s, p];
      }
      score[i * T + t] = best + emit[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t]! > score[(n - 1) * T + last]!) last = t;
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * T + last]!;
  }
  return tags;
}
