// Ingesting into an archive: run the pipeline, store the page in one transaction, then stitch jumps across
// the edition's pages (a continuation may arrive in a later ingest than the page it continues).
import { processFile, processPage, type PageInput, type PipelineOptions } from './pipeline.js';
import { stitchJumps } from './layout/index.js';
import { archiveLexicon, type ArchiveLexicon } from './repair/index.js';
import { keptSpellings, type IngestResult, type PageRecord, type SqliteStore } from './store/index.js';

export interface IngestReport extends IngestResult {
  sourceFile: string | null;
  articles: number;
  edits: number;
  messages: number;
  linked: number;
}

export function ingestPage(store: SqliteStore, input: PageInput, options: PipelineOptions = {}): IngestReport {
  return storeRecord(store, processPage(input, withSpellings(store, options)));
}

const spellings = new WeakMap<SqliteStore, ArchiveLexicon>();

/**
 * The archive's own spellings (see repair/archive-lexicon.ts), which repair takes as an input: every stored
 * article's counts as the archive file keeps them (store/spelling-counts.ts), kept in step as pages are added, plus
 * `names` (e.g. the knowledge layer's people and organisations, with their article counts; only read then). So what
 * a page comes out as can depend on what was ingested before it (财跃星辰 is corrected once a page printing 阶跃星辰
 * is stored); a page already stored is never re-done by ingest. A page rolled back after the counts were taken
 * leaves its text counted in this process's map until the process ends: a count, never a stored change.
 */
export function archiveSpellings(store: SqliteStore, names: Iterable<readonly [string, number]> = []): ArchiveLexicon {
  let lexicon = spellings.get(store);
  if (lexicon) return lexicon;
  const terms = keptSpellings(store, (texts) => archiveLexicon(texts).terms);
  for (const [name, n] of names) if (archiveLexicon([name]).terms.get(name)) terms.set(name, Math.max(n, terms.get(name) ?? 0));
  spellings.set(store, (lexicon = { terms }));
  return lexicon;
}

/** Repair reads the archive's spellings unless the caller passes its own lexicon. */
function withSpellings(store: SqliteStore, options: PipelineOptions): PipelineOptions {
  return options.repair?.archive ? options : { ...options, repair: { ...options.repair, archive: archiveSpellings(store) } };
}

/**
 * Ingest a file of any format baoku reads (text, HTML, ALTO, PDF), picked by content. Every page is read
 * and laid out before the first is stored, so a file that fails to read changes nothing.
 */
export async function ingestFile(store: SqliteStore, input: PageInput, options: PipelineOptions = {}): Promise<IngestReport[]> {
  const records = await processFile(input, withSpellings(store, options));
  return records.map((record) => storeRecord(store, record));
}

function storeRecord(store: SqliteStore, record: PageRecord): IngestReport {
  const result = store.ingest(record);
  let linked = 0;
  if (result.status === 'added') {
    // Only articles that print a jump can be linked; parsing every article of the edition at every page cost
    // more than storing the page.
    const parts = store.editionArticles(result.editionId, { jumping: true });
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
