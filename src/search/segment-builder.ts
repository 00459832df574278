// Building one posting segment in memory from many articles (postings.ts has the format).
import { grow, readHead, SPAN, tokenText, type DocTerms, type TokenKey } from './postings.js';

/**
 * Postings of a batch of articles (ascending ids), becoming one segment. Built for bulk: each posting is
 * appended to one sequential byte stream (and its positions to another) with its token's slot; flushing
 * places every posting at its token's offset in one pass (a counting sort), so there is no buffer per token
 * and adding costs one hash probe per posting.
 */
export class SegmentBuilder {
  docs = 0;
  private stream = new Bytes();
  private posStream = new Bytes();
  private recSlot = new Int32Array(1 << 16);
  private records = 0;
  private readonly slots = new SlotTable();
  /** Per slot: last id added, bytes of postings and of positions it will take. */
  private lastId = new Int32Array(1 << 12);
  private size = new Int32Array(1 << 12);
  private posSize = new Int32Array(1 << 12);
  private hasPos = new Uint8Array(1 << 12);

  get bytes(): number {
    return this.stream.length + this.posStream.length + this.records * 4;
  }

  add(id: number, terms: DocTerms): void {
    this.docs++;
    const { keys, tf, first, next, pos } = terms;
    const stream = this.stream;
    const posStream = this.posStream;
    if (this.records + keys.length > this.recSlot.length) this.recSlot = grow(this.recSlot, 2 * (this.records + keys.length));
    for (let k = 0; k < keys.length; k++) {
      const slot = this.slots.slot(keys[k]!);
      if (slot >= this.lastId.length) this.growSlots(2 * slot);
      if (id <= this.lastId[slot]!) throw new Error(`postings must be added in ascending id order (${id} after ${this.lastId[slot]})`);
      this.recSlot[this.records++] = slot;
      const before = stream.length;
      stream.push(id - this.lastId[slot]!);
      this.lastId[slot] = id;
      const h = tf[4 * k]!;
      const d = tf[4 * k + 1]!;
      const n = tf[4 * k + 2]!;
      stream.push((tf[4 * k + 3]! << 3) | (h > 0 ? 1 : 0) | (d > 0 ? 2 : 0) | (n > 0 ? 4 : 0));
      if (h > 0) stream.push(h);
      if (d > 0) stream.push(d);
      if (n > 0) stream.push(n);
      this.size[slot]! += stream.length - before;
      if (first[k] === -1) continue;
      // Field by field (as the tf say), each field's positions as gaps from the previous one.
      this.hasPos[slot] = 1;
      const posBefore = posStream.length;
      let o = first[k]!;
      for (let f = 0; f < 4; f++) {
        let prev = 0;
        for (let c = tf[4 * k + f]!; c > 0; c--, o = next[o]!) {
          posStream.push(pos[o]! - prev);
          prev = pos[o]!;
        }
      }
      this.posSize[slot]! += posStream.length - posBefore;
    }
  }

  private growSlots(n: number) {
    this.lastId = grow(this.lastId, n);
    this.size = grow(this.size, n);
    this.posSize = grow(this.posSize, n);
    const h = new Uint8Array(n);
    h.set(this.hasPos);
    this.hasPos = h;
  }

  /** Token texts with their postings and positions, in the order SQLite keys them (rows are appended, not inserted between). */
  entries(): [string, Uint8Array, Uint8Array | null][] {
    const order = this.slots.ordered();
    // Each slot's offset in the output, in emission order.
    const at = new Float64Array(this.slots.count);
    const posAt = new Float64Array(this.slots.count);
    let total = 0;
    let posTotal = 0;
    for (const slot of order) {
      at[slot] = total;
      posAt[slot] = posTotal;
      total += this.size[slot]!;
      posTotal += this.posSize[slot]!;
    }
    const out = new Uint8Array(total);
    const posOut = new Uint8Array(posTotal);
    // One pass over the records in the order they were added: each posting's bytes to its slot's place.
    const s = this.stream.bytes;
    const tf = new Int32Array(4);
    const p = this.posStream.bytes;
    let i = 0;
    let j = 0;
    for (let r = 0; r < this.records; r++) {
      const slot = this.recSlot[r]!;
      const start = i;
      while (s[i++]! & 0x80); // id gap
      i = readHead(s, i, tf);
      let positions = tf[0]! + tf[1]! + tf[2]! + tf[3]!;
      let o = at[slot]!;
      for (let b = start; b < i; b++) out[o++] = s[b]!;
      at[slot] = o;
      if (!this.hasPos[slot]) continue;
      let q = posAt[slot]!;
      for (; positions > 0; j++) {
        const b = p[j]!;
        posOut[q++] = b;
        if (b < 0x80) positions--;
      }
      posAt[slot] = q;
    }
    const entries: [string, Uint8Array, Uint8Array | null][] = [];
    for (const slot of order) {
      const end = at[slot]!;
      const posEnd = posAt[slot]!;
      entries.push([tokenText(this.slots.key(slot)), out.subarray(end - this.size[slot]!, end), this.hasPos[slot] ? posOut.subarray(posEnd - this.posSize[slot]!, posEnd) : null]);
    }
    return entries;
  }
}

/** An append-only byte stream of varints. */
class Bytes {
  bytes = new Uint8Array(1 << 16);
  length = 0;
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

/** Token key → dense slot: characters by index, pairs in an open-addressing table, text keys in a Map. */
class SlotTable {
  count = 0;
  private readonly keys: TokenKey[] = [];
  private readonly chars = new Int32Array(SPAN).fill(-1);
  private table = new Int32Array(1 << 16).fill(-1); // [key, slot] pairs
  private pairs = 0;
  private readonly texts = new Map<string, number>();

  slot(key: TokenKey): number {
    if (typeof key === 'string') {
      let s = this.texts.get(key);
      if (s === undefined) this.texts.set(key, (s = this.fresh(key)));
      return s;
    }
    if (key < SPAN) {
      const s = this.chars[key]!;
      return s >= 0 ? s : (this.chars[key] = this.fresh(key));
    }
    const mask = (this.table.length >> 1) - 1;
    for (let h = Math.imul(key, 0x9e3779b1) >>> 0; ; h++) {
      const at = (h & mask) << 1;
      const k = this.table[at]!;
      if (k === key) return this.table[at + 1]!;
      if (k === -1) {
        const s = this.fresh(key);
        this.table[at] = key;
        this.table[at + 1] = s;
        if (++this.pairs * 2 > mask) this.rehash();
        return s;
      }
    }
  }

  private fresh(key: TokenKey): number {
    this.keys.push(key);
    return this.count++;
  }

  private rehash() {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    const mask = (this.table.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === -1) continue;
      let h = Math.imul(old[i]!, 0x9e3779b1) >>> 0;
      while (this.table[(h & mask) << 1] !== -1) h++;
      this.table[(h & mask) << 1] = old[i]!;
      this.table[((h & mask) << 1) + 1] = old[i + 1]!;
    }
  }

  key(slot: number): TokenKey {
    return this.keys[slot]!;
  }

  /**
   * Slots in the order of their token texts as SQLite compares them (UTF-8 bytes), so a segment's rows are
   * appended in key order: prefixed tokens (U+0001–U+0003) first, then characters each followed by the pairs
   * it begins, then the rest (characters outside the dense ranges).
   */
  ordered(): Int32Array {
    const numeric: number[] = [];
    const low: number[] = [];
    const high: number[] = [];
    for (let s = 0; s < this.count; s++) {
      const k = this.keys[s]!;
      (typeof k === 'number' ? numeric : k.charCodeAt(0) < 0x3400 ? low : high).push(s);
    }
    // A character c sorts as c·(SPAN+1), the pair (c, d) as c·(SPAN+1) + 1 + d.
    const rank = (k: number) => (k < SPAN ? k * (SPAN + 1) : Math.floor((k - SPAN) / SPAN) * (SPAN + 1) + 1 + ((k - SPAN) % SPAN));
    const fits = this.count < 2 ** 23; // rank and slot packed in one float (exact below 2^53)
    const byRank = fits ? Float64Array.from(numeric, (s) => rank(this.keys[s] as number) * 2 ** 23 + s).sort() : numeric.sort((a, b) => rank(this.keys[a] as number) - rank(this.keys[b] as number));
    const byText = (a: number, b: number) => ((this.keys[a] as string) < (this.keys[b] as string) ? -1 : 1);
    const out = new Int32Array(this.count);
    let n = 0;
    for (const s of low.sort(byText)) out[n++] = s;
    for (const r of byRank) out[n++] = fits ? r % 2 ** 23 : r;
    for (const s of high.sort(byText)) out[n++] = s;
    return out;
  }
}
