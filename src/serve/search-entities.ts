// person: and org: in the search query language, answered from the knowledge layer's mentions as well as the
// bylines search knows itself (see src/search/entities.ts). Byline people are mentions with the role
// 'author', left out of the facet pairs here because the byline source counts them already.
import type { EntitySource } from '../search/index.js';

export const mentionedPeople: EntitySource = {
  kind: 'person',
  label: 'mentions',
  articlesSql: "SELECT article_id FROM mentions WHERE type = 'person' AND name = ?",
  pairsSql: "SELECT DISTINCT article_id, name FROM mentions WHERE type = 'person' AND role IS NOT 'author'",
};

export const mentionedOrgs: EntitySource = {
  kind: 'org',
  label: 'mentions',
  articlesSql: "SELECT article_id FROM mentions WHERE type = 'org' AND name = ?",
  pairsSql: "SELECT DISTINCT article_id, name FROM mentions WHERE type = 'org'",
};
