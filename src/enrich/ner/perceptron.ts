// A character-level sequence tagger: a structured averaged perceptron over BIO tags with Viterbi decoding
// (Collins 2002). Small, deterministic (seeded shuffle), fast enough to train in a minute or two on the shared
// data and to tag at ingest speed. Tags: O, B-/I- PER, LOC, ORG; I-X may only follow B-X or I-X.
import { NER_TYPES, spansOf, tagsOf, type NerSentence, type NerSpan } from './corpus.js';
import { BUCKET_BITS, DOMAINS, domainBucket, sentenceFeatures, SLOTS } from './features.js';
import { seededRandom } from '../../text/random.js';

export const TAGS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
const T = TAGS.length;
/** Each feature's weights take 8 slots (7 tags and one unused): a row is 8 or 16 bytes, never across a cache line. */
export const STRIDE = 8;
if (T > STRIDE) throw new Error('emissions() reads 7 tags a row');
const ROWS = 2 ** BUCKET_BITS;
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
  /** ROWS × STRIDE emission weights, one row per hashed feature (features.ts); row 0 (no feature) is all 0. */
  weights: Float32Array | Int8Array;
  /** What one unit of `weights` is worth (quantised models store small integers). */
  scale: number;
  /** (T + 1) × T transition weights; row T is the sentence start. */
  transitions: Float32Array;
  /** Set when the model was specialised to one convention: its rows already add that convention's weights. */
  domain?: string;
}

/**
 * The model for one convention only: each row plus that convention's copy of it, half the lookups. A quantised
 * model stays int8 (the sums are quantised again, with their own scale), so the table stays small in cache.
 */
export function specialise(model: NerModel, domain: string): NerModel {
  const d = domainId(domain);
  const w = model.weights;
  const sum = new Float32Array(w.length);
  let max = 0;
  for (let row = 1; row < ROWS; row++) {
    const at = row * STRIDE;
    const own = d > 0 ? domainBucket(row, d) * STRIDE : 0; // row 0 is all 0
    for (let t = 0; t < T; t++) {
      const x = w[at + t]! + w[own + t]!;
      sum[at + t] = x;
      if (x > max) max = x;
      else if (-x > max) max = -x;
    }
  }
  if (w instanceof Float32Array) return { weights: sum, scale: model.scale, transitions: model.transitions, domain };
  const requantise = max / 127 || 1;
  const out = new Int8Array(w.length);
  for (let k = 0; k < sum.length; k++) out[k] = Math.round(sum[k]! / requantise);
  return { weights: out, scale: model.scale * requantise, transitions: model.transitions, domain };
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
  // Each character's rows: its shared features, then (for a sentence with a convention) that convention's copies.
  const data = sentences.map((s) => {
    const shared = sentenceFeatures(s.text);
    const d = domainId(s.domain);
    const ids = new Int32Array(shared.length * (d > 0 ? 2 : 1));
    const width = d > 0 ? 2 * SLOTS : SLOTS;
    for (let i = 0; i < s.text.length; i++) {
      for (let k = 0; k < SLOTS; k++) {
        const row = shared[i * SLOTS + k]!;
        ids[i * width + k] = row;
        if (d > 0) ids[i * width + SLOTS + k] = row ? domainBucket(row, d) : 0;
      }
    }
    return { ids, width, gold: tagsOf(s).map((t) => TAG_INDEX.get(t)!) };
  });
  const counts = new Uint32Array(ROWS);
  for (const { ids } of data) for (const row of ids) counts[row]!++;
  for (const { ids } of data) for (let k = 0; k < ids.length; k++) if (counts[ids[k]!]! < minCount) ids[k] = 0;

  const weights = new Float64Array(ROWS * STRIDE);
  const acc = new Float64Array(ROWS * STRIDE);
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
      const { ids, width, gold } = data[k]!;
      const predicted = viterbi(emissions(ids, width, gold.length, weights, 1), transitions);
      let wrong = false;
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i]!;
        const p = predicted[i]!;
        const gPrev = i === 0 ? T : gold[i - 1]!;
        const pPrev = i === 0 ? T : predicted[i - 1]!;
        if (g !== p) {
          wrong = true;
          for (let s = i * width; s < (i + 1) * width; s++) {
            const row = ids[s]!;
            if (row === 0) continue;
            weights[row * STRIDE + g]! += 1;
            acc[row * STRIDE + g]! += step;
            weights[row * STRIDE + p]! -= 1;
            acc[row * STRIDE + p]! -= step;
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
  return { weights: average(weights, acc), scale: 1, transitions: average(transitions, transAcc) };
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
  let ids = sentenceFeatures(text);
  let width = SLOTS;
  const d = model.domain === undefined ? domainId(domain) : 0;
  if (d > 0) {
    // A general model: each feature's shared row and its convention's row.
    const both = new Int32Array(ids.length * 2);
    for (let i = 0; i < text.length; i++) {
      for (let k = 0; k < SLOTS; k++) {
        const row = ids[i * SLOTS + k]!;
        both[i * 2 * SLOTS + k] = row;
        both[i * 2 * SLOTS + SLOTS + k] = row ? domainBucket(row, d) : 0;
      }
    }
    [ids, width] = [both, 2 * SLOTS];
  }
  const tags = viterbi(emissions(ids, width, text.length, model.weights, model.scale), model.transitions);
  return spansOf(tags.map((t) => TAGS[t]!));
}

function emissions(ids: Int32Array, width: number, n: number, weights: ArrayLike<number>, scale: number): Float64Array {
  const emit = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0; // prettier-ignore
    for (let s = i * width; s < (i + 1) * width; s++) {
      const base = ids[s]! * STRIDE;
      if (base === 0) continue;
      e0 += weights[base]!;
      e1 += weights[base + 1]!;
      e2 += weights[base + 2]!;
      e3 += weights[base + 3]!;
      e4 += weights[base + 4]!;
      e5 += weights[base + 5]!;
      e6 += weights[base + 6]!;
    }
    const o = i * T;
    emit[o] = e0 * scale;
    emit[o + 1] = e1 * scale;
    emit[o + 2] = e2 * scale;
    emit[o + 3] = e3 * scale;
    emit[o + 4] = e4 * scale;
    emit[o + 5] = e5 * scale;
    emit[o + 6] = e6 * scale;
  }
  return emit;
}

/** For each tag, the tags that may come before it (I-X only after B-X or I-X). */
const PREVIOUS: Int8Array[] = TAGS.map((_, b) => Int8Array.from(TAGS.keys()).filter((a) => allowed[a * T + b]));

/** The best tag sequence under the transition constraints, given per-character tag scores. */
function viterbi(emit: Float64Array, transitions: ArrayLike<number>): number[] {
  const n = emit.length / T;
  if (n === 0) return [];
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowed[T * T + t] ? emit[t]! + transitions[T * T + t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const before = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      const previous = PREVIOUS[t]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < previous.length; k++) {
        const p = previous[k]!;
        const s = score[before + p]! + transitions[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
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
