// Script folding: traditional (and Hong Kong / Taiwan variants) to simplified, via opencc-js.
// Phrase-level conversion needs context, so callers fold whole runs, not single characters.
import * as OpenCC from 'opencc-js';

let converter: ((s: string) => string) | null = null;

export function toSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(text);
}

/**
 * Phrase conversion where it keeps lengths (nearly always); per character where it would not. Character i
 * of the result always stands for character i of the input, so offsets carry over unchanged.
 */
export function toSimplifiedSameLength(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const line of text.split('\n')) {
    const f = toSimplified(line);
    out += (f.length === line.length ? f : Array.from(line, (c) => { const s = toSimplified(c); return s.length === c.length ? s : c; }).join('')) + '\n';
  }
  return out.slice(0, -1);
}
