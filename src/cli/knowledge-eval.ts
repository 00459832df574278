// baoku knowledge-eval [GOLD]: precision, recall and F1 of the knowledge layer per kind of fact (people with
// posts, organisations, places, dates, figures) against gold written by a careful reader. Each set of pages
// is ingested into a fresh in-memory archive, as `baoku ingest` would, then read back through the read API.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestPage } from '../archive.js';
import { attachKnowledge, knowledgeReader } from '../knowledge/index.js';
import { emptyScores, formatScores, scorePage, scorePeople, type GoldPage, type Scores } from '../knowledge/score.js';
import { InputError } from '../model/index.js';
import { openSqliteStore } from '../store/index.js';
import { args, UsageError } from './args.js';

export const usage = `baoku knowledge-eval [GOLD] [--seeds DIR] [--ner] [--verbose] [--json]
  Scores people with posts, organisations, places, dates and figures against gold
  (default test/fixtures/knowledge/gold.json; "$seeds" in it is --seeds, default ../shared/corpus/xuhuibao).
  --verbose lists what was missed and what was found in excess.`;

export interface GoldSet {
  name: string;
  /** Folder of the pages, relative to the working directory; "$seeds" is the seed corpus. */
  dir: string;
  people?: Record<string, string[]>;
  pages: GoldPage[];
}

export interface EvalOptions {
  seeds?: string;
  ner?: boolean;
}

/** Scores per set and over all sets. */
export function evaluateKnowledge(sets: readonly GoldSet[], options: EvalOptions = {}): { sets: { name: string; scores: Scores }[]; total: Scores } {
  const total = emptyScores();
  const out = sets.map((set) => {
    const scores = emptyScores();
    for (const into of [scores, total]) scoreSet(set, options, into);
    return { name: set.name, scores };
  });
  return { sets: out, total };
}

function scoreSet(set: GoldSet, options: EvalOptions, into: Scores): void {
  const dir = set.dir === '$seeds' ? resolve(options.seeds ?? '../shared/corpus/xuhuibao') : resolve(set.dir);
  const store = openSqliteStore(':memory:');
  try {
    attachKnowledge(store);
    const articles = set.pages.map((p) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(dir, p.file));
      } catch (e) {
        throw new InputError('unreadable', `cannot read ${join(dir, p.file)}: ${(e as Error).message}`);
      }
      return ingestPage(store, { bytes, sourceFile: join(dir, p.file) }, { ner: options.ner ?? false }).articleIds;
    });
    const k = knowledgeReader(store);
    if (set.people) {
      const found = k.people().map((p) => ({ name: p.name, posts: p.posts.filter((s) => s.kind !== 'ended').map((s) => s.title) }));
      scorePeople(into, set.people, found, set.name);
    }
    set.pages.forEach((page, i) => {
      const facts = articles[i]!.map((id) => k.article(id));
      scorePage(into, page, {
        orgs: facts.flatMap((f) => f.orgs.map((m) => m.name)),
        places: facts.flatMap((f) => f.places.map((m) => m.name)),
        dates: facts.flatMap((f) => f.dates.map((d) => d.iso)),
        figures: facts.flatMap((f) => f.figures),
      });
    });
  } finally {
    store.close();
  }
}

export function knowledgeEval(argv: string[], out = process.stdout): number {
  const { values, positionals } = args(argv, { seeds: { type: 'string' }, ner: { type: 'boolean' }, verbose: { type: 'boolean' }, json: { type: 'boolean' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length > 1) throw new UsageError(`knowledge-eval takes one gold file\n${usage}`);
  const file = positionals[0] ?? 'test/fixtures/knowledge/gold.json';
  let sets: GoldSet[];
  try {
    sets = (JSON.parse(readFileSync(file, 'utf8')) as { sets: GoldSet[] }).sets;
    if (!Array.isArray(sets)) throw new Error('no "sets" list');
  } catch (e) {
    throw new InputError('bad_gold_file', `${file}: ${(e as Error).message}`);
  }
  const result = evaluateKnowledge(sets, { ...(values.seeds ? { seeds: values.seeds } : {}), ner: values.ner ?? false });
  if (values.json) return out.write(`${JSON.stringify(result)}\n`), 0;
  for (const { name, scores } of [...result.sets, { name: 'all', scores: result.total }]) {
    out.write(`${name}\n${formatScores(scores)}\n`);
    if (values.verbose && name !== 'all') {
      for (const [kind, t] of Object.entries(scores)) {
        for (const m of t.missed) out.write(`  missed ${kind} ${m}\n`);
        for (const x of t.extra) out.write(`  extra  ${kind} ${x}\n`);
      }
    }
    out.write('\n');
  }
  return 0;
}
