// Index tokens that make recall independent of word segmentation. A run of Han characters c1…cn becomes
// the overlapping bigrams c1c2, c2c3, …, c(n-1)cn and then cn alone, so every character starts exactly one
// token: a query of n ≥ 2 characters is the phrase of its n-1 bigrams (an exact substring match), and a
// 1-character query is a prefix query on the tokens that start with it. Runs of other letters and digits
// are one token each (a word). Everything else separates tokens. Input is folded text (see fold.ts).
//
// Pure and backend-neutral: SQLite FTS5 reads these as space-separated unicode61 tokens; a PostgreSQL
// backend can store the same token arrays.

export interface Segment {
  kind: 'han' | 'word';
  /** Code points of the run. */
  chars: string[];
  /** UTF-16 offsets into the folded text. */
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/** Runs of Han characters and runs of other letters and digits, in order. */
export function segments(folded: string): Segment[] {
  const out: Segment[] = [];
  let current: Segment | null = null;
  let at = 0;
  for (const ch of folded) {
    const kind = HAN.test(ch) ? 'han' : WORD.test(ch) ? 'word' : null;
    if (kind === null) current = null;
    else if (current && current.kind === kind) {
      current.chars.push(ch);
      current.end = at + ch.length;
    } else {
      current = { kind, chars: [ch], start: at, end: at + ch.length };
      out.push(current);
    }
    at += ch.length;
  }
  return out;
}

/** The tokens a field is indexed as. */
export function indexTokens(folded: string): string[] {
  const tokens: string[] = [];
  for (const seg of segments(folded)) {
    if (seg.kind === 'word') tokens.push(seg.chars.join(''));
    else {
      const c = seg.chars;
      for (let i = 0; i + 1 < c.length; i++) tokens.push(c[i]! + c[i + 1]!);
      tokens.push(c[c.length - 1]!);
    }
  }
  return tokens;
}

/** A query string as a phrase over index tokens: adjacent tokens, the last one possibly a prefix. */
export interface TokenPhrase {
  tokens: string[];
  prefixLast: boolean;
}

/**
 * The phrase that matches exactly the texts containing `folded` (as tokens see it: separators between runs
 * are free). A Han run followed by more query text ends in the document too, so its final unigram is
 * matched; a query ending in one Han character or in a word matches it as a prefix.
 * Returns null when the string has nothing searchable (only punctuation).
 */
export function queryPhrase(folded: string): TokenPhrase | null {
  const segs = segments(folded);
  if (segs.length === 0) return null;
  const tokens: string[] = [];
  let prefixLast = false;
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg.kind === 'word') {
      tokens.push(seg.chars.join(''));
      prefixLast = last;
      return;
    }
    const c = seg.chars;
    for (let k = 0; k + 1 < c.length; k++) tokens.push(c[k]! + c[k + 1]!);
    if (!last) tokens.push(c[c.length - 1]!);
    else if (c.length === 1) {
      tokens.push(c[0]!);
      prefixLast = true;
    }
  });
  return { tokens, prefixLast };
}

/**
 * A regular expression source finding the same matches in folded text, for highlighting: runs literally,
 * anything but letters, digits and line breaks between runs, a final word as a prefix.
 */
export function matchPattern(folded: string): string | null {
  const segs = segments(folded);
  if (segs.length === 0) return null;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return segs
    .map((seg, i) => escape(seg.chars.join('')) + (seg.kind === 'word' && i === segs.length - 1 ? '(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])*' : ''))
    .join('[^\\p{L}\\p{N}\\n]*');
}
