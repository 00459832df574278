// baoku list: editions, their pages and articles, newest first.
import { openSqliteStore } from '../store/index.js';
import { args, dbPath } from './args.js';

export const usage = `baoku list [--db FILE] [--json]
  Lists the archive's editions, pages and articles.`;

export function list(argv: string[], out = process.stdout): number {
  const { values } = args(argv, { json: { type: 'boolean' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  const store = openSqliteStore(dbPath(values.db), { readonly: true });
  try {
    const rows = [...store.exportArticles()];
    if (values.json) {
      for (const r of rows) out.write(`${JSON.stringify({ id: r.id, paper: r.paper, date: r.date, page: r.page, headline: r.headline })}\n`);
      return 0;
    }
    for (const e of store.editions()) {
      const when = e.date ? `${e.date}${e.dateInferred ? ' (inferred)' : ''}` : 'undated';
      const issue = e.issue ? ` 第${e.issue}期` + (e.totalIssue ? `(总第${e.totalIssue}期)` : '') : '';
      out.write(`${e.paper ?? 'unknown paper'} ${when}${issue} — ${e.pageCount} page${e.pageCount === 1 ? '' : 's'}\n`);
      for (const p of store.pages(e.id)) {
        out.write(`  page ${p.number ?? '?'}  ${p.sourceFile ?? `#${p.id}`}  (${p.encoding})\n`);
        for (const r of rows.filter((r) => r.page_id === p.id)) {
          const jump = r.continues_to_page ? ` → 第${r.continues_to_page}版` : '';
          const from = r.continued_from_page ? `第${r.continued_from_page}版 → ` : '';
          out.write(`    ${String(r.id).padStart(5)}  ${from}${r.headline ?? '(no headline)'}${jump}\n`);
        }
      }
    }
    const c = store.counts();
    const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`;
    out.write(`${n(c.editions, 'edition')}, ${n(c.pages, 'page')}, ${n(c.articles, 'article')}, ${n(c.edits, 'edit')}\n`);
    return 0;
  } finally {
    store.close();
  }
}
