// Interleaved multi-column pages made from held-out text: paragraphs wrapped into fixed-width columns, the
// columns printed side by side and read row by row, as extraction does to a multi-column page. Two styles: cells
// padded to the column width (a fixed-width layout) and runs of spaces collapsed to one (what extraction tools
// emit, as in seed page 003). The truth is the text column after column.
import { random } from './confusion-damage.js';

export interface ColumnPage {
  text: string;
  truth: string;
  columns: number;
  headline: boolean;
  padded: boolean;
}

/** Lines of at most `width` characters; a paragraph's last line is short, as in print. */
function wrap(paragraphs: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const p of paragraphs) for (let i = 0; i < p.length; i += width) lines.push(p.slice(i, i + width));
  return lines;
}

export function columnPage(sentences: readonly string[], columns: number, headline: boolean, padded: boolean, seed: number): ColumnPage {
  const next = random(seed);
  const width = 16 + Math.floor(next() * 8);
  let at = Math.floor(next() * Math.max(1, sentences.length - 200));
  const take = () => sentences[at++]!.replace(/\s+/g, '');
  const cols: string[][] = [];
  for (let c = 0; c < columns; c++) {
    const paragraphs: string[] = [];
    let n = 0;
    while (n < 260 + next() * 120) {
      let p = '';
      const k = 1 + Math.floor(next() * 3);
      for (let s = 0; s < k; s++) p += take();
      paragraphs.push(p);
      n += p.length;
    }
    cols.push(paragraphs);
  }
  const laid = cols.map((p) => wrap(p, width));
  const rows = Math.max(...laid.map((l) => l.length));
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells = laid.map((l) => l[r] ?? '');
    lines.push(padded ? cells.map((c) => c.padEnd(width, '　')).join('  ').trimEnd() : cells.filter((c) => c).join(' '));
  }
  const title = headline ? take().slice(0, 8 + Math.floor(next() * 8)).replace(/[，。、；：！？]/gu, '') : '';
  const text = (headline ? `${title}\n\n` : '') + lines.join('\n');
  return { text, truth: title + cols.map((p) => p.join('')).join(''), columns, headline, padded };
}
