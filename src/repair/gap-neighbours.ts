// The characters a gap is tried with (see missing-chars.ts): for a unit, the common characters the model most
// expects right after it, or right before it. A list costs 2,000 table look-ups, most of them cache misses, so a
// process that met each unit for the first time spent ~0.5 s on the lists of one edition's pages. The lists of
// the shipped model are therefore written once (models/gap-neighbours.bin, by scripts/build-gap-neighbours.ts)
// and read at start; they are used only with the model they were computed from (its file's sha256 is in the
// header), and any other model computes its lists as it meets units.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync, deflateSync } from 'node:zlib';
import { charLm, gramLog, pairLog, shippedLmPath, type CharLm } from '../text/char-lm.js';
import { commonSimplified } from '../text/han-frequency.js';

/** Characters tried in a gap: the most frequent ones cover nearly all running text. */
const TRIED = 2000;
/** Candidates from each side: those the character before a gap calls for most, and those the one after it does. */
export const NEIGHBOURS = 4;
/** The units a list is kept for: every Han unit the flagger looks at. */
const FIRST = 0x3400;
const END = 0xa000;

const tried = Int32Array.from(commonSimplified.slice(0, TRIED), (c) => c.charCodeAt(0));

export const shippedNeighboursPath = fileURLToPath(new URL('../../../models/gap-neighbours.bin', import.meta.url));

interface Neighbours {
  /** Log count of each tried character alone: every list subtracts it. */
  alone: Float64Array;
  /** By unit (after) or negated unit (before). */
  lists: Map<number, string[]>;
  /** The shipped lists (indexes into `tried`, NEIGHBOURS per unit and side, −1 for none), when they fit the model. */
  shipped: Int16Array | null;
}
const cache = new WeakMap<CharLm, Neighbours>();

/**
 * The common characters the model most expects right after unit `u` (after: true) or right before it: by the
 * pair's log count less the character's own, the NEIGHBOURS best, earlier in `tried` first on a tie (kept per
 * model and unit).
 */
export function neighbours(lm: CharLm, u: number, after: boolean): string[] {
  let c = cache.get(lm);
  if (!c) cache.set(lm, (c = { alone: aloneOf(lm), lists: new Map(), shipped: lm === charLm() ? readShipped() : null }));
  const key = after ? u : -u;
  let list = c.lists.get(key);
  if (!list) {
    const at = ((after ? 0 : END - FIRST) + u - FIRST) * NEIGHBOURS;
    const idx = c.shipped && u >= FIRST && u < END ? Array.from(c.shipped.subarray(at, at + NEIGHBOURS)).filter((k) => k >= 0) : computeList(lm, c.alone, u, after);
    c.lists.set(key, (list = idx.map((k) => String.fromCharCode(tried[k]!))));
  }
  return list;
}

const aloneOf = (lm: CharLm) => Float64Array.from(tried, (c) => gramLog(lm, String.fromCharCode(c), 0, 1));

/** Indexes into `tried` of the NEIGHBOURS best, from the model's pair counts. */
function computeList(lm: CharLm, alone: Float64Array, u: number, after: boolean): number[] {
  // A running top NEIGHBOURS, kept in order; a tie never displaces an earlier character (as a stable sort would not).
  const best: number[] = [];
  const score: number[] = [];
  for (let k = 0; k < tried.length; k++) {
    const c = tried[k]!;
    const l = after ? pairLog(lm, u, c) : pairLog(lm, c, u);
    if (l === -Infinity) continue;
    const v = l - alone[k]!;
    if (best.length === NEIGHBOURS && !(v > score[NEIGHBOURS - 1]!)) continue;
    let p = best.length;
    while (p > 0 && score[p - 1]! < v) p--;
    best.splice(p, 0, k);
    score.splice(p, 0, v);
    best.length = score.length = Math.min(best.length, NEIGHBOURS);
  }
  return best;
}

/** What the shipped lists were computed from: the model file, the tried characters and how many are kept. */
function fingerprint(model: Uint8Array): Buffer {
  return createHash('sha256').update(model).update(String.fromCharCode(...tried)).update(String(NEIGHBOURS)).digest();
}

/** The lists of every unit and side for `lm`, computed from its pair counts (scripts/build-gap-neighbours.ts). */
export function encodeNeighbours(lm: CharLm, model: Uint8Array): Buffer {
  const alone = aloneOf(lm);
  const lists = new Int16Array((END - FIRST) * 2 * NEIGHBOURS).fill(-1);
  for (const after of [true, false]) {
    for (let u = FIRST; u < END; u++) lists.set(computeList(lm, alone, u, after), ((after ? 0 : END - FIRST) + u - FIRST) * NEIGHBOURS);
  }
  return deflateSync(Buffer.concat([fingerprint(model), Buffer.from(lists.buffer)]), { level: 9 });
}

/** The shipped lists, if they were computed from the shipped model as it is now. */
function readShipped(): Int16Array | null {
  if (!existsSync(shippedNeighboursPath)) return null;
  const buf = inflateSync(readFileSync(shippedNeighboursPath));
  if (!buf.subarray(0, 32).equals(fingerprint(readFileSync(shippedLmPath)))) return null;
  const body = buf.subarray(32);
  return new Int16Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.length));
}

/** The lists as the model gives them, never the shipped ones (for the test that the shipped ones are right). */
export function neighboursFromModel(lm: CharLm, u: number, after: boolean): string[] {
  return computeList(lm, aloneOf(lm), u, after).map((k) => String.fromCharCode(tried[k]!));
}

/** Whether the shipped lists are in use for `lm` (false: missing or computed from another model). */
export function shippedNeighbours(lm: CharLm): boolean {
  neighbours(lm, FIRST, true);
  return cache.get(lm)!.shipped !== null;
}
