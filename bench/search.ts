// How fast and how complete is search, against SQLite FTS5 with the trigram tokenizer and FTS5 over jieba
// words, on the same corpus and queries in the same run? Per corpus size: build time, index size ÷ raw text,
// peak RSS, p50/p99 latency over a query mix (1-, 2-, 4-character terms, names, phrases, boolean,
// filtered, facets on), recall against a scan of the text, and the peers' latency ÷ ours.
//   node dist/bench/search.js [--sizes 10000,100000] [--chars 1500] [--per-class 8] [--runs 3] [--engines baoku,fts5-trigram,fts5-jieba] [--keep DIR]
// --budget S: each engine stops querying after S seconds (the queries it got through are reported);
// --build-budget S: an engine is stopped when its build and queries take over build-budget + budget seconds.
// --keep DIR keeps each size's corpus, queries and index files in DIR/<size> (to profile one engine with
// --engine X --dir DIR/<size>). --reuse with --keep DIR uses the corpus an earlier --keep run left there, and
// the index it built (an engine that can reopen its index reports the time to open it as its build time).
// Each engine builds and queries in its own process, so its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../src/store/index.js';
import { examplesDir, seedDir } from '../test/paths.js';
import Database from 'better-sqlite3';
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
    reuse: { type: 'boolean', default: false },
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
  /** found, hit: null when the recall check did not fit its budget. */
  queries: { cls: string; ms: number[]; first: number; truth: number; found: number | null; hit: number | null }[];
}

if (values.engine) child(values.engine, values.dir!);
else parent();

function child(name: string, dir: string): void {
  const base = join(dir, 'base.db');
  const engine: Engine = name === 'baoku' ? baokuEngine(base) : name === 'fts5-trigram' ? fts5Trigram(join(dir, 'tri.db'), base) : fts5Jieba(join(dir, 'jieba.db'), base);
  const t0 = process.hrtime.bigint();
  if (values.reuse && engine.open) engine.open();
  else engine.build();
  const buildS = Number(process.hrtime.bigint() - t0) / 1e9;
  const sizes = engine.db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as { name: string; bytes: number }[];
  const indexBytes = sizes.filter((s) => engine.tables(s.name)).reduce((n, s) => n + s.bytes, 0);
  const queries = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as BenchQuery[];
  const runs = Number(values.runs);
  const report: ChildReport = { engine: name, buildS, indexBytes, rssMB: 0, queries: [] };
  const stopAt = Date.now() + Number(values.budget) * 1000;
  // Every query once first (its "first run": nothing of it cached, the process still warming up), then the
  // timed runs, as a long-running reader serves them.
  const firsts: number[] = [];
  for (const q of queries) {
    if (Date.now() > stopAt) break;
    const t0 = process.hrtime.bigint();
    engine.run(q);
    firsts.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const timed: number[][] = [];
  for (const q of queries.slice(0, firsts.length)) {
    if (Date.now() > stopAt) break;
    const ms: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = process.hrtime.bigint();
      engine.run(q);
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    timed.push(ms);
  }
  // Recall after every timing (in a budget of its own): exporting a million hits leaves garbage and evicted
  // pages behind, which the next query's timed runs would otherwise pay for.
  const checkUntil = Date.now() + Number(values.budget) * 1000;
  for (const [i, q] of queries.slice(0, timed.length).entries()) {
    const found = Date.now() > checkUntil ? null : new Set(engine.all(q));
    const hit = found && q.truth.filter((id) => found.has(id)).length;
    report.queries.push({ cls: q.cls, ms: timed[i]!, first: firsts[i]!, truth: q.truth.length, found: found?.size ?? null, hit });
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
      const meta = join(dir, 'corpus.json');
      // With --reuse, a corpus kept by an earlier run is queried again as it is (its raw size noted beside it).
      const kept = values.reuse && existsSync(meta);
      let corpus = kept ? (JSON.parse(readFileSync(meta, 'utf8')) as { rawBytes: number; queries: number; seconds: number }) : null;
      if (!corpus) {
        const { docs, names } = makeCorpus(size, chars, { seedDir, examplesDir });
        const { bytes: rawBytes, sample } = writeArchive(join(dir, 'base.db'), docs);
        const queries = makeQueries(join(dir, 'base.db'), sample, names, Number(values['per-class']));
        writeFileSync(join(dir, 'queries.json'), JSON.stringify(queries));
        corpus = { rawBytes, queries: queries.length, seconds: (Date.now() - t0) / 1000 };
        if (values.keep) writeFileSync(meta, JSON.stringify(corpus));
      }
      const { rawBytes } = corpus;
      console.log(`\n## ${size.toLocaleString('en-US')} articles — raw text ${(rawBytes / 1e6).toFixed(0)} MB UTF-8, archive ${(statSync(join(dir, 'base.db')).size / 1e6).toFixed(0)} MB, ${corpus.queries} queries (corpus made in ${corpus.seconds.toFixed(0)} s${kept ? ' by an earlier run' : ''})`);
      // Each engine's row is printed as soon as it is done: a slow peer does not hide the others.
      const reports: ChildReport[] = [];
      for (const e of values.engines.split(',')) {
        const started = Date.now();
        const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--engine', e, '--dir', dir, '--runs', String(values.runs), '--budget', values.budget, ...(values.reuse ? ['--reuse'] : [])], {
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

/**
 * The corpus as an archive: editions, pages, articles and contributors written straight into the core
 * tables as it is generated, in transactions of 10,000 articles. Returns the raw text's UTF-8 bytes and a
 * sample of ~2,000 bodies to draw queries from.
 */
function writeArchive(path: string, docs: Iterable<BenchDoc>): { bytes: number; sample: string[] } {
  const store = openSqliteStore(path);
  const db = store.db;
  const edition = db.prepare('INSERT INTO editions (paper, date) VALUES (?, ?) ON CONFLICT (edition_key) DO UPDATE SET paper = excluded.paper RETURNING id').pluck();
  const page = db.prepare(`INSERT INTO pages (edition_id, number, sha256, text_sha256, raw, encoding, newline, format, text, document, ingested_at)
    VALUES (?, ?, ?, ?, x'', 'utf-8', 'lf', 'text', '', '{}', '2026-01-01T00:00:00Z')`);
  const article = db.prepare(`INSERT INTO articles (page_id, seq, kind, kicker, headline, subheadline, text, text_simplified, start, end, document)
    VALUES (?, ?, 'news', ?, ?, ?, ?, ?, 0, 0, '{}')`);
  const person = db.prepare(`INSERT INTO contributors (article_id, seq, name, role, title) VALUES (?, ?, ?, 'reporter', '记者')`);
  const pages = new Map<string, { id: number; seq: number }>();
  const sample: string[] = [];
  let bytes = 0;
  const write = db.transaction((batch: BenchDoc[]) => {
    for (const d of batch) {
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
  });
  let batch: BenchDoc[] = [];
  let n = 0;
  for (const d of docs) {
    // Every k-th body, k growing with the corpus, so the sample stays ~2,000 whatever the size.
    if (n++ % 50 === 0 && sample.length < 2000) sample.push(d.body);
    else if (sample.length >= 2000 && n % 997 === 0) sample[n % 2000] = d.body;
    batch.push(d);
    if (batch.length === 10_000) write(batch), (batch = []);
  }
  write(batch);
  store.close();
  return { bytes, sample };
}

/**
 * Queries drawn from sampled bodies, each with the articles a scan of the stored text says contain it (one
 * pass over the archive for every term at once, so the corpus is never all in memory).
 */
function makeQueries(path: string, sample: string[], names: string[], perClass: number): BenchQuery[] {
  const rand = seededRandom(7);
  const han = (n: number): string => {
    for (;;) {
      const body = sample[Math.floor(rand() * sample.length)]!;
      const at = Math.floor(rand() * Math.max(1, body.length - n));
      const s = body.slice(at, at + n);
      if ([...s].length === n && /^\p{Script=Han}+$/u.test(s)) return s;
    }
  };
  const specs: Omit<BenchQuery, 'truth'>[] = [];
  const q = (cls: string, terms: string[], extra: Partial<BenchQuery> = {}) => specs.push({ cls, terms, ...extra });
  for (let i = 0; i < perClass; i++) {
    const year = 2015 + Math.floor(rand() * 11);
    q('1-char', [han(1)]);
    q('2-char', [han(2)]);
    q('4-char', [han(4)]);
    q('name', [names[Math.floor(rand() * names.length)]!]);
    q('phrase', [han(6 + (i % 3))], { phrase: true });
    if (i % 3 === 0) q('boolean', [han(2), han(2)]);
    else if (i % 3 === 1) q('boolean', [han(2), han(2)], { or: true });
    else q('boolean', [han(2)], { not: han(2) });
    q('filtered', [han(2)], { filter: { from: `${year}-01-01`, to: `${year}-12-31`, pageFrom: 1, pageTo: 4 } });
    q('facets', [han(2)], { facets: true });
  }
  const terms = [...new Set(specs.flatMap((s) => [...s.terms, ...(s.not ? [s.not] : [])]))];
  const holders = new Map(terms.map((t) => [t, [] as number[]]));
  // Edition date (YYYYMMDD) and page by article id, for the filtered queries' truth.
  const dayOf = (iso: string) => Number(iso.replaceAll('-', ''));
  let date = new Int32Array(1 << 16);
  let pageOf = new Int32Array(1 << 16);
  const db = new Database(path, { readonly: true });
  const rows = db.prepare(`SELECT a.id, a.headline, a.kicker, a.subheadline, a.text, e.date, p.number AS page,
      (SELECT group_concat(name, char(10)) FROM (SELECT name FROM contributors c WHERE c.article_id = a.id ORDER BY c.seq)) AS names
    FROM articles a JOIN pages p ON p.id = a.page_id JOIN editions e ON e.id = p.edition_id ORDER BY a.id`);
  const filtered = specs.some((s) => s.filter);
  for (const r of rows.iterate() as IterableIterator<{ id: number; headline: string; kicker: string | null; subheadline: string | null; text: string; date: string; page: number; names: string | null }>) {
    const text = [r.headline, r.kicker, r.subheadline, r.text, r.names].filter(Boolean).join('\n');
    for (const t of terms) if (text.includes(t)) holders.get(t)!.push(r.id);
    if (filtered && r.id >= date.length) {
      const [d, p] = [new Int32Array(2 * r.id), new Int32Array(2 * r.id)];
      d.set(date), p.set(pageOf), (date = d), (pageOf = p);
    }
    if (filtered) (date[r.id] = dayOf(r.date)), (pageOf[r.id] = r.page);
  }
  db.close();
  return specs.map((spec) => {
    const sets = spec.terms.map((t) => holders.get(t)!);
    let truth = spec.or ? [...new Set(sets.flat())] : sets.slice(1).reduce((acc, s) => { const has = new Set(s); return acc.filter((id) => has.has(id)); }, sets[0]!);
    if (spec.not) {
      const drop = new Set(holders.get(spec.not)!);
      truth = truth.filter((id) => !drop.has(id));
    }
    const f = spec.filter;
    if (f) truth = truth.filter((id) => date[id]! >= dayOf(f.from) && date[id]! <= dayOf(f.to) && pageOf[id]! >= f.pageFrom && pageOf[id]! <= f.pageTo);
    return { ...spec, truth };
  });
}

// Function declarations, not consts: the entry point above runs before this part of the module is evaluated.
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}
function ms(r: ChildReport, cls?: string): number[] {
  return r.queries.filter((q) => !cls || q.cls === cls).flatMap((q) => q.ms);
}
/** Recall over the queries whose hits were checked. */
function recall(r: ChildReport, cls?: string): number {
  const qs = r.queries.filter((q) => (!cls || q.cls === cls) && q.hit !== null);
  return qs.reduce((n, q) => n + q.hit!, 0) / Math.max(1, qs.reduce((n, q) => n + q.truth, 0));
}

/** What of the query set an engine got through in its budgets, when not all of it. */
function budgetNote(r: ChildReport, ours: ChildReport): string {
  const checked = r.queries.filter((q) => q.hit !== null).length;
  const parts = [r.queries.length < ours.queries.length ? `${r.queries.length} of ${ours.queries.length} queries in budget` : '', checked < r.queries.length ? `recall over ${checked}` : ''];
  return parts.some(Boolean) ? ` (${parts.filter(Boolean).join(', ')})` : '';
}

function printRow(r: ChildReport, ours: ChildReport, rawBytes: number, header: boolean): void {
  if (header) {
    console.log(`| engine | build s | index MB | index ÷ raw | peak RSS MB | p50 ms | p99 ms | first run p50 / p99 ms | recall | p99 ÷ ${ours.engine} p99 |`);
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  }
  const first = r.queries.map((q) => q.first);
  console.log(`| ${r.engine}${budgetNote(r, ours)} | ${r.buildS.toFixed(1)} | ${(r.indexBytes / 1e6).toFixed(0)} | ${(r.indexBytes / rawBytes).toFixed(2)} | ${r.rssMB.toFixed(0)} | ${pct(ms(r), 50).toFixed(2)} | ${pct(ms(r), 99).toFixed(2)} | ${pct(first, 50).toFixed(2)} / ${pct(first, 99).toFixed(2)} | ${recall(r).toFixed(3)} | ${(pct(ms(r), 99) / pct(ms(ours), 99)).toFixed(1)}× |`);
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
