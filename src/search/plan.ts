// Query planning: a parsed query becomes index phrases (tokens.ts), a match expression and highlight
// patterns. Pure given the word cutter. The expression is rendered for SQLite FTS5 here; the phrases and
// filters are backend-neutral, so a PostgreSQL backend can render the same plan its own way.
import { InputError } from '../model/index.js';
import { fold } from './fold.js';
import { matchPattern, queryPhrase, segments, type TokenPhrase } from './tokens.js';
import type { Filter, MatchNode, ParsedQuery, SortOrder } from './query-parser.js';

/** The searchable columns of the index, in the order bm25() weighs them. */
export const COLUMNS = ['headline', 'deck', 'body', 'names', 'words', 'pinyin'] as const;
export type Column = (typeof COLUMNS)[number];

/** Columns whose bigrams decide recall: a substring is found in any of them. */
const TEXT = '{headline deck body names}';
/** Proximity is scored where running text is. */
const RUNNING = '{headline deck body}';
/** Two ranges of nearness: the terms (almost) side by side, and in the same passage. */
const NEAR = [3, 30];

export interface Plan {
  /** FTS5 MATCH expression selecting the hits (proximity clauses only add score); null: filters only. */
  match: string | null;
  /** The same without the proximity clauses, to explain how much nearness added. */
  base: string | null;
  /** Rows to drop when the query is exclusions and filters only. */
  exclude: string | null;
  /** Regular expression sources (flags gu) over folded text, one per positive term, for highlighting. */
  highlights: string[];
  filters: Filter[];
  sort: SortOrder;
}

export interface Cutter {
  cut(folded: string): string[];
}

export function planQuery(query: ParsedQuery, cutter: Cutter): Plan {
  const highlights: string[] = [];
  const term = (node: Extract<MatchNode, { type: 'term' }>, positive: boolean): { phrase: string; expr: string } => {
    const folded = fold(node.text);
    const phrase = queryPhrase(folded);
    if (!phrase) throw new InputError('bad_query', `"${node.text}" has nothing to search for (only punctuation or spaces)`);
    if (positive) highlights.push(matchPattern(folded)!);
    const p = renderPhrase(phrase);
    if (node.field === 'headline') return { phrase: p, expr: `headline : (${p})` };
    const alternatives = [`${TEXT} : (${p})`];
    // Ranking only: a term that is one whole word of the text scores in the words column too. Restricted to
    // single-run terms that jieba keeps as one word, so this never finds a text the bigrams would not.
    const segs = segments(folded);
    const words = segs.length === 1 ? cutter.cut(folded) : [];
    if (words.length === 1 && words[0] === segs[0]!.chars.join('')) alternatives.push(`words : "${words[0]}"`);
    // Pinyin widens recall on purpose: `xuhui` and `xh` find 徐汇区 in headlines and names.
    if (!node.quoted && /^[a-z]{2,}$/.test(folded)) alternatives.push(`pinyin : "${folded}"*`);
    return { phrase: p, expr: alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})` };
  };

  const render = (node: MatchNode, positive: boolean): string => {
    switch (node.type) {
      case 'term':
        return term(node, positive).expr;
      case 'or':
        return `(${node.items.map((n) => {
          if (n.type === 'not') throw new InputError('bad_query', 'an excluded term cannot be one side of OR');
          return render(n, positive);
        }).join(' OR ')})`;
      case 'not':
        return render(node.item, false);
      case 'and': {
        const pos = node.items.filter((n) => n.type !== 'not');
        const neg = node.items.filter((n) => n.type === 'not');
        if (pos.length === 0) throw new InputError('bad_query', 'a group needs at least one term that is not excluded');
        const all = pos.length === 1 ? render(pos[0]!, positive) : `(${pos.map((n) => render(n, positive)).join(' AND ')})`;
        return neg.length === 0 ? all : `${all} NOT (${neg.map((n) => render(n, false)).join(' OR ')})`;
      }
    }
  };

  let match: string | null = null;
  let base: string | null = null;
  let exclude: string | null = null;
  const top = query.match;
  if (top) {
    const items = top.type === 'and' ? top.items : [top];
    const pos = items.filter((n) => n.type !== 'not');
    const neg = items.filter((n) => n.type === 'not');
    const negExpr = neg.length ? neg.map((n) => render(n, false)).join(' OR ') : null;
    if (pos.length === 0) {
      if (query.filters.length === 0) throw new InputError('bad_query', 'the query only excludes; add a term or a filter to search in');
      exclude = negExpr;
    } else {
      const rendered = pos.map((n) => render(n, true));
      const positive = rendered.length === 1 ? rendered[0]! : rendered.map((r) => `(${r})`).join(' AND ');
      const plain = pos.filter((n): n is Extract<MatchNode, { type: 'term' }> => n.type === 'term' && n.field === 'any');
      const near = plain.length >= 2 ? NEAR.map((d) => `${RUNNING} : NEAR(${plain.map((n) => term(n, false).phrase).join(' ')}, ${d})`) : [];
      const withNear = near.length ? `(${positive}) OR ${near.join(' OR ')}` : positive;
      match = negExpr ? `(${withNear}) NOT (${negExpr})` : withNear;
      base = negExpr ? `(${positive}) NOT (${negExpr})` : positive;
    }
  }
  const filters = query.filters.map((f): Filter => (f.type === 'paper' || f.type === 'entity' ? { ...f, value: fold(f.value).replace(/\s+/g, '') } : f));
  return { match, base, exclude, highlights, filters, sort: query.sort ?? (match ? 'relevance' : 'date') };
}

/** `"徐汇" + "汇区"`, the last token starred when it is a prefix. Tokens hold only letters and digits. */
function renderPhrase(phrase: TokenPhrase): string {
  return phrase.tokens.map((t, i) => `"${t}"${phrase.prefixLast && i === phrase.tokens.length - 1 ? '*' : ''}`).join(' + ');
}
