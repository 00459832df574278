// Query planning: a parsed query becomes index phrases (tokens.ts), a match expression and highlight
// patterns. Pure given the word cutter. The expression is rendered for SQLite FTS5 here; the phrases and
// filters are backend-neutral, so a PostgreSQL backend can render the same plan its own way.
import { InputError } from '../model/index.js';
import { fold } from './fold.js';
import { matchPattern, queryPhrase, segments, type TokenPhrase } from './tokens.js';
import { WORD_PREFIX } from './postings.js';
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

/**
 * What the executor evaluates (exec.ts). A term with `token` is one Han character or pair, answered from
 * baoku's own posting lists (with the words list `words` adding score); any other term is answered by FTS5
 * with `fts` (an exact phrase of bigrams, a word prefix, pinyin).
 */
export type PlanNode =
  | { type: 'term'; field: 'any' | 'headline'; token: string | null; words: string | null; fts: string }
  | { type: 'and'; items: PlanNode[]; not: PlanNode[] }
  | { type: 'or'; items: PlanNode[] };

export interface Plan {
  /** The terms; null: filters only. `items` empty: every article, less `not`. */
  tree: Extract<PlanNode, { type: 'and' }> | null;
  /** FTS5 expression scoring the plain terms standing near each other (adds score, never selects); or null. */
  near: string | null;
  /** FTS5 expression of the positive terms, to explain each field's share. */
  base: string | null;
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
  const term = (node: Extract<MatchNode, { type: 'term' }>, positive: boolean): { phrase: string; expr: string; node: PlanNode } => {
    const folded = fold(node.text);
    const phrase = queryPhrase(folded);
    if (!phrase) throw new InputError('bad_query', `"${node.text}" has nothing to search for (only punctuation or spaces)`);
    if (positive) highlights.push(matchPattern(folded)!);
    const p = renderPhrase(phrase);
    const segs = segments(folded);
    const token = segs.length === 1 && segs[0]!.kind === 'han' && segs[0]!.chars.length <= 2 ? segs[0]!.chars.join('') : null;
    if (node.field === 'headline') {
      const expr = `headline : (${p})`;
      return { phrase: p, expr, node: { type: 'term', field: 'headline', token, words: null, fts: expr } };
    }
    const alternatives = [`${TEXT} : (${p})`];
    // Ranking only: a term that is one whole word of the text scores in the words column too. Restricted to
    // single-run terms that jieba keeps as one word, so this never finds a text the bigrams would not.
    const words = segs.length === 1 ? cutter.cut(folded) : [];
    const word = words.length === 1 && words[0] === segs[0]!.chars.join('') ? words[0]! : null;
    if (word) alternatives.push(`words : "${word}"`);
    // Pinyin widens recall on purpose: `xuhui` and `xh` find 徐汇区 in headlines and names.
    if (!node.quoted && /^[a-z]{2,}$/.test(folded)) alternatives.push(`pinyin : "${folded}"*`);
    const expr = alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`;
    return { phrase: p, expr, node: { type: 'term', field: 'any', token, words: token && word ? WORD_PREFIX + word : null, fts: expr } };
  };

  type Rendered = { expr: string; node: PlanNode };
  const render = (node: MatchNode, positive: boolean): Rendered => {
    switch (node.type) {
      case 'term':
        return term(node, positive);
      case 'or': {
        const items = node.items.map((n) => {
          if (n.type === 'not') throw new InputError('bad_query', 'an excluded term cannot be one side of OR');
          return render(n, positive);
        });
        return { expr: `(${items.map((r) => r.expr).join(' OR ')})`, node: { type: 'or', items: items.map((r) => r.node) } };
      }
      case 'not':
        return render(node.item, false);
      case 'and': {
        const pos = node.items.filter((n) => n.type !== 'not').map((n) => render(n, positive));
        const neg = node.items.filter((n) => n.type === 'not').map((n) => render(n, false));
        if (pos.length === 0) throw new InputError('bad_query', 'a group needs at least one term that is not excluded');
        const all = pos.length === 1 ? pos[0]!.expr : `(${pos.map((r) => r.expr).join(' AND ')})`;
        const expr = neg.length === 0 ? all : `${all} NOT (${neg.map((r) => r.expr).join(' OR ')})`;
        return { expr, node: { type: 'and', items: pos.map((r) => r.node), not: neg.map((r) => r.node) } };
      }
    }
  };

  let tree: Plan['tree'] = null;
  let near: string | null = null;
  let base: string | null = null;
  const top = query.match;
  if (top) {
    const items = top.type === 'and' ? top.items : [top];
    const pos = items.filter((n) => n.type !== 'not');
    const neg = items.filter((n) => n.type === 'not').map((n) => render(n, false));
    if (pos.length === 0 && query.filters.length === 0) throw new InputError('bad_query', 'the query only excludes; add a term or a filter to search in');
    const rendered = pos.map((n) => render(n, true));
    tree = { type: 'and', items: rendered.map((r) => r.node), not: neg.map((r) => r.node) };
    if (rendered.length > 0) {
      const positive = rendered.length === 1 ? rendered[0]!.expr : rendered.map((r) => `(${r.expr})`).join(' AND ');
      base = neg.length ? `(${positive}) NOT (${neg.map((r) => r.expr).join(' OR ')})` : positive;
      const plain = pos.filter((n): n is Extract<MatchNode, { type: 'term' }> => n.type === 'term' && n.field === 'any');
      if (plain.length >= 2) near = NEAR.map((d) => `${RUNNING} : NEAR(${plain.map((n) => term(n, false).phrase).join(' ')}, ${d})`).join(' OR ');
    }
  }
  const filters = query.filters.map((f): Filter => (f.type === 'paper' || f.type === 'entity' ? { ...f, value: fold(f.value).replace(/\s+/g, '') } : f));
  return { tree, near, base, highlights, filters, sort: query.sort ?? (base ? 'relevance' : 'date') };
}

/** `"徐汇" + "汇区"`, the last token starred when it is a prefix. Tokens hold only letters and digits. */
function renderPhrase(phrase: TokenPhrase): string {
  return phrase.tokens.map((t, i) => `"${t}"${phrase.prefixLast && i === phrase.tokens.length - 1 ? '*' : ''}`).join(' + ');
}
