// The knowledge layer on the five real pages in ../shared/corpus/xuhuibao, through the whole archive:
// every official a careful reader sees with a post is found with that post, nobody is invented, reporters
// stay authors, and people seen in several editions get one timeline. Read at run time, never copied.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPage } from '../src/archive.js';
import { attachKnowledge, knowledgeReader, type KnowledgeReader, type Person } from '../src/knowledge/index.js';
import { openSqliteStore, type SqliteStore } from '../src/store/index.js';
import { seedDir } from './paths.js';

/** Who holds which posts on the five pages, as a careful reader reads them (home district dropped). */
const officials: Record<string, string[]> = {
  曹立强: ['区委书记', '区委主题教育领导小组组长'],
  王华: ['区委副书记', '区长', '代理区长'],
  黄冲: ['区政协主席'],
  沈权: ['区委副书记'],
  赵懿: ['区委常委', '宣传部部长'],
  诸旆: ['区委常委', '统战部部长'],
  俞林伟: ['区委常委', '副区长'],
  胡芳: ['区委常委', '组织部部长'],
  徐国文: ['区人大常委会副主任'],
  魏兰: ['副区长'],
  王为人: ['上海市人民政府副秘书长', '上海市城市更新领导小组办公室副主任'],
  黄永平: ['上海地产（集团）有限公司党委书记', '上海地产（集团）有限公司董事长'],
  王桢: ['上海市住房和城乡建设管理委员会副主任', '上海市房屋管理局党组书记', '上海市房屋管理局局长'],
  李新华: ['区人大常委会主任'],
  徐明前: ['上海市规划和自然资源局副局长'],
  高世昫: ['上海市住房和城乡建设管理委员会副主任'],
  习挺松: ['区委常委', '政法委书记'],
  邓大伟: ['副区长'],
  陈杰: ['上海市副市长'],
  庄木弟: ['市政府副秘书长'],
  程晓明: ['开放原子开源基金会理事长'],
  戎之勤: ['市经济信息化委副主任', '一级巡视员'],
  袁国华: ['上海国有资产投资有限公司党委书记', '上海国有资产投资有限公司董事长'],
  沈斐: ['中国浦东干部学院教授'],
  王宏伟: ['区委常委', '副区长'],
  王志华: ['副区长'],
  罗华品: ['副区长'],
  高世均: ['副区长'],
  吴金城: ['市经济信息化委主任'],
  钟晓咏: ['区委副书记', '区长'],
  俞晓红: ['区政协副主席'],
  裘新: ['复旦大学党委书记'],
  金力: ['复旦大学校长', '中国科学院院士'],
  卜玉龙: ['中智集团党委书记', '中智集团董事长', '中智股份董事长'],
  李双: ['中智股份党委书记', '中智股份董事', '中智股份副总经理'],
  陶骏: ['中智股份党委委员', '中智股份副总经理', '中智股份董事会秘书'],
  姜育刚: ['复旦大学副校长'],
  刘琪: ['区委常委', '组织部部长'],
  许征: ['复旦大学常务副校长'],
  单为民: ['中智股份党委副书记', '中智股份董事', '中智股份总经理'],
  姚期智: ['图灵奖得主', '清华大学交叉信息研究院院长'],
};
/** Bylines and photo credits: authors, never officials. */
const reporters = ['刘坤', '王永娟', '陈文卿', '肖乐鑫', '刘倩朋', '朱亮', '曹香玉'];

describe('knowledge on the seed pages', () => {
  let store: SqliteStore;
  let k: KnowledgeReader;
  let everyone: Person[];
  const one = (name: string) => {
    const found = k.peopleNamed(name);
    assert.equal(found.length, 1, `${name}: ${found.length} people`);
    return found[0]!;
  };

  before(() => {
    store = openSqliteStore(':memory:');
    attachKnowledge(store);
    for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.txt')).sort()) {
      ingestPage(store, { bytes: readFileSync(join(seedDir, f)), sourceFile: f });
    }
    k = knowledgeReader(store);
    everyone = k.people({ role: 'all' });
  });
  after(() => store.close());

  it('should find every official with every post the pages give them', () => {
    for (const [name, titles] of Object.entries(officials)) {
      const p = one(name);
      assert.equal(p.role, 'official', name);
      for (const t of titles) assert.ok(p.posts.some((s) => s.title === t), `${name} lacks ${t}: ${JSON.stringify(p.posts.map((s) => s.title))}`);
    }
  });

  it('should invent nobody: every person found with a post is one the pages name with it', () => {
    const invented = everyone.filter((p) => p.posts.length > 0 && !(p.name in officials)).map((p) => p.name);
    assert.deepEqual(invented, []);
    const extraPosts = everyone.flatMap((p) => p.posts.filter((s) => !officials[p.name]?.includes(s.title)).map((s) => `${p.name}:${s.title}`));
    assert.deepEqual(extraPosts, []);
  });

  it('should keep reporters and photographers as authors, never officials', () => {
    for (const name of reporters) {
      const found = k.peopleNamed(name);
      assert.ok(found.length > 0, name);
      for (const p of found) {
        assert.equal(p.role, 'author', name);
        assert.deepEqual(p.posts, []);
      }
    }
    assert.ok(!k.people().some((p) => reporters.includes(p.name)));
  });

  it('should give 曹立强 one timeline across the 2023 and 2024 editions, in either script', () => {
    const p = one('曹立强');
    assert.deepEqual(k.peopleNamed('曹立強').map((x) => x.id), [p.id]);
    const secretary = p.posts.find((s) => s.title === '区委书记')!;
    assert.equal(secretary.first_seen, '2023-10-02');
    assert.equal(secretary.last_seen, '2024-10-18');
    assert.ok(secretary.articles.length >= 8);
  });

  it('should show 王华 acting in May and district head in October', () => {
    const p = one('王华');
    const acting = p.posts.find((s) => s.title === '代理区长')!;
    const head = p.posts.find((s) => s.title === '区长')!;
    assert.equal(acting.last_seen, '2024-05-21');
    assert.equal(head.first_seen, '2024-10-18');
  });

  it('should tie each mention to raw offsets and to the article text', () => {
    const article = k.articlesMentioning('person', '金力')[0]!;
    const facts = k.article(article);
    const row = store.article(article)!;
    const raw = store.page(row.page_id)!.page.source.text;
    for (const m of facts.people.filter((x) => x.role !== 'author')) {
      assert.equal(raw.slice(m.start, m.end), m.printed);
      assert.equal(row.text.slice(m.text_start!, m.text_end!), m.printed);
      assert.ok(m.sentence_start <= m.start && m.end <= m.sentence_end);
    }
  });

  it('should resolve 区委 in a 徐汇 paper to 徐汇区委', () => {
    const orgs = k.entities('org').map((e) => e.name);
    assert.ok(orgs.includes('徐汇区委'));
    assert.ok(!orgs.includes('区委'));
    assert.ok(orgs.includes('复旦大学'));
    assert.ok(k.entities('place').some((e) => e.name === '徐汇区'));
  });

  it('should read the figures with metric, unit, change and qualifier', () => {
    const figures = k.figures();
    const revenue = figures.find((f) => f.value === 250.85)!;
    assert.equal(revenue.metric, '区级财政收入');
    assert.equal(revenue.unit, '亿元');
    assert.deepEqual(revenue.change && [revenue.change.direction, revenue.change.value, revenue.change.unit, revenue.change.basis], ['up', 10.87, '%', '同比']);
    const households = figures.find((f) => f.text === '六千余户')!;
    assert.deepEqual([households.value, households.unit, households.qualifier], [6000, '户', '余']);
    const projects = figures.find((f) => f.metric === '亿元级项目')!;
    assert.deepEqual([projects.value, projects.unit, projects.date], [7, '家', '2024-05-21']);
    assert.ok(figures.some((f) => f.text === '三十余家' && f.value === 30));
  });

  it('should invent nobody and lose nobody when the NER model runs too', () => {
    const withModel = openSqliteStore(':memory:');
    try {
      attachKnowledge(withModel);
      for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.txt')).sort()) {
        ingestPage(withModel, { bytes: readFileSync(join(seedDir, f)), sourceFile: f }, { ner: true });
      }
      const names = (r: KnowledgeReader) => r.people({ role: 'all' }).map((p) => `${p.name}:${p.role}:${p.posts.map((s) => s.title).join('/')}`).sort();
      assert.deepEqual(names(knowledgeReader(withModel)), names(k));
      assert.ok(knowledgeReader(withModel).entities('org').length >= k.entities('org').length);
    } finally {
      withModel.close();
    }
  });

  it('should normalise the dates against the edition date', () => {
    const article = k.articlesMentioning('person', '黄冲')[0]!;
    const dates = k.article(article).dates;
    assert.ok(dates.some((d) => d.iso === '2024-10-15' && d.precision === 'day' && d.part_of_day === '上午'));
    assert.ok(dates.some((d) => d.text === '今年' && d.iso === '2024' && d.relative));
  });
});
