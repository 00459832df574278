// Any stored page → ALTO 4. One TextBlock per paragraph (as composed or extracted), a TextLine per printed
// line and a String per word, with the boxes, sizes, fonts, confidences and hyphens the source had. Text is
// the page's raw text, so ALTO → baoku → ALTO gives back the words and boxes it came with. Text-only pages
// get line-level blocks without coordinates. PDF points are written as inch1200 (ALTO has no point unit).
import { unionBox, type Box, type Line, type Page, type Word } from '../model/index.js';
import { esc, xmlDocument } from './xml-text.js';

export interface AltoOptions {
  /** Prefix for the element IDs (unique within a METS package): "P2" gives P2_TB1, P2_TL1 … */
  idPrefix?: string;
  /** Page number (PHYSICAL_IMG_NR). */
  number?: number | null;
}

/** A written block and the raw span it covers, for METS to point articles at. */
export interface AltoBlock {
  id: string;
  start: number;
  end: number;
}

const ALTO_UNITS = new Set(['pixel', 'mm10', 'inch1200']);
const ROLES_TAGGED = ['kicker', 'headline', 'subheadline', 'subhead', 'caption', 'furniture'] as const;

export function writeAlto(page: Page, options: AltoOptions = {}): { xml: string; blocks: AltoBlock[] } {
  const { idPrefix = 'P1', number = null } = options;
  const src = page.source;
  const unit = src.size && ALTO_UNITS.has(src.size.unit) ? src.size.unit : src.size ? 'inch1200' : 'pixel';
  const scale = src.size && !ALTO_UNITS.has(src.size.unit) ? 1200 / 72 : 1;
  const n = (v: number) => String(Math.round(v * scale * 1000) / 1000);
  const boxAttrs = (b: Box | undefined) => (b ? ` HPOS="${n(b.x)}" VPOS="${n(b.y)}" WIDTH="${n(b.width)}" HEIGHT="${n(b.height)}"` : '');

  const lines = src.lines.length && src.lines.some((l) => l.role) ? src.lines : textLines(src.text);
  const styles = new Map<string, string>();
  const styleOf = (l: Line): string | null => {
    if (l.size === undefined && !l.font) return null;
    const key = `${l.size ?? ''}|${l.font ?? ''}|${l.bold ? 'bold' : ''}`;
    if (!styles.has(key)) styles.set(key, `${idPrefix}_TS${styles.size + 1}`);
    return styles.get(key)!;
  };

  const body: string[] = [];
  const blocks: AltoBlock[] = [];
  let lineNo = 0;
  let word = 0;
  for (const para of paragraphsOf(src.text, lines)) {
    const id = `${idPrefix}_TB${blocks.length + 1}`;
    blocks.push({ id, start: para.start, end: para.end });
    const role = para.lines[0]!.role;
    const tag = role && (ROLES_TAGGED as readonly string[]).includes(role) ? ` TAGREFS="${idPrefix}_TAG_${role}"` : '';
    body.push(`<TextBlock ID="${id}"${boxAttrs(unionBox(para.lines.map((l) => l.box)))}${tag}>`);
    for (const l of para.lines) {
      const style = l.size !== undefined ? styleOf(l) : null;
      body.push(`<TextLine ID="${idPrefix}_TL${++lineNo}"${boxAttrs(l.box)}${style ? ` STYLEREFS="${style}"` : ''}>`);
      const words = l.words?.length ? l.words : wordsOf(src.text, l);
      words.forEach((w, k) => {
        const prev = words[k - 1];
        if (prev && src.text.slice(prev.end, w.start).trim() === '' && w.start > prev.end) body.push(`<SP${w.box && prev.box ? ` HPOS="${n(prev.box.x + prev.box.width)}" VPOS="${n(w.box.y)}" WIDTH="${n(Math.max(0, w.box.x - prev.box.x - prev.box.width))}"` : ''}/>`);
        const wc = w.wc !== undefined ? ` WC="${w.wc}"` : '';
        body.push(`<String ID="${idPrefix}_S${++word}" CONTENT="${esc(src.text.slice(w.start, w.end))}"${boxAttrs(w.box)}${wc}/>`);
      });
      if (l.hyphen) body.push(`<HYP CONTENT="${esc(l.hyphen)}"/>`);
      body.push('</TextLine>');
    }
    body.push('</TextBlock>');
  }

  const styleXml = [...styles].map(([key, id]) => {
    const [size, font, bold] = key.split('|');
    // ALTO FONTSIZE is in points; sizes of ALTO sources are line heights in their own unit, so convert back.
    const pt = unit === 'inch1200' ? Number(size) * scale * (72 / 1200) : unit === 'mm10' ? Number(size) / (254 / 72) : Number(size);
    return `<TextStyle ID="${id}"${font ? ` FONTFAMILY="${esc(font)}"` : ''} FONTSIZE="${Math.round(pt * 100) / 100}"${bold ? ' FONTSTYLE="bold"' : ''}/>`;
  });
  const usedRoles = ROLES_TAGGED.filter((r) => lines.some((l) => l.role === r));
  const tags = usedRoles.map((r) => `<StructureTag ID="${idPrefix}_TAG_${r}" TYPE="${r}" LABEL="${r}"/>`);
  const size = src.size ? ` WIDTH="${n(src.size.width)}" HEIGHT="${n(src.size.height)}"` : '';
  const xml = xmlDocument([
    `<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/standards/alto/v4/alto-4-2.xsd">`,
    `<Description><MeasurementUnit>${unit}</MeasurementUnit><sourceImageInformation><fileName>${esc(src.sourceFile ?? '')}</fileName></sourceImageInformation>`,
    `<Processing ID="${idPrefix}_PROC"><processingStepDescription>exported by baoku from a ${src.format} source</processingStepDescription></Processing></Description>`,
    styleXml.length ? `<Styles>${styleXml.join('')}</Styles>` : '',
    tags.length ? `<Tags>${tags.join('')}</Tags>` : '',
    `<Layout><Page ID="${idPrefix}"${number ? ` PHYSICAL_IMG_NR="${number}"` : ''}${size}><PrintSpace${size ? ` HPOS="0" VPOS="0"${size}` : ''}>`,
    ...body,
    '</PrintSpace></Page></Layout></alto>',
  ]);
  return { xml, blocks };
}

interface Para {
  start: number;
  end: number;
  lines: Line[];
}

/** Lines grouped into paragraphs: a blank line (or, in extracted text, each line) separates them. */
function paragraphsOf(text: string, lines: readonly Line[]): Para[] {
  const out: Para[] = [];
  for (const l of lines) {
    if (l.end <= l.start || !text.slice(l.start, l.end).trim()) continue;
    const last = out[out.length - 1];
    if (last && !text.slice(last.end, l.start).includes('\n')) {
      last.lines.push(l);
      last.end = l.end;
    } else out.push({ start: l.start, end: l.end, lines: [l] });
  }
  return out;
}

/** Extracted text's lines (the text reader keeps none with roles): one per text line. */
function textLines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const part of text.split('\n')) {
    const t = part.replace(/\r$/, '');
    out.push({ start: at, end: at + t.length });
    at += part.length + 1;
  }
  return out;
}

/** Words of a line without word boxes: runs between spaces. */
function wordsOf(text: string, line: Line): (Omit<Word, 'box'> & { box?: Box })[] {
  const out: (Omit<Word, 'box'> & { box?: Box })[] = [];
  for (const m of text.slice(line.start, line.end).matchAll(/\S+/gu)) out.push({ start: line.start + m.index, end: line.start + m.index + m[0].length });
  if (out.length === 1 && line.box) out[0]!.box = line.box;
  return out;
}
