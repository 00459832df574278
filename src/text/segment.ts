// Word segmentation with @node-rs/jieba and the dictionary it ships. One instance per process:
// loading the dictionary costs ~0.3 s, cutting is ~2M chars/s.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { toSimplified } from './fold.js';

let jieba: Jieba | null = null;

function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Words with their part of speech (nr person, ns place, nt organisation …), unknown words guessed by HMM. */
export function tagWords(text: string): { word: string; tag: string }[] {
  return instance().tag(text, true);
}

/** Dictionary-only segmentation (no HMM guessing), so every multi-character word is a known word. */
export function segment(text: string): string[] {
  return instance().cut(text, false);
}

/**
 * Does a dictionary word run across the boundary between `left` and `right`? Used to tell a word broken by
 * a layout line break (宣|传部) from a break between words (动能|今年). Looks at a few characters either side,
 * folded to simplified script (the dictionary's), so 區|長 counts like 区|长.
 */
export function straddles(left: string, right: string, reach = 4): boolean {
  return straddlesEach([[left, right]], reach)[0]!;
}

/**
 * `straddles` for many breaks at once, with one fold and one jieba call: on strings this short the per-call
 * cost is most of the work. The same answers as one call per break, because folding and jieba both treat a
 * newline as a hard boundary (neither folds nor forms a word across it), so the breaks are cut as one text
 * with a newline between them. The sides of a break must not hold newlines themselves (lines never do).
 */
export function straddlesEach(breaks: readonly (readonly [string, string])[], reach = 4): boolean[] {
  const folded = toSimplified(breaks.map(([l, r]) => `${l.slice(-reach)}\n${r.slice(0, reach)}`).join('\n')).split('\n');
  const answers = breaks.map(() => false);
  // Where each break's boundary falls in the text that is cut, and where its snippet ends.
  const boundary: number[] = [];
  const ends: number[] = [];
  const which: number[] = [];
  let text = '';
  breaks.forEach((_, i) => {
    const l = folded[2 * i]!;
    const r = folded[2 * i + 1]!;
    if (l.length === 0 || r.length === 0) return;
    if (text.length > 0) text += '\n';
    boundary.push(text.length + l.length);
    text += l + r;
    ends.push(text.length);
    which.push(i);
  });
  if (text.length === 0) return answers;
  let k = 0;
  let at = 0;
  for (const word of segment(text)) {
    const end = at + word.length;
    while (k < ends.length && at >= ends[k]!) k++;
    if (k < ends.length && at < boundary[k]! && end > boundary[k]!) answers[which[k]!] = true;
    at = end;
  }
  return answers;
}
