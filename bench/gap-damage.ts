// Missing and extra characters injected into held-out text, and how many the flagger finds (a flag of either
// kind within one character of the damage) against how often it flags the same text undamaged.
import { seededRandom } from '../src/text/random.js';
import { isHan } from '../src/text/han.js';
import { commonSimplified } from '../src/text/han-frequency.js';
import { scoreGaps, type GapScore } from '../src/repair/missing-chars.js';

export interface GapDamaged {
  text: string;
  /** Offsets in `text`: the gap where a character was dropped, or the character that was added. */
  missing: number[];
  extra: number[];
}

/** Drop or add (half and half) a character at `rate` of the Han characters that stand between two others. */
export function damageGaps(text: string, rate: number, seed: number): GapDamaged {
  const next = seededRandom(seed);
  const out: string[] = [];
  const missing: number[] = [];
  const extra: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const inside = isHan(text[i - 1]) && isHan(text[i]) && isHan(text[i + 1]);
    const r = inside ? next() : 1;
    if (r < rate / 2) {
      missing.push(out.length);
      continue;
    }
    if (r < rate) {
      extra.push(out.length);
      out.push(commonSimplified[Math.floor(next() * 500)]!);
    }
    out.push(text[i]!);
  }
  return { text: out.join(''), missing, extra };
}

export interface GapRow {
  threshold: { missing: number; extra: number };
  chars: number;
  missing: number;
  extra: number;
  /** Damage with a flag within one character. */
  foundMissing: number;
  foundExtra: number;
  /** Flags on the undamaged text. */
  cleanFlags: number;
  seconds: number;
}

/** One row per threshold pair, from one scoring pass at the lowest of them. */
export function evaluateGaps(texts: readonly string[], rate: number, thresholds: readonly { missing: number; extra: number }[], seed = 3): GapRow[] {
  const floor = { missing: Math.min(...thresholds.map((t) => t.missing)), extra: Math.min(...thresholds.map((t) => t.extra)) };
  const rows: GapRow[] = thresholds.map((threshold) => ({ threshold, chars: 0, missing: 0, extra: 0, foundMissing: 0, foundExtra: 0, cleanFlags: 0, seconds: 0 }));
  const over = (g: GapScore, t: { missing: number; extra: number }) => g.gain >= (g.kind === 'missing' ? t.missing : t.extra);
  texts.forEach((clean, k) => {
    const d = damageGaps(clean, rate, seed * 7919 + k);
    const t0 = process.hrtime.bigint();
    const cleanFlags = scoreGaps(clean, floor);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const flags = scoreGaps(d.text, floor);
    for (const row of rows) {
      const mine = flags.filter((g) => over(g, row.threshold));
      const near = (at: number) => mine.some((g) => Math.abs(g.at - at) <= 1);
      row.chars += clean.length;
      row.seconds += seconds;
      row.missing += d.missing.length;
      row.extra += d.extra.length;
      row.foundMissing += d.missing.filter(near).length;
      row.foundExtra += d.extra.filter(near).length;
      row.cleanFlags += cleanFlags.filter((g) => over(g, row.threshold)).length;
    }
  });
  return rows;
}
