// OCR look-alike confusions (人市 for 入市, 己累计 for 已累计, 習近全 for 習近平). Every character that belongs to
// a confusion set is read again with each of its look-alikes in its place, and the character model scores the
// characters whose context it touches. The printed character is the prior: an alternative wins only by a
// margin (nats of log score) calibrated on held-out text (bench/repair.ts, docs/repair.md): at `apply` the fix
// is applied, at `suggest` it is stored as a suggestion for a reader to accept. Scoring runs on the text as
// displayed after the other display repairs (so words re-joined across line breaks count) and folded to
// simplified script (the model's), but every edit replaces one raw character and names its alternatives.
import { applyEdits, edit, type Edit } from '../model/index.js';
import { charLm, logScoreUnits, modelChar, modelText, unitsOf, wordScores, type CharLm } from '../text/char-lm.js';
import { CONFUSION_SETS, confusionMap } from './confusion-sets.js';
import { nameSlots } from './name-slots.js';
import { knownSpans, type ArchiveLexicon } from './archive-lexicon.js';

export const RULE = 'repair/ocr-confusion';

export interface ConfusionOptions {
  sets?: readonly string[];
  /** Margin (nats) at which a look-alike replaces the printed character. */
  apply?: number;
  /** Margin at which it is stored as a suggestion. */
  suggest?: number;
  lm?: CharLm;
  /** Weight of the dictionary-word score beside the character n-gram score. */
  wordWeight?: number;
  /** Spellings the archive prints often are left as printed. */
  archive?: ArchiveLexicon;
}

/** Characters either side of the n-gram window that the word score also reads, so a word through it is whole. */
const WORD_REACH = 2;
export const DEFAULT_WORD_WEIGHT = 0.5;

/** Calibrated on the dev split by bench/repair.ts --calibrate; see docs/repair.md. */
export const DEFAULT_APPLY = 9;
export const DEFAULT_SUGGEST = 2.5;

/** A confusable character's look-alikes, and the units the model reads: the printed character's first. */
interface LookAlikes {
  chars: string[];
  units: number[];
}
const mapCache = new WeakMap<readonly string[], Map<string, LookAlikes>>();
export interface Scored {
  /** Offset in the scored text. */
  at: number;
  best: string;
  /** Log-score margin of `best` over the printed character (> 0: the model prefers `best`). */
  margin: number;
  /** All look-alikes that beat the printed character, best first. */
  better: string[];
}

/** Score every confusable character of `text` against its look-alikes; only those some look-alike beats. */
export function scoreConfusions(text: string, options: ConfusionOptions = {}): Scored[] {
  const sets = options.sets ?? CONFUSION_SETS;
  let map = mapCache.get(sets);
  if (!map) {
    const byChar = new Map<string, LookAlikes>();
    for (const [c, chars] of confusionMap(sets)) byChar.set(c, { chars, units: [c, ...chars].map((x) => modelChar(x).charCodeAt(0)) });
    mapCache.set(sets, (map = byChar));
  }
  const lm = options.lm ?? charLm();
  const reach = lm.order - 1;
  const { wordWeight = DEFAULT_WORD_WEIGHT } = options;
  const m = modelText(text);
  const u = unitsOf(m);
  const out: Scored[] = [];
  const window = new Uint16Array(2 * (reach + WORD_REACH) + 1);
  let words = new Float64Array(0);
  for (let i = 0; i < text.length; i++) {
    const alts = map.get(text[i]!);
    if (!alts) continue;
    // The window around i, read with the printed character (first) and each look-alike in its place.
    const from = Math.max(0, i - reach - WORD_REACH);
    const n = Math.min(u.length, i + 1 + reach + WORD_REACH) - from;
    const at = i - from;
    for (let k = 0; k < n; k++) window[k] = u[from + k]!;
    const { chars, units } = alts;
    if (words.length < units.length) words = new Float64Array(units.length);
    wordScores(lm, window, n, at, units, words);
    const score = (v: number) => {
      window[at] = units[v]!;
      return logScoreUnits(lm, window, at, Math.min(n, at + 1 + reach)) + wordWeight * words[v]!;
    };
    const base = score(0);
    const wins: [string, number][] = [];
    for (let k = 0; k < chars.length; k++) {
      const s = score(k + 1) - base;
      if (s > 0) wins.push([chars[k]!, s]);
    }
    if (wins.length === 0) continue;
    wins.sort((x, y) => y[1] - x[1]);
    out.push({ at: i, best: wins[0]![0], margin: wins[0]![1], better: wins.map((w) => w[0]) });
  }
  return out;
}

/** Map a margin to 0..1: ~0.5 at the suggestion margin, ~0.95 at the apply margin (from the dev split). */
export function confidenceOf(margin: number, apply = DEFAULT_APPLY, suggest = DEFAULT_SUGGEST): number {
  const k = Math.log(19) / Math.max(0.1, apply - suggest);
  return Math.round(1000 / (1 + Math.exp(-k * (margin - suggest)))) / 1000;
}

/** Edits for the look-alikes the model prefers, against raw offsets of `raw`, after `displayEdits`. */
export function correctConfusions(raw: string, displayEdits: readonly Edit[] = [], options: ConfusionOptions = {}): Edit[] {
  const { apply = DEFAULT_APPLY, suggest = DEFAULT_SUGGEST } = options;
  const shown = applyEdits(raw, displayEdits);
  const names = nameSlots(shown.text);
  const known = options.archive ? knownSpans(shown.text, options.archive) : null;
  const edits: Edit[] = [];
  for (const s of scoreConfusions(shown.text, options)) {
    if (s.margin < suggest || names[s.at] || known?.[s.at]) continue;
    const at = shown.toRaw[s.at]!;
    // Only a character printed as it stands in the raw text is ours to replace.
    if (shown.toRawEnd[s.at]! - at !== 1 || raw[at] !== shown.text[s.at]) continue;
    edits.push(
      edit(raw, at, at + 1, s.best, RULE, 'display', {
        status: s.margin >= apply ? 'applied' : 'suggested',
        confidence: confidenceOf(s.margin, apply, suggest),
        candidates: s.better,
      }),
    );
  }
  return edits;
}
