// How well does the repair stage fix what extraction broke, and how fast? One command prints the whole table:
//   1. OCR look-alike confusions injected at 0.5–2 % into held-out text (scripts/corpora.ts `test` split, never
//      trained on): precision, recall, false fixes per 100,000 characters of the same text undamaged, and how
//      many suggestions a reader sees; with --calibrate, the margin sweep on the `dev` split the defaults came from;
//   2. missing and extra characters injected at 1 % into the same text: how many are flagged, and flags per
//      100,000 characters of it undamaged (with --calibrate, the threshold sweep on `dev`);
//   3. column de-interleaving on pages made from held-out text (2 and 3 columns, with and without a spanning
//      headline, padded and collapsed spacing): edit-distance similarity to the true reading order;
//   4. the misprints a careful reader spots in the seed pages and the example edition: fixed, suggested or missed;
//      the real-word cues on clean text; every missing/extra-character flag on those pages;
//   5. speed: characters per second of the confusion repair, the missing/extra flagger and the de-interleaver
//      beside a bare jieba cut.
//   npx tsc -p . && node dist/bench/repair.js [--calibrate]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpora } from '../scripts/corpora.js';
import { evaluate, pages, type ConfusionScore } from './confusion-damage.js';
import { columnPage } from './column-pages.js';
import { evaluateGaps, type GapRow } from './gap-damage.js';
import { DEFAULT_EXTRA, DEFAULT_MISSING, RULE as GAP_RULE, flagMissingOrExtra } from '../src/repair/missing-chars.js';
import { correctRealWordCues } from '../src/repair/real-word-cues.js';
import { DEFAULT_APPLY, DEFAULT_SUGGEST, correctConfusions } from '../src/repair/ocr-confusions.js';
import { archiveLexicon, deinterleave } from '../src/repair/index.js';
import { applyInOrder } from '../src/model/index.js';
import { processPage } from '../src/pipeline.js';
import { similarity } from '../src/text/similarity.js';
import { segment } from '../src/text/segment.js';
import { pageSource } from '../test/fixtures.js';
import { examplesDir, seedDir } from '../test/paths.js';

const { values } = parseArgs({ options: { calibrate: { type: 'boolean', default: false } } });
const split = corpora();
const fmt = (n: number, d = 3) => n.toFixed(d);
const row = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);

function confusionRow(label: string, d: ConfusionScore, clean: ConfusionScore) {
  row([label, d.damaged, fmt(d.fixed / Math.max(1, d.fixed + d.wrong)), fmt(d.fixed / d.damaged), fmt(d.offered / d.damaged), fmt((clean.wrong / clean.chars) * 1e5, 2), fmt((clean.suggestions / clean.chars) * 1e5, 1)]);
}

// 1. Confusions.
const test = pages(split.test);
const testChars = test.reduce((n, t) => n + t.length, 0);
console.log(`\n## OCR look-alike confusions — held-out text, ${testChars.toLocaleString('en-US')} chars (apply ≥ ${DEFAULT_APPLY}, suggest ≥ ${DEFAULT_SUGGEST} nats)\n`);
row(['damage', 'damaged chars', 'precision', 'recall (applied)', 'fixed or suggested', 'false fixes /100k clean chars', 'suggestions /100k clean chars']);
row(['---', '---:', '---:', '---:', '---:', '---:', '---:']);
const cleanTest = evaluate(test, 0);
for (const rate of [0.005, 0.01, 0.02]) confusionRow(`${rate * 100}%`, evaluate(test, rate), cleanTest);

if (values.calibrate) {
  const dev = pages(split.dev);
  console.log(`\n### Calibration sweep — dev split (${dev.reduce((n, t) => n + t.length, 0).toLocaleString('en-US')} chars, 1 % damage)\n`);
  row(['apply margin', 'damaged chars', 'precision', 'recall (applied)', 'fixed or suggested', 'false fixes /100k clean chars', 'suggestions /100k clean chars']);
  row(['---', '---:', '---:', '---:', '---:', '---:', '---:']);
  for (const apply of [6, 7, 8, 9, 10, 12]) confusionRow(String(apply), evaluate(dev, 0.01, { apply }), evaluate(dev, 0, { apply }));
}

// 2. Missing and extra characters: flagged, never guessed.
function gapRow(label: string, r: GapRow) {
  const rate = (n: number) => fmt((n / r.chars) * 1e5, 1);
  row([label, r.missing, fmt(r.foundMissing / Math.max(1, r.missing)), r.extra, fmt(r.foundExtra / Math.max(1, r.extra)), rate(r.cleanFlags), Math.round(r.chars / r.seconds).toLocaleString('en-US')]);
}
const gapHeader = (first: string) => {
  row([first, 'dropped', 'flagged', 'added', 'flagged', 'flags /100k clean chars', 'chars/s']);
  row(['---', '---:', '---:', '---:', '---:', '---:', '---:']);
};
console.log(`\n## Missing or extra characters — held-out text, 1 % of characters dropped or added (flag at ≥ ${DEFAULT_MISSING} / ${DEFAULT_EXTRA} nats)\n`);
gapHeader('thresholds (missing / extra)');
for (const r of evaluateGaps(test, 0.01, [{ missing: DEFAULT_MISSING, extra: DEFAULT_EXTRA }])) gapRow(`${DEFAULT_MISSING} / ${DEFAULT_EXTRA}`, r);
if (values.calibrate) {
  console.log('\n### Calibration sweep — dev split\n');
  gapHeader('thresholds (missing / extra)');
  // Each kind on its own (the other off): the defaults are the lowest with no flag on the clean dev text.
  const sweep = [...[8, 10, 12, 14].map((m) => ({ missing: m, extra: Infinity })), ...[28, 30, 32, 35].map((e) => ({ missing: Infinity, extra: e }))];
  for (const r of evaluateGaps(pages(split.dev), 0.01, sweep)) gapRow(`${r.threshold.missing} / ${r.threshold.extra}`, r);
}

// 3. Columns.
console.log('\n## Column de-interleaving — pages made from held-out text, 6 per row\n');
row(['columns', 'headline', 'spacing', 'similarity to reading order', 'printed order', 'rebuilt']);
row(['---:', '---', '---', '---:', '---:', '---:']);
const strip = (s: string) => s.replace(/\s+/g, '');
let columnChars = 0;
let columnSeconds = 0;
for (const columns of [2, 3]) {
  for (const headline of [false, true]) {
    for (const padded of [true, false]) {
      let got = 0;
      let printed = 0;
      let rebuilt = 0;
      const n = 6;
      for (let k = 0; k < n; k++) {
        const p = columnPage(split.test, columns, headline, padded, k * 31 + columns);
        const t = process.hrtime.bigint();
        const { order } = deinterleave(pageSource(p.text));
        columnSeconds += Number(process.hrtime.bigint() - t) / 1e9;
        columnChars += p.text.length;
        if (order) rebuilt++;
        got += similarity(strip(order ? applyInOrder(p.text, [], order).text : p.text), strip(p.truth));
        printed += similarity(strip(p.text), strip(p.truth));
      }
      row([columns, headline ? 'yes' : 'no', padded ? 'padded' : 'collapsed', fmt(got / n), fmt(printed / n), `${rebuilt}/${n}`]);
    }
  }
}

// 4. Misprints in real pages: [file, text around the misprint, offset of the wrong character in it, right character].
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const known: [string, string, number, string][] = [
  [seeds[1]!, '學懂弄通習近全', 6, '平'],
  [seeds[1]!, '深入學習貫徹習近全', 8, '平'],
  [seeds[1]!, '牢牢把握習近全', 6, '平'],
  [seeds[2]!, '财跃星辰', 0, '阶'],
  [seeds[3]!, '友中心人选', 3, '入'],
  [seeds[4]!, '徐汇万科人市', 4, '入'],
  [seeds[4]!, '高铁接人上海', 3, '入'],
  ['02.txt', '将接人南岸', 2, '入'],
  ['02.txt', '首批人驻', 2, '入'],
  ['02.txt', '中心己累计', 2, '已'],
  ['03.txt', '末來三年', 0, '未'],
  ['04.txt', '目前已人选', 3, '入'],
];
const pathOf = (f: string) => (seeds.includes(f) ? join(seedDir, f) : join(examplesDir, 'yunxi-2025-03-10', f));
console.log('\n## Misprints a careful reader spots (seeds: the archive holds the other seed pages)\n');
row(['page', 'printed', 'reader', 'result']);
row(['---', '---', '---', '---']);
let fixed = 0;
let suggested = 0;
for (const [file, context, offset, right] of known) {
  const raw = readFileSync(pathOf(file), 'utf8');
  const others = seeds.includes(file) ? seeds.filter((f) => f !== file).map((f) => readFileSync(join(seedDir, f), 'utf8')) : [];
  const edits = processPage({ bytes: Buffer.from(raw), sourceFile: file }, { repair: { archive: archiveLexicon(others) } }).page.edits;
  const at = raw.indexOf(context) + offset;
  const e = edits.find((x) => x.start === at && x.end === at + 1 && (x.after === right || x.candidates?.includes(right)));
  const result = !e ? 'missed' : e.status === 'applied' && e.after === right ? `fixed (${e.rule}, ${e.confidence})` : `suggested (${e.rule}, ${e.confidence})`;
  if (result.startsWith('fixed')) fixed++;
  else if (result.startsWith('suggested')) suggested++;
  row([file.slice(0, 3), context, context.slice(0, offset) + right + context.slice(offset + 1), result]);
}
console.log(`\n${fixed} fixed, ${suggested} suggested, ${known.length - fixed - suggested} missed of ${known.length}.`);

// Real-word cues fire on no clean text; every missing/extra flag on the real pages is listed (a reader would see it).
const clean = [...split.train, ...split.dev, ...split.test];
const cueHits = clean.reduce((n, t) => n + correctRealWordCues(t).length, 0);
console.log(`\nReal-word cues (已人选 → 已入选) on clean text: ${cueHits} edits in ${clean.reduce((n, t) => n + t.length, 0).toLocaleString('en-US')} chars (train + dev + test).`);
console.log('\nMissing/extra flags on the seed pages and the example edition:\n');
const realPages = [...seeds.map((f) => join(seedDir, f)), ...['01.txt', '02.txt', '03.txt', '04.txt'].map((f) => join(examplesDir, 'yunxi-2025-03-10', f))];
for (const path of realPages) {
  const raw = readFileSync(path, 'utf8');
  for (const m of processPage({ bytes: Buffer.from(raw), sourceFile: path }).page.messages) {
    if (m.ruleId === GAP_RULE && m.place) console.log(`- ${path.split('/').pop()!.slice(0, 6)}: ${raw.slice(m.place.start - 4, m.place.end + 4)} — ${m.reason}`);
  }
}
const page002 = readFileSync(join(seedDir, seeds[2]!), 'utf8');
const at = page002.indexOf('和水平');
const flagged = processPage({ bytes: Buffer.from(page002), sourceFile: seeds[2]! }).page.messages.some((m) => m.ruleId === GAP_RULE && m.place && m.place.start <= at + 1 && m.place.end >= at + 1);
console.log(`\n002 和水平 (for 和高水平): ${flagged ? 'flagged' : 'not flagged'}`);

// 5. Speed, beside a bare jieba cut of the same text.
const time = (fn: () => void) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
};
segment('预热');
correctConfusions(test[0]!);
const tConfusions = time(() => test.forEach((t) => correctConfusions(t)));
const tJieba = time(() => test.forEach((t) => segment(t)));
const tGaps = time(() => test.forEach((t) => flagMissingOrExtra(t)));
const rate = (chars: number, s: number) => Math.round(chars / s).toLocaleString('en-US');
console.log(`\n## Speed (node ${process.version}, one core)\n`);
console.log(`confusion repair   ${rate(testChars, tConfusions)} chars/s`);
console.log(`missing/extra      ${rate(testChars, tGaps)} chars/s`);
console.log(`de-interleaving    ${rate(columnChars, columnSeconds)} chars/s (interleaved pages, the slow case)`);
console.log(`bare jieba cut     ${rate(testChars, tJieba)} chars/s`);
console.log(`ratio confusion repair / jieba: ${(tJieba / tConfusions).toFixed(2)}; missing/extra / jieba: ${(tJieba / tGaps).toFixed(2)}`);
