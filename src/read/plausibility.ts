// How much a decoded text looks like Chinese: the share of its non-ASCII characters that are common.
// A wrong legacy decoding (GBK bytes read as Big5, or the reverse) still yields valid characters, but
// mostly rare ones, kana, Cyrillic or private-use codes; the right one is ~99% common characters.
import { commonSimplified, commonTraditional } from '../text/han-frequency.js';

const SIMPLIFIED = 1;
const TRADITIONAL = 2;
/** Punctuation, symbols, full-width forms and accented Latin letters: expected in any script. */
const NEUTRAL = 4;

/** Ranges of NEUTRAL code points, as printed in Chinese papers (℃, №, Ⅳ, ①, □, ★, 、。《》, full-width forms). */
const NEUTRAL_RANGES: [number, number][] = [
  [0x00a0, 0x00ff], // Latin-1: ° ± × ÷ · é
  [0x2010, 0x205e], // general punctuation: – — ‘ ’ “ ” … ‰ ※
  [0x2100, 0x2199], // letterlike symbols, number forms, arrows: ℃ № Ⅳ →
  [0x2460, 0x24ff], // enclosed numbers: ① ⑴ ⒈
  [0x25a0, 0x25ff], // geometric shapes: ■ □ ▲ ○ ●
  [0x2605, 0x2606], // ★ ☆
  [0x3000, 0x303f], // CJK punctuation: 、 。 〈 〉 《 》 「 」 【 】
  [0x30fb, 0x30fb], // katakana middle dot, used for foreign names
  [0xff01, 0xff5e], // full-width ASCII
  [0xffe0, 0xffe6], // full-width ￠ ￡ ￥
];

/** One flag byte per BMP code point; built once from constant data. */
const table: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (const [from, to] of NEUTRAL_RANGES) t.fill(NEUTRAL, from, to + 1);
  for (const c of commonSimplified) t[c.charCodeAt(0)]! |= SIMPLIFIED;
  for (const c of commonTraditional) if (c.length === 1) t[c.charCodeAt(0)]! |= TRADITIONAL;
  return t;
})();

export interface Plausibility {
  /** Non-ASCII characters judged (replacement characters excluded). */
  sample: number;
  /** How many of them are common in the expected script, or common punctuation. */
  common: number;
  /** Private-use characters: what legacy decoders yield for user-defined or vendor codes. */
  privateUse: number;
  /** U+FFFD: bytes the decoder could not map. */
  replacement: number;
  /** common / sample; 1 when there is nothing to judge. */
  score: number;
}

/**
 * Judge `text` as Chinese. `traditionalOnly` is for Big5, which cannot carry simplified text:
 * there only traditional forms count. GB18030 and Unicode texts may be in either script.
 */
export function plausibility(text: string, traditionalOnly = false): Plausibility {
  const want = traditionalOnly ? TRADITIONAL | NEUTRAL : SIMPLIFIED | TRADITIONAL | NEUTRAL;
  let sample = 0;
  let common = 0;
  let privateUse = 0;
  let replacement = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xdc00 && c <= 0xdfff)) continue; // ASCII; a pair is counted at its high half
    if (c === 0xfffd) {
      replacement++;
      continue;
    }
    sample++;
    if ((table[c]! & want) !== 0) common++;
    else if ((c >= 0xe000 && c <= 0xf8ff) || (c >= 0xdb80 && c <= 0xdbff)) privateUse++; // BMP or plane 15–16 private use
  }
  return { sample, common, privateUse, replacement, score: sample === 0 ? 1 : common / sample };
}
