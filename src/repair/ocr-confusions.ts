// OCR look-alike confusions (人市 for 入市, 己累计 for 已累计, 習近全 for 習近平). Every character that belongs to
// a confusion set is read again with each of its look-alikes in its place, and the character model scores the
// characters whose context it touches. The printed character is the prior: an alternative wins only by a
// margin (nats of log score) calibrated on held-out text (bench/repair.ts, docs/repair.md): at `apply` the fix
// is applied, at `suggest` it is stored as a suggestion for a reader to accept. Scoring runs on the text as
// displayed after the other display repairs (so words re-joined across line breaks count) and folded to
// simplified script (the model's), but every edit replaces one raw character and names its alternatives.
import { applyEdits, edit, type Edit } from '../model/index.js';
import { charLm, logScore, modelChar, modelText, wordScore, type CharLm } from '../text/char-lm.js';
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

const mapCache = new WeakMap<readonly string[], Map<string, string[]>>();
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
  if (!map) mapCache.set(sets, (map = confusionMap(sets)));
  const lm = options.lm ?? charLm();
  const reach = lm.order - 1;
  const { wordWeight = DEFAULT_WORD_WEIGHT } = options;
  const m = modelText(text);
  const out: Scored[] = [];
  for (let i = 0; i < text.length; i++) {
    const alts = map.get(text[i]!);
    if (!alts) continue;
    const left = m.slice(Math.max(0, i - reach - WORD_REACH), i);
    const right = m.slice(i + 1, i + 1 + reach + WORD_REACH);
    const score = (ch: string) => {
      const s = left + ch + right;
      const at = left.length;
      return logScore(lm, s, at, Math.min(s.length, at + 1 + reach)) + wordWeight * wordScore(lm, s, 0, s.length);
    };
    const base = score(m[i]!);
    const wins: [string, number][] = [];
    for (const a of alts) {
      const s = score(modelChar(a)) - base;
      if (s > 0) wins.push([a, s]);
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
