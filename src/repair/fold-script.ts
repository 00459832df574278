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
  // Compared unit by unit (charCodeAt): this loop sees every character of every page. A run covers
  // consecutive units of the text, text[from, to) at raw [start, start + to - from).
  let from = -1;
  let to = -1;
  let start = -1;
  const flush = () => {
    if (from < 0) return;
    // A run may have grown over unchanged characters at its end: trim them off.
    while (to > from && folded.charCodeAt(to - 1) === text.charCodeAt(to - 1)) to--;
    edits.push(edit(raw, start, start + to - from, folded.slice(from, to), RULE, 'index'));
    from = -1;
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
    if (from >= 0 && start + to - from === at && (changed || isHan(ch))) {
      to = i + 1;
    } else if (changed) {
      flush();
      from = i;
      to = i + 1;
      start = at;
    } else {
      flush();
    }
  }
  flush();
  return edits;
}

const isHan = (unit: number) => unit >= 0x3400 && unit <= 0x9fff;
