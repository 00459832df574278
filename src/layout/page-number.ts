// A printed page number: 2, ０２, 二, 十二, 二十三 (as in 第二版, 下转第12版).
const CHINESE_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function pageNumber(s: string): number {
  const ascii = s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (s.length === 1) return CHINESE_NUM[s] ?? 0;
  if (s.startsWith('十')) return 10 + (CHINESE_NUM[s[1]!] ?? 0);
  return (CHINESE_NUM[s[0]!] ?? 0) * 10 + (CHINESE_NUM[s[2]!] ?? 0);
}

