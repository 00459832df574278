// Script folding: traditional (and Hong Kong / Taiwan variants) to simplified, via opencc-js.
// Phrase-level conversion needs context, so callers fold whole runs, not single characters.
import * as OpenCC from 'opencc-js';

let converter: ((s: string) => string) | null = null;

export function toSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(text);
}
