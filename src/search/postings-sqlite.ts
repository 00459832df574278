// Posting-list segments in the archive file: written when a batch of articles is indexed (a page at ingest,
// tens of thousands of articles in a rebuild), read per token, and small segments merged so ingest does not
// leave thousands of them behind.
import type Database from 'better-sqlite3';
import { decodeSegments, SegmentBuilder, tokenKey, tokenText, type DocTerms } from './postings.js';

/** Segments of fewer articles than this keep their token list and are merged once there are MERGE_AT of them. */
const SMALL = 20_000;
const MERGE_AT = 32;

export interface SegmentWriter {
  /** Segment id the next add() goes into (allocated on first use). */
  seg(): number;
  add(id: number, terms: DocTerms): void;
  /** Bytes of postings waiting to be written. */
  readonly pending: number;
  /** Write what was added as one segment; merge small segments when there are many. */
  flush(): void;
}

export function segmentWriter(db: Database.Database, mergeAt = MERGE_AT): SegmentWriter {
  const newSeg = db.prepare('INSERT INTO search_segments (docs) VALUES (0)');
  const setSeg = db.prepare('UPDATE search_segments SET docs = ?, tokens = ? WHERE id = ?');
  const insert = db.prepare('INSERT INTO search_postings (token, seg, blob) VALUES (?, ?, ?)');
  let builder: SegmentBuilder | null = null;
  let id = 0;
  const write = (b: SegmentBuilder, seg: number) => {
    for (const [token, blob] of b.entries()) insert.run(token, seg, blob);
    setSeg.run(b.docs, b.docs < SMALL ? [...b.lists.keys()].map(tokenText).join('\n') : null, seg);
  };
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
      write(builder, id);
      builder = null;
      mergeSmall(db, write, mergeAt);
    },
  };
}

/** Merge the small segments into one when there are many, dropping stale postings. */
function mergeSmall(db: Database.Database, write: (b: SegmentBuilder, seg: number) => void, mergeAt: number): void {
  const small = db.prepare('SELECT id, tokens FROM search_segments WHERE tokens IS NOT NULL ORDER BY id').all() as { id: number; tokens: string }[];
  if (small.length < mergeAt) return;
  const segs = small.map((s) => s.id);
  const inSegs = `(${segs.join(',')})`;
  const docs = db.prepare(`SELECT article_id, seg FROM search_docs WHERE seg IN ${inSegs}`).raw().all() as [number, number][];
  const current = new Int32Array(docs.reduce((max, [id]) => Math.max(max, id), 0) + 1);
  for (const [id, seg] of docs) current[id] = seg;
  const rows = db.prepare(`SELECT seg, blob FROM search_postings WHERE token = ? AND seg IN ${inSegs}`);
  // Per-article term frequencies are rebuilt token by token: each field's tf is decoded on its own.
  const byDoc = new Map<number, Map<string, number[]>>();
  const tokens = new Set(small.flatMap((s) => s.tokens.split('\n')));
  for (const token of tokens) {
    const found = rows.all(token) as { seg: number; blob: Uint8Array }[];
    const lists = [0, 1, 2, 3].map((f) => decodeSegments(found, [f === 0 ? 1 : 0, f === 1 ? 1 : 0, f === 2 ? 1 : 0, f === 3 ? 1 : 0], current));
    lists.forEach((list, f) => {
      for (let i = 0; i < list.ids.length; i++) {
        const doc = list.ids[i]!;
        let terms = byDoc.get(doc);
        if (!terms) byDoc.set(doc, (terms = new Map()));
        let tf = terms.get(token);
        if (!tf) terms.set(token, (tf = [0, 0, 0, 0]));
        tf[f] = list.freq[i]!;
      }
    });
  }
  const merged = new SegmentBuilder();
  for (const doc of [...byDoc.keys()].sort((a, b) => a - b)) {
    const terms = [...byDoc.get(doc)!];
    merged.add(doc, { keys: terms.map(([t]) => tokenKey(t)), tf: Int32Array.from(terms.flatMap(([, tf]) => tf)) });
  }
  const seg = Number(db.prepare('INSERT INTO search_segments (docs) VALUES (0)').run().lastInsertRowid);
  const drop = db.prepare(`DELETE FROM search_postings WHERE token = ? AND seg IN ${inSegs}`);
  for (const token of tokens) drop.run(token);
  db.prepare(`DELETE FROM search_segments WHERE id IN ${inSegs}`).run();
  db.prepare(`UPDATE search_docs SET seg = ? WHERE seg IN ${inSegs}`).run(seg);
  write(merged, seg);
}

/** Reads a token's segments. */
export function postingsReader(db: Database.Database): (token: string) => { seg: number; blob: Uint8Array }[] {
  const rows = db.prepare('SELECT seg, blob FROM search_postings WHERE token = ?');
  return (token) => rows.all(token) as { seg: number; blob: Uint8Array }[];
}
