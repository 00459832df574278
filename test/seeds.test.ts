// End to end on the five real pages in ../shared/corpus/xuhuibao: what a careful reader sees.
// Assertions use short snippets only; the seed text is read at run time, never copied here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { processPage } from '../src/pipeline.js';
import { applyEdits } from '../src/model/index.js';
import type { PageRecord } from '../src/store/types.js';
import { seedDir } from './paths.js';

const files = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const seed = (n: number): PageRecord => {
  const f = files.find((x) => x.startsWith(String(n).padStart(3, '0')))!;
  return processPage({ bytes: readFileSync(join(seedDir, f)), sourceFile: f, paper: '徐汇报' });
};
const heads = (r: PageRecord) => r.articles.map((a) => a.article.headline?.text ?? '');
const find = (r: PageRecord, start: string) => {
  const a = r.articles.find((x) => x.article.headline?.text.startsWith(start));
  assert.ok(a, `no article headed "${start}…" in ${JSON.stringify(heads(r))}`);
  return a;
};
const names = (a: { article: { byline: { people: { name: string }[] } | null } }) => a.article.byline?.people.map((p) => p.name) ?? [];

describe('seed page 000 (front page with page index)', () => {
  const r = seed(0);
  it('should recognise the page index as an index, not as articles', () => {
    assert.deepEqual(r.page.layout.index.map((e) => e.pages), [[2], [3], [4]]);
    assert.equal(r.page.layout.index[1]!.title.startsWith('深度融合'), true);
    assert.equal(r.pageNumber, 1);
    assert.ok(!heads(r).some((h) => /^0[234]/.test(h)));
  });
  it('should find the three front-page articles with their headline blocks', () => {
    assert.equal(r.articles.length, 3);
    const a = find(r, '20个重大项目');
    assert.ok(a.article.subheadline?.text.includes('联动创新区”建设正式启动'));
    const b = find(r, '徐汇东安一、二村集中搬迁');
    assert.equal(b.article.kicker?.text.startsWith('上海史上最大单地块'), true);
    const c = find(r, '“模速空间”周年');
    assert.ok(c.article.subheadline?.text.endsWith('揭牌仪式顺利举办'));
  });
  it('should read the source line and the jumps', () => {
    assert.deepEqual(find(r, '20个重大项目').article.source && { kind: find(r, '20个重大项目').article.source!.kind, name: find(r, '20个重大项目').article.source!.name }, { kind: '来源', name: '区投促办' });
    assert.equal(find(r, '徐汇东安').article.jumpTo?.page, 2);
    assert.equal(find(r, '“模速空间”').article.jumpTo?.page, 2);
    assert.ok(!find(r, '徐汇东安').text.includes('下转'));
  });
  it('should keep section subheads inside their article', () => {
    const subheads = find(r, '20个重大项目').article.blocks.filter((b) => b.type === 'subhead');
    assert.equal(subheads.length, 3);
  });
  it('should list the reporters of an unmarked byline', () => {
    assert.deepEqual(names(find(r, '徐汇东安')), ['刘坤', '王永娟', '陈文卿', '肖乐鑫', '刘倩朋']);
  });
  it('should re-join words broken over blank lines', () => {
    const text = find(r, '20个重大项目').text;
    assert.ok(text.includes('区委常委、宣传部部长'));
    assert.ok(find(r, '徐汇东安').text.includes('党组书记、局长'));
  });
  it('should infer the edition date from the latest date the page reports', () => {
    assert.equal(r.edition.date, '2024-10-18');
    assert.equal(r.edition.dateInferred, true);
  });
});

describe('seed page 001 (traditional script, masthead)', () => {
  const r = seed(1);
  it('should parse every masthead field', () => {
    const m = r.page.layout.masthead!;
    assert.deepEqual(
      { paper: m.paper, printed: m.paperPrinted, licence: m.licence, issue: m.issue, total: m.totalIssue, date: m.date, weekday: m.weekday },
      { paper: '徐汇报', printed: '徐匯報', licence: '(B)0150', issue: 40, total: 1746, date: '2023-10-02', weekday: 1 },
    );
    assert.deepEqual([r.edition.date, r.edition.dateInferred, r.edition.totalIssue], ['2023-10-02', false, 1746]);
  });
  it('should attach a headline and byline printed after their body to that body', () => {
    const a = find(r, '我區生態文明建設');
    assert.ok(a.article.blocks[0]!.text.startsWith('9月26日下午'));
    assert.deepEqual(names(a), ['劉坤', '陳文卿']);
    assert.equal(a.article.blocks.filter((b) => b.type === 'subhead').length, 3);
    const first = find(r, '徐匯區召開區委區政府');
    assert.ok(!first.text.includes('9月26日下午'));
    assert.equal(first.article.blocks.filter((b) => b.type === 'subhead').length, 3);
  });
  it('should read bylines after □ and a photographer credit', () => {
    assert.deepEqual(names(find(r, '徐匯區召開')), ['劉坤', '朱亮', '陳文卿']);
    const photo = r.articles.find((a) => a.article.kind === 'photo-news')!;
    assert.deepEqual(photo.article.byline?.people.map((p) => [p.name, p.role]), [['朱亮', 'photographer']]);
    assert.ok(!photo.text.includes('攝影報道'));
  });
  it('should keep printed script for display and fold it for the index', () => {
    const a = find(r, '徐匯區召開');
    assert.ok(a.text.includes('徐匯區'));
    assert.ok(a.textSimplified.includes('徐汇区'));
    assert.ok(!a.textSimplified.includes('區'));
  });
  it('should find four articles', () => assert.equal(r.articles.length, 4));
});

describe('seed page 002 (scrambled index, kicker)', () => {
  const r = seed(2);
  it('should untangle the scrambled page index', () => {
    assert.deepEqual(r.page.layout.index.map((e) => e.pages), [[12], [8, 9], [2]]);
    assert.ok(r.page.layout.index[1]!.title.includes('道德模范风采'));
  });
  it('should take a parallel couplet above a headline as its kicker', () => {
    const a = find(r, '徐汇区、复旦大学和中智股份');
    assert.equal(a.article.kicker?.text, '功以才成 业由才广');
    assert.deepEqual(names(a), ['刘坤', '陈文卿']);
  });
  it('should start an article at a headline its lead restates, without byline or source above', () => {
    const a = find(r, '曹立强走访调研');
    assert.equal(a.article.source?.name, '区委办');
    assert.ok(a.text.endsWith('参加调研。'));
  });
  it('should remove spaces between digits and Chinese', () => {
    const a = find(r, '23个重大项目');
    assert.ok(a.text.startsWith('5月23日上午,2024年'));
    assert.ok(a.text.includes('增长12.7%'));
  });
  it('should find three articles', () => assert.equal(r.articles.length, 3));
});

describe('seed page 003 (Markdown headings, interleaved columns)', () => {
  const r = seed(3);
  it('should keep Markdown section headings inside one article', () => {
    assert.equal(r.articles.length, 1);
    const a = r.articles[0]!.article;
    assert.ok(a.headline?.text.startsWith('全力做好中心城区'));
    assert.ok(a.blocks.filter((b) => b.type === 'subhead').length >= 3);
  });
  it('should rebuild the reading order of the interleaved columns where it reads clearly, and flag the rest', () => {
    assert.ok(r.page.order, 'no reading order');
    const notes = r.page.messages.filter((m) => m.ruleId === 'repair/column-order');
    assert.ok(notes.some((m) => m.reason.includes('rebuilt')) && notes.some((m) => m.reason.includes('printed order kept')));
    const text = r.articles[0]!.text;
    assert.ok(text.includes('浦江实验室永久用房开工建设'));
    assert.ok(text.includes('生产总值增长5.5%以上'));
  });
  it('should keep the printed order and raise no OCR notes when the OCR repairs are off', () => {
    const f = files.find((x) => x.startsWith('003'))!;
    const off = processPage({ bytes: readFileSync(join(seedDir, f)), sourceFile: f, paper: '徐汇报' }, { repair: { confusions: false, columns: false, gaps: false } });
    assert.equal(off.page.order, undefined);
    const ocr = new Set(['repair/column-order', 'repair/missing-or-extra', 'repair/ocr-confusion', 'repair/real-word-cue']);
    assert.ok(r.page.messages.some((m) => ocr.has(m.ruleId)));
    assert.deepEqual([...off.page.messages, ...off.page.edits].filter((x) => ocr.has('ruleId' in x ? x.ruleId : x.rule)), []);
    assert.equal(off.articles[0]!.article.headline?.text, r.articles[0]!.article.headline?.text);
  });
  it('should keep the photo caption in the flow as a caption', () => {
    const captions = r.articles[0]!.article.blocks.filter((b) => b.type === 'caption');
    assert.equal(captions.length, 1);
    assert.ok(captions[0]!.text.includes('口袋公园'));
  });
});

describe('seed page 004 (reprinted feature)', () => {
  const r = seed(4);
  it('should keep quoted section titles inside the feature', () => {
    assert.equal(r.articles.length, 1);
    const a = r.articles[0]!.article;
    assert.equal(a.kind, 'feature');
    assert.deepEqual(a.blocks.filter((b) => b.type === 'subhead').map((b) => b.text), ['"核爆点"', '"世界级"', '"小确幸"']);
    assert.deepEqual([a.source?.kind, a.source?.name], ['摘编自', '上观新闻']);
  });
  it('should re-join a word broken across seven blank lines', () => {
    assert.ok(r.articles[0]!.text.includes('清华大学交叉信息研究院'));
  });
});

describe('column order on single-column pages', () => {
  it('should keep the printed order of every other seed page', () => {
    for (const n of [0, 1, 2, 4]) {
      const r = seed(n);
      assert.equal(r.page.order, undefined, `page ${n}`);
      assert.deepEqual(r.page.messages.filter((m) => m.ruleId === 'repair/column-order'), [], `page ${n}`);
    }
  });
});

describe('provenance', () => {
  it('should point every headline and block back at the raw text it came from', () => {
    for (const n of [0, 1, 2, 4]) {
      const r = seed(n);
      const raw = r.page.source.text;
      for (const { article } of r.articles) {
        for (const node of [article.headline, ...article.blocks]) {
          if (!node) continue;
          const original = applyEdits(raw, r.page.edits, ['display'], node).text.replace(/\s+/g, '');
          // The raw span holds the same characters, modulo whitespace that repairs removed and misprints they fixed.
          assert.equal(original, node.text.replace(/\s+/g, ''), `page ${n}: ${node.text.slice(0, 12)}`);
        }
      }
    }
  });
});
