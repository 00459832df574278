// Re-join words and sentences that layout line breaks split ("宣\n\n传部部长", "党组\n\n\n\n书记、局长"),
// never across a real paragraph or article boundary. Evidence, strongest first:
//   1. the line ends with a mark that cannot end a paragraph (，、：“ …);
//   2. a dictionary word runs across the break (checked on folded text, so 區|長 counts like 区|长);
//   3. the line is body text (has a sentence end inside, or is long with inner punctuation) yet stops mid-sentence.
// Short lines without punctuation are headings and never join; lines that open their own block
// (bylines, source and jump lines, Markdown headings and quotes) are never joined into.
import { edit, type Edit, type PageSource } from '../model/index.js';
import { CONTINUER, TERMINAL, countHan, endsSentence, isLatin, isDigit } from '../text/han.js';
import { straddles, straddlesEach } from '../text/segment.js';
import { MASTHEAD_RE, MD_HEADING_RE, MD_QUOTE_RE, endsWithFurniture, isHeadingLike, startsOwnLine } from '../text/line-kinds.js';

export const RULE = 'repair/join-broken-lines';

export interface JoinOptions {
  /** A line at least this long that stops mid-sentence is a broken body line. */
  longLine?: number;
  /** With inner punctuation, this long is enough. */
  punctuatedLine?: number;
}

interface Trimmed {
  start: number;
  end: number;
  text: string;
  /** Blank lines between this line and the previous non-blank one. */
  gap: number;
}

function trimmedLines(source: PageSource): Trimmed[] {
  const out: Trimmed[] = [];
  let gap = 0;
  for (const line of source.lines) {
    const text = source.text.slice(line.start, line.end);
    const lead = text.length - text.trimStart().length;
    const body = text.trim();
    if (body.length === 0) {
      gap++;
      continue;
    }
    out.push({ start: line.start + lead, end: line.start + lead + body.length, text: body, gap });
    gap = 0;
  }
  return out;
}

const innerPunct = new RegExp(`[${CONTINUER}${TERMINAL}]`, 'u');
const innerTerminal = new RegExp(`[${TERMINAL}]`, 'u');

/**
 * `wrapped`: the lines stand on consecutive lines in a page whose paragraphs are separated by blank lines,
 * so the single newline is a wrap, not a paragraph break.
 */
export function shouldJoin(a: string, b: string, options: JoinOptions & { wrapped?: boolean } = {}): boolean {
  const verdict = joinVerdict(a, b, options, options.wrapped);
  return verdict === 'if-word-straddles' ? straddles(a, b) : verdict;
}

/** shouldJoin without the dictionary check, which the caller makes for all of a page's breaks at once. */
function joinVerdict(a: string, b: string, options: JoinOptions, wrapped = false): boolean | 'if-word-straddles' {
  // Any of these keeps the lines apart; the cheapest, and most often true (a sentence ends the line), first.
  if (endsSentence(a) || MD_HEADING_RE.test(a) || MD_QUOTE_RE.test(a) || startsOwnLine(b) || MASTHEAD_RE.test(a) || endsWithFurniture(a)) return false;
  if (wrapped) return true;
  const last = a[a.length - 1]!;
  if (CONTINUER.includes(last)) return true;
  // A heading-like line (a caption, a subhead) joins its neighbour only where a word runs across the break.
  if (!isHeadingLike(a) && !isHeadingLike(b) && bodyEvidence(a, options)) return true;
  return 'if-word-straddles';
}

/** The line is body text: a sentence ends inside it, or it is long, or long and punctuated. */
function bodyEvidence(a: string, { longLine = 40, punctuatedLine = 24 }: JoinOptions): boolean {
  const body = a.slice(0, -1);
  if (innerTerminal.test(body)) return true;
  const han = countHan(a);
  return han >= longLine || (han >= punctuatedLine && innerPunct.test(body));
}

/** Most consecutive non-blank lines are separated by blank lines: the extraction's paragraph style. */
function blankSeparated(lines: readonly Trimmed[]): boolean {
  if (lines.length < 4) return false;
  const gaps = lines.slice(1).filter((l) => l.gap > 0).length;
  return gaps / (lines.length - 1) >= 0.8;
}

export function joinBrokenLines(source: PageSource, options: JoinOptions = {}): Edit[] {
  const lines = trimmedLines(source);
  const paragraphsByBlankLines = blankSeparated(lines);
  const verdicts = lines.slice(1).map((b, i) => joinVerdict(lines[i]!.text, b.text, options, paragraphsByBlankLines && b.gap === 0));
  const open: number[] = [];
  for (let i = 0; i < verdicts.length; i++) if (verdicts[i] === 'if-word-straddles') open.push(i);
  const words = straddlesEach(open.map((i) => [lines[i]!.text, lines[i + 1]!.text] as const));
  open.forEach((i, k) => (verdicts[i] = words[k]!));
  const edits: Edit[] = [];
  verdicts.forEach((join, i) => {
    if (!join) return;
    const a = lines[i]!;
    const b = lines[i + 1]!;
    // Latin words and numbers keep one space between them; Chinese joins directly.
    const l = a.text[a.text.length - 1];
    const r = b.text[0];
    const glue = (isLatin(l) || isDigit(l)) && (isLatin(r) || isDigit(r)) ? ' ' : '';
    edits.push(edit(source.text, a.end, b.start, glue, RULE));
  });
  return edits;
}
