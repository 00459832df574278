// The one document model every stage shares. Plain JSON with a `type` discriminant, no classes,
// so a page can be stored, diffed and sent over the wire as it is.
//
// Offsets: every `start`/`end` is a UTF-16 offset into the page's decoded raw text (`Page.text`),
// never into repaired text. That is what lets any derived value point back at the bytes it came from.

import type { Edit } from './edit.js';
import type { Message } from './message.js';
import type { ReadingOrder } from './reading-order.js';

export interface Span {
  start: number;
  end: number;
}

/** A piece of repaired text (printed script) with the raw span it was made from. */
export interface TextNode extends Span {
  text: string;
}

/** A line box from a positioned source (PDF, ALTO); absent for plain extracted text. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What a line is on the printed page, when the source says so (type size and position in a PDF or ALTO
 * file, tags in an HTML page). Layout trusts a role over what the line's text alone suggests.
 */
export type LineRole = 'kicker' | 'headline' | 'subheadline' | 'subhead' | 'body' | 'caption' | 'furniture';

/** One word (ALTO String) of a positioned line, kept so export can write it back where it stood. */
export interface Word extends Span {
  box: Box;
  /** Word confidence 0..1 (ALTO WC), when the source scored it. */
  wc?: number;
}

export interface Line extends Span {
  box?: Box;
  /** Font size in points, when the source knows it. */
  size?: number;
  font?: string;
  bold?: boolean;
  role?: LineRole;
  /** The line's words with their boxes (ALTO Strings, PDF text runs). */
  words?: Word[];
  /** The printed line ended in a hyphen (ALTO HYP) that the text leaves out. */
  hyphen?: string;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5-hkscs';
export type SourceFormat = 'text' | 'markdown' | 'pdf' | 'alto' | 'html';

/** A positioned text line as a PDF or ALTO reader finds it, before reading order is known. */
export interface PlacedLine {
  text: string;
  box: Box;
  size: number;
  font?: string;
  bold?: boolean;
  words?: { text: string; box: Box; wc?: number }[];
  hyphen?: string;
  /** The source's own block the line belongs to (ALTO TextBlock ID), a hint for grouping. */
  block?: string;
}

/** One page of a positioned source: page size in points (PDF) or the file's units (ALTO). */
export interface PlacedPage {
  type: 'placed-page';
  width: number;
  height: number;
  lines: PlacedLine[];
}

/** A placed page after layout found its reading order: lines in order, each with its role. */
export interface OrderedLine extends PlacedLine {
  role: LineRole;
  /** First line of a paragraph (or of a headline, caption …): the composed text breaks before it. */
  opens: boolean;
}

/** What a reader makes of one file: decoded text plus the facts about how it was decoded. */
export interface PageSource {
  type: 'page-source';
  /**
   * Decoded text, exactly as the bytes say (BOM dropped, newlines untouched). For positioned and tagged
   * sources (PDF, ALTO, HTML) the text their reader composed in reading order, one paragraph a line.
   */
  text: string;
  /** `pdf`: text from the PDF's fonts (their ToUnicode maps), not decoded bytes. */
  encoding: Encoding | 'pdf';
  bom: boolean;
  newline: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  format: SourceFormat;
  lines: Line[];
  sourceFile: string | null;
  /** Page size of a positioned source, in its own units (PDF points, ALTO MeasurementUnit). */
  size?: { width: number; height: number; unit: string };
}

export interface Masthead extends Span {
  /** Paper name folded to simplified script (the key editions are grouped by). */
  paper: string | null;
  /** Paper name as printed. */
  paperPrinted: string | null;
  licence: string | null;
  issue: number | null;
  totalIssue: number | null;
  /** ISO date, YYYY-MM-DD. */
  date: string | null;
  /** 1 = Monday … 7 = Sunday, as printed. */
  weekday: number | null;
  url: string | null;
}

/** One entry of an edition's page index ("02 徐汇区委季度工作会议举行", "08-09 …"). */
export interface PageIndexEntry extends Span {
  pages: number[];
  title: string;
}

export type ContributorRole = 'reporter' | 'correspondent' | 'photographer' | 'author' | 'editor';

export interface Contributor {
  name: string;
  role: ContributorRole;
  /** The printed title that gave the role (记者, 通讯员, 摄影 …). */
  title: string;
}

export interface Byline extends TextNode {
  people: Contributor[];
}

export type SourceKind = '来源' | '摘编自' | '转载自' | '稿件来源';

export interface Source extends TextNode {
  kind: SourceKind;
  /** The outlet or office named ("区投促办", "上观新闻"), printed script. */
  name: string;
}

export interface Jump extends TextNode {
  direction: 'to' | 'from';
  page: number;
}

export type BlockType = 'paragraph' | 'subhead' | 'caption' | 'quote';

export interface Block extends TextNode {
  type: BlockType;
}

export type ArticleKind = 'news' | 'photo-news' | 'feature';

export interface Article extends Span {
  type: 'article';
  kind: ArticleKind;
  kicker: TextNode | null;
  headline: TextNode | null;
  subheadline: TextNode | null;
  byline: Byline | null;
  /** Body in reading order: paragraphs, section subheads, captions, quotes. */
  blocks: Block[];
  source: Source | null;
  jumpTo: Jump | null;
  jumpFrom: Jump | null;
}

export interface PageLayout {
  type: 'page-layout';
  masthead: Masthead | null;
  index: PageIndexEntry[];
  articles: Article[];
  /** Page number when the page itself says it (running head, 第N版); else null. */
  number: number | null;
}

/** A page after the whole pipeline: source facts, repairs, layout and what we doubted. */
export interface Page {
  type: 'page';
  source: PageSource;
  edits: Edit[];
  layout: PageLayout;
  messages: Message[];
  /** Set when the printed order is not the reading order (interleaved columns): raw spans in reading order. */
  order?: ReadingOrder;
}

export interface Edition {
  type: 'edition';
  paper: string | null;
  date: string | null;
  /** True when the date was not printed on the page but inferred from its content. */
  dateInferred: boolean;
  issue: number | null;
  totalIssue: number | null;
  licence: string | null;
}
