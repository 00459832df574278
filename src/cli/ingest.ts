// baoku ingest <files|dirs…>: every file in its own transaction; bad files are reported and skipped while
// good ones land. Exit 1 when any file failed.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve as resolvePath } from 'node:path';
import { BaokuError, InputError, type Encoding } from '../model/index.js';
import { archiveSpellings, ingestFile, type IngestReport } from '../archive.js';
import { openSqliteStore } from '../store/index.js';
import { attachSearchIndex } from '../search/index.js';
import { attachKnowledge, knowledgeReader } from '../knowledge/index.js';
import { args, dbPath, intOption, UsageError } from './args.js';
import { pageFiles } from './files.js';
import { sniffFormat } from '../read/index.js';
import { progress } from './progress.js';

export const usage = `baoku ingest <files|dirs…> [--db FILE] [--paper NAME] [--date YYYY-MM-DD] [--page N] [--encoding ENC] [--ner] [--json]
  Reads extracted page text (UTF-8, GB18030/GBK or Big5), born-digital PDFs, ALTO files and digital-edition
  HTML pages (the reader is picked by content), repairs the text, lays out its articles and stores
  everything in the archive (default ./baoku.db). Re-ingesting a page already stored changes nothing.
  --ner also runs the learned NER model for organisations and places no rule knows (about 4× slower).`;

const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5-hkscs'];

export async function ingest(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const { values, positionals } = args(argv, {
    paper: { type: 'string' },
    date: { type: 'string' },
    page: { type: 'string' },
    encoding: { type: 'string' },
    json: { type: 'boolean' },
    ner: { type: 'boolean' },
  });
  if (values.help) return out.write(`${usage}\n`), 0;
  if (positionals.length === 0) throw new UsageError(`nothing to ingest\n${usage}`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date needs YYYY-MM-DD, got "${values.date}"`);
  const encoding = values.encoding?.toLowerCase().replace(/^gbk$|^gb2312$/, 'gb18030').replace(/^big5$/, 'big5-hkscs').replace(/^utf8$/, 'utf-8') as Encoding | undefined;
  if (encoding !== undefined && !ENCODINGS.includes(encoding)) throw new UsageError(`--encoding must be one of ${ENCODINGS.join(', ')} (or gbk, big5)`);
  const page = intOption(values.page, 'page');

  // METS issue files go first: the ALTO pages they list then land in the article order, and the
  // same files met again on their own are unchanged.
  const files = pageFiles(positionals)
    .map((file) => ({ file, mets: sniffFormat(readHead(file)) === 'mets' }))
    .sort((a, b) => Number(b.mets) - Number(a.mets))
    .map((f) => f.file);
  const store = openSqliteStore(dbPath(values.db));
  attachSearchIndex(store);
  attachKnowledge(store);
  // Repair reads the archive's own spellings: its stored text and the names the knowledge layer resolved.
  const known = knowledgeReader(store);
  archiveSpellings(store, [
    ...known.entities('org').map((e) => [e.name, e.articles] as const),
    ...known.people({ role: 'all' }).map((p) => [p.name, p.articles.length] as const),
  ]);
  const bar = progress(files.length);
  const reports: IngestReport[] = [];
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const pages = await ingestFile(store, {
          bytes: readFileSync(file),
          sourceFile: file,
          resolve: (href) => packageFile(file, href),
          ...(encoding ? { encoding } : {}),
          paper: values.paper ?? null,
          date: values.date ?? null,
          page: page ?? null,
        }, { ner: values.ner === true });
        reports.push(...pages);
        if (values.json) for (const report of pages) out.write(`${JSON.stringify(report)}\n`);
      } catch (e) {
        if (!(e instanceof BaokuError)) throw e;
        failed++;
        bar.done();
        err.write(`baoku: ${file}: ${e.message} [${e.code}]\n`);
      }
      bar.tick(file);
    }
  } finally {
    bar.done();
    store.close();
  }
  const added = reports.filter((r) => r.status === 'added');
  const sum = (k: 'articles' | 'edits' | 'linked') => added.reduce((n, r) => n + r[k], 0);
  err.write(
    `ingested ${files.length} file${files.length === 1 ? '' : 's'}: ${added.length} added, ${reports.length - added.length} unchanged, ${failed} failed; ` +
      `${sum('articles')} articles, ${sum('edits')} edits, ${sum('linked')} jumps linked\n`,
  );
  return failed > 0 ? 1 : 0;
}

function readHead(file: string): Uint8Array {
  const head = Buffer.alloc(4096);
  const fd = openSync(file, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** A file a METS issue names: only a relative path inside the METS file's own folder, never a URL. */
function packageFile(mets: string, href: string): Uint8Array {
  const dir = dirname(resolvePath(mets));
  let target: string;
  try {
    target = resolvePath(dir, decodeURIComponent(href));
  } catch {
    throw new InputError('mets_bad_href', `the METS file names a malformed path ("${href}")`);
  }
  const inside = relative(dir, target);
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || isAbsolute(href) || inside.startsWith('..') || isAbsolute(inside)) {
    throw new InputError('mets_bad_href', `the METS file points outside its folder ("${href}"): baoku only reads files beside it`);
  }
  try {
    return readFileSync(target);
  } catch {
    throw new InputError('mets_missing_file', `the METS file names "${href}", which is not there`);
  }
}
