import type { Span } from './document.js';

/**
 * A doubt about a page that is not a failure: an unresolved jump, an ambiguous headline, a weak repair.
 * Kept on the document so a reader can see it; bad input throws a BaokuError instead.
 */
export interface Message {
  type: 'message';
  reason: string;
  /** Stable id of the rule that raised it, e.g. "layout/orphan-headline". */
  ruleId: string;
  place: Span | null;
}

export function message(ruleId: string, reason: string, place: Span | null = null): Message {
  return { type: 'message', reason, ruleId, place };
}
