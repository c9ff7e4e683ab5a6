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
//               and its CPU time (process.cpuUsage(): V8's compiler threads count too, and it is less
//               sensitive than wall time to other processes' load)
//
// Throughput counts the UTF-8 bytes of the article texts. Both sides see the corpus REPEAT times (the CLI
// as one JSONL file, so its start-up is amortised); the best of RUNS runs is kept, by wall and CPU time.
// The CLI's time includes reading JSONL and writing the Result lines; the wasm side's includes
// TextEncoder, the engine, the JSON, TextDecoder and JSON.parse. Without ../shared, a synthetic corpus
// stands in (and the figures say so).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os, {loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WASM_DIR = path.join(ROOT, 'dist/wasm');
const NATIVE_CLI = path.join(ROOT, 'build/whosaid');
const DEV_CORPUS = path.resolve(ROOT, '../shared/corpus/polnear-dev.jsonl');
const REPEAT = 10;
const RUNS = 5;
const COLD_PROCESSES = 11;

async function loadWhosaid() {
  const {default: createWhosaid} = await import(pathToFileURL(path.join(WASM_DIR, 'whosaid.mjs')));
  return createWhosaid({wasmBinary: readFileSync(path.join(WASM_DIR, 'whosaid-engine.wasm'))});
}

// Child mode: one cold start in a fresh process, printed as JSON.
if (process.argv[2] === '--cold') {
  const text = readFileSync(process.argv[3], 'utf8');
  const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
  const t0 = performance.now();
  const ws = await loadWhosaid();
  const t1 = performance.now();
  const c1 = cpu();
  const r = ws.extract(text);
  const t2 = performance.now();
  const c2 = cpu();
  ws.extract(text);
  const t3 = performance.now();
  console.log(JSON.stringify({start: t1 - t0, first: t2 - t1, firstCpu: c2 - c1, second: t3 - t2,
                              quotes: r.quotes?.length}));
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
// Wasm and native runs alternate, so both see the same load from other processes; each side keeps its
// fastest run. CPU time (user + system; for the CLI as bash's `times` reports its child) is less sensitive
// to that load than wall time, so both ratios are printed.
console.log(`\n== throughput on ${corpusName}, ${kb(corpusBytes)} of text x${REPEAT}, ` +
            `best of ${RUNS} alternating runs ==`);
const ws = await loadWhosaid();
for (let i = 0; i < 2; i++) for (const a of articles) ws.extract(a.text);  // warm-up, optimising tier included
let jsonl = null;
let tmpCorpus = null;
if (existsSync(NATIVE_CLI)) {
  tmpCorpus = mkdtempSync(path.join(tmpdir(), 'whosaid-budget-'));
  jsonl = path.join(tmpCorpus, 'corpus.jsonl');
  const lines = articles.map((a) => JSON.stringify({id: a.id, text: a.text})).join('\n') + '\n';
  writeFileSync(jsonl, lines.repeat(REPEAT));
}
const wasmBest = {wall: Infinity, cpu: Infinity};
const nativeBest = {wall: Infinity, cpu: Infinity};
let quotes = 0;
for (let run = 0; run < RUNS; run++) {
  quotes = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < REPEAT; i++) for (const a of articles) quotes += ws.extract(a.text).quotes?.length ?? 0;
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  wasmBest.wall = Math.min(wasmBest.wall, wall);
  wasmBest.cpu = Math.min(wasmBest.cpu, (cpu.user + cpu.system) / 1000);
  if (!jsonl) continue;
  const t1 = performance.now();
  const r = spawnSync('bash', ['-c', '"$0" --jsonl "$1" >/dev/null 2>&1; s=$?; times; exit $s', NATIVE_CLI, jsonl],
                      {encoding: 'utf8'});
  nativeBest.wall = Math.min(nativeBest.wall, performance.now() - t1);
  if (r.status !== 0) console.log(`  (native CLI exited with status ${r.status})`);
  // `times` prints the shell's user/system time, then its children's: "0m0.412s 0m0.020s".
  const children = r.stdout.trim().split('\n').at(-1).match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/);
  if (children) {
    const [, um, us, sm, ss] = children.map(Number);
    nativeBest.cpu = Math.min(nativeBest.cpu, (um * 60 + us + sm * 60 + ss) * 1000);
  }
}
if (tmpCorpus) rmSync(tmpCorpus, {recursive: true});
const mbps = (ms) => (corpusBytes * REPEAT) / (ms / 1000) / 1e6;
const line = (name, best) => `  ${name.padEnd(22)} wall ${best.wall.toFixed(0).padStart(5)} ms ` +
  `${mbps(best.wall).toFixed(1).padStart(6)} MB/s   cpu ${best.cpu.toFixed(0).padStart(5)} ms ` +
  `${mbps(best.cpu).toFixed(1).padStart(6)} MB/s`;
console.log(line(`wasm (Node ${process.versions.node})`, wasmBest) + `   (${quotes / REPEAT} quotes per pass)`);
if (jsonl) {
  console.log(line('native CLI', nativeBest));
  const wallRatio = nativeBest.wall / wasmBest.wall;
  const cpuRatio = nativeBest.cpu / wasmBest.cpu;
  console.log(`  wasm / native          wall ${wallRatio.toFixed(2)}x, cpu ${cpuRatio.toFixed(2)}x   ` +
              `goal >= 0.6x: ${mark(Math.min(wallRatio, cpuRatio) >= 0.6)}`);
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
function coldStarts(nodeFlags) {
  const runs = [];
  for (let i = 0; i < COLD_PROCESSES; i++) {
    const r = spawnSync(process.execPath, [...nodeFlags, fileURLToPath(import.meta.url), '--cold', articlePath],
                        {encoding: 'utf8'});
    if (r.status !== 0) throw new Error(`cold-start child failed: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout));
  }
  return runs;
}
const cold = coldStarts([]);
// The same with V8's baseline compiler only: no optimising tier-up competing for the cores during the
// first calls. Not how browsers run; it shows how much of the first call is that competition.
const liftoff = coldStarts(['--liftoff-only']);
rmSync(dir, {recursive: true});
const col = (k) => cold.map((c) => c[k]);
const show = (k) => `min ${Math.min(...col(k)).toFixed(1)}, median ${median(col(k)).toFixed(1)}, ` +
                    `max ${Math.max(...col(k)).toFixed(1)} ms`;
cold.forEach((c) => { c.both = c.start + c.first; });
console.log(`\n== start-up, ${COLD_PROCESSES} fresh Node processes, article ${tenKb.id} ` +
            `(${kb(Buffer.byteLength(tenKb.text))}, ${cold[0].quotes} quotes) ==`);
console.log(`  createWhosaid()          ${show('start')}   (compile + instantiate + runtime start)`);
console.log(`  first extract()          ${show('first')}   goal <= 20 ms (median): ` +
            `${mark(median(col('first')) <= 20)}`);
console.log(`  its CPU time             ${show('firstCpu')}   (all threads: V8's compiler threads too)`);
console.log(`  create + first extract   ${show('both')}`);
console.log(`  second extract()         ${show('second')}`);
const firstLiftoff = liftoff.map((c) => c.first);
console.log(`  first extract(), node --liftoff-only: min ${Math.min(...firstLiftoff).toFixed(1)}, ` +
            `median ${median(firstLiftoff).toFixed(1)}, max ${Math.max(...firstLiftoff).toFixed(1)} ms ` +
            `(diagnostic: no optimising tier-up)`);
console.log(`\nload average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(' ')} ` +
            `on ${os.availableParallelism?.() ?? os.cpus().length} cores (timings spread under load)`);
