// Sentences written for these tests in the register of the seeds; every name is made up.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findPeople } from './people-posts.js';

const posts = (text: string, district: string | null = '青石') =>
  findPeople(text, district).filter((p) => p.posts.length > 0).map((p) => `${p.name}:${p.posts.map((s) => s.title).join('/')}`);

describe('findPeople', () => {
  it('should split a chain of posts and drop the home district', () => {
    assert.deepEqual(posts('青石区委书记林远舟，青石区委副书记、区长韩梅出席。'), ['林远舟:区委书记', '韩梅:区委副书记/区长']);
  });
  it('should carry an institution over to the next list item', () => {
    assert.deepEqual(posts('东湖大学党委书记杜文，校长、中国工程院院士严知出席'), ['杜文:东湖大学党委书记', '严知:东湖大学校长/中国工程院院士']);
  });
  it('should give one post to a list of names', () => {
    assert.deepEqual(posts('副区长王志远、罗品分别作交流发言'), ['王志远:副区长', '罗品:副区长']);
  });
  it('should read a title after the name and an acting post', () => {
    assert.deepEqual(posts('会上，东湖干部学院沈雪教授作辅导报告。'), ['沈雪:东湖干部学院教授']);
    const acting = findPeople('区委副书记、代理区长王一鸣主持', '青石')[0]!;
    assert.deepEqual(acting.posts.map((p) => [p.title, p.kind, p.org]), [['区委副书记', 'post', '青石区委'], ['代理区长', 'acting', '青石区政府']]);
  });
  it('should find later mentions of a named official without inventing others', () => {
    const found = findPeople('区委书记林远舟出席。林远舟指出，要全力开创新局面。资金力量雄厚。', '青石');
    assert.deepEqual(found.map((p) => [p.name, p.posts.length]), [['林远舟', 1], ['林远舟', 0]]);
  });
  it('should not take words after a title for a name', () => {
    assert.deepEqual(posts('副区长高度重视，区长出席并讲话，主席台就座'), []);
  });

  it('should read posts given in a clause after the name', () => {
    assert.deepEqual(posts('经研究决定，韩梅任青石区委书记，王一鸣兼任区委政法委书记。程远当选为区政协主席。'), [
      '韩梅:区委书记',
      '王一鸣:政法委书记',
      '程远:区政协主席',
    ]);
  });
  it('should read an appointment that names the person before the post', () => {
    assert.deepEqual(posts('会议决定任命陆远为青石区副区长、代理区长；任命唐宁为区教育局局长。'), ['陆远:副区长/代理区长', '唐宁:区教育局局长']);
  });
  it('should mark posts that end, with the body carried to bare memberships', () => {
    const ended = (text: string) => findPeople(text, '青石').map((p) => `${p.name}:${p.posts.map((s) => `${s.title}(${s.kind})`).join('/')}`);
    assert.deepEqual(ended('林远舟不再担任中共青石区委书记、常委、委员职务，另有任用。'), ['林远舟:区委书记(ended)/区委常委(ended)/区委委员(ended)']);
    assert.deepEqual(ended('免去江然的区教育局局长职务；接受韩梅辞去青石区区长职务。'), ['江然:区教育局局长(ended)', '韩梅:区长(ended)']);
  });
  it('should not read 主任, 责任 or 任务 as an appointment', () => {
    assert.deepEqual(posts('要压实主体责任，落实任务分工，区人大常委会主任邵明出席。'), ['邵明:区人大常委会主任']);
  });
});
