// Word tokens and pinyin, the ranking side of the index (recall never depends on them: see tokens.ts).
// Words come from @node-rs/jieba plus a user dictionary of the names the archive has learned (bylines now,
// people and organisations from the knowledge layer later), so a reporter's name is one word, not three
// characters. Pinyin (pinyin-pro) is written for headlines and names: each word in full and as initials,
// so `xuhui` and `xh` both find 徐汇区.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';
import { segments } from './tokens.js';

export interface WordCutter {
  /** Word tokens of folded text: letters and digits only, punctuation dropped. */
  cut(folded: string): string[];
  /** Add names (folded) to the user dictionary; names already known are skipped. */
  learn(names: Iterable<string>): void;
}

const WORD = /^[\p{L}\p{N}]+$/u;

export function wordCutter(): WordCutter {
  const jieba = Jieba.withDict(dict);
  const known = new Set<string>();
  return {
    cut(folded) {
      const out: string[] = [];
      for (const w of jieba.cut(folded, false)) if (WORD.test(w)) out.push(w);
      return out;
    },
    learn(names) {
      const fresh = [...names].filter((n) => n.length >= 2 && WORD.test(n) && !known.has(n));
      if (fresh.length === 0) return;
      for (const n of fresh) known.add(n);
      // A high frequency so a known name wins over the dictionary's split of it.
      jieba.loadDict(Buffer.from(fresh.map((n) => `${n} 100000 nr`).join('\n')));
    },
  };
}

/**
 * Pinyin tokens: every Han word (a jieba word, a name) in full ("xuhuiqu") and as initials ("xhq"), and every
 * pair of neighbouring characters of `text` too ("yunxi", "yx"), so a name jieba does not know as one word
 * (云溪) is still found.
 */
export function pinyinTokens(text: string, words: readonly string[]): string[] {
  const out: string[] = [];
  const emit = (syllables: readonly string[]) => {
    out.push(syllables.join(''));
    if (syllables.length > 1) out.push(syllables.map((s) => s[0]).join(''));
  };
  const syllablesOf = (han: string): string[] | null => {
    const s = pinyin(han, { toneType: 'none', type: 'array', v: true }) as string[];
    return s.every((x) => /^[a-z]+$/.test(x)) ? s : null;
  };
  for (const w of words) {
    const s = /^\p{Script=Han}{2,}$/u.test(w) ? syllablesOf(w) : null;
    if (s) emit(s);
  }
  for (const seg of segments(text)) {
    if (seg.kind !== 'han' || seg.chars.length < 2) continue;
    const s = syllablesOf(seg.chars.join(''));
    if (s) for (let i = 0; i + 1 < s.length; i++) emit(s.slice(i, i + 2));
  }
  return out;
}
