// Missing or extra characters (和水平 printed for 和高水平): flagged for a reader, never guessed. A gap where one
// inserted character would make the text read far better, or a character whose removal would, is reported as a
// Message on the raw span, naming what the model would read there; nothing is changed. The thresholds are
// calibrated on held-out clean text so that flags stay rare there (bench/repair.ts, docs/repair.md).
import { applyEdits, message, type Edit, type Message } from '../model/index.js';
import { charLm, gramLog, logScore, modelText, pairLog, wordScore, type CharLm } from '../text/char-lm.js';
import { commonSimplified } from '../text/han-frequency.js';
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
/** Characters tried in a gap: the most frequent ones cover nearly all running text. */
const TRIED = 2000;
/** Candidates tried in a gap: those the character before it calls for most, and those the one after it does. */
const NEIGHBOURS = 4;

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

const neighbourCache = new WeakMap<CharLm, Map<number, string[]>>();
const tried = Int32Array.from(commonSimplified.slice(0, TRIED), (c) => c.charCodeAt(0));

/**
 * The common characters the model most expects right after unit `u` (after: true) or right before it: by the
 * pair's log count less the character's own, the NEIGHBOURS best (kept per model and unit).
 */
function neighbours(lm: CharLm, u: number, after: boolean): string[] {
  let cache = neighbourCache.get(lm);
  if (!cache) neighbourCache.set(lm, (cache = new Map()));
  const key = after ? u : -u;
  let list = cache.get(key);
  if (!list) {
    const seen: [number, number][] = [];
    for (const c of tried) {
      const l = after ? pairLog(lm, u, c) : pairLog(lm, c, u);
      if (l !== -Infinity) seen.push([c, l - gramLog(lm, String.fromCharCode(c), 0, 1)]);
    }
    seen.sort((x, y) => y[1] - x[1]);
    cache.set(key, (list = seen.slice(0, NEIGHBOURS).map(([c]) => String.fromCharCode(c))));
  }
  return list;
}

/** N-gram log score of the characters after `at` whose context an inserted or removed unit touches. */
const near = (lm: CharLm, s: string, at: number, span: number) => logScore(lm, s, at, Math.min(s.length, at + span + lm.order - 1));
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
  const out: GapScore[] = [];
  // A dropped or added character almost always leaves a pair of neighbours the model has (nearly) never seen
  // together; only there is anything tried, as most gaps of running text are pairs the model knows.
  const rare = (s: string, from: number) => gramLog(lm, s, from, from + 2) < MIN_PAIR;
  for (let i = 1; i < m.length; i++) {
    if (!isHanUnit(m.charCodeAt(i - 1)) || !isHanUnit(m.charCodeAt(i))) continue;
    const left = m.slice(Math.max(0, i - REACH), i);
    const at = left.length;
    if (floor.missing < Infinity && rare(m, i - 1)) {
      // Missing before i: the characters both neighbours are seen beside, likeliest pairs first.
      const right = m.slice(i, i + REACH);
      const base = near(lm, left + right, at, 0);
      let baseWords: number | null = null;
      let best: GapScore | null = null;
      for (const c of new Set([...neighbours(lm, m.charCodeAt(i - 1), true), ...neighbours(lm, m.charCodeAt(i), false)])) {
        const s = left + c + right;
        const n = near(lm, s, at, 1) - base;
        if (n + WORD_BOUND < Math.max(floor.missing, best?.gain ?? -Infinity)) continue;
        baseWords ??= words(lm, left + right);
        const gain = n + words(lm, s) - baseWords;
        if (gain >= floor.missing && gain > (best?.gain ?? -Infinity)) best = { at: i, kind: 'missing', gain, char: c };
      }
      if (best) out.push(best);
    }
    // Extra at i: the text without it, where i stands beside a neighbour it is (nearly) never seen with.
    if (!isHanUnit(m.charCodeAt(i + 1)) || !(rare(m, i - 1) || rare(m, i)) || rare(m[i - 1]! + m[i + 1]!, 0)) continue;
    const after = m.slice(i + 1, i + 1 + REACH);
    const [without, within] = [left + after, left + m[i] + after];
    const n = near(lm, without, at, 0) - near(lm, within, at, 1);
    if (n + WORD_BOUND < floor.extra) continue;
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
