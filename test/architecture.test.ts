// The dependency rule (STYLE.md): stages never import each other; the model imports nothing; only the
// pipeline, the archive service and the commands wire stages together. Scans every import in src/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname, normalize } from 'node:path';
import { repoRoot } from './paths.js';

/** Which top-level parts of src/ each part may import (packages from node_modules are fine anywhere but model). */
const allowed: Record<string, string[]> = {
  model: [],
  text: ['model'],
  read: ['model', 'text'],
  repair: ['model', 'text'],
  layout: ['model', 'text'],
  enrich: ['model', 'text'],
  store: ['model'],
  search: ['model', 'text', 'store'],
  write: ['model'],
  knowledge: ['model', 'text', 'enrich', 'store'],
  'pipeline.ts': ['model', 'text', 'read', 'repair', 'layout', 'enrich', 'store'],
  'archive.ts': ['model', 'pipeline.ts', 'layout', 'repair', 'store'],
  serve: ['model', 'store', 'search', 'knowledge', 'archive.ts'],
  cli: ['model', 'text', 'read', 'store', 'search', 'write', 'enrich', 'knowledge', 'pipeline.ts', 'archive.ts', 'serve'],
};

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const src = join(repoRoot, 'src');
const partOf = (file: string) => relative(src, file).split(/[\\/]/)[0]!.replace(/\.js$/, '.ts');

describe('architecture', () => {
  it('should keep every import inside the dependency rule', () => {
    const broken: string[] = [];
    for (const file of sources(src)) {
      const from = partOf(file);
      const rules = allowed[from];
      assert.ok(rules, `src/${from} is not in the dependency table: add it`);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1]!;
        if (!spec.startsWith('.')) {
          if (from === 'model') broken.push(`${relative(src, file)} imports package ${spec}`);
          continue;
        }
        const to = partOf(normalize(join(dirname(file), spec)));
        if (to !== from && !rules.includes(to)) broken.push(`${relative(src, file)} → ${to}`);
      }
    }
    assert.deepEqual(broken, []);
  });
});
