import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { SegmentBuilder } from './segment-builder.js';
import { decodeSegments, docTerms, PostingCursor, readPositions, TEXT_PREFIX, tokenKey, tokenText, WORD_PREFIX, FIELD_SHIFT, type FieldWeights } from './postings.js';
import { before, postingsReader, segmentWriter } from './postings-sqlite.js';
import { phraseList } from './phrase.js';
import { seededRandom } from '../text/random.js';

/** The tables segmentWriter and postingsReader use, in memory. */
function postingTables(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE search_docs (article_id INTEGER PRIMARY KEY, seg INTEGER NOT NULL);
    CREATE TABLE search_segments (id INTEGER PRIMARY KEY, docs INTEGER NOT NULL, tokens TEXT);
    CREATE TABLE search_postings (seg INTEGER NOT NULL, token TEXT NOT NULL, blob BLOB NOT NULL, pos BLOB, skips BLOB, PRIMARY KEY (seg, token)) WITHOUT ROWID;
    CREATE TABLE search_positions (seg INTEGER NOT NULL, token TEXT NOT NULL, chunk INTEGER NOT NULL, pos BLOB NOT NULL, PRIMARY KEY (seg, token, chunk)) WITHOUT ROWID;`);
  return db;
}

const BODY: FieldWeights = [0, 0, 0, 1];
const ALL: FieldWeights = [1, 1, 1, 1];
const tf = (terms: ReturnType<typeof docTerms>, token: string) => {
  const k = terms.keys.indexOf(tokenKey(token));
  return k < 0 ? null : [...terms.tf.subarray(4 * k, 4 * k + 4)];
};

describe('docTerms', () => {
  it('should count characters and neighbouring pairs per field, breaking pairs at anything not Han', () => {
    const t = docTerms(['徐汇', '', '', '徐汇区，徐汇𠀀x'], ['徐汇']);
    assert.deepEqual(tf(t, '徐汇'), [1, 0, 0, 2]);
    assert.deepEqual(tf(t, '汇区'), [0, 0, 0, 1]);
    assert.equal(tf(t, '区徐'), null);
    assert.deepEqual(tf(t, '汇𠀀'), [0, 0, 0, 1]);
    assert.deepEqual(tf(t, '𠀀'), [0, 0, 0, 1]);
    assert.deepEqual(tf(t, WORD_PREFIX + '徐汇'), [0, 0, 0, 1]);
  });

  it('should give every character and run of letters and digits a position, and a pair its first character\'s', () => {
    const t = docTerms(['', '云溪 plus2', '', '徐汇，徐汇'], []);
    const positions = (token: string) => {
      const k = t.keys.indexOf(tokenKey(token));
      const out: number[] = [];
      for (let o = t.first[k]!; o !== -1; o = t.next[o]!) out.push(t.pos[o]!);
      return out;
    };
    assert.deepEqual(positions('徐汇'), [0, 2]);
    assert.deepEqual(positions('汇'), [1, 3]);
    assert.deepEqual(positions('溪'), [1]);
    assert.deepEqual(positions(TEXT_PREFIX + 'plus2'), [2]);
    assert.equal(t.length, 7);
  });

  it('should give every character and pair a key that reads back as its text', () => {
    for (const s of ['一', '龥', '㐀', '豈', '一龥', '豈㐀', '𠀀', 'plus']) assert.equal(tokenText(tokenKey(s)), s);
  });
});

describe('posting segments', () => {
  it('should decode segments into one ascending list, weighting fields and dropping stale postings', () => {
    const a = new SegmentBuilder();
    a.add(3, docTerms(['云溪', '', '', ''], []));
    a.add(700, docTerms(['', '', '', '云溪云溪'], []));
    const b = new SegmentBuilder();
    b.add(5, docTerms(['', '', '', '云溪'], [])); // re-indexed later than 700
    const blob = (s: SegmentBuilder) => s.entries().find(([t]) => t === '云溪')![1];
    const segs = [{ seg: 1, blob: blob(a) }, { seg: 2, blob: blob(b) }];
    const current = new Int32Array(701);
    [current[3], current[5], current[700]] = [1, 2, 1];
    assert.deepEqual([...decodeSegments(segs, ALL, current).ids], [3, 5, 700]);
    assert.deepEqual([...decodeSegments(segs, BODY, current).freq], [1, 2]);
    current[3] = 3; // article 3 re-indexed into another segment since
    assert.deepEqual([...decodeSegments(segs, ALL, current).ids], [5, 700]);
  });

  it('should refuse postings out of id order', () => {
    const s = new SegmentBuilder();
    s.add(9, docTerms(['云'], []));
    assert.throws(() => s.add(4, docTerms(['云'], [])), /ascending id order/);
  });

  it('should merge small segments into one, keeping only the current postings of each article', () => {
    const db = postingTables();
    const writer = segmentWriter(db, 3);
    const put = db.prepare('INSERT OR REPLACE INTO search_docs VALUES (?, ?)');
    const index = (id: number, body: string) => {
      put.run(id, writer.seg());
      writer.add(id, docTerms(['', '', '', body], []));
      writer.flush();
    };
    index(1, '徐汇区');
    index(2, '徐汇');
    index(1, '长宁区'); // a correction: article 1 no longer says 徐汇; the third segment triggers the merge
    assert.equal(db.prepare('SELECT count(*) FROM search_segments').pluck().get(), 1);
    const read = (token: string) => postingsReader(db).withPositions(token);
    const valid = new Int32Array(3);
    for (const [id, seg] of db.prepare('SELECT article_id, seg FROM search_docs').raw().all() as [number, number][]) valid[id] = seg;
    assert.deepEqual([...decodeSegments(read('徐汇'), ALL, valid).ids], [2]);
    assert.deepEqual([...decodeSegments(read('宁区'), ALL, valid).ids], [1]);
    assert.equal(read('汇区').length, 0);
    const cur = new PostingCursor(read('宁区')[0]!.blob, read('宁区')[0]!.pos);
    const at: number[] = [];
    while (cur.next()) readPositions(cur.pos!, cur.posStart, cur.tf, at);
    assert.deepEqual(at, [3 * 2 ** FIELD_SHIFT + 1]); // the positions moved with the posting
    assert.deepEqual(postingsReader(db).expand('徐'), ['徐', '徐汇']);
    db.close();
  });

  it('should keep the positions of letter and digit runs when segments merge', () => {
    const db = postingTables();
    const writer = segmentWriter(db, 2);
    const put = db.prepare('INSERT OR REPLACE INTO search_docs VALUES (?, ?)');
    for (const [id, body] of [[1, '2025年城市更新'], [2, '去年2024年']] as const) {
      put.run(id, writer.seg());
      writer.add(id, docTerms(['', '', '', body], []));
      writer.flush();
    }
    assert.equal(db.prepare('SELECT count(*) FROM search_segments').pluck().get(), 1, 'the two segments merged');
    const valid = new Int32Array(3).fill(db.prepare('SELECT id FROM search_segments').pluck().get() as number);
    const [row] = postingsReader(db).withPositions('\u00022025');
    const cur = new PostingCursor(row!.blob, row!.pos);
    const at: number[] = [];
    while (cur.next()) readPositions(cur.pos!, cur.posStart, cur.tf, at);
    assert.deepEqual(at, [3 * 2 ** FIELD_SHIFT]);
    assert.deepEqual([...phraseList([[postingsReader(db).withPositions('\u00022025')], [postingsReader(db).withPositions('年')]], ALL, valid).ids], [1]);
    db.close();
  });

  it('should read a long list of a digit run from its position chunks', () => {
    const db = postingTables();
    const writer = segmentWriter(db);
    const n = 5000; // a byte of positions each: over CHUNK_ABOVE
    for (let id = 1; id <= n; id++) writer.add(id, docTerms(['', '', '', id % 3 ? '2025年城市更新' : '2025 plus'], []));
    writer.flush();
    const seg = db.prepare('SELECT id FROM search_segments').pluck().get() as number;
    assert.equal(db.prepare("SELECT pos IS NULL FROM search_postings WHERE token = ?").pluck().get('\u00022025'), 1, 'its positions are in chunks');
    const read = postingsReader(db);
    const got = phraseList([[read.withPositions('\u00022025')], [read.withPositions('年')]], ALL, new Int32Array(n + 1).fill(seg));
    assert.deepEqual([...got.ids], Array.from({ length: n }, (_, i) => i + 1).filter((id) => id % 3 !== 0));
    db.close();
  });

  it('should merge segments of thousands of tokens into the lists one segment of the same articles holds', () => {
    // Three segments of 40 articles of random Han text (well over a page of rows each), merged; then the same
    // articles written as one segment, whose every token must decode to the same ids, frequencies and positions.
    const rand = seededRandom(11);
    // BMP Han, astral Han, compatibility ideographs (after astral Han in SQLite's order, before it in UTF-16's) and fullwidth letters.
    const han = [...Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i * 7)), '𠀀', '𠀋', '𡈽', '\uf98e', '\uf900', 'ｆ', 'Ｆ', '１'];
    const bodies = Array.from({ length: 120 }, () => Array.from({ length: 60 + Math.floor(rand() * 60) }, () => han[Math.floor(rand() * han.length)]).join(''));
    const lists = (db: Database.Database) => {
      const valid = new Int32Array(bodies.length + 1);
      for (const [id, seg] of db.prepare('SELECT article_id, seg FROM search_docs').raw().all() as [number, number][]) valid[id] = seg;
      const read = postingsReader(db);
      const tokens = db.prepare('SELECT DISTINCT token FROM search_postings ORDER BY token').pluck().all() as string[];
      return tokens.map((token) => {
        const rows = read.withPositions(token);
        const at: number[] = [];
        for (const r of rows) for (const cur = new PostingCursor(r.blob, r.pos); cur.next(); ) if (valid[cur.id] === r.seg) readPositions(cur.pos!, cur.posStart, cur.tf, at);
        const decoded = decodeSegments(rows, ALL, valid);
        return [token, [...decoded.ids], [...decoded.freq], at];
      });
    };
    const build = (per: number) => {
      const db = postingTables();
      const writer = segmentWriter(db, 3);
      const put = db.prepare('INSERT OR REPLACE INTO search_docs VALUES (?, ?)');
      bodies.forEach((body, i) => {
        put.run(i + 1, writer.seg());
        writer.add(i + 1, docTerms(['', '', '', body], []));
        if ((i + 1) % per === 0) writer.flush();
      });
      return db;
    };
    const [merged, whole] = [build(40), build(120)];
    assert.equal(merged.prepare('SELECT count(*) FROM search_segments').pluck().get(), 1, 'the three segments merged');
    assert.ok((merged.prepare('SELECT count(*) FROM search_postings').pluck().get() as number) > 3000);
    assert.deepEqual(lists(merged), lists(whole));
    merged.close();
    whole.close();
  });

  it('should order text as SQLite does, astral characters after the whole BMP', () => {
    const db = new Database(':memory:');
    const words = ['\u0002ｆｏｏ', '\u0002𝟘𝟙', '𠀀', '\uffe5', '云', '云溪', '云𠀀', '\u0001a', '\u0002a', 'z', '\ue000', '😀x', '😀'];
    const sqlite = db.prepare(`SELECT value FROM json_each(?) ORDER BY value`).pluck().all(JSON.stringify(words)) as string[];
    assert.deepEqual([...words].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)), sqlite);
    db.close();
  });

  it('should find phrases in long lists from their position chunks exactly as a scan of the text does', () => {
    const db = postingTables();
    // 3,000 articles of 模, 速, 空, 间 and 区 in random order, two rebuild-sized segments.
    const rand = seededRandom(5);
    const bodies = Array.from({ length: 3000 }, () => Array.from({ length: 20 + Math.floor(rand() * 180) }, () => '模速空间区'[Math.floor(rand() * 5)]).join(''));
    const writer = segmentWriter(db);
    const current = new Int32Array(bodies.length + 1);
    bodies.forEach((body, i) => {
      if (i === 1500) writer.flush();
      current[i + 1] = writer.seg();
      writer.add(i + 1, docTerms(['', '', '', body], []));
    });
    writer.flush();
    assert.ok((db.prepare('SELECT count(DISTINCT token) FROM search_positions').pluck().get() as number) >= 25, 'long lists are chunked');
    const read = postingsReader(db);
    for (const phrase of ['模速空间', '空间区模', '速空', '间区区间', '模模模']) {
      const slots = Array.from({ length: phrase.length - 1 }, (_, i) => [read.withPositions(phrase.slice(i, i + 2))]);
      const want = bodies.flatMap((b, i) => (b.includes(phrase) ? [i + 1] : []));
      const got = phraseList(slots, ALL, current);
      assert.deepEqual([...got.ids], want, phrase);
      // Each occurrence counted: the frequency is how often the phrase starts in the body.
      assert.deepEqual([...got.freq], want.map((id) => bodies[id - 1]!.split('').filter((_, at) => bodies[id - 1]!.startsWith(phrase, at)).length), phrase);
    }
    db.close();
  });
});
