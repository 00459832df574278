// baoku's recogniser: the learned model, with the register's rules on top. A person the rules find after a
// post title (区委书记曹立强) is taken as the rules read it, whatever the model made of those characters.
import { findPeople } from '../people-posts.js';
import type { NerSpan } from './corpus.js';
import { tagText, type NerModel } from './perceptron.js';

export interface RecognizeOptions {
  /** Annotation convention to read in: news (People's Daily, the default) or cluener. */
  domain?: string;
  /** false: the model alone. */
  rules?: boolean;
  district?: string | null;
}

const SENTENCE = /[^。！？!?\n]+[。！？!?]*|\n/gu;

export function recognize(text: string, model: NerModel, options: RecognizeOptions = {}): NerSpan[] {
  const { domain = 'news', rules = true, district = null } = options;
  const spans: NerSpan[] = [];
  // One sentence at a time, as the model was trained.
  for (const m of text.matchAll(SENTENCE)) {
    for (const s of tagText(model, m[0], domain)) spans.push({ type: s.type, start: s.start + m.index, end: s.end + m.index });
  }
  if (!rules) return spans;
  const people: NerSpan[] = findPeople(text, district).map((p) => ({ type: 'PER', start: p.from, end: p.to }));
  const kept = spans.filter((s) => !people.some((p) => s.start < p.end && p.start < s.end));
  return [...kept, ...people].sort((a, b) => a.start - b.start);
}
