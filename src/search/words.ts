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

/** Pinyin tokens of folded text: every Han word in full ("xuhuiqu") and as initials ("xhq"). */
export function pinyinTokens(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (!segments(w).some((s) => s.kind === 'han')) continue;
    const full = pinyin(w, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }) as string[];
    const syllables = full.filter((s) => /^[a-z]+$/.test(s));
    if (syllables.length === 0) continue;
    out.push(syllables.join(''));
    if (syllables.length > 1) out.push(syllables.map((s) => s[0]).join(''));
  }
  return out;
}
