// Figures: a number with a unit, what it counts, how it changed, over which period, and how exact it is.
//   完成区级财政收入250.85亿元，同比增长10.87%  → 区级财政收入 250.85 亿元, change up 10.87 % (同比)
//   新落地7家亿元级项目                          → 亿元级项目 7 家
//   六千余户东安居民                             → 东安居民 6000 户, qualifier 余
import type { Figure, FigureChange } from '../model/index.js';
import { metricAfter, metricBefore } from './metric.js';
import { parseNumber } from './numerals.js';
import { tagWords } from '../text/segment.js';

/** A figure's fields as the model names them, at [from, to) of the sentence it was read from. */
export interface FoundFigure extends Pick<Figure, 'metric' | 'value' | 'unit' | 'qualifier' | 'change' | 'period'> {
  from: number;
  to: number;
}

/** Units after which the thing counted follows the figure (7家亿元级项目); the others follow what they measure. */
const COUNT_UNITS = ['万人次', '人次', '万人', '人', '名', '位', '家', '个', '台', '户', '万户', '万张', '张', '项', '套', '幢', '栋', '辆', '场', '所', '款', '次', '座', '条', '间', '证', '批', '处', '件', '只', '棵', '株', '门栋', '个月', '届', '余'];
const MEASURE_UNITS = ['万亿元', '亿美元', '万美元', '亿元', '万元', '千元', '美元', '元', '万平方米', '平方米', '万平方公里', '平方公里', '公顷', '亩', '%', '％', '个百分点', '百分点', '‰', '万吨', '吨', '公里', '千米', '米', '天', '小时', '分钟', '倍', '万'];
const UNITS = [...COUNT_UNITS.filter((u) => u !== '余'), ...MEASURE_UNITS].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PRE_QUALIFIER = '超过|超|逾|将近|接近|近|(?<!签|节|制|公|条)约|大约|达|高达|共|累计|不到|不足|至少';
const NUMBER = String.raw`\d+(?:\.\d+)?|[一二两三四五六七八九]?[十百千][零〇一二两三四五六七八九十百千]*`;
const PATTERN = new RegExp(
  `(?<![\\d.第〇零一二两三四五六七八九十百千])(${PRE_QUALIFIER})?(${NUMBER})\\s*(余|多)?\\s*(${UNITS.map(escape).join('|')})(以上|以下|左右|多)?(?![版期号年月日级])`,
  'gu',
);

const CHANGE_VERB = /(同比|环比|比上年|较上年)?(增长|增加|提高|上升|上涨|提升|增幅为?|下降|减少|降低|回落|降幅为?)了?(?:约|近|超过?)?\s*$/u;
const DOWN = /下降|减少|降低|回落|降幅/;
const DELIMITERS = '，。；：、\n“”（）《》';
const LEADING_VERBS = /^(?:全区|全市|其中|同时|此外|仅|共|已|还|完成|实现|新增|累计|共计|总计|达到|达|有|引进|吸引|建设|提供|投用了?|突破|预计|占|为|新|可)+/u;
const TRAILING_NOISE = /(?:共|已|达|为|(?<!签)约|超过?|逾|近|总计|累计|可|将)+$/u;
const DURATIONS = new Set(['分钟', '小时', '天']);
const CLAUSE_END = '，。；：、\n（）《》';
const PERIOD = /(“?十[三四五]五”?(?:期间|以来|末)|过去一年|过去五年|五年来|今年以来|今年|去年|明年|全年|当年|上半年|下半年|前三季度|[一二三四]季度|\d{4}年度?)/gu;

export function findFigures(text: string): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [whole, pre, numberText, approx, unit, post] = m;
    const value = parseNumber(numberText!);
    if (value === null) continue;
    const from = m.index;
    const to = from + whole.length;
    if (DURATIONS.has(unit!) && !post && namesANoun(text, to)) continue; // 15分钟社区生活圈: a name, not a figure
    const qualifier = [pre, approx, post].filter(Boolean).join('') || null;
    const clauseStart = Math.max(lastDelimiter(text, from), out.at(-1)?.to ?? 0);
    const before = text.slice(clauseStart, from);
    const verb = CHANGE_VERB.exec(before);
    if (verb) {
      const change: FigureChange = { direction: DOWN.test(verb[2]!) ? 'down' : 'up', verb: verb[2]!.replace(/为$/, ''), value, unit: unit!, basis: verb[1] ?? null };
      const level = out.at(-1);
      const metric = metricBefore(trimmed(before.slice(0, verb.index)));
      // 250.85亿元，同比增长10.87%: a change with nothing of its own before it belongs to the figure before it.
      const adjacent = level && /^[，\s]*$/.test(text.slice(level.to, clauseStart + verb.index));
      if (level && level.change === null && level.value !== null && (adjacent || (metric === '' && sameSentence(text, level.to, from)))) {
        level.change = change;
        level.to = to;
        continue;
      }
      out.push({ from: clauseStart + verb.index, to, metric, value: null, unit: null, qualifier, change, period: periodBefore(text, from) });
      continue;
    }
    out.push({ from, to, metric: metricOf(text, clauseStart, from, to, unit!), value, unit: unit!, qualifier, change: null, period: periodBefore(text, from) });
  }
  return out;
}

/** Does a noun follow at once (15分钟|社区生活圈), making the duration part of a name? */
function namesANoun(text: string, at: number): boolean {
  return /^n/u.test(tagWords(text.slice(at, at + 4))[0]?.tag ?? '');
}

function sameSentence(text: string, from: number, to: number): boolean {
  return !/[。！？\n]/u.test(text.slice(from, to));
}

function lastDelimiter(text: string, at: number): number {
  let i = at;
  while (i > 0 && !DELIMITERS.includes(text[i - 1]!)) i--;
  return i;
}

function metricOf(text: string, clauseStart: number, from: number, to: number, unit: string): string {
  let end = to;
  while (end < text.length && end - to < 16 && !CLAUSE_END.includes(text[end]!)) end++;
  const after = text.slice(to, end).replace(/^\s+/u, '');
  // 7家亿元级项目 counts what follows; 1000万元的信用贷款 qualifies it.
  const counted = COUNT_UNITS.includes(unit) || after.startsWith('的') ? metricAfter(after) : '';
  return counted || metricBefore(trimmed(text.slice(clauseStart, from))) || metricAfter(after);
}

/** The clause before a figure without the words that only lead into it (全区, 其中, 累计 …). */
function trimmed(before: string): string {
  return before.replace(/^\s+/, '').replace(LEADING_VERBS, '').replace(TRAILING_NOISE, '').trim();
}

function periodBefore(text: string, at: number): string | null {
  let s = at;
  while (s > 0 && !'。！？\n'.includes(text[s - 1]!)) s--;
  let found: string | null = null;
  for (const m of text.slice(s, at).matchAll(PERIOD)) found = m[1]!;
  return found;
}
