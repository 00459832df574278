import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, TextNode } from '../model/index.js';
import { stitchJumps, type JumpPart } from './stitch-jumps.js';

const node = (text: string, start = 0): TextNode => ({ text, start, end: start + text.length });

/** An article with just the parts stitching looks at: headline, body and jump lines. */
function article({ headline, body = [], jumpTo, jumpFrom }: { headline?: string; body?: string[]; jumpTo?: number; jumpFrom?: number }): Article {
  return {
    type: 'article',
    kind: 'news',
    start: 0,
    end: 200,
    kicker: null,
    headline: headline === undefined ? null : node(headline),
    subheadline: null,
    byline: null,
    blocks: body.map((t) => ({ type: 'paragraph', ...node(t) })),
    source: null,
    jumpTo: jumpTo === undefined ? null : { ...node(`（下转第${jumpTo}版）`, 180), direction: 'to', page: jumpTo },
    jumpFrom: jumpFrom === undefined ? null : { ...node(`（上接第${jumpFrom}版）`, 0), direction: 'from', page: jumpFrom },
  };
}

const part = (id: string, page: number | null, a: Article): JumpPart<string> => ({ id, page, article: a });

describe('stitchJumps', () => {
  it('should link the part that continues on the named page when it jumps back', () => {
    const result = stitchJumps([
      part('head', 1, article({ headline: '云溪湿地公园二期开工', jumpTo: 2 })),
      part('other', 2, article({ headline: '社区食堂开张' })),
      part('tail', 2, article({ headline: '云溪湿地公园二期开工', jumpFrom: 1 })),
    ]);
    assert.deepEqual(result, { links: [{ from: 'head', to: 'tail' }], messages: [] });
  });

  it('should prefer the continuation with the matching headline when two parts jump back', () => {
    const result = stitchJumps([
      part('head', 1, article({ headline: '云溪湿地公园二期开工', jumpTo: 2 })),
      part('wrong', 2, article({ headline: '老街改造进展顺利', jumpFrom: 1 })),
      part('right', 2, article({ headline: '湿地公园二期开工', jumpFrom: 1 })),
    ]);
    assert.deepEqual(result.links, [{ from: 'head', to: 'right' }]);
  });

  it('should match headlines across scripts when the parts are printed differently', () => {
    const result = stitchJumps([
      part('head', 1, article({ headline: '雲溪濕地公園二期開工', jumpTo: 2 })),
      part('wrong', 2, article({ headline: '老街改造进展顺利', jumpFrom: 1 })),
      part('right', 2, article({ headline: '云溪湿地公园二期开工', jumpFrom: 1 })),
    ]);
    assert.deepEqual(result.links, [{ from: 'head', to: 'right' }]);
  });

  it('should report an unresolved jump when the named page has no continuation', () => {
    const result = stitchJumps([
      part('head', 1, article({ headline: '云溪湿地公园二期开工', jumpTo: 2 })),
      part('other', 2, article({ headline: '社区食堂开张' })),
    ]);
    assert.deepEqual(result.links, []);
    assert.deepEqual(
      result.messages.map((m) => ({ ruleId: m.ruleId, reason: m.reason, start: m.place?.start, end: m.place?.end })),
      [{ ruleId: 'layout/unresolved-jump', reason: 'no continuation found on page 2', start: 180, end: 187 }],
    );
  });

  it('should not link when the continuation says it comes from another page', () => {
    const result = stitchJumps([
      part('head', 1, article({ headline: '云溪湿地公园二期开工', jumpTo: 2 })),
      part('tail', 2, article({ headline: '云溪湿地公园二期开工', jumpFrom: 3 })),
    ]);
    assert.deepEqual(result.links, []);
    assert.equal(result.messages.length, 1);
  });

  it('should stay silent when the named page has not been read', () => {
    assert.deepEqual(stitchJumps([part('head', 1, article({ headline: '云溪湿地公园二期开工', jumpTo: 2 }))]), { links: [], messages: [] });
  });
});
