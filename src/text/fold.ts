// Script folding: traditional (and Hong Kong / Taiwan variants) to simplified, via opencc-js (hk → cn).
// Phrase-level conversion needs context, so callers fold whole runs, not single characters.
//
// Fast path, exact by construction: opencc only ever changes text where a dictionary key matches, so
// - a character that occurs in no key ("neutral": punctuation, Latin, most simplified Han) can never be part
//   of a match, and the conversion of x + neutral + y is conv(x) + neutral + conv(y);
// - a run in which no character could change (no changing entry has a key made only of such characters)
//   converts to itself.
// So only runs of key characters that hold a character some entry changes go through opencc: on a
// simplified page that is a handful of short runs instead of the whole page. The tables are read from the
// same dictionaries the converter is built from; fold.test.ts checks the claim character by character.
import { ConverterBuilder, type DictGroup, type DictLike } from 'opencc-js/core';
import * as preset from 'opencc-js/preset';

const IN_KEY = 1;
const CHANGES = 2;
/** Ideographic description characters (⿰ …): opencc skips the whole sequence they head, so never split there. */
const IDS = 4;

interface Folder {
  convert: (s: string) => string;
  /** Flags per code point. */
  kind: Uint8Array;
}

let folder: Folder | null = null;

function entries(dict: DictLike): (readonly [string, string])[] {
  return typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : [...dict];
}

function build(): Folder {
  const config = preset.configs['hk2s'] as (typeof preset.configs)[string] & { normalizationChain?: readonly DictGroup[] };
  if (!config) throw new Error('opencc-js has no hk2s configuration');
  // The segmentation dictionary is one dictionary or a group of them.
  const seg: unknown = config.segmentation;
  const segmentation = Array.isArray(seg) && seg.every((d) => typeof d === 'string') ? (seg as DictLike[]) : [seg as DictLike];
  const dicts = [...(config.normalizationChain ?? []).flat(), ...segmentation, ...config.conversionChain.flat()];
  const kind = new Uint8Array(0x110000);
  for (const dict of dicts) {
    for (const [key, value] of entries(dict)) {
      const k = Array.from(key);
      const v = Array.from(value);
      for (const ch of k) kind[ch.codePointAt(0)!]! |= IN_KEY;
      if (key === value) continue;
      // Same length: only the characters that differ can make the entry change anything; else all of them.
      k.forEach((ch, i) => {
        if (k.length !== v.length || ch !== v[i]) kind[ch.codePointAt(0)!]! |= CHANGES;
      });
    }
  }
  for (let cp = 0x2ff0; cp <= 0x2fff; cp++) kind[cp]! |= IDS;
  return { convert: ConverterBuilder(preset)({ from: 'hk', to: 'cn' }), kind };
}

/** Unchanging text between two changing runs up to this long is converted along with them (one call). */
const GAP = 16;
/** More spans to convert than this (a traditional page): one call over the whole text costs less. */
const MAX_SPANS = 12;
/**
 * opencc costs ~10–20 µs a call however short the text, and the short runs a simplified page sends it
 * (户, 秘, 著 …) come back again and again: remember those (a pure function, so this changes no result).
 */
const MEMO_LENGTH = 4;
const MEMO_SIZE = 20_000;
const memo = new Map<string, string>();

function convertRun(convert: (s: string) => string, run: string): string {
  if (run.length > MEMO_LENGTH) return convert(run);
  let folded = memo.get(run);
  if (folded === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(run, (folded = convert(run)));
  }
  return folded;
}

export function toSimplified(text: string): string {
  const { convert, kind } = (folder ??= build());
  // Spans [spans[2k], spans[2k + 1]) to convert: runs of key characters holding one that changes, merged
  // across short gaps.
  const spans: number[] = [];
  let runStart = 0; // start of the current run of key characters
  let changes = false;
  for (let i = 0; i <= text.length; ) {
    const cp = i < text.length ? text.codePointAt(i)! : -1;
    const k = cp < 0 ? 0 : kind[cp]!;
    const width = cp > 0xffff ? 2 : 1;
    if (k & IDS) return convert(text);
    if (k === 0) {
      if (changes) {
        if (spans.length > 0 && runStart - spans[spans.length - 1]! <= GAP) spans[spans.length - 1] = i;
        else if (spans.push(runStart, i) > 2 * MAX_SPANS) return convert(text);
        changes = false;
      }
      i += width;
      runStart = i;
      continue;
    }
    if (k & CHANGES) changes = true;
    i += width;
  }
  if (spans.length === 0) return text;
  let out = '';
  let done = 0;
  for (let k = 0; k < spans.length; k += 2) {
    out += text.slice(done, spans[k]) + convertRun(convert, text.slice(spans[k], spans[k + 1]));
    done = spans[k + 1]!;
  }
  return out + text.slice(done);
}

/** The plain converter over the whole text, without the fast path (tests compare the two). */
export function toSimplifiedWhole(text: string): string {
  return (folder ??= build()).convert(text);
}

/** Could opencc change this character anywhere (is it in a changing dictionary entry's key)? */
export function mayFold(codePoint: number): boolean {
  return ((folder ??= build()).kind[codePoint]! & CHANGES) !== 0;
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
