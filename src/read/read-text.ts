// The reader for plain-text and Markdown-ish extracted pages: bytes → PageSource.
// The text is kept exactly as decoded (only a BOM is dropped), so every later offset points at it.
import type { Encoding, Line, PageSource } from '../model/index.js';
import { detectEncoding } from './detect-encoding.js';

export interface ReadTextOptions {
  sourceFile?: string | null;
  /** The encoding the caller says the file is in; checked against the bytes (see detectEncoding). */
  encoding?: Encoding;
}

const TERMINATOR = /\r\n|\r|\n/g;
/** An ATX heading (`## 标题`) or a block quote (`> …`), as extracted pages carry them. */
const MARKDOWN_LINE = /^(?:#{1,6}|>)[ \t]/m;

export function readText(bytes: Uint8Array, options: ReadTextOptions = {}): PageSource {
  const { sourceFile = null, encoding: declared } = options;
  const { text, encoding, bom } = detectEncoding(bytes, declared ? { declared } : {});
  const { lines, newline } = splitLines(text);
  const format = MARKDOWN_LINE.test(text) ? 'markdown' : 'text';
  return { type: 'page-source', text, encoding, bom, newline, format, lines, sourceFile };
}

/**
 * Lines as spans of `text`, terminators excluded; \r\n, a lone \r and a lone \n each end a line.
 * A terminator ends the line before it, so a final terminator does not open an empty last line.
 */
function splitLines(text: string): { lines: Line[]; newline: PageSource['newline'] } {
  const lines: Line[] = [];
  const seen = { lf: 0, crlf: 0, cr: 0 };
  let start = 0;
  for (const m of text.matchAll(TERMINATOR)) {
    lines.push({ start, end: m.index });
    seen[m[0] === '\n' ? 'lf' : m[0] === '\r' ? 'cr' : 'crlf']++;
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ start, end: text.length });
  const kinds = (Object.keys(seen) as (keyof typeof seen)[]).filter((k) => seen[k] > 0);
  const newline = kinds.length === 0 ? 'none' : kinds.length === 1 ? kinds[0]! : 'mixed';
  return { lines, newline };
}
