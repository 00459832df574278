// Character features for the sequence model: the character and its neighbours, character pairs, the word
// jieba puts it in with that word's part of speech (nr person, ns place, nt organisation …) and the words
// beside it, and what the newspaper register tells (a surname, a post title just before or after, an
// organisation or place ending here, characters that spell foreign names, the name the rule name-finder reads
// from a surname), and each character's cluster learnt from unlabelled text.
//
// Features are hashed straight into a fixed table of 2^BUCKET_BITS weight rows ("the hashing trick"): each
// character gets SLOTS row numbers in a flat Int32Array, 0 where a feature is absent. No string is built and no
// key is looked up per character, so tagging keeps pace with ingest; a rare collision costs next to nothing.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tagWords } from '../../text/segment.js';
import { surnameAt, TITLES } from '../lexicon.js';
import { nameAt } from '../names.js';
import { WordMatcher } from './matcher.js';

/** Each character's cluster (models/ner-clusters.txt, one cluster a line, written by scripts/build-ner-clusters.ts), 0 for none. */
const CLUSTER = new Uint16Array(65536);
const clustersFile = fileURLToPath(new URL('../../../../models/ner-clusters.txt', import.meta.url));
const clusters = existsSync(clustersFile) ? readFileSync(clustersFile, 'utf8') : '';
clusters.split('\n').forEach((line, k) => {
  for (const c of line) CLUSTER[c.charCodeAt(0)] = k + 1;
});

export const BUCKET_BITS = 20;
const MASK = (1 << BUCKET_BITS) - 1;

const ORG_ENDS = ['大学', '学院', '公司', '集团', '委员会', '办公室', '研究院', '研究所', '银行', '协会', '中心', '医院', '学校', '政府', '法院', '检察院', '党委', '报社', '电视台', '局', '委', '部', '厅', '院', '所', '办', '社', '会', '队', '团'];
const PLACE_ENDS = ['省', '市', '县', '区', '镇', '乡', '村', '街道', '路', '街', '州', '岛', '山', '河', '江', '湖', '港', '湾', '国', '洲', '弄'];
const TITLE_WORDS = [...TITLES, '主席', '总理', '委员长', '总统', '首相', '大使', '同志', '先生', '女士', '教授', '将军', '烈士'];
/** Characters that mostly spell foreign names (克林斯曼, 杜伊森贝赫). */
const TRANSLIT = new Set('斯基夫娃尔克拉特维德蒂姆森贝赫诺罗亚卡莱米莫穆勒奇科努塞西曼顿伊埃奥乌兹茨契洛妮娜丽莎琳菲普吉雅佩萨'.split(''));
const NUMERALS = new Set('一二三四五六七八九十百千万亿〇零两'.split(''));

const POS_TAGS = ['x', 'n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'v', 'vn', 'a', 'ad', 'an', 'd', 'p', 'c', 'u', 'uj', 'ul', 'm', 'q', 'r', 't', 'f', 's', 'j', 'l', 'i', 'b', 'eng', 'zg', 'ng'];
const POS_ID = new Map(POS_TAGS.map((t, i) => [t, i + 1]));
/** Annotation conventions the model knows apart (0: none, the shared copy of every feature only). */
export const DOMAINS: Record<string, number> = { news: 1, cluener: 2 };

/** One scan finds the three lists (no word is on two): a match's value is its list × 64 + its rank in the endings. */
const TITLE = 1;
const ORG_END = 2;
const PLACE_END = 3;
let cues: WordMatcher | null = null;
function registerCues(): WordMatcher {
  if (cues) return cues;
  const value = new Map<string, number>();
  const add = (words: string[], list: number) => words.forEach((w, k) => value.set(w, list * 64 + k + 1));
  for (const w of TITLE_WORDS) value.set(w, TITLE * 64);
  add(ORG_ENDS, ORG_END);
  add(PLACE_ENDS, PLACE_END);
  cues = new WordMatcher(value.keys(), (w) => value.get(w)!);
  return cues;
}

/** Per character code: its kind (bits 0–2: 1 Han, 2 Chinese numeral, 3 digit, 4 Latin, 5 other), 8 if it mostly spells foreign names. */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) CLASS[c] = c >= 0x4e00 && c <= 0x9fff ? 1 : c >= 48 && c <= 57 ? 3 : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 4 : 5;
for (const ch of NUMERALS) CLASS[ch.charCodeAt(0)] = 2;
for (const ch of TRANSLIT) CLASS[ch.charCodeAt(0)]! |= 8;

const START = 1; // code of the padding before the sentence
const END = 2; // and after it

/** The row of feature `template` with values a and b (never 0, the row of "absent"). */
function bucket(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) & MASK) || 1;
}

/** The row of a convention's own copy of the feature in row `row` ("frustratingly easy" adaptation, Daumé 2007). */
export function domainBucket(row: number, domain: number): number {
  return bucket(64 + domain, row);
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const SLOTS = 33;
/** Which clusters the features read: a model trained with other clusters would misread them. */
export const CLUSTERS_SUM = fnv(clusters);

/** For each character of `text`, SLOTS feature rows (row i * SLOTS + k), the same at training and tagging. */
export function sentenceFeatures(text: string): Int32Array {
  const n = text.length;
  // Character codes with two of padding either side: code(i) is codes[i + 2].
  const codes = new Int32Array(n + 4);
  codes[0] = codes[1] = START;
  codes[n + 2] = codes[n + 3] = END;
  for (let i = 0; i < n; i++) codes[i + 2] = text.charCodeAt(i);
  const code = (i: number) => codes[i + 2]!;
  const cls = (i: number) => (i < 0 || i >= n ? 0 : CLASS[codes[i + 2]!]!);
  // Each character's word: where in it the character stands (1 B, 2 M, 3 E, 4 S), the word and its tag.
  const place = new Uint8Array(n);
  const pos = new Uint8Array(n);
  const word = new Int32Array(n);
  const wordLength = new Uint8Array(n);
  const wordStart = new Int32Array(n);
  let at = 0;
  for (const { word: w, tag } of tagWords(text)) {
    const hash = w.length >= 2 ? fnv(w) : 0;
    const tagId = POS_ID.get(tag) ?? 0;
    for (let k = 0; k < w.length && at + k < n; k++) {
      place[at + k] = w.length === 1 ? 4 : k === 0 ? 1 : k === w.length - 1 ? 3 : 2;
      pos[at + k] = tagId;
      word[at + k] = hash;
      wordLength[at + k] = Math.min(w.length, 4);
      wordStart[at + k] = at;
    }
    at += w.length;
  }
  // A post title ending just before i (the name slot after 区委书记), or starting at i (李鹏委员长); an
  // organisation or place ending that ends at i (its rank in its list, the longest); a surname starting at i
  // (1, or 2 for 欧阳, 东方 …).
  const titleBefore = new Uint8Array(n + 2);
  const titleAt = new Uint8Array(n + 2);
  const orgEnd = new Uint8Array(n + 1);
  const placeEnd = new Uint8Array(n + 1);
  registerCues().scan(text, (s, e, v) => {
    const list = v >> 6;
    if (list === TITLE) titleBefore[e] = titleAt[s] = 1;
    else if (list === ORG_END) orgEnd[e - 1] ||= v & 63;
    else placeEnd[e - 1] ||= v & 63;
  });
  const surname = new Uint8Array(n);
  for (let i = 0; i < n; i++) surname[i] = surnameAt(text, i);
  // The name the register's rules read from each surname (names.ts: 县委书记汪明新 is three characters, not
  // two): its length and where the character stands in it.
  const ruleName = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!surname[i] || ruleName[i]) continue;
    const len = nameAt(text, i);
    for (let k = 0; k < len; k++) ruleName[i + k] = len * 8 + k + 1;
  }
  const ids = new Int32Array(n * SLOTS);
  for (let i = 0; i < n; i++) {
    const c0 = code(i);
    const cm1 = code(i - 1);
    const cm2 = code(i - 2);
    const cp1 = code(i + 1);
    const cp2 = code(i + 2);
    const o = i * SLOTS;
    ids[o] = bucket(0, 0);
    ids[o + 1] = bucket(1, cm2);
    ids[o + 2] = bucket(2, cm1);
    ids[o + 3] = bucket(3, c0);
    ids[o + 4] = bucket(4, cp1);
    ids[o + 5] = bucket(5, cp2);
    ids[o + 6] = bucket(6, cm1, c0);
    ids[o + 7] = bucket(7, c0, cp1);
    ids[o + 8] = bucket(8, cm2, cm1);
    ids[o + 9] = bucket(9, cp1, cp2);
    ids[o + 10] = bucket(10, cm1, cp1);
    ids[o + 11] = bucket(11, (cls(i - 1) & 7) * 64 + (cls(i) & 7) * 8 + (cls(i + 1) & 7));
    ids[o + 12] = bucket(12, place[i]! * 1024 + wordLength[i]! * 64 + pos[i]!);
    ids[o + 13] = bucket(13, place[i]!, c0);
    if (word[i]) ids[o + 14] = bucket(14, word[i]!);
    const ws = wordStart[i]!;
    if (ws > 0) {
      if (word[ws - 1]) ids[o + 15] = bucket(15, word[ws - 1]!);
      ids[o + 16] = bucket(16, pos[ws - 1]! * 8 + place[i]!);
    }
    const we = ws + (place[i] === 4 ? 1 : wordLength[i]!);
    if (we < n) ids[o + 17] = bucket(17, pos[we]! * 8 + place[i]!);
    if (surname[i]) ids[o + 18] = bucket(18, surname[i]!);
    if (i > 0 && surname[i - 1]) ids[o + 19] = bucket(19, surname[i - 1]!);
    if (titleBefore[i]) ids[o + 20] = bucket(20, 0);
    if (i > 0 && titleBefore[i - 1]) ids[o + 21] = bucket(21, 0);
    if (orgEnd[i]) ids[o + 22] = bucket(22, orgEnd[i]!);
    if (placeEnd[i]) ids[o + 23] = bucket(23, placeEnd[i]!);
    if (orgEnd[i + 1]) ids[o + 24] = bucket(24, 0);
    if (titleAt[i + 1]) ids[o + 25] = bucket(25, 0);
    if (titleAt[i + 2]) ids[o + 26] = bucket(26, 0);
    ids[o + 27] = bucket(27, ((cls(i - 1) & 8) >> 1) | ((cls(i) & 8) >> 2) | ((cls(i + 1) & 8) >> 3));
    if (ruleName[i]) ids[o + 28] = bucket(28, ruleName[i]!);
    // Character clusters: the character, its pairs and the triple around it, as clusters.
    const k0 = CLUSTER[c0]!;
    const km = CLUSTER[cm1]!;
    const kp = CLUSTER[cp1]!;
    ids[o + 29] = bucket(29, k0);
    ids[o + 30] = bucket(30, km, k0);
    ids[o + 31] = bucket(31, k0, kp);
    ids[o + 32] = bucket(32, km * 1024 + k0, kp);
  }
  return ids;
}
