// Captured before any of baoku loads: this file's static imports are node's own, the rest come in the tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

const native = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString };

describe('pdfjs', () => {
  it('should leave push, JSON.parse and toString native when the pipeline is loaded and reads a PDF', async () => {
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    const page = doc.addPage([300, 200]);
    page.drawText('Harbour bridge opens', { x: 20, y: 150, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
    const { readPdf } = await import('../index.js');
    const [read] = await readPdf(await doc.save());
    assert.deepEqual(
      read?.lines.map((line) => line.text),
      ['Harbour bridge opens'],
    );
    assert.equal(Array.prototype.push, native.push);
    assert.equal(JSON.parse, native.parse);
    assert.equal(Function.prototype.toString, native.toString);
  });

  it('should put back a replaced built-in and keep an added one when keepingBuiltins loads a module', async () => {
    const { keepingBuiltins } = await import('./pdfjs.js');
    const pad = (xs: unknown[], ...items: unknown[]) => xs.length + items.length;
    const got = await keepingBuiltins(async () => {
      Object.defineProperty(Array.prototype, 'push', { value: pad, writable: true, configurable: true });
      Object.defineProperty(Array.prototype, 'baokuAdded', { value: 1, configurable: true });
      return 'loaded';
    });
    try {
      assert.equal(got, 'loaded');
      assert.equal(Array.prototype.push, native.push);
      assert.equal((Array.prototype as unknown as { baokuAdded: number }).baokuAdded, 1);
    } finally {
      delete (Array.prototype as unknown as { baokuAdded?: number }).baokuAdded;
    }
  });
});
