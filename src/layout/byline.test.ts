import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseByline, trailingCredit } from './byline.js';

describe('parseByline', () => {
  it('should make everyone a reporter when the line opens with 记者', () => {
    assert.deepEqual(parseByline('□ 记者 王晓晨 赵一帆'), [
      { name: '王晓晨', role: 'reporter', title: '记者' },
      { name: '赵一帆', role: 'reporter', title: '记者' },
    ]);
  });

  it('should switch roles when 通讯员 and 摄影 follow inside the line', () => {
    assert.deepEqual(parseByline('本报记者 王晓晨 通讯员 赵一帆 摄影 孙立'), [
      { name: '王晓晨', role: 'reporter', title: '本报记者' },
      { name: '赵一帆', role: 'correspondent', title: '通讯员' },
      { name: '孙立', role: 'photographer', title: '摄影' },
    ]);
  });

  it('should read roles when the line uses traditional titles', () => {
    assert.deepEqual(
      parseByline('本報記者 王曉晨 通訊員 趙一帆').map((p) => [p.name, p.role]),
      [
        ['王曉晨', 'reporter'],
        ['趙一帆', 'correspondent'],
      ],
    );
  });

  it('should read author and photographer when the line uses 文/ and 图/', () => {
    assert.deepEqual(parseByline('文/王晓晨 图/孙立'), [
      { name: '王晓晨', role: 'author', title: '文/' },
      { name: '孙立', role: 'photographer', title: '图/' },
    ]);
  });
});

describe('trailingCredit', () => {
  it('should split off the photographer when a caption ends with "摄"', () => {
    const text = '云溪湿地的白鹭在浅滩觅食。孙立 摄';
    assert.deepEqual(trailingCredit(text), { at: 13, people: [{ name: '孙立', role: 'photographer', title: '摄' }] });
    assert.equal(text.slice(0, 13), '云溪湿地的白鹭在浅滩觅食。');
  });

  it('should credit each name when two photographers share "摄影报道"', () => {
    assert.deepEqual(trailingCredit('云溪湿地的白鹭在浅滩觅食。孙立 钱多多 摄影报道')?.people, [
      { name: '孙立', role: 'photographer', title: '摄影报道' },
      { name: '钱多多', role: 'photographer', title: '摄影报道' },
    ]);
  });

  it('should find no credit when the paragraph ends with a sentence', () => {
    assert.equal(trailingCredit('云溪湿地的白鹭在浅滩觅食。'), null);
  });
});
