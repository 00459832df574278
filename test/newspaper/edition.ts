// The fixture edition, set once per test process: four pages as a whole-edition PDF, one PDF per page, ALTO
// per page (versions 2 and 4), and the same stories as extracted text, for comparing with the text path.
import * as stories from './stories.js';
import { fixtureEdition, type SetPage } from './typeset.js';
import { measure } from './fonts.js';
import { writePdf } from './write-pdf.js';
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
    return {
      pages,
      editionPdf: await writePdf(pages),
      pagePdfs: await Promise.all(pages.map((p) => writePdf([p]))),
      alto: pages.map((p, i) => enc(writeAlto(p, m, i % 2 === 0 ? 4 : 2))),
      text: pages.map((p) => enc(`\n\n${p.order.filter((t) => !p.captions.includes(t)).join('\n\n')}`)),
    };
  })();
  return cached;
}
