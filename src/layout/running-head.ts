// Page furniture a positioned or tagged source marks as such (running heads and feet, an HTML page's date
// line and banner): paper name, date, weekday, issue numbers and page number (第N版), as page metadata.
import type { Masthead } from '../model/index.js';
import { toSimplified } from '../text/fold.js';
import { pageNumber } from './page-number.js';

export interface RunningHead {
  masthead: Masthead | null;
  number: number | null;
}

const WEEKDAYS = '一二三四五六日';

export function runningHead(texts: readonly string[]): RunningHead {
  const all = texts.join('\n');
  const date = /(\d{4})\s*(?:年\s*|-)(\d{1,2})\s*(?:月\s*|-)(\d{1,2})/u.exec(all);
  const page = /第\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*版/u.exec(all) ?? /^\s*([0-9]{1,2})\s*$/mu.exec(all);
  const paper = /《([^》]{2,12}?[报報])》/u.exec(all)?.[1] ?? /(?:^|\s)([\u4e00-\u9fff]{2,8}?(?:日报|日報|晚报|晚報|报|報))(?=[\s\d０-９（(]|$)/mu.exec(all)?.[1] ?? null;
  const weekday = /星期\s*([一二三四五六日天])/u.exec(all);
  const issue = /(?<![总總])第\s*(\d+)\s*期/u.exec(all)?.[1];
  const totalIssue = /[总總]\s*第\s*(\d+)\s*期/u.exec(all)?.[1];
  const masthead: Masthead | null =
    date || paper || issue || totalIssue
      ? {
          start: 0,
          end: 0,
          paper: paper ? toSimplified(paper) : null,
          paperPrinted: paper,
          licence: null,
          issue: issue ? Number(issue) : null,
          totalIssue: totalIssue ? Number(totalIssue) : null,
          date: date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : null,
          weekday: weekday ? WEEKDAYS.indexOf(weekday[1] === '天' ? '日' : weekday[1]!) + 1 : null,
          url: null,
        }
      : null;
  const n = page ? pageNumber(page[1]!) : 0;
  return { masthead, number: n > 0 ? n : null };
}
