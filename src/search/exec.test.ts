import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TermCache, type Hits } from './exec.js';

const hits = (n: number): Hits => ({ ids: Int32Array.from({ length: n }, (_, i) => i), score: new Float64Array(n) });

describe('TermCache', () => {
  it('should drop cheap large results before costly small ones, and recently used before long unused', () => {
    const cache = new TermCache(800);
    cache.set('phrase', hits(10), 100); // 10 ms a hit to make again
    cache.set('char', hits(600), 6); // 0.01 ms a hit
    cache.set('pair', hits(300), 30); // 0.1 ms a hit: over the bound, so the cheapest per hit goes
    assert.equal(cache.get('char'), undefined);
    assert.ok(cache.get('phrase') && cache.get('pair'));
    // Eviction raises the floor new entries start from: a new result of 0.11 ms a hit outlives the older
    // pair's 0.1, and the phrase stays.
    cache.set('a', hits(600), 66);
    assert.equal(cache.get('pair'), undefined);
    assert.ok(cache.get('a') && cache.get('phrase'));
  });

  it('should not keep a result larger than its bound', () => {
    const cache = new TermCache(100);
    cache.set('big', hits(101), 1000);
    assert.equal(cache.get('big'), undefined);
  });
});
