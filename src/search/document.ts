// What the index knows of an article, and the tokens each column gets. Backend-neutral and pure given the
// word cutter: the SQLite index writes these columns into FTS5; a PostgreSQL index would store the same.
import { fold } from './fold.js';
import { indexTokens } from './tokens.js';
import { docTerms, type DocTerms } from './postings.js';
import { pinyinTokens, type WordCutter } from './words.js';
import type { Column } from './plan.js';

export interface SearchDoc {
  id: number;
  pageId: number;
  headline: string | null;
  kicker: string | null;
  subheadline: string | null;
  /** Repaired body in printed script, blocks joined by "\n". */
  body: string;
  /** The same folded to simplified script character for character (articles.text_simplified), if known. */
  bodySimplified?: string;
  /** People in the byline, as printed. */
  names: string[];
  /** The outlet or office named as source, as printed. */
  source: string | null;
  date: string | null;
  page: number | null;
  paper: string | null;
}

export interface IndexedDoc {
  /** What each FTS5 column gets. */
  columns: Record<Column, string>;
  /** Own posting-list terms (postings.ts). */
  terms: DocTerms;
  /** Tokens over every column, as FTS5 counts the row for BM25. */
  length: number;
}

export function documentColumns(doc: SearchDoc, cutter: WordCutter): IndexedDoc {
  const headline = fold(doc.headline ?? '');
  const deck = fold([doc.kicker, doc.subheadline].filter(Boolean).join('\n'));
  const body = fold(doc.body, doc.bodySimplified);
  const people = doc.names.map((n) => fold(n));
  const names = [...people, fold(doc.source ?? '')].join('\n');
  const headlineWords = cutter.cut(headline);
  // Words rank the fields where a whole-word match means most; cutting every body too would double the
  // build time for a signal the body's bigram bm25 and term nearness already give.
  const words = [...headlineWords, ...cutter.cut(deck), ...people.flatMap((n) => cutter.cut(n))];
  const columns: Record<Column, string> = {
    headline: indexTokens(headline),
    deck: indexTokens(deck),
    body: indexTokens(body),
    names: indexTokens(names),
    words: words.join(' '),
    pinyin: pinyinTokens([headlineWords, ...people.map((p) => [p])]).join(' '),
  };
  let length = 0;
  for (const c of Object.values(columns)) length += countTokens(c);
  return { columns, terms: docTerms([headline, deck, names, body], words), length };
}

/** People names as the person: filter compares them: folded, spaces dropped. */
export const personKey = (name: string) => fold(name).replace(/\s+/g, '');

function countTokens(spaced: string): number {
  if (spaced === '') return 0;
  let n = 1;
  for (let i = spaced.indexOf(' '); i >= 0; i = spaced.indexOf(' ', i + 1)) n++;
  return n;
}
