import type { Box } from './document.js';

/** The smallest box around all of `boxes` (undefined ones skipped); undefined when there are none. */
export function unionBox(boxes: readonly (Box | undefined)[]): Box | undefined {
  const bs = boxes.filter((b): b is Box => b !== undefined);
  if (bs.length === 0) return undefined;
  const x = Math.min(...bs.map((b) => b.x));
  const y = Math.min(...bs.map((b) => b.y));
  return { x, y, width: Math.max(...bs.map((b) => b.x + b.width)) - x, height: Math.max(...bs.map((b) => b.y + b.height)) - y };
}
