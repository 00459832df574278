// Typeset pages → ALTO 4 (MeasurementUnit inch1200, as scanners write it): one TextBlock per story column,
// a TextLine per set line, a String per run between spaces with SP between, word confidences, font styles.
import type { Measure, SetPage } from './typeset.js';

const UNIT = 1200 / 72;
const n = (v: number) => String(Math.round(v * UNIT));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function writeAlto(page: SetPage, measure: Measure, version = 4): string {
  const ns = version === 2 ? 'http://www.loc.gov/standards/alto/ns-v2#' : `http://www.loc.gov/standards/alto/ns-v${version}#`;
  const sizes = [...new Set(page.texts.map((t) => `${t.size}|${t.bold}`))];
  const styleId = (t: { size: number; bold: boolean }) => `TS${sizes.indexOf(`${t.size}|${t.bold}`)}`;
  const blocks = new Map<string, SetPage['texts']>();
  for (const t of page.texts) blocks.set(t.block, [...(blocks.get(t.block) ?? []), t]);
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<alto xmlns="${ns}" xmlns:xlink="http://www.w3.org/1999/xlink">`,
    `<Description><MeasurementUnit>inch1200</MeasurementUnit><sourceImageInformation><fileName>p${page.number}.tif</fileName></sourceImageInformation></Description>`,
    `<Styles>${sizes.map((s, i) => `<TextStyle ID="TS${i}" FONTSIZE="${s.split('|')[0]}" FONTFAMILY="${s.endsWith('true') ? 'Noto Sans CJK SC' : 'Noto Serif CJK SC'}"${s.endsWith('true') ? ' FONTSTYLE="bold"' : ''}/>`).join('')}</Styles>`,
    `<Layout><Page ID="P${page.number}" PHYSICAL_IMG_NR="${page.number}" WIDTH="${n(page.width)}" HEIGHT="${n(page.height)}"><PrintSpace HPOS="0" VPOS="0" WIDTH="${n(page.width)}" HEIGHT="${n(page.height)}">`,
  ];
  let line = 0;
  for (const [id, texts] of blocks) {
    out.push(`<TextBlock ID="${id}">`);
    for (const t of texts) {
      const w = measure(t.text, t.size, t.bold);
      out.push(`<TextLine ID="L${++line}" HPOS="${n(t.x)}" VPOS="${n(t.y)}" WIDTH="${n(w)}" HEIGHT="${n(t.size)}" STYLEREFS="${styleId(t)}">`);
      let x = t.x;
      const parts = t.text.split(/( +)/);
      parts.forEach((part, k) => {
        const pw = measure(part, t.size, t.bold);
        if (k % 2 === 1) out.push(`<SP HPOS="${n(x)}" VPOS="${n(t.y)}" WIDTH="${n(pw)}"/>`);
        else if (part) out.push(`<String CONTENT="${esc(part)}" HPOS="${n(x)}" VPOS="${n(t.y)}" WIDTH="${n(pw)}" HEIGHT="${n(t.size)}" WC="${(0.9 + (line % 10) / 100).toFixed(2)}"/>`);
        x += pw;
      });
      out.push('</TextLine>');
    }
    out.push('</TextBlock>');
  }
  out.push('</PrintSpace></Page></Layout></alto>');
  return out.join('\n');
}
