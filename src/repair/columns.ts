// Column de-interleaving for text-only pages. Extraction sometimes reads a multi-column page row by row, so
// one extracted line carries a visual line of each column, separated by spaces ("…总值增长 5.5%以上;… 进垂类应用…
// 同比增长…"). Evidence that a region is interleaved: lines made of several space-separated segments of about a
// column's width. Its reading order is rebuilt by assigning the segments, in printed order, to at most
// `maxColumns` column streams so that the language flows best across every seam (a beam search scored by the
// character model: how much likelier a segment's first characters are after the previous segment of its stream
// than after a break). Headings, captions and other one-segment lines stay where they are, as their own blocks.
// The result is a ReadingOrder of raw spans (see model/reading-order.ts), never a rewrite. When the rebuilt
// order does not read clearly better than the printed one, the printed order is kept and the page is flagged.
import { message, type Message, type OrderPart, type PageSource, type ReadingOrder } from '../model/index.js';
import { charLm, logScore, modelText, wordScore, type CharLm } from '../text/char-lm.js';
import { countHan, isDigit, isLatin } from '../text/han.js';
import { MD_HEADING_RE, isHeadingLike, startsOwnLine } from '../text/line-kinds.js';

export const RULE = 'repair/column-order';

export interface ColumnOptions {
  maxColumns?: number;
  /** Gain (nats per seam) over the printed order at which the rebuilt order is used. */
  minGain?: number;
  /** Gain at which a region is flagged as interleaved when the order is not rebuilt. */
  flagGain?: number;
  /** States kept by the beam search. */
  beam?: number;
  /** Fewer segments than this are too little evidence to reorder. */
  minSegments?: number;
  lm?: CharLm;
}

export interface ColumnResult {
  order: ReadingOrder | null;
  messages: Message[];
}

interface Segment {
  start: number;
  end: number;
  /** Model text of the segment's last and first few characters. */
  tail: string;
  head: string;
  /** Scores of the segment's own edges, the same for every seam it is on: computed once. */
  alone: number;
  tailWords: number;
  headWords: number;
}

const EDGE = 4;
/** Share of a region's lines that must carry several column lines before its order is questioned. */
const MULTI_SHARE = 0.3;
/** Han characters that make a segment look like a full column line. */
const COLUMN_LINE = 8;
/** Opening another stream costs this much: more columns must earn their place. */
const OPEN = 3;

/** Segments of one line: split at runs of spaces, except beside Latin words and numbers. */
function splitLine(raw: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !/\s/.test(raw[i]!)) continue;
    let j = i;
    while (j < end && /\s/.test(raw[j]!)) j++;
    // One space beside a Latin word or a number is typography ("City Walk", "5 月 23 日"), not a column seam —
    // unless the words either side are each a column line's worth of Han (…的短暂1 艺术等领域…).
    const typographic =
      j - i === 1 && (isLatin(raw[i - 1]) || isDigit(raw[i - 1]) || isLatin(raw[j]) || isDigit(raw[j])) && !(lineWords(raw, i, j, end) >= COLUMN_LINE);
    const keep = i < end && j < end && typographic;
    if (!keep) {
      if (i > s) out.push({ start: s, end: i });
      s = j;
    }
    i = j - 1 + (i === j ? 1 : 0);
  }
  return out;
}

/** The fewer Han characters of the two words either side of the space run [i, j) (words end at whitespace). */
function lineWords(raw: string, i: number, j: number, end: number): number {
  let a = i;
  while (a > 0 && !/\s/.test(raw[a - 1]!)) a--;
  let b = j;
  while (b < end && !/\s/.test(raw[b]!)) b++;
  return Math.min(countHan(raw.slice(a, i)), countHan(raw.slice(j, b)));
}

interface Region {
  lines: { start: number; end: number; segs: { start: number; end: number }[] }[];
}

/** Runs of body lines between block lines (headings, captions, bylines …), which stay in place. */
function regions(source: PageSource): { blocks: (Region | { start: number; end: number })[] } {
  const raw = source.text;
  const blocks: (Region | { start: number; end: number })[] = [];
  let current: Region | null = null;
  const lines = source.lines.map((l) => raw.slice(l.start, l.end));
  const blank = (k: number) => k < 0 || k >= lines.length || lines[k]!.trim() === '';
  for (let k = 0; k < lines.length; k++) {
    const text = lines[k]!.trim();
    if (!text) continue;
    const start = source.lines[k]!.start + (lines[k]!.length - lines[k]!.trimStart().length);
    const end = start + text.length;
    const segs = splitLine(raw, start, end);
    // A heading or caption stands apart: a Markdown heading, a byline …, or a short line between blank lines
    // (a short line among rows is the one column that still runs there).
    const apart = segs.length === 1 && isHeadingLike(text) && blank(k - 1) && blank(k + 1);
    if (MD_HEADING_RE.test(text) || startsOwnLine(text) || apart) {
      blocks.push({ start, end });
      current = null;
      continue;
    }
    if (!current) blocks.push((current = { lines: [] }));
    current.lines.push({ start, end, segs });
  }
  return { blocks };
}

/** How much likelier b's first characters are right after a's last ones than after a break. */
function seam(lm: CharLm, a: Segment, b: Segment): number {
  const joined = a.tail + b.head;
  const after = logScore(lm, joined, a.tail.length, joined.length);
  const words = wordScore(lm, joined, 0, joined.length) - a.tailWords - b.headWords;
  return after - b.alone + words;
}

interface State {
  last: number[];
  score: number;
  /** The stream of each segment so far, newest first: states share their common past, not copy it. */
  assign: Assigned | null;
}

interface Assigned {
  stream: number;
  before: Assigned | null;
}

/** The stream of the segment `back` places before the newest one. */
function streamAt(a: Assigned | null, back: number): number | undefined {
  for (let k = 0; a && k < back; k++) a = a.before;
  return a?.stream;
}

function streamsOf(a: Assigned | null, count: number): number[] {
  const out = new Array<number>(count);
  for (let i = count - 1; a; i--, a = a.before) out[i] = a.stream;
  return out;
}

/** Best assignment of segments to streams (beam search); streams are numbered in order of their first segment. */
/**
 * Row structure, when every line is one row: for each segment, the segment in the same place of the line before
 * when that line had as many segments (a row like the one before usually holds the same columns), else -1.
 */
function rowPeers(lines: readonly { segs: readonly unknown[] }[], full: readonly boolean[]): { lineOf: number[]; peer: number[]; full: readonly boolean[] } {
  const lineOf: number[] = [];
  const peer: number[] = [];
  let at = 0;
  lines.forEach((l, k) => {
    const before = k > 0 ? lines[k - 1]!.segs.length : -1;
    l.segs.forEach((_, j) => {
      lineOf.push(k);
      peer.push(before === l.segs.length ? at - before + j : -1);
    });
    at += l.segs.length;
  });
  return { lineOf, peer, full };
}

/**
 * Segments that fill a column line (as long as most segments of the region): a column whose line is full goes on
 * in the next row; only one that ended a paragraph can stop there (its column ran out).
 */
function fullLines(raw: string, segs: readonly { start: number; end: number }[]): boolean[] {
  const lengths = segs.map((s) => s.end - s.start);
  const typical = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length * 0.75)]!;
  return lengths.map((n, i) => n >= typical * 0.9 && !/[。！？”」』]$/u.test(raw.slice(segs[i]!.start, segs[i]!.end)));
}

/** Bonus for keeping a row's segments in the columns of the same-shaped row before. */
const SAME_ROW = 2;
/** Cost of a row that passes over a column whose last line was full (a column does not stop mid-paragraph). */
const SKIP_FULL = 4;

/** Streams whose last line was full and got nothing in the row that ends before segment i. */
function skippedFull(s: State, i: number, rows: { lineOf: number[]; full: readonly boolean[] }): number {
  const row = rows.lineOf[i - 1]!;
  let n = 0;
  for (const last of s.last) if (rows.lineOf[last] !== row && rows.full[last]) n++;
  return n;
}

function bestStreams(lm: CharLm, segs: readonly Segment[], rows: ReturnType<typeof rowPeers> | null, maxColumns: number, beam: number): { score: number; assign: number[] } {
  let states: State[] = [{ last: [], score: 0, assign: null }];
  const cache = new Map<number, number>();
  const cont = (a: number, b: number) => {
    const key = a * 100003 + b;
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = seam(lm, segs[a]!, segs[b]!)));
    return v;
  };
  // States are told apart by the last segment of each stream: digits of a number while that is exact.
  const radix = segs.length + 1;
  const numeric = radix ** maxColumns < Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < segs.length; i++) {
    const next = new Map<number | string, State>();
    // One row per line: a line's segments go to streams left to right.
    const after = rows && i > 0 && rows.lineOf[i] === rows.lineOf[i - 1] ? 1 : 0;
    const peer = rows ? rows.peer[i]! : -1;
    for (const s of states) {
      const n = s.last.length;
      const floor = after ? s.assign!.stream + 1 : 0;
      // The row before ends here: it pays for each column with a full last line that it passed over.
      if (rows && i > 0 && !after) s.score -= SKIP_FULL * skippedFull(s, i, rows);
      const peerStream = peer >= 0 ? streamAt(s.assign, i - 1 - peer) : undefined;
      // Segment i continues stream c, or (c === n) opens a new one.
      for (let c = floor; c <= n && c < maxColumns; c++) {
        const score = c < n ? s.score + cont(s.last[c]!, i) + (peerStream === c ? SAME_ROW : 0) : s.score - (n > 0 ? OPEN : 0);
        const last = s.last.slice();
        last[c] = i;
        const key = numeric ? last.reduce((k, l) => k * radix + l + 1, 0) : last.join(',');
        const old = next.get(key);
        if (!old || old.score < score) next.set(key, { last, score, assign: { stream: c, before: s.assign } });
      }
    }
    states = [...next.values()].sort((x, y) => y.score - x.score).slice(0, beam);
  }
  return { score: states[0]!.score, assign: streamsOf(states[0]!.assign, segs.length) };
}

export function deinterleave(source: PageSource, options: ColumnOptions = {}): ColumnResult {
  const { maxColumns = 3, minGain = 2, flagGain = 0.8, beam = 64, minSegments = 12 } = options;
  // Positioned and tagged sources (PDF, ALTO, HTML) carry their own reading order.
  if (source.lines.some((l) => l.role !== undefined || l.box !== undefined)) return { order: null, messages: [] };
  const raw = source.text;
  const { blocks } = regions(source);
  const parts: OrderPart[] = [];
  const messages: Message[] = [];
  let rebuilt = false;
  let gainSum = 0;
  let seams = 0;
  for (const b of blocks) {
    if (!('lines' in b)) {
      parts.push({ start: b.start, end: b.end, block: true });
      continue;
    }
    const spans = b.lines.flatMap((l) => l.segs);
    // A line carrying several columns holds several segments of a column line's length.
    const multi = b.lines.filter((l) => l.segs.filter((s) => countHan(raw.slice(s.start, s.end)) >= COLUMN_LINE).length >= 2).length;
    const whole = { start: b.lines[0]!.start, end: b.lines[b.lines.length - 1]!.end };
    if (multi / b.lines.length < MULTI_SHARE || spans.length < minSegments) {
      for (const l of b.lines) parts.push({ start: l.start, end: l.end, block: true });
      continue;
    }
    const lm = options.lm ?? charLm();
    const segs: Segment[] = spans.map((s) => {
      const m = modelText(raw.slice(s.start, s.end));
      const tail = m.slice(-EDGE);
      const head = m.slice(0, EDGE);
      const alone = logScore(lm, `\n${head}`, 1, head.length + 1);
      return { ...s, tail, head, alone, tailWords: wordScore(lm, tail, 0, tail.length), headWords: wordScore(lm, head, 0, head.length) };
    });
    let printed = 0;
    for (let i = 1; i < segs.length; i++) printed += seam(lm, segs[i - 1]!, segs[i]!);
    // Lines of at most `maxColumns` segments are single rows (a fixed-width layout read row by row); longer ones
    // run several rows together (as in seed page 003) and only the language decides.
    const widest = Math.max(...b.lines.map((l) => l.segs.length));
    const rows = widest <= maxColumns;
    const best = bestStreams(lm, segs, rows ? rowPeers(b.lines, fullLines(raw, spans)) : null, rows ? widest : maxColumns, beam);
    const streams = Math.max(...best.assign) + 1;
    const gain = (best.score - printed) / (segs.length - 1);
    if (streams > 1 && gain >= minGain) {
      rebuilt = true;
      gainSum += gain * (segs.length - 1);
      seams += segs.length - 1;
      for (let c = 0; c < streams; c++) {
        let first = true;
        best.assign.forEach((col, i) => {
          if (col !== c) return;
          parts.push({ start: segs[i]!.start, end: segs[i]!.end, block: first });
          first = false;
        });
      }
    } else {
      if (streams > 1 && gain >= flagGain) {
        messages.push(message(RULE, `lines here seem to interleave ${streams} columns, but no column order reads clearly better than the printed one; printed order kept`, whole));
      }
      for (const l of b.lines) parts.push({ start: l.start, end: l.end, block: true });
    }
  }
  if (!rebuilt) return { order: null, messages };
  const confidence = Math.round((1 - Math.exp(-gainSum / seams / minGain)) * 1000) / 1000;
  messages.push(message(RULE, `columns interleaved line by line: reading order rebuilt (confidence ${confidence})`));
  return { order: { type: 'reading-order', rule: RULE, confidence, parts }, messages };
}
