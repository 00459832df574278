// When a page has no masthead, the edition's date is inferred from what the page reports: a weekly prints
// events of the days before it went to press, so the latest fully resolvable date mentioned is a lower bound
// and the best guess. It is always marked as inferred.
//
// Read on the printed text, not the folded one: folding (opencc hk → cn) never adds, drops or moves a digit,
// a space or 年月日 (every dictionary key holding one keeps it in place, and no value makes one) except the
// compatibility ideograph U+F98E it turns into 年, so the patterns below, which accept both, find the
// same dates; edition-date.test.ts checks it against folding first. Folding a traditional page costs
// ~0.4 µs a character, more than the rest of this page's layout.

const YEAR = /(\d{4})\s*[年\uF98E]/gu;
const MONTH_DAY = /(?:(\d{4})\s*[年\uF98E]\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;

export function inferEditionDate(t: string): string | null {
  const years: { at: number; year: number }[] = [];
  for (const m of t.matchAll(YEAR)) years.push({ at: m.index, year: Number(m[1]) });
  let best: string | null = null;
  for (const m of t.matchAll(MONTH_DAY)) {
    // A bare 月日 takes the nearest year printed before it.
    const year = m[1] ? Number(m[1]) : lastYearBefore(years, m.index);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (!year || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (best === null || iso > best) best = iso;
  }
  return best;
}

/** The last year printed before `at` (years are in text order). */
function lastYearBefore(years: readonly { at: number; year: number }[], at: number): number | undefined {
  for (let k = years.length - 1; k >= 0; k--) if (years[k]!.at < at) return years[k]!.year;
  return undefined;
}
