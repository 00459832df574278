// Finds every occurrence of a word list's words in a text without building a string per position: a rolling
// 30-bit hash over character codes, checked against the hashes of the words and of their prefixes (a walk
// stops at the first prefix no word has). A false match needs a 30-bit collision: harmless for features.

export class WordMatcher {
  private readonly words = new Map<number, number>();
  private readonly prefixes = new Set<number>();
  private longest = 0;

  /** `value(word)` is what a match reports (0: leave the word out); a word listed twice keeps its first value. */
  constructor(words: Iterable<string>, value: (word: string) => number = () => 1) {
    for (const w of words) {
      const v = value(w);
      if (w.length === 0 || v === 0) continue;
      let h = 0;
      for (let k = 0; k < w.length; k++) {
        h = step(h, w.charCodeAt(k));
        if (k < w.length - 1) this.prefixes.add(h);
      }
      if (!this.words.has(h)) this.words.set(h, v);
      this.longest = Math.max(this.longest, w.length);
    }
  }

  /** Calls `found(start, end, value)` for each word at each position, shorter words first at a position. */
  scan(text: string, found: (start: number, end: number, value: number) => void): void {
    const n = text.length;
    for (let s = 0; s < n; s++) {
      let h = 0;
      for (let e = s; e < n && e - s < this.longest; e++) {
        h = step(h, text.charCodeAt(e));
        const v = this.words.get(h);
        if (v !== undefined) found(s, e + 1, v);
        if (!this.prefixes.has(h)) break;
      }
    }
  }
}

function step(h: number, code: number): number {
  h = Math.imul(h ^ code, 0x01000193) + 0x3c6ef372;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & 0x3fffffff;
}
