// Posting-list segments in the archive file: written when a batch of articles is indexed (a page at ingest,
// tens of thousands of articles in a rebuild), read per token, and small segments merged so ingest does not
// leave thousands of them behind.
import type Database from 'better-sqlite3';
import { CHUNK_ABOVE, chunkStarts, ListBuilder, PostingCursor, positional, type DocTerms } from './postings.js';
import { SegmentBuilder } from './segment-builder.js';
import { encodeSkips } from './seek.js';

/**
 * Segments of fewer articles than this (ingest's pages, merged groups of them) keep their token list and are
 * merged, MERGE_AT of one size at a time; a rebuild's segments (tens of thousands of articles) never are.
 */
const SMALL = 5_000;
const MERGE_AT = 8;
const BATCH = 64;

export interface SegmentWriter {
  /** Segment id the next add() goes into (allocated on first use). */
  seg(): number;
  add(id: number, terms: DocTerms): void;
  /** Bytes of postings waiting to be written. */
  readonly pending: number;
  /** Write what was added as one segment; merge small segments when there are many. */
  flush(): void;
}

/** One token's blobs in one segment. */
export interface SegmentRow {
  seg: number;
  blob: Uint8Array;
  /** Positions, when the list has them in this row; a long list has them in chunks instead. */
  pos: Uint8Array | null;
  /** Chunk k of a long list's positions (postings k × POS_CHUNK …). */
  chunk?: (k: number) => Uint8Array;
  /** Where each block of POS_CHUNK postings starts, for a list with chunks (seek.ts). */
  skips?: Uint8Array | null;
}

export function segmentWriter(db: Database.Database, mergeAt = MERGE_AT): SegmentWriter {
  const newSeg = db.prepare('INSERT INTO search_segments (docs) VALUES (0)');
  const setSeg = db.prepare('UPDATE search_segments SET docs = ?, tokens = ? WHERE id = ?');
  // Rows go in BATCH at a time: one statement per row costs as much again as SQLite's own insert.
  const rows = (table: string, columns: string) => {
    const marks = `(${columns.split(',').map(() => '?').join(', ')})`;
    const insert = (n: number) => db.prepare(`INSERT INTO ${table} (${columns}) VALUES ${Array(n).fill(marks).join(', ')}`);
    const one = insert(1);
    const many = insert(BATCH);
    const width = columns.split(',').length;
    let args: unknown[] = [];
    return {
      add(...row: unknown[]) {
        args.push(...row);
        if (args.length === width * BATCH) many.run(args), (args = []);
      },
      end() {
        for (let i = 0; i < args.length; i += width) one.run(args.slice(i, i + width));
        args = [];
      },
    };
  };
  const postings = rows('search_postings', 'token, seg, blob, pos, skips');
  const chunks = rows('search_positions', 'seg, token, chunk, pos');
  const write = (seg: number, docs: number, entries: Iterable<[string, Uint8Array, Uint8Array | null]>) => {
    const tokens: string[] = [];
    for (const [token, blob, pos] of entries) {
      const chunked = pos !== null && pos.length > CHUNK_ABOVE;
      postings.add(token, seg, blob, chunked ? null : pos, chunked ? encodeSkips(blob) : null);
      if (chunked) {
        const starts = [0, ...chunkStarts(blob, pos), pos.length];
        for (let k = 0; k + 1 < starts.length; k++) chunks.add(seg, token, k, pos.subarray(starts[k], starts[k + 1]));
      }
      if (docs < SMALL) tokens.push(token);
    }
    postings.end();
    chunks.end();
    setSeg.run(docs, docs < SMALL ? tokens.join('\n') : null, seg);
  };
  let builder: SegmentBuilder | null = null;
  let id = 0;
  return {
    seg() {
      if (!builder) {
        builder = new SegmentBuilder();
        id = Number(newSeg.run().lastInsertRowid);
      }
      return id;
    },
    add(doc, terms) {
      this.seg();
      builder!.add(doc, terms);
    },
    get pending() {
      return builder?.bytes ?? 0;
    },
    flush() {
      if (!builder) return;
      write(id, builder.docs, builder.entries());
      builder = null;
      mergeSmall(db, mergeAt, (seg, docs, entries) => write(seg, docs, entries));
    },
  };
}

type Write = (seg: number, docs: number, entries: Iterable<[string, Uint8Array, Uint8Array | null]>) => void;

/** A segment's size class: tier t holds segments of mergeAt^t … mergeAt^(t+1) - 1 articles. */
function tier(docs: number, mergeAt: number): number {
  let t = 0;
  for (let d = docs; d >= mergeAt; d = Math.floor(d / mergeAt)) t++;
  return t;
}

/**
 * Merge small segments of one size, mergeAt at a time, the smallest first, until no size has mergeAt of them (as a
 * log-structured merge does): an article is merged once per tier, a handful of times in all. Merging every small
 * segment whenever there were mergeAt re-merged the growing one each time, so a page's share of the work grew with
 * the archive up to SMALL articles (60 ms a page at 1,700 articles).
 */
function mergeSmall(db: Database.Database, mergeAt: number, write: Write): void {
  const small = db.prepare('SELECT id, docs FROM search_segments WHERE tokens IS NOT NULL ORDER BY id');
  for (;;) {
    const tiers = new Map<number, { id: number }[]>();
    for (const s of small.all() as { id: number; docs: number }[]) {
      const t = tier(s.docs, mergeAt);
      const same = tiers.get(t);
      if (same) same.push(s);
      else tiers.set(t, [s]);
    }
    const full = [...tiers].filter(([, segs]) => segs.length >= mergeAt).sort(([a], [b]) => a - b)[0];
    if (!full) return;
    mergeSegments(db, full[1], write);
  }
}

/**
 * Merge segments into one: per token, the current postings of each sorted by article and re-chained (their
 * bytes copied, only the id gaps rewritten); stale ones dropped.
 */
function mergeSegments(db: Database.Database, small: readonly { id: number }[], write: Write): void {
  const inSegs = `(${small.map((s) => s.id).join(',')})`;
  const docs = db.prepare(`SELECT article_id, seg FROM search_docs WHERE seg IN ${inSegs}`).raw().all() as [number, number][];
  const current = new Map(docs);
  const seg = Number(db.prepare('INSERT INTO search_segments (docs) VALUES (0)').run().lastInsertRowid);
  const merged: [string, Uint8Array, Uint8Array | null][] = [];
  for (const [token, rows] of byToken(db, small.map((s) => s.id))) {
    const parts: { id: number; cur: PostingCursor; start: number; end: number; posStart: number; posEnd: number }[] = [];
    for (const r of rows) {
      const cur = new PostingCursor(r.blob, r.pos ?? wholePositions(r));
      while (cur.next()) if (current.get(cur.id) === r.seg) parts.push({ id: cur.id, cur, start: cur.start, end: cur.end, posStart: cur.posStart, posEnd: cur.posEnd });
    }
    if (parts.length === 0) continue;
    parts.sort((a, b) => a.id - b.id);
    const list = new ListBuilder();
    const pos = positional(token) ? new ListBuilder() : null;
    for (const p of parts) {
      list.push(p.id - list.last);
      list.last = p.id;
      list.append(p.cur.blob.subarray(p.start, p.end));
      pos?.append(p.cur.pos!.subarray(p.posStart, p.posEnd));
    }
    merged.push([token, list.blob, pos?.blob ?? null]);
  }
  db.prepare(`DELETE FROM search_postings WHERE seg IN ${inSegs}`).run();
  db.prepare(`DELETE FROM search_positions WHERE seg IN ${inSegs}`).run();
  db.prepare(`DELETE FROM search_segments WHERE id IN ${inSegs}`).run();
  db.prepare(`UPDATE search_docs SET seg = ? WHERE seg IN ${inSegs}`).run(seg);
  write(seg, docs.length, merged);
}

/** Rows read from a segment per statement while merging. */
const PAGE = 1024;

/**
 * Every token of some segments in order, with its row in each segment that has it: each segment read in its key
 * order a page of rows at a time, and the pages walked side by side. A statement per token (reading its row in every
 * segment) was ~30 µs a token, most of a merge.
 */
function* byToken(db: Database.Database, segs: readonly number[]): Generator<[string, SegmentRow[]]> {
  const read = pageReader(db);
  const chunks = chunkReader(db);
  const streams = segs.map((seg) => ({ seg, rows: read(seg, ''), at: 0 }));
  for (;;) {
    let token: string | null = null;
    for (const s of streams) {
      const t = s.rows[s.at]?.token;
      if (t !== undefined && (token === null || before(t, token))) token = t;
    }
    if (token === null) return;
    const rows: SegmentRow[] = [];
    for (const s of streams) {
      const r = s.rows[s.at];
      if (r?.token !== token) continue;
      rows.push(chunks(r, token));
      if (++s.at === s.rows.length && s.rows.length === PAGE) (s.rows = read(s.seg, token)), (s.at = 0);
    }
    yield [token, rows];
  }
}

/**
 * Up to PAGE rows of a segment after a token, in token order, their blobs cut from one buffer: the statement hands
 * back every blob of the page as one hex string. A Buffer per blob cost ~2 µs each, most of reading a small
 * segment (a page's segment holds ~1,800 tokens of a few bytes each).
 */
function pageReader(db: Database.Database): (seg: number, after: string) => (SegmentRow & { token: string })[] {
  const page = db
    .prepare<[number, string, number], [string, string, string, string | null]>(
      // The aggregates take the rows in the subquery's order, all in one pass (an ORDER BY in each sorted them
      // four times over: 2.5× the time); the order is checked below.
      `SELECT json_group_array(token), json_group_array(length(blob)), json_group_array(length(pos)), group_concat(hex(blob) || ifnull(hex(pos), ''), '')
       FROM (SELECT token, blob, pos FROM search_postings WHERE seg = ? AND token > ? ORDER BY token LIMIT ?)`,
    )
    .raw();
  return (seg, after) => {
    const [tokens, blobs, positions, hex] = page.get(seg, after, PAGE)!;
    const bytes = Buffer.from(hex ?? '', 'hex');
    const blobLength = JSON.parse(blobs) as number[];
    const posLength = JSON.parse(positions) as (number | null)[];
    let at = 0;
    return (JSON.parse(tokens) as string[]).map((token, i, all) => {
      if (i > 0 && !before(all[i - 1]!, token)) throw new Error(`segment ${seg}'s rows came back out of token order`);
      const blob = bytes.subarray(at, (at += blobLength[i]!));
      const n = posLength[i];
      return { seg, token, blob, pos: n === null ? null : bytes.subarray(at, (at += n!)), skips: null };
    });
  };
}

/**
 * Whether text `a` sorts before `b` as SQLite orders text (BINARY: UTF-8 bytes, which is code point order); JS's `<`
 * compares UTF-16 units, which puts an astral character (a surrogate pair) before U+E000–U+FFFF.
 */
export function before(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const astralX = x >= 0xd800 && x <= 0xdfff;
    const astralY = y >= 0xd800 && y <= 0xdfff;
    return astralX === astralY ? x < y : astralY;
  }
  return a.length < b.length;
}

/** A token's rows (postings with positions when it has them) in every segment. */
function readRows(db: Database.Database): (token: string) => SegmentRow[] {
  const rows = db.prepare('SELECT seg, blob, pos, skips FROM search_postings WHERE token = ? AND seg IN (SELECT id FROM search_segments)');
  const chunks = chunkReader(db);
  return (token) => (rows.all(token) as SegmentRow[]).map((r) => chunks(r, token));
}

/** A row of a positional token whose positions are in chunks gets its chunk reader. */
function chunkReader(db: Database.Database): (r: SegmentRow, token: string) => SegmentRow {
  const chunks = db.prepare('SELECT chunk, pos FROM search_positions WHERE seg = ? AND token = ? AND chunk BETWEEN ? AND ?').raw();
  return (r, token) => {
    if (r.pos === null && positional(token)) r.chunk = readAhead((from, to) => chunks.all(r.seg, token, from, to) as [number, Uint8Array][]);
    return r;
  };
}

const EMPTY = new Uint8Array(0);

/**
 * Chunk k of a list, read with the chunks after it when the reads go forward chunk after chunk (a phrase
 * whose candidates are many reads runs of chunks in one statement, not one each); one at a time when
 * they jump (a rare phrase's few candidates).
 */
function readAhead(read: (from: number, to: number) => [number, Uint8Array][]): (k: number) => Uint8Array {
  let held = new Map<number, Uint8Array>();
  let start = 0; // the chunks the last read asked for: start … end
  let end = -1;
  let window = 1;
  return (k) => {
    if (k >= start && k <= end) return held.get(k) ?? EMPTY; // not stored: past the list's end
    window = k > end && k <= end + window ? Math.min(64, window * 2) : 1;
    held = new Map(read(k, k + window - 1));
    (start = k), (end = k + window - 1);
    return held.get(k) ?? EMPTY;
  };
}

/** A row's positions in one blob, its chunks joined (merging, which copies every posting). */
function wholePositions(r: SegmentRow): Uint8Array | null {
  if (!r.chunk) return null;
  const parts: Uint8Array[] = [];
  for (let k = 0, part = r.chunk(0); part.length > 0; part = r.chunk(++k)) parts.push(part);
  return Buffer.concat(parts);
}

export interface PostingsReader {
  /** A token's posting segments (no positions). */
  postings(token: string): SegmentRow[];
  /** A token's posting segments with their positions. */
  withPositions(token: string): SegmentRow[];
  /** The stored tokens starting with `prefix` (a word or pinyin prefix). */
  expand(prefix: string): string[];
}

export function postingsReader(db: Database.Database): PostingsReader {
  const rows = db.prepare('SELECT seg, blob, NULL AS pos FROM search_postings WHERE seg IN (SELECT id FROM search_segments) AND token = ?');
  const expand = db.prepare('SELECT DISTINCT token FROM search_postings WHERE seg IN (SELECT id FROM search_segments) AND token >= ? AND token < ? ORDER BY token').pluck();
  return {
    postings: (token) => rows.all(token) as SegmentRow[],
    withPositions: readRows(db),
    expand: (prefix) => expand.all(prefix, prefix + '\u{10ffff}') as string[],
  };
}
