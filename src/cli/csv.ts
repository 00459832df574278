// CSV as RFC 4180 writes it: fields with a comma, quote or newline are quoted, quotes doubled.
export function csvLine(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return fields
    .map((f) => {
      const s = f === null || f === undefined ? '' : String(f);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}
