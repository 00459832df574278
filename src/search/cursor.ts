// Opaque cursors for keyset pagination: the sort key of the last hit shown, tied to the query it came from
// so a cursor pasted into another query is refused rather than silently skipping hits. No page cap: any
// depth costs one keyset step.
import { createHash } from 'node:crypto';
import { InputError } from '../model/index.js';

export interface CursorKey {
  /** The engine's raw score (bm25, lower is better); null when sorting by date. */
  score: number | null;
  date: string;
  id: number;
}

export const queryFingerprint = (query: string, sort: string) => createHash('sha256').update(`${sort}\u0000${query}`).digest('base64url').slice(0, 10);

export function encodeCursor(fingerprint: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([fingerprint, key.score, key.date, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string, fingerprint: string): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InputError('bad_cursor', 'the cursor is not one this search handed out');
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw new InputError('bad_cursor', 'the cursor is not one this search handed out');
  const [fp, score, date, id] = parsed as unknown[];
  if (fp !== fingerprint) throw new InputError('bad_cursor', 'the cursor belongs to another query or sort order');
  if ((score !== null && typeof score !== 'number') || typeof date !== 'string' || !Number.isInteger(id)) {
    throw new InputError('bad_cursor', 'the cursor is not one this search handed out');
  }
  return { score: score as number | null, date, id: id as number };
}
