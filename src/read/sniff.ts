// Cheap looks for what a file is before reading it as text: a byte-order mark, or signs it is not text at all.
import type { Encoding } from '../model/index.js';

export interface Bom {
  encoding: Encoding;
  length: number;
}

/** The byte-order mark at the start of `bytes`, if any. */
export function sniffBom(bytes: Uint8Array): Bom | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

const signatures: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a .docx/.epub, which are ZIP archives)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
];

/** C0 control characters other than tab, line feed, vertical tab (Word's line break), form feed, carriage return. */
const STRAY_CONTROL = /[\x01-\x08\x0e-\x1f]/g;

/** Share of control bytes above which a file is binary rather than text with a few stray ones. */
const CONTROL_SHARE = 0.01;
const CHUNK = 1 << 20;

/**
 * Why `bytes` are not text, or null when they may be. Any NUL byte counts (no supported encoding
 * without a BOM uses it in text), and so do stray control bytes above 1% of the file. Bytes below
 * 0x20 are single characters in every supported encoding, so this needs no decoding.
 */
export function binaryEvidence(bytes: Uint8Array): string | null {
  const firstNul = bytes.indexOf(0);
  const limit = bytes.length * CONTROL_SHARE;
  let controls = 0;
  let seen = 0;
  // Read as Latin-1 (one byte, one character) so a native regex counts: much faster than a JS loop.
  while (firstNul === -1 && seen < bytes.length && controls <= limit) {
    const chunk = Buffer.from(bytes.buffer, bytes.byteOffset + seen, Math.min(CHUNK, bytes.length - seen));
    controls += chunk.toString('latin1').match(STRAY_CONTROL)?.length ?? 0;
    seen += chunk.length;
  }
  if (firstNul === -1 && controls <= limit) return null;

  const found =
    firstNul === -1
      ? `control characters in more than ${CONTROL_SHARE * 100}% of its bytes (${controls} in its first ${seen} bytes)`
      : `NUL bytes (the first at byte offset ${firstNul})`;
  const kind = signatures.find(([sig]) => sig.every((b, i) => bytes[i] === b))?.[1];
  if (kind) return `The file is ${kind}, not text: it starts with that format's signature and contains ${found}.`;
  const utf16 = utf16Order(bytes);
  if (utf16) {
    return (
      `The file contains ${found}, laid out like UTF-16 text without a byte-order mark. ` +
      `Pass --encoding ${utf16} if that is what it is, or re-save it as UTF-8.`
    );
  }
  return `The file looks binary, not text: it contains ${found}. Give the reader a plain-text or Markdown export of the page.`;
}

/**
 * The same test on decoded text, for UTF-16 (where NUL bytes are normal) and files with a BOM.
 * Says what was found ("NUL characters (…)"), or null.
 */
export function binaryText(text: string): string | null {
  const firstNul = text.indexOf('\0');
  if (firstNul !== -1) return `NUL characters (the first at character ${firstNul})`;
  const controls = text.match(STRAY_CONTROL)?.length ?? 0;
  if (controls > text.length * CONTROL_SHARE) return `control characters in more than ${CONTROL_SHARE * 100}% of its characters`;
  return null;
}

/** 'utf-16le' or 'utf-16be' when NULs sit mostly at odd or even offsets, as in UTF-16 of mostly ASCII text. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  const n = Math.min(bytes.length, 4096) & ~1;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // Chinese UTF-16 has NULs only in its ASCII characters (digits, newlines), so the bar is low.
  if (odd > n / 32 && even < odd / 8) return 'utf-16le';
  if (even > n / 32 && odd < even / 8) return 'utf-16be';
  return null;
}
