// The enrich stage: Page → what each article says about who, what organisations and places, when and how
// much. Pure: the same page and context always give the same facts, each tied to raw offsets and a sentence.
import type { Article, ArticleKnowledge, NameMention, Page, PersonMention } from '../model/index.js';
import { articleText, type ArticleText } from './article-text.js';
import { findDates } from './dates.js';
import { homeDistrict } from './district.js';
import { findFigures, type FoundFigure } from './figures.js';
import { findPeople, type FoundName } from './people-posts.js';
import { dropOverlaps, findOrgs } from './places-orgs.js';
import { findPlaces } from './places.js';
import { toSimplified } from '../text/fold.js';
import { tagWords } from '../text/segment.js';
import { tagText, type NerModel } from './ner/perceptron.js';
import { surnameAt } from './lexicon.js';

export interface EnrichContext {
  /** Paper name (simplified), for the home district: 区委 in 徐汇报 is 徐汇区委. */
  paper: string | null;
  /** The edition date (YYYY-MM-DD), for 今年, 去年 and dates printed without a year. */
  date: string | null;
  /**
   * The sequence model, for organisations and places no rule has a pattern for (loadNerModel() gives the
   * shipped one). Absent, the rules run alone: they keep pace with ingest, the model runs at a quarter of it.
   */
  model?: NerModel | null;
}

type Context = EnrichContext & { district: string | null; model: NerModel | null };

export { loadNerModel } from './ner/load.js';

export function enrichPage(page: Page, context: EnrichContext): ArticleKnowledge[] {
  const texts = page.layout.articles.map((article) => articleText(page, article));
  const district = homeDistrict(context.paper, page.source.text);
  return page.layout.articles.map((article, i) => enrichArticle(page, article, texts[i]!, { ...context, district, model: context.model ?? null }));
}

const SENTENCE = /[^。！？\n]+[。！？]*/gu;

/** What the model finds that no rule did, sentence by sentence, as the model was trained. */
function modelNames(text: string, model: NerModel | null, district: string | null, taken: readonly { from: number; to: number }[]) {
  const found = { PER: [] as FoundName[], ORG: [] as FoundName[], LOC: [] as FoundName[] };
  if (!model) return found;
  for (const m of text.matchAll(SENTENCE)) {
    let words: Word[] | null = null;
    for (const s of tagText(model, m[0], 'news')) {
      const from = m.index + s.start;
      const to = m.index + s.end;
      // Rules' finds stand, and so do their edges: the model's 常委 beside the rules' 区委 is a fragment.
      if (to - from < 2 || taken.some((t) => from <= t.to && t.from <= to)) continue;
      const name = text.slice(from, to);
      words ??= wordsOf(m[0]);
      const word = words.find((w) => w.at === s.start && w.word.length === name.length);
      if (s.type === 'PER' ? !personLike(name, word, text, from, district) : word && !NAME_TAGS.has(word.tag)) continue;
      found[s.type].push({ from, to, name, source: 'model' });
    }
  }
  return found;
}

interface Word {
  word: string;
  tag: string;
  at: number;
}

function wordsOf(sentence: string): Word[] {
  let at = 0;
  return tagWords(sentence).map(({ word, tag }) => ({ word, tag, at: (at += word.length) - word.length }));
}

/** A one-word organisation or place must be one to jieba too (not 中心, 美丽, 扎根). */
const NAME_TAGS = new Set(['ns', 'nt', 'nz', 'nrt', 'j', 'x', 'eng']);

/**
 * The model alone names people the rules do not know of only when jieba, reading the sentence its own way,
 * also takes the span for one personal name, it starts with a surname, it stands where the register puts
 * names (after punctuation or 和/与/由), and it is no place (徐汇 of 徐汇区, 大徐家汇).
 */
function personLike(name: string, word: Word | undefined, article: string, at: number, district: string | null): boolean {
  if (word?.tag !== 'nr' || name.length > 3 || surnameAt(name, 0) === 0 || name === district) return false;
  const before = article[at - 1];
  if (before !== undefined && /[\u4e00-\u9fff]/u.test(before) && !'和与及由向对同'.includes(before)) return false;
  return !new RegExp(`${name}[区县市镇路村街城港湾]`, 'u').test(article);
}

function enrichArticle(page: Page, article: Article, body: ArticleText, context: Context): ArticleKnowledge {
  const { text } = body;
  const where = (from: number, to: number) => {
    return { ...body.raw(from, to), at: body.display(from, to), sentence: body.sentence(from, to), text: text.slice(from, to) };
  };
  const found = findPeople(text, context.district);
  const people: PersonMention[] = found.map((p) => ({ type: 'person', role: p.posts.length > 0 ? 'official' : 'named', posts: p.posts, source: 'rule', ...where(p.from, p.to) }));
  people.push(...authors(page, article));
  const full = (name: string) => {
    const bare = name.replace(/^中共/u, '');
    return context.district && /^区(?!域)/u.test(bare) ? context.district + bare : bare;
  };
  const names = (type: NameMention['type'], list: FoundName[]): NameMention[] =>
    list.map((n) => ({ type, name: full(n.name), source: n.source ?? 'rule', ...where(n.from, n.to) }));
  const personSpans = found.map((p) => ({ from: p.from, to: p.to }));
  const ruleOrgs = dropOverlaps([...found.flatMap((p) => p.orgs), ...findOrgs(text, context.district)]);
  const rulePlaces = findPlaces(text, context.district).filter((pl) => ![...ruleOrgs, ...personSpans].some((o) => pl.from < o.to && o.from < pl.to));
  // The rules' reading stands; the model adds the names they have no pattern for.
  const learned = modelNames(text, context.model, context.district, [...personSpans, ...ruleOrgs, ...rulePlaces]);
  for (const p of learned.PER) people.push({ type: 'person', role: 'named', posts: [], source: 'model', ...where(p.from, p.to) });
  const orgs = [...ruleOrgs, ...learned.ORG].sort((a, b) => a.from - b.from);
  const places = [...rulePlaces, ...learned.LOC].sort((a, b) => a.from - b.from);
  return {
    type: 'article-knowledge',
    people,
    orgs: names('org', orgs),
    places: names('place', places),
    dates: findDates(text, context.date).map(({ from, to, ...d }) => ({ type: 'date', ...d, ...where(from, to) })),
    figures: findFigures(text)
      .filter((f) => !(body.reordered && garbledMetric(body, f)))
      .map(({ from, to, ...f }) => ({ type: 'figure', ...f, ...where(from, to) })),
  };
}

/**
 * On a page read in repaired column order, is what a figure counts likely read from pieces of two columns? Then
 * the figure is dropped rather than reported with a metric from elsewhere: when a seam of the order falls
 * between the number and its metric (…二批大模型|超2000张), or the metric ends in a lone character, a word the
 * order cut in two (…实现房|2816套). A seam inside the change (…亿元，|同比增长…) is fine.
 */
function garbledMetric(body: ArticleText, f: FoundFigure): boolean {
  if (!f.metric) return false;
  if (tagWords(f.metric).at(-1)!.word.length === 1) return true;
  const { text } = body;
  const after = text.indexOf(f.metric, f.to);
  if (after >= 0 && after - f.to <= 2) return body.crossesSeam(f.to - 1, after + 1);
  const before = text.lastIndexOf(f.metric, f.from);
  return before >= 0 && f.from - before <= 24 && body.crossesSeam(before + f.metric.length - 1, f.from + 1);
}

/** Reporters and photographers from the byline: authors, never officials. */
function authors(page: Page, article: Article): PersonMention[] {
  const byline = article.byline;
  if (!byline) return [];
  const raw = page.source.text.slice(byline.start, byline.end);
  let at = 0;
  return byline.people.map((p) => {
    const i = raw.indexOf(p.name, at);
    const start = byline.start + Math.max(0, i);
    if (i >= 0) at = i + p.name.length;
    const span = { start, end: i >= 0 ? start + p.name.length : byline.end };
    return { type: 'person', role: 'author', posts: [], source: 'byline', ...span, at: null, sentence: { start: byline.start, end: byline.end }, text: toSimplified(p.name) };
  });
}
