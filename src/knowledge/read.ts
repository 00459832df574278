// The knowledge layer's read API: what the CLI, the web reader and search call. Field names are a public
// contract (snake_case like the export rows); only ever add to them.
import type Database from 'better-sqlite3';
import { BaokuError } from '../model/index.js';
import { toSimplified } from '../text/fold.js';
import { assertPartCurrent, type SqliteStore } from '../store/index.js';
import { knowledgeMigrations } from './schema.js';

export interface PostSpan {
  title: string;
  org: string | null;
  kind: string;
  /** First and last edition giving the post as held (null when the archive only reports it ending). */
  first_seen: string | null;
  last_seen: string | null;
  /** Latest edition reporting the post ended (不再担任, 免去, 辞去), or null. */
  ended: string | null;
  /** Ids of the articles that give the post, oldest edition first. */
  articles: number[];
}

export interface Person {
  id: number;
  name: string;
  /** official (named with a post somewhere), named, or author (bylines only). */
  role: string;
  posts: PostSpan[];
  first_seen: string | null;
  last_seen: string | null;
  articles: number[];
}

export interface Entity {
  id: number;
  type: 'person' | 'org' | 'place';
  name: string;
  mentions: number;
  articles: number;
}

export interface MentionRow {
  id: number;
  article_id: number;
  entity_id: number | null;
  type: 'person' | 'org' | 'place';
  role: string | null;
  name: string;
  printed: string;
  start: number;
  end: number;
  text_start: number | null;
  text_end: number | null;
  sentence_start: number;
  sentence_end: number;
  source: string;
  /** People only: the posts this mention gives, in printed order. */
  posts: { title: string; printed: string; org: string | null; kind: string }[];
}

export interface DateRow {
  id: number;
  article_id: number;
  text: string;
  iso: string | null;
  precision: string;
  relative: boolean;
  part_of_day: string | null;
  start: number;
  end: number;
  text_start: number | null;
  text_end: number | null;
}

export interface FigureRow {
  id: number;
  article: number;
  text: string;
  metric: string;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  change: { direction: string; verb: string; value: number; unit: string; basis: string | null } | null;
  period: string | null;
  /** The edition date of the article. */
  date: string | null;
  paper: string | null;
  page: number | null;
  start: number;
  end: number;
}

export interface ArticleFacts {
  people: MentionRow[];
  orgs: MentionRow[];
  places: MentionRow[];
  dates: DateRow[];
  figures: FigureRow[];
}

export interface KnowledgeReader {
  /** People, most-cited first; authors (bylines only) only with { role: 'author' } or 'all'. */
  people(options?: { role?: 'official' | 'named' | 'author' | 'all' }): Person[];
  person(id: number): Person | null;
  /** Everyone of that name (traditional or simplified spelling): homonyms are separate people. */
  peopleNamed(name: string): Person[];
  /** Organisations or places with how often and in how many articles they are named, most-named first. */
  entities(type: 'org' | 'place'): Entity[];
  figures(options?: { article?: number }): FigureRow[];
  /** Everything found in one article, in text order. */
  article(articleId: number): ArticleFacts;
  /** Ids of the articles naming an entity of that type and name (search filters person:, org:, place:). */
  articlesMentioning(type: 'person' | 'org' | 'place', name: string): number[];
  /** The entities of one type most named among the given articles (search facets). */
  facets(articleIds: readonly number[], type: 'person' | 'org' | 'place', limit?: number): { id: number; name: string; count: number }[];
}

export function knowledgeReader(store: SqliteStore): KnowledgeReader {
  const db = store.db;
  const present = db.prepare("SELECT 1 FROM schema_parts WHERE part = 'knowledge'").get();
  if (!present) throw new BaokuError('knowledge_missing', 'this archive has no knowledge tables yet: run `baoku enrich` once to build them');
  assertPartCurrent(db, 'knowledge', knowledgeMigrations);
  const q = queries(db);

  const personOf = (row: { id: number; name: string; role: string }): Person => {
    const posts = (q.posts.all(row.id) as (Omit<PostSpan, 'articles'> & { articles: string })[]).map((p) => ({ ...p, articles: JSON.parse(p.articles) as number[] }));
    const span = q.personSpan.get(row.id) as { first_seen: string | null; last_seen: string | null; articles: string };
    return { id: row.id, name: row.name, role: row.role, posts, first_seen: span.first_seen, last_seen: span.last_seen, articles: JSON.parse(span.articles) as number[] };
  };
  const mentionsOf = (type: string, articleId: number): MentionRow[] =>
    (q.articleMentions.all(articleId, type) as (Omit<MentionRow, 'posts'> & { posts: string })[]).map((m) => ({ ...m, posts: JSON.parse(m.posts) as MentionRow['posts'] }));

  return {
    people(options = {}) {
      const role = options.role ?? 'official-or-named';
      return (q.people.all() as { id: number; name: string; role: string }[])
        .filter((p) => role === 'all' || p.role === role || (role === 'official-or-named' && p.role !== 'author'))
        .map(personOf);
    },
    person(id) {
      const row = q.entity.get(id, 'person') as { id: number; name: string; role: string } | undefined;
      return row ? personOf(row) : null;
    },
    peopleNamed(name) {
      return (q.entitiesNamed.all('person', toSimplified(name.trim())) as { id: number; name: string; role: string }[]).map(personOf);
    },
    entities(type) {
      return q.entities.all(type) as Entity[];
    },
    figures(options = {}) {
      const rows = (options.article === undefined ? q.figures.all() : q.articleFigures.all(options.article)) as RawFigure[];
      return rows.map(figureOf);
    },
    article(articleId) {
      return {
        people: mentionsOf('person', articleId),
        orgs: mentionsOf('org', articleId),
        places: mentionsOf('place', articleId),
        dates: (q.dates.all(articleId) as (Omit<DateRow, 'relative'> & { relative: number })[]).map((d) => ({ ...d, relative: d.relative === 1 })),
        figures: (q.articleFigures.all(articleId) as RawFigure[]).map(figureOf),
      };
    },
    articlesMentioning(type, name) {
      return q.articlesMentioning.all(type, toSimplified(name.trim())) as number[];
    },
    facets(articleIds, type, limit = 10) {
      if (articleIds.length === 0) return [];
      return q.facets.all(JSON.stringify(articleIds), type, limit) as { id: number; name: string; count: number }[];
    },
  };
}

type RawFigure = Omit<FigureRow, 'change'> & { change_direction: string | null; change_verb: string | null; change_value: number | null; change_unit: string | null; change_basis: string | null };

function figureOf(r: RawFigure): FigureRow {
  const { change_direction, change_verb, change_value, change_unit, change_basis, ...rest } = r;
  const change = change_direction ? { direction: change_direction, verb: change_verb!, value: change_value!, unit: change_unit!, basis: change_basis } : null;
  return { ...rest, change };
}

function queries(db: Database.Database) {
  const figureColumns = `id, article, text, metric, value, unit, qualifier, change_direction, change_verb, change_value, change_unit, change_basis, period, date, paper, page, start, end`;
  return {
    people: db.prepare(`SELECT e.id, e.name, e.role FROM entities e JOIN mentions m ON m.entity_id = e.id
      WHERE e.type = 'person' GROUP BY e.id ORDER BY COUNT(DISTINCT m.article_id) DESC, MIN(m.id)`),
    entity: db.prepare('SELECT id, name, role FROM entities WHERE id = ? AND type = ?'),
    entitiesNamed: db.prepare('SELECT id, name, role FROM entities WHERE type = ? AND name = ? ORDER BY id'),
    posts: db.prepare(`SELECT title, org, kind, first_seen, last_seen, ended, articles FROM person_posts WHERE person_id = ? ORDER BY COALESCE(first_seen, ended), title`),
    personSpan: db.prepare(`SELECT MIN(ed.date) AS first_seen, MAX(ed.date) AS last_seen, json_group_array(DISTINCT m.article_id) AS articles
      FROM mentions m JOIN articles a ON a.id = m.article_id JOIN pages pg ON pg.id = a.page_id JOIN editions ed ON ed.id = pg.edition_id
      WHERE m.entity_id = ?`),
    entities: db.prepare(`SELECT e.id, e.type, e.name, COUNT(m.id) AS mentions, COUNT(DISTINCT m.article_id) AS articles
      FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE e.type = ? GROUP BY e.id ORDER BY mentions DESC, e.name`),
    articleMentions: db.prepare(`SELECT m.id, m.article_id, m.entity_id, m.type, m.role, m.name, m.printed, m.start, m.end, m.text_start, m.text_end,
        m.sentence_start, m.sentence_end, m.source,
        (SELECT json_group_array(json_object('title', title, 'printed', printed, 'org', org, 'kind', kind))
           FROM (SELECT * FROM posts WHERE mention_id = m.id ORDER BY seq)) AS posts
      FROM mentions m WHERE m.article_id = ? AND m.type = ? ORDER BY m.start`),
    dates: db.prepare(`SELECT id, article_id, text, iso, precision, relative, part_of_day, start, end, text_start, text_end FROM dates WHERE article_id = ? ORDER BY start`),
    figures: db.prepare(`SELECT ${figureColumns} FROM figure_export ORDER BY date, article, start`),
    articleFigures: db.prepare(`SELECT ${figureColumns} FROM figure_export WHERE article = ? ORDER BY start`),
    articlesMentioning: db.prepare(`SELECT DISTINCT article_id FROM mentions WHERE type = ? AND name = ? ORDER BY article_id`).pluck(),
    facets: db.prepare(`SELECT e.id, e.name, COUNT(DISTINCT m.article_id) AS count FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.article_id IN (SELECT value FROM json_each(?)) AND m.type = ? AND m.role IS NOT 'author'
      GROUP BY e.id ORDER BY count DESC, e.name LIMIT ?`),
  };
}
