import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Converter } from 'opencc-js';
import { InputError } from '../model/index.js';
import { commonSimplified } from '../text/han-frequency.js';
import { seedDir, sharedDir } from '../../test/paths.js';
import { detectEncoding } from './detect-encoding.js';

const encodingsDir = join(sharedDir, 'data', 'encodings');
const gbkFile = () => readFileSync(join(encodingsDir, 'pku_test.gb2312.txt'));
const big5File = () => readFileSync(join(encodingsDir, 'cityu_test.big5hkscs.txt'));
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const seed = (i: number) => readFileSync(join(seedDir, seeds[i]!), 'utf8');

/** Deterministic noise, so a failing case can be replayed. */
function noise(length: number, seed = 1, from = 0, span = 256): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = from + ((x >>> 16) % span);
  }
  return out;
}

/** Run `f`, expect an InputError with `code`, and hand back its message for further checks. */
function rejection(f: () => unknown, code: string): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof InputError, `expected an InputError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.equal(e.status, 400);
    return e.message;
  }
  assert.fail(`expected an InputError with code ${code}`);
}

/** The characters of `text` that survive a round trip through iconv's `encoding`. */
function encodable(text: string, encoding: string): string {
  return [...text].filter((c) => iconv.decode(iconv.encode(c, encoding), encoding) === c).join('');
}

describe('detectEncoding', () => {
  it('should read the PKU test set as gb18030, equal to its UTF-8 edition, when given its EUC-CN bytes', () => {
    const got = detectEncoding(gbkFile());
    assert.equal(got.encoding, 'gb18030');
    assert.equal(got.bom, false);
    const utf8 = readFileSync(join(sharedDir, 'data', 'sighan2005', 'pku_test.utf8'), 'utf8');
    // Both files use CRLF, so they match exactly; normalised too, in case a copy ever differs in newlines.
    assert.equal(got.text.replace(/\r\n/g, '\n'), utf8.replace(/\r\n/g, '\n'));
    assert.equal(got.text, utf8);
  });

  it('should read the CityU test set as big5-hkscs text in plain traditional Chinese when given its Big5 bytes', () => {
    const got = detectEncoding(big5File());
    assert.equal(got.encoding, 'big5-hkscs');
    assert.ok(got.text.startsWith('「練得'), 'first line opens with a quoted phrase');
    assert.doesNotMatch(got.text, /[\ufffd\ue000-\uf8ff]/u, 'no replacement or private-use characters');
    // Folded to simplified, the text should be made of the characters common in simplified text.
    const simplified = Converter({ from: 'hk', to: 'cn' })(got.text);
    const han = [...simplified].filter((c) => /\p{Script=Han}/u.test(c));
    const common = new Set(commonSimplified);
    const share = han.filter((c) => common.has(c)).length / han.length;
    assert.ok(han.length > 50_000 && share > 0.97, `share of common characters ${share}`);
  });

  it('should read every seed page as utf-8 when given the files as stored', () => {
    for (let i = 0; i < seeds.length; i++) {
      const bytes = readFileSync(join(seedDir, seeds[i]!));
      const got = detectEncoding(bytes);
      assert.equal(got.encoding, 'utf-8', seeds[i]);
      assert.equal(got.text, bytes.toString('utf8'));
    }
  });

  it('should read every seed page back exactly when it is re-encoded as gb18030', () => {
    for (let i = 0; i < seeds.length; i++) {
      const got = detectEncoding(iconv.encode(seed(i), 'gb18030'));
      assert.equal(got.encoding, 'gb18030', seeds[i]);
      assert.equal(got.text, seed(i));
    }
  });

  it('should read the traditional seed page back as big5-hkscs when re-encoded in Big5-HKSCS', () => {
    const page = seed(1);
    const text = encodable(page, 'big5hkscs');
    assert.ok(text.length > page.length * 0.97, 'Big5-HKSCS holds nearly all of the page');
    const got = detectEncoding(iconv.encode(text, 'big5hkscs'));
    assert.equal(got.encoding, 'big5-hkscs');
    assert.equal(got.text, text);
  });

  it('should read the simplified seed pages as big5-hkscs when their traditional forms are re-encoded in Big5', () => {
    const toTraditional = Converter({ from: 'cn', to: 'hk' });
    for (const i of [0, 2, 3, 4]) {
      const text = encodable(toTraditional(seed(i)), 'big5hkscs');
      const got = detectEncoding(iconv.encode(text, 'big5hkscs'));
      assert.equal(got.encoding, 'big5-hkscs', seeds[i]);
      assert.equal(got.text, text);
    }
  });

  it('should drop the mark and report it when UTF-8 starts with a BOM', () => {
    const got = detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed(0))]));
    assert.deepEqual({ ...got, text: got.text === seed(0) }, { encoding: 'utf-8', bom: true, text: true });
  });

  it('should read UTF-16 in either byte order when it starts with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed(1), 'utf16le')]);
    const be = Buffer.from(le).swap16();
    assert.deepEqual(detectEncoding(le), { encoding: 'utf-16le', bom: true, text: seed(1) });
    assert.deepEqual(detectEncoding(be), { encoding: 'utf-16be', bom: true, text: seed(1) });
  });

  it('should read UTF-16 without a BOM only when it is declared', () => {
    const bytes = Buffer.from(seed(2), 'utf16le');
    assert.equal(detectEncoding(bytes, { declared: 'utf-16le' }).text, seed(2));
    assert.match(rejection(() => detectEncoding(bytes), 'binary'), /UTF-16.*--encoding utf-16le/);
  });

  it('should use the declared encoding when the bytes are clean in it', () => {
    assert.equal(detectEncoding(gbkFile(), { declared: 'gb18030' }).encoding, 'gb18030');
    assert.equal(detectEncoding(Buffer.from(seed(0)), { declared: 'utf-8' }).encoding, 'utf-8');
  });

  it('should reject as empty when the file has no bytes, only whitespace or only a BOM', () => {
    assert.match(rejection(() => detectEncoding(new Uint8Array()), 'empty'), /empty \(0 bytes\)/);
    assert.match(rejection(() => detectEncoding(Buffer.from(' \r\n\t\u3000\n')), 'empty'), /only whitespace/);
    assert.match(rejection(() => detectEncoding(Buffer.from([0xef, 0xbb, 0xbf])), 'empty'), /only a byte-order mark/);
  });

  it('should reject as binary, naming the format, when given a PNG header and noise', () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), noise(2000)]);
    const message = rejection(() => detectEncoding(png), 'binary');
    assert.match(message, /PNG image, not text/);
    assert.match(message, /NUL bytes/);
  });

  it('should reject as binary when given random bytes', () => {
    assert.match(rejection(() => detectEncoding(noise(4096, 7)), 'binary'), /looks binary.*NUL bytes \(the first at byte offset \d+\)/);
  });

  it('should reject as binary when many control characters are mixed into text', () => {
    const bytes = Buffer.from(seed(0).replace(/。/g, '\x01\x02\x03。'));
    assert.match(rejection(() => detectEncoding(bytes), 'binary'), /control characters in more than 1%/);
  });

  it('should reject as undecodable when random high bytes decode cleanly but not to Chinese', () => {
    const message = rejection(() => detectEncoding(noise(4000, 3, 0xa1, 94)), 'undecodable');
    assert.match(message, /not Chinese text: only \d+% of its \d+ non-ASCII characters are common/);
  });

  it('should reject as undecodable, saying what is wrong in each encoding, when no encoding fits', () => {
    const latin1 = Buffer.from('Caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u00e0 la carte\n', 'latin1');
    const message = rejection(() => detectEncoding(latin1), 'undecodable');
    assert.match(message, /not utf-8: malformed bytes 0xE9 0x20 at byte offset 3/);
    assert.match(message, /not gb18030: .*not big5-hkscs: /);
  });

  it('should reject as truncated, naming UTF-8, when the file stops inside a character', () => {
    const bytes = Buffer.from(seed(0));
    let cut = 300;
    while ((bytes[cut]! & 0xc0) === 0x80 || bytes[cut]! < 0x80) cut++; // a lead byte
    const message = rejection(() => detectEncoding(bytes.subarray(0, cut + 1)), 'truncated');
    assert.match(message, new RegExp(`as utf-8, but its last bytes, 0x[0-9A-F]{2} at byte offset ${cut}, begin a character`));
    assert.match(message, /cut off/);
  });

  it('should reject as truncated, naming gb18030, when GBK text stops after a lead byte', () => {
    const text = iconv.encode(seed(0).slice(0, 600), 'gb18030');
    const bytes = Buffer.concat([text, iconv.encode('中', 'gb18030').subarray(0, 1)]);
    const message = rejection(() => detectEncoding(bytes), 'truncated');
    assert.match(message, new RegExp(`as gb18030, but its last bytes, 0xD6 at byte offset ${text.length}`));
  });

  it('should reject as truncated when a file too large to judge on a sample is cut after a lead byte', () => {
    const bytes = gbkFile();
    let end = bytes.length - 1;
    while (!(bytes[end - 1]! < 0x80 && bytes[end]! >= 0xb0)) end--; // a Han lead byte after ASCII
    const message = rejection(() => detectEncoding(bytes.subarray(0, end + 1)), 'truncated');
    assert.match(message, new RegExp(`as gb18030, but its last bytes, 0x[0-9A-F]{2} at byte offset ${end}`));
  });

  it('should reject as truncated, counting offsets from the file start, when UTF-16 with a BOM stops inside a pair', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('中文\u{20000}', 'utf16le')]).subarray(0, 8);
    assert.match(rejection(() => detectEncoding(bytes), 'truncated'), /utf-16le .*0x40 0xD8 at byte offset 6/);
  });

  it('should reject as binary when text behind a UTF-16 BOM holds NUL characters', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('页面\0\0\0内容', 'utf16le')]);
    assert.match(rejection(() => detectEncoding(bytes), 'binary'), /NUL characters \(the first at character 2\)/);
  });

  it('should reject as mislabelled, naming gb18030, when a GBK file is declared big5-hkscs', () => {
    const message = rejection(() => detectEncoding(gbkFile(), { declared: 'big5-hkscs' }), 'mislabelled');
    assert.match(message, /declared big5-hkscs, but it is not valid big5-hkscs/);
    assert.match(message, /reads cleanly as gb18030.*Pass --encoding gb18030/);
  });

  it('should reject as mislabelled when a Big5 file is declared gb18030, where it decodes but to nonsense', () => {
    const message = rejection(() => detectEncoding(big5File(), { declared: 'gb18030' }), 'mislabelled');
    assert.match(message, /only \d+% of its non-ASCII characters are common.*reads cleanly as big5-hkscs/);
  });

  it('should reject as mislabelled when the declared encoding contradicts the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed(0))]);
    assert.match(rejection(() => detectEncoding(bytes, { declared: 'gb18030' }), 'mislabelled'), /utf-8 byte-order mark/);
  });

  it('should reject as ambiguous when a short text reads as common characters in both GBK and Big5', () => {
    // Each of these simplified characters' GBK bytes is also a common traditional character in Big5.
    const bytes = iconv.encode('不和地年来', 'gb18030');
    const message = rejection(() => detectEncoding(bytes), 'ambiguous');
    assert.match(message, /--encoding gb18030 or --encoding big5-hkscs|--encoding big5-hkscs or --encoding gb18030/);
  });

  it('should reject as ambiguous when GBK bytes also form valid but odd UTF-8', () => {
    const bytes = iconv.encode('小说', 'gb18030'); // D0 A1 CB B5: Cyrillic and a modifier letter in UTF-8
    assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    assert.match(rejection(() => detectEncoding(bytes), 'ambiguous'), /utf-8 .* gb18030/);
  });

  it('should report decode throughput when given a few megabytes', (t) => {
    const text = readFileSync(join(sharedDir, 'data', 'sighan2005', 'msr_test.utf8'), 'utf8').repeat(6);
    const cases: [string, Uint8Array, string][] = [
      ['utf-8', Buffer.from(text), 'utf-8'],
      ['gb18030', iconv.encode(text, 'gb18030'), 'gb18030'],
      ['big5-hkscs', iconv.encode(encodable(seed(1), 'big5hkscs').repeat(500), 'big5hkscs'), 'big5'],
    ];
    for (const [name, bytes, peer] of cases) {
      const rate = (f: () => unknown) => {
        f();
        const start = performance.now();
        for (let i = 0; i < 3; i++) f();
        return (3 * bytes.length) / 1e6 / ((performance.now() - start) / 1000);
      };
      const ours = rate(() => assert.equal(detectEncoding(bytes).encoding, name));
      const native = rate(() => new TextDecoder(peer).decode(bytes));
      t.diagnostic(
        `detectEncoding ${name}: ${(bytes.length / 1e6).toFixed(1)} MB at ${ours.toFixed(0)} MB/s ` +
          `(plain TextDecoder('${peer}'): ${native.toFixed(0)} MB/s, ratio ${(ours / native).toFixed(2)})`,
      );
    }
  });
});
