// The paper's home district: 区委 in 徐汇报 is 徐汇区委. From the paper's name when the masthead gives it
// (徐汇报 → 徐汇), else the district the page names most often (three times, or twice when no other is named as
// often).
import { toSimplified } from '../text/fold.js';

/** Words ending in 区 that are not districts. */
const NOT_DISTRICTS = new Set([
  '城区', '园区', '社区', '小区', '街区', '景区', '市区', '辖区', '片区', '校区', '我区', '全区', '本区', '该区', '各区', '郊区', '山区',
  '地区', '新区', '示范区', '集聚区', '先导区', '创新区', '功能区', '试验区', '开发区', '风貌区', '生活区', '保护区', '核心区', '展区',
  '心城区', '中心区', '联动区', '贸区', '业区', '技区', '验区', '范区', '导区', '聚区', '新城区', '老城区', '两区', '三区', '五区', '入区',
]);

/** `pageText` may be in either script: names are folded to simplified before they are counted. */
export function homeDistrict(paper: string | null, pageText: string): string | null {
  const fromPaper = paper?.match(/^([\u4e00-\u9fff]{2,3}?)(?:区)?报$/u)?.[1];
  if (fromPaper) return fromPaper;
  const counts = new Map<string, number>();
  for (const m of pageText.matchAll(/([\u4e00-\u9fff]{2})[区區]/gu)) {
    const word = toSimplified(m[0]);
    if (NOT_DISTRICTS.has(word) || NOT_DISTRICTS.has(word.slice(1))) continue;
    counts.set(word.slice(0, 2), (counts.get(word.slice(0, 2)) ?? 0) + 1);
  }
  // Named at least three times, or twice with no other district named as often.
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (first[1] === 2 && second?.[1] === 2)) return null;
  return first[0];
}
