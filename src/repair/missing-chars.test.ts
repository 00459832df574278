import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULE, flagMissingOrExtra } from './missing-chars.js';
import { examplesDir, seedDir } from '../../test/paths.js';

const flags = (raw: string) => flagMissingOrExtra(raw).map((m) => raw.slice(m.place!.start, m.place!.end));

describe('flagMissingOrExtra', () => {
  it('should flag a gap where a dropped character breaks a set phrase, naming what the model would read', () => {
    const raw = '我们要积极推进社会主义现化建设。';
    const [m, ...more] = flagMissingOrExtra(raw);
    assert.equal(more.length, 0);
    assert.equal(m!.ruleId, RULE);
    assert.equal(raw.slice(m!.place!.start, m!.place!.end), '现化');
    assert.match(m!.reason, /代/);
  });

  it('should flag a character added inside a phrase', () => {
    assert.deepEqual(flags('我们要积极推进社会主地义现代化建设。'), ['地']);
    assert.deepEqual(flags('各级领导干部要深入基层调查研要究。'), ['要']);
  });

  it('should leave the same sentences undamaged unflagged', () => {
    for (const raw of ['我们要积极推进社会主义现代化建设。', '各级领导干部要深入基层调查研究。']) {
      assert.deepEqual(flags(raw), [], raw);
    }
  });

  it('should flag nothing on the example edition, which prints no such damage', () => {
    const dir = join(examplesDir, 'yunxi-2025-03-10');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) assert.deepEqual(flags(readFileSync(join(dir, f), 'utf8')), [], f);
  });

  it('should flag at most one place on each seed page (12k characters of real text)', () => {
    const perPage = readdirSync(seedDir).filter((n) => n.endsWith('.txt')).map((f) => flags(readFileSync(join(seedDir, f), 'utf8')).length);
    assert.ok(perPage.every((n) => n <= 1) && perPage.reduce((a, b) => a + b, 0) <= 2, JSON.stringify(perPage));
  });
});
