// Query planning: a parsed query becomes terms over baoku's own lists (stored token texts in position
// order, postings.ts), a tree to evaluate, and highlight patterns. Pure given the word cutter and
// backend-neutral: the executor (exec.ts) reads the lists from whatever backend holds them.
import { InputError } from '../model/index.js';
import { fold } from './fold.js';
import { matchPattern, segments } from './tokens.js';
import { PINYIN_PREFIX, TEXT_PREFIX, WORD_PREFIX } from './postings.js';
import type { Filter, MatchNode, ParsedQuery, SortOrder } from './query-parser.js';

/** The fields a score is made of, as --explain shows them. */
export const COLUMNS = ['headline', 'deck', 'body', 'names', 'words', 'pinyin'] as const;
export type Column = (typeof COLUMNS)[number];

/** Two ranges of nearness: the terms (almost) side by side, and in the same passage. */
export const NEAR = [3, 30] as const;

/**
 * A term: the stored tokens standing at positions p, p+1, … (a Han run's pairs, then its last character when
 * more text follows; a run of letters and digits), the last one a prefix when `prefix`; `span` is how many
 * positions a match covers. `words` (a whole jieba word) adds score; `pinyin` (a prefix) widens recall.
 */
export type PlanNode =
  | { type: 'term'; field: 'any' | 'headline'; tokens: string[]; prefix: boolean; span: number; words: string | null; pinyin: string | null }
  | { type: 'and'; items: PlanNode[]; not: PlanNode[] }
  | { type: 'or'; items: PlanNode[] };
export type TermNode = Extract<PlanNode, { type: 'term' }>;

export interface Plan {
  /** The terms; null: filters only. `items` empty: every article, less `not`. */
  tree: Extract<PlanNode, { type: 'and' }> | null;
  /** Plain terms whose nearness adds score (never selects); empty when fewer than two. */
  near: TermNode[];
  /** Whether hits have scores (the query has a term to rank by). */
  ranked: boolean;
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
  const term = (node: Extract<MatchNode, { type: 'term' }>, positive: boolean): TermNode => {
    const folded = fold(node.text);
    const segs = segments(folded);
    if (segs.length === 0) throw new InputError('bad_query', `"${node.text}" has nothing to search for (only punctuation or spaces)`);
    if (positive) highlights.push(matchPattern(folded)!);
    const tokens: string[] = [];
    let span = 0;
    segs.forEach((seg, i) => {
      const last = i === segs.length - 1;
      if (seg.kind === 'word') return tokens.push(TEXT_PREFIX + seg.chars.join('')), span++;
      const c = seg.chars;
      for (let k = 0; k + 1 < c.length; k++) tokens.push(c[k]! + c[k + 1]!);
      // A run's last character stands at its own position when more text follows (or it is alone).
      if (!last || c.length === 1) tokens.push(c[c.length - 1]!);
      span += c.length;
    });
    const prefix = segs[segs.length - 1]!.kind === 'word';
    if (node.field === 'headline') return { type: 'term', field: 'headline', tokens, prefix, span, words: null, pinyin: null };
    // Ranking only: a term that is one whole word of the text scores as a word too. Restricted to single-run
    // terms that jieba keeps as one word, so this never finds a text the characters would not.
    const words = segs.length === 1 ? cutter.cut(folded) : [];
    const word = words.length === 1 && words[0] === segs[0]!.chars.join('') ? WORD_PREFIX + words[0]! : null;
    // Pinyin widens recall on purpose: `xuhui` and `xh` find 徐汇区 in headlines and names.
    const pinyin = !node.quoted && /^[a-z]{2,}$/.test(folded) ? PINYIN_PREFIX + folded : null;
    return { type: 'term', field: 'any', tokens, prefix, span, words: word, pinyin };
  };

  const render = (node: MatchNode, positive: boolean): PlanNode => {
    switch (node.type) {
      case 'term':
        return term(node, positive);
      case 'or':
        return {
          type: 'or',
          items: node.items.map((n) => {
            if (n.type === 'not') throw new InputError('bad_query', 'an excluded term cannot be one side of OR');
            return render(n, positive);
          }),
        };
      case 'not':
        return render(node.item, false);
      case 'and': {
        const pos = node.items.filter((n) => n.type !== 'not').map((n) => render(n, positive));
        const neg = node.items.filter((n) => n.type === 'not').map((n) => render(n, false));
        if (pos.length === 0) throw new InputError('bad_query', 'a group needs at least one term that is not excluded');
        return { type: 'and', items: pos, not: neg };
      }
    }
  };

  let tree: Plan['tree'] = null;
  let near: TermNode[] = [];
  let ranked = false;
  const top = query.match;
  if (top) {
    const items = top.type === 'and' ? top.items : [top];
    const pos = items.filter((n) => n.type !== 'not');
    const neg = items.filter((n) => n.type === 'not').map((n) => render(n, false));
    if (pos.length === 0 && query.filters.length === 0) throw new InputError('bad_query', 'the query only excludes; add a term or a filter to search in');
    const rendered = pos.map((n) => render(n, true));
    tree = { type: 'and', items: rendered, not: neg };
    ranked = rendered.length > 0;
    const plain = rendered.filter((n): n is TermNode => n.type === 'term' && n.field === 'any');
    if (plain.length >= 2) near = plain;
  }
  const filters = query.filters.map((f): Filter => (f.type === 'paper' || f.type === 'entity' ? { ...f, value: fold(f.value).replace(/\s+/g, '') } : f));
  return { tree, near, ranked, highlights, filters, sort: query.sort ?? (ranked ? 'relevance' : 'date') };
}
