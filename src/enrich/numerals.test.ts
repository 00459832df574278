import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHanNumber, parseNumber } from './numerals.js';

describe('parseHanNumber', () => {
  it('should read positional numerals', () => {
    assert.deepEqual(['六千', '三十', '十二', '一百二十', '两万', '三千五百万', '十'].map(parseHanNumber), [6000, 30, 12, 120, 20000, 35000000, 10]);
  });
  it('should read years written digit by digit', () => {
    assert.equal(parseHanNumber('二〇二四'), 2024);
  });
  it('should refuse what is not a numeral', () => {
    assert.equal(parseHanNumber('六千户'), null);
    assert.equal(parseNumber('250.85'), 250.85);
  });
});
