// Typeset pages → a PDF with embedded, subset CJK fonts (pdf-lib + fontkit), one PDF page per set page.
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import type { SetPage } from './typeset.js';
import { faces } from './fonts.js';

export async function writePdf(pages: readonly SetPage[]): Promise<Uint8Array> {
  const f = faces();
  const doc = await PDFDocument.create();
  // pdf-lib hands fontkit the file's bytes; a TTC needs the face named, so pick it by which file it is.
  doc.registerFontkit({
    create: (bytes: Uint8Array) =>
      (fontkit as unknown as { create(b: Uint8Array, n: string): unknown }).create(bytes, bytes === f.bold.bytes ? f.bold.name : f.regular.name),
  } as never);
  const regular = await doc.embedFont(f.regular.bytes, { subset: true });
  const bold = await doc.embedFont(f.bold.bytes, { subset: true });
  for (const set of pages) {
    const page = doc.addPage([set.width, set.height]);
    for (const r of set.rects) {
      const y = set.height - r.y - r.height;
      if (r.fill) page.drawRectangle({ x: r.x, y, width: r.width, height: r.height, color: rgb(0.8, 0.8, 0.8) });
      else page.drawRectangle({ x: r.x, y, width: r.width, height: r.height, borderColor: rgb(0, 0, 0), borderWidth: 0.6 });
    }
    for (const t of set.texts) {
      const font: PDFFont = t.bold ? bold : regular;
      // Baseline sits about 0.88 em below the top of the line box in these faces.
      page.drawText(t.text, { x: t.x, y: set.height - t.y - t.size * 0.88, size: t.size, font });
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** Each page of a PDF as a PDF of its own, sharing the embedded fonts (no second subsetting). */
export async function splitPdf(bytes: Uint8Array): Promise<Uint8Array[]> {
  const whole = await PDFDocument.load(bytes);
  return Promise.all(
    whole.getPageIndices().map(async (i) => {
      const one = await PDFDocument.create();
      const [page] = await one.copyPages(whole, [i]);
      one.addPage(page);
      return one.save({ useObjectStreams: false });
    }),
  );
}
