// Damage clean text the way OCR does (a character swapped for a look-alike from the confusion sets) and
// score the repair against the known answer. Deterministic: a seeded generator, so every run sees the same damage.
import { confusionMap, CONFUSION_SETS } from '../src/repair/confusion-sets.js';
import { correctConfusions, scoreConfusions, type ConfusionOptions } from '../src/repair/ocr-confusions.js';
import { seededRandom } from '../src/text/random.js';

export const random = seededRandom;

export interface Damaged {
  text: string;
  /** Offset → the character that was there. */
  truth: Map<number, string>;
}

/** Swap `rate` of all characters (as far as there are confusable ones) for a look-alike. */
export function damage(text: string, rate: number, seed: number): Damaged {
  const map = confusionMap(CONFUSION_SETS);
  const next = random(seed);
  const confusable: number[] = [];
  for (let i = 0; i < text.length; i++) if (map.has(text[i]!)) confusable.push(i);
  const p = Math.min(1, (rate * text.length) / Math.max(1, confusable.length));
  const chars = text.split('');
  const truth = new Map<number, string>();
  for (const i of confusable) {
    if (next() >= p) continue;
    const alts = map.get(text[i]!)!;
    chars[i] = alts[Math.floor(next() * alts.length)]!;
    truth.set(i, text[i]!);
  }
  return { text: chars.join(''), truth };
}

/** Pages of about `size` characters, sentences one per line. */
export function pages(sentences: readonly string[], size = 3000): string[] {
  const out: string[] = [];
  let page: string[] = [];
  let n = 0;
  for (const s of sentences) {
    page.push(s);
    n += s.length + 1;
    if (n >= size) {
      out.push(page.join('\n'));
      page = [];
      n = 0;
    }
  }
  if (page.length) out.push(page.join('\n'));
  return out;
}

export interface ConfusionScore {
  chars: number;
  damaged: number;
  fixed: number;
  /** Applied edits that are wrong (on clean characters, or the wrong look-alike). */
  wrong: number;
  /** Damaged characters with a suggestion (or fix) whose candidates hold the truth. */
  offered: number;
  suggestions: number;
  seconds: number;
}

export function evaluate(texts: readonly string[], rate: number, options: ConfusionOptions = {}, seed = 1): ConfusionScore {
  const score: ConfusionScore = { chars: 0, damaged: 0, fixed: 0, wrong: 0, offered: 0, suggestions: 0, seconds: 0 };
  texts.forEach((clean, k) => {
    const d = rate > 0 ? damage(clean, rate, seed * 7919 + k) : { text: clean, truth: new Map<number, string>() };
    const t = process.hrtime.bigint();
    const edits = correctConfusions(d.text, [], options);
    score.seconds += Number(process.hrtime.bigint() - t) / 1e9;
    score.chars += clean.length;
    score.damaged += d.truth.size;
    for (const e of edits) {
      const truth = d.truth.get(e.start);
      if (e.status === 'applied') {
        if (truth === e.after) score.fixed++;
        else score.wrong++;
      } else score.suggestions++;
      if (truth !== undefined && (e.after === truth || e.candidates?.includes(truth))) score.offered++;
    }
  });
  return score;
}

/** Margins the model gives on damaged characters (right answer first or not) and on clean ones. */
export function margins(texts: readonly string[], rate: number, seed = 1): { good: number[]; bad: number[] } {
  const good: number[] = [];
  const bad: number[] = [];
  texts.forEach((clean, k) => {
    const d = damage(clean, rate, seed * 7919 + k);
    for (const s of scoreConfusions(d.text)) {
      if (d.truth.get(s.at) === s.best) good.push(s.margin);
      else bad.push(s.margin);
    }
  });
  return { good, bad };
}
