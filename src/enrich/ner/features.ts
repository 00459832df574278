// Character features for the sequence model: the character and its neighbours, character pairs, the word
// jieba puts it in with that word's part of speech (nr person, ns place, nt organisation …), and what the
// newspaper register tells (a surname, a post title just before, an organisation or place ending here).
//
// Features are numbers, not strings: (template + 64 × domain) × 2⁴⁰ + payload, the payload being character
// codes or a 32-bit hash of a word. No string is built per character, so tagging keeps up with ingest.
import { tagWords } from '../../text/segment.js';
import { surnameAt, TITLES } from '../lexicon.js';

const ORG_ENDS = ['大学', '学院', '公司', '集团', '委员会', '办公室', '研究院', '研究所', '银行', '协会', '中心', '医院', '学校', '政府', '法院', '检察院', '党委', '报社', '电视台', '局', '委', '部', '厅', '院', '所', '办', '社', '会', '队', '团'];
const PLACE_ENDS = ['省', '市', '县', '区', '镇', '乡', '村', '街道', '路', '街', '州', '岛', '山', '河', '江', '湖', '港', '湾', '国', '洲', '弄'];
const TITLE_SET = new Set([...TITLES, '主席', '总理', '委员长', '总统', '首相', '大使', '同志', '先生', '女士', '教授', '将军', '烈士']);
/** Characters that mostly spell foreign names (克林斯曼, 杜伊森贝赫). */
const TITLE_LENGTHS = [...new Set([...TITLE_SET].map((t) => t.length))];
const TRANSLIT = new Set('斯基夫娃尔克拉特维德蒂姆森贝赫诺罗亚卡莱米莫穆勒奇科努塞西曼顿伊埃奥乌兹茨契洛妮娜丽莎琳菲普吉雅佩萨'.split(''));

const POS_TAGS = ['x', 'n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'v', 'vn', 'a', 'ad', 'an', 'd', 'p', 'c', 'u', 'uj', 'ul', 'm', 'q', 'r', 't', 'f', 's', 'j', 'l', 'i', 'b', 'eng', 'zg', 'ng'];
const POS_ID = new Map(POS_TAGS.map((t, i) => [t, i + 1]));
/** Annotation conventions the model knows apart (0 is the shared copy of every feature). */
export const DOMAINS: Record<string, number> = { news: 1, cluener: 2 };

const SPAN = 2 ** 40;
const START = 1; // code of the padding before the sentence
const END = 2; // and after it

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function kind(code: number): number {
  if (code === START || code === END) return 0;
  if (code >= 0x4e00 && code <= 0x9fff) return '一二三四五六七八九十百千万亿〇零两'.includes(String.fromCharCode(code)) ? 2 : 1;
  if (code >= 48 && code <= 57) return 3;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 4;
  return 5;
}

function endsWithAny(text: string, end: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.length <= end && text.startsWith(w, end - w.length)) return k + 1;
  }
  return 0;
}

/** For each character of `text`, its feature keys (the same at training and tagging). */
export function sentenceFeatures(text: string, domain = 0): number[][] {
  const n = text.length;
  const code = (i: number) => (i < 0 ? START : i >= n ? END : text.charCodeAt(i));
  // Each character's word: where in it the character stands (1 B, 2 M, 3 E, 4 S), the word and its tag.
  const place = new Uint8Array(n);
  const pos = new Uint8Array(n);
  const word = new Array<number>(n).fill(0);
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
  // A post title ending just before i (the name slot after 区委书记), or starting at i (李鹏委员长).
  const titleBefore = new Uint8Array(n + 1);
  const titleAt = new Uint8Array(n + 1);
  for (let end = 2; end <= n; end++) {
    for (const len of TITLE_LENGTHS) {
      if (len <= end && TITLE_SET.has(text.slice(end - len, end))) {
        titleBefore[end] = 1;
        titleAt[end - len] = 1;
      }
    }
  }
  const out: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c0 = code(i);
    const cm1 = code(i - 1);
    const cp1 = code(i + 1);
    const f: number[] = [
      0,
      1 * SPAN + code(i - 2),
      2 * SPAN + cm1,
      3 * SPAN + c0,
      4 * SPAN + cp1,
      5 * SPAN + code(i + 2),
      6 * SPAN + cm1 * 65536 + c0,
      7 * SPAN + c0 * 65536 + cp1,
      8 * SPAN + code(i - 2) * 65536 + cm1,
      9 * SPAN + cp1 * 65536 + code(i + 2),
      10 * SPAN + cm1 * 65536 + cp1,
      11 * SPAN + kind(cm1) * 64 + kind(c0) * 8 + kind(cp1),
      12 * SPAN + place[i]! * 1024 + wordLength[i]! * 64 + pos[i]!,
      13 * SPAN + place[i]! * 65536 + c0,
    ];
    if (word[i]) f.push(14 * SPAN + word[i]!);
    const ws = wordStart[i]!;
    if (ws > 0) {
      if (word[ws - 1]) f.push(15 * SPAN + word[ws - 1]!);
      f.push(16 * SPAN + pos[ws - 1]! * 8 + place[i]!);
    }
    const we = ws + (place[i] === 4 ? 1 : wordLength[i]!);
    if (we < n) f.push(17 * SPAN + pos[we]! * 8 + place[i]!);
    if (surnameAt(text, i) > 0) f.push(18 * SPAN);
    if (i > 0 && surnameAt(text, i - 1) > 0) f.push(19 * SPAN);
    if (titleBefore[i]) f.push(20 * SPAN);
    if (i > 0 && titleBefore[i - 1]) f.push(21 * SPAN);
    const org = endsWithAny(text, i + 1, ORG_ENDS);
    if (org) f.push(22 * SPAN + org);
    const placeEnd = endsWithAny(text, i + 1, PLACE_ENDS);
    if (placeEnd) f.push(23 * SPAN + placeEnd);
    if (endsWithAny(text, i + 2, ORG_ENDS)) f.push(24 * SPAN);
    if (titleAt[i + 1]) f.push(25 * SPAN);
    if (titleAt[i + 2]) f.push(26 * SPAN);
    const translit = (k: number) => (k >= 0 && k < n && TRANSLIT.has(text[k]!) ? 1 : 0);
    f.push(27 * SPAN + translit(i - 1) * 4 + translit(i) * 2 + translit(i + 1));
    if (domain > 0) for (let k = 0, len = f.length; k < len; k++) f.push(f[k]! + 64 * domain * SPAN);
    out[i] = f;
  }
  return out;
}
