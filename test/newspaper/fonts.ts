// The CJK faces the fixtures are set in, from Debian's fonts-noto-cjk (TTC collections: one face is picked
// by PostScript name). Body in a serif (宋体-like), headlines in a bold sans (黑体-like), as papers do.
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import type { Measure } from './typeset.js';

const DIR = '/usr/share/fonts/opentype/noto';
export const REGULAR = { file: `${DIR}/NotoSerifCJK-Regular.ttc`, face: 'NotoSerifCJKsc-Regular' };
export const BOLD = { file: `${DIR}/NotoSansCJK-Bold.ttc`, face: 'NotoSansCJKsc-Bold' };

export interface Face {
  bytes: Uint8Array;
  name: string;
  measure: Measure;
}

interface FontkitFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}

let cache: { regular: Face; bold: Face } | null = null;

/** Both faces, loaded once per process (they are ~20 MB collections). */
export function faces(): { regular: Face; bold: Face } {
  if (cache) return cache;
  const load = ({ file, face }: typeof REGULAR): Face => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new Error(`fixture font ${file} is missing: install Debian's fonts-noto-cjk (.ci/run does)`);
    }
    const font = (fontkit as unknown as { create(b: Uint8Array, name: string): FontkitFont }).create(bytes, face);
    // Per-character advances, cached: CJK setting has no kerning, and the typesetter measures a lot.
    const advance = new Map<string, number>();
    const em = (ch: string) => advance.get(ch) ?? advance.set(ch, font.layout(ch).advanceWidth / font.unitsPerEm).get(ch)!;
    const measure: Measure = (text, size) => {
      let w = 0;
      for (const ch of text) w += em(ch);
      return w * size;
    };
    return { bytes, name: face, measure };
  };
  cache = { regular: load(REGULAR), bold: load(BOLD) };
  return cache;
}

/** Width as set: bold lines in the bold face. */
export function measure(): Measure {
  const f = faces();
  return (text, size, bold) => (bold ? f.bold : f.regular).measure(text, size);
}
