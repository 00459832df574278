// How fast and how complete is search, against SQLite FTS5 with the trigram tokenizer and FTS5 over jieba
// words, on the same corpus and queries in the same run? Per corpus size: build time, index size ÷ raw text,
// peak RSS, p50/p99 latency over a query mix (1-, 2-, 4-character terms, names, phrases, boolean,
// filtered, facets on), recall against a scan of the text, and the peers' latency ÷ ours.
//   node dist/bench/search.js [--sizes 10000,100000] [--chars 1500] [--per-class 8] [--runs 3] [--engines baoku,fts5-trigram,fts5-jieba] [--keep DIR]
// --budget S: each engine stops querying after S seconds (the queries it got through are reported);
// --build-budget S: an engine is stopped when its build and queries take over build-budget + budget seconds.
// --keep DIR keeps each size's corpus, queries and index files in DIR/<size> (to profile one engine with
// --engine X --dir DIR/<size>).
// Each engine builds and queries in its own process, so its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../src/store/index.js';
import { examplesDir, seedDir } from '../test/paths.js';
import { makeCorpus, type BenchDoc } from './search-corpus.js';
import { seededRandom } from '../src/text/random.js';
import { baokuEngine, fts5Jieba, fts5Trigram, type BenchQuery, type Engine } from './search-engines.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    chars: { type: 'string', default: '1500' },
    'per-class': { type: 'string', default: '8' },
    runs: { type: 'string', default: '3' },
    engines: { type: 'string', default: 'baoku,fts5-trigram,fts5-jieba' },
    engine: { type: 'string' },
    dir: { type: 'string' },
    keep: { type: 'string' },
    budget: { type: 'string', default: '600' },
    'build-budget': { type: 'string', default: '2400' },
  },
});

interface ChildReport {
  engine: string;
  buildS: number;
  indexBytes: number;
  rssMB: number;
  /** ms: the timed runs; first: the first run (nothing of this query cached yet, though terms may be). */
  queries: { cls: string; ms: number[]; first: number; truth: number; found: number; hit: number }[];
}

if (values.engine) child(values.engine, values.dir!);
else parent();

function child(name: string, dir: string): void {
  const base = join(dir, 'base.db');
  const engine: Engine = name === 'baoku' ? baokuEngine(base) : name === 'fts5-trigram' ? fts5Trigram(join(dir, 'tri.db'), base) : fts5Jieba(join(dir, 'jieba.db'), base);
  const t0 = process.hrtime.bigint();
  engine.build();
  const buildS = Number(process.hrtime.bigint() - t0) / 1e9;
  const sizes = engine.db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as { name: string; bytes: number }[];
  const indexBytes = sizes.filter((s) => engine.tables(s.name)).reduce((n, s) => n + s.bytes, 0);
  const queries = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as BenchQuery[];
  const runs = Number(values.runs);
  const report: ChildReport = { engine: name, buildS, indexBytes, rssMB: 0, queries: [] };
  const stopAt = Date.now() + Number(values.budget) * 1000;
  for (const q of queries) {
    if (Date.now() > stopAt) break;
    const t0 = process.hrtime.bigint();
    engine.run(q); // warm
    const first = Number(process.hrtime.bigint() - t0) / 1e6;
    const ms: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = process.hrtime.bigint();
      engine.run(q);
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const found = new Set(engine.all(q));
    report.queries.push({ cls: q.cls, ms, first, truth: q.truth.length, found: found.size, hit: q.truth.filter((id) => found.has(id)).length });
  }
  engine.close();
  report.rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(report));
}

function parent(): void {
  const chars = Number(values.chars);
  console.log(`bench/search — ${cpus().length} × ${cpus()[0]?.model.trim()}, node ${process.version}, ~${chars} chars per article, ${values.runs} timed runs per query`);
  for (const size of values.sizes.split(',').map(Number)) {
    const dir = values.keep ? join(values.keep, String(size)) : mkdtempSync(join(tmpdir(), 'baoku-bench-search-'));
    if (values.keep) mkdirSync(dir, { recursive: true });
    try {
      const t0 = Date.now();
      const { docs, names } = makeCorpus(size, chars, { seedDir, examplesDir });
      const rawBytes = writeArchive(join(dir, 'base.db'), docs);
      const queries = makeQueries(docs, names, Number(values['per-class']));
      writeFileSync(join(dir, 'queries.json'), JSON.stringify(queries));
      console.log(`\n## ${size.toLocaleString('en-US')} articles — raw text ${(rawBytes / 1e6).toFixed(0)} MB UTF-8, archive ${(statSync(join(dir, 'base.db')).size / 1e6).toFixed(0)} MB, ${queries.length} queries (corpus made in ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      // Each engine's row is printed as soon as it is done: a slow peer does not hide the others.
      const reports: ChildReport[] = [];
      for (const e of values.engines.split(',')) {
        const started = Date.now();
        const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--engine', e, '--dir', dir, '--runs', String(values.runs), '--budget', values.budget], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
          timeout: (Number(values['build-budget']) + Number(values.budget)) * 1000,
        });
        if (r.error || r.signal) {
          const progress = (r.stderr ?? '').trim().split('\n').filter((l) => l.startsWith('indexed')).pop();
          console.log(`| ${e} | stopped after ${((Date.now() - started) / 1000).toFixed(0)} s (budget)${progress ? `: ${progress}` : ''} |`);
          continue;
        }
        if (r.status !== 0) throw new Error(`${e} failed: ${r.stderr}`);
        reports.push(JSON.parse(r.stdout) as ChildReport);
        printRow(reports[reports.length - 1]!, reports[0]!, rawBytes, reports.length === 1);
      }
      if (reports.length > 0) printClasses(reports);
    } finally {
      if (!values.keep) rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** The corpus as an archive: editions, pages, articles and contributors written straight into the core tables. */
function writeArchive(path: string, docs: BenchDoc[]): number {
  const store = openSqliteStore(path);
  const db = store.db;
  const edition = db.prepare('INSERT INTO editions (paper, date) VALUES (?, ?) ON CONFLICT (edition_key) DO UPDATE SET paper = excluded.paper RETURNING id').pluck();
  const page = db.prepare(`INSERT INTO pages (edition_id, number, sha256, text_sha256, raw, encoding, newline, format, text, document, ingested_at)
    VALUES (?, ?, ?, ?, x'', 'utf-8', 'lf', 'text', '', '{}', '2026-01-01T00:00:00Z')`);
  const article = db.prepare(`INSERT INTO articles (page_id, seq, kind, kicker, headline, subheadline, text, text_simplified, start, end, document)
    VALUES (?, ?, 'news', ?, ?, ?, ?, ?, 0, 0, '{}')`);
  const person = db.prepare(`INSERT INTO contributors (article_id, seq, name, role, title) VALUES (?, ?, ?, 'reporter', '记者')`);
  const pages = new Map<string, { id: number; seq: number }>();
  let bytes = 0;
  db.transaction(() => {
    for (const d of docs) {
      const key = `${d.paper}/${d.date}/${d.page}`;
      let p = pages.get(key);
      if (!p) {
        const e = edition.get(d.paper, d.date) as number;
        const hash = String(pages.size).padStart(64, '0');
        p = { id: Number(page.run(e, d.page, hash, hash).lastInsertRowid), seq: 0 };
        pages.set(key, p);
      }
      const id = Number(article.run(p.id, p.seq++, d.kicker, d.headline, d.subheadline, d.body, d.body).lastInsertRowid); // already simplified
      if (id !== d.id) throw new Error(`article ${d.id} stored as ${id}`);
      d.names.forEach((n, i) => person.run(id, i, n));
      bytes += Buffer.byteLength(`${d.headline}${d.kicker ?? ''}${d.subheadline ?? ''}${d.body}${d.names.join('')}`);
    }
  })();
  store.close();
  return bytes;
}

/** Queries sampled from the corpus, each with the articles a scan of the text says contain it. */
function makeQueries(docs: BenchDoc[], names: string[], perClass: number): BenchQuery[] {
  const rand = seededRandom(7);
  const texts = docs.map((d) => [d.headline, d.kicker, d.subheadline, d.body, ...d.names].filter(Boolean).join('\n'));
  const scan = (t: string) => new Set(docs.filter((_, i) => texts[i]!.includes(t)).map((d) => d.id));
  const han = (n: number): string => {
    for (;;) {
      const body = docs[Math.floor(rand() * docs.length)]!.body;
      const at = Math.floor(rand() * Math.max(1, body.length - n));
      const s = body.slice(at, at + n);
      if ([...s].length === n && /^\p{Script=Han}+$/u.test(s)) return s;
    }
  };
  const q = (cls: string, terms: string[], extra: Partial<BenchQuery> = {}): BenchQuery => {
    const sets = terms.map(scan);
    let truth = extra.or ? new Set(sets.flatMap((s) => [...s])) : new Set([...sets[0]!].filter((id) => sets.every((s) => s.has(id))));
    if (extra.not) {
      const drop = scan(extra.not);
      truth = new Set([...truth].filter((id) => !drop.has(id)));
    }
    const f = extra.filter;
    if (f) truth = new Set([...truth].filter((id) => { const d = docs[id - 1]!; return d.date >= f.from && d.date <= f.to && d.page >= f.pageFrom && d.page <= f.pageTo; }));
    return { cls, terms, ...extra, truth: [...truth] };
  };
  const out: BenchQuery[] = [];
  for (let i = 0; i < perClass; i++) {
    const year = 2015 + Math.floor(rand() * 11);
    out.push(
      q('1-char', [han(1)]),
      q('2-char', [han(2)]),
      q('4-char', [han(4)]),
      q('name', [names[Math.floor(rand() * names.length)]!]),
      q('phrase', [han(6 + (i % 3))], { phrase: true }),
      i % 3 === 0 ? q('boolean', [han(2), han(2)]) : i % 3 === 1 ? q('boolean', [han(2), han(2)], { or: true }) : q('boolean', [han(2)], { not: han(2) }),
      q('filtered', [han(2)], { filter: { from: `${year}-01-01`, to: `${year}-12-31`, pageFrom: 1, pageTo: 4 } }),
      q('facets', [han(2)], { facets: true }),
    );
  }
  return out;
}

// Function declarations, not consts: the entry point above runs before this part of the module is evaluated.
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}
function ms(r: ChildReport, cls?: string): number[] {
  return r.queries.filter((q) => !cls || q.cls === cls).flatMap((q) => q.ms);
}
function recall(r: ChildReport, cls?: string): number {
  const qs = r.queries.filter((q) => !cls || q.cls === cls);
  return qs.reduce((n, q) => n + q.hit, 0) / Math.max(1, qs.reduce((n, q) => n + q.truth, 0));
}

function printRow(r: ChildReport, ours: ChildReport, rawBytes: number, header: boolean): void {
  if (header) {
    console.log(`| engine | build s | index MB | index ÷ raw | peak RSS MB | p50 ms | p99 ms | first run p50 / p99 ms | recall | p99 ÷ ${ours.engine} p99 |`);
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  }
  const first = r.queries.map((q) => q.first);
  console.log(`| ${r.engine}${r.queries.length < ours.queries.length ? ` (${r.queries.length} of ${ours.queries.length} queries in budget)` : ''} | ${r.buildS.toFixed(1)} | ${(r.indexBytes / 1e6).toFixed(0)} | ${(r.indexBytes / rawBytes).toFixed(2)} | ${r.rssMB.toFixed(0)} | ${pct(ms(r), 50).toFixed(2)} | ${pct(ms(r), 99).toFixed(2)} | ${pct(first, 50).toFixed(2)} / ${pct(first, 99).toFixed(2)} | ${recall(r).toFixed(3)} | ${(pct(ms(r), 99) / pct(ms(ours), 99)).toFixed(1)}× |`);
}

function printClasses(reports: ChildReport[]): void {
  const ours = reports[0]!;
  const classes = [...new Set(ours.queries.map((q) => q.cls))];
  console.log(`\n| class | median hits | ${reports.map((r) => `${r.engine} p50 / p99 ms (recall)`).join(' | ')} |`);
  console.log(`|---|---:|${reports.map(() => '---:').join('|')}|`);
  for (const c of classes) {
    const hits = ours.queries.filter((q) => q.cls === c).map((q) => q.truth);
    const cell = (r: ChildReport) => (ms(r, c).length === 0 ? '— (over budget)' : `${pct(ms(r, c), 50).toFixed(2)} / ${pct(ms(r, c), 99).toFixed(2)} (${recall(r, c).toFixed(3)})`);
    console.log(`| ${c} | ${pct(hits, 50)} | ${reports.map(cell).join(' | ')} |`);
  }
}
