// The trained model shipped with baoku (models/ner.bin.gz, written by scripts/train-ner.ts), read once on
// first use like jieba's dictionary. Absent, enrich runs on its rules alone.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeModel } from './model-file.js';
import { specialise, type NerModel } from './perceptron.js';

/** Compiled to dist/src/enrich/ner/, so the repository root is four levels up. */
export const shippedModelPath = fileURLToPath(new URL('../../../../models/ner.bin.gz', import.meta.url));

let shipped: NerModel | null | undefined;

/**
 * The shipped model, specialised to news (People's Daily's convention) for enrich; `general` keeps every
 * convention (ner-eval reads CLUENER in its own). Another path reads that file.
 */
export function loadNerModel(path = shippedModelPath, general = false): NerModel | null {
  if (path !== shippedModelPath || general) return existsSync(path) ? decodeModel(readFileSync(path)) : null;
  if (shipped === undefined) shipped = existsSync(path) ? specialise(decodeModel(readFileSync(path)), 'news') : null;
  return shipped;
}
