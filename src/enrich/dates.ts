// Date mentions → ISO with a precision. Years are read from the text (2023年, 二〇二四年), from 今年/去年/明年
// against the edition date, or, for a bare 10月15日, taken from the edition date (the nearest such date not
// far after it: a weekly reports the past week, so 12月28日 in a January paper is last December).
import type { DatePrecision } from '../model/index.js';
import { parseHanNumber } from './numerals.js';

export interface FoundDate {
  from: number;
  to: number;
  iso: string | null;
  precision: DatePrecision;
  relative: boolean;
  partOfDay: string | null;
}

const YEAR = String.raw`(\d{4}|[〇零一二三四五六七八九]{4})\s*年(?!代|级|度\d)`;
const RELATIVE_YEAR = '(今年|去年|明年|前年|当年|同年)';
const MONTH = String.raw`(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?`;
const DAY = String.raw`(\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]`;
const PART = '(凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间)?';
const WEEKDAY = String.raw`(?:[，,\s]*(?:星期|周)[一二三四五六日天])?`;

const PATTERN = new RegExp(
  // The lookahead skips the positions no date can start at (the rest of the pattern is all optional).
  `(?<![\\d.])(?=[\\d〇零一二三四五六七八九十]|今年|去年|明年|前年|当年|同年)(?:${YEAR}|${RELATIVE_YEAR})?\\s*(?:${MONTH}\\s*(?:${DAY})?)?${PART}${WEEKDAY}`,
  'gu',
);
const YEAR_OFFSET: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2 };

const pad = (n: number) => String(n).padStart(2, '0');

export function findDates(text: string, editionDate: string | null): FoundDate[] {
  const out: FoundDate[] = [];
  const edition = editionDate ? { y: Number(editionDate.slice(0, 4)), m: Number(editionDate.slice(5, 7)), d: Number(editionDate.slice(8, 10)) } : null;
  let lastYear: number | null = null;
  for (const m of text.matchAll(PATTERN)) {
    const [whole, yearText, relWord, monthText, dayText, part] = m;
    if (!yearText && !relWord && !monthText) continue; // matched only a part of day or nothing
    if (!monthText && /\d$/.test(text.slice(0, m.index))) continue; // 2025—2027年: a range, read the year only as printed
    const month = monthText ? num(monthText) : null;
    const day = dayText ? num(dayText) : null;
    if (month !== null && (month < 1 || month > 12)) continue;
    if (day !== null && (day < 1 || day > 31)) continue;
    let year: number | null = yearText ? num(yearText) : null;
    let relative = false;
    if (relWord === '当年' || relWord === '同年') {
      year = lastYear; // 2023年夏天…当年8月: the year the article last named
    } else if (relWord) {
      relative = true;
      year = edition ? edition.y + YEAR_OFFSET[relWord]! : null;
    } else if (year === null && month !== null) {
      relative = true;
      // A weekly looks back: a month more than two ahead of the edition's is last year's.
      year = edition ? (month > edition.m + 2 ? edition.y - 1 : edition.y) : null;
    }
    if (yearText) lastYear = year;
    const precision: DatePrecision = day !== null ? 'day' : month !== null ? 'month' : 'year';
    const iso = year === null ? null : precision === 'year' ? String(year) : precision === 'month' ? `${year}-${pad(month!)}` : `${year}-${pad(month!)}-${pad(day!)}`;
    let to = m.index + whole.length;
    while (to > m.index && /\s/.test(text[to - 1]!)) to--;
    out.push({ from: m.index, to, iso, precision, relative, partOfDay: part ?? null });
  }
  return out;
}

function num(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (parseHanNumber(s) ?? NaN);
}
