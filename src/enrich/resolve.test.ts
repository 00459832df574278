import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jurisdiction, resolvePeople, type PersonRow } from './resolve.js';

let id = 0;
const row = (articleId: number, name: string, orgs: (string | null)[], date: string, role: PersonRow['role'] = orgs.length ? 'official' : 'named', titles: string[] = []): PersonRow => ({
  mentionId: ++id, articleId, name, role, posts: orgs.map((org, i) => ({ title: titles[i] ?? '职务', org, kind: 'post' })), date,
});
const groups = (rows: PersonRow[]) => resolvePeople(rows).map((g) => [g.name, g.role, g.mentionIds.length]);

describe('resolvePeople', () => {
  it('should join one name across editions when the posts share a jurisdiction', () => {
    assert.deepEqual(groups([row(1, '林远', ['青石区委'], '2023-01-02'), row(2, '林远', ['青石区政府'], '2024-05-01'), row(3, '林远', [], '2024-06-01')]), [['林远', 'official', 3]]);
  });
  it('should keep homonyms apart when their posts conflict', () => {
    const g = groups([row(1, '王华', ['青石区委'], '2024-01-01'), row(2, '王华', ['东湖钢铁有限公司'], '2024-02-01')]);
    assert.equal(g.length, 2);
  });
  it('should keep one person through a career in one district', () => {
    const career = [
      row(1, '陆远', ['青石区人社局'], '2025-03-10', 'official', ['区人社局局长']),
      row(2, '陆远', ['青石区政府', '青石区政府'], '2025-06-16', 'official', ['副区长', '代理区长']),
      row(3, '陆远', ['青石区委', '青石区政府'], '2025-11-03', 'official', ['区委副书记', '区长']),
    ];
    assert.deepEqual(groups(career), [['陆远', 'official', 3]]);
  });
  it('should keep apart one name given posts on one day that one person cannot hold at once', () => {
    const sameDay = (a: [string, string], b: [string, string]) =>
      groups([row(1, '唐宁', [a[0]], '2025-06-16', 'official', [a[1]]), row(2, '唐宁', [b[0]], '2025-06-16', 'official', [b[1]])]).length;
    assert.equal(sameDay(['青石区政府', '区长'], ['青石区政府', '副区长']), 2);
    assert.equal(sameDay(['青石区教育局', '区教育局局长'], ['青石区人大常委会', '区人大常委会副主任']), 2);
    assert.equal(sameDay(['青石区委', '区委副书记'], ['青石区政府', '区长']), 1);
    assert.equal(sameDay(['青石区政府', '副区长'], ['青石区政府', '代理区长']), 1);
  });
  it('should never merge an author with an official', () => {
    assert.deepEqual(groups([row(1, '刘坤', [], '2024-01-01', 'author'), row(2, '刘坤', ['青石区政府'], '2024-01-01')]), [['刘坤', 'author', 1], ['刘坤', 'official', 1]]);
  });
  it('should name the jurisdiction of an organisation', () => {
    assert.deepEqual(['青石区委宣传部', '上海市房屋管理局', '东湖大学党委'].map(jurisdiction), ['青石区', '上海市', '东湖大学']);
  });
});
