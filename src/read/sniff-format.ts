// Which reader a file needs, from its content, not its name: PDF by its magic bytes, XML by its root
// element (ALTO, METS), HTML by its doctype or root; anything else is extracted text.
import { sniffBom } from './sniff.js';

/** `xml`: XML of another kind (the root is given), which baoku does not read. */
export type FileFormat = 'pdf' | 'alto' | 'mets' | 'html' | 'xml' | 'text';

export function sniffFormat(bytes: Uint8Array): FileFormat {
  // The PDF header may follow up to 1 KB of junk (ISO 32000-1, 7.5.2, as readers tolerate it).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096));
  if (head.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  const bom = sniffBom(bytes);
  const text = bom?.encoding.startsWith('utf-16') ? new TextDecoder(bom.encoding).decode(head) : head.toString('latin1');
  // Skip the prolog: BOM, XML declaration, comments, processing instructions, a doctype.
  const prolog = /^(?:\ufeff|ï»¿)?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*(<!doctype\s+(\w+)[^>]*>|<([A-Za-z][\w.:-]*))?/i.exec(text);
  const doctype = prolog?.[2]?.toLowerCase();
  if (doctype === 'html') return 'html';
  // A doctype names the root (an internal subset may hide the root from this look; the parser refuses it anyway).
  let root = prolog?.[3] ?? (doctype === 'alto' || doctype === 'mets' ? doctype : undefined);
  if (!root && prolog?.[1]) root = /^(?:\s+|<!--[\s\S]*?-->)*<([A-Za-z][\w.:-]*)/.exec(text.slice(prolog[0].length))?.[1];
  const local = root?.replace(/^.*:/, '').toLowerCase();
  if (local === 'alto') return 'alto';
  if (local === 'mets') return 'mets';
  if (local === 'html') return 'html';
  return root && /^\s*(?:\ufeff|ï»¿)?<\?xml/.test(text) ? 'xml' : 'text';
}
