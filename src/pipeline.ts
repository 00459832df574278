// The one place the stages are wired together: read → repair → layout → enrich.
// Pure: the same bytes and options always give the same record, which is what makes re-ingest a no-op.
import { createHash } from 'node:crypto';
import { appliedText, InputError, message, type Article, type Edit, type EditLayer, type Edition, type Encoding, type Page, type PageSource, type PlacedPage, type SourceFormat } from './model/index.js';
import { composeSource, readAlto, readHtml, readMets, readPdf, readText, sniffFormat, type ReadPdfOptions } from './read/index.js';
import { pathMeta } from './read/path-meta.js';
import { deinterleave, flagMissingOrExtra, repair, type RepairOptions } from './repair/index.js';
import { inferEditionDate, layoutPage, orderPage, type LayoutOptions } from './layout/index.js';
import { enrichPage, loadNerModel } from './enrich/index.js';
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
  /**
   * For files that name others (a METS issue file names its ALTO pages): the bytes of `href`. The caller
   * decides what an href may reach; without it such files are refused.
   */
  resolve?: (href: string) => Uint8Array;
}

export interface PipelineOptions {
  pdf?: ReadPdfOptions;
  repair?: RepairOptions;
  layout?: LayoutOptions;
  /** false: skip the enrich stage (people, organisations, dates, figures), as the bare-pipeline bench does. */
  enrich?: boolean;
  /** Also run the learned NER model in enrich (organisations and places no rule knows; ~4× slower). */
  ner?: boolean;
}

/** Extracted text (UTF-8, GB18030, Big5 …) → one page record. */
export function processPage(input: PageInput, options: PipelineOptions = {}): PageRecord {
  const sourceFile = input.sourceFile ?? null;
  return processSource(input, readText(input.bytes, { sourceFile, ...(input.encoding ? { encoding: input.encoding } : {}) }), options);
}

/**
 * Any file baoku reads → its page records, the reader picked by content (PDF magic bytes, the XML root
 * element, an HTML doctype or root), not by file name. Several records when the file holds several pages.
 */
export async function processFile(input: PageInput, options: PipelineOptions = {}): Promise<PageRecord[]> {
  const sourceFile = input.sourceFile ?? null;
  const format = sniffFormat(input.bytes);
  switch (format) {
    case 'text':
      return [processPage(input, options)];
    case 'html':
      return [processSource(input, readHtml(input.bytes, { sourceFile }), options)];
    case 'alto':
      return processPlaced(input, readAlto(input.bytes), 'alto', options);
    case 'pdf':
      return processPlaced(input, await readPdf(input.bytes, options.pdf), 'pdf', options);
    case 'mets':
      return processMets(input, options);
    default:
      throw new InputError('unsupported_format', `the file is XML, but not ALTO, METS or XHTML: baoku does not read it`);
  }
}

/** A METS issue: its ALTO pages, each stored with its own bytes, in the issue's article order when it gives one. */
function processMets(input: PageInput, options: PipelineOptions): PageRecord[] {
  const issue = readMets(input.bytes);
  const { resolve } = input;
  if (!resolve) throw new InputError('mets_needs_files', 'a METS issue file names its pages in other files: ingest it from its folder');
  return issue.pages.map((p) => {
    const bytes = resolve(p.href);
    const [alto] = readAlto(bytes);
    const blocks = issue.blocks.get(p.fileId);
    const size = { width: alto!.width, height: alto!.height, unit: alto!.unit };
    const source = composeSource(orderPage(alto!, blocks ? { blocks } : {}), { format: 'alto', sourceFile: p.href, size });
    const page = { bytes, sourceFile: p.href, paper: issue.paper ?? input.paper ?? null, date: issue.date ?? input.date ?? null, page: p.number };
    return processSource(page, source, options);
  });
}

/** Positioned pages: layout finds their reading order and roles, then they go the text path's way. */
function processPlaced(input: PageInput, pages: readonly (PlacedPage & { unit?: string; index?: number; count?: number })[], format: SourceFormat, options: PipelineOptions): PageRecord[] {
  const sourceFile = input.sourceFile ?? null;
  return pages.map((p, index) => {
    const size = { width: p.width, height: p.height, unit: p.unit ?? 'pt' };
    const source = composeSource(orderPage(p), { format, sourceFile, size });
    // The part is the page's position in the file (a PDF may skip pages without text), out of all it holds.
    const at = 'index' in p && typeof p.index === 'number' ? p.index : index + 1;
    const count = 'count' in p && typeof p.count === 'number' ? p.count : pages.length;
    return processSource(input, source, options, count > 1 ? { index: at, count } : undefined);
  });
}

function processSource(input: PageInput, source: PageSource, options: PipelineOptions, part?: PageRecord['part']): PageRecord {
  const sourceFile = input.sourceFile ?? null;
  // Text from a PDF's fonts or an HTML page is exact: OCR look-alike corrections are for OCR (text, ALTO).
  const exact = source.format === 'pdf' || source.format === 'html';
  const edits = repair(source, exact ? { ...options.repair, confusions: false } : options.repair);
  const columnOptions = options.repair?.columns;
  const columns = columnOptions === false ? { order: null, messages: [] } : deinterleave(source, columnOptions);
  const { layout, messages } = layoutPage(source, edits, { ...options.layout, order: columns.order });
  // Missing or extra characters are OCR damage too: flagged for a reader, never guessed.
  const gaps = options.repair?.gaps;
  messages.unshift(...columns.messages, ...(exact || gaps === false ? [] : flagMissingOrExtra(source.text, edits, { archive: options.repair?.archive, ...gaps })));
  const page: Page = { type: 'page', source, edits, layout, messages, ...(columns.order ? { order: columns.order } : {}) };

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
  const knowledge = options.enrich === false ? null : enrichPage(page, { paper, date: edition.date, model: options.ner ? loadNerModel() : null });
  return {
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    bytes: input.bytes,
    ...(part ? { part } : {}),
    sourceFile,
    edition,
    pageNumber: input.page ?? layout.number ?? fromPath.page,
    page,
    articles: layout.articles.map((article, seq) => ({
      ...articleRecord(page, article, seq),
      ...(knowledge ? { knowledge: knowledge[seq]! } : {}),
    })),
  };
}

/**
 * Body text: blocks in reading order, one per line. Plain loops, not map/join: blocks arrays come in several
 * element kinds and block nodes in many shapes, and the inlined builtins deoptimised on each new one.
 */
function articleRecord(page: Page, article: Article, seq: number): ArticleRecord {
  const raw = page.source.text;
  const { blocks } = article;
  // A reordered page's blocks are not one raw span each: fold their shown text instead.
  // Otherwise only edits inside the blocks' overall span can fall inside a block: look at those alone per block.
  let from = Infinity;
  let to = -Infinity;
  for (const b of blocks) {
    if (b.start < from) from = b.start;
    if (b.end > to) to = b.end;
  }
  const inside: Edit[] = [];
  const { edits } = page;
  if (!page.order) for (let i = 0; i < edits.length; i++) if (edits[i]!.start >= from && edits[i]!.end <= to) inside.push(edits[i]!);
  let text = '';
  let textSimplified = '';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const sep = i === 0 ? '' : '\n';
    text += sep + b.text;
    textSimplified += sep + (page.order ? toSimplified(b.text) : appliedText(raw, inside, FOLDED, b).trim());
  }
  return { seq, article, text, textSimplified };
}

const FOLDED: readonly EditLayer[] = ['display', 'index'];
