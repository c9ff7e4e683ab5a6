#!/usr/bin/env node
// Prints the WebAssembly module's budget figures (issue 5). A benchmark, not a test: it measures and
// reports, and never fails on a missed goal.
//
//   node scripts/wasm-budget.mjs        after ./scripts/build.sh (needs dist/wasm/ and build/whosaid)
//
//   size        .wasm + JS (glue and whosaid.mjs), raw and gzip -9     budget: <= 200 KB gzip in total
//   throughput  wasm in Node, JS string in -> Result object out, on the whole PolNeAR dev corpus, against
//               the native CLI (build/whosaid --jsonl) on the same articles    goal: >= 0.6x native
//   start       createWhosaid() in a fresh Node process (compile + instantiate + runtime start), then
//               the first extract() on a ~10 KB article                       goal: <= 20 ms
//
// Throughput counts the UTF-8 bytes of the article texts. Both sides see the corpus REPEAT times (the CLI
// as one JSONL file, so its start-up is amortised); the best of RUNS runs is kept. The CLI's time includes
// reading JSONL and writing the Result lines; the wasm side's includes TextEncoder, the engine, the JSON,
// TextDecoder and JSON.parse. Without ../shared, a synthetic corpus stands in (and the figures say so).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WASM_DIR = path.join(ROOT, 'dist/wasm');
const NATIVE_CLI = path.join(ROOT, 'build/whosaid');
const DEV_CORPUS = path.resolve(ROOT, '../shared/corpus/polnear-dev.jsonl');
const REPEAT = 10;
const RUNS = 3;
const COLD_PROCESSES = 7;

async function loadWhosaid() {
  const {default: createWhosaid} = await import(pathToFileURL(path.join(WASM_DIR, 'whosaid.mjs')));
  return createWhosaid({wasmBinary: readFileSync(path.join(WASM_DIR, 'whosaid-engine.wasm'))});
}

// Child mode: one cold start in a fresh process, printed as JSON.
if (process.argv[2] === '--cold') {
  const text = readFileSync(process.argv[3], 'utf8');
  const t0 = performance.now();
  const ws = await loadWhosaid();
  const t1 = performance.now();
  const r = ws.extract(text);
  const t2 = performance.now();
  ws.extract(text);
  const t3 = performance.now();
  console.log(JSON.stringify({start: t1 - t0, first: t2 - t1, second: t3 - t2, quotes: r.quotes?.length}));
  process.exit(0);
}

for (const f of ['whosaid.mjs', 'whosaid-engine.mjs', 'whosaid-engine.wasm']) {
  if (!existsSync(path.join(WASM_DIR, f))) {
    console.error(`${path.join(WASM_DIR, f)} is missing: run ./scripts/build.sh first`);
    process.exit(1);
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mark = (ok) => (ok ? 'ok' : 'MISSED');

// --- size ---------------------------------------------------------------------------------------------
console.log('== size (gzip -9) ==');
let totalRaw = 0;
let totalGzip = 0;
for (const f of ['whosaid-engine.wasm', 'whosaid-engine.mjs', 'whosaid.mjs']) {
  const bytes = readFileSync(path.join(WASM_DIR, f));
  const gz = gzipSync(bytes, {level: 9}).length;
  totalRaw += bytes.length;
  totalGzip += gz;
  console.log(`  ${f.padEnd(22)} ${kb(bytes.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
}
console.log(`  ${'total'.padEnd(22)} ${kb(totalRaw).padStart(10)} raw ${kb(totalGzip).padStart(10)} gzip` +
            `   budget 200 KB: ${mark(totalGzip <= 200 * 1024)}`);

// --- corpus -------------------------------------------------------------------------------------------
let articles;
let corpusName;
if (existsSync(DEV_CORPUS)) {
  articles = readFileSync(DEV_CORPUS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  corpusName = `PolNeAR dev (${articles.length} articles)`;
} else {
  const paragraph = '“We are very close to a deal,” President Ana Müller said on Tuesday. Critics called it ' +
                    'a “gift to lobbyists,” and José Pérez told reporters the plan would never pass. 🎉\n\n';
  articles = Array.from({length: 80}, (_, i) => ({id: `synthetic-${i}`, text: paragraph.repeat(20 + i)}));
  corpusName = `SYNTHETIC (../shared absent; ${articles.length} articles)`;
}
const corpusBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

// --- throughput ---------------------------------------------------------------------------------------
console.log(`\n== throughput on ${corpusName}, ${kb(corpusBytes)} of text x${REPEAT}, best of ${RUNS} ==`);
const ws = await loadWhosaid();
for (const a of articles) ws.extract(a.text);  // warm-up
let wasmBest = Infinity;
let quotes = 0;
for (let run = 0; run < RUNS; run++) {
  quotes = 0;
  const t0 = performance.now();
  for (let i = 0; i < REPEAT; i++) for (const a of articles) quotes += ws.extract(a.text).quotes?.length ?? 0;
  wasmBest = Math.min(wasmBest, performance.now() - t0);
}
const mbps = (ms) => (corpusBytes * REPEAT) / (ms / 1000) / 1e6;
console.log(`  wasm (Node ${process.versions.node})   ${wasmBest.toFixed(0).padStart(6)} ms ` +
            `${mbps(wasmBest).toFixed(1).padStart(7)} MB/s   (${quotes / REPEAT} quotes per pass)`);

if (existsSync(NATIVE_CLI)) {
  const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-budget-'));
  const jsonl = path.join(dir, 'corpus.jsonl');
  const lines = articles.map((a) => JSON.stringify({id: a.id, text: a.text})).join('\n') + '\n';
  writeFileSync(jsonl, lines.repeat(REPEAT));
  let nativeBest = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const r = spawnSync(NATIVE_CLI, ['--jsonl', jsonl], {stdio: ['ignore', 'ignore', 'ignore']});
    const ms = performance.now() - t0;
    if (r.status !== 0) console.log(`  (native CLI exited with status ${r.status})`);
    nativeBest = Math.min(nativeBest, ms);
  }
  rmSync(dir, {recursive: true});
  const ratio = nativeBest / wasmBest;
  console.log(`  native CLI             ${nativeBest.toFixed(0).padStart(6)} ms ` +
              `${mbps(nativeBest).toFixed(1).padStart(7)} MB/s`);
  console.log(`  wasm / native          ${ratio.toFixed(2)}x   goal >= 0.6x: ${mark(ratio >= 0.6)}`);
} else {
  console.log(`  native CLI: ${NATIVE_CLI} missing, no ratio (run ./scripts/build.sh)`);
}

// --- start-up and first call --------------------------------------------------------------------------
// The article closest to 10 KB of UTF-8.
const tenKb = articles.reduce((best, a) =>
  Math.abs(Buffer.byteLength(a.text) - 10_000) < Math.abs(Buffer.byteLength(best.text) - 10_000) ? a : best);
const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-budget-'));
const articlePath = path.join(dir, 'article.txt');
writeFileSync(articlePath, tenKb.text);
const cold = [];
for (let i = 0; i < COLD_PROCESSES; i++) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cold', articlePath], {encoding: 'utf8'});
  if (r.status !== 0) throw new Error(`cold-start child failed: ${r.stderr}`);
  cold.push(JSON.parse(r.stdout));
}
rmSync(dir, {recursive: true});
const col = (k) => cold.map((c) => c[k]);
const show = (k) => `median ${median(col(k)).toFixed(1)} ms, max ${Math.max(...col(k)).toFixed(1)} ms`;
console.log(`\n== start-up, ${COLD_PROCESSES} fresh Node processes, article ${tenKb.id} ` +
            `(${kb(Buffer.byteLength(tenKb.text))}, ${cold[0].quotes} quotes) ==`);
console.log(`  createWhosaid()        ${show('start')}   (compile + instantiate + runtime start)`);
console.log(`  first extract()        ${show('first')}   goal <= 20 ms: ${mark(median(col('first')) <= 20)}`);
console.log(`  second extract()       ${show('second')}`);
