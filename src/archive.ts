// Ingesting into an archive: run the pipeline, store the page in one transaction, then stitch jumps across
// the edition's pages (a continuation may arrive in a later ingest than the page it continues).
import { processFile, processPage, type PageInput, type PipelineOptions } from './pipeline.js';
import { stitchJumps } from './layout/index.js';
import { archiveLexicon, type ArchiveLexicon } from './repair/index.js';
import type { IngestResult, PageRecord, Store } from './store/types.js';

export interface IngestReport extends IngestResult {
  sourceFile: string | null;
  articles: number;
  edits: number;
  messages: number;
  linked: number;
}

export function ingestPage(store: Store, input: PageInput, options: PipelineOptions = {}): IngestReport {
  return storeRecord(store, processPage(input, withSpellings(store, options)));
}

const spellings = new WeakMap<Store, ArchiveLexicon>();

/**
 * The archive's own spellings (see repair/archive-lexicon.ts), which repair takes as an input: built on first
 * use from every stored article's text plus `names` (e.g. the knowledge layer's people and organisations, with
 * their article counts; only read then), and kept in step by an ingest hook as pages are added. So what a page
 * comes out as can depend on what was ingested before it (财跃星辰 is corrected once a page printing 阶跃星辰 is
 * stored); a page already stored is never re-done by ingest. A page rolled back after the hook ran leaves its
 * text counted until the process ends: a count, never a stored change.
 */
export function archiveSpellings(store: Store, names: Iterable<readonly [string, number]> = []): ArchiveLexicon {
  let lexicon = spellings.get(store);
  if (lexicon) return lexicon;
  const { terms } = archiveLexicon((function* () {
    for (const row of store.exportArticles()) yield row.text;
  })());
  for (const [name, n] of names) if (archiveLexicon([name]).terms.get(name)) terms.set(name, Math.max(n, terms.get(name) ?? 0));
  store.onIngest(({ record }) => archiveLexicon(record.articles.map((a) => a.text), terms));
  spellings.set(store, (lexicon = { terms }));
  return lexicon;
}

/** Repair reads the archive's spellings unless the caller passes its own lexicon. */
function withSpellings(store: Store, options: PipelineOptions): PipelineOptions {
  return options.repair?.archive ? options : { ...options, repair: { ...options.repair, archive: archiveSpellings(store) } };
}

/**
 * Ingest a file of any format baoku reads (text, HTML, ALTO, PDF), picked by content. Every page is read
 * and laid out before the first is stored, so a file that fails to read changes nothing.
 */
export async function ingestFile(store: Store, input: PageInput, options: PipelineOptions = {}): Promise<IngestReport[]> {
  const records = await processFile(input, withSpellings(store, options));
  return records.map((record) => storeRecord(store, record));
}

function storeRecord(store: Store, record: PageRecord): IngestReport {
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
