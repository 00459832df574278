// Reading order for pages whose extraction interleaved columns. Reordering is not an edit: moving text by
// delete + insert would make the moved characters point at the insertion point, not at the raw bytes they came
// from. A ReadingOrder instead lists raw spans in the order a reader reads them; `applyInOrder` renders them
// (with the edits inside each span) into one text whose every unit still maps to its own raw offset.
// Dropping the order restores the printed order; the raw text is never touched.
import type { Span } from './document.js';
import { applyEdits, type Applied, type Edit, type EditLayer } from './edit.js';

export interface OrderPart extends Span {
  /** Starts a new block (rendered after a blank line); otherwise it continues the previous part directly. */
  block: boolean;
}

export interface ReadingOrder {
  type: 'reading-order';
  /** Stable id of the rule that found the order, e.g. "repair/column-order". */
  rule: string;
  /** 0..1: how much better the order reads than the printed one. */
  confidence: number;
  parts: OrderPart[];
}

/** Apply the edits span by span in reading order. Units map to raw offsets as with applyEdits. */
export function applyInOrder(raw: string, edits: readonly Edit[], order: ReadingOrder, layers: readonly EditLayer[] = ['display']): Applied {
  let text = '';
  const toRaw: number[] = [];
  const toRawEnd: number[] = [];
  for (const part of order.parts) {
    if (part.block && text.length > 0) {
      text += '\n\n';
      toRaw.push(part.start, part.start);
      toRawEnd.push(part.start, part.start);
    }
    const a = applyEdits(raw, edits, layers, part);
    text += a.text;
    for (let i = 0; i < a.text.length; i++) {
      toRaw.push(a.toRaw[i]!);
      toRawEnd.push(a.toRawEnd[i]!);
    }
  }
  toRaw.push(raw.length);
  toRawEnd.push(raw.length);
  return { text, toRaw: Int32Array.from(toRaw), toRawEnd: Int32Array.from(toRawEnd) };
}
