// Normalised edit-distance similarity, for measuring a rebuilt text against the true one.

/** 1 − Levenshtein distance / length of the longer string (UTF-16 units). */
export function similarity(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  let prev = new Uint32Array(b.length + 1).map((_, j) => j);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[b.length]! / Math.max(a.length, b.length);
}
