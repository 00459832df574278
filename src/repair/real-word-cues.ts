// Real-word look-alikes the character model cannot see: 人选 is a word, so 已人选 reads fine to it, but an aspect
// adverb (已, 已经, 成功 …) stands before a verb, not a noun, and 入选 is the verb; so does a list after it
// (人选全市首批: the noun 人选 takes no such object). Only pairs where 入X is a verb
// of joining and 人X is not a verb are listed; the cue words are ones that never stand right before a noun.
// bench/repair.ts counts these edits on clean held-out text (none, docs/repair.md).
import { applyEdits, edit, type Edit } from '../model/index.js';
import { toSimplified } from '../text/fold.js';

export const RULE = 'repair/real-word-cue';

/** X of 入X verbs ("enter, join") that OCR prints as 人X. */
const JOIN_VERBS = new Set(Array.from('选驻市围股职住园库学党网列编境伍账狱侵'));
/** Adverbs that take a verb: before them 人X cannot be the noun it reads as. Longest first. */
const CUES = ['已经', '成功', '顺利', '率先', '先后', '相继', '陆续', '正式', '已', '均'];

/** What 入选 takes as its object (a list or rank: 入选全市首批, 入选省级…); the noun 人选 is not followed by these. */
const LIST_AFTER = ['全国', '全市', '全省', '全区', '首批', '省级', '市级', '区级', '国家级'];

/** Edits (applied) for 人 → 入 where a verb-taking adverb stands right before 人X, or a list right after 人选. */
export function correctRealWordCues(raw: string, displayEdits: readonly Edit[] = []): Edit[] {
  const shown = applyEdits(raw, displayEdits);
  const text = shown.text;
  const edits: Edit[] = [];
  for (let i = text.indexOf('人'); i >= 0; i = text.indexOf('人', i + 1)) {
    if (!JOIN_VERBS.has(toSimplified(text[i + 1] ?? ''))) continue;
    const before = toSimplified(text.slice(Math.max(0, i - 2), i));
    const after = toSimplified(text.slice(i + 2, i + 5));
    const listed = toSimplified(text[i + 1]!) === '选' && LIST_AFTER.some((l) => after.startsWith(l));
    if (!listed && !CUES.some((c) => before.endsWith(c))) continue;
    const at = shown.toRaw[i]!;
    // Only a character printed as it stands in the raw text is ours to replace.
    if (shown.toRawEnd[i]! - at !== 1 || raw[at] !== '人') continue;
    edits.push(edit(raw, at, at + 1, '入', RULE, 'display', { confidence: 0.9, candidates: ['入'] }));
  }
  return edits;
}
