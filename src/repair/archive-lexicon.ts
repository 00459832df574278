// What the archive already knows about spelling: names and organisations it prints one way many times
// (阶跃星辰 on one page, 财跃星辰 on another). The repair stays pure: the caller collects the lexicon from the
// archive (`archiveLexicon` over stored text, or the knowledge layer's names) and passes it in.
import { edit, type Edit } from '../model/index.js';
import { isHan } from '../text/han.js';
import { charLm, logScore, modelText, wordScore } from '../text/char-lm.js';
import { confusionMap, CONFUSION_SETS } from './confusion-sets.js';

export const RULE = 'repair/archive-spelling';

export interface ArchiveLexicon {
  /** Spellings the archive prints (Han only, 2–8 characters) → how many times it prints them. */
  terms: ReadonlyMap<string, number>;
}

export interface SpellingOptions {
  /** A term printed at least this often is a known spelling. */
  minCount?: number;
  /** A variant printed at most this often may be a misprint of it. */
  maxVariant?: number;
  /** How much better (nats) the model must read the term than the variant: 区委书记 and 党委书记 are both right. */
  margin?: number;
}

/** How well the model reads a term on its own, as one run of text. */
function termScore(term: string): number {
  const lm = charLm();
  const s = `\n${modelText(term)}\n`;
  return logScore(lm, s, 1, s.length) + wordScore(lm, s, 0, s.length);
}

const MIN_TERM = 2;
/** Shortest term compared with the page's runs (shorter ones differ by one character from too many words). */
const MIN_COMPARED = 4;
const MAX_TERM = 8;

/** Maximal runs of Han characters in text[from, to): [start, end) pairs. */
function* hanRuns(text: string): Generator<[number, number]> {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHan(text[i]);
    if (han && start < 0) start = i;
    if (han || start < 0) continue;
    yield [start, i];
    start = -1;
  }
}

/**
 * Collect the lexicon from archive text: Han runs of 2–8 characters standing alone between delimiters —
 * list items (稀宇科技、阶跃星辰、…), names between spaces, short headings — counted over all texts. Pass `terms`
 * to count into an existing lexicon's map (an archive growing page by page).
 */
export function archiveLexicon(texts: Iterable<string>, terms = new Map<string, number>()): ArchiveLexicon & { terms: Map<string, number> } {
  for (const text of texts) {
    for (const [start, end] of hanRuns(text)) {
      if (end - start < MIN_TERM || end - start > MAX_TERM) continue;
      const t = text.slice(start, end);
      terms.set(t, (terms.get(t) ?? 0) + 1);
    }
  }
  return { terms };
}

/** Is position `at` of `text` inside an occurrence of a known term? Known spellings are not re-read. */
export function knownSpans(text: string, lexicon: ArchiveLexicon, minCount = 2): Uint8Array {
  const mask = new Uint8Array(text.length);
  // Substrings of Han runs looked up one by one: the cost follows the page, not the archive's size.
  for (const [start, end] of hanRuns(text)) {
    for (let a = start; a < end - 1; a++) {
      for (let b = a + MIN_TERM; b <= Math.min(end, a + MAX_TERM); b++) {
        if ((lexicon.terms.get(text.slice(a, b)) ?? 0) >= minCount) mask.fill(1, a, b);
      }
    }
  }
  return mask;
}

/**
 * Terms by each half (length, which half, its text), so a run of a page finds the terms it differs from in one
 * character without a scan of the archive. Kept per terms map and extended as the map grows (it only grows).
 */
const halvesOf = new WeakMap<ReadonlyMap<string, number>, { indexed: number; index: Map<string, string[]> }>();

function termsByHalf(terms: ReadonlyMap<string, number>): Map<string, string[]> {
  let h = halvesOf.get(terms);
  if (!h) halvesOf.set(terms, (h = { indexed: 0, index: new Map() }));
  if (h.indexed === terms.size) return h.index;
  let k = 0;
  for (const term of terms.keys()) {
    if (k++ < h.indexed || term.length < MIN_COMPARED) continue;
    const half = term.length >> 1;
    for (const key of [`${term.length}<${term.slice(0, half)}`, `${term.length}>${term.slice(half)}`]) {
      const list = h.index.get(key);
      if (list) list.push(term);
      else h.index.set(key, [term]);
    }
  }
  h.indexed = terms.size;
  return h.index;
}

/**
 * Misprints of known spellings: a run standing alone between delimiters that differs from a term in one Han
 * character, that the archive itself does not print on its own, and that reads worse than the term. Applied where the two characters are look-alikes from the confusion sets;
 * otherwise suggested (财/阶 look alike only in a smudged scan, and the archive's counts are the evidence).
 */
export function correctArchiveSpellings(raw: string, lexicon: ArchiveLexicon, options: SpellingOptions = {}): Edit[] {
  const { minCount = 1, maxVariant = 0, margin = 2 } = options;
  const looksAlike = confusionMap(CONFUSION_SETS);
  const index = termsByHalf(lexicon.terms);
  const edits: Edit[] = [];
  for (const [start, end] of hanRuns(raw)) {
    const len = end - start;
    if (len < MIN_COMPARED || len > MAX_TERM) continue;
    const seen = raw.slice(start, end);
    if ((lexicon.terms.get(seen) ?? 0) > maxVariant) continue;
    // One differing character leaves the first half or the second half of the term intact.
    const half = len >> 1;
    const terms = [...(index.get(`${len}<${seen.slice(0, half)}`) ?? []), ...(index.get(`${len}>${seen.slice(half)}`) ?? [])];
    let best: { term: string; diff: number; n: number } | null = null;
    for (const term of terms) {
      const n = lexicon.terms.get(term)!;
      // The most printed term; of equal counts the first in code-unit order, whatever order the archive printed them in.
      if (n < minCount || (best && (best.n > n || (best.n === n && best.term < term)))) continue;
      let diff = -1;
      for (let k = 0; k < len && diff !== -2; k++) if (seen[k] !== term[k]) diff = diff >= 0 ? -2 : k;
      if (diff < 0 || termScore(term) - termScore(seen) < margin) continue;
      best = { term, diff, n };
    }
    if (!best) continue;
    const { term, diff, n } = best;
    const alike = looksAlike.get(seen[diff]!)?.includes(term[diff]!) ?? false;
    edits.push(
      edit(raw, start + diff, start + diff + 1, term[diff]!, RULE, 'display', {
        status: alike ? 'applied' : 'suggested',
        confidence: Math.round((1 - 1 / (n + 1)) * (alike ? 1 : 0.8) * 1000) / 1000,
        candidates: [term[diff]!],
      }),
    );
  }
  return edits;
}
