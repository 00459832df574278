// Lines in reading order (from a PDF or ALTO page after layout ordered them, or from an HTML page's tags)
// → the PageSource every later stage reads: one paragraph a text line, a blank line between paragraphs (the
// extracted-text style the text path knows), each printed line a span with its box, size, font and role.
import type { LineRole, Line, OrderedLine, PageSource, SourceFormat, Word } from '../model/index.js';
import { normalizeGlyphs } from './normalize-glyphs.js';

/** A line as a structured reader hands it over; boxes and fonts only where the source has them. */
export type ComposableLine = Pick<OrderedLine, 'text' | 'opens'> & Partial<Omit<OrderedLine, 'text' | 'opens' | 'role'>> & { role: LineRole };

export interface ComposeOptions {
  format: SourceFormat;
  sourceFile?: string | null;
  size?: PageSource['size'];
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

export function composeSource(lines: readonly ComposableLine[], options: ComposeOptions): PageSource {
  const parts: string[] = [];
  const out: Line[] = [];
  let at = 0;
  let previous = '';
  for (const l of lines) {
    const text = normalizeGlyphs(l.text).trim();
    if (!text) continue;
    if (out.length > 0) {
      // Lines of one paragraph run on; Latin words broken over lines keep a space (unless hyphenated).
      const sep = l.opens ? '\n\n' : LATIN_END.test(previous) && LATIN_START.test(text) && !out[out.length - 1]!.hyphen ? ' ' : '';
      parts.push(sep);
      at += sep.length;
    }
    const start = at;
    parts.push(text);
    at += text.length;
    previous = text;
    const line: Line = { start, end: at, role: l.role };
    if (l.box) line.box = l.box;
    if (l.size !== undefined) line.size = l.size;
    if (l.font) line.font = l.font;
    if (l.bold) line.bold = true;
    if (l.hyphen) line.hyphen = l.hyphen;
    if (l.words?.length) line.words = placeWords(text, start, l.words);
    out.push(line);
  }
  const text = parts.join('');
  const size = options.size;
  return {
    type: 'page-source',
    text,
    encoding: options.format === 'pdf' ? 'pdf' : 'utf-8',
    bom: false,
    newline: text.includes('\n') ? 'lf' : 'none',
    format: options.format,
    lines: out,
    sourceFile: options.sourceFile ?? null,
    ...(size ? { size } : {}),
  };
}

/** Each word's span inside its line's text, found in order (normalisation may have changed a word's glyphs). */
function placeWords(text: string, start: number, words: NonNullable<OrderedLine['words']>): Word[] {
  const out: Word[] = [];
  let at = 0;
  for (const w of words) {
    const t = normalizeGlyphs(w.text).trim();
    const i = t ? text.indexOf(t, at) : -1;
    const from = i < 0 ? at : i;
    const to = i < 0 ? at : i + t.length;
    const word: Word = { start: start + from, end: start + to, box: w.box };
    if (w.wc !== undefined) word.wc = w.wc;
    out.push(word);
    at = to;
  }
  return out;
}
