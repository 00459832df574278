// Word tokens and pinyin, the ranking side of the index (recall never depends on them: see tokens.ts).
// Words come from @node-rs/jieba plus a user dictionary of the names the archive has learned (bylines now,
// people and organisations from the knowledge layer later), so a reporter's name is one word, not three
// characters. Pinyin (pinyin-pro) is written for headlines and names: each word in full and as initials,
// so `xuhui` and `xh` both find 徐汇区.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';

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
 * Pinyin tokens of runs of words (a headline's words in order, or one name): every Han word in full
 * ("xuhuiqu") and as initials ("xhq"), and every pair of neighbouring characters in a run of Han words
 * ("yunxi", "yx"), so a name jieba does not know as one word (云 溪) is still found.
 */
export function pinyinTokens(runs: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  const emit = (syllables: readonly string[]) => {
    out.push(syllables.join(''));
    if (syllables.length > 1) out.push(syllables.map((s) => s[0]).join(''));
  };
  for (const words of runs) {
    let run: string[] = [];
    const pairs = () => {
      for (let i = 0; i + 1 < run.length; i++) emit(run.slice(i, i + 2));
      run = [];
    };
    for (const w of words) {
      const s = syllablesOf(w);
      if (!s) {
        pairs();
        continue;
      }
      if (s.length > 1) emit(s);
      run.push(...s);
    }
    pairs();
  }
  return [...new Set(out)];
}

/** Word → syllables (pinyin-pro reads a word in context: 重庆 chong qing); null when not all Han. */
const syllableCache = new Map<string, string[] | null>();

function syllablesOf(word: string): string[] | null {
  let s = syllableCache.get(word);
  if (s === undefined) {
    const all = /^\p{Script=Han}+$/u.test(word) ? (pinyin(word, { toneType: 'none', type: 'array', v: true }) as string[]) : [];
    s = all.length > 0 && all.every((x) => /^[a-z]+$/.test(x)) ? all : null;
    if (syllableCache.size > 200_000) syllableCache.clear();
    syllableCache.set(word, s);
  }
  return s;
}
