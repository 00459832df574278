// A character n-gram language model for judging which of two spellings reads as Chinese. Counts are kept by
// a 32-bit hash of the n-gram (collisions are rare at this size and only blur a count) in an open-addressing
// table; scores use stupid backoff, which needs only raw counts and ranks alternatives as well as smoothed
// models do (interpolated Dirichlet smoothing was tried: no better, 2.5x slower). The model file is written
// by scripts/build-char-lm.ts; see docs/repair.md for its sources.
import { readFileSync } from 'node:fs';
import { inflateSync, deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { toSimplified } from './fold.js';
import { isHan } from './han.js';

const MAGIC = 0x4d4c4b42; // "BKLM"
/** Counts are stored as round(Q · ln count): 8 bits reach counts of ~1.6 G within 4 %. */
const Q = 12;

export interface CharLm {
  order: number;
  /** Longest dictionary word the model holds (0: none). */
  maxWord: number;
  /** Sum of unigram counts. */
  total: number;
  /** ln total, and the log count of all dictionary words (under WORD): constants every score uses. */
  logTotal: number;
  logWords: number;
  keys: Uint32Array;
  /** Natural log of each key's count. */
  logs: Float32Array;
  mask: number;
  /** A key's home slot is its high bits (h >>> shift): the model's keys, stored sorted, then fill the table in order. */
  shift: number;
  /** One bit per value of a key's low FILTER_BITS bits, set where a key has them: most look-ups are of n-grams the
   * model never saw, and this answers those from 2 MB instead of the 32 MB table (which misses the CPU cache). */
  filter: Int32Array;
}

const FILTER_BITS = 24;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** Characters as the model sees them: digits and Latin letters as classes, ASCII punctuation as full-width. */
export function lmChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return '0';
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return 'a';
  if (c === 32 || c === 9 || c === 13 || c === 10 || c === 0x3000) return '\n';
  return ASCII_PUNCT[ch] ?? ch;
}

/** modelChar by UTF-16 unit: every page's text goes through it character by character. */
const foldCache: number[] = [];

function modelUnit(c: number): number {
  return (foldCache[c] ??= fold(String.fromCharCode(c)).charCodeAt(0));
}

function fold(ch: string): string {
  const s = isHan(ch) ? toSimplified(ch) : ch;
  return lmChar(s.length === ch.length ? s : ch);
}

/** One character in the model's alphabet: folded to simplified where that keeps it one character. */
export function modelChar(ch: string): string {
  return ch.length === 1 ? String.fromCharCode(modelUnit(ch.charCodeAt(0))) : fold(ch);
}

/** Text in the model's alphabet, unit for unit (same length, same offsets). */
export function modelText(text: string): string {
  const units = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) units[i] = modelUnit(text.charCodeAt(i));
  let m = '';
  for (let i = 0; i < units.length; i += 4096) m += String.fromCharCode(...units.slice(i, i + 4096));
  return m;
}

const ASCII_PUNCT: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？', '"': '“' };

const FNV_BASIS = 0x811c9dc5;

/** One UTF-16 unit into an FNV-1a state. */
function fnv(h: number, c: number): number {
  return Math.imul(Math.imul(h ^ (c & 0xff), 16777619) ^ (c >>> 8), 16777619);
}

/** An FNV state as a table key: never 0 (0 marks an empty slot). */
const key = (h: number) => h >>> 0 || 1;

/** FNV-1a over the UTF-16 units of s[from, to); never 0 (0 marks an empty slot). */
export function hashRange(s: string, from: number, to: number): number {
  let h = FNV_BASIS;
  for (let i = from; i < to; i++) h = fnv(h, s.charCodeAt(i));
  return key(h);
}

/**
 * The last table answers, by a key's low bits: the scorers ask for the same n-grams again and again within a few
 * characters (each candidate of a gap re-reads its neighbours' n-grams, overlapping windows re-read the text), and
 * a table probe is a cache miss in 32 MB. Only keys the filter lets through are kept (its misses are cheap).
 */
const RECENT = 1 << 10;
const recentKeys = new Uint32Array(RECENT);
const recentLogs = new Float64Array(RECENT);
let recentLm: CharLm | null = null;

function lookup(lm: CharLm, h: number): number {
  const f = h & FILTER_MASK;
  if ((lm.filter[f >>> 5]! & (1 << (f & 31))) === 0) return -Infinity;
  const r = h & (RECENT - 1);
  if (recentLm !== lm) (recentLm = lm), recentKeys.fill(0);
  else if (recentKeys[r] === h) return recentLogs[r]!;
  let at = h >>> lm.shift;
  let log = -Infinity;
  for (;;) {
    const k = lm.keys[at]!;
    if (k === h) {
      log = lm.logs[at]!;
      break;
    }
    if (k === 0) break;
    at = (at + 1) & lm.mask;
  }
  recentKeys[r] = h;
  recentLogs[r] = log;
  return log;
}

/** Natural log of the count of the n-gram s[from, to) (-Infinity: unseen or pruned). */
export function gramLog(lm: CharLm, s: string, from: number, to: number): number {
  return lookup(lm, hashRange(s, from, to));
}

/** gramLog of the two-unit string of code units a, b, without building it. */
export function pairLog(lm: CharLm, a: number, b: number): number {
  let h = Math.imul(0x811c9dc5 ^ (a & 0xff), 16777619);
  h = Math.imul(h ^ (a >>> 8), 16777619);
  h = Math.imul(h ^ (b & 0xff), 16777619);
  h = Math.imul(h ^ (b >>> 8), 16777619);
  return lookup(lm, h >>> 0 || 1);
}

/** A string's UTF-16 units, for scoring text with one unit changed without building strings. */
export function unitsOf(s: string): Uint16Array {
  const u = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

/**
 * Log score (stupid backoff) of each character of s[from, to) given the characters before it, summed.
 * `s` is in model characters (see lmChar); a '\n' marks a boundary and contexts do not reach past it.
 */
export function logScore(lm: CharLm, s: string, from: number, to: number): number {
  return logScoreUnits(lm, unitsOf(s), from, to);
}

/** logScore over UTF-16 units. */
export function logScoreUnits(lm: CharLm, u: Uint16Array, from: number, to: number): number {
  const { logTotal } = lm;
  let sum = 0;
  for (let j = from; j < to; j++) {
    let start = Math.max(0, j - lm.order + 1);
    for (let k = j - 1; k >= start; k--) {
      if (u[k] === 10) {
        start = k;
        break;
      }
    }
    const c = u[j]!;
    let penalty = 0;
    let score = NaN;
    for (let a = start; a <= j; a++) {
      // The context's hash, then the n-gram's as one more unit of it.
      let h = FNV_BASIS;
      for (let i = a; i < j; i++) h = fnv(h, u[i]!);
      const full = lookup(lm, key(fnv(h, c)));
      // An unseen n-gram backs off whatever its context; so does a context pruned away (or lost to a collision).
      if (full > -Infinity) {
        const ctx = a < j ? lookup(lm, key(h)) : logTotal;
        if (ctx > -Infinity) {
          score = penalty + Math.min(0, full - ctx);
          break;
        }
      }
      penalty += BACKOFF;
    }
    sum += Number.isNaN(score) ? penalty - logTotal : score;
  }
  return sum;
}

const BACKOFF = Math.log(0.4);

/** Dictionary words are stored beside the n-grams under this prefix; their total under the prefix alone. */
export const WORD = '\u0001';
/** FNV state after WORD, which starts every word's key. */
const WORD_BASIS = fnv(FNV_BASIS, 1);

/**
 * Log probability of the best segmentation of s[from, to) into dictionary words (a unigram word model, as
 * jieba segments) that prefers longer words: a character standing alone pays a penalty (more if no word holds
 * it), so the score drops where a character breaks a word; non-Han units are free (both readings share them).
 */
export function wordScore(lm: CharLm, s: string, from: number, to: number): number {
  wordScores(lm, unitsOf(s.slice(from, to)), to - from, -1, NO_VARIANT, one);
  return one[0]!;
}
const NO_VARIANT = [0];
const one = new Float64Array(1);

/** Work arrays of wordScores, grown as needed and reused (scoring is synchronous, never re-entered). */
let scratch = { single: new Float64Array(0), through: new Float64Array(0), first: new Int32Array(0), ends: new Int32Array(0), logs: new Float64Array(0), best: new Float64Array(0) };

function scratchFor(n: number, maxWord: number): typeof scratch {
  if (scratch.single.length < n + 1) {
    const words = (n + 1) * Math.max(1, maxWord);
    scratch = { single: new Float64Array(n + 1), through: new Float64Array(n + 1), first: new Int32Array(n + 1), ends: new Int32Array(words), logs: new Float64Array(words), best: new Float64Array(n + 1) };
  }
  return scratch;
}

/**
 * wordScore of the window u[0, n) read with each of `variants` at `at` (into `out`; at −1: as printed, one
 * variant): the look-ups of the words that leave `at` out are made once for all the variants, not once per variant.
 */
export function wordScores(lm: CharLm, u: Uint16Array, n: number, at: number, variants: ArrayLike<number>, out: Float64Array): void {
  const { logWords, logTotal, maxWord } = lm;
  const alone = (c: number, h: number) => {
    const word = lookup(lm, key(h));
    return Math.max(word > -Infinity ? word - logWords : lookup(lm, key(fnv(FNV_BASIS, c))) - logTotal + UNKNOWN_CHAR, -logTotal);
  };
  // For each Han unit but `at`: its score standing alone, and the words from it that do not hold `at` (lists by
  // start: ends[first[j] … first[j + 1]) and their log counts); for a start before `at`, the word hash up to `at`
  // when a word through it may follow (NaN: none).
  const { single, through, first, ends, logs, best } = scratchFor(n, maxWord);
  let count = 0;
  for (let j = 0; j < n; j++) {
    first[j] = count;
    through[j] = NaN;
    const c = u[j]!;
    if (j === at || c < 0x3400) continue;
    let h = fnv(WORD_BASIS, c);
    single[j] = alone(c, h);
    const last = Math.min(n, j + maxWord);
    let k = j + 2;
    for (; k <= (j < at ? Math.min(last, at) : last); k++) {
      const ck = u[k - 1]!;
      if (ck < 0x3400) break;
      h = fnv(h, ck);
      const w = lookup(lm, key(h));
      if (w > -Infinity) {
        ends[count] = k;
        logs[count++] = w;
      }
    }
    if (j < at && k > at && at < last) through[j] = h;
  }
  first[n] = count;
  for (let v = 0; v < variants.length; v++) {
    const x = variants[v]!;
    best.fill(-Infinity, 0, n + 1);
    best[0] = 0;
    for (let j = 0; j < n; j++) {
      const here = best[j]!;
      const c = j === at ? x : u[j]!;
      if (c < 0x3400) {
        best[j + 1] = Math.max(best[j + 1]!, here);
        continue;
      }
      // Words from `at` itself, or through it from a start before.
      let h = j === at ? fnv(WORD_BASIS, c) : through[j]!;
      best[j + 1] = Math.max(best[j + 1]!, here + (j === at ? alone(c, h) : single[j]!) + SINGLE);
      for (let e = first[j]!; e < first[j + 1]!; e++) best[ends[e]!] = Math.max(best[ends[e]!]!, here + logs[e]! - logWords);
      if (Number.isNaN(h)) continue;
      for (let k = Math.max(j + 2, at + 1); k <= Math.min(n, j + maxWord); k++) {
        const ck = k - 1 === at ? x : u[k - 1]!;
        if (ck < 0x3400) break;
        h = fnv(h, ck);
        const w = lookup(lm, key(h));
        if (w > -Infinity) best[k] = Math.max(best[k]!, here + w - logWords);
      }
    }
    out[v] = best[n]!;
  }
}

/** A character standing alone, as a one-character word or outside every dictionary word. */
const SINGLE = Math.log(0.1);
const UNKNOWN_CHAR = Math.log(0.1);

export function encodeCharLm(counts: ReadonlyMap<string, number>, order: number, total: number, maxWord = 0): Buffer {
  const byHash = new Map<number, number>();
  for (const [gram, n] of counts) {
    const h = hashRange(gram, 0, gram.length);
    byHash.set(h, (byHash.get(h) ?? 0) + n);
  }
  const hashes = [...byHash.keys()].sort((a, b) => a - b);
  const head = Buffer.alloc(16);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(order | (maxWord << 8), 4);
  head.writeUInt32LE(hashes.length, 8);
  head.writeUInt32LE(total, 12);
  // Sorted hashes as varint deltas, then one quantised log count per hash.
  const deltas: number[] = [];
  let prev = 0;
  for (const h of hashes) {
    let d = h - prev;
    prev = h;
    while (d >= 0x80) {
      deltas.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    deltas.push(d);
  }
  const q = Uint8Array.from(hashes, (h) => Math.min(255, Math.round(Q * Math.log(byHash.get(h)!))));
  return deflateSync(Buffer.concat([head, Buffer.from(deltas), Buffer.from(q)]), { level: 9 });
}

export function decodeCharLm(file: Uint8Array): CharLm {
  const buf = inflateSync(file);
  if (buf.readUInt32LE(0) !== MAGIC) throw new Error('not a baoku character model');
  const order = buf.readUInt32LE(4) & 0xff;
  const maxWord = buf.readUInt32LE(4) >>> 8;
  const n = buf.readUInt32LE(8);
  const total = buf.readUInt32LE(12);
  let size = 1;
  while (size < n * 2) size <<= 1;
  const keys = new Uint32Array(size);
  const logs = new Float32Array(size);
  const mask = size - 1;
  const shift = 32 - Math.log2(size);
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  let at = 16;
  let h = 0;
  const qAt = buf.length - n;
  for (let i = 0; i < n; i++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = buf[at++]!;
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    h += d;
    let slot = h >>> shift;
    while (keys[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = h;
    logs[slot] = buf[qAt + i]! / Q;
    filter[(h & FILTER_MASK) >>> 5]! |= 1 << (h & 31);
  }
  const lm = { order, maxWord, total, logTotal: Math.log(total), logWords: 0, keys, logs, mask, shift, filter };
  lm.logWords = lookup(lm, hashRange(WORD, 0, 1));
  return lm;
}

let shipped: CharLm | null = null;

export const shippedLmPath = fileURLToPath(new URL('../../../models/char-lm.bin', import.meta.url));

/** The model shipped in models/char-lm.bin, loaded once per process (~0.2 s). */
export function charLm(): CharLm {
  shipped ??= decodeCharLm(readFileSync(shippedLmPath));
  return shipped;
}
