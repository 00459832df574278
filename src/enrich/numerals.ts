// Chinese numerals as newspapers print them: positional (六千, 三十, 一百二十, 两万) and digit by digit (二〇二四).

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral is made of (use in regular expressions). */
export const HAN_NUMERAL = '〇零一二两三四五六七八九十百千万亿';

/** The value of a Chinese numeral, or null when `s` is not one. */
export function parseHanNumber(s: string): number | null {
  if (s.length === 0) return null;
  // Digit by digit, as years are printed: 二〇二四.
  if (![...s].some((c) => c in SMALL_UNITS || c in BIG_UNITS)) {
    let n = 0;
    for (const c of s) {
      const d = DIGITS[c];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c]!; // 十 alone means 10
      digit = null;
    } else if (c in BIG_UNITS) {
      total = (total + section + (digit ?? 0)) * BIG_UNITS[c]!;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Arabic (with decimals) or Chinese numerals. */
export function parseNumber(s: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return parseHanNumber(s);
}
