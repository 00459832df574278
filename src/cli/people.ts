// baoku people: everyone the archive names with a post (and others it names), with each post's timeline.
// baoku person NAME|ID: one person's timeline with the citing articles.
import { NotFoundError } from '../model/index.js';
import { knowledgeReader, type Person } from '../knowledge/index.js';
import { openSqliteStore } from '../store/index.js';
import { args, dbPath, UsageError } from './args.js';
import { csvLine } from './csv.js';

export const usage = `baoku people [--db FILE] [--json | --csv] [--authors | --all]
  Lists people named in the archive with their posts: title, first and last edition seen, citing articles.
  --authors lists reporters and photographers from bylines instead; --all lists everyone.`;

export const personUsage = `baoku person <name|id> [--db FILE] [--json]
  One person's timeline (every homonym of that name separately), with the articles that cite each post.`;

const postJson = (p: Person) => ({
  id: p.id,
  name: p.name,
  role: p.role,
  posts: p.posts.map((s) => ({ title: s.title, org: s.org, kind: s.kind, first_seen: s.first_seen, last_seen: s.last_seen, ended: s.ended, articles: s.articles })),
  first_seen: p.first_seen,
  last_seen: p.last_seen,
  articles: p.articles,
});

export function people(argv: string[], out = process.stdout): number {
  const { values } = args(argv, { json: { type: 'boolean' }, csv: { type: 'boolean' }, authors: { type: 'boolean' }, all: { type: 'boolean' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  const store = openSqliteStore(dbPath(values.db), { readonly: true });
  try {
    const list = knowledgeReader(store).people({ role: values.all ? 'all' : values.authors ? 'author' : undefined });
    if (values.csv) {
      out.write(`${csvLine(['id', 'name', 'role', 'title', 'org', 'kind', 'first_seen', 'last_seen', 'ended', 'articles'])}\n`);
      for (const p of list) {
        const rows = p.posts.length > 0 ? p.posts : [null];
        for (const s of rows) out.write(`${csvLine([p.id, p.name, p.role, s?.title, s?.org, s?.kind, s?.first_seen ?? p.first_seen, s?.last_seen ?? p.last_seen, s?.ended, (s?.articles ?? p.articles).join(' ')])}\n`);
      }
      return 0;
    }
    for (const p of list) {
      if (values.json) {
        out.write(`${JSON.stringify(postJson(p))}\n`);
        continue;
      }
      const posts = p.posts.map((s) => `${s.title} (${span(s.first_seen, s.last_seen, s.ended)}, ${s.articles.length} article${s.articles.length === 1 ? '' : 's'})`);
      out.write(`${p.name}\t${posts.length > 0 ? posts.join('；') : `${p.role} (${span(p.first_seen, p.last_seen)}, ${p.articles.length} article${p.articles.length === 1 ? '' : 's'})`}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

export function person(argv: string[], out = process.stdout): number {
  const { values, positionals } = args(argv, { json: { type: 'boolean' } });
  if (values.help) return out.write(`${personUsage}\n`), 0;
  const key = positionals[0];
  if (!key) throw new UsageError(`person needs a name or an id\n${personUsage}`);
  const store = openSqliteStore(dbPath(values.db), { readonly: true });
  try {
    const reader = knowledgeReader(store);
    const found = /^\d+$/.test(key) ? [reader.person(Number(key))].filter((p): p is Person => p !== null) : reader.peopleNamed(key);
    if (found.length === 0) throw new NotFoundError(`no person ${key} in the archive`);
    for (const p of found) {
      if (values.json) {
        out.write(`${JSON.stringify(postJson(p))}\n`);
        continue;
      }
      out.write(`${p.name} (#${p.id}, ${p.role}) ${span(p.first_seen, p.last_seen)}\n`);
      for (const s of p.posts) out.write(`  ${span(s.first_seen, s.last_seen, s.ended)}  ${s.title}${s.org && !s.title.startsWith(s.org) ? ` [${s.org}]` : ''}  articles ${s.articles.join(', ')}\n`);
      const unposted = p.articles.filter((a) => !p.posts.some((s) => s.articles.includes(a)));
      if (unposted.length > 0) out.write(`  also named in articles ${unposted.join(', ')}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

function span(first: string | null, last: string | null, ended: string | null = null): string {
  const end = ended && (!last || ended > last) ? `, ended ${ended}` : '';
  if (!first) return ended ? `ended ${ended}` : 'undated';
  return (first === last ? first : `${first} – ${last}`) + end;
}
