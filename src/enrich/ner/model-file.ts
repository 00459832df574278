// The model on disk, gzipped: a JSON header (tags, table size, weight scale, transitions), then the numbers of
// the rows that have weights, delta-coded as varints, then those rows' weights quantised to int8 with one
// scale. Rows whose weights all quantise to 0 are left out. A few MB, read in well under a second.
import { gunzipSync, gzipSync } from 'node:zlib';
import { BUCKET_BITS, CLUSTERS_SUM, SLOTS } from './features.js';
import { STRIDE, TAGS, type NerModel } from './perceptron.js';

interface Header {
  format: 'baoku-ner/4';
  tags: string[];
  /** The table size and feature count it was trained with: another build's features would misread it. */
  bits: number;
  slots: number;
  /** The character clusters it was trained with (a checksum of models/ner-clusters.txt). */
  clusters: number;
  scale: number;
  transitions: number[];
  rows: number;
}

export function encodeModel(model: NerModel): Buffer {
  const T = TAGS.length;
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = (max * model.scale) / 127 || 1;
  const keys: number[] = [];
  const kept: number[] = [];
  let previous = 0;
  const q = new Int8Array(T);
  for (let row = 1; row < model.weights.length / STRIDE; row++) {
    let any = false;
    for (let t = 0; t < T; t++) any = (q[t] = Math.round((model.weights[row * STRIDE + t]! * model.scale) / scale)) !== 0 || any;
    if (!any) continue;
    for (let d = row - previous; ; d = Math.floor(d / 128)) {
      if (d < 128) {
        keys.push(d);
        break;
      }
      keys.push((d % 128) | 128);
    }
    previous = row;
    kept.push(...q);
  }
  const header: Header = {
    format: 'baoku-ner/4',
    tags: [...TAGS],
    bits: BUCKET_BITS,
    slots: SLOTS,
    clusters: CLUSTERS_SUM,
    scale,
    transitions: Array.from(model.transitions, (x) => Math.round(x * 1000) / 1000),
    rows: kept.length / T,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(json.length, 0);
  lengths.writeUInt32LE(keys.length, 4);
  return gzipSync(Buffer.concat([lengths, json, Buffer.from(keys), Buffer.from(Int8Array.from(kept).buffer)]), { level: 9 });
}

export function decodeModel(file: Uint8Array): NerModel {
  const T = TAGS.length;
  const raw = gunzipSync(file);
  const jsonLength = raw.readUInt32LE(0);
  const keyBytes = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + jsonLength).toString('utf8')) as Header;
  if (header.format !== 'baoku-ner/4' || header.tags.join() !== TAGS.join()) throw new Error(`not a baoku NER model of this version (format ${String(header.format)})`);
  if (header.bits !== BUCKET_BITS || header.slots !== SLOTS || header.clusters !== CLUSTERS_SUM) throw new Error('NER model was trained with other features or clusters: run node dist/scripts/train-ner.js');
  const weights = new Int8Array(2 ** BUCKET_BITS * STRIDE);
  let at = 8 + jsonLength;
  const q = new Int8Array(raw.buffer, raw.byteOffset + at + keyBytes, header.rows * T);
  let row = 0;
  for (let i = 0; i < header.rows; i++) {
    let d = 0;
    for (let mul = 1; ; mul *= 128) {
      const b = raw[at++]!;
      d += (b & 127) * mul;
      if (b < 128) break;
    }
    row += d;
    for (let t = 0; t < T; t++) weights[row * STRIDE + t] = q[i * T + t]!;
  }
  if (at !== 8 + jsonLength + keyBytes) throw new Error('NER model file is damaged');
  return { weights, scale: header.scale, transitions: Float32Array.from(header.transitions) };
}
