// Missing or extra characters (和水平 printed for 和高水平): flagged for a reader, never guessed. A gap where one
// inserted character would make the text read far better, or a character whose removal would, is reported as a
// Message on the raw span, naming what the model would read there; nothing is changed. The thresholds are
// calibrated on held-out clean text so that flags stay rare there (bench/repair.ts, docs/repair.md).
import { applyEdits, message, type Edit, type Message } from '../model/index.js';
import { charLm, logScoreUnits, modelText, pairLog, unitsOf, wordScore, type CharLm } from '../text/char-lm.js';
import { neighbours } from './gap-neighbours.js';
import { nameSlots } from './name-slots.js';
import { knownSpans, type ArchiveLexicon } from './archive-lexicon.js';

export const RULE = 'repair/missing-or-extra';

export interface GapOptions {
  /** Gain (nats) at which a gap is flagged as missing a character. */
  missing?: number;
  /** Gain at which a character is flagged as extra. */
  extra?: number;
  lm?: CharLm;
  archive?: ArchiveLexicon;
}

/** Calibrated on the dev split by bench/repair.ts --calibrate; see docs/repair.md. */
export const DEFAULT_MISSING = 12;
export const DEFAULT_EXTRA = 32;

/** Characters either side that the score reads. */
const REACH = 5;
const WORD_WEIGHT = 0.5;
export interface GapScore {
  /** Offset in the scored text: the gap before `at` (missing) or the character at `at` (extra). */
  at: number;
  kind: 'missing' | 'extra';
  /** How much better the text reads with the character inserted (missing) or removed (extra). */
  gain: number;
  /** The character the model would insert (missing) or the one it would remove (extra). */
  char: string;
}

/** Log count below which a pair of neighbours counts as unseen. */
const MIN_PAIR = 0;

const isHanUnit = (c: number) => c >= 0x3400 && c < 0xa000;

const words = (lm: CharLm, s: string) => WORD_WEIGHT * wordScore(lm, s, 0, s.length);
/**
 * The most the word score adds to a gain (measured on the dev split: beyond it in < 1 of 10k gaps); the
 * dictionary segmentation is only run where the n-gram gain comes within it of the threshold.
 */
const WORD_BOUND = 12;

/**
 * Gaps and characters of `text` (in Han runs) whose best insertion or whose removal gains at least `floor`
 * (nats, missing / extra); gains below it are not computed exactly.
 */
export function scoreGaps(text: string, floor: { missing: number; extra: number }, lm: CharLm = charLm()): GapScore[] {
  const m = modelText(text);
  const u = unitsOf(m);
  const out: GapScore[] = [];
  // The n-gram terms an inserted (span 1) or removed (span 0) unit touches: the page's own from i, or a window
  // spliced into one buffer (units start..i, then `x` or nothing, then REACH units from `from`), not built as strings.
  const printed = (i: number, span: number) => logScoreUnits(lm, u, i, Math.min(u.length, i + span + lm.order - 1));
  const buf = new Uint16Array(2 * REACH + 1);
  const spliced = (start: number, i: number, x: number, from: number, span: number) => {
    let n = 0;
    for (let k = start; k < i; k++) buf[n++] = u[k]!;
    if (x >= 0) buf[n++] = x;
    for (let k = from; k < Math.min(u.length, from + REACH); k++) buf[n++] = u[k]!;
    return logScoreUnits(lm, buf, i - start, Math.min(n, i - start + span + lm.order - 1));
  };
  // A dropped or added character almost always leaves a pair of neighbours the model has (nearly) never seen
  // together; only there is anything tried, as most gaps of running text are pairs the model knows. Each pair
  // is looked up once: `rareAfter` (units i, i+1) is the next gap's `rareBefore`.
  const rare = (a: number, b: number) => pairLog(lm, a, b) < MIN_PAIR;
  let rareAfter = false;
  for (let i = 1; i < m.length; i++) {
    const [a, b, c] = [m.charCodeAt(i - 1), m.charCodeAt(i), m.charCodeAt(i + 1)];
    if (!isHanUnit(a) || !isHanUnit(b)) continue;
    // Units i-1, i were both Han on the last step only if i-2 was too; otherwise look the pair up now.
    const rareBefore = i >= 2 && isHanUnit(m.charCodeAt(i - 2)) ? rareAfter : rare(a, b);
    rareAfter = isHanUnit(c) && rare(b, c);
    const start = Math.max(0, i - REACH);
    if (floor.missing < Infinity && rareBefore) {
      // Missing before i: the characters both neighbours are seen beside, likeliest pairs first.
      const base = printed(i, 0);
      let baseWords: number | null = null;
      let best: GapScore | null = null;
      const fromLeft = neighbours(lm, a, true);
      for (const ch of [...fromLeft, ...neighbours(lm, b, false).filter((x) => !fromLeft.includes(x))]) {
        const n = spliced(start, i, ch.charCodeAt(0), i, 1) - base;
        if (n + WORD_BOUND < Math.max(floor.missing, best?.gain ?? -Infinity)) continue;
        // Text slices only where the word score reads them.
        const [left, right] = [m.slice(start, i), m.slice(i, i + REACH)];
        baseWords ??= words(lm, left + right);
        const gain = n + words(lm, left + ch + right) - baseWords;
        if (gain >= floor.missing && gain > (best?.gain ?? -Infinity)) best = { at: i, kind: 'missing', gain, char: ch };
      }
      if (best) out.push(best);
    }
    // Extra at i: the text without it, where i stands beside a neighbour it is (nearly) never seen with.
    if (!isHanUnit(c) || !(rareBefore || rareAfter) || rare(a, c)) continue;
    const n = spliced(start, i, -1, i + 1, 0) - printed(i, 1);
    if (n + WORD_BOUND < floor.extra) continue;
    const [without, within] = [m.slice(start, i) + m.slice(i + 1, i + 1 + REACH), m.slice(start, i + 1 + REACH)];
    const gain = n + words(lm, without) - words(lm, within);
    if (gain >= floor.extra) out.push({ at: i, kind: 'extra', gain, char: text[i]! });
  }
  return out;
}

/** Messages for the gaps and characters the model reads as damaged, against raw offsets of `raw` after `displayEdits`. */
export function flagMissingOrExtra(raw: string, displayEdits: readonly Edit[] = [], options: GapOptions = {}): Message[] {
  const { missing = DEFAULT_MISSING, extra = DEFAULT_EXTRA } = options;
  const shown = applyEdits(raw, displayEdits);
  const names = nameSlots(shown.text);
  const known = options.archive ? knownSpans(shown.text, options.archive) : null;
  const quiet = (k: number) => names[k] || known?.[k];
  const out: Message[] = [];
  const flagged = scoreGaps(shown.text, { missing, extra }, options.lm);
  for (const g of flagged) {
    if (quiet(g.at) || quiet(g.at - 1)) continue;
    const at = shown.toRaw[g.at]!;
    const span = g.kind === 'missing' ? { start: shown.toRaw[g.at - 1]!, end: shown.toRawEnd[g.at]! } : { start: at, end: shown.toRawEnd[g.at]! };
    const what =
      g.kind === 'missing'
        ? `a character may be missing between ${shown.text[g.at - 1]} and ${shown.text[g.at]} (the model would read ${g.char} there)`
        : `${shown.text[g.at]} may be an extra character`;
    out.push(message(RULE, `${what}; left as printed`, span));
  }
  return out;
}
