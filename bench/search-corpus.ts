// Synthetic newspaper articles for bench/search, made at bench time from the seed pages' statistics (never
// committed): a word-bigram Markov chain over the seeds' jieba words (folded to simplified script), with a
// long tail of words drawn from jieba's dictionary by frequency, a pool of person names, dates 2015–2025,
// pages 1–16 and a few papers. Deterministic for a given seed.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { segment } from '../src/text/segment.js';
import { toSimplified } from '../src/text/fold.js';
import { seededRandom } from '../src/text/random.js';

export interface BenchDoc {
  id: number;
  headline: string;
  kicker: string | null;
  subheadline: string | null;
  body: string;
  names: string[];
  date: string;
  page: number;
  paper: string;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const PAPERS = ['徐汇报', '云溪报', '江南晚报', '青石日报'];
const TAIL = 0.12;

export interface CorpusSources {
  seedDir: string;
  examplesDir: string;
}

/** The corpus as a stream (never all in memory: a million articles is ~4 GB of JS strings) and its name pool. */
export function makeCorpus(count: number, avgChars: number, sources: CorpusSources, seed = 1): { docs: Iterable<BenchDoc>; names: string[] } {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const texts = [
    ...readdirSync(sources.seedDir).map((f) => join(sources.seedDir, f)),
    ...['01', '02', '03', '04'].map((n) => join(sources.examplesDir, 'yunxi-2025-03-10', `${n}.txt`)),
  ].map((f) => toSimplified(readFileSync(f, 'utf8')));

  // Word bigram chain: next[w] lists the words seen after w (repeats carry the counts).
  const ids = new Map<string, number>();
  const vocab: string[] = [];
  const next: number[][] = [];
  const idOf = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) {
      id = vocab.length;
      ids.set(w, id);
      vocab.push(w);
      next.push([]);
    }
    return id;
  };
  for (const text of texts) {
    const words = segment(text.replace(/\s+/g, '')).filter((w) => w.length > 0);
    for (let i = 0; i + 1 < words.length; i++) next[idOf(words[i]!)]!.push(idOf(words[i + 1]!));
  }
  const starts = next[idOf('。')]!;
  const hanChars = [...texts.join('')].filter((c) => /\p{Script=Han}/u.test(c));

  // The dictionary's long tail, sampled by frequency.
  const require = createRequire(import.meta.url);
  const dictText = readFileSync(join(require.resolve('@node-rs/jieba/package.json'), '..', 'dict.txt'), 'utf8');
  const tailWords: string[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const line of dictText.split('\n')) {
    const [w, f] = line.split(' ');
    if (!w || !f || !/^\p{Script=Han}+$/u.test(w)) continue;
    total += Math.sqrt(Number(f)); // flatter than raw counts: more distinct rare words
    tailWords.push(w);
    cumulative.push(total);
  }
  const tailWord = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return tailWords[lo]!;
  };

  const names = Array.from({ length: Math.max(200, Math.floor(count / 20)) }, () => pick([...SURNAMES]) + pick(hanChars) + (rand() < 0.7 ? pick(hanChars) : ''));

  const sentence = (maxChars: number): string => {
    let w = pick(starts);
    let out = '';
    for (let n = 0; n < 200 && out.length < maxChars; n++) {
      const word = rand() < TAIL ? tailWord() : vocab[w]!;
      if (word === '。' && out.length > 6) break;
      if (word !== '。') out += word;
      if (rand() < 0.01) out += pick(names);
      const after = next[w]!;
      w = after.length ? pick(after) : pick(starts);
    }
    return out;
  };
  const heading = (min: number, max: number) => sentence(max).replace(/[，。、；：,.;:！？!?“”"（）()《》\s]/gu, '').slice(0, min + Math.floor(rand() * (max - min)));

  const day0 = Date.UTC(2015, 0, 1);
  const days = (Date.UTC(2025, 11, 31) - day0) / 86_400_000;
  function* docs(): Generator<BenchDoc> {
    for (let id = 1; id <= count; id++) {
      const target = Math.floor(avgChars * (0.5 + rand()));
      const paragraphs: string[] = [];
      let para = '';
      let length = 0;
      while (length < target) {
        const s = `${sentence(80)}。`;
        para += s;
        length += s.length;
        if (para.length > 150 + rand() * 150) paragraphs.push(para), (para = '');
      }
      if (para) paragraphs.push(para);
      yield {
        id,
        headline: heading(8, 22),
        kicker: rand() < 0.2 ? heading(8, 16) : null,
        subheadline: rand() < 0.2 ? heading(10, 24) : null,
        body: paragraphs.join('\n'),
        names: Array.from({ length: Math.floor(rand() * 3) }, () => pick(names)),
        date: new Date(day0 + Math.floor(rand() * days) * 86_400_000).toISOString().slice(0, 10),
        page: 1 + Math.floor(rand() * 16),
        paper: pick(PAPERS),
      };
    }
  }
  return { docs: docs(), names };
}
