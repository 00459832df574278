// The baoku command. Each command is a function returning an exit code; errors are printed here once.
import { BaokuError } from '../model/index.js';
import { ingest, usage as ingestUsage } from './ingest.js';
import { list, usage as listUsage } from './list.js';
import { show, usage as showUsage } from './show.js';
import { exportArticles, usage as exportUsage } from './export.js';
import { demo, usage as demoUsage } from './demo.js';
import { serveCommand, usage as serveUsage } from './serve.js';
import { search, usage as searchUsage } from './search.js';
import { reindex, usage as reindexUsage } from './reindex.js';
import { people, person, usage as peopleUsage, personUsage } from './people.js';
import { figures, usage as figuresUsage } from './figures.js';
import { enrich, usage as enrichUsage } from './enrich.js';
import { nerEval, usage as nerEvalUsage } from './ner-eval.js';
import { knowledgeEval, usage as knowledgeEvalUsage } from './knowledge-eval.js';

const commands: Record<string, (argv: string[]) => number | Promise<number>> = {
  ingest,
  list,
  show,
  export: exportArticles,
  demo,
  serve: serveCommand,
  search,
  reindex,
  people,
  person,
  figures,
  enrich,
  'ner-eval': nerEval,
  'knowledge-eval': knowledgeEval,
};

const help = `baoku — a Chinese local newspaper archive

${ingestUsage}
${listUsage}
${showUsage}
${exportUsage}
${searchUsage}
${reindexUsage}
${demoUsage}
${serveUsage}
${peopleUsage}
${personUsage}
${figuresUsage}
${enrichUsage}
${nerEvalUsage}
${knowledgeEvalUsage}`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${help}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`baoku: unknown command "${name}"\n\n${help}\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (e) {
    if (e instanceof BaokuError) {
      process.stderr.write(`baoku ${name}: ${e.message}\n`);
      return e.status === 2 ? 2 : 1;
    }
    throw e;
  }
}
