// Bytes of an XML or HTML document → text, in the encoding its BOM or declaration names (UTF-8 when none).
// Strict: bytes that are not valid in that encoding are an InputError, never replaced silently.
import { InputError } from '../../model/index.js';
import { sniffBom } from '../sniff.js';

const DECLARED = /<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']|<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;
const ALIASES: Record<string, string> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', big5: 'big5', 'big5-hkscs': 'big5', utf8: 'utf-8' };

export function decodeMarkup(bytes: Uint8Array): string {
  const bom = sniffBom(bytes);
  let label: string = bom?.encoding ?? 'utf-8';
  if (!bom) {
    // Declarations are ASCII in every encoding we accept, so a Latin-1 look at the head finds them.
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
    const m = DECLARED.exec(head);
    const named = (m?.[1] ?? m?.[2])?.toLowerCase();
    if (named) label = ALIASES[named] ?? named;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new InputError('bad_encoding', `the document declares encoding "${label}", which baoku cannot read`);
  }
  try {
    return decoder.decode(bom ? bytes.subarray(bom.length) : bytes);
  } catch {
    throw new InputError('bad_encoding', `the document is not valid ${label} (as its ${bom ? 'byte-order mark' : 'declaration or the default'} says it is)`);
  }
}
