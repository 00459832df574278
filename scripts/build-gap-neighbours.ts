// Writes models/gap-neighbours.bin: for every Han unit, the characters the missing-character flagger tries in a
// gap after it and before it (src/repair/gap-neighbours.ts), computed from models/char-lm.bin. Rebuild it after
// rebuilding the model; until then the flagger computes the lists as it meets units (same lists, slower start).
//
//   npx tsc -p . && node dist/scripts/build-gap-neighbours.js
import { readFileSync, writeFileSync } from 'node:fs';
import { charLm, shippedLmPath } from '../src/text/char-lm.js';
import { encodeNeighbours, shippedNeighboursPath } from '../src/repair/gap-neighbours.js';

const out = encodeNeighbours(charLm(), readFileSync(shippedLmPath));
writeFileSync(shippedNeighboursPath, out);
console.log(`${shippedNeighboursPath}: ${out.length.toLocaleString('en-US')} bytes`);
