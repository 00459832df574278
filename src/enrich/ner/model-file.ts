// The model on disk, gzipped: a JSON header (tags, weight scale, transitions, feature count), then the
// feature keys sorted and delta-coded as varints, then the emission weights quantised to int8 with one scale.
// Features whose weights all quantise to 0 are pruned. A few MB, read in well under a second.
import { gunzipSync, gzipSync } from 'node:zlib';
import { KeyTable } from './key-table.js';
import { TAGS, type NerModel } from './perceptron.js';

interface Header {
  format: 'baoku-ner/2';
  tags: string[];
  scale: number;
  transitions: number[];
  features: number;
}

export function encodeModel(model: NerModel): Buffer {
  const T = TAGS.length;
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const kept: [number, Int8Array][] = [];
  for (const [key, id] of model.features.entries()) {
    const q = Int8Array.from({ length: T }, (_, t) => Math.round(model.weights[id * T + t]! / scale));
    if (q.some((x) => x !== 0)) kept.push([key, q]);
  }
  kept.sort((a, b) => a[0] - b[0]);
  const keys: number[] = [];
  let previous = 0;
  for (const [key] of kept) {
    for (let d = key - previous; ; d = Math.floor(d / 128)) {
      if (d < 128) {
        keys.push(d);
        break;
      }
      keys.push((d % 128) | 128);
    }
    previous = key;
  }
  const weights = new Int8Array(kept.length * T);
  kept.forEach(([, q], i) => weights.set(q, i * T));
  const header: Header = { format: 'baoku-ner/2', tags: [...TAGS], scale, transitions: Array.from(model.transitions, (x) => Math.round(x * 1000) / 1000), features: kept.length };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(json.length, 0);
  lengths.writeUInt32LE(keys.length, 4);
  return gzipSync(Buffer.concat([lengths, json, Buffer.from(keys), Buffer.from(weights.buffer)]), { level: 9 });
}

export function decodeModel(file: Uint8Array): NerModel {
  const raw = gunzipSync(file);
  const jsonLength = raw.readUInt32LE(0);
  const keyBytes = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + jsonLength).toString('utf8')) as Header;
  if (header.format !== 'baoku-ner/2' || header.tags.join() !== TAGS.join()) throw new Error(`not a baoku NER model (format ${String(header.format)})`);
  const features = new KeyTable(header.features);
  let at = 8 + jsonLength;
  let key = 0;
  for (let i = 0; i < header.features; i++) {
    let d = 0;
    for (let mul = 1; ; mul *= 128) {
      const b = raw[at++]!;
      d += (b & 127) * mul;
      if (b < 128) break;
    }
    key += d;
    features.set(key, i);
  }
  if (at !== 8 + jsonLength + keyBytes) throw new Error('NER model file is damaged');
  const q = new Int8Array(raw.buffer, raw.byteOffset + at, header.features * TAGS.length);
  return { features, weights: Float32Array.from(q, (x) => x * header.scale), transitions: Float32Array.from(header.transitions) };
}
