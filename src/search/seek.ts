// Skipping through a long posting list: every POS_CHUNK postings form a block, and a list's skips (written
// beside it, postings-sqlite.ts) say where each block starts in the blob and which id precedes it. A phrase
// seeks its candidates in each list block by block instead of decoding every posting, and finds each
// candidate's positions in its block's chunk (block k's positions are chunk k) by counting varints from
// the chunk's start. A list without skips is one block, its positions the row's own.
import { ListBuilder, POS_CHUNK, PostingCursor, readHead, readPositions } from './postings.js';

/** One token's postings in one segment, as the reader gives them. */
export interface SeekRow {
  seg: number;
  blob: Uint8Array;
  pos: Uint8Array | null;
  skips?: Uint8Array | null;
  chunk?: (k: number) => Uint8Array;
}

/**
 * Skips of a list: per block after the first, varint(id before it − id before the previous block) and
 * varint(its byte offset − the previous block's). Empty for a list of one block.
 */
export function encodeSkips(blob: Uint8Array): Uint8Array {
  const out = new ListBuilder();
  const cur = new PostingCursor(blob, null);
  let [id, end, lastId, lastAt] = [0, 0, 0, 0]; // the previous posting's id and end; the previous block's
  for (let n = 0; cur.next(); n++) {
    if (n > 0 && n % POS_CHUNK === 0) out.push(id - lastId), out.push(end - lastAt), (lastId = id), (lastAt = end);
    (id = cur.id), (end = cur.end);
  }
  return out.blob.slice();
}

function varint(b: Uint8Array, at: number): [number, number] {
  let x = b[at++]!;
  let v = x & 0x7f;
  for (let shift = 128; x & 0x80; shift *= 128) (x = b[at++]!), (v += (x & 0x7f) * shift);
  return [v, at];
}

/** Moves through one row's postings in id order, jumping whole blocks; reads a posting's positions. */
export class Seeker {
  id = 0;
  /** [headline, deck, names, body] tf of the current posting. */
  readonly tf = new Int32Array(4);
  /** Id before each block, and where it starts in the blob. */
  private readonly blockId: number[] = [0];
  private readonly blockAt: number[] = [0];
  private block = -1;
  private at = 0; // where the next posting starts
  private inBlock = 0; // postings of the block read
  private positionsBefore = 0; // positions of the block's postings before the current one
  private bytes: Uint8Array | null = null; // the current block's positions, once read
  private posAt = 0; // where in `bytes` the positions of posting `posSkipped` start
  private posSkipped = 0;
  private done = false;

  constructor(private readonly row: SeekRow) {
    if (row.skips) {
      for (let at = 0; at < row.skips.length; ) {
        const [dId, a1] = varint(row.skips, at);
        const [dAt, a2] = varint(row.skips, a1);
        at = a2;
        this.blockId.push(this.blockId[this.blockId.length - 1]! + dId);
        this.blockAt.push(this.blockAt[this.blockAt.length - 1]! + dAt);
      }
    }
    this.enter(0);
  }

  private enter(block: number): void {
    this.block = block;
    this.at = this.blockAt[block]!;
    this.id = this.blockId[block]!;
    this.inBlock = 0;
    this.positionsBefore = 0;
    this.bytes = null;
    this.posAt = 0;
    this.posSkipped = 0;
  }

  /** The next posting; false at the end. */
  private next(): boolean {
    if (this.at >= this.row.blob.length) return false;
    if (this.inBlock > 0) this.positionsBefore += this.tf[0]! + this.tf[1]! + this.tf[2]! + this.tf[3]!;
    if (this.block + 1 < this.blockAt.length && this.at === this.blockAt[this.block + 1]) this.enter(this.block + 1);
    const b = this.row.blob;
    let at = this.at;
    // The id gap's varint inline (no tuple per posting), then the head.
    let x = b[at++]!;
    let v = x & 0x7f;
    for (let shift = 128; x & 0x80; shift *= 128) (x = b[at++]!), (v += (x & 0x7f) * shift);
    this.id += v;
    at = readHead(b, at, this.tf);
    this.at = at;
    this.inBlock++;
    return true;
  }

  /** Moves to the first posting with an id ≥ `target` (never back); whether it is `target`. */
  seek(target: number): boolean {
    if (this.done) return false;
    if (this.inBlock > 0 && this.id >= target) return this.id === target;
    // Jump to the last block whose preceding id is below the target, if it is ahead.
    let b = this.block;
    while (b + 1 < this.blockId.length && this.blockId[b + 1]! < target) b++;
    if (b > this.block) this.enter(b);
    while (this.next()) if (this.id >= target) return this.id === target;
    this.done = true;
    return false;
  }

  /** Pushes the current posting's positions (field << FIELD_SHIFT | position in field) onto `out`. */
  positions(out: number[]): void {
    const chunked = !this.row.pos;
    this.bytes ??= chunked ? this.row.chunk!(this.block) : this.row.pos;
    // A list with inline positions has no skips: one block, counted from the list's start.
    const target = this.positionsBefore;
    const bytes = this.bytes!;
    let at = this.posAt;
    for (let skip = target - this.posSkipped; skip > 0; at++) if (bytes[at]! < 0x80) skip--;
    this.posAt = at;
    this.posSkipped = target;
    readPositions(bytes, at, this.tf, out);
  }
}
