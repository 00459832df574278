// The reader for ALTO 2.x–4.x page files: Page / PrintSpace / (Composed)TextBlock / TextLine / String with
// HPOS/VPOS/WIDTH/HEIGHT → placed lines in the file's own units. SP become spaces, a line-final HYP is kept
// on the line (not in its text), WC confidences stay on the words, TextStyle fonts and bold on the lines.
// Reading order is left to layout, as for PDF: the files' own order is not reliable for newspapers.
import { InputError, unionBox, type Box, type PlacedLine, type PlacedPage } from '../../model/index.js';
import { decodeMarkup } from '../xml/decode-markup.js';
import { attr, childElements, descendants, local, parseXml, type XmlElement } from '../xml/parse-xml.js';

export interface AltoPage extends PlacedPage {
  /** ALTO MeasurementUnit: pixel, mm10 or inch1200. */
  unit: string;
  /** The Page element's ID and PHYSICAL_IMG_NR, for METS to find it. */
  id: string | null;
  physicalNumber: number | null;
}

interface Style {
  font?: string;
  size?: number;
  bold?: boolean;
}

export function readAlto(bytes: Uint8Array): AltoPage[] {
  return altoPages(parseXml(decodeMarkup(bytes)));
}

export function altoPages(root: XmlElement): AltoPage[] {
  if (local(root.name) !== 'alto') throw new InputError('not_alto', `the XML root is <${root.name}>, not <alto>`);
  const unit = descendants(root, 'MeasurementUnit')[0];
  const styles = new Map<string, Style>();
  for (const s of descendants(root, 'TextStyle')) {
    const id = attr(s, 'ID');
    const size = Number(attr(s, 'FONTSIZE'));
    if (id) styles.set(id, { font: attr(s, 'FONTFAMILY'), ...(size > 0 ? { size } : {}), bold: /bold/i.test(attr(s, 'FONTSTYLE') ?? '') });
  }
  const pages = descendants(root, 'Page');
  if (pages.length === 0) throw new InputError('not_alto', 'the ALTO file has no <Page>');
  return pages.map((page) => {
    const lines: PlacedLine[] = [];
    for (const block of descendants(page, 'TextBlock')) {
      for (const line of childElements(block, 'TextLine')) {
        const placed = placedLine(line, block, styles);
        if (placed) lines.push(placed);
      }
    }
    const nr = Number(attr(page, 'PHYSICAL_IMG_NR'));
    return {
      type: 'placed-page',
      width: Number(attr(page, 'WIDTH')) || 0,
      height: Number(attr(page, 'HEIGHT')) || 0,
      lines,
      unit: unit ? unit.children.join('').trim() || 'pixel' : 'pixel',
      id: attr(page, 'ID') ?? null,
      physicalNumber: Number.isInteger(nr) && nr > 0 ? nr : null,
    };
  });
}

function placedLine(line: XmlElement, block: XmlElement, styles: Map<string, Style>): PlacedLine | null {
  const words: NonNullable<PlacedLine['words']> = [];
  let text = '';
  let hyphen: string | undefined;
  for (const c of childElements(line)) {
    const name = local(c.name);
    if (name === 'String') {
      const content = attr(c, 'CONTENT') ?? '';
      const wc = Number(attr(c, 'WC'));
      words.push({ text: content, box: boxOf(c) ?? boxOf(line)!, ...(attr(c, 'WC') !== undefined && wc >= 0 && wc <= 1 ? { wc } : {}) });
      text += content;
    } else if (name === 'SP') {
      text += ' ';
    } else if (name === 'HYP') {
      hyphen = attr(c, 'CONTENT') ?? '-';
    }
  }
  const box = boxOf(line) ?? unionBox(words.map((w) => w.box));
  if (!text.trim() || !box) return null;
  const style = styleOf(line, styles) ?? styleOf(block, styles) ?? (words.length ? styleOf(childElements(line, 'String')[0]!, styles) : undefined);
  const bold = style?.bold || /bold/i.test(attr(childElements(line, 'String')[0] ?? line, 'STYLE') ?? '');
  const placed: PlacedLine = { text, box, size: box.height, words };
  if (style?.font) placed.font = style.font;
  if (bold) placed.bold = true;
  if (hyphen) placed.hyphen = hyphen;
  const id = attr(block, 'ID');
  if (id) placed.block = id;
  return placed;
}

function styleOf(el: XmlElement, styles: Map<string, Style>): Style | undefined {
  for (const ref of (attr(el, 'STYLEREFS') ?? '').split(/\s+/)) {
    const s = styles.get(ref);
    if (s) return s;
  }
  return undefined;
}

function boxOf(el: XmlElement): Box | null {
  const [x, y, width, height] = ['HPOS', 'VPOS', 'WIDTH', 'HEIGHT'].map((k) => Number(attr(el, k)));
  if (![x, y, width, height].every((v) => Number.isFinite(v) && v! >= 0)) return null;
  return { x: x!, y: y!, width: width!, height: height! };
}
