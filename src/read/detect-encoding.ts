// Which encoding the bytes of a page are in, decided on evidence, never guessed.
//
// Evidence, strongest first: a byte-order mark; strict validity (UTF-8 is rarely valid by accident
// once a text has a few dozen multi-byte characters); then, between the two legacy double-byte
// encodings, which one yields common Chinese characters rather than rare ones, kana or private-use
// codes (see plausibility.ts). When the evidence does not settle it, the file is rejected with a
// message that says what was found and what to do (see encoding-errors.ts).
import type { Encoding } from '../model/index.js';
import { InputError } from '../model/index.js';
import { decodeAs, type Fault, type Reading } from './decode-as.js';
import {
  ambiguousError,
  emptyError,
  fixedReadingError,
  implausibleError,
  mislabelledBomError,
  mislabelledError,
  truncatedError,
  undecodableError,
  type Judged,
} from './encoding-errors.js';
import { plausibility, type Plausibility } from './plausibility.js';
import { binaryEvidence, binaryText, sniffBom } from './sniff.js';

export interface DetectEncodingOptions {
  /** The encoding the caller says the file is in (e.g. from --encoding). Checked, not trusted blindly. */
  declared?: Encoding;
}

export interface DetectedEncoding {
  encoding: Encoding;
  bom: boolean;
  /** The decoded text, BOM dropped. */
  text: string;
}

/** A reading with at least this share of common characters looks like Chinese (right ones score > 0.8, wrong < 0.5). */
const PLAUSIBLE = 0.7;
/** Two plausible readings closer than this are ambiguous. */
const MARGIN = 0.2;
/** Fewer non-ASCII characters than this are too few to call a declared encoding implausible. */
const SAMPLE_MIN = 8;
/** Valid UTF-8 with this many multi-byte characters is UTF-8: legacy text is almost never valid UTF-8 that long. */
const UTF8_CERTAIN = 32;
/** Above twice this size the legacy encodings are weighed on a leading sample, and only the winner read in full. */
const SAMPLE_BYTES = 1 << 16;
/** A sample decides only when its winner has this many non-ASCII characters to judge by. */
const SAMPLE_EVIDENCE = 1000;

const CANDIDATES: readonly Encoding[] = ['utf-8', 'gb18030', 'big5-hkscs'];

const UNREAD: Plausibility = { sample: 0, common: 0, privateUse: 0, replacement: 0, score: 0 };
const judge = (reading: Reading): Judged => ({
  reading,
  p: reading.text === null ? UNREAD : plausibility(reading.text, reading.encoding === 'big5-hkscs'),
});
const judgeAll = (bytes: Uint8Array, utf8: Reading) =>
  CANDIDATES.map((e) => judge(e === 'utf-8' ? utf8 : decodeAs(bytes, e)));
const isClean = ({ first, tail }: Reading) => first === null && tail === null;
const isPlausible = (j: Judged) => j.p.score >= PLAUSIBLE;
const byScore = (a: Judged, b: Judged) => b.p.score - a.p.score;

export function detectEncoding(bytes: Uint8Array, options: DetectEncodingOptions = {}): DetectedEncoding {
  const { declared } = options;
  if (bytes.length === 0) throw emptyError(null);

  const bom = sniffBom(bytes);
  if (bom) {
    if (declared && declared !== bom.encoding) throw mislabelledBomError(declared, bom.encoding);
    const reading = after(bom.length, decodeAs(bytes.subarray(bom.length), bom.encoding));
    return accept(strict(reading, 'starts with a byte-order mark for'), true);
  }
  if (declared === 'utf-16le' || declared === 'utf-16be') {
    return accept(strict(decodeAs(bytes, declared), 'was declared'), false);
  }

  const binary = binaryEvidence(bytes);
  if (binary) throw new InputError('binary', binary);

  const utf8 = decodeAs(bytes, 'utf-8');
  if (isClean(utf8) && (declared === 'utf-8' || (!declared && utf8Settles(bytes, utf8.text!)))) return accept(utf8, false);

  if (declared) {
    const mine = judge(declared === 'utf-8' ? utf8 : decodeAs(bytes, declared));
    if (isClean(mine.reading) && (isPlausible(mine) || mine.p.sample < SAMPLE_MIN)) return accept(mine.reading, false);
    return accept(checkDeclared(mine, judgeAll(bytes, utf8)), false);
  }
  if (!isClean(utf8) && bytes.length > 2 * SAMPLE_BYTES) {
    const sample = bytes.subarray(0, sampleEnd(bytes));
    const pick = tryChoose(judgeAll(sample, decodeAs(sample, 'utf-8')));
    if (pick && pick.reading.encoding !== 'utf-8' && pick.p.sample >= SAMPLE_EVIDENCE) {
      const full = decodeAs(bytes, pick.reading.encoding);
      if (isClean(full)) return accept(full, false);
    }
    // The sample did not settle it, or the rest of the file disagrees: weigh the whole file.
  }
  return accept(choose(judgeAll(bytes, utf8)), false);
}

/**
 * True when valid UTF-8 needs no second opinion: pure ASCII, or enough multi-byte characters.
 * Each multi-byte character is one or two bytes longer than its UTF-16 length, so the length
 * difference bounds their number without another pass.
 */
function utf8Settles(bytes: Uint8Array, text: string): boolean {
  const extra = bytes.length - text.length;
  return extra === 0 || extra >= 2 * UTF8_CERTAIN;
}

/** End of the sample: just after the first line feed past SAMPLE_BYTES (0x0A is never part of a character). */
function sampleEnd(bytes: Uint8Array): number {
  const lf = bytes.indexOf(0x0a, SAMPLE_BYTES);
  return lf === -1 ? bytes.length : lf + 1;
}

/** A reading of the bytes after the first `skip`, with fault offsets counted from the start of the file. */
function after(skip: number, reading: Reading): Reading {
  const move = (f: Fault | null) => f && { ...f, offset: f.offset + skip };
  return { ...reading, first: move(reading.first), tail: move(reading.tail) };
}

function accept(reading: Reading, bom: boolean): DetectedEncoding {
  const text = reading.text ?? '';
  if (text.trim() === '') throw emptyError(text);
  return { encoding: reading.encoding, bom, text };
}

/** A reading fixed by a BOM or a declared UTF-16 must be clean text; else say how it is not. */
function strict(reading: Reading, why: string): Reading {
  const binary = reading.text === null ? null : binaryText(reading.text);
  if (!isClean(reading) || binary) throw fixedReadingError(why, reading, binary);
  return reading;
}

/** The declared encoding stands when the bytes are clean in it, unless another one plainly fits better. */
function checkDeclared(mine: Judged, judged: Judged[]): Reading {
  const declared = mine.reading.encoding;
  const better = judged.filter((j) => j.reading.encoding !== declared && isClean(j.reading) && isPlausible(j)).sort(byScore)[0];
  if (isClean(mine.reading) && (!better || better.p.score - mine.p.score < MARGIN)) return mine.reading;
  if (better) throw mislabelledError(mine, better);
  if (mine.reading.first === null) throw truncatedError(mine.reading);
  throw undecodableError(judged, mine);
}

function tryChoose(judged: Judged[]): Judged | null {
  try {
    const reading = choose(judged);
    return judged.find((j) => j.reading === reading) ?? null;
  } catch {
    return null;
  }
}

/** No declaration: pick the one clean, plausible reading, or explain why there is none. */
function choose(judged: Judged[]): Reading {
  const [utf8] = judged as [Judged, ...Judged[]];
  const clean = judged.filter((j) => isClean(j.reading)).sort(byScore);
  const [best, second] = clean.filter(isPlausible);

  if (isClean(utf8.reading)) {
    // Valid UTF-8 stands unless it reads as nonsense while a legacy encoding reads as Chinese.
    const rival = clean.find((j) => j !== utf8 && isPlausible(j));
    if (isPlausible(utf8) || !rival) return utf8.reading;
    throw ambiguousError(utf8, rival);
  }
  if (best) {
    if (second && best.p.score - second.p.score < MARGIN) throw ambiguousError(best, second);
    return best.reading;
  }
  const cut = judged.filter((j) => j.reading.first === null && j.reading.tail !== null).sort(byScore)[0];
  if (cut) throw truncatedError(cut.reading);
  if (clean[0]) throw implausibleError(clean[0], CANDIDATES);
  throw undecodableError(judged);
}
