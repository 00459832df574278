// Writing XML text safely: every value escaped for both element content and quoted attributes; characters
// XML 1.0 cannot carry (C0 controls other than tab and newlines, lone surrogates) dropped.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

export function esc(s: string): string {
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

export function xmlDocument(parts: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${parts.filter(Boolean).join('\n')}\n`;
}
