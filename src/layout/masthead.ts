// The masthead at the top of a page: paper name, 准印证号, 第N期(总第N期), date and weekday, in either script.
// It is found by its information line; everything above that line is masthead furniture (app and
// social-media lines, the paper's name letter-spaced).
import type { Masthead } from '../model/index.js';
import { toSimplified } from '../text/fold.js';
import type { Para } from './paragraphs.js';

const INFO_RE = /(?:准印[证證][号號]|第\s*\d+\s*期|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期)/u;
const WEEKDAYS = '一二三四五六日';

export interface MastheadFound {
  masthead: Masthead;
  /** Paragraphs [0, end) belong to the masthead. */
  end: number;
}

export function findMasthead(paras: readonly Para[], { searchFirst = 15 } = {}): MastheadFound | null {
  const limit = Math.min(paras.length, searchFirst);
  for (let i = 0; i < limit; i++) {
    const p = paras[i]!;
    if (!INFO_RE.test(p.text) || !/准印|第\s*\d+\s*期|星期/u.test(p.text)) continue;
    const region = paras.slice(0, i + 1);
    return { masthead: parse(region), end: i + 1 };
  }
  return null;
}

function parse(region: readonly Para[]): Masthead {
  let all = region[0]?.text ?? '';
  for (let i = 1; i < region.length; i++) all += '\n' + region[i]!.text;
  const date = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(all);
  const weekday = /星期\s*([一二三四五六日天])/u.exec(all);
  const printed = paperName(region);
  return {
    start: 0,
    end: 0,
    paper: printed ? toSimplified(printed) : null,
    paperPrinted: printed,
    licence: /准印[证證][号號]\s*[:：]?\s*([（(]?[A-Z]?[)）]?\s*\d+)/u.exec(all)?.[1]?.replace(/[（）]/gu, (c) => (c === '（' ? '(' : ')')).replace(/\s+/g, '') ?? null,
    issue: num(/(?<![总總])第\s*(\d+)\s*期/u.exec(all)?.[1]),
    totalIssue: num(/[总總]\s*第\s*(\d+)\s*期/u.exec(all)?.[1]),
    date: date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : null,
    weekday: weekday ? WEEKDAYS.indexOf(weekday[1] === '天' ? '日' : weekday[1]!) + 1 : null,
    url: /(https?:\/\/[^\s<>]+)/u.exec(all)?.[1] ?? null,
  };
}

/** 《徐匯報》 wins; else a short line that ends in 报/報 (often letter-spaced: "徐 匯 報"). */
function paperName(region: readonly Para[]): string | null {
  for (const p of region) {
    const m = /《([^》]{2,12}?[报報])》/u.exec(p.text);
    if (m) return m[1]!;
  }
  for (const p of region) {
    const t = p.text.replace(/\s+/g, '');
    if (/^[\u4e00-\u9fff]{2,8}(?:日报|日報|晚报|晚報|报|報)$/u.test(t)) return t;
  }
  return null;
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}
