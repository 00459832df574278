export { attachKnowledge, rebuildKnowledge } from './write.js';
export { knowledgeReader } from './read.js';
export type { ArticleFacts, DateRow, Entity, FigureRow, KnowledgeReader, MentionRow, Person, PostSpan } from './read.js';
export { knowledgeMigrations } from './schema.js';
