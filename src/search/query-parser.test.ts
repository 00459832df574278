import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../model/index.js';
import { parseQuery } from './query-parser.js';

const term = (text: string, quoted = false, field: 'any' | 'headline' = 'any') => ({ type: 'term', text, quoted, field });
const rejects = (q: string, pattern: RegExp) =>
  assert.throws(() => parseQuery(q), (e: unknown) => e instanceof InputError && e.code === 'bad_query' && pattern.test(e.message), q);

describe('parseQuery', () => {
  it('should read space-separated terms as AND', () => {
    assert.deepEqual(parseQuery('徐汇  模速空间').match, { type: 'and', items: [term('徐汇'), term('模速空间')] });
  });

  it('should keep a quoted phrase whole, with ASCII or Chinese quotes', () => {
    assert.deepEqual(parseQuery('"云溪 大学"').match, term('云溪 大学', true));
    assert.deepEqual(parseQuery('“模速 空间”').match, term('模速 空间', true));
  });

  it('should read -term as an exclusion and OR as binding tighter than AND', () => {
    assert.deepEqual(parseQuery('人才 -云溪').match, { type: 'and', items: [term('人才'), { type: 'not', item: term('云溪') }] });
    assert.deepEqual(parseQuery('会议 人才 OR 人力 | 引才').match, {
      type: 'and',
      items: [term('会议'), { type: 'or', items: [term('人才'), term('人力'), term('引才')] }],
    });
  });

  it('should group with parentheses', () => {
    assert.deepEqual(parseQuery('(徐汇 OR 云溪) -(招商 大会)').match, {
      type: 'and',
      items: [{ type: 'or', items: [term('徐汇'), term('云溪')] }, { type: 'not', item: { type: 'and', items: [term('招商'), term('大会')] } }],
    });
  });

  it('should take filters out of the match and normalise their ranges', () => {
    const q = parseQuery('headline:"云溪 大学" person:周沐阳 org:区委办 page:2..4 paper:雲溪報 date:2024-05..2024-10 sort:date');
    assert.deepEqual(q.match, term('云溪 大学', true, 'headline'));
    assert.deepEqual(q.filters, [
      { type: 'entity', kind: 'person', value: '周沐阳' },
      { type: 'entity', kind: 'org', value: '区委办' },
      { type: 'page', from: 2, to: 4 },
      { type: 'paper', value: '雲溪報' },
      { type: 'date', from: '2024-05-01', to: '2024-10-31' },
    ]);
    assert.equal(q.sort, 'date');
  });

  it('should read single dates, years and open ranges', () => {
    assert.deepEqual(parseQuery('date:2025').filters, [{ type: 'date', from: '2025-01-01', to: '2025-12-31' }]);
    assert.deepEqual(parseQuery('date:2024-5-7').filters, [{ type: 'date', from: '2024-05-07', to: '2024-05-07' }]);
    assert.deepEqual(parseQuery('date:..2024-03').filters, [{ type: 'date', from: '0000-01-01', to: '2024-03-31' }]);
    assert.deepEqual(parseQuery('date:2024..').filters, [{ type: 'date', from: '2024-01-01', to: '9999-12-31' }]);
  });

  it('should allow a query of filters only', () => {
    assert.deepEqual(parseQuery('date:2025 page:1'), { match: null, filters: [{ type: 'date', from: '2025-01-01', to: '2025-12-31' }, { type: 'page', from: 1, to: 1 }], sort: null });
  });

  it('should keep a colon that does not follow a field name as text', () => {
    assert.deepEqual(parseQuery('10:30').match, term('10:30'));
    assert.deepEqual(parseQuery('观区·十年云溪:新篇章').match, term('观区·十年云溪:新篇章'));
  });

  it('should say what is wrong with bad syntax', () => {
    rejects('', /empty/);
    rejects('   ', /empty/);
    rejects('"模速空间', /quote at character 1 is never closed/);
    rejects('(徐汇 OR 云溪', /never closed/);
    rejects('徐汇)', /unmatched "\)" at character 3/);
    rejects('OR 徐汇', /needs a term before it/);
    rejects('徐汇 OR', /needs a term after it/);
    rejects('徐汇 - 云溪', /"-" at character 4 needs a term/);
    rejects('title:云溪', /unknown filter "title:".*known: headline/);
    rejects('date:2024-13', /not a real date/);
    rejects('date:yesterday', /YYYY/);
    rejects('date:2024-10..2024-05', /ends before it starts/);
    rejects('page:two', /page number/);
    rejects('page:4..2', /ends before it starts/);
    rejects('sort:newest', /relevance or date/);
    rejects('徐汇 OR page:2', /cannot be OR'd/);
    rejects('(徐汇 date:2024)', /applies to the whole query/);
    rejects('-page:2', /cannot be excluded/);
    rejects('person:', /needs a value/);
    rejects('""', /nothing to search for/);
    rejects('()', /empty/);
    rejects('徐'.repeat(1001), /longer than 1000/);
  });
});
