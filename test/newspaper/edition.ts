// The fixture edition, set once per test process: four pages as a whole-edition PDF, one PDF per page, ALTO
// per page (versions 2 and 4), and the same stories as extracted text, for comparing with the text path.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as stories from './stories.js';
import { fixtureEdition, type SetPage } from './typeset.js';
import { measure } from './fonts.js';
import { splitPdf, writePdf } from './write-pdf.js';
import { writeAlto } from './write-alto.js';

export interface FixtureEdition {
  pages: SetPage[];
  editionPdf: Uint8Array;
  pagePdfs: Uint8Array[];
  alto: Uint8Array[];
  /**
   * Each page as extracted text in the text path's style (blank-line paragraphs). Captions are left out:
   * in plain text nothing tells a caption from a headline, which is what type sizes add.
   */
  text: Uint8Array[];
}

let cached: Promise<FixtureEdition> | null = null;

export function fixture(): Promise<FixtureEdition> {
  cached ??= (async () => {
    const m = measure();
    const pages = fixtureEdition(m, stories);
    const enc = (s: string) => new TextEncoder().encode(s);
    const editionPdf = await cachedPdf(pages);
    return {
      pages,
      editionPdf,
      pagePdfs: await splitPdf(editionPdf),
      alto: pages.map((p, i) => enc(writeAlto(p, m, i % 2 === 0 ? 4 : 2))),
      text: pages.map((p) => enc(`\n\n${p.order.filter((t) => !p.captions.includes(t)).join('\n\n')}`)),
    };
  })();
  return cached;
}

/**
 * Embedding subset CJK fonts takes seconds, so the edition PDF is kept in the temp folder between test
 * processes, keyed by what it is made of: the set pages and the writer's own code.
 */
async function cachedPdf(pages: readonly SetPage[]): Promise<Uint8Array> {
  const writer = readFileSync(new URL('./write-pdf.js', import.meta.url));
  const key = createHash('sha256').update(JSON.stringify(pages)).update(writer).digest('hex').slice(0, 16);
  const path = join(tmpdir(), `baoku-fixture-edition-${key}.pdf`);
  if (existsSync(path)) return new Uint8Array(readFileSync(path));
  const pdf = await writePdf(pages);
  // Written aside and renamed, so a test process running alongside never reads half a file.
  const part = `${path}.${process.pid}`;
  writeFileSync(part, pdf);
  renameSync(part, path);
  return pdf;
}
