// Exported articles as a byte stream, JSON Lines or CSV, pulled a batch at a time so an export of any size
// runs in constant memory and stops reading when the client goes away.
import type { ExportRow } from '../store/index.js';

const COLUMNS: readonly (keyof ExportRow)[] = [
  'id', 'paper', 'date', 'date_inferred', 'issue', 'total_issue', 'page', 'seq', 'kind', 'headline', 'kicker', 'subheadline',
  'byline', 'contributors', 'source', 'continues_to_page', 'continued_from_page', 'continues_to_article',
  'continued_from_article', 'text', 'text_simplified', 'source_file', 'page_id', 'sha256',
];

/** RFC 4180: quote a field when it holds a quote, comma or line break; arrays and objects as JSON. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Row = ExportRow & { score?: number };
const jsonLine = (row: Row) => `${JSON.stringify(row)}\n`;

/** `scored`: rows of a search, which carry their score (a last CSV column). */
export function exportStream(rows: Iterator<Row>, format: 'jsonl' | 'csv', done: () => void, scored = false, batch = 200): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const columns: readonly (keyof Row)[] = scored ? [...COLUMNS, 'score'] : COLUMNS;
  const line = format === 'csv' ? (row: Row) => `${columns.map((k) => csvField(row[k])).join(',')}\r\n` : jsonLine;
  let head = format === 'csv' ? `${columns.join(',')}\r\n` : '';
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    rows.return?.();
    done();
  };
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let chunk = head;
        head = '';
        try {
          for (let i = 0; i < batch; i++) {
            const next = rows.next();
            if (next.done) {
              if (chunk) controller.enqueue(encoder.encode(chunk));
              controller.close();
              finish();
              return;
            }
            chunk += line(next.value);
          }
        } catch (error) {
          finish();
          throw error;
        }
        controller.enqueue(encoder.encode(chunk));
      },
      cancel: finish,
    },
    { highWaterMark: 1 },
  );
}

export const exportTypes = { jsonl: 'application/x-ndjson; charset=utf-8', csv: 'text/csv; charset=utf-8; header=present' };
