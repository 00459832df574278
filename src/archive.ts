// Ingesting into an archive: run the pipeline, store the page in one transaction, then stitch jumps across
// the edition's pages (a continuation may arrive in a later ingest than the page it continues).
import { processFile, processPage, type PageInput, type PipelineOptions } from './pipeline.js';
import { stitchJumps } from './layout/index.js';
import type { IngestResult, PageRecord, Store } from './store/types.js';

export interface IngestReport extends IngestResult {
  sourceFile: string | null;
  articles: number;
  edits: number;
  messages: number;
  linked: number;
}

export function ingestPage(store: Store, input: PageInput, options: PipelineOptions = {}): IngestReport {
  return storeRecord(store, processPage(input, options));
}

/**
 * Ingest a file of any format baoku reads (text, HTML, ALTO, PDF), picked by content. Every page is read
 * and laid out before the first is stored, so a file that fails to read changes nothing.
 */
export async function ingestFile(store: Store, input: PageInput, options: PipelineOptions = {}): Promise<IngestReport[]> {
  const records = await processFile(input, options);
  return records.map((record) => storeRecord(store, record));
}

function storeRecord(store: Store, record: PageRecord): IngestReport {
  const result = store.ingest(record);
  let linked = 0;
  if (result.status === 'added') {
    const parts = store.editionArticles(result.editionId);
    const current = new Map(parts.map((p) => [p.id, p.continuesTo]));
    for (const link of stitchJumps(parts).links) {
      if (current.get(link.from) === link.to) continue;
      store.linkJump(link.from, link.to);
      linked++;
    }
  }
  return {
    ...result,
    sourceFile: record.sourceFile,
    articles: record.articles.length,
    edits: record.page.edits.length,
    messages: record.page.messages.length,
    linked,
  };
}
