// The repair stage: Page source → edits. Layout repairs first (joins win over space removal where they
// touch), then misprints (known archive spellings, then real-word look-alikes a grammar cue gives away, then
// look-alike confusions, all read on the re-joined text), then the index layer folds script over the repaired text. Suggestions are kept beside the applied
// edits: they change nothing until a reader accepts one.
import { mergeEdits, sortEdits, type Edit, type PageSource } from '../model/index.js';
import { joinBrokenLines, type JoinOptions } from './join-broken-lines.js';
import { normalizeSpaces } from './normalize-spaces.js';
import { foldScript } from './fold-script.js';
import { correctConfusions, type ConfusionOptions } from './ocr-confusions.js';
import { correctRealWordCues } from './real-word-cues.js';
import { correctArchiveSpellings, type ArchiveLexicon, type SpellingOptions } from './archive-lexicon.js';
import type { ColumnOptions } from './columns.js';
import type { GapOptions } from './missing-chars.js';

export interface RepairOptions {
  join?: JoinOptions;
  confusions?: ConfusionOptions | false;
  /** What the archive knows about spelling (names, organisations); see archiveLexicon. */
  archive?: ArchiveLexicon;
  spelling?: SpellingOptions;
  /** Column de-interleaving of text-only pages (see deinterleave; the pipeline runs it beside repair); false: off. */
  columns?: ColumnOptions | false;
  /** Missing or extra characters, flagged as messages (see flagMissingOrExtra; run beside repair); false: off. */
  gaps?: GapOptions | false;
}

export function repair(source: PageSource, options: RepairOptions = {}): Edit[] {
  const raw = source.text;
  // A positioned or tagged source (PDF, ALTO, HTML) knows its paragraph breaks: its lines are never re-joined.
  const structured = source.lines.some((l) => l.role !== undefined);
  const joins = structured ? [] : joinBrokenLines(source, options.join);
  const layout = mergeEdits(joins, normalizeSpaces(source));
  const spelling = options.archive ? correctArchiveSpellings(raw, options.archive, options.spelling) : [];
  const lookAlikes = options.confusions !== false;
  const cues = lookAlikes ? correctRealWordCues(raw, layout) : [];
  const confusions = lookAlikes ? correctConfusions(raw, layout, { archive: options.archive, ...options.confusions }) : [];
  const display = mergeEdits(layout, spelling, cues, confusions);
  const applied = display.filter((e) => e.status === 'applied');
  const suggested = display.filter((e) => e.status !== 'applied');
  return sortEdits(mergeEdits(applied, foldScript(raw, applied)).concat(suggested));
}

export { joinBrokenLines, normalizeSpaces, foldScript, correctConfusions, correctArchiveSpellings };
export { archiveLexicon, type ArchiveLexicon } from './archive-lexicon.js';
export { deinterleave, type ColumnOptions } from './columns.js';
export { flagMissingOrExtra, type GapOptions } from './missing-chars.js';
