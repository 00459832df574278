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
  /** Shortest term compared (shorter ones differ by one character from too many words). */
  minLength?: number;
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
const MAX_TERM = 8;

/**
 * Collect the lexicon from archive text: Han runs of 2–8 characters standing alone between delimiters —
 * list items (稀宇科技、阶跃星辰、…), names between spaces, short headings — counted over all texts.
 */
export function archiveLexicon(texts: Iterable<string>): ArchiveLexicon {
  const terms = new Map<string, number>();
  for (const text of texts) {
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const han = i < text.length && isHan(text[i]);
      if (han && start < 0) start = i;
      if (han || start < 0) continue;
      const len = i - start;
      if (len >= MIN_TERM && len <= MAX_TERM) {
        const t = text.slice(start, i);
        terms.set(t, (terms.get(t) ?? 0) + 1);
      }
      start = -1;
    }
  }
  return { terms };
}

/** Is position `at` of `text` inside an occurrence of a known term? Known spellings are not re-read. */
export function knownSpans(text: string, lexicon: ArchiveLexicon, minCount = 2): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const [term, n] of lexicon.terms) {
    if (n < minCount) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) mask.fill(1, at, at + term.length);
  }
  return mask;
}

/**
 * Misprints of known spellings: a run standing alone between delimiters that differs from a term in one Han
 * character, that the archive itself does not print on its own, and that reads worse than the term. Applied where the two characters are look-alikes from the confusion sets;
 * otherwise suggested (财/阶 look alike only in a smudged scan, and the archive's counts are the evidence).
 */
export function correctArchiveSpellings(raw: string, lexicon: ArchiveLexicon, options: SpellingOptions = {}): Edit[] {
  const { minCount = 1, maxVariant = 0, minLength = 4, margin = 2 } = options;
  const looksAlike = confusionMap(CONFUSION_SETS);
  const found = new Map<number, Edit>();
  for (const [term, n] of lexicon.terms) {
    if (n < minCount || term.length < minLength) continue;
    const half = term.length >> 1;
    // One differing character leaves the first half or the second half of the term intact.
    for (const [piece, offset] of [[term.slice(0, half), 0], [term.slice(half), half]] as const) {
      for (let at = raw.indexOf(piece); at >= 0; at = raw.indexOf(piece, at + 1)) {
        const start = at - offset;
        // The variant stands alone like the term does (王志华 holds 王志 but is not a misprint of 王华).
        if (start < 0 || start + term.length > raw.length || isHan(raw[start - 1]) || isHan(raw[start + term.length])) continue;
        const seen = raw.slice(start, start + term.length);
        if (seen === term || (lexicon.terms.get(seen) ?? 0) > maxVariant) continue;
        let diff = -1;
        for (let k = 0; k < term.length; k++) {
          if (seen[k] === term[k]) continue;
          if (diff >= 0 || !isHan(seen[k])) {
            diff = -2;
            break;
          }
          diff = k;
        }
        if (diff < 0 || found.has(start + diff) || termScore(term) - termScore(seen) < margin) continue;
        const alike = looksAlike.get(seen[diff]!)?.includes(term[diff]!) ?? false;
        found.set(
          start + diff,
          edit(raw, start + diff, start + diff + 1, term[diff]!, RULE, 'display', {
            status: alike ? 'applied' : 'suggested',
            confidence: Math.round((1 - 1 / (n + 1)) * (alike ? 1 : 0.8) * 1000) / 1000,
            candidates: [term[diff]!],
          }),
        );
      }
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
