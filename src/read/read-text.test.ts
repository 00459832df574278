import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { InputError, type PageSource } from '../model/index.js';
import { seedDir, sharedDir } from '../../test/paths.js';
import { readText } from './read-text.js';

const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const seedBytes = (i: number) => readFileSync(join(seedDir, seeds[i]!));
const seed = (i: number) => seedBytes(i).toString('utf8');

const lineTexts = (source: PageSource) => source.lines.map((l) => source.text.slice(l.start, l.end));

describe('readText', () => {
  it('should keep the text exactly and report crlf when reading the CRLF GB2312 test set', () => {
    const bytes = readFileSync(join(sharedDir, 'data', 'encodings', 'pku_test.gb2312.txt'));
    const source = readText(bytes, { sourceFile: 'pku_test.gb2312.txt' });
    assert.equal(source.type, 'page-source');
    assert.equal(source.encoding, 'gb18030');
    assert.equal(source.newline, 'crlf');
    assert.equal(source.text, iconv.decode(bytes, 'gb18030'));
    assert.equal(source.lines.length, source.text.split('\r\n').length - 1);
    assert.ok(lineTexts(source).every((l) => !/[\r\n]/.test(l)), 'no terminator inside a line');
    assert.equal(source.sourceFile, 'pku_test.gb2312.txt');
  });

  it('should report lf, utf-8 and no BOM when reading a seed page as stored', () => {
    const source = readText(seedBytes(0));
    assert.deepEqual(
      { encoding: source.encoding, bom: source.bom, newline: source.newline, format: source.format, sourceFile: source.sourceFile },
      { encoding: 'utf-8', bom: false, newline: 'lf', format: 'text', sourceFile: null },
    );
    assert.deepEqual(lineTexts(source), seed(0).replace(/\n$/, '').split('\n'));
  });

  it('should keep lone CR terminators and split on them when a page uses old Mac newlines', () => {
    const text = seed(1).replace(/\n/g, '\r');
    const source = readText(Buffer.from(text));
    assert.equal(source.newline, 'cr');
    assert.equal(source.text, text);
    assert.deepEqual(lineTexts(source), lineTexts(readText(seedBytes(1))));
  });

  it('should give the same lines for CRLF as for LF when a page is converted to CRLF', () => {
    const text = seed(2).replace(/\n/g, '\r\n');
    const source = readText(iconv.encode(text, 'gb18030'));
    assert.equal(source.newline, 'crlf');
    assert.equal(source.text, text);
    assert.deepEqual(lineTexts(source), lineTexts(readText(seedBytes(2))));
  });

  it('should report mixed and count each terminator once when CRLF, CR and LF are mixed', () => {
    const source = readText(Buffer.from('第一行\r\n第二行\r第三行\n\n第五行'));
    assert.equal(source.newline, 'mixed');
    assert.deepEqual(lineTexts(source), ['第一行', '第二行', '第三行', '', '第五行']);
    assert.deepEqual(source.lines[1], { start: 5, end: 8 });
  });

  it('should report none and one line when the text has no terminator', () => {
    const source = readText(Buffer.from('只有一行'));
    assert.equal(source.newline, 'none');
    assert.deepEqual(source.lines, [{ start: 0, end: 4 }]);
  });

  it('should not open an empty last line when the text ends with a terminator', () => {
    assert.deepEqual(lineTexts(readText(Buffer.from('甲\n乙\n'))), ['甲', '乙']);
    assert.deepEqual(lineTexts(readText(Buffer.from('甲\n乙\n\n'))), ['甲', '乙', '']);
  });

  it('should cover the whole text with lines and terminators when reading every seed page', () => {
    for (let i = 0; i < seeds.length; i++) {
      const source = readText(seedBytes(i));
      let at = 0;
      for (const line of source.lines) {
        assert.match(source.text.slice(at, line.start), /^(?:\r\n|\r|\n)?$/, seeds[i]);
        at = line.end;
      }
      assert.match(source.text.slice(at), /^(?:\r\n|\r|\n)?$/, seeds[i]);
    }
  });

  it('should say markdown when the page has ATX headings', () => {
    assert.equal(readText(seedBytes(3)).format, 'markdown');
    assert.equal(readText(Buffer.from('正文\n# 标题\n正文')).format, 'markdown');
    assert.equal(readText(Buffer.from('正文\r> 引文\r正文')).format, 'markdown');
  });

  it('should say text when no line is a heading or a quote', () => {
    for (const i of [0, 1, 2, 4]) assert.equal(readText(seedBytes(i)).format, 'text', seeds[i]);
    assert.equal(readText(Buffer.from('#话题# 不是标题\n>没有空格')).format, 'text');
  });

  it('should drop the BOM from the text when the file starts with one', () => {
    const source = readText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedBytes(4)]));
    assert.equal(source.bom, true);
    assert.equal(source.text, seed(4));
    assert.deepEqual(source.lines[0], { start: 0, end: seed(4).indexOf('\n') });
  });

  it('should check the declared encoding when one is given', () => {
    const bytes = iconv.encode(seed(0), 'gb18030');
    assert.equal(readText(bytes, { encoding: 'gb18030' }).text, seed(0));
    assert.throws(
      () => readText(bytes, { encoding: 'big5-hkscs' }),
      (e) => e instanceof InputError && e.code === 'mislabelled' && /gb18030/.test(e.message),
    );
  });

  it('should throw the InputError of detection when the bytes are not a page', () => {
    assert.throws(() => readText(new Uint8Array(), { sourceFile: 'x.txt' }), (e) => e instanceof InputError && e.code === 'empty');
  });
});
