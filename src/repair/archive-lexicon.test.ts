import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../model/index.js';
import { RULE, archiveLexicon, correctArchiveSpellings } from './archive-lexicon.js';

const archive = archiveLexicon([
  '园区与星图科技、阶跃星辰、云溪智算签约。',
  '阶跃星辰、星图科技等企业入驻。',
  '会上，阶跃星辰发布了新产品。', // not a standalone run: not counted
]);

describe('archiveLexicon', () => {
  it('should count the short runs the archive prints between delimiters', () => {
    assert.equal(archive.terms.get('阶跃星辰'), 2);
    assert.equal(archive.terms.has('阶跃星辰发布了新产品'), false);
  });
});

describe('correctArchiveSpellings', () => {
  it('should suggest the archive\'s spelling for a standalone one-character variant it never prints', () => {
    const raw = '签约企业包括：财跃星辰、云溪智算等。';
    const [e, ...more] = correctArchiveSpellings(raw, archive);
    assert.equal(more.length, 0);
    assert.deepEqual([e!.rule, e!.before, e!.after, e!.status, e!.candidates], [RULE, '财', '阶', 'suggested', ['阶']]);
  });

  it('should apply it when the two characters are look-alikes', () => {
    const lexicon = archiveLexicon(['云溪大学、', '云溪大学、', '云溪大学、']);
    const raw = '毕业院校：云溪太学。';
    assert.equal(applyEdits(raw, correctArchiveSpellings(raw, lexicon)).text, '毕业院校：云溪大学。');
  });

  it('should leave the text alone when the variant is itself printed often', () => {
    const lexicon = archiveLexicon(['阶跃星辰、', '阶跃星辰、', '财跃星辰、', '财跃星辰、']);
    assert.deepEqual(correctArchiveSpellings('财跃星辰。', lexicon), []);
  });
});
