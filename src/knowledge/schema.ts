// The knowledge layer's tables, kept in the archive file beside the core ones (migratePart 'knowledge').
// Who (entities, mentions, posts), when (dates) and how much (figures), every row tied to its article and to
// raw offsets into pages.text; text_start/text_end are the same span in articles.text (NULL for a byline).
// Try: SELECT * FROM person_posts WHERE name = '曹立强';

// Each post of each person with the edition that gives it (both versions of the person_posts view).
const personPostsFrom = `FROM entities e
JOIN mentions m ON m.entity_id = e.id
JOIN posts p ON p.mention_id = m.id
JOIN articles a ON a.id = m.article_id
JOIN pages pg ON pg.id = a.page_id
JOIN editions ed ON ed.id = pg.edition_id
GROUP BY e.id, p.title;`;

const version1 = `
-- A person, organisation or place, resolved across articles and editions: one row per one in the world,
-- as far as the archive can tell. Homonyms with unrelated posts get separate rows.
CREATE TABLE entities (
  id    INTEGER PRIMARY KEY,
  type  TEXT NOT NULL CHECK (type IN ('person', 'org', 'place')),
  name  TEXT NOT NULL,                -- simplified script, read in full: 徐汇区委, not 区委
  role  TEXT                          -- people: official (named with a post), named, author (byline)
);
CREATE INDEX entities_by_name ON entities (type, name);

-- Each place an article names an entity.
CREATE TABLE mentions (
  id             INTEGER PRIMARY KEY,
  article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id      INTEGER REFERENCES entities (id) ON DELETE SET NULL,
  type           TEXT NOT NULL CHECK (type IN ('person', 'org', 'place')),
  role           TEXT,                -- people: official, named, author
  name           TEXT NOT NULL,       -- simplified, read in full
  printed        TEXT NOT NULL,       -- as the page prints it (pages.text between start and end)
  start          INTEGER NOT NULL,    -- raw offsets into pages.text
  end            INTEGER NOT NULL,
  text_start     INTEGER,             -- offsets into articles.text; NULL outside the body (a byline)
  text_end       INTEGER,
  sentence_start INTEGER NOT NULL,    -- raw span of the sentence it stands in
  sentence_end   INTEGER NOT NULL,
  source         TEXT NOT NULL        -- rule, model or byline
);
CREATE INDEX mentions_by_article ON mentions (article_id);
CREATE INDEX mentions_by_entity ON mentions (entity_id);
CREATE INDEX mentions_by_name ON mentions (type, name);

-- The posts a mention gives its person, in printed order: 区委副书记、区长王华 has two.
CREATE TABLE posts (
  id         INTEGER PRIMARY KEY,
  mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL CHECK (seq >= 0),
  title      TEXT NOT NULL,           -- the post, home district dropped: 区委书记, 复旦大学党委书记
  printed    TEXT NOT NULL,           -- as printed (simplified): 徐汇区委书记
  org        TEXT,                    -- the body it belongs to: 徐汇区委, 复旦大学
  kind       TEXT NOT NULL,           -- post, honorific (院士), acting (代理区长), ended (不再担任: version 2)
  UNIQUE (mention_id, seq)
);
CREATE INDEX posts_by_title ON posts (title);

-- Dates the article mentions, normalised.
CREATE TABLE dates (
  id             INTEGER PRIMARY KEY,
  article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  text           TEXT NOT NULL,       -- as read: 10月15日上午
  iso            TEXT,                -- 2024-10-15, 2024-10 or 2024; NULL when relative with no edition date
  precision      TEXT NOT NULL,       -- day, month, year
  relative       INTEGER NOT NULL CHECK (relative IN (0, 1)),  -- 1: the year came from the edition date
  part_of_day    TEXT,                -- 上午, 下午 …
  start          INTEGER NOT NULL,
  end            INTEGER NOT NULL,
  text_start     INTEGER,
  text_end       INTEGER,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL
);
CREATE INDEX dates_by_article ON dates (article_id);
CREATE INDEX dates_by_iso ON dates (iso);

-- Figures the article reports: 区级财政收入 250.85 亿元, 同比增长 10.87 %.
CREATE TABLE figures (
  id               INTEGER PRIMARY KEY,
  article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  text             TEXT NOT NULL,     -- as read: 250.85亿元，同比增长10.87%
  metric           TEXT NOT NULL,     -- what it counts; '' when the article does not say
  value            REAL,              -- NULL when only a change is given
  unit             TEXT,
  qualifier        TEXT,              -- 超过, 余, 近, 约, 以上 …
  change_direction TEXT,              -- up, down
  change_verb      TEXT,              -- 增长, 下降 …
  change_value     REAL,
  change_unit      TEXT,
  change_basis     TEXT,              -- 同比, 环比
  period           TEXT,              -- 今年, 过去一年, 一季度 …
  start            INTEGER NOT NULL,
  end              INTEGER NOT NULL,
  text_start       INTEGER,
  text_end         INTEGER,
  sentence_start   INTEGER NOT NULL,
  sentence_end     INTEGER NOT NULL
);
CREATE INDEX figures_by_article ON figures (article_id);
CREATE INDEX figures_by_metric ON figures (metric);

-- Each person's timeline: every post with the first and last edition it was seen in and the citing articles.
CREATE VIEW person_posts AS
SELECT e.id AS person_id, e.name, p.title, p.org, p.kind,
       MIN(ed.date) AS first_seen, MAX(ed.date) AS last_seen,
       COUNT(DISTINCT m.article_id) AS article_count,
       json_group_array(DISTINCT m.article_id) AS articles
${personPostsFrom}

-- Figures with their article's edition, as \`baoku figures\` lists them.
CREATE VIEW figure_export AS
SELECT f.article_id AS article, f.text, f.metric, f.value, f.unit, f.qualifier,
       f.change_direction, f.change_verb, f.change_value, f.change_unit, f.change_basis, f.period,
       ed.date, ed.paper, pg.number AS page, f.start, f.end, f.id
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN pages pg ON pg.id = a.page_id
JOIN editions ed ON ed.id = pg.edition_id;
`;

// Posts can end (kind 'ended': 不再担任, 免去, 辞去): first_seen/last_seen are the editions that give the post
// as held, ended the latest edition that reports it ended (later than last_seen unless held again since).
const version2 = `
DROP VIEW person_posts;
CREATE VIEW person_posts AS
SELECT e.id AS person_id, e.name, p.title,
       COALESCE(MAX(CASE WHEN p.kind <> 'ended' THEN p.org END), MAX(p.org)) AS org,
       COALESCE(MAX(CASE WHEN p.kind <> 'ended' THEN p.kind END), 'ended') AS kind,
       MIN(CASE WHEN p.kind <> 'ended' THEN ed.date END) AS first_seen,
       MAX(CASE WHEN p.kind <> 'ended' THEN ed.date END) AS last_seen,
       MAX(CASE WHEN p.kind = 'ended' THEN ed.date END) AS ended,
       COUNT(DISTINCT m.article_id) AS article_count,
       json_group_array(DISTINCT m.article_id) AS articles
${personPostsFrom}
`;

// A counter every resolution adds one to, in the page's transaction: a writer that keeps names' mentions in
// memory from page to page (write.ts) trusts them only while the counter is where its own last write left it, so
// a page rolled back, or another connection's ingest, makes it read them again.
const version3 = `
CREATE TABLE knowledge_writes (n INTEGER NOT NULL);
INSERT INTO knowledge_writes VALUES (0);
`;

export const knowledgeMigrations: readonly string[] = [version1, version2, version3];
