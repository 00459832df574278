// Traditional → simplified folding for the index layer. The article keeps its printed script for display;
// search reads the folded text. Folding runs over the repaired text (so words re-joined across lines fold
// as words) and each changed character becomes an index-layer edit on the raw character it came from.
import { applyEdits, edit, type Edit } from '../model/index.js';
import { toSimplified } from '../text/fold.js';

export const RULE = 'repair/fold-script';

export function foldScript(raw: string, displayEdits: readonly Edit[]): Edit[] {
  const shown = applyEdits(raw, displayEdits);
  const folded = foldSameLength(shown.text);
  const edits: Edit[] = [];
  for (let i = 0; i < shown.text.length; i++) {
    const to = folded[i]!;
    if (to === shown.text[i]) continue;
    const at = shown.toRaw[i]!;
    // Characters written by another edit (an OCR fix) are not raw characters: leave them be.
    if (shown.toRawEnd[i]! - at !== 1 || raw[at] !== shown.text[i]) continue;
    edits.push(edit(raw, at, at + 1, to, RULE, 'index'));
  }
  return edits;
}

/** Phrase conversion where it keeps lengths (nearly always); per character where it would not. */
function foldSameLength(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const line of text.split('\n')) {
    const f = toSimplified(line);
    out += (f.length === line.length ? f : Array.from(line, (c) => { const s = toSimplified(c); return s.length === c.length ? s : c; }).join('')) + '\n';
  }
  return out.slice(0, -1);
}
