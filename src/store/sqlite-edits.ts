// A page's edits into the SQLite file: one row each in `edits` for the edits people review (scored: a
// confidence or candidates), and one row per rule in `edit_batches` for the deterministic rest (see
// migrations 4 and 6 in migrations.ts for why).
import type Database from 'better-sqlite3';
import type { Edit } from '../model/index.js';

/** Kept in a batch: edits that carry nothing a batch entry has no place for (no confidence, no candidates). */
export const batched = (e: Edit): boolean => e.confidence === undefined && e.candidates === undefined;

export function prepareEditWriter(db: Database.Database): (pageId: number, edits: readonly Edit[]) => void {
  // Positional parameters: binding an object per row costs more than the row itself.
  const insertRow = db.prepare(
    `INSERT INTO edits (page_id, seq, start, end, before, after, rule, layer, status, confidence, candidates)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBatch = db.prepare('INSERT INTO edit_batches (page_id, rule, layer, status, count, edits) VALUES (?, ?, ?, ?, ?, ?)');
  return (pageId, edits) => {
    // In order of first appearance; a page has a handful, so a search beats building a string key per edit.
    const batches: { e: Edit; entries: [number, number, number, string, string][] }[] = [];
    for (let seq = 0; seq < edits.length; seq++) {
      const e = edits[seq]!;
      if (!batched(e)) {
        const candidates = e.candidates ? JSON.stringify(e.candidates) : null;
        insertRow.run(pageId, seq, e.start, e.end, e.before, e.after, e.rule, e.layer, e.status, e.confidence ?? null, candidates);
        continue;
      }
      let batch = batches.find((b) => b.e.rule === e.rule && b.e.layer === e.layer && b.e.status === e.status);
      if (!batch) batches.push((batch = { e, entries: [] }));
      batch.entries.push([seq, e.start, e.end, e.before, e.after]);
    }
    for (const { e, entries } of batches) {
      insertBatch.run(pageId, e.rule, e.layer, e.status, entries.length, JSON.stringify(entries));
    }
  };
}

interface EditRow {
  seq: number;
  start: number;
  end: number;
  before: string;
  after: string;
  rule: string;
  layer: Edit['layer'];
  status: Edit['status'];
  confidence: number | null;
  candidates: string | null;
}

/** The writer's inverse: a page's edits in seq order, rows and batches merged, each with `edit()`'s key order. */
export function prepareEditReader(db: Database.Database): (pageId: number) => Edit[] {
  const rows = db.prepare<[number], EditRow>(
    'SELECT seq, start, end, before, after, rule, layer, status, confidence, candidates FROM edits WHERE page_id = ?',
  );
  const batches = db.prepare<[number], Pick<EditRow, 'rule' | 'layer' | 'status'> & { edits: string }>(
    'SELECT rule, layer, status, edits FROM edit_batches WHERE page_id = ?',
  );
  return (pageId) => {
    const edits: Edit[] = [];
    for (const r of rows.iterate(pageId)) {
      const e: Edit = { type: 'edit', start: r.start, end: r.end, before: r.before, after: r.after, rule: r.rule, layer: r.layer, status: r.status };
      if (r.confidence !== null) e.confidence = r.confidence;
      if (r.candidates !== null) e.candidates = JSON.parse(r.candidates) as string[];
      edits[r.seq] = e;
    }
    for (const b of batches.iterate(pageId)) {
      for (const [seq, start, end, before, after] of JSON.parse(b.edits) as [number, number, number, string, string][]) {
        edits[seq] = { type: 'edit', start, end, before, after, rule: b.rule, layer: b.layer, status: b.status };
      }
    }
    return edits;
  };
}
