// Scoring the knowledge layer against gold (test/fixtures/knowledge/gold.json): precision, recall and F1 per
// kind of fact. Pure: the caller hands it what a careful reader takes from each page and what baoku found.
//   people   (name, post) pairs over a whole set of pages: a person found with a wrong post costs precision
//   org      names read in full, per page (星河算力（华东） counts as 星河算力)
//   place    names, per page
//   date     ISO values, per page, as a multiset (今年 and 2025年 are both 2025)
//   figure   value + unit, per page; `figure+` also needs the metric and the change right

export interface GoldFigure {
  value: number | null;
  unit: string | null;
  /** The words a reader would use for what it counts; null: not scored. */
  metric?: string | null;
  /** [direction, value, unit, basis] */
  change?: [string, number, string, string | null] | null;
}

export interface FoundFigure {
  value: number | null;
  unit: string | null;
  metric: string;
  change: { direction: string; value: number; unit: string; basis: string | null } | null;
}

export interface GoldPage {
  file: string;
  orgs?: string[];
  places?: string[];
  dates?: (string | null)[];
  figures?: GoldFigure[];
}

export interface FoundPage {
  orgs: string[];
  places: string[];
  dates: (string | null)[];
  figures: FoundFigure[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** What was missed and what was found in excess, for reading. */
  missed: string[];
  extra: string[];
}

export const KINDS = ['people', 'org', 'place', 'date', 'figure', 'figure+'] as const;
export type Kind = (typeof KINDS)[number];
export type Scores = Record<Kind, Tally>;

export const emptyScores = (): Scores => Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, missed: [], extra: [] }])) as unknown as Scores;

/** Count matches between two multisets of keys. */
function tallyKeys(into: Tally, gold: readonly string[], found: readonly string[], where: string): void {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  for (const f of found) {
    const n = left.get(f) ?? 0;
    if (n > 0) {
      left.set(f, n - 1);
      into.tp++;
    } else {
      into.fp++;
      into.extra.push(`${where}: ${f}`);
    }
  }
  for (const [g, n] of left) {
    into.fn += n;
    for (let i = 0; i < n; i++) into.missed.push(`${where}: ${g}`);
  }
}

/** (name, post) pairs over a set: people found with posts against the people a reader sees with them. */
export function scorePeople(into: Scores, gold: Record<string, string[]>, found: { name: string; posts: string[] }[], where: string): void {
  const pairs = (list: [string, string[]][]) => [...new Set(list.flatMap(([n, ps]) => ps.map((p) => `${n} ${p}`)))];
  tallyKeys(into.people, pairs(Object.entries(gold)), pairs(found.map((p) => [p.name, p.posts])), where);
}

const orgKey = (name: string) => name.replace(/[（(][^）)]*[）)]/gu, '');

export function scorePage(into: Scores, gold: GoldPage, found: FoundPage): void {
  const where = gold.file;
  if (gold.orgs) tallyKeys(into.org, gold.orgs.map(orgKey), [...new Set(found.orgs.map(orgKey))], where);
  if (gold.places) tallyKeys(into.place, gold.places, [...new Set(found.places)], where);
  if (gold.dates) tallyKeys(into.date, gold.dates.map(String), found.dates.map(String), where);
  if (gold.figures) scoreFigures(into, gold.figures, found.figures, where);
}

const figureKey = (f: { value: number | null; unit: string | null; change?: unknown }) => {
  if (f.value !== null) return `${f.value} ${normalUnit(f.unit)}`;
  const c = f.change as GoldFigure['change'] | FoundFigure['change'];
  if (!c) return 'null';
  return Array.isArray(c) ? `Δ${c[1]} ${normalUnit(c[2])}` : `Δ${c.value} ${normalUnit(c.unit)}`;
};
const normalUnit = (u: string | null) => (u === '％' ? '%' : u);

function scoreFigures(into: Scores, gold: GoldFigure[], found: FoundFigure[], where: string): void {
  tallyKeys(into.figure, gold.map(figureKey), found.map(figureKey), where);
  // figure+: the same figure with what it counts and how it changed.
  const left = [...gold];
  let right = 0;
  for (const f of found) {
    const i = left.findIndex((g) => figureKey(g) === figureKey(f) && fullMatch(g, f));
    if (i >= 0) {
      left.splice(i, 1);
      right++;
    } else {
      into['figure+'].extra.push(`${where}: ${figureKey(f)} “${f.metric}”${f.change ? ` ${f.change.direction} ${f.change.value}${f.change.unit}` : ''}`);
    }
  }
  into['figure+'].tp += right;
  into['figure+'].fp += found.length - right;
  into['figure+'].fn += gold.length - right;
  for (const g of left) into['figure+'].missed.push(`${where}: ${figureKey(g)} “${g.metric ?? ''}”`);
}

function fullMatch(g: GoldFigure, f: FoundFigure): boolean {
  if (g.metric && !(f.metric.includes(g.metric) && f.metric.length <= g.metric.length + 4)) return false;
  const gc = g.change ?? null;
  if (!gc || !f.change) return !gc === !f.change;
  return gc[0] === f.change.direction && gc[1] === f.change.value && gc[2] === normalUnit(f.change.unit) && gc[3] === f.change.basis;
}

export function prf(t: Tally): { p: number; r: number; f1: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function formatScores(s: Scores): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const rows = KINDS.map((k) => {
    const { p, r, f1 } = prf(s[k]);
    return `${k.padEnd(8)}${pct(p)}${pct(r)}${pct(f1)}${String(s[k].tp + s[k].fn).padStart(7)}${String(s[k].tp + s[k].fp).padStart(7)}`;
  });
  return [`${'kind'.padEnd(8)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'gold'.padStart(7)}${'found'.padStart(7)}`, ...rows].join('\n');
}
