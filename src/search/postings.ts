// Baoku's own posting lists, the whole index: for every folded Han character, every pair of neighbouring Han
// characters and every run of letters and digits, the articles holding it with how often it stands in each
// field and where; and the jieba words of headline, deck and names and their pinyin, for ranking. The exact
// count of a 1- or 2-character term is a list's length; a longer term or phrase is the pairs' lists
// intersected and checked position by position (phrase.ts); BM25 and facets are loops over typed arrays.
//
// Pure and backend-neutral. A list is stored as segments; a segment's blob is, per article in ascending id
// order: varint(id - previous id), varint(body tf << 3 | mask of headline 1, deck 2, names 4), then a varint
// tf for each field in the mask. Word and pinyin lists put the tf where the body's goes. Positional tokens
// have a second blob, aligned with the first: per posting, for each field with tf > 0 (headline, deck,
// names, body), tf varints of the positions inside the field as gaps. SQLite keeps both blobs in a row of
// search_postings (postings-sqlite.ts), a long list's positions cut into chunks of POS_CHUNK postings in
// rows of search_positions; PostgreSQL can keep them in bytea columns.
import { classOf, HAN, WORD } from './tokens.js';

/** Fields of a posting, in blob order (body last: it is in the head varint). */
export const FIELDS = ['headline', 'deck', 'names', 'body'] as const;
export type Field = (typeof FIELDS)[number];
/** Jieba words of headline, deck and names (ranking only, no positions) live in the same table under this prefix. */
export const WORD_PREFIX = '\u0001';
/** Runs of letters and digits of any field (recall, with positions), e.g. `\u0002plus`, `\u00022024`. */
export const TEXT_PREFIX = '\u0002';
/** Pinyin of headline words and names (`\u0003xuhui`, `\u0003xh`), matched as prefixes; no positions. */
export const PINYIN_PREFIX = '\u0003';
/** A position is the field's index shifted by this many bits over the position inside the field. */
export const FIELD_SHIFT = 22;

/** A token while indexing: a number for BMP Han characters and pairs (no string made per token), else its text. */
export type TokenKey = number | string;

/**
 * Term frequencies and positions of one article: keys[i] has frequencies tf[4i … 4i+3] for [headline, deck,
 * names, body] and, when it is a positional token, its positions as a chain: first[i], then next[…], each in
 * pos[…] (field by field, ascending). Every Han character and every run of letters and digits takes one
 * position in its field; a pair takes the position of its first character.
 */
export interface DocTerms {
  keys: TokenKey[];
  tf: Int32Array;
  first: Int32Array;
  next: Int32Array;
  pos: Int32Array;
  /** Tokens over every field, words and pinyin (the article's length for BM25). */
  length: number;
}

const isDense = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
// BMP Han code points in a dense range (3400–9FFF, then F900–FAFF), so a pair is one small integer.
/** Keys below SPAN are characters; a pair is SPAN + first × SPAN + second. */
export const SPAN = 0x9fff - 0x3400 + 1 + 0x200;
const dense = (c: number) => (c <= 0x9fff ? c - 0x3400 : c - 0xf900 + 0x9fff - 0x3400 + 1);
const codeOf = (d: number) => (d <= 0x9fff - 0x3400 ? d + 0x3400 : d - (0x9fff - 0x3400 + 1) + 0xf900);

/** The text of a token key (what search_postings stores). */
export function tokenText(key: TokenKey): string {
  if (typeof key === 'string') return key;
  return key < SPAN ? String.fromCharCode(codeOf(key)) : String.fromCharCode(codeOf(Math.floor((key - SPAN) / SPAN)), codeOf((key - SPAN) % SPAN));
}

/** Whether a token's postings carry positions (Han characters, pairs, letter and digit runs): all but words and pinyin. */
export const positional = (token: string) => token[0] !== WORD_PREFIX && token[0] !== PINYIN_PREFIX;

/**
 * Han characters, pairs of neighbouring Han characters and runs of letters and digits of folded fields
 * (indexed by FIELDS order) with their positions, and the words and pinyin tokens (no positions). Characters
 * are classed as tokens.ts classes them, so the index and the query split text the same way.
 */
export function docTerms(fields: readonly string[], words: readonly string[], pinyin: readonly string[] = []): DocTerms {
  const slots = new Map<TokenKey, number>();
  const keys: TokenKey[] = [];
  let tf: Int32Array<ArrayBuffer> = new Int32Array(256);
  let first: Int32Array<ArrayBuffer> = new Int32Array(64);
  let last = new Int32Array(64);
  let next = new Int32Array(1024);
  let pos = new Int32Array(1024);
  let occ = 0;
  let length = 0;
  const add = (key: TokenKey, field: number, at: number) => {
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = keys.push(key) - 1;
      slots.set(key, slot);
      if (slot * 4 + 4 > tf.length) tf = grow(tf, tf.length * 2);
      if (slot >= first.length) (first = grow(first, first.length * 2)), (last = grow(last, last.length * 2));
      first[slot] = -1;
    }
    tf[slot * 4 + field]!++;
    if (at < 0) return;
    if (occ >= pos.length) (pos = grow(pos, pos.length * 2)), (next = grow(next, next.length * 2));
    pos[occ] = at;
    next[occ] = -1;
    if (first[slot] === -1) first[slot] = occ;
    else next[last[slot]!] = occ;
    last[slot] = occ++;
  };
  fields.forEach((text, field) => {
    let prev: TokenKey = -1;
    let at = 0;
    let wordStart = -1;
    for (let i = 0; i <= text.length; ) {
      const c = i < text.length ? text.charCodeAt(i) : 0x20;
      const dense1 = isDense(c);
      const cp = dense1 || c < 0xd800 || c > 0xdbff ? c : text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const k = dense1 ? HAN : classOf(cp);
      if (k !== WORD && wordStart >= 0) {
        add(TEXT_PREFIX + text.slice(wordStart, i), field, at++);
        wordStart = -1;
      }
      if (k === HAN) {
        const key: TokenKey = dense1 ? dense(c) : text.slice(i, i + width);
        add(key, field, at);
        if (prev !== -1) add(typeof prev === 'number' && typeof key === 'number' ? SPAN + prev * SPAN + key : tokenText(prev) + tokenText(key), field, at - 1);
        prev = key;
        at++;
      } else {
        prev = -1;
        if (k === WORD && wordStart < 0) wordStart = i;
      }
      i += width;
    }
    length += at;
  });
  for (const w of words) add(WORD_PREFIX + w, 3, -1);
  for (const p of pinyin) add(PINYIN_PREFIX + p, 3, -1);
  length += words.length + pinyin.length;
  return { keys, tf: tf.subarray(0, keys.length * 4), first, next, pos, length };
}

export function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** The key of a query token (a Han character or pair, or a prefixed token) as docTerms makes it. */
export function tokenKey(token: string): TokenKey {
  const a = token.charCodeAt(0);
  if (token.length === 1 && isDense(a)) return dense(a);
  const b = token.charCodeAt(1);
  if (token.length === 2 && isDense(a) && isDense(b)) return SPAN + dense(a) * SPAN + dense(b);
  return token;
}

/** Postings per chunk of a long list's positions (a phrase reads the chunks its candidates are in). */
export const POS_CHUNK = 128;
/** A list whose positions take more bytes than this has them in chunks. */
export const CHUNK_ABOVE = 4096;

/** Where chunks 1, 2, … of a list's positions start in its positions blob (every POS_CHUNK postings). */
export function chunkStarts(blob: Uint8Array, pos: Uint8Array): number[] {
  const starts: number[] = [];
  const cur = new PostingCursor(blob, pos);
  for (let n = 0; cur.next(); n++) if (n > 0 && n % POS_CHUNK === 0) starts.push(cur.posStart);
  return starts;
}

/**
 * Pushes one posting's positions (field << FIELD_SHIFT | position in field, ascending) onto `out`: `tf` per
 * field, read from `bytes` at `at`; returns where they end.
 */
export function readPositions(bytes: Uint8Array, at: number, tf: Int32Array, out: number[]): number {
  for (let f = 0; f < 4; f++) {
    let v = 0;
    for (let c = tf[f]!; c > 0; c--) {
      let x = bytes[at++]!;
      let d = x & 0x7f;
      for (let shift = 7; x & 0x80; shift += 7) (x = bytes[at++]!), (d += (x & 0x7f) * 2 ** shift);
      v += d;
      out.push(f * 2 ** FIELD_SHIFT + v);
    }
  }
  return at;
}

/** Growing byte buffer of varints. */
export class ListBuilder {
  bytes = new Uint8Array(8);
  length = 0;
  last = 0;
  private room(n: number) {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes);
    this.bytes = grown;
  }
  push(v: number) {
    this.room(5);
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }
  append(bytes: Uint8Array) {
    this.room(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }
  get blob() {
    return this.bytes.subarray(0, this.length);
  }
}

/**
 * Reads the posting head at `at` — varint(body tf × 8 + mask of the other fields present), then a varint tf
 * per field in the mask — into `tf` ([headline, deck, names, body]); returns where the posting ends. Every
 * reader of postings but decodeSegments goes through it; varints inline: one byte nearly always.
 */
export function readHead(b: Uint8Array, at: number, tf: Int32Array): number {
  let x = b[at++]!;
  let head = x & 0x7f;
  if (x & 0x80) for (let shift = 128; x & 0x80; shift *= 128) (x = b[at++]!), (head += (x & 0x7f) * shift);
  tf[3] = Math.floor(head / 8);
  tf[0] = tf[1] = tf[2] = 0;
  if (head & 7) {
    for (let m = 1, f = 0; m <= 4; m <<= 1, f++) {
      if (!(head & m)) continue;
      x = b[at++]!;
      let t = x & 0x7f;
      if (x & 0x80) for (let shift = 128; x & 0x80; shift *= 128) (x = b[at++]!), (t += (x & 0x7f) * shift);
      tf[f] = t;
    }
  }
  return at;
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
    const end = blob.length;
    // Varints read inline, one byte nearly always: a closure over `at` would keep it in memory, not a register.
    while (at < end) {
      let b = blob[at++]!;
      let v = b & 0x7f;
      if (b & 0x80) for (let shift = 128; b & 0x80; shift *= 128) (b = blob[at++]!), (v += (b & 0x7f) * shift);
      id += v;
      // The head read here, not by readHead: its tf array costs this, the hottest loop, a third more time.
      b = blob[at++]!;
      let head = b & 0x7f;
      if (b & 0x80) for (let shift = 128; b & 0x80; shift *= 128) (b = blob[at++]!), (head += (b & 0x7f) * shift);
      let f = (head >>> 3) * wb;
      if (head & 7) {
        for (let m = 1; m <= 4; m <<= 1) {
          if (!(head & m)) continue;
          b = blob[at++]!;
          let x = b & 0x7f;
          if (b & 0x80) for (let shift = 128; b & 0x80; shift *= 128) (b = blob[at++]!), (x += (b & 0x7f) * shift);
          f += x * (m === 1 ? wh : m === 2 ? wd : wn);
        }
      }
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

/**
 * Steps through one segment's postings: each article's id and per-field tf, where its posting lies in the
 * blob and (for a positional token) where its positions lie in the positions blob, decoded on demand.
 */
export class PostingCursor {
  id = 0;
  /** [headline, deck, names, body] tf of the current posting. */
  readonly tf = new Int32Array(4);
  /** Byte ranges of the current posting (after its id gap) and of its positions. */
  start = 0;
  end = 0;
  posStart = 0;
  posEnd = 0;
  private at = 0;
  /** Where the last read() stopped. */
  private after = 0;
  constructor(
    readonly blob: Uint8Array,
    readonly pos: Uint8Array | null,
  ) {}

  private read(b: Uint8Array, at: number): number {
    let x = b[at]!;
    let v = x & 0x7f;
    for (let shift = 7; x & 0x80; shift += 7) (x = b[++at]!), (v += (x & 0x7f) * 2 ** shift);
    this.after = at + 1;
    return v;
  }

  private field(): number {
    const v = this.read(this.blob, this.at);
    this.at = this.after;
    return v;
  }

  /** Moves to the next posting; false at the end. */
  next(): boolean {
    if (this.at >= this.blob.length) return false;
    this.id += this.field();
    this.start = this.at;
    const tf = this.tf;
    this.end = this.at = readHead(this.blob, this.at, tf);
    if (this.pos) {
      // Skip as many varints as the posting has positions (a varint ends at a byte below 0x80).
      const p = this.pos;
      let k = this.posEnd;
      this.posStart = k;
      for (let left = tf[0]! + tf[1]! + tf[2]! + tf[3]!; left > 0; k++) if (p[k]! < 0x80) left--;
      this.posEnd = k;
    }
    return true;
  }
}
