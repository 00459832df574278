// The InputErrors detectEncoding throws. Each says what was found in the bytes and what to do next,
// with byte offsets and codes a person can check in a hex viewer.
import type { Encoding } from '../model/index.js';
import { InputError } from '../model/index.js';
import type { Fault, Reading } from './decode-as.js';
import type { Plausibility } from './plausibility.js';

/** One encoding's reading of the bytes, and how Chinese it looks. */
export interface Judged {
  reading: Reading;
  p: Plausibility;
}

const AGAIN = 'It was probably cut off; export or download it again.';

export function emptyError(text: string | null): InputError {
  const what = text === null ? 'is empty (0 bytes)' : text === '' ? 'holds only a byte-order mark' : `holds only whitespace (${text.length} characters)`;
  return new InputError('empty', `The file ${what}: there is no page text to read.`);
}

/** For a reading fixed by a BOM or a declared UTF-16: `why` says which ("starts with a byte-order mark for"). */
export function fixedReadingError(why: string, { encoding, first, tail }: Reading, binary: string | null): InputError {
  const says = `The file ${why} ${encoding}`;
  if (first) return new InputError('undecodable', `${says} but is not valid ${encoding}: ${describeFault(first)}.`);
  if (tail) return new InputError('truncated', `${says} but ends in the middle of a character: ${describeFault(tail)}. ${AGAIN}`);
  return new InputError('binary', `${says}, but once decoded it contains ${binary}: it is binary, not text.`);
}

export function mislabelledBomError(declared: Encoding, bom: Encoding): InputError {
  return new InputError(
    'mislabelled',
    `The file was declared ${declared} but starts with a ${bom} byte-order mark. ` +
      `Pass --encoding ${bom}, or drop --encoding and let the mark decide.`,
  );
}

/** The declared reading is faulty, or clean but nonsense, while `better` reads cleanly. */
export function mislabelledError(mine: Judged, better: Judged): InputError {
  const declared = mine.reading.encoding;
  const fits = better.reading.encoding;
  const problem = isFaulty(mine.reading)
    ? `it is not valid ${declared}: ${faultSummary(mine.reading)}`
    : `only ${percent(mine.p.score)} of its non-ASCII characters are common Chinese text`;
  return new InputError(
    'mislabelled',
    `The file was declared ${declared}, but ${problem}. It reads cleanly as ${fits} ` +
      `(${percent(better.p.score)} common characters). Pass --encoding ${fits}, or drop --encoding to detect it.`,
  );
}

export function ambiguousError(a: Judged, b: Judged): InputError {
  const [x, y] = [a.reading.encoding, b.reading.encoding];
  return new InputError(
    'ambiguous',
    `The file reads cleanly both as ${x} (${percent(a.p.score)} common characters) and as ${y} ` +
      `(${percent(b.p.score)}), and that is too close to call. Pass --encoding ${x} or --encoding ${y}.`,
  );
}

export function truncatedError({ encoding, tail }: Reading): InputError {
  const where = tail ? describeFault(tail) : 'its last character is incomplete';
  return new InputError('truncated', `The file ends in the middle of a character: it reads cleanly as ${encoding}, but ${where}. ${AGAIN}`);
}

/** Clean in `odd` alone, but not Chinese text there. */
export function implausibleError(odd: Judged, candidates: readonly Encoding[]): InputError {
  const { reading, p } = odd;
  return new InputError(
    'undecodable',
    `The file reads without errors only as ${reading.encoding}, and that reading is not Chinese text: only ` +
      `${percent(p.score)} of its ${p.sample} non-ASCII characters are common characters` +
      (p.privateUse > 0 ? `, and ${p.privateUse} are private-use codes` : '') +
      `. Its encoding is not one of ${candidates.join(', ')}; convert it to UTF-8 first.`,
  );
}

/** Nothing reads cleanly; with `declared`, that one is named first. */
export function undecodableError(judged: readonly Judged[], declared?: Judged): InputError {
  const others = judged
    .filter((j) => j.reading.encoding !== declared?.reading.encoding)
    .map(({ reading, p }) =>
      isFaulty(reading)
        ? `not ${reading.encoding}: ${faultSummary(reading)}`
        : `as ${reading.encoding} it has no errors but only ${percent(p.score)} of its non-ASCII characters are common`,
    )
    .join('; ');
  if (!declared) {
    return new InputError('undecodable', `The file is not text in any supported encoding: ${others}. If you know its encoding, convert it to UTF-8 first.`);
  }
  const name = declared.reading.encoding;
  return new InputError(
    'undecodable',
    `The file was declared ${name} but is not valid ${name} (${faultSummary(declared.reading)}), ` +
      `and no other supported encoding reads it cleanly either (${others}). ` +
      'Convert it to UTF-8 with a tool that knows its real encoding.',
  );
}

const isFaulty = (r: Reading) => r.first !== null || r.tail !== null;

function faultSummary({ first, unassigned, tail }: Reading): string {
  if (first?.kind === 'unassigned' && unassigned > 1) {
    return `${unassigned} codes with no character assigned, the first ${describeFault(first)}`;
  }
  const fault = first ?? tail;
  return fault ? describeFault(fault) : 'no errors';
}

function describeFault({ offset, bytes, kind }: Fault): string {
  const hex = bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
  if (kind === 'incomplete') {
    return `its last bytes, ${hex} at byte offset ${offset}, begin a character that the file ends before finishing`;
  }
  if (kind === 'unassigned') return `${hex} at byte offset ${offset} (no character assigned)`;
  return `malformed bytes ${hex} at byte offset ${offset}`;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}
