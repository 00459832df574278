// The archive's SQLite schema: the core migrations, in order (schema.ts applies them).
//
// The database file is the product: someone opening it in the sqlite3 shell should understand it from
// `.schema` alone. So tables and columns are named for what they hold, what people query is a real
// column, and JSON columns carry only nested detail (the whole model node, for programs).
// Offsets (`start`, `end`) are UTF-16 offsets into `pages.text`, as in the document model.
//
// Migrations only ever move forward: `PRAGMA user_version` records the last one applied. Never edit
// a released migration; append a new one.

import { articleDocumentsSelect } from './article-document.js';

const version1 = `
-- One issue of one paper on one day. Pages whose masthead could not be read have a NULL paper and/or
-- date; edition_key compares such pairs with IS semantics, so all pages of "unknown paper, unknown
-- date" share one edition instead of each getting its own.
CREATE TABLE editions (
  id            INTEGER PRIMARY KEY,
  paper         TEXT,                 -- paper name folded to simplified script, e.g. 青石报
  date          TEXT,                 -- ISO date YYYY-MM-DD
  date_inferred INTEGER NOT NULL DEFAULT 0 CHECK (date_inferred IN (0, 1)),  -- 1: not printed, inferred from content
  issue         INTEGER,              -- issue number of the year, as printed
  total_issue   INTEGER,              -- running issue number (总第N期)
  licence       TEXT,                 -- publication licence (准印证/刊号)
  edition_key   TEXT GENERATED ALWAYS AS (json_array(paper, date)) VIRTUAL UNIQUE
);

-- One ingested file: one printed page. raw keeps the bytes exactly as ingested; text is them decoded.
CREATE TABLE pages (
  id          INTEGER PRIMARY KEY,
  edition_id  INTEGER NOT NULL REFERENCES editions (id),
  number      INTEGER,                -- page number (版) when known
  sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  text_sha256 TEXT NOT NULL UNIQUE,   -- sha256 of text with newlines as LF: the same page in another encoding
  raw         BLOB NOT NULL,          -- the file's bytes, untouched (BOM and newlines included)
  encoding    TEXT NOT NULL,          -- utf-8, utf-16le, utf-16be, gb18030, big5-hkscs
  newline     TEXT NOT NULL,          -- lf, crlf, cr, mixed, none
  format      TEXT NOT NULL,          -- text, markdown
  source_file TEXT,                   -- file name it was ingested from
  text        TEXT NOT NULL,          -- decoded raw text; every start/end offset points into it
  document    TEXT NOT NULL CHECK (json_valid(document)),  -- the whole Page model as JSON
  ingested_at TEXT NOT NULL           -- ISO timestamp, UTC
);
CREATE INDEX pages_by_edition ON pages (edition_id, number);

-- Repairs proposed for a page, one row per Edit, in the page's order (seq). Text is never rewritten
-- in place: repaired text is raw text with the applied edits of a layer swapped in.
CREATE TABLE edits (
  id         INTEGER PRIMARY KEY,
  page_id    INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL CHECK (seq >= 0),
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  before     TEXT NOT NULL,           -- the raw text replaced (text between start and end)
  after      TEXT NOT NULL,           -- what replaces it
  rule       TEXT NOT NULL,           -- rule id, e.g. repair/join-broken-lines
  layer      TEXT NOT NULL,           -- display (what readers see) or index (applied on top for search)
  status     TEXT NOT NULL,           -- applied, suggested or reverted
  confidence REAL,                    -- 0..1 when the rule scores itself
  candidates TEXT CHECK (candidates IS NULL OR json_valid(candidates)),  -- JSON array of alternatives
  UNIQUE (page_id, seq),
  CHECK (start <= end)
);
CREATE INDEX edits_by_rule ON edits (rule, status);

-- Articles in reading order on their page (seq from 0). The text columns are flat copies of the
-- document's nodes, for querying; document holds the whole Article node with every span.
CREATE TABLE articles (
  id                     INTEGER PRIMARY KEY,
  page_id                INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
  seq                    INTEGER NOT NULL CHECK (seq >= 0),
  kind                   TEXT NOT NULL,     -- news, photo-news, feature
  kicker                 TEXT,              -- line above the headline (引题)
  headline               TEXT,
  subheadline            TEXT,              -- line below the headline (副题)
  byline                 TEXT,              -- byline as printed, e.g. 本报记者 王晓明
  source                 TEXT,              -- kind:name, e.g. 来源:区投促办
  continues_to_page      INTEGER,           -- 下转第N版, as printed
  continued_from_page    INTEGER,           -- 上接第N版, as printed
  continues_to_article   INTEGER REFERENCES articles (id) ON DELETE SET NULL,  -- the resolved next part
  continued_from_article INTEGER REFERENCES articles (id) ON DELETE SET NULL,  -- the resolved previous part
  text                   TEXT NOT NULL,     -- repaired body, printed script, blocks joined by newlines
  text_simplified        TEXT NOT NULL,     -- the same folded to simplified script, for search
  start                  INTEGER NOT NULL,
  end                    INTEGER NOT NULL,
  document               TEXT NOT NULL CHECK (json_valid(document)),  -- the Article node as JSON
  UNIQUE (page_id, seq),
  CHECK (start <= end)
);
CREATE INDEX articles_by_continues_to ON articles (continues_to_article);
CREATE INDEX articles_by_continued_from ON articles (continued_from_article);

-- People named in an article's byline, in printed order (seq).
CREATE TABLE contributors (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL CHECK (seq >= 0),
  name       TEXT NOT NULL,
  role       TEXT NOT NULL,           -- reporter, correspondent, photographer, author, editor
  title      TEXT NOT NULL,           -- the printed title that gave the role: 记者, 通讯员, 摄影 …
  UNIQUE (article_id, seq)
);
CREATE INDEX contributors_by_name ON contributors (name);

-- Doubts about a page that are not failures (an unresolved jump, a weak repair), in page order.
CREATE TABLE messages (
  id      INTEGER PRIMARY KEY,
  page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
  seq     INTEGER NOT NULL CHECK (seq >= 0),
  rule_id TEXT NOT NULL,              -- e.g. layout/orphan-headline
  reason  TEXT NOT NULL,
  start   INTEGER,                    -- NULL when the doubt is about the page as a whole
  end     INTEGER,
  UNIQUE (page_id, seq)
);
CREATE INDEX messages_by_rule ON messages (rule_id);

-- Every article flat, with its edition and page: the rows \`baoku export\` writes (one column per
-- ExportRow field; byline and contributors are JSON arrays). Try: SELECT * FROM article_export LIMIT 5;
CREATE VIEW article_export AS
SELECT
  a.id,
  e.paper,
  e.date,
  e.date_inferred,
  e.issue,
  e.total_issue,
  p.number AS page,
  a.seq,
  a.kind,
  a.headline,
  a.kicker,
  a.subheadline,
  (SELECT json_group_array(name)
     FROM (SELECT name FROM contributors c WHERE c.article_id = a.id ORDER BY c.seq)) AS byline,
  (SELECT json_group_array(json_object('name', name, 'role', role, 'title', title))
     FROM (SELECT name, role, title FROM contributors c WHERE c.article_id = a.id ORDER BY c.seq)) AS contributors,
  a.source,
  a.continues_to_page,
  a.continued_from_page,
  a.continues_to_article,
  a.continued_from_article,
  a.text,
  a.text_simplified,
  p.source_file,
  p.id AS page_id,
  p.sha256
FROM articles a
JOIN pages p ON p.id = a.page_id
JOIN editions e ON e.id = p.edition_id;
`;

// Parts that live beside the core tables (the search index, the knowledge layer) keep their own migration
// sequences; this table records how far each has come, as user_version does for the core.
const version2 = `
CREATE TABLE schema_parts (
  part    TEXT PRIMARY KEY,           -- e.g. search
  version INTEGER NOT NULL CHECK (version >= 0)
);
`;

// A file holding several pages (a whole-edition PDF, an ALTO file of several pages) is kept once, byte for
// byte, in files; each of its pages points at it with its position and keeps an empty raw. Storing the file
// once per page would multiply a 40-page edition's bytes by 40, and a page cut out of a PDF is not the bytes
// that were ingested. Such a page's sha256 is the sha256 of "<file sha256>#<position>".
const version3 = `
CREATE TABLE files (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  raw         BLOB NOT NULL,          -- the file's bytes, untouched
  page_count  INTEGER NOT NULL CHECK (page_count > 1),
  source_file TEXT
);
ALTER TABLE pages ADD COLUMN file_id INTEGER REFERENCES files (id);  -- set for pages of a multi-page file
ALTER TABLE pages ADD COLUMN file_page INTEGER CHECK (file_page IS NULL OR file_page >= 1);  -- 1-based position in it
`;

// Script folding (the index layer: traditional → simplified, for search) makes hundreds of edits on a
// traditional page, all from a fixed table and never reviewed one by one, and a row each was most of the
// time it took to store a page. Such edits (index layer, no confidence, no candidates) are now kept as one
// row per page and rule holding a JSON array; the edits table keeps the ones people review. The view
// all_edits shows every edit, one per row, with the columns edits has:
//   SELECT rule, layer, count(*) FROM all_edits GROUP BY rule, layer;
// (The migration's ORDER BY inside json_group_array needs SQLite ≥ 3.44, which better-sqlite3 bundles; the
// view itself reads in any sqlite3 shell.)
// Each view's SELECT, shared by the migration that made it and the one that made it again with a comment.
const allEditsSelect = `SELECT page_id, seq, start, end, before, after, rule, layer, status, confidence, candidates FROM edits
UNION ALL
SELECT b.page_id, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'),
  json_extract(j.value, '$[3]'), json_extract(j.value, '$[4]'), b.rule, b.layer, b.status, NULL, NULL
FROM edit_batches b, json_each(b.edits) j;`;

const version4 = `
-- Index-layer edits of a page made by one rule, as [seq, start, end, before, after] in page order; seq is
-- the edit's place among all the page's edits, as in edits.seq.
CREATE TABLE edit_batches (
  page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
  rule    TEXT NOT NULL,            -- e.g. repair/fold-script
  layer   TEXT NOT NULL,            -- index
  status  TEXT NOT NULL,            -- applied, suggested or reverted
  count   INTEGER NOT NULL,         -- how many edits the array holds
  edits   TEXT NOT NULL CHECK (json_valid(edits)),
  PRIMARY KEY (page_id, rule, layer, status),
  CHECK (count = json_array_length(edits))
);

INSERT INTO edit_batches (page_id, rule, layer, status, count, edits)
SELECT page_id, rule, layer, status, count(*), json_group_array(json_array(seq, start, end, before, after) ORDER BY seq)
FROM edits WHERE layer = 'index' AND confidence IS NULL AND candidates IS NULL
GROUP BY page_id, rule, layer, status;
DELETE FROM edits WHERE layer = 'index' AND confidence IS NULL AND candidates IS NULL;

-- Every edit, one per row: the edits table and the batches spread out.
CREATE VIEW all_edits AS
${allEditsSelect}
`;

// The page document no longer repeats what other columns hold (see store/page-document.ts): its page text
// (pages.text), edits (all_edits) and articles (articles.document) become pointers such as
// {"in": "all_edits", "count": 76}, and reading a page puts them back; the view page_documents does the same
// in SQL. They were ~40 % of a page's bytes. Existing documents are rewritten where the pointed-at rows give
// back the same JSON; anything else stays inline, which readers take as it is. A baoku from before this
// version refuses the file (user_version), so no reader takes a pointer for the thing itself.
const pageDocumentsSelect = `SELECT p.id AS page_id, json_set(p.document,
  '$.source.text', iif(json_type(p.document, '$.source.text') = 'object', p.text, p.document ->> '$.source.text'),
  '$.edits', json(iif(json_type(p.document, '$.edits') = 'object',
    (SELECT json_group_array(json(e)) FROM (
       SELECT json_patch(json_object('type', 'edit', 'start', d.start, 'end', d.end, 'before', d.before,
         'after', d.after, 'rule', d.rule, 'layer', d.layer, 'status', d.status),
         json_object('confidence', d.confidence, 'candidates', json(d.candidates))) AS e
       FROM all_edits d WHERE d.page_id = p.id ORDER BY d.seq)),
    p.document -> '$.edits')),
  '$.layout.articles', json(iif(json_type(p.document, '$.layout.articles') = 'object',
    (SELECT json_group_array(json(document)) FROM (SELECT a.document FROM articles a WHERE a.page_id = p.id ORDER BY a.seq)),
    p.document -> '$.layout.articles'))) AS document
FROM pages p;`;

const version5 = `
UPDATE pages SET document = json_set(document, '$.layout.articles',
    json_object('in', 'articles.document', 'count', json_array_length(document, '$.layout.articles')))
WHERE json_extract(document, '$.layout.articles') IS
  (SELECT json_group_array(json(a.document) ORDER BY a.seq) FROM articles a WHERE a.page_id = pages.id);

UPDATE pages SET document = json_set(document, '$.edits',
    json_object('in', 'all_edits', 'count', json_array_length(document, '$.edits')))
WHERE json_extract(document, '$.edits') IS
  (SELECT json_group_array(json_patch(
       json_object('type', 'edit', 'start', d.start, 'end', d.end, 'before', d.before, 'after', d.after,
         'rule', d.rule, 'layer', d.layer, 'status', d.status),
       json_object('confidence', d.confidence, 'candidates', json(d.candidates))) ORDER BY d.seq)
   FROM all_edits d WHERE d.page_id = pages.id);

UPDATE pages SET document = json_set(document, '$.source.text', json_object('in', 'pages.text'))
WHERE json_extract(document, '$.source.text') IS text;

-- pages.document keeps the parts other columns hold as pointers: "text": {"in": "pages.text"},
-- "edits": {"in": "all_edits", "count": N}, "articles": {"in": "articles.document", "count": N}.
-- This view puts them back: the whole Page model as JSON. Try: SELECT document FROM page_documents LIMIT 1;
CREATE VIEW page_documents AS
${pageDocumentsSelect}
`;

// Deterministic display repairs (re-joined lines, removed spaces: ~30 a page, from fixed rules, no score) go
// into edit_batches too, as the index layer's folds did since migration 4: a row each was ~10 µs of CPU and a
// place in edits_by_rule per rule touched in every commit. The edits table keeps the scored edits (a
// confidence or candidates: OCR look-alikes and the like), the ones a person reviews; all_edits still shows
// every edit one per row. Query deterministic edits by rule through all_edits or edit_batches.
const version6 = `
INSERT INTO edit_batches (page_id, rule, layer, status, count, edits)
SELECT page_id, rule, layer, status, count(*), json_group_array(json_array(seq, start, end, before, after) ORDER BY seq)
FROM edits WHERE confidence IS NULL AND candidates IS NULL
GROUP BY page_id, rule, layer, status;
DELETE FROM edits WHERE confidence IS NULL AND candidates IS NULL;
`;

// The two views again, unchanged but for a comment inside each, so that `.schema` (which keeps only the text of
// a CREATE statement) says where a page's edits and its whole document are now: the comments on the edits
// table and on pages.document were written before migrations 5 and 6.
const version7 = `
DROP VIEW all_edits;
CREATE VIEW all_edits AS
-- Every edit, one per row, with the columns of the edits table. edits holds the scored edits a person reviews
-- (a confidence or candidates, e.g. OCR look-alikes); edit_batches holds the deterministic rest, one row per page and
-- rule (script folding, re-joined lines, removed spaces). Try: SELECT rule, layer, count(*) FROM all_edits GROUP BY 1, 2;
${allEditsSelect}

DROP VIEW page_documents;
CREATE VIEW page_documents AS
-- The whole Page model of each page as JSON. pages.document keeps what other columns hold as pointers:
-- "text": {"in": "pages.text"}, "edits": {"in": "all_edits", "count": N}, "articles": {"in": "articles.document",
-- "count": N}; this view puts them back. Try: SELECT document FROM page_documents LIMIT 1;
${pageDocumentsSelect}
`;

// An article's document no longer repeats its blocks' text, which articles.text holds (see store/article-document.ts):
// each becomes a pointer into it, put back by readers and by the view article_documents (its SELECT is there too),
// through which page_documents now reads articles. Documents stored before stay inline, which readers take as they are.
const version8 = `
CREATE VIEW article_documents AS
-- The whole Article node of each article as JSON. articles.document keeps each block's text as a pointer into
-- articles.text: "text": {"in": "articles.text", "at": 0, "length": 131} (offsets count characters); this view puts
-- them back. Try: SELECT document FROM article_documents LIMIT 1;
${articleDocumentsSelect}

DROP VIEW page_documents;
CREATE VIEW page_documents AS
-- The whole Page model of each page as JSON. pages.document keeps what other columns hold as pointers: "text": {"in": "pages.text"},
-- "edits": {"in": "all_edits", "count": N}, "articles": {"in": "articles.document", "count": N} (each read through
-- article_documents); this view puts them back. Try: SELECT document FROM page_documents LIMIT 1;
${pageDocumentsSelect.replace('SELECT a.document FROM articles a WHERE', 'SELECT d.document FROM articles a JOIN article_documents d ON d.article_id = a.id WHERE')}
`;

// Editions by date: every page stored looks up the editions of its printed date (to join a paper-less page to its
// paper's edition and back), which scanned the table: +0.33 ms a page in an archive of 20,000 editions.
const version9 = `
CREATE INDEX editions_by_date ON editions (date);
`;

/** Migration n (1-based) is `migrations[n - 1]`; the database's user_version is the last one applied. */
export const migrations: readonly string[] = [version1, version2, version3, version4, version5, version6, version7, version8, version9];

export const schemaVersion = migrations.length;

