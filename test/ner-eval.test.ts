// baoku ner-eval on gold files the test writes, against the shipped model.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../src/cli/main.js';
import { shippedModelPath } from '../src/enrich/ner/load.js';

function capture(fn: () => Promise<number>): Promise<{ code: number; out: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((out += String(chunk)), true)) as typeof process.stdout.write;
  return fn().then(
    (code) => ((process.stdout.write = write), { code, out }),
    (e: unknown) => {
      process.stdout.write = write;
      throw e;
    },
  );
}

describe('baoku ner-eval', { skip: !existsSync(shippedModelPath) && 'no shipped model' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-ner-'));
  it('should print precision, recall and F1 per type and overall for a BIO file', async () => {
    const file = join(dir, 'gold.bio');
    const line = (text: string, tags: string[]) => [...text].map((c, i) => `${c} ${tags[i]}`).join('\n');
    writeFileSync(file, `${line('区委书记林远舟出席会议。', ['O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O'])}\n\n`);
    const { code, out } = await capture(() => main(['ner-eval', file]));
    assert.equal(code, 0);
    assert.match(out, /1 sentences \(BIO/);
    // The rules read 区委书记 + name exactly, whatever the model makes of it.
    assert.match(out, /model and rules\nt.*\nPER\s+100\.00\s+100\.00\s+100\.00\s+1\s+1$/m);
    assert.match(out, /^overall\s/m);
  });
  it('should refuse a file that is not BIO', async () => {
    const file = join(dir, 'bad.bio');
    writeFileSync(file, 'this is not bio\n');
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      assert.equal(await main(['ner-eval', file]), 1);
    } finally {
      process.stderr.write = write;
    }
  });
});
