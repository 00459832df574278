// Sentences written for these tests; every place is made up.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from './places.js';

const places = (text: string) => findPlaces(text, '青石').map((p) => p.name);

describe('findPlaces', () => {
  it('should read a place after the verb before it', () => {
    assert.deepEqual(places('代表们走进东湖镇，随后前往柳岸湿地公园一期和望江老街。'), ['东湖镇', '柳岸湿地公园', '望江老街']);
  });
  it('should read rivers, parks and harbours in a list', () => {
    assert.deepEqual(places('聚焦石桥河、南塘等河道，串起北岸数字港、桃源生物医药园和青石区。'), ['石桥河', '北岸数字港', '桃源生物医药园', '青石区']);
  });
  it('should not take common words with a place ending for places', () => {
    assert.deepEqual(places('园区正式开园，居民搬进新家园，走出一条新路，对原有鱼塘进行修复。'), []);
  });
  it('should read the home district by its short name where it stands alone', () => {
    assert.deepEqual(places('18个项目落户青石，青石大学与青石湾不算，青石的变化有目共睹。'), ['青石区', '青石湾', '青石区']);
  });
});
