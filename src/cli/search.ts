// baoku search "query": ranked hits with highlighted snippets; --json one hit per line for scripts.
import type { Writable } from 'node:stream';
import { openSqliteStore } from '../store/index.js';
import { marked, openSearch, type SearchHit, type SearchResult } from '../search/index.js';
import { args, dbPath, intOption, UsageError } from './args.js';

export const usage = `baoku search "query" [--db FILE] [--json] [--limit N] [--facets] [--explain] [--sort relevance|date] [--cursor C] [--all]
  Full-text search: terms (any substring, simplified or traditional), "exact phrases", -exclude, OR,
  headline: person: org: page:2..4 paper: date:2024-05..2024-10 sort:date. --all streams every hit.
  --json: one hit per line on stdout; {total, sort, next, facets} as one line on stderr.`;

export async function search(argv: string[], out: Writable = process.stdout, err: Writable = process.stderr): Promise<number> {
  const { values, positionals } = args(argv, {
    json: { type: 'boolean' },
    limit: { type: 'string' },
    facets: { type: 'boolean' },
    explain: { type: 'boolean' },
    sort: { type: 'string' },
    cursor: { type: 'string' },
    all: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length === 0) throw new UsageError(`search needs a query\n${usage}`);
  const sort = values.sort;
  if (sort !== undefined && sort !== 'relevance' && sort !== 'date') throw new UsageError(`--sort takes relevance or date, not "${sort}"`);
  const query = positionals.join(' ');
  const store = openSqliteStore(dbPath(values.db));
  try {
    const engine = openSearch(store);
    if (values.all) {
      for (const hit of engine.exportHits(query, { ...(sort ? { sort } : {}), snippets: true })) {
        if (!out.write(`${JSON.stringify(hit)}\n`)) await new Promise((r) => out.once('drain', r));
      }
      return 0;
    }
    const result = engine.search(query, {
      limit: intOption(values.limit, 'limit') ?? 10,
      cursor: values.cursor ?? null,
      ...(sort ? { sort } : {}),
      facets: values.facets ?? false,
      explain: values.explain ?? false,
    });
    if (values.json) writeJson(result, out, err);
    else writeText(result, out);
    return 0;
  } finally {
    store.close();
  }
}

/** Hits one per line on stdout (every line a hit, for scripts); the total, cursor and facets as one JSON line on stderr. */
function writeJson(result: SearchResult, out: Writable, err: Writable): void {
  for (const h of result.hits) out.write(`${JSON.stringify(h)}\n`);
  const { total, next, facets, sort } = result;
  err.write(`${JSON.stringify({ total, sort, next, ...(facets ? { facets } : {}) })}\n`);
}

function writeText(result: SearchResult, out: Writable): void {
  out.write(`${result.total} hit${result.total === 1 ? '' : 's'} (sorted by ${result.sort})\n\n`);
  for (const h of result.hits) writeHit(h, out);
  if (result.next) out.write(`more: --cursor ${result.next}\n`);
  const f = result.facets;
  if (f) {
    const line = (name: string, counts: { value: string; count: number }[] | null) =>
      counts && counts.length && out.write(`${name}: ${counts.map((c) => `${c.value} (${c.count})`).join(', ')}\n`);
    out.write('\n');
    line('year', f.year);
    line('month', f.month);
    line('page', f.page);
    line('paper', f.paper);
    line('person', f.person);
    line('org', f.org);
  }
}

function writeHit(h: SearchHit, out: Writable): void {
  const where = `${h.paper ?? ''} ${h.date ?? ''} 第${h.page ?? '?'}版`.trim();
  out.write(`${String(h.id).padStart(6)}  ${marked(h.headline ?? '(no headline)', h.headlineHighlights)}  · ${where}  · ${h.score.toFixed(3)}\n`);
  if (h.snippet) out.write(`        ${marked(h.snippet, h.highlights).replace(/\n/g, ' ')}\n`);
  if (h.explain) {
    const fields = Object.entries(h.explain.fields).filter(([, v]) => v !== 0).map(([k, v]) => `${k} ${v}×`);
    out.write(`        why: ${fields.map((f) => f.replace(/×$/, '')).join(', ') || 'no field'}; nearness +${h.explain.proximity}\n`);
  }
  out.write('\n');
}
