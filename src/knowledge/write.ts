// Writing the knowledge layer: the enrich stage's facts go in inside the ingest transaction (store.onIngest),
// then the names the page touched are resolved again, so the same person across editions is one entity.
// rebuildKnowledge recomputes everything for an archive ingested before (or with an older enrich stage).
import type Database from 'better-sqlite3';
import type { ArticleKnowledge, Provenance } from '../model/index.js';
import { enrichPage, loadNerModel } from '../enrich/index.js';
import { NameResolution, type PersonRow } from '../enrich/resolve.js';
import { migratePart, type SqliteStore } from '../store/index.js';
import { knowledgeMigrations } from './schema.js';

/** Create or update the knowledge tables and keep them in step with every page ingested from now on. */
export function attachKnowledge(store: SqliteStore): void {
  if (store.readonly) return;
  migratePart(store.db, 'knowledge', knowledgeMigrations);
  const writer = knowledgeWriter(store.db);
  store.onIngest(({ record, articleIds }) => {
    const touched = new Touched();
    record.articles.forEach((a, i) => {
      if (a.knowledge) writer.insert(articleIds[i]!, a.knowledge, touched, record.page.source.text);
    });
    writer.resolve(touched);
  });
}

/**
 * Re-run the enrich stage over every stored page (with the NER model when `ner`) and resolve every name
 * again. Returns the pages done.
 */
export function rebuildKnowledge(store: SqliteStore, options: { ner?: boolean } = {}): number {
  const model = options.ner ? loadNerModel() : null;
  migratePart(store.db, 'knowledge', knowledgeMigrations);
  const writer = knowledgeWriter(store.db);
  const articleIds = store.db.prepare('SELECT id FROM articles WHERE page_id = ? ORDER BY seq').pluck();
  let pages = 0;
  store.db.transaction(() => {
    for (const table of ['figures', 'dates', 'posts', 'mentions', 'entities']) store.db.exec(`DELETE FROM ${table}`);
    const touched = new Touched();
    for (const edition of store.editions()) {
      for (const page of store.pages(edition.id)) {
        const ids = articleIds.all(page.id) as number[];
        enrichPage(page.page, { paper: edition.paper, date: edition.date, model }).forEach((k, i) => {
          if (ids[i] !== undefined) writer.insert(ids[i]!, k, touched, page.page.source.text);
        });
        pages++;
      }
    }
    writer.resolve(touched);
  }).immediate();
  return pages;
}

/** Mentions a writer keeps in memory at most, over all the names it keeps. */
const KNOWN_ROWS = 200_000;

/** The names a batch of pages printed, with the ids of the mentions it added under each. */
class Touched {
  readonly person = new Map<string, number[]>();
  readonly org = new Map<string, number[]>();
  readonly place = new Map<string, number[]>();
}

function knowledgeWriter(db: Database.Database) {
  const insertMention = db.prepare(`INSERT INTO mentions (article_id, type, role, name, printed, start, end, text_start, text_end, sentence_start, sentence_end, source)
    VALUES (@article_id, @type, @role, @name, @printed, @start, @end, @text_start, @text_end, @sentence_start, @sentence_end, @source)`);
  const insertPost = db.prepare('INSERT INTO posts (mention_id, seq, title, printed, org, kind) VALUES (?, ?, ?, ?, ?, ?)');
  const insertDate = db.prepare(`INSERT INTO dates (article_id, text, iso, precision, relative, part_of_day, start, end, text_start, text_end, sentence_start, sentence_end)
    VALUES (@article_id, @text, @iso, @precision, @relative, @part_of_day, @start, @end, @text_start, @text_end, @sentence_start, @sentence_end)`);
  const insertFigure = db.prepare(`INSERT INTO figures (article_id, text, metric, value, unit, qualifier, change_direction, change_verb, change_value, change_unit, change_basis, period,
    start, end, text_start, text_end, sentence_start, sentence_end)
    VALUES (@article_id, @text, @metric, @value, @unit, @qualifier, @change_direction, @change_verb, @change_value, @change_unit, @change_basis, @period,
    @start, @end, @text_start, @text_end, @sentence_start, @sentence_end)`);
  const printedOf = db.prepare('SELECT substr(p.text, ? + 1, ? - ?) FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?').pluck();
  const personSelect = `SELECT m.id AS mentionId, m.article_id AS articleId, m.name, m.role, ed.date, m.entity_id AS entityId,
      (SELECT json_group_array(json_object('title', title, 'org', org, 'kind', kind)) FROM (SELECT * FROM posts WHERE mention_id = m.id ORDER BY seq)) AS posts
    FROM mentions m JOIN articles a ON a.id = m.article_id JOIN pages pg ON pg.id = a.page_id JOIN editions ed ON ed.id = pg.edition_id`;
  const personRows = db.prepare(`${personSelect} WHERE m.type = 'person' AND m.name = ? ORDER BY m.id`);
  const personRowsIn = db.prepare(`${personSelect} WHERE m.id IN (SELECT value FROM json_each(?)) ORDER BY m.id`);
  const writes = db.prepare('SELECT n FROM knowledge_writes').pluck();
  const wrote = db.prepare('UPDATE knowledge_writes SET n = n + 1');
  type Row = PersonRow & { entityId: number | null };
  const rowsOf = (stmt: Database.Statement, arg: string): Row[] =>
    (stmt.all(arg) as (Omit<Row, 'posts'> & { posts: string })[]).map((r) => ({ ...r, posts: JSON.parse(r.posts) as PersonRow['posts'] }));
  // The people names resolved lately, each with its resolution so far and every mention's entity as stored, so the
  // next page printing one reads back and resolves only its own mentions (reading them all with their posts, and
  // resolving them all again, was most of a page in a large archive). Trusted while knowledge_writes is where this
  // writer's last resolution left it; emptied when it holds too many mentions.
  const known = new Map<string, { resolution: NameResolution; had: Map<number, number | null> }>();
  let knownRows = 0;
  let knownAt = -1;
  const insertEntity = db.prepare('INSERT INTO entities (type, name, role) VALUES (?, ?, ?)');
  const setEntity = db.prepare('UPDATE entities SET role = ? WHERE id = ?');
  const assign = db.prepare('UPDATE mentions SET entity_id = ? WHERE id = ?');
  const dropOrphans = db.prepare('DELETE FROM entities WHERE type = ? AND name = ? AND id NOT IN (SELECT entity_id FROM mentions WHERE type = ? AND name = ? AND entity_id IS NOT NULL)');
  const namedEntity = db.prepare('SELECT id FROM entities WHERE type = ? AND name = ?').pluck();
  const assignNamed = db.prepare('UPDATE mentions SET entity_id = @id WHERE type = @type AND name = @name AND entity_id IS NOT @id');

  const spans = (articleId: number, p: Provenance) => ({
    article_id: articleId,
    start: p.start,
    end: p.end,
    text_start: p.at?.start ?? null,
    text_end: p.at?.end ?? null,
    sentence_start: p.sentence.start,
    sentence_end: p.sentence.end,
  });

  return {
    /** `pageText` is the article's page text (pages.text), when the caller holds it: no query per mention. */
    insert(articleId: number, k: ArticleKnowledge, touched: Touched, pageText?: string) {
      // substr() counts characters, slice() UTF-16 units: the same where the text has no surrogate pair.
      const sliceable = pageText !== undefined && !/[\uD800-\uDFFF]/.test(pageText);
      const printed = (start: number, end: number) =>
        sliceable && start >= 0 && start <= end ? pageText.slice(start, end) : (printedOf.get(start, end, start, articleId) as string | undefined);
      for (const m of [...k.people, ...k.orgs, ...k.places]) {
        const name = m.type === 'person' ? m.text : m.name;
        const id = Number(
          insertMention.run({
            ...spans(articleId, m),
            type: m.type,
            role: m.type === 'person' ? m.role : null,
            name,
            printed: printed(m.start, m.end) ?? m.text,
            source: m.source,
          }).lastInsertRowid,
        );
        const added = touched[m.type].get(name);
        if (added) added.push(id);
        else touched[m.type].set(name, [id]);
        if (m.type === 'person') m.posts.forEach((p, seq) => insertPost.run(id, seq, p.title, p.printed, p.org, p.kind));
      }
      for (const d of k.dates) {
        insertDate.run({ ...spans(articleId, d), text: d.text, iso: d.iso, precision: d.precision, relative: d.relative ? 1 : 0, part_of_day: d.partOfDay });
      }
      for (const f of k.figures) {
        insertFigure.run({
          ...spans(articleId, f),
          text: f.text,
          metric: f.metric,
          value: f.value,
          unit: f.unit,
          qualifier: f.qualifier,
          change_direction: f.change?.direction ?? null,
          change_verb: f.change?.verb ?? null,
          change_value: f.change?.value ?? null,
          change_unit: f.change?.unit ?? null,
          change_basis: f.change?.basis ?? null,
          period: f.period,
        });
      }
    },

    /** Resolve the names touched: people by name and compatible posts, organisations and places by name. */
    resolve(touched: Touched) {
      const at = writes.get() as number;
      if (at !== knownAt || knownRows > KNOWN_ROWS) {
        known.clear();
        knownRows = 0;
      }
      for (const [name, added] of touched.person) {
        let held = known.get(name);
        const rows = held ? rowsOf(personRowsIn, JSON.stringify(added)) : rowsOf(personRows, name);
        if (held) held.resolution.add(rows);
        else held = { resolution: new NameResolution(name).add(rows), had: new Map() };
        // Each mention's entity as it stands, kept current as groups are assigned.
        const { had } = held;
        for (const r of rows) had.set(r.mentionId, r.entityId);
        // Kept only while there is room (a rebuild resolves every name of the archive at once).
        if (known.has(name) || knownRows + had.size <= KNOWN_ROWS) {
          known.set(name, held);
          knownRows += rows.length;
        }
        const used = new Set<number>();
        // Whether a mention left the entity it had: only then can an entity be left with no mention (dropped below).
        let left = false;
        for (const group of held.resolution.groups()) {
          // Keep the id most of the group already had, so links to a person survive re-resolution.
          const votes = new Map<number, number>();
          for (const id of group.mentionIds) {
            const e = had.get(id) ?? null;
            if (e !== null && !used.has(e)) votes.set(e, (votes.get(e) ?? 0) + 1);
          }
          const kept = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
          const id = kept ?? Number(insertEntity.run('person', name, group.role).lastInsertRowid);
          if (kept !== undefined) setEntity.run(group.role, id);
          used.add(id);
          // Only mentions that change: rewriting every mention of a name at every page made ingest slow down
          // as the archive grew (an official named in every edition).
          for (const m of group.mentionIds) {
            const was = had.get(m) ?? null;
            if (was !== id) {
              assign.run(id, m);
              left ||= was !== null;
            }
            had.set(m, id);
          }
        }
        if (left) dropOrphans.run('person', name, 'person', name);
      }
      for (const type of ['org', 'place'] as const) {
        for (const [name, added] of touched[type]) {
          // An organisation or place is one entity per name, which every earlier mention already points at: only the
          // new ones are assigned (an UPDATE over every mention of the name read them all at every page).
          const entity = namedEntity.get(type, name) as number | undefined;
          if (entity === undefined) assignNamed.run({ id: Number(insertEntity.run(type, name, null).lastInsertRowid), type, name });
          else for (const m of added) assign.run(entity, m);
        }
      }
      wrote.run();
      knownAt = at + 1;
    },
  };
}
