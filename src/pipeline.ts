// The one place the stages are wired together: read → repair → layout (→ enrich, later).
// Pure: the same bytes and options always give the same record, which is what makes re-ingest a no-op.
import { createHash } from 'node:crypto';
import { applyEdits, message, type Article, type Edition, type Encoding, type Page, type TextNode } from './model/index.js';
import { readText } from './read/index.js';
import { pathMeta } from './read/path-meta.js';
import { repair, type RepairOptions } from './repair/index.js';
import { inferEditionDate, layoutPage, type LayoutOptions } from './layout/index.js';
import { toSimplified } from './text/fold.js';
import type { ArticleRecord, PageRecord } from './store/types.js';

export interface PageInput {
  bytes: Uint8Array;
  sourceFile?: string | null;
  /** Declared encoding; checked against the bytes, never trusted blindly. */
  encoding?: Encoding;
  /** Used when the page prints no masthead. */
  paper?: string | null;
  date?: string | null;
  page?: number | null;
}

export interface PipelineOptions {
  repair?: RepairOptions;
  layout?: LayoutOptions;
}

export function processPage(input: PageInput, options: PipelineOptions = {}): PageRecord {
  const sourceFile = input.sourceFile ?? null;
  const source = readText(input.bytes, { sourceFile, ...(input.encoding ? { encoding: input.encoding } : {}) });
  const edits = repair(source, options.repair);
  const { layout, messages } = layoutPage(source, edits, options.layout);
  const page: Page = { type: 'page', source, edits, layout, messages };

  const fromPath = sourceFile ? pathMeta(sourceFile) : { date: null, page: null };
  const m = layout.masthead;
  const printedDate = m?.date ?? input.date ?? fromPath.date;
  const inferred = printedDate ? null : inferEditionDate(source.text);
  if (inferred) messages.push(message('pipeline/inferred-date', `edition date ${inferred} inferred from the latest date the page reports`));
  const paper = m?.paper ?? (input.paper ? toSimplified(input.paper) : null);
  const edition: Edition = {
    type: 'edition',
    paper,
    date: printedDate ?? inferred,
    dateInferred: printedDate === null && inferred !== null,
    issue: m?.issue ?? null,
    totalIssue: m?.totalIssue ?? null,
    licence: m?.licence ?? null,
  };
  return {
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    bytes: input.bytes,
    sourceFile,
    edition,
    pageNumber: input.page ?? layout.number ?? fromPath.page,
    page,
    articles: layout.articles.map((article, seq) => articleRecord(page, article, seq)),
  };
}

/** Body text: blocks in reading order, one per line. */
function articleRecord(page: Page, article: Article, seq: number): ArticleRecord {
  const raw = page.source.text;
  const folded = (n: TextNode) => applyEdits(raw, page.edits, ['display', 'index'], n).text.trim();
  return {
    seq,
    article,
    text: article.blocks.map((b) => b.text).join('\n'),
    textSimplified: article.blocks.map(folded).join('\n'),
  };
}
