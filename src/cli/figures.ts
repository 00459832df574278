// baoku figures: every figure the archive's articles report, with what it counts, its change and its date.
import { knowledgeReader, type FigureRow } from '../knowledge/index.js';
import { openSqliteStore } from '../store/index.js';
import { args, dbPath, intOption } from './args.js';
import { csvLine } from './csv.js';

export const usage = `baoku figures [--db FILE] [--article ID] [--json | --csv]
  Lists figures (metric, value, unit, change, period) with their article and edition date.`;

export function figures(argv: string[], out = process.stdout): number {
  const { values } = args(argv, { json: { type: 'boolean' }, csv: { type: 'boolean' }, article: { type: 'string' } });
  if (values.help) return out.write(`${usage}\n`), 0;
  const article = intOption(values.article, 'article');
  const store = openSqliteStore(dbPath(values.db), { readonly: true });
  try {
    const rows = knowledgeReader(store).figures(article === undefined ? {} : { article });
    if (values.csv) out.write(`${csvLine(['article', 'date', 'text', 'metric', 'value', 'unit', 'qualifier', 'change', 'period'])}\n`);
    for (const f of rows) {
      if (values.json) out.write(`${JSON.stringify(f)}\n`);
      else if (values.csv) out.write(`${csvLine([f.article, f.date, f.text, f.metric, f.value, f.unit, f.qualifier, changeText(f), f.period])}\n`);
      else out.write(`${String(f.article).padStart(5)}  ${f.date ?? 'undated'}  ${f.metric || '—'}  ${f.value ?? ''}${f.unit ?? ''}${f.qualifier ? ` (${f.qualifier})` : ''}${f.change ? `  ${changeText(f)}` : ''}${f.period ? `  [${f.period}]` : ''}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

function changeText(f: FigureRow): string {
  return f.change ? `${f.change.basis ?? ''}${f.change.verb}${f.change.value}${f.change.unit}` : '';
}
