// The one document model every stage shares. Plain JSON with a `type` discriminant, no classes,
// so a page can be stored, diffed and sent over the wire as it is.
//
// Offsets: every `start`/`end` is a UTF-16 offset into the page's decoded raw text (`Page.text`),
// never into repaired text. That is what lets any derived value point back at the bytes it came from.

import type { Edit } from './edit.js';
import type { Message } from './message.js';

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

export interface Line extends Span {
  box?: Box;
  /** Font size in points, when the source knows it. */
  size?: number;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5-hkscs';
export type SourceFormat = 'text' | 'markdown';

/** What a reader makes of one file: decoded text plus the facts about how it was decoded. */
export interface PageSource {
  type: 'page-source';
  /** Decoded text, exactly as the bytes say (BOM dropped, newlines untouched). */
  text: string;
  encoding: Encoding;
  bom: boolean;
  newline: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  format: SourceFormat;
  lines: Line[];
  sourceFile: string | null;
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
