// What the index knows of an article, and the terms it is indexed as. Backend-neutral and pure given the
// word cutter.
import { fold } from './fold.js';
import { docTerms, type DocTerms } from './postings.js';
import { pinyinTokens, type WordCutter } from './words.js';

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

/** Own posting-list terms of an article (postings.ts): text, words, pinyin; `terms.length` counts its tokens for BM25. */
export function documentTerms(doc: SearchDoc, cutter: WordCutter): DocTerms {
  const headline = fold(doc.headline ?? '');
  const deck = fold([doc.kicker, doc.subheadline].filter(Boolean).join('\n'));
  const body = fold(doc.body, doc.bodySimplified);
  const people = doc.names.map((n) => fold(n));
  const names = [...people, fold(doc.source ?? '')].join('\n');
  const headlineWords = cutter.cut(headline);
  // Words rank the fields where a whole-word match means most; cutting every body too would double the
  // build time for a signal the body's bm25 and term nearness already give.
  const words = [...headlineWords, ...cutter.cut(deck), ...people.flatMap((n) => cutter.cut(n))];
  const pinyin = pinyinTokens([headlineWords, ...people.map((p) => [p])]);
  return docTerms([headline, deck, names, body], words, pinyin);
}

/** People names as the person: filter compares them: folded, spaces dropped. */
export const personKey = (name: string) => fold(name).replace(/\s+/g, '');
