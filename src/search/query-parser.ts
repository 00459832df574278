// The query language, parsed into a small tree. Pure: no folding, no database, so every backend shares it.
//
//   徐汇 模速空间          both terms (AND); a term is a substring, whatever the word boundaries
//   "云溪 大学"            an exact phrase (spaces inside Chinese fold away; “…” quotes work too)
//   -招商                  exclude
//   人才 OR 人力 | 引才     either (OR binds tighter than AND; parentheses group)
//   headline:云溪          only in the headline
//   person:周沐阳 org:…    articles linked to a person or organisation (see entities.ts)
//   page:2  page:2..4  paper:云溪报  date:2025  date:2024-05..2024-10  date:..2024-12-31
//   sort:date | sort:relevance
//
// Bad syntax throws an InputError that says what is wrong and where; nothing is silently dropped.
import { InputError } from '../model/index.js';

export type MatchNode =
  | { type: 'term'; text: string; quoted: boolean; field: 'any' | 'headline' }
  | { type: 'and'; items: MatchNode[] }
  | { type: 'or'; items: MatchNode[] }
  | { type: 'not'; item: MatchNode };

export type Filter =
  | { type: 'date'; from: string; to: string }
  | { type: 'page'; from: number; to: number }
  | { type: 'paper'; value: string }
  | { type: 'entity'; kind: 'person' | 'org'; value: string };

export type SortOrder = 'relevance' | 'date';

export interface ParsedQuery {
  /** Null when the query is filters only. */
  match: MatchNode | null;
  filters: Filter[];
  sort: SortOrder | null;
}

export const FIELDS = ['headline', 'person', 'org', 'page', 'paper', 'date', 'sort'] as const;
type Field = (typeof FIELDS)[number];

interface Token {
  kind: 'text' | 'lparen' | 'rparen' | 'or';
  text: string;
  quoted: boolean;
  negated: boolean;
  field: Field | null;
  at: number;
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」' };
const SPACE = /[\s\u3000]/;
const MAX_QUERY = 1000;

export function parseQuery(input: string): ParsedQuery {
  if (input.length > MAX_QUERY) throw bad(`the query is longer than ${MAX_QUERY} characters`);
  const tokens = lex(input);
  if (tokens.length === 0) throw bad('the query is empty');
  const filters: Filter[] = [];
  let sort: SortOrder | null = null;
  let i = 0;

  const sequence = (depth: number): MatchNode[] => {
    const items: MatchNode[] = [];
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t.kind === 'rparen') {
        if (depth === 0) throw bad(`unmatched ")" at character ${t.at + 1}`);
        return items;
      }
      if (t.kind === 'or') throw bad(`OR at character ${t.at + 1} needs a term before it`);
      if (t.field !== null && t.field !== 'headline') {
        if (depth > 0 || tokens[i + 1]?.kind === 'or' || tokens[i - 1]?.kind === 'or') {
          throw bad(`the filter ${t.field}: at character ${t.at + 1} applies to the whole query; it cannot be grouped or OR'd`);
        }
        if (t.negated) throw bad(`the filter ${t.field}: at character ${t.at + 1} cannot be excluded`);
        i++;
        if (t.field === 'sort') sort = sortValue(t.text);
        else filters.push(filter(t.field, t.text));
        continue;
      }
      const alternatives = [unary(depth)];
      while (tokens[i]?.kind === 'or') {
        const or = tokens[i++]!;
        const next = tokens[i];
        if (!next || next.kind === 'rparen' || next.kind === 'or') throw bad(`OR at character ${or.at + 1} needs a term after it`);
        if (next.field !== null && next.field !== 'headline') throw bad(`the filter ${next.field}: at character ${next.at + 1} applies to the whole query; it cannot be OR'd`);
        alternatives.push(unary(depth));
      }
      items.push(alternatives.length === 1 ? alternatives[0]! : { type: 'or', items: alternatives });
    }
    if (depth > 0) throw bad('a "(" is never closed');
    return items;
  };

  const unary = (depth: number): MatchNode => {
    const t = tokens[i++]!;
    let node: MatchNode;
    if (t.kind === 'lparen') {
      const items = sequence(depth + 1);
      if (tokens[i]?.kind !== 'rparen') throw bad(`the "(" at character ${t.at + 1} is never closed`);
      i++;
      if (items.length === 0) throw bad(`the group at character ${t.at + 1} is empty`);
      node = items.length === 1 ? items[0]! : { type: 'and', items };
    } else {
      if (t.text.trim() === '') throw bad(`${t.field ? `${t.field}:` : 'a phrase'} at character ${t.at + 1} has nothing to search for`);
      node = { type: 'term', text: t.text, quoted: t.quoted, field: t.field === 'headline' ? 'headline' : 'any' };
    }
    return t.negated ? { type: 'not', item: node } : node;
  };

  const items = sequence(0);
  const match = items.length === 0 ? null : items.length === 1 ? items[0]! : { type: 'and' as const, items };
  return { match, filters, sort };
}

function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    const at = i;
    if (ch === '(' || ch === '（') {
      tokens.push({ kind: 'lparen', text: ch, quoted: false, negated: false, field: null, at });
      i++;
      continue;
    }
    if (ch === ')' || ch === '）') {
      tokens.push({ kind: 'rparen', text: ch, quoted: false, negated: false, field: null, at });
      i++;
      continue;
    }
    if (ch === '|') {
      tokens.push({ kind: 'or', text: ch, quoted: false, negated: false, field: null, at });
      i++;
      continue;
    }
    let negated = false;
    if (ch === '-') {
      negated = true;
      i++;
      if (i >= input.length || SPACE.test(input[i]!)) throw bad(`"-" at character ${at + 1} needs a term right after it`);
      if (input[i] === '(' || input[i] === '（') {
        tokens.push({ kind: 'lparen', text: '(', quoted: false, negated: true, field: null, at });
        i++;
        continue;
      }
    }
    let field: Field | null = null;
    const named = /^([A-Za-z]+)[:：]/.exec(input.slice(i, i + 12));
    if (named) {
      const name = named[1]!.toLowerCase();
      if (!(FIELDS as readonly string[]).includes(name)) throw bad(`unknown filter "${named[1]}:" at character ${i + 1} (known: ${FIELDS.join(', ')})`);
      field = name as Field;
      i += named[0].length;
    }
    const open = input[i];
    if (open !== undefined && open in QUOTES) {
      const close = QUOTES[open]!;
      const end = input.indexOf(close, i + 1);
      if (end < 0) throw bad(`the quote at character ${i + 1} is never closed`);
      tokens.push({ kind: 'text', text: input.slice(i + 1, end), quoted: true, negated, field, at });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !SPACE.test(input[end]!) && !'()（）|'.includes(input[end]!) && !(input[end]! in QUOTES)) end++;
    const text = input.slice(i, end);
    i = end;
    if (text === 'OR' && !negated && field === null) tokens.push({ kind: 'or', text, quoted: false, negated, field, at });
    else if (text === '' && field !== null) throw bad(`${field}: at character ${at + 1} needs a value`);
    else tokens.push({ kind: 'text', text, quoted: false, negated, field, at });
  }
  return tokens;
}

function filter(field: Exclude<Field, 'headline' | 'sort'>, value: string): Filter {
  switch (field) {
    case 'date':
      return dateRange(value);
    case 'page':
      return pageRange(value);
    case 'paper':
      return { type: 'paper', value };
    case 'person':
    case 'org':
      return { type: 'entity', kind: field, value };
  }
}

function sortValue(value: string): SortOrder {
  if (value === 'relevance' || value === 'date') return value;
  throw bad(`sort: takes relevance or date, not "${value}"`);
}

const DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

function dateRange(value: string): Filter {
  const [from, to, extra] = value.split('..');
  if (extra !== undefined || (from === '' && to === '')) throw bad(dateHelp(value));
  const lo = from === '' ? '0000-01-01' : dateBound(from!, 'from', value);
  const hi = to === undefined ? dateBound(from!, 'to', value) : to === '' ? '9999-12-31' : dateBound(to, 'to', value);
  if (lo > hi) throw bad(`date:${value} ends before it starts`);
  return { type: 'date', from: lo, to: hi };
}

function dateBound(text: string, side: 'from' | 'to', whole: string): string {
  const m = DATE.exec(text);
  if (!m) throw bad(dateHelp(whole));
  const [, y, mo, d] = m;
  const month = mo === undefined ? (side === 'from' ? 1 : 12) : Number(mo);
  const day = d === undefined ? (side === 'from' ? 1 : 31) : Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) throw bad(`date:${whole} is not a real date`);
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const dateHelp = (value: string) => `date:${value} must be YYYY, YYYY-MM or YYYY-MM-DD, or a range like 2024-05..2024-10 (either end may be left open)`;

function pageRange(value: string): Filter {
  const m = /^(\d{1,4})(?:\.\.(\d{1,4}))?$/.exec(value);
  if (!m) throw bad(`page:${value} must be a page number or a range like 2..4`);
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > to) throw bad(`page:${value} ends before it starts`);
  return { type: 'page', from, to };
}

const bad = (message: string) => new InputError('bad_query', message);
