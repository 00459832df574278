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

const SEP = 1;
const HAN = 2;
const WORD = 3;
/** Character class per code point, filled lazily: Unicode property tests are slow per character. */
const classes = new Uint8Array(0x110000);

function classOf(cp: number): number {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? WORD : SEP;
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return HAN;
  let k = classes[cp]!;
  if (k === 0) {
    const ch = String.fromCodePoint(cp);
    k = /\p{Script=Han}/u.test(ch) ? HAN : /[\p{L}\p{N}]/u.test(ch) ? WORD : SEP;
    classes[cp] = k;
  }
  return k;
}

/** Runs of Han characters and runs of other letters and digits, in order. */
export function segments(folded: string): Segment[] {
  const out: Segment[] = [];
  let current: Segment | null = null;
  for (let at = 0; at < folded.length; ) {
    const cp = folded.codePointAt(at)!;
    const width = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    const kind = k === HAN ? 'han' : k === WORD ? 'word' : null;
    if (kind === null) current = null;
    else if (current && current.kind === kind) {
      current.chars.push(folded.slice(at, at + width));
      current.end = at + width;
    } else {
      current = { kind, chars: [folded.slice(at, at + width)], start: at, end: at + width };
      out.push(current);
    }
    at += width;
  }
  return out;
}

/** The tokens a field is indexed as, space-separated (one pass, no intermediate runs). */
export function indexTokens(folded: string): string {
  const tokens: string[] = [];
  let prevHan = ''; // the Han character before this one in the current run
  let wordStart = -1;
  for (let at = 0; at <= folded.length; ) {
    const cp = at < folded.length ? folded.codePointAt(at)! : 0x20;
    const width = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k !== WORD && wordStart >= 0) {
      tokens.push(folded.slice(wordStart, at));
      wordStart = -1;
    }
    if (k === HAN) {
      const ch = width === 1 ? folded[at]! : folded.slice(at, at + 2);
      if (prevHan) tokens.push(prevHan + ch);
      prevHan = ch;
    } else {
      if (prevHan) tokens.push(prevHan);
      prevHan = '';
      if (k === WORD && wordStart < 0) wordStart = at;
    }
    at += width;
  }
  return tokens.join(' ');
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
