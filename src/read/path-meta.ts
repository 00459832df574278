// What a file's path says about the page inside it, for archives laid out as
// paper/2025-03-10/01.txt, yunxi-20250310-p02.txt or 第3版.txt. Only a hint: printed facts win.

export interface PathMeta {
  date: string | null;
  page: number | null;
}

export function pathMeta(path: string): PathMeta {
  const d = /(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(path);
  let date: string | null = null;
  if (d) {
    const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    if (y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && day >= 1 && day <= 31) date = `${d[1]}-${d[2]}-${d[3]}`;
  }
  // The page number is the whole file name ("01", "第3版") or a marked suffix ("…-p02", "…_page3").
  const stem = (path.split(/[\\/]/).pop() ?? '').replace(/(\.[a-z0-9]{1,5})+$/i, '');
  const p = /^(?:p|page|第)?0*(\d{1,2})版?$/i.exec(stem) ?? /[-_ ](?:p|page|第)0*(\d{1,2})版?$/i.exec(stem);
  const page = p ? Number(p[1]) : null;
  return { date, page: page && page > 0 ? page : null };
}
