// Small formatting helpers shared by the views: dates, edition names, bylines.
import type { EditionSummary } from '../queries.js';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** "2025年3月10日 星期一" from an ISO date. */
export function chineseDate(iso: string | null, weekday = true): string {
  if (!iso) return '日期不详';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${y}年${m}月${d}日${weekday ? ` 星期${WEEKDAYS[day]}` : ''}`;
}

export function editionName(e: Pick<EditionSummary, 'paper' | 'date' | 'date_inferred'>): string {
  return `${e.paper ?? '未知报纸'} ${chineseDate(e.date, false)}${e.date_inferred ? '(推断日期)' : ''}`;
}

export function issueLine(e: Pick<EditionSummary, 'issue' | 'total_issue'>): string {
  if (e.issue === null) return '';
  return `第${e.issue}期${e.total_issue !== null ? `(总第${e.total_issue}期)` : ''}`;
}

export const pageLabel = (page: number | null) => (page === null ? '版次不详' : `第${page}版`);

export const number = (n: number) => n.toLocaleString('zh-CN');
