// Small builders for unit tests: model inputs made from text the tests write themselves.
import type { PageSource } from '../src/model/index.js';
import type { Para } from '../src/layout/paragraphs.js';

/** A plain-text page split on "\n", the way the text reader gives it. */
export function pageSource(text: string): PageSource {
  const lines: PageSource['lines'] = [];
  let start = 0;
  for (const m of text.matchAll(/\n/g)) {
    lines.push({ start, end: m.index });
    start = m.index + 1;
  }
  if (start < text.length) lines.push({ start, end: text.length });
  return { type: 'page-source', text, encoding: 'utf-8', bom: false, newline: 'lf', format: 'text', lines, sourceFile: null };
}

/** Heading-kind paragraphs one per line, separated by a blank line, offsets into the joined text. */
export function headingParas(...texts: string[]): Para[] {
  let at = 0;
  return texts.map((text) => {
    const p: Para = { text, from: at, to: at + text.length, gap: 1, mdLevel: null, kind: 'heading' };
    at = p.to + 2;
    return p;
  });
}
