// The repair stage: Page source → edits. Display repairs first (joins win over space removal where they
// touch), then the index layer folds script over the repaired text.
import { mergeEdits, type Edit, type PageSource } from '../model/index.js';
import { joinBrokenLines, type JoinOptions } from './join-broken-lines.js';
import { normalizeSpaces } from './normalize-spaces.js';
import { foldScript } from './fold-script.js';

export interface RepairOptions {
  join?: JoinOptions;
}

export function repair(source: PageSource, options: RepairOptions = {}): Edit[] {
  // A positioned or tagged source (PDF, ALTO, HTML) knows its paragraph breaks: its lines are never re-joined.
  const structured = source.lines.some((l) => l.role !== undefined);
  const joins = structured ? [] : joinBrokenLines(source, options.join);
  const display = mergeEdits(joins, normalizeSpaces(source));
  return mergeEdits(display, foldScript(source.text, display));
}

export { joinBrokenLines, normalizeSpaces, foldScript };
