// What a figure counts, read from the words around it with jieba's parts of speech:
//   走廊内将集聚科技型企业1500家      → 科技型企业        (the noun phrase after the last verb)
//   比重达到18.5%                     → 比重              (a verb that only links the figure is dropped)
//   11家企业签署意向协议              → 企业              (after a measure word: nouns up to the first verb)
//   5位“引才伯乐”受到表彰             → 引才伯乐          (a quoted name is one noun)
//   1000万元的信用贷款支持            → 信用贷款支持      (a figure that qualifies the noun after 的)
// Verbs that stand inside a compound metric (老旧小区改造, 电梯加装) stay in it.
import { tagWords } from '../text/segment.js';

interface Word {
  word: string;
  tag: string;
}

/** Verbs that link the figure to its metric: dropped from the end of what precedes a figure. */
const LINKING = new Set(['达到', '达', '为', '是', '有', '超过', '超', '突破', '实现', '占', '完成', '累计', '共计', '总计', '给予', '逾', '近', '约', '达成', '新增', '增至']);
/** Verbs jieba tags v that newspapers use as part of a compound metric. */
const IN_METRIC = new Set(['创新', '研发', '改造', '征收', '修缮', '加装', '建设', '投资', '投入', '共享', '实到', '养老', '托育', '就业', '服务', '开工', '完工', '新开工', '备案', '交易', '消费', '融合', '实践', '应用', '示范', '孵化', '增加', '招商', '推介', '更新', '搬迁', '生效', '培训', '出口']);
/** Tags that end a metric: verbs, prepositions, conjunctions, particles, adverbs, pronouns (not localisers: 规模以上). */
const STOP = /^(?:v|p|c|u|d|r|y|e|o|ad)/u;
/** Words that say when or where over all, not what: dropped from the front (2024年全区…, 首期…). */
const SETTING = new Set(['年', '今年', '去年', '明年', '全年', '当年', '首期', '目前', '近年', '未来', '全区', '全市', '全国', '区内', '市内']);
/** Words jieba tags as nouns that work as adverbs (水质全部达到, 工程全面完工). */
const ADVERBIAL = new Set(['全部', '全面', '均']);
/** Words that list nouns rather than end a clause: 产品和服务. */
const LISTING = new Set(['和', '与', '及', '及其']);
const QUOTED = /^[“"]([^”"]{1,16})[”"]/u;

const isStop = (w: Word) => (STOP.test(w.tag) && w.tag !== 'vn' && !IN_METRIC.has(w.word) && !LISTING.has(w.word)) || ADVERBIAL.has(w.word);
const isNoun = (w: Word) => /^(?:n|vn|j|l|x)/u.test(w.tag) && w.word.length >= 2 && isHan(w);
const isHan = (w: Word) => /[\u4e00-\u9fff]/u.test(w.word);
const join = (words: readonly Word[]) => words.map((w) => w.word).join('');

/** The metric before a figure, from `before` (the clause up to the figure), or '' when it names none. */
export function metricBefore(before: string): string {
  const words = tagWords(before.replace(/[“”"]/gu, ''));
  while (words.length > 0 && (LINKING.has(words.at(-1)!.word) || /^[dpcu]/u.test(words.at(-1)!.tag) || !isHan(words.at(-1)!))) words.pop();
  let start = 0;
  for (let i = 0; i < words.length - 1; i++) if (isStop(words[i]!)) start = i + 1;
  while (start < words.length - 1 && (/\d/u.test(words[start]!.word) || SETTING.has(words[start]!.word))) start++;
  return join(words.slice(start));
}

/** The metric after a figure's unit, from `after` (the rest of the clause), or '' when none follows. */
export function metricAfter(after: string): string {
  // After 的 the words name a thing, whatever jieba tags them (的贴息支持).
  let nominal = after.startsWith('的');
  let rest = nominal ? after.slice(1) : after;
  // 40个功能复合的“生活盒子”: a clause that describes the noun after 的 (but 6057证住户的东安一村: 住户 is it).
  const of = rest.indexOf('的');
  if (of > 0 && of <= 8 && !/[，。；、]/u.test(rest.slice(0, of)) && !isNoun(tagWords(rest.slice(0, of)).at(-1)!)) {
    rest = rest.slice(of + 1);
    nominal = true;
  }
  const quoted = QUOTED.exec(rest);
  let head = '';
  if (quoted) {
    head = quoted[1]!;
    rest = rest.slice(quoted[0].length);
  }
  const words = tagWords(rest.slice(0, 12));
  let i = 0;
  while (!nominal && i < words.length - 1 && (words[i]!.tag === 'd' || words[i]!.word === '拟')) i++;
  // Before the head noun, verbs modify it (实习岗位, 入驻企业); after it, they start the predicate.
  let seen = head.length > 0;
  let end = i;
  for (; end < words.length && isHan(words[end]!); end++) {
    const w = words[end]!;
    if (nominal ? /^[pcuy]/u.test(w.tag) : seen && (isStop(w) || w.tag === 't')) break;
    if (!seen && /^[pcuyeo]/u.test(w.tag)) break;
    seen ||= isNoun(w);
  }
  // 10万张卡: a one-character noun is a metric only when it is all there is.
  if (!seen && !nominal) return end === i + 1 && words[i]!.tag.startsWith('n') ? words[i]!.word : head;
  return head + join(words.slice(i, end));
}
