// An edition's page index printed at the top of the front page: "02 徐汇区委季度工作会议举行", possibly with
// ranges ("08-09 …") and with entries run together by extraction ("…开幕式08-09 2023年…风采(上)02 徐汇区…").
// A two-digit number followed by a measure word ("20 个重大项目") is a quantity in a headline, not a page.
import type { PageIndexEntry } from '../model/index.js';
import type { Para } from './paragraphs.js';

const MEASURE = '个個家项項名位年月日万萬亿億元件次台户戶张張人天岁歲条條座所批届屆周週支种種类類幢套米千百余餘多%％';
const TOKEN = new RegExp(`(?<!\\d)(\\d{2})(?:\\s*[-–~]\\s*(\\d{2}))?(?!\\d)\\s*(?![${MEASURE}\\s.．])`, 'gu');
const START = new RegExp(`^${TOKEN.source}`, 'u');

export interface IndexFound {
  entries: Array<Omit<PageIndexEntry, 'start' | 'end'> & { from: number; to: number }>;
  /** Paragraphs [begin, end) hold the index. */
  begin: number;
  end: number;
}

export function findPageIndex(paras: readonly Para[], begin: number, { maxPage = 48 } = {}): IndexFound | null {
  const entries: IndexFound['entries'] = [];
  let end = begin;
  while (end < paras.length && paras[end]!.mdLevel === null && START.test(paras[end]!.text)) {
    const found = entriesOf(paras[end]!, maxPage);
    if (found.length === 0) break;
    entries.push(...found);
    end++;
  }
  // One numbered line is a headline that starts with a number; an index lists several distinct pages.
  const pages = new Set(entries.flatMap((e) => e.pages));
  if (entries.length < 2 || pages.size < 2) return null;
  return { entries, begin, end };
}

function entriesOf(p: Para, maxPage: number): IndexFound['entries'] {
  const marks = [...p.text.matchAll(TOKEN)].filter((m) => {
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    return a >= 1 && a <= maxPage && b >= a && b <= maxPage;
  });
  const out: IndexFound['entries'] = [];
  marks.forEach((m, i) => {
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    const titleFrom = m.index + m[0].length;
    const titleTo = i + 1 < marks.length ? marks[i + 1]!.index : p.text.length;
    const title = p.text.slice(titleFrom, titleTo).trim();
    if (!title) return;
    const lead = p.text.slice(titleFrom, titleTo).length - p.text.slice(titleFrom, titleTo).trimStart().length;
    const pages: number[] = [];
    for (let n = a; n <= b; n++) pages.push(n);
    out.push({ pages, title, from: p.from + titleFrom + lead, to: p.from + titleFrom + lead + title.length });
  });
  return out;
}
