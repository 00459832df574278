// Test support: builds a small but complete PageRecord by hand (fictional paper, fictional news), so store
// tests need no pipeline. Deterministic: the same options give the same bytes, hence the same sha256.

import { createHash } from 'node:crypto';
import type { Article, Contributor, Edition, Page, Span } from '../model/index.js';
import { edit, message } from '../model/index.js';
import type { ArticleRecord, PageRecord } from './types.js';

export interface FixtureOptions {
  /** Varies the text, hence the sha256: records with different salts are different pages. */
  salt?: string | number;
  paper?: string | null;
  date?: string | null;
  dateInferred?: boolean;
  issue?: number | null;
  totalIssue?: number | null;
  licence?: string | null;
  pageNumber?: number | null;
  articles?: number;
  /** Broken lines per article body, each repaired by one edit. */
  editsPerArticle?: number;
  newline?: 'lf' | 'crlf';
  bom?: boolean;
}

const topics = ['青石镇春季植树活动启动', '社区图书馆延长开放时间', '滨河步道改造完工', '老年助餐点新增三处'];
const sentences = ['居民代表到场参加', '街道负责人介绍了进展', '项目预计年内完成', '志愿者提供现场服务', '相关部门将持续跟进'];
const people: Contributor[][] = [
  [
    { name: '王晓明', role: 'reporter', title: '记者' },
    { name: '陈思远', role: 'correspondent', title: '通讯员' },
  ],
  [{ name: '李静', role: 'photographer', title: '摄影' }],
];

export function fixtureRecord(options: FixtureOptions = {}): PageRecord {
  const {
    salt = 0,
    paper = '青石报',
    date = '2024-03-01',
    dateInferred = false,
    issue = null,
    totalIssue = null,
    licence = null,
    pageNumber = 1,
    articles: articleCount = 2,
    editsPerArticle = 2,
    newline = 'lf',
    bom = false,
  } = options;
  const nl = newline === 'crlf' ? '\r\n' : '\n';
  let raw = '';
  const line = (text: string): Span => {
    const start = raw.length;
    raw += text + nl;
    return { start, end: start + text.length };
  };

  const masthead = line(`${paper ?? '无名报'} ${date ?? '日期不详'} 第${pageNumber ?? '?'}版 ${salt}`);
  const brokenLines: number[] = [];
  const records: ArticleRecord[] = [];
  for (let k = 0; k < articleCount; k++) {
    const start = raw.length;
    const kicker = k % 2 === 0 ? { ...line('——基层治理观察'), text: '——基层治理观察' } : null;
    const headlineText = `${topics[k % topics.length]}(${salt}-${k})`;
    const headline = { ...line(headlineText), text: headlineText };
    const crew = people[k % people.length] ?? [];
    const bylineText = crew.map((p) => `${p.title} ${p.name}`).join(' ');
    const byline = { ...line(bylineText), text: bylineText, people: crew };
    const bodyLines = Array.from({ length: editsPerArticle + 1 }, (_, i) => `${sentences[(i + k) % sentences.length]}${i}。`);
    const bodyStart = raw.length;
    bodyLines.forEach((text, i) => {
      const span = line(text);
      if (i < bodyLines.length - 1) brokenLines.push(span.end);
    });
    const body = bodyLines.join('');
    const bodyEnd = raw.length - nl.length;
    const source = k % 2 === 1 ? { ...line('来源:区投促办'), text: '来源:区投促办', kind: '来源' as const, name: '区投促办' } : null;
    const jumpTo = k === 0 ? { ...line('(下转第2版)'), text: '(下转第2版)', direction: 'to' as const, page: 2 } : null;
    const article: Article = {
      type: 'article',
      kind: k % 2 === 1 ? 'photo-news' : 'news',
      start,
      end: raw.length - nl.length,
      kicker,
      headline,
      subheadline: null,
      byline,
      blocks: [{ type: 'paragraph', start: bodyStart, end: bodyEnd, text: body }],
      source,
      jumpTo,
      jumpFrom: null,
    };
    records.push({ seq: k, article, text: body, textSimplified: body });
  }

  const edits = brokenLines.map((at) => edit(raw, at, at + nl.length, '', 'repair/join-broken-lines'));
  const edition: Edition = { type: 'edition', paper, date, dateInferred, issue, totalIssue, licence };
  const page: Page = {
    type: 'page',
    source: { type: 'page-source', text: raw, encoding: 'utf-8', bom, newline, format: 'text', lines: [], sourceFile: null },
    edits,
    layout: {
      type: 'page-layout',
      masthead: {
        ...masthead,
        paper,
        paperPrinted: paper,
        licence,
        issue,
        totalIssue,
        date,
        weekday: null,
        url: null,
      },
      index: [],
      articles: records.map((r) => r.article),
      number: pageNumber,
    },
    messages: [message('layout/fixture-doubt', '版面末尾有一段无法归属的文字', masthead), message('read/fixture-note', '整版无图片')],
  };
  const text = new TextEncoder().encode(raw);
  const bytes = bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...text]) : text;
  const sourceFile = `qingshi-${date ?? 'undated'}-${pageNumber ?? 'x'}-${salt}.txt`;
  page.source.sourceFile = sourceFile;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { sha256, bytes, sourceFile, edition, pageNumber, page, articles: records };
}
