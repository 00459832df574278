// Baoku's own posting lists: for every folded Han character and every pair of neighbouring Han characters
// (and every jieba word of headline, deck and names), the articles holding it with how often it stands in
// each field. They answer what FTS5 answers slowly once a term is common (a 1- or 2-character query matches
// most of a large archive): the exact count is a list's length, BM25 and facets are loops over typed arrays.
//
// Pure and backend-neutral. A list is stored as segments; a segment's blob is, per article in ascending id
// order: varint(id - previous id), varint(body tf << 3 | mask of headline 1, deck 2, names 4), then a varint
// tf for each field in the mask. Word lists put the tf where the body's goes. SQLite keeps the blobs in
// search_postings (postings-sqlite.ts); PostgreSQL can keep the same blobs in a bytea column.

/** Fields of a posting, in blob order (body last: it is in the head varint). */
export const FIELDS = ['headline', 'deck', 'names', 'body'] as const;
export type Field = (typeof FIELDS)[number];
/** Words (jieba, headline + deck + names) live in the same table under this prefix. */
export const WORD_PREFIX = '\u0001';

/** A token while indexing: a number for BMP Han characters and pairs (no string made per token), else its text. */
export type TokenKey = number | string;

/** Term frequencies of one article: keys[i] has frequencies tf[4i … 4i+3] for [headline, deck, names, body]. */
export interface DocTerms {
  keys: TokenKey[];
  tf: Int32Array;
}

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
// BMP Han code points in a dense range (3400–9FFF, then F900–FAFF), so a pair is one small integer.
const SPAN = 0x9fff - 0x3400 + 1 + 0x200;
const dense = (c: number) => (c <= 0x9fff ? c - 0x3400 : c - 0xf900 + 0x9fff - 0x3400 + 1);
const codeOf = (d: number) => (d <= 0x9fff - 0x3400 ? d + 0x3400 : d - (0x9fff - 0x3400 + 1) + 0xf900);

/** The text of a token key (what search_postings stores). */
export function tokenText(key: TokenKey): string {
  if (typeof key === 'string') return key;
  return key < SPAN ? String.fromCharCode(codeOf(key)) : String.fromCharCode(codeOf(Math.floor((key - SPAN) / SPAN)), codeOf((key - SPAN) % SPAN));
}

/**
 * Han unigrams and bigrams of folded fields (indexed by FIELDS order), and the words of the words column.
 * Astral Han characters (surrogate pairs) count as one character.
 */
export function docTerms(fields: readonly string[], words: readonly string[]): DocTerms {
  const slots = new Map<TokenKey, number>();
  const keys: TokenKey[] = [];
  let tf = new Int32Array(256);
  const add = (key: TokenKey, field: number) => {
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = keys.push(key) - 1;
      slots.set(key, slot);
      if (slot * 4 + 4 > tf.length) {
        const grown = new Int32Array(tf.length * 2);
        grown.set(tf);
        tf = grown;
      }
    }
    tf[slot * 4 + field]!++;
  };
  fields.forEach((text, field) => {
    let prev: TokenKey = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let key: TokenKey;
      if (isHan(c)) key = dense(c);
      else if (c >= 0xd840 && c <= 0xd8bf && i + 1 < text.length) key = text.slice(i, ++i + 1); // CJK Ext B–F
      else {
        prev = -1;
        continue;
      }
      add(key, field);
      if (prev !== -1) add(typeof prev === 'number' && typeof key === 'number' ? SPAN + prev * SPAN + key : tokenText(prev) + tokenText(key), field);
      prev = key;
    }
  });
  for (const w of words) add(WORD_PREFIX + w, 3);
  return { keys, tf: tf.subarray(0, keys.length * 4) };
}

/** The key of a query token (a Han character or pair, or a words-list token) as docTerms makes it. */
export function tokenKey(token: string): TokenKey {
  const a = token.charCodeAt(0);
  if (token.length === 1 && isHan(a)) return dense(a);
  const b = token.charCodeAt(1);
  if (token.length === 2 && isHan(a) && isHan(b)) return SPAN + dense(a) * SPAN + dense(b);
  return token;
}

/** Growing byte buffer of one token's postings in one segment. */
class ListBuilder {
  bytes = new Uint8Array(8);
  length = 0;
  last = 0;
  push(v: number) {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }
}

/** Postings of a batch of articles (ascending ids), becoming one segment. */
export class SegmentBuilder {
  readonly lists = new Map<TokenKey, ListBuilder>();
  docs = 0;
  bytes = 0;

  add(id: number, terms: DocTerms): void {
    this.docs++;
    const { keys, tf } = terms;
    for (let k = 0; k < keys.length; k++) {
      let list = this.lists.get(keys[k]!);
      if (!list) this.lists.set(keys[k]!, (list = new ListBuilder()));
      const before = list.length;
      if (id <= list.last) throw new Error(`postings must be added in ascending id order (${id} after ${list.last})`);
      list.push(id - list.last);
      list.last = id;
      const h = tf[4 * k]!;
      const d = tf[4 * k + 1]!;
      const n = tf[4 * k + 2]!;
      list.push((tf[4 * k + 3]! << 3) | (h > 0 ? 1 : 0) | (d > 0 ? 2 : 0) | (n > 0 ? 4 : 0));
      if (h > 0) list.push(h);
      if (d > 0) list.push(d);
      if (n > 0) list.push(n);
      this.bytes += list.length - before;
    }
  }

  /** Token texts with their postings, characters then pairs then the rest, each in order (few b-tree page splits). */
  entries(): [string, Uint8Array][] {
    const numbers = new Float64Array(this.lists.size);
    const texts: string[] = [];
    let n = 0;
    for (const key of this.lists.keys()) typeof key === 'number' ? (numbers[n++] = key) : texts.push(key);
    const out: [string, Uint8Array][] = [];
    const emit = (key: TokenKey) => {
      const list = this.lists.get(key)!;
      out.push([tokenText(key), list.bytes.subarray(0, list.length)]);
    };
    for (const key of numbers.subarray(0, n).sort()) emit(key);
    for (const key of texts.sort()) emit(key);
    return out;
  }
}

/** Weights of a field set when decoding: [headline, deck, names, body]. */
export type FieldWeights = readonly [number, number, number, number];

/** A decoded list: article ids ascending, with the weighted term frequency of each (> 0). */
export interface DecodedList {
  ids: Int32Array;
  freq: Float32Array;
}

/**
 * Decode segments (in any order) into one list, keeping only postings whose article's current segment
 * (`current[id]`) is the one they came from (re-indexed and deleted articles leave stale postings behind)
 * and that have a weighted frequency above 0 (a field filter).
 */
export function decodeSegments(segments: readonly { seg: number; blob: Uint8Array }[], weights: FieldWeights, current: Int32Array): DecodedList {
  let cap = 0;
  for (const s of segments) cap += s.blob.length >> 1; // at least 2 bytes per posting
  let ids = new Int32Array(Math.max(cap, 1));
  let freq = new Float32Array(ids.length);
  let n = 0;
  let sorted = true;
  const [wh, wd, wn, wb] = weights;
  for (const { seg, blob } of segments) {
    let at = 0;
    let id = 0;
    const read = () => {
      let b = blob[at++]!;
      let v = b & 0x7f;
      for (let shift = 7; b & 0x80; shift += 7) (b = blob[at++]!), (v += (b & 0x7f) * 2 ** shift);
      return v;
    };
    while (at < blob.length) {
      id += read();
      const head = read();
      let f = Math.floor(head / 8) * wb;
      if (head & 1) f += read() * wh;
      if (head & 2) f += read() * wd;
      if (head & 4) f += read() * wn;
      if (f <= 0 || current[id] !== seg) continue;
      if (n > 0 && id <= ids[n - 1]!) sorted = false;
      ids[n] = id;
      freq[n++] = f;
    }
  }
  ids = ids.subarray(0, n);
  freq = freq.subarray(0, n);
  if (!sorted) {
    const order = Array.from(ids.keys()).sort((a, b) => ids[a]! - ids[b]!);
    ids = Int32Array.from(order, (i) => ids[i]!);
    freq = Float32Array.from(order, (i) => freq[i]!);
  }
  return { ids, freq };
}
