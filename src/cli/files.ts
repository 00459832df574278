// Expand the paths given on the command line: files as named, directories walked for page files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/index.js';

const PAGE_FILE = /\.(txt|text|md|pdf|xml|alto|html?|xhtml)$/i;

export function pageFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (PAGE_FILE.test(name) && !/^readme\./i.test(name)) out.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError('no_such_file', `${p}: no such file or directory`);
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}
