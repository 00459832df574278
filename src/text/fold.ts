// Script folding: traditional (and Hong Kong / Taiwan variants) to simplified, with opencc-js's hk2s
// dictionaries and exactly its algorithm, on flat tables.
//
// opencc-js's hk → cn converter: (1) normalise compatibility ideographs (a trie, greedy longest match);
// (2) cut the text into segments, each a longest match of the phrase trie or a run of text where none
// starts; (3) convert each segment on its own through the chain's tries (HK variants → traditional, then
// traditional → simplified), each a greedy longest match. Its tries are a Map per node and every match
// allocates; that cost ~0.45 µs a character on a traditional page, a quarter of ingest. Here the same tries
// are a table over the BMP for the first character and one hash table of typed arrays for the rest, and the
// text is written into a code-unit buffer. Ideographic description sequences (⿰氵見: opencc skips them whole) go
// to opencc itself. fold.test.ts checks the result equals opencc's on every code point, on real pages
// and on random strings of dictionary keys.
import { ConverterBuilder, type DictGroup, type DictLike } from 'opencc-js/core';
import * as preset from 'opencc-js/preset';

/** A trie: node 0 is the root; a node's value is what a match ending there becomes. */
class FlatTrie {
  /** Child of the root for each BMP code unit (0: none). */
  private readonly rootBmp = new Int32Array(0x10000);
  /**
   * Every other edge, (parent, code point) → child, in an open-addressing table of typed arrays: a Map keyed
   * by parent × 0x110000 + code point boxed every key past 2^31 (a heap number per look-up).
   */
  private edgeParent = new Int32Array(1 << 12); // parent + 1; 0: empty slot
  private edgeCp = new Int32Array(1 << 12);
  private edgeChild = new Int32Array(1 << 12);
  private edgeCount = 0;
  private readonly values: (string | undefined)[] = [undefined];
  /** Whether a node has children (most single characters do not: no edge look-up after them). */
  private readonly inner: boolean[] = [false];
  /** The value of the last match() found. */
  found = '';
  /** 1 for each code unit some key holds (surrogates always): a unit no key holds is never inside a match. */
  readonly inKey = new Uint8Array(0x10000).fill(1, 0xd800, 0xe000);
  /**
   * 1 for each code unit a match can change (surrogates always). A match changes text only where its key differs
   * from its value, and then the text holds the key's unit where they differ (every unit of the key when their
   * lengths differ): text without these units comes through the trie as it is.
   */
  readonly changing = new Uint8Array(0x10000).fill(1, 0xd800, 0xe000);

  /** opencc's loadDictGroup: the first dictionary of a group wins a key two of them hold. */
  constructor(group: readonly DictLike[]) {
    for (const dict of [...group].reverse()) for (const [key, value] of entries(dict)) this.add(key, value);
  }

  private child(node: number, cp: number): number {
    if (node === 0 && cp < 0x10000) return this.rootBmp[cp]!;
    const mask = this.edgeParent.length - 1;
    for (let i = slot(node, cp, mask); ; i = (i + 1) & mask) {
      const p = this.edgeParent[i]!;
      if (p === 0) return 0;
      if (p === node + 1 && this.edgeCp[i] === cp) return this.edgeChild[i]!;
    }
  }

  private setEdge(node: number, cp: number, child: number): void {
    if (2 * (this.edgeCount + 1) > this.edgeParent.length) this.growEdges();
    const mask = this.edgeParent.length - 1;
    let i = slot(node, cp, mask);
    while (this.edgeParent[i] !== 0) i = (i + 1) & mask;
    this.edgeParent[i] = node + 1;
    this.edgeCp[i] = cp;
    this.edgeChild[i] = child;
    this.edgeCount++;
  }

  private growEdges(): void {
    const [parents, cps, children] = [this.edgeParent, this.edgeCp, this.edgeChild];
    this.edgeParent = new Int32Array(2 * parents.length);
    this.edgeCp = new Int32Array(2 * parents.length);
    this.edgeChild = new Int32Array(2 * parents.length);
    this.edgeCount = 0;
    for (let i = 0; i < parents.length; i++) if (parents[i] !== 0) this.setEdge(parents[i]! - 1, cps[i]!, children[i]!);
  }

  private add(key: string, value: string): void {
    const k = Array.from(key);
    const v = Array.from(value);
    k.forEach((ch, i) => {
      this.inKey[ch.charCodeAt(0)] = 1;
      if (k.length !== v.length || ch !== v[i]) this.changing[ch.charCodeAt(0)] = 1;
    });
    let node = 0;
    for (const ch of key) {
      const cp = ch.codePointAt(0)!;
      let next = this.child(node, cp);
      if (next === 0) {
        next = this.values.push(undefined) - 1;
        this.inner.push(false);
        if (node === 0 && cp < 0x10000) this.rootBmp[cp] = next;
        else this.setEdge(node, cp, next);
        this.inner[node] = true;
      }
      node = next;
    }
    this.values[node] = value;
  }

  /** Could a match start with this code unit (a BMP character, or any lead surrogate: checked in full)? */
  starts(unit: number): boolean {
    return (unit >= 0xd800 && unit <= 0xdbff) || this.rootBmp[unit] !== 0;
  }

  /** The end of the longest key starting at i and ending by `end` (-1: none); its value in `this.found`. */
  match(s: string, i: number, end: number): number {
    let node = 0;
    let k = -1;
    while (i < end) {
      const cp = s.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      node = this.child(node, cp);
      if (node === 0) break;
      const v = this.values[node];
      if (v !== undefined) (k = i), (this.found = v);
      if (!this.inner[node]) break;
    }
    return k;
  }

  /** s[start, end) converted by greedy longest matches, appended to `out`. */
  convert(s: string, start: number, end: number, out: Units): void {
    for (let i = start; i < end; ) {
      const unit = s.charCodeAt(i);
      const to = this.starts(unit) ? this.match(s, i, end) : -1;
      if (to > 0) {
        out.replace(s, i, to, this.found);
        i = to;
      } else {
        out.unit(unit);
        i++;
      }
    }
  }
}

/** An edge's first slot in a table of mask + 1 slots. */
function slot(node: number, cp: number, mask: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ cp;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) & mask;
}

/** Whether a Uint16Array's bytes are UTF-16LE as they stand (typed arrays use the platform's byte order). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A growing UTF-16 buffer the folded text is written into unit by unit, decoded once; reused from call to
 * call (folding is synchronous). `changed` says whether anything written differs from the text it stands for.
 */
class Units {
  buf = new Uint16Array(4096);
  length = 0;
  changed = false;
  reset(): this {
    this.length = 0;
    this.changed = false;
    return this;
  }
  unit(u: number): void {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = u;
  }
  /** `value` standing for s[start, end). */
  replace(s: string, start: number, end: number, value: string): void {
    if (this.length + value.length > this.buf.length) this.grow(value.length);
    if (value.length !== end - start) this.changed = true;
    for (let j = 0; j < value.length; j++) {
      const u = value.charCodeAt(j);
      if (u !== s.charCodeAt(start + j)) this.changed = true;
      this.buf[this.length++] = u;
    }
  }
  /** s[start, end) as it is. */
  copy(s: string, start: number, end: number): void {
    if (this.length + end - start > this.buf.length) this.grow(end - start);
    for (let j = start; j < end; j++) this.buf[this.length++] = s.charCodeAt(j);
  }
  private grow(need: number): void {
    const next = new Uint16Array(Math.max(2 * this.buf.length, this.length + need));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  /** The text, code unit for code unit (Node's UTF-16 decoding keeps a lone surrogate as it is). */
  text(): string {
    const bytes = Buffer.from(this.buf.buffer, this.buf.byteOffset, 2 * this.length);
    return (LITTLE_ENDIAN ? bytes : Buffer.from(bytes).swap16()).toString('utf16le');
  }
}
/** The folded text; a segment between two tries of the chain. */
const output = new Units();
const between = new Units();

function entries(dict: DictLike): (readonly [string, string])[] {
  return typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : [...dict];
}

interface Folder {
  normalize: FlatTrie[];
  segmentation: FlatTrie;
  chain: FlatTrie[];
  /** Units a trie of the chain can change. */
  changing: Uint8Array;
  /** Units no key of the segmentation or the chain holds: no match spans one, so every pass is in step after it. */
  anchor: Uint8Array;
  opencc: (s: string) => string;
}

let folder: Folder | null = null;

function build(): Folder {
  const config = preset.configs['hk2s'] as (typeof preset.configs)[string] & { normalizationChain?: readonly DictGroup[] };
  if (!config) throw new Error('opencc-js has no hk2s configuration');
  // The segmentation dictionary is one dictionary or a group of them (as opencc-js reads it).
  const seg: unknown = config.segmentation;
  const segmentation = Array.isArray(seg) && seg.every((d) => typeof d === 'string') ? (seg as DictLike[]) : [seg as DictLike];
  const chain = config.conversionChain.map((g) => new FlatTrie(g));
  const segmenter = new FlatTrie(segmentation);
  const changing = new Uint8Array(0x10000);
  const anchor = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    changing[u] = chain.some((t) => t.changing[u] !== 0) ? 1 : 0;
    anchor[u] = segmenter.inKey[u] === 0 && chain.every((t) => t.inKey[u] === 0) ? 1 : 0;
  }
  return {
    normalize: (config.normalizationChain ?? []).map((g) => new FlatTrie(g)),
    segmentation: segmenter,
    chain,
    changing,
    anchor,
    opencc: ConverterBuilder(preset)({ from: 'hk', to: 'cn' }),
  };
}

const isIds = (u: number) => u >= 0x2ff0 && u <= 0x2fff;

/** A trie applied to the whole text (opencc's normalisation), unchanged text returned as it is. */
function convertAll(trie: FlatTrie, text: string): string {
  let i = 0;
  while (i < text.length && !trie.starts(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  const out = between.reset();
  out.copy(text, 0, i);
  trie.convert(text, i, text.length, out);
  return out.changed ? out.text() : text;
}

/** One segment through the conversion chain; the last trie writes into `out`. */
function convertSegment(chain: readonly FlatTrie[], s: string, start: number, end: number, out: Units): void {
  const text = s;
  for (let t = 0; t < chain.length - 1; t++) {
    let i = start;
    while (i < end && !chain[t]!.starts(s.charCodeAt(i))) i++;
    if (i === end) continue; // nothing this trie could change
    const step = between.reset();
    step.copy(s, start, i);
    chain[t]!.convert(s, i, end, step);
    if (step.changed) (s = step.text()), (start = 0), (end = s.length);
  }
  chain[chain.length - 1]!.convert(s, start, end, out);
  if (s !== text) out.changed = true;
}

export function toSimplified(text: string): string {
  const f = (folder ??= build());
  for (let i = 0; i < text.length; i++) if (isIds(text.charCodeAt(i))) return f.opencc(text);
  for (const trie of f.normalize) text = convertAll(trie, text);
  // Only the stretches around a unit the chain can change are converted, each from the anchor before it to the one
  // after it: no phrase or key spans an anchor, so segmenting and converting from there is in step with a pass over
  // the whole text, and text between such stretches comes through as it is. On a simplified page a few units are
  // changing ones (台 goes to 臺 and back) and most units are anchors.
  // Stretches less than MERGE units apart go as one (each costs a pass of its own: a traditional page is one stretch).
  const n = text.length;
  const out = output.reset();
  let copied = 0;
  let from = -1;
  let to = -1;
  for (let i = 0; i < n; i++) {
    if (f.changing[text.charCodeAt(i)] === 0) continue;
    let end = i + 1;
    while (end < n && f.anchor[text.charCodeAt(end - 1)] === 0) end++;
    if (from >= 0 && i - to >= MERGE) {
      out.copy(text, copied, from);
      convertStretch(f, text, from, to, out);
      copied = to;
      from = -1;
    }
    if (from < 0) {
      from = i;
      while (from > copied && f.anchor[text.charCodeAt(from - 1)] === 0) from--;
    }
    to = end;
    i = end - 1;
  }
  if (from < 0) return text;
  out.copy(text, copied, from);
  convertStretch(f, text, from, to, out);
  out.copy(text, to, n);
  return out.changed ? out.text() : text;
}

const MERGE = 64;

/** text[start, end) cut into phrases and the runs between them, each through the chain (opencc's steps 2 and 3). */
function convertStretch(f: Folder, text: string, start: number, end: number, out: Units): void {
  let run = start; // start of the current run where no phrase starts
  for (let i = start; i < end; ) {
    const to = f.segmentation.starts(text.charCodeAt(i)) ? f.segmentation.match(text, i, end) : -1;
    if (to < 0) {
      i++;
      continue;
    }
    if (run < i) convertSegment(f.chain, text, run, i, out);
    convertSegment(f.chain, text, i, to, out);
    run = i = to;
  }
  if (run < end) convertSegment(f.chain, text, run, end, out);
}

/** opencc-js's own converter (the reference fold.test.ts compares with). */
export function toSimplifiedByOpencc(text: string): string {
  return (folder ??= build()).opencc(text);
}

/**
 * Phrase conversion where it keeps lengths (nearly always); per character where it would not. Character i
 * of the result always stands for character i of the input, so offsets carry over unchanged.
 */
export function toSimplifiedSameLength(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const line of text.split('\n')) {
    const f = toSimplified(line);
    out += (f.length === line.length ? f : Array.from(line, (c) => { const s = toSimplified(c); return s.length === c.length ? s : c; }).join('')) + '\n';
  }
  return out.slice(0, -1);
}
