// Traditional → simplified folding for the index layer. The article keeps its printed script for display;
// search reads the folded text. Folding runs over the repaired text (so words re-joined across lines fold
// as words) and each changed character becomes an index-layer edit on the raw character it came from.
import { applyEdits, edit, type Edit } from '../model/index.js';
import { toSimplifiedSameLength as foldSameLength } from '../text/fold.js';

export const RULE = 'repair/fold-script';

export function foldScript(raw: string, displayEdits: readonly Edit[]): Edit[] {
  const shown = applyEdits(raw, displayEdits);
  const text = shown.text;
  const folded = foldSameLength(text);
  if (folded === text) return []; // nothing to fold (a simplified page)
  const edits: Edit[] = [];
  // One edit per run of folded characters that are adjacent in the raw text ("區委區政府" → "区委区政府"):
  // a traditional page has thousands of folded characters, and the edit list is stored and shown.
  // Compared unit by unit (charCodeAt): this loop sees every character of every page.
  let run: { start: number; end: number; after: string } | null = null;
  const flush = () => {
    if (run) edits.push(edit(raw, run.start, run.end, run.after, RULE, 'index'));
    run = null;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const at = shown.toRaw[i]!;
    // Characters written by another edit (an OCR fix) are not raw characters: leave them be.
    const isRaw = shown.toRawEnd[i]! - at === 1 && raw.charCodeAt(at) === ch;
    if (!isRaw) {
      flush();
      continue;
    }
    const changed = folded.charCodeAt(i) !== ch;
    if (run && run.end === at && (changed || isHan(ch))) {
      run.end = at + 1;
      run.after += folded[i]!;
    } else if (changed) {
      flush();
      run = { start: at, end: at + 1, after: folded[i]! };
    } else {
      flush();
    }
  }
  flush();
  // A run may have grown over unchanged characters at its end: trim them off.
  return edits.map((e) => {
    let k = 0;
    while (k < e.after.length && e.before[e.before.length - 1 - k] === e.after[e.after.length - 1 - k]) k++;
    return k === 0 ? e : edit(raw, e.start, e.end - k, e.after.slice(0, e.after.length - k), RULE, 'index');
  });
}

const isHan = (unit: number) => unit >= 0x3400 && unit <= 0x9fff;
