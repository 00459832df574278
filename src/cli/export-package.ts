// baoku export --format alto|mets --out DIR: per edition a folder <paper>-<date>/ with an ALTO 4 file per
// page (alto/0001.xml …) and, for mets, the mets.xml pointing at them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/index.js';
import { writeAlto, writeMets, type MetsPage } from '../write/index.js';

export function exportPackages(store: Store, dir: string, format: 'alto' | 'mets'): { editions: number; pages: number } {
  let pages = 0;
  const editions = store.editions();
  for (const e of editions) {
    // Names from the archive's own fields, kept to safe characters: never a path of its own.
    const name = `${e.paper ?? 'unknown'}-${e.date ?? 'undated'}-${e.id}`.replace(/[^\p{L}\p{N}-]+/gu, '_');
    const folder = join(dir, name);
    mkdirSync(join(folder, 'alto'), { recursive: true });
    const mets: MetsPage[] = store.pages(e.id).map((p, i) => {
      const id = `P${i + 1}`;
      const { xml, blocks } = writeAlto(p.page, { idPrefix: id, number: p.number });
      const href = `alto/${String(i + 1).padStart(4, '0')}.xml`;
      writeFileSync(join(folder, href), xml);
      pages++;
      return { number: p.number, href, id, blocks, articles: p.page.layout.articles };
    });
    if (format === 'mets') writeFileSync(join(folder, 'mets.xml'), writeMets(e, mets));
  }
  return { editions: editions.length, pages };
}
