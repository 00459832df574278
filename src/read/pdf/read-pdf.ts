// The reader for born-digital PDFs (pdfjs-dist, legacy build for Node): each page's text items with their
// positions, sizes and font names → placed lines (y from the top, in points). Text comes through the fonts'
// ToUnicode maps; glyph forms are normalised when the text is composed. Nothing in the PDF is run: no
// eval, no font loading into a renderer, no fetching. Encrypted, corrupt and image-only files are refused
// with the reason; pages without text in an edition that has text are left out.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError, type PlacedLine, type PlacedPage } from '../../model/index.js';
import { itemsToLines, type PdfItem } from './items-to-lines.js';
import { pdfjs } from './pdfjs.js';

export interface PdfPage extends PlacedPage {
  /** 1-based page of the file, out of `count`. */
  index: number;
  count: number;
}

export interface ReadPdfOptions {
  /**
   * Look up font names (for bold subheads) in each page's operator list. Off by default: it builds the
   * page's whole drawing program and slows PDF ingest by about a third (docs/formats.md); sizes alone give
   * headlines, kickers, captions and running heads.
   */
  fonts?: boolean;
  maxPages?: number;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfPage[]> {
  const { fonts = false, maxPages = 500 } = options;
  const doc = await open(bytes);
  try {
    if (doc.numPages > maxPages) throw new InputError('too_large', `the PDF has ${doc.numPages} pages, more than the ${maxPages} allowed`);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const lines = await pageLines(page, fonts);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      if (lines.length) pages.push({ type: 'placed-page', width: x1 - x0, height: y1 - y0, lines, index: n, count: doc.numPages });
      page.cleanup();
    }
    if (pages.length === 0) {
      // No text anywhere: say whether the pages are pictures (a scan) by looking at the first few.
      let pictures = 0;
      for (let n = 1; n <= Math.min(doc.numPages, 3); n++) pictures += (await operators(await doc.getPage(n))).images;
      throw new InputError(
        pictures > 0 ? 'pdf_image_only' : 'pdf_no_text',
        pictures > 0
          ? `the PDF holds only pictures of its ${doc.numPages} page${doc.numPages > 1 ? 's' : ''} and no text: it needs OCR first (ingest the OCR's ALTO instead)`
          : 'the PDF has no text on any page',
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const { getDocument } = await pdfjs();
  try {
    // pdfjs takes ownership of (and detaches) the buffer it gets: hand it a copy, the caller keeps the raw bytes.
    return await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new InputError('pdf_encrypted', 'the PDF is encrypted and needs a password to open: give baoku an unencrypted copy', { cause: e });
    throw new InputError('pdf_corrupt', `the PDF cannot be read (${(e as Error).message}): it may be truncated or damaged`, { cause: e });
  }
}

/** The page's drawing program: pictures painted, and the names of the fonts it sets (by pdfjs's ids). */
async function operators(page: PDFPageProxy): Promise<{ images: number; fonts: Map<string, string> }> {
  const { OPS } = await pdfjs();
  const pictures = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  const ops = await page.getOperatorList();
  let images = 0;
  const fonts = new Map<string, string>();
  ops.fnArray.forEach((fn, i) => {
    if (pictures.has(fn)) images++;
    if (fn !== OPS.setFont) return;
    const id = (ops.argsArray[i] as [string])[0];
    if (fonts.has(id) || !page.commonObjs.has(id)) return;
    fonts.set(id, ((page.commonObjs.get(id) as { name?: string }).name ?? id).replace(/^[A-Z]{6}\+/, ''));
  });
  return { images, fonts };
}

async function pageLines(page: PDFPageProxy, fonts: boolean): Promise<PlacedLine[]> {
  let content;
  try {
    content = await page.getTextContent();
  } catch (e) {
    throw new InputError('pdf_corrupt', `page ${page.pageNumber} of the PDF cannot be read (${(e as Error).message})`, { cause: e });
  }
  const names = fonts ? (await operators(page)).fonts : new Map<string, string>();
  const top = (page.view as number[])[3]!;
  const left = (page.view as number[])[0]!;
  const items: PdfItem[] = [];
  for (const raw of content.items) {
    const it = raw as TextItem;
    if (typeof it.str !== 'string' || !it.str.trim()) continue;
    const [a, b, c, d, e, f] = it.transform as [number, number, number, number, number, number];
    // Rotated or vertical runs are left to later work; horizontal text is what papers set body copy in.
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3) continue;
    const size = Math.abs(d) || Math.abs(a);
    const font = names.get(it.fontName);
    items.push({ text: it.str, x: e - left, baseline: top - f, width: it.width, size, ...(font ? { font } : {}) });
  }
  return itemsToLines(items);
}
