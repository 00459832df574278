import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { InputError } from '../../model/index.js';
import { repoRoot } from '../../../test/paths.js';
import { readHtml } from './read-html.js';

const fixture = (name: string) => readFileSync(join(repoRoot, 'test', 'fixtures', 'html', name));
const roles = (html: Uint8Array) => {
  const s = readHtml(html);
  return s.lines.map((l) => [l.role, s.text.slice(l.start, l.end)] as const);
};

describe('readHtml', () => {
  it('should give kicker, headline, subheadline, date line, body and caption their roles in page order', () => {
    const r = roles(fixture('2025-06-02-02-elevators.html'));
    const byRole = (role: string) => r.filter(([k]) => k === role).map(([, t]) => t);
    assert.deepEqual(byRole('kicker'), ['老旧小区改造再提速']);
    assert.deepEqual(byRole('headline'), ['云溪区启动加装电梯三年行动']);
    assert.deepEqual(byRole('subheadline'), ['今年计划完成一百二十台 居民出资比例进一步降低']);
    assert.deepEqual(byRole('furniture'), ['《云溪报》', '第02版：要闻', '2025-06-02 总第1832期']);
    assert.deepEqual(byRole('caption'), ['槐荫新村居民试乘新装电梯']);
    assert.equal(byRole('body').length, 6);
    assert.match(byRole('body')[1]!, /^6月1日上午.*“悬空老人”的困境。$/u);
  });

  it('should never take text from scripts, styles, comments, navigation or the footer', () => {
    const { text } = readHtml(fixture('2025-06-02-02-elevators.html'));
    for (const junk of ['脚本', '假标题', 'text-indent', '编辑备注', '首页', '版权所有', 'alert']) assert.ok(!text.includes(junk), junk);
  });

  it('should decode a page in the GB2312 its meta declares and split <br> lines into paragraphs', () => {
    const utf8 = fixture('2025-06-02-03-library.html').toString('utf8');
    const s = readHtml(iconv.encode(utf8, 'gb18030'));
    const r = s.lines.map((l) => [l.role, s.text.slice(l.start, l.end)]);
    assert.deepEqual(r[0], ['furniture', '《云溪报》']);
    assert.deepEqual(r.find(([k]) => k === 'subhead'), ['subhead', '亲子阅读受欢迎']);
    assert.deepEqual(r.at(-1), ['body', '书房实行“通借通还”。(来源:区文旅局)']);
  });

  it('should refuse a page without a headline and a page not in its declared encoding', () => {
    assert.throws(() => readHtml(new TextEncoder().encode('<html><body><p>只有正文</p></body></html>')), (e: unknown) => e instanceof InputError && e.code === 'no_article');
    const gbk = iconv.encode('<html><head><meta charset="utf-8"></head><body><h1>标题</h1></body></html>', 'gb18030');
    assert.throws(() => readHtml(gbk), (e: unknown) => e instanceof InputError && e.code === 'bad_encoding');
  });
});
