import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findPageIndex } from './page-index.js';
import { headingParas } from '../../test/fixtures.js';

const paras = headingParas;

describe('findPageIndex', () => {
  it('should list every page of a range when an entry reads "08-09"', () => {
    const found = findPageIndex(paras('02 云溪区召开全会部署年度工作', '08-09 云溪湿地四季风光', '12 社区志愿者风采'), 0);
    assert.deepEqual(
      found?.entries.map((e) => ({ pages: e.pages, title: e.title })),
      [
        { pages: [2], title: '云溪区召开全会部署年度工作' },
        { pages: [8, 9], title: '云溪湿地四季风光' },
        { pages: [12], title: '社区志愿者风采' },
      ],
    );
    assert.deepEqual([found?.begin, found?.end], [0, 3]);
  });

  it('should give each title its offsets when the entries are on separate lines', () => {
    const found = findPageIndex(paras('02 云溪区召开全会', '08-09 云溪湿地四季风光'), 0);
    assert.deepEqual(
      found?.entries.map((e) => [e.from, e.to]),
      [
        [3, 10],
        [18, 26],
      ],
    );
  });

  it('should split entries when extraction ran them together on one line', () => {
    const found = findPageIndex(paras('02 云溪区召开全会部署年度工作05 新建口袋公园开放08-09 云溪湿地四季风光'), 0);
    assert.deepEqual(
      found?.entries.map((e) => ({ pages: e.pages, title: e.title, from: e.from, to: e.to })),
      [
        { pages: [2], title: '云溪区召开全会部署年度工作', from: 3, to: 16 },
        { pages: [5], title: '新建口袋公园开放', from: 19, to: 27 },
        { pages: [8, 9], title: '云溪湿地四季风光', from: 33, to: 41 },
      ],
    );
  });

  it('should end the index when a line opens with a quantity like "18 个"', () => {
    const found = findPageIndex(paras('02 云溪区召开全会', '05 新建口袋公园开放', '18 个重点项目集中开工'), 0);
    assert.deepEqual(found?.entries.map((e) => e.title), ['云溪区召开全会', '新建口袋公园开放']);
    assert.equal(found?.end, 2);
  });

  it('should keep a quantity inside the title when an entry names one', () => {
    const found = findPageIndex(paras('02 云溪区召开全会', '05 18 个重点项目集中开工'), 0);
    assert.deepEqual(found?.entries.map((e) => ({ pages: e.pages, title: e.title })), [
      { pages: [2], title: '云溪区召开全会' },
      { pages: [5], title: '18 个重点项目集中开工' },
    ]);
  });

  it('should find no index when a single line opens with a page number', () => {
    assert.equal(findPageIndex(paras('03 云溪区召开全会部署年度工作', '今天云溪区天气晴好。'), 0), null);
  });

  it('should start at the given paragraph when the index follows a column label', () => {
    const found = findPageIndex(paras('云溪要闻', '02 云溪区召开全会', '08-09 云溪湿地四季风光'), 1);
    assert.deepEqual([found?.begin, found?.end, found?.entries.length], [1, 3, 2]);
  });
});
