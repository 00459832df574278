// The search index's own tables in the archive file (migrated with migratePart(db, 'search', …)).
// Forward only: never edit a released migration; append one. A migration that changes what tokens mean
// empties search_docs, and the next writable open re-indexes every article (see index-sqlite.ts).

const version1 = `
-- One row per indexed article: what filters, facets and date ordering need, kept beside the index so a
-- query never joins through pages and editions. Refreshed when an edition changes (a later page names it).
CREATE TABLE search_docs (
  article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  page_id    INTEGER NOT NULL,
  date       TEXT,                  -- edition date, ISO
  page       INTEGER,               -- page number (版)
  paper      TEXT                   -- paper, simplified script
);
CREATE INDEX search_docs_by_date ON search_docs (date, article_id);
CREATE INDEX search_docs_by_page ON search_docs (page_id);

-- People an article is linked to, folded for search (simplified, lower case): its byline for now.
CREATE TABLE search_people (
  article_id INTEGER NOT NULL REFERENCES search_docs (article_id) ON DELETE CASCADE,
  name       TEXT NOT NULL
);
CREATE INDEX search_people_by_name ON search_people (name, article_id);
CREATE INDEX search_people_by_article ON search_people (article_id);

-- The full-text index, contentless (the text lives in articles). rowid = articles.id. Every column holds
-- space-separated tokens made by src/search (unicode61 only splits them): headline, deck (kicker and
-- subheadline), body and names as overlapping Han bigrams plus words; words as the jieba words of
-- headline, deck and names; pinyin of headline words and names in full and as initials. prefix='1' indexes 1-character prefixes, which is
-- how a 1-character query is answered.
CREATE VIRTUAL TABLE search_fts USING fts5 (
  headline, deck, body, names, words, pinyin,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0', prefix = '1'
);

CREATE TRIGGER search_docs_unindex AFTER DELETE ON search_docs BEGIN
  DELETE FROM search_fts WHERE rowid = old.article_id;
END;
`;

// Baoku's own posting lists (postings.ts) beside FTS5: emptying search_docs makes the next writable open
// index every article again, this time with postings.
const version2 = `
DELETE FROM search_people;
DELETE FROM search_docs;
-- The segment an article's current postings are in (postings elsewhere are stale), and its length in
-- tokens over every column (for BM25, as FTS5 counts it).
ALTER TABLE search_docs ADD COLUMN seg INTEGER NOT NULL DEFAULT 0;
ALTER TABLE search_docs ADD COLUMN tokens INTEGER NOT NULL DEFAULT 0;

-- A batch of articles indexed together. tokens lists the segment's tokens (one a line) while it is small
-- enough to be merged with others; NULL for the large segments a rebuild writes.
CREATE TABLE search_segments (
  id     INTEGER PRIMARY KEY,
  docs   INTEGER NOT NULL,
  tokens TEXT
);

-- One token's postings in one segment (format in src/search/postings.ts): a Han character, a pair of
-- neighbouring Han characters, or U+0001 and a word of headline, deck or names.
CREATE TABLE search_postings (
  token TEXT NOT NULL,
  seg   INTEGER NOT NULL,
  blob  BLOB NOT NULL,
  PRIMARY KEY (token, seg)
) WITHOUT ROWID;

-- FTS5 buffers 32 MB of new postings before writing a segment (default 1 MB): fewer, larger segments to merge.
INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', 33554432);
`;

// Phrases, prefixes and nearness from baoku's own lists with positions (postings.ts, phrase.ts): FTS5 goes.
// Emptied, so the next writable open indexes every article again.
const version3 = `
DROP TRIGGER search_docs_unindex;
DROP TABLE search_fts;
DELETE FROM search_people;
DELETE FROM search_docs;
DELETE FROM search_postings;
DELETE FROM search_segments;

-- Positions of a positional token's postings in one segment (Han characters, pairs, letter and digit runs),
-- aligned with its search_postings blob; read only for phrases, prefixes of words and nearness.
CREATE TABLE search_positions (
  token TEXT NOT NULL,
  seg   INTEGER NOT NULL,
  blob  BLOB NOT NULL,
  PRIMARY KEY (token, seg)
) WITHOUT ROWID;
`;

// Positions beside their postings in one row (half the rows to write; a query reading only `blob` stops
// before `pos`). Emptied again, so the next writable open re-indexes.
const version4 = `
DROP TABLE search_positions;
DELETE FROM search_people;
DELETE FROM search_docs;
DELETE FROM search_postings;
DELETE FROM search_segments;
ALTER TABLE search_postings ADD COLUMN pos BLOB;
`;

// Rows keyed by segment first: a rebuild's segments are appended in key order instead of being threaded
// between every earlier segment's rows (which rewrote most of the table per segment). A token's rows are
// one point look-up per segment (seg IN (SELECT id FROM search_segments)).
const version5 = `
DELETE FROM search_people;
DELETE FROM search_docs;
DELETE FROM search_segments;
DROP TABLE search_postings;
CREATE TABLE search_postings (
  seg   INTEGER NOT NULL,
  token TEXT NOT NULL,
  blob  BLOB NOT NULL,
  pos   BLOB,
  PRIMARY KEY (seg, token)
) WITHOUT ROWID;
`;

// Long lists' positions in chunks of POS_CHUNK postings (postings.ts), so a phrase reads only the chunks
// holding its candidate articles instead of every position of its commonest pair (tens of MB at 1M
// articles). Short lists keep theirs in search_postings.pos. Emptied, so the next writable open re-indexes.
const version6 = `
DELETE FROM search_people;
DELETE FROM search_docs;
DELETE FROM search_segments;
DELETE FROM search_postings;
CREATE TABLE search_positions (
  seg   INTEGER NOT NULL,
  token TEXT NOT NULL,
  chunk INTEGER NOT NULL,          -- postings chunk × POS_CHUNK … (chunk + 1) × POS_CHUNK - 1 of the list
  pos   BLOB NOT NULL,
  PRIMARY KEY (seg, token, chunk)
) WITHOUT ROWID;
`;

// Skips of a chunked list (seek.ts): where each block of POS_CHUNK postings starts and the id before it, so
// a phrase seeks its candidates in a common pair's list block by block instead of decoding all of it.
// Emptied, so the next writable open re-indexes.
const version7 = `
DELETE FROM search_people;
DELETE FROM search_docs;
DELETE FROM search_segments;
DELETE FROM search_postings;
DELETE FROM search_positions;
ALTER TABLE search_postings ADD COLUMN skips BLOB;
`;

// Merging small segments dropped the positions of letter and digit runs (\u0002 tokens), so a phrase holding a
// number or a Latin word failed on a merged segment: emptied, so the next writable open re-indexes. And a segment's
// articles by an index: merging (every few pages ingested) read and re-pointed them by scanning search_docs,
// ~0.3 s a scan at a million articles (~3 s with a cold cache).
const version8 = `
DELETE FROM search_people;
DELETE FROM search_docs;
DELETE FROM search_segments;
DELETE FROM search_postings;
DELETE FROM search_positions;
CREATE INDEX search_docs_by_seg ON search_docs (seg);
`;

export const searchMigrations: readonly string[] = [version1, version2, version3, version4, version5, version6, version7, version8];
