import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../model/index.js';
import { repoRoot } from '../../../test/paths.js';
import { readAlto } from './read-alto.js';

const sample = readFileSync(join(repoRoot, 'test', 'fixtures', 'alto', 'ocr-v2-mm10.xml'));

describe('readAlto', () => {
  it('should read lines in any block (margins, composed blocks) with their units, boxes and fonts', () => {
    const [page] = readAlto(sample);
    assert.deepEqual([page!.unit, page!.width, page!.height, page!.id, page!.physicalNumber], ['mm10', 2970, 4200, 'PAGE5', 5]);
    assert.deepEqual(page!.lines.map((l) => l.text), ['云溪报 2025年6月2日 第5版', '湿地迎来首批越冬候鸟', '青梧湿地观测站记录到小天鹅、Cyg', 'nus columbianus等候鸟三百余只。']);
    const head = page!.lines[1]!;
    assert.deepEqual([head.box, head.font, head.bold, head.block], [{ x: 800, y: 220, width: 1300, height: 85 }, 'SimHei', true, 'TB1']);
  });

  it('should keep SP as spaces, a line-final HYP on the line and every word confidence', () => {
    const [, , broken, next] = readAlto(sample)[0]!.lines;
    assert.equal(broken!.hyphen, '-');
    assert.deepEqual(broken!.words!.map((w) => w.wc), [0.91, 0.62]);
    assert.deepEqual(next!.words!.map((w) => [w.text, w.wc]), [['nus', 0.7], ['columbianus等候鸟三百余只。', 0.88]]);
  });

  it('should refuse XML that is not ALTO or has no page', () => {
    const refuses = (xml: string, code: string) => assert.throws(() => readAlto(new TextEncoder().encode(xml)), (e: unknown) => e instanceof InputError && e.code === code);
    refuses('<mets/>', 'not_alto');
    refuses('<alto><Layout/></alto>', 'not_alto');
  });
});
