// Where person: and org: filters (and their facets) get their articles. A source is two SQL queries over the
// archive file; the search index supplies bylines as a person source, and the knowledge layer (issue 4)
// adds people and organisations mentioned in the text by passing its own sources to openSearch. Names
// arrive folded (simplified, lower case, no spaces): a source compares them with its own folded names.

export interface EntitySource {
  kind: 'person' | 'org';
  /** What the source knows, for messages: "bylines", "mentions". */
  label: string;
  /** Article ids linked to the entity whose folded name is the one bound parameter. */
  articlesSql: string;
  /** (article_id, name) pairs for facet counts, one row per article and entity, names as displayed. */
  pairsSql: string;
}

/** People in bylines, from the index's own folded copy of the contributors. */
export const bylinePeople: EntitySource = {
  kind: 'person',
  label: 'bylines',
  articlesSql: 'SELECT article_id FROM search_people WHERE name = ?',
  pairsSql: 'SELECT article_id, name FROM search_people',
};
