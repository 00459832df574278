// The enrich stage: Page → what each article says about who, what organisations and places, when and how
// much. Pure: the same page and context always give the same facts, each tied to raw offsets and a sentence.
import type { Article, ArticleKnowledge, NameMention, Page, PersonMention } from '../model/index.js';
import { articleText, type ArticleText } from './article-text.js';
import { findDates } from './dates.js';
import { homeDistrict } from './district.js';
import { findFigures } from './figures.js';
import { findPeople, type FoundName } from './people-posts.js';
import { dropOverlaps, findOrgs, findPlaces } from './places-orgs.js';
import { toSimplified } from '../text/fold.js';

export interface EnrichContext {
  /** Paper name (simplified), for the home district: 区委 in 徐汇报 is 徐汇区委. */
  paper: string | null;
  /** The edition date (YYYY-MM-DD), for 今年, 去年 and dates printed without a year. */
  date: string | null;
}

export function enrichPage(page: Page, context: EnrichContext): ArticleKnowledge[] {
  const texts = page.layout.articles.map((article) => articleText(page, article));
  const district = homeDistrict(context.paper, page.source.text);
  return page.layout.articles.map((article, i) => enrichArticle(page, article, texts[i]!, { ...context, district }));
}

function enrichArticle(page: Page, article: Article, body: ArticleText, context: EnrichContext & { district: string | null }): ArticleKnowledge {
  const { text } = body;
  const where = (from: number, to: number) => {
    const span = body.raw(from, to);
    return { ...span, at: body.display(span), sentence: body.sentence(from, to), text: text.slice(from, to) };
  };
  const found = findPeople(text, context.district);
  const people: PersonMention[] = found.map((p) => ({ type: 'person', role: p.posts.length > 0 ? 'official' : 'named', posts: p.posts, source: 'rule', ...where(p.from, p.to) }));
  people.push(...authors(page, article));
  const full = (name: string) => {
    const bare = name.replace(/^中共/u, '');
    return context.district && /^区(?!域)/u.test(bare) ? context.district + bare : bare;
  };
  const names = (type: NameMention['type'], list: FoundName[]): NameMention[] =>
    list.map((n) => ({ type, name: full(n.name), source: 'rule', ...where(n.from, n.to) }));
  const personSpans = found.map((p) => ({ from: p.from, to: p.to }));
  const orgs = dropOverlaps([...found.flatMap((p) => p.orgs), ...findOrgs(text, context.district)]);
  const places = findPlaces(text, context.district).filter((pl) => ![...orgs, ...personSpans].some((o) => pl.from < o.to && o.from < pl.to));
  return {
    type: 'article-knowledge',
    people,
    orgs: names('org', orgs),
    places: names('place', places),
    dates: findDates(text, context.date).map(({ from, to, ...d }) => ({ type: 'date', ...d, ...where(from, to) })),
    figures: findFigures(text).map(({ from, to, ...f }) => ({ type: 'figure', ...f, ...where(from, to) })),
  };
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
