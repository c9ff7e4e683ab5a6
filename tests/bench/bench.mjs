#!/usr/bin/env node
// The speed of whosaid against named peers on real text, and how its time grows with the input. Run by
// ./scripts/bench.sh after it has built build/ and dist/wasm/ in Release; a benchmark, not a test: it
// measures and reports, and never fails on a missed goal.
//
//   node tests/bench/bench.mjs [--quick] [--wall] [--table-only | --scaling-only | --instructions]
//   node tests/bench/bench.mjs [--quick] [--wall] --against REV CLI
//
// Times are CPU time (user + system of the process doing the work) unless --wall: the machines these
// figures come from are shared, and CPU time moves far less than wall time when other processes compete
// for the cores. Both are kept in build/bench/results.json.
//
// Inputs are generated into build/bench/ at run time from ../shared (never copied into the project):
//   dev    all article texts of ../shared/corpus/polnear-dev.jsonl, joined by blank lines
//   seed   ../shared/corpus/seed-article.txt repeated (blank line between copies) to at most 10 MB
// MB are 10^6 bytes of UTF-8 input text, for every engine.
//
// The table. Each engine sees the same text, each figure is the median of several timed runs after
// warm-up runs, and every ratio compares figures measured in this same run:
//   native (in process)  tests/bench/bench_extract: whosaid::extract() + whosaid::to_json() on the whole
//                        text, in memory (no file reading, no output)
//   native CLI           build/whosaid FILE > /dev/null: process start, reading, extract, JSON, writing
//   native CLI --jsonl   build/whosaid --jsonl FILE > /dev/null, an article a line: for dev the corpus file
//                        itself (its annotations are read past), for seed one {"id", "text"} per copy
//   wasm in Node         dist/wasm/whosaid.mjs: ws.extract(jsString) -> Result object (TextEncoder, engine,
//                        JSON, TextDecoder and JSON.parse included), in a fresh Node process
//   compromise           nlp(text), then doc.quotations() and doc.people(), each .out('array')
//   wink-nlp             readDoc(text) with wink-eng-lite-web-model, then doc.entities().out(its.detail)
// The peers run in fresh Node processes of their own, on the first paragraphs of each input up to a
// byte budget when the whole input would take too long (the table says how much they read).
// Peak memory is the CLI's maximum resident set (getrusage of the child) on the 10 MB input.
//
// Instructions (--instructions, instead of the table and scaling). What one pass of extract() +
// to_json() over the dev text costs on a simulated CPU (valgrind's cachegrind, with its branch predictor
// and caches): instructions, mispredicted conditional branches, first-level instruction- and data-cache
// misses. The same count on a busy machine as on an idle one, where times spread by a fifth: the figure
// to compare two versions of the engine by. One pass is the difference between a run of three passes
// and a run of one, halved, so that start-up (the lexicons) is left out. About a minute.
//
// Against (--against REV CLI, instead of the rest): this engine's CLI and CLI, the CLI of commit REV that
// ./scripts/bench.sh --against REV builds, on the same inputs (dev x10, one text of 4 MB, and the 10 MB
// seed text), run by turns so that both see the same machine: each one's median CPU time, the ratio of
// the medians and the spread of the ratios of the pairs; then both whole runs on dev x10 on cachegrind's
// simulated CPU (instructions, mispredicted branches), which do not move with the machine's load.
//
// Scaling. bench_extract on real text (dev, cut or repeated to 10 KB ... 100 MB) and on hostile inputs
// (100 KB ... 10 MB), printed as nanoseconds per input byte: linear time means a flat row.
import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');
const OUT = path.join(ROOT, 'build/bench');
const BUILT = {benchExtract: path.join(ROOT, 'build/tests/bench/bench_extract'), cli: path.join(ROOT, 'build/whosaid'),
               wasmDir: path.join(ROOT, 'dist/wasm')};
const WASM_FILES = ['whosaid-engine.wasm', 'whosaid-engine.mjs', 'whosaid.mjs'];
// What is measured is a copy of the binaries taken at the start, so that a rebuild of build/ or dist/
// during the run (others may work in the same tree) cannot change or break the engine under test.
const SNAPSHOT = path.join(OUT, 'engine');
const BENCH_EXTRACT = path.join(SNAPSHOT, 'bench_extract');
const CLI = path.join(SNAPSHOT, 'whosaid');
const WASM_DIR = path.join(SNAPSHOT, 'wasm');
const SELF = fileURLToPath(import.meta.url);

const MB = 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bytes = (s) => Buffer.byteLength(s, 'utf8');

// The first paragraphs of `text` (blank-line separated) that fit in `budget` bytes of UTF-8: peers that
// are too slow for the whole input read this much of it.
function head(text, budget) {
  if (bytes(text) <= budget) return text;
  const cut = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8');
  const end = cut.lastIndexOf('\n\n');
  return end > 0 ? cut.slice(0, end) : cut.replace(/\uFFFD$/, '');  // no paragraph end: a whole character
}

// ---- child mode: one engine, one input, timed in a fresh Node process -----------------------------
// node bench.mjs --child ENGINE FILE BUDGET WARMUPS RUNS  ->  {"bytes", "wall_ms", "cpu_ms", "found"}
// CPU time is the whole process's (user + system, V8's helper threads included).
async function child([engine, file, budget, warmups, runs]) {
  const text = head(readFileSync(file, 'utf8'), Number(budget));
  let run;
  if (engine === 'wasm') {
    const {default: createWhosaid} = await import(pathToFileURL(path.join(WASM_DIR, 'whosaid.mjs')));
    const ws = await createWhosaid({wasmBinary: readFileSync(path.join(WASM_DIR, 'whosaid-engine.wasm'))});
    run = () => {
      const r = ws.extract(text);
      if (r.error) throw new Error(`wasm: ${r.error.code}: ${r.error.message}`);
      return `${r.quotes.length} quotes`;
    };
  } else if (engine === 'compromise') {
    const {default: nlp} = await import('compromise');
    run = () => {
      const doc = nlp(text);
      return `${doc.quotations().out('array').length} quotations, ${doc.people().out('array').length} people`;
    };
  } else if (engine === 'wink') {
    const {default: winkNLP} = await import('wink-nlp');
    const {default: model} = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    run = () => `${nlp.readDoc(text).entities().out(nlp.its.detail).length} entities`;
  } else {
    throw new Error(`unknown engine ${engine}`);
  }
  // At least `warmups` passes and, when more than one is asked for, at least a second of them: V8
  // compiles hot functions again with its optimising tier on helper threads, and on a busy machine ten
  // passes of the dev text had not always seen that through (wasm on dev: 29-54 MB/s in four tables).
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < Number(warmups) || (Number(warmups) > 1 && performance.now() < warmUntil); i++) run();
  const wall = [];
  const cpu = [];
  let found = '';
  for (let i = 0; i < Number(runs); i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    found = run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e3);
  }
  console.log(JSON.stringify({bytes: bytes(text), wall_ms: wall, cpu_ms: cpu, found}));
}

if (process.argv[2] === '--child') {
  await child(process.argv.slice(3));
  process.exit(0);
}

// ---- main mode ------------------------------------------------------------------------------------
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const WALL = args.has('--wall');  // time by the wall clock rather than by CPU time
const INSTRUCTIONS = args.has('--instructions');
const againstAt = process.argv.indexOf('--against');
const AGAINST = againstAt > 0 ? {rev: process.argv[againstAt + 1], cli: process.argv[againstAt + 2]} : null;
const TABLE = !args.has('--scaling-only') && !INSTRUCTIONS && !AGAINST;
const SCALING = !args.has('--table-only') && !INSTRUCTIONS && !AGAINST;

const wanted = [[BUILT.benchExtract, BENCH_EXTRACT], [BUILT.cli, CLI],
                ...(AGAINST ? [] : WASM_FILES.map((f) => [path.join(BUILT.wasmDir, f), path.join(WASM_DIR, f)]))];
for (const [from] of wanted) {
  if (!existsSync(from)) {
    console.error(`bench: ${path.relative(ROOT, from)} is missing: run ./scripts/bench.sh (it builds what it needs)`);
    process.exit(1);
  }
}
mkdirSync(WASM_DIR, {recursive: true});
for (const [from, to] of wanted) copyFileSync(from, to);
const devJsonl = path.join(SHARED, 'corpus/polnear-dev.jsonl');
const seedTxt = path.join(SHARED, 'corpus/seed-article.txt');
if (!existsSync(devJsonl) || !existsSync(seedTxt)) {
  console.error(`bench: skipped: ${path.relative(ROOT, devJsonl)} or ${path.relative(ROOT, seedTxt)} is absent ` +
                '(the benchmarks run on that real text only)');
  process.exit(0);
}
mkdirSync(path.join(OUT, 'scaling'), {recursive: true});

const articles = readFileSync(devJsonl, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
const dev = articles.join('\n\n');
const seed = readFileSync(seedTxt, 'utf8').trim();
const seedCopies = Math.floor((10 * MB + 2) / (bytes(seed) + 2));
const seed10 = Array(seedCopies).fill(seed).join('\n\n');

function write(name, text) {
  const file = path.join(OUT, name);
  writeFileSync(file, text);
  return file;
}

function run(cmd, argv) {
  const r = spawnSync(cmd, argv, {encoding: 'utf8', maxBuffer: 64 << 20, cwd: ROOT});
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

// bench_extract on files: one JSON object per file.
function native(files, flags) {
  return run(BENCH_EXTRACT, [...flags, ...files]).trim().split('\n').map((l) => JSON.parse(l));
}

function engineInChild(engine, file, budget, warmups, runs) {
  return JSON.parse(run(process.execPath, [SELF, '--child', engine, file, String(budget), String(warmups),
                                           String(runs)]));
}

const fmtMBs = (x) => (x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x >= 0.1 ? x.toFixed(3) : x.toFixed(4));
const fmtX = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + 'x';
const fmtBytes = (n) => (n >= MB ? `${(n / MB).toFixed(n >= 10 * MB ? 1 : 2)} MB` : `${(n / 1e3).toFixed(1)} KB`);
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => '| ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ') + ' |';
  console.log(line(rows[0]));
  console.log('|' + widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const r of rows.slice(1)) console.log(line(r));
}

const results = {machine: {cores: os.availableParallelism?.() ?? os.cpus().length, cpu: os.cpus()[0]?.model,
                           node: process.versions.node, load_start: load()}};

// ---- instructions -----------------------------------------------------------------------------------
// cachegrind's totals ("summary:" under "events:") of a command, saved under `name`.
function cachegrindTotals(name, command) {
  const out = path.join(OUT, `cachegrind.${name}`);
  run('valgrind', ['--tool=cachegrind', '--branch-sim=yes', '--cache-sim=yes', `--cachegrind-out-file=${out}`,
                   ...command]);
  const lines = readFileSync(out, 'utf8').split('\n');
  const events = lines.find((l) => l.startsWith('events:')).split(' ').slice(1);
  const totals = lines.find((l) => l.startsWith('summary:')).split(' ').slice(1).map(Number);
  return Object.fromEntries(events.map((e, i) => [e, totals[i]]));
}

// The totals of bench_extract running `passes` passes over `file`.
function simulatedCounts(file, passes) {
  return cachegrindTotals(String(passes), [BENCH_EXTRACT, `--min-runs=${passes}`, `--max-runs=${passes}`,
                                           '--no-warmup', file]);
}

function needValgrind(option) {
  if (spawnSync('valgrind', ['--version']).status === 0) return;
  console.error(`bench: ${option} needs valgrind (./scripts/setup.sh installs it)`);
  process.exit(1);
}

if (INSTRUCTIONS) {
  needValgrind('--instructions');
  const file = write('dev.txt', dev);
  console.error(`bench: cachegrind on ${fmtBytes(bytes(dev))} of PolNeAR dev, 1 and 3 passes ...`);
  const one = simulatedCounts(file, 1);
  const three = simulatedCounts(file, 3);
  const pass = (e) => (three[e] - one[e]) / 2;
  const perByte = (n) => (n / bytes(dev)).toFixed(n / bytes(dev) >= 10 ? 1 : 2);
  const rows = [['per pass of extract() + to_json() over PolNeAR dev', 'count', 'per input byte'],
                ['instructions', `${(pass('Ir') / 1e6).toFixed(2)}M`, perByte(pass('Ir'))],
                ['conditional branches mispredicted (simulated)', `${(pass('Bcm') / 1e3).toFixed(0)}K`, perByte(pass('Bcm'))],
                ['instruction-cache misses, first level (simulated)', `${(pass('I1mr') / 1e3).toFixed(0)}K`, perByte(pass('I1mr'))],
                ['data-cache read misses, first level (simulated)', `${(pass('D1mr') / 1e3).toFixed(0)}K`, perByte(pass('D1mr'))]];
  console.log(`\n== instructions: native, valgrind's cachegrind, one pass = (3 passes - 1 pass) / 2 ==\n`);
  printTable(rows);
  results.instructions = {file: 'dev', bytes: bytes(dev), one_pass: one, three_passes: three};
}

// ---- against another commit's engine ----------------------------------------------------------------
// One run of `cli` on `file` in a child process: CPU (or wall) milliseconds.
function cliMs(cli, file) {
  const r = JSON.parse(run(BENCH_EXTRACT, ['--rss', '--', cli, file]));
  return (WALL ? r.wall_ns : r.cpu_ns) / 1e6;
}

if (AGAINST) {
  const {rev, cli: other} = AGAINST;
  const RUNS = QUICK ? 7 : 21;  // runs are short and the machine noisy: many, for a steady median
  const inputs = [[`PolNeAR dev x10 (${fmtBytes(bytes(dev) * 10)})`, write('dev-x10.txt', Array(10).fill(dev).join('\n\n'))],
                  [`seed article x${seedCopies} (${fmtBytes(bytes(seed10))})`, write('seed-10mb.txt', seed10)]];
  console.error(`bench: ${RUNS} runs by turns of each CLI per input, load average ${load()} ...`);
  const rows = [[`CLI, file -> JSON on /dev/null: ${WALL ? 'wall' : 'CPU'} ms, median of ${RUNS}`, `${rev}`, 'this engine',
                 'ratio of medians', 'ratio of pairs: middle (range)']];
  results.against = {rev, inputs: {}};
  for (const [label, file] of inputs) {
    cliMs(other, file);  // warm-up: the page cache and the binaries
    cliMs(CLI, file);
    const pairs = [];
    for (let i = 0; i < RUNS; i++) {  // who goes first alternates, so that neither always follows the other
      if (i % 2) {
        const ours = cliMs(CLI, file);
        pairs.push({ours, other: cliMs(other, file)});
      } else {
        const otherMs = cliMs(other, file);
        pairs.push({ours: cliMs(CLI, file), other: otherMs});
      }
    }
    const ratios = pairs.map((p) => p.ours / p.other);
    const mo = median(pairs.map((p) => p.other));
    const mt = median(pairs.map((p) => p.ours));
    rows.push([label, mo.toFixed(1), mt.toFixed(1), fmtX(mt / mo),
               `${fmtX(median(ratios))} (${fmtX(Math.min(...ratios))}-${fmtX(Math.max(...ratios))})`]);
    results.against.inputs[label] = pairs;
  }
  console.log(`\n== this engine against commit ${rev}: the CLI on the same inputs, run by turns ==\n`);
  printTable(rows);
  needValgrind('--against');
  const [devLabel, devFile] = inputs[0];
  const counts = [cachegrindTotals('against-other', [other, devFile]), cachegrindTotals('against-this', [CLI, devFile])];
  const countRow = (title, e, unit, div) =>
    [title, ...counts.map((c) => `${(c[e] / div).toFixed(unit === 'M' ? 1 : 0)}${unit}`), fmtX(counts[1][e] / counts[0][e])];
  console.log(`\n== the same on cachegrind's simulated CPU: the whole CLI run on ${devLabel} ==\n`);
  printTable([['whole run', `${rev}`, 'this engine', 'ratio'],
              countRow('instructions', 'Ir', 'M', 1e6),
              countRow('conditional branches mispredicted', 'Bcm', 'K', 1e3),
              countRow('data-cache read misses, first level', 'D1mr', 'K', 1e3),
              countRow('instruction-cache misses, first level', 'I1mr', 'K', 1e3)]);
  results.against.cachegrind = counts;
}

// ---- the table ------------------------------------------------------------------------------------
if (TABLE) {
  const RUNS = QUICK ? 3 : 7;
  const PEER_RUNS = QUICK ? 1 : 3;
  const inputs = [
    {key: 'dev', label: `PolNeAR dev, ${articles.length} articles`, file: write('dev.txt', dev), text: dev,
     jsonl: devJsonl},
    {key: 'seed10', label: `seed article x${seedCopies}`, file: write('seed-10mb.txt', seed10), text: seed10,
     jsonl: write('seed-10mb.jsonl', Array.from({length: seedCopies}, (_, id) => JSON.stringify({id, text: seed}) + '\n').join(''))},
  ];
  // Byte budgets of the peers: what they can read in a few seconds per run on this machine. Enough for all
  // of dev, as the issue asks (same input for every engine): compromise read the first 100 KB of dev at
  // 0.16-0.17 MB/s and all of it at 0.20, two runs each, so a head of dev is not the same text to it.
  const budget = {compromise: QUICK ? 30e3 : 500e3, wink: QUICK ? 300e3 : 1 * MB};
  console.error(`bench: table (${QUICK ? 'quick' : `${RUNS} runs native/wasm, ${PEER_RUNS} runs peers`}), ` +
                `load average ${load()} ...`);
  const m = {};
  for (const input of inputs) {
    const size = bytes(input.text);
    const r = (m[input.key] = {bytes: size});
    const big = size > 2 * MB;
    const nat = native([input.file], [`--min-runs=${RUNS}`, `--max-runs=${big ? RUNS : 1000}`, '--min-seconds=1'])[0];
    r.native = {mbps: size / ((WALL ? nat.median_ns : nat.median_cpu_ns) / 1e9) / MB,
                wall_mbps: size / (nat.median_ns / 1e9) / MB, runs: nat.runs, quotes: nat.quotes};
    const cli = [];
    for (let i = 0; i < RUNS; i++) cli.push(JSON.parse(run(BENCH_EXTRACT, ['--rss', '--', CLI, input.file])));
    if (cli.some((c) => c.status !== 0)) throw new Error(`build/whosaid failed on ${input.file}`);
    r.cli = {mbps: size / (median(cli.map((c) => (WALL ? c.wall_ns : c.cpu_ns))) / 1e9) / MB,
             wall_mbps: size / (median(cli.map((c) => c.wall_ns)) / 1e9) / MB,
             rss: median(cli.map((c) => c.max_rss_bytes))};
    const jsonl = [];
    for (let i = 0; i < RUNS; i++) jsonl.push(JSON.parse(run(BENCH_EXTRACT, ['--rss', '--', CLI, '--jsonl', input.jsonl])));
    if (jsonl.some((c) => c.status !== 0)) throw new Error(`build/whosaid --jsonl failed on ${input.jsonl}`);
    r.cli_jsonl = {mbps: size / (median(jsonl.map((c) => (WALL ? c.wall_ns : c.cpu_ns))) / 1e9) / MB,
                   wall_mbps: size / (median(jsonl.map((c) => c.wall_ns)) / 1e9) / MB};
    // Warm-up passes for the wasm engine: V8 compiles its hot functions a second time, with its optimising
    // tier, on helper threads during the first calls (0.4-0.5 s of CPU on the dev text, counted in the
    // process's CPU time), and on the dev text passes 4 to 6 still paid 30-45 ms of it against 15-18 ms
    // a pass after. Ten passes put the median past that, as the native engine's warm-up does; what a
    // first call costs is scripts/wasm-budget.mjs's figure. One pass of the 10 MB text is enough.
    const wasm = engineInChild('wasm', input.file, Infinity, big ? 1 : 10, RUNS);
    r.wasm = {mbps: wasm.bytes / (median(WALL ? wasm.wall_ms : wasm.cpu_ms) / 1e3) / MB,
              wall_mbps: wasm.bytes / (median(wasm.wall_ms) / 1e3) / MB, found: wasm.found};
    for (const peer of ['compromise', 'wink']) {
      const p = engineInChild(peer, input.file, budget[peer], QUICK ? 1 : 2, PEER_RUNS);
      r[peer] = {mbps: p.bytes / (median(WALL ? p.wall_ms : p.cpu_ms) / 1e3) / MB,
                 wall_mbps: p.bytes / (median(p.wall_ms) / 1e3) / MB, bytes: p.bytes, found: p.found};
    }
    console.error(`bench:   ${input.key} done, load average ${load()}`);
  }
  const wasmFiles = WASM_FILES.map((f) => readFileSync(path.join(WASM_DIR, f)));
  const size = (bufs) => ({raw: bufs.reduce((n, b) => n + b.length, 0),
                           gzip: bufs.reduce((n, b) => n + gzipSync(b, {level: 9}).length, 0)});
  const wasmSize = {engine: size(wasmFiles.slice(0, 1)), total: size(wasmFiles)};
  results.table = m;
  results.wasm_size = wasmSize;

  const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
  const cols = inputs.map((i) => i.key);
  const peerCell = (key, peer) => {
    const r = m[key][peer];
    return `${fmtMBs(r.mbps)} MB/s` + (r.bytes < m[key].bytes ? ` (first ${fmtBytes(r.bytes)})` : '');
  };
  const ratio = (a, b) => cols.map((k) => fmtX(m[k][a].mbps / m[k][b].mbps));
  const rows = [
    ['', ...inputs.map((i) => `${i.label} (${fmtBytes(m[i.key].bytes)})`), 'goal'],
    ['whosaid native: extract() + to_json() in process (bench_extract)', ...cols.map((k) => `${fmtMBs(m[k].native.mbps)} MB/s`), '>= 50 MB/s'],
    ['whosaid native: CLI, file -> JSON on /dev/null (build/whosaid)', ...cols.map((k) => `${fmtMBs(m[k].cli.mbps)} MB/s`), ''],
    ['whosaid native: CLI --jsonl, an article a line (dev: the corpus file, annotations and all)',
     ...cols.map((k) => `${fmtMBs(m[k].cli_jsonl.mbps)} MB/s`), ''],
    [`whosaid wasm in Node ${process.versions.node.split('.')[0]}: JS string -> JS object`, ...cols.map((k) => `${fmtMBs(m[k].wasm.mbps)} MB/s`), ''],
    [`compromise ${versionOf('compromise')}: nlp() + .quotations() + .people()`, ...cols.map((k) => peerCell(k, 'compromise')), ''],
    [`wink-nlp ${versionOf('wink-nlp')} + wink-eng-lite-web-model ${versionOf('wink-eng-lite-web-model')}: readDoc() + .entities()`,
     ...cols.map((k) => peerCell(k, 'wink')), ''],
    ['whosaid native / compromise', ...ratio('native', 'compromise'), '>= 500x'],
    ['whosaid native / wink-nlp', ...ratio('native', 'wink'), ''],
    ['whosaid wasm / compromise', ...ratio('wasm', 'compromise'), ''],
    ['whosaid wasm / wink-nlp', ...ratio('wasm', 'wink'), ''],
    ['whosaid wasm / whosaid native', ...ratio('wasm', 'native'), '>= 0.6x'],
    ['peak RSS of the CLI (x input size)', ...cols.map((k) => `${(m[k].cli.rss / MB).toFixed(1)} MB (${(m[k].cli.rss / m[k].bytes).toFixed(1)}x)`),
     '<= 5x on 10 MB'],
    ['wasm size: .wasm raw / gzip -9', `${kb(wasmSize.engine.raw)} / ${kb(wasmSize.engine.gzip)}`, '', ''],
    ['wasm size with its JS (glue + whosaid.mjs): raw / gzip -9', `${kb(wasmSize.total.raw)} / ${kb(wasmSize.total.gzip)}`, '',
     '<= 200 KiB gzip'],
  ];
  console.log(`\n== throughput by ${WALL ? 'wall-clock' : 'CPU'} time: median of ${RUNS} runs (peers: ${PEER_RUNS}) after warm-up; ` +
              'MB = 10^6 bytes of UTF-8 input ==\n');
  printTable(rows);
  console.log(`\nFound per pass: native ${cols.map((k) => `${k} ${m[k].native.quotes} quotes`).join(', ')}; ` +
              `compromise ${cols.map((k) => `${k} ${m[k].compromise.found}`).join(', ')}; ` +
              `wink-nlp ${cols.map((k) => `${k} ${m[k].wink.found}`).join(', ')}.`);
}

// ---- scaling --------------------------------------------------------------------------------------
// Real text cut (at a paragraph end) or repeated to each size; hostile inputs built by repeating a unit.
function sized(text, n, joiner = '\n\n') {
  const copies = Math.ceil(n / (bytes(text) + bytes(joiner)));
  return head(Array(copies).fill(text).join(joiner), n);
}

function repeatTo(unit, n) {
  return unit.repeat(Math.max(1, Math.floor(n / bytes(unit))));
}

const paragraphs = dev.split('\n').filter((p) => p.trim());
// A quote that runs over every paragraph: each opens with “ (the convention for a quote continued in the
// next paragraph) and none closes.
const reopened = paragraphs.map((p) => '“' + p.replace(/[“”"]/g, '')).join('\n');
// 1,000 distinct two-word names that share a first name, said by turns: many entities with one word alike.
const letters = (i) => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
const names = Array.from({length: 1000}, (_, i) => `John X${letters(i)}`);
const MARKS_UNIT = '“a” "b" ‘c’ \'d\' «e» „f“ ';
const MARKS_PER_100KB = Math.floor(100e3 / bytes(MARKS_UNIT)) * 12;
const hostile = [
  {key: 'marks', label: `quotation marks only: “a” "b" ‘c’ 'd' «e» „f“ ... (${MARKS_PER_100KB.toLocaleString('en')} marks per 100 KB)`,
   make: (n) => repeatTo(MARKS_UNIT, n)},
  {key: 'nested', label: 'marks nested 64 deep: “a ‘b “c ... c” b’ a” ...',
   make: (n) => repeatTo(Array.from({length: 32}, () => '“a ‘b ').join('') + Array.from({length: 32}, () => 'b’ a” ').join('') + '\n', n)},
  {key: 'openers', label: 'openers that never close: “a “a “a ... (one paragraph)',
   make: (n) => repeatTo('“a ', n)},
  {key: 'speech', label: 'a quote per paragraph: “We will not back down,” Sen. Jane Doe said. ...',
   make: (n) => repeatTo('“We will not back down,” Sen. Jane Doe said on Tuesday.\n', n)},
  {key: 'names', label: '1,000 distinct names "John Xyz" said by turns',
   make: (n) => repeatTo(names.map((nm) => `“Yes,” said ${nm}.\n`).join(''), n)},
  {key: 'paragraph', label: 'real text as one paragraph (newlines -> spaces)',
   make: (n) => sized(paragraphs.join(' '), n, ' ')},
  {key: 'nospace', label: 'real text without any whitespace (no newline, no space)',
   make: (n) => sized(dev.replace(/\s+/g, ''), n, '')},
  {key: 'reopened', label: 'one quote reopened in every paragraph, never closed',
   make: (n) => sized(reopened, n)},
  {key: 'word', label: 'one word: "x" repeated, no space, no newline', make: (n) => 'x'.repeat(n)},
];

if (SCALING) {
  const realSizes = QUICK ? [10e3, 100e3, 1e6, 10e6] : [10e3, 100e3, 1e6, 10e6, 100e6];
  const hostileSizes = QUICK ? [10e3, 100e3, 1e6] : [10e3, 100e3, 1e6, 10e6];
  // A size whose run is projected to take longer than this is skipped (and the row says so). The
  // projection carries the growth of ns per byte seen so far on to the next size.
  const MAX_SECONDS = 30;
  const series = [{key: 'real', label: `real text (PolNeAR dev, cut or repeated)`, make: (n) => sized(dev, n),
                   sizes: realSizes}, ...hostile.map((h) => ({...h, sizes: hostileSizes}))];
  console.error(`bench: scaling (${series.length} inputs), load average ${load()} ...`);
  results.scaling = {};
  for (const s of series) {
    const row = (results.scaling[s.key] = {label: s.label, points: []});
    let nsPerByte = 0;
    let growth = 1;
    for (const n of s.sizes) {
      if (nsPerByte * growth * n / 1e9 > MAX_SECONDS) {
        row.points.push({target: n, skipped: true});
        continue;
      }
      const file = write(`scaling/${s.key}-${n}.txt`, s.make(n));
      const r = native([file], ['--min-runs=3', '--max-runs=50', `--min-seconds=${QUICK ? 0.2 : 0.5}`,
                                '--max-seconds=10', ...(n >= 10e6 || nsPerByte * n > 1e9 ? ['--no-warmup'] : [])])[0];
      const now = (WALL ? r.median_ns : r.median_cpu_ns) / r.bytes;
      if (nsPerByte) growth = Math.max(1, now / nsPerByte);
      nsPerByte = now;
      row.points.push({target: n, bytes: r.bytes, ns_per_byte: nsPerByte, runs: r.runs, quotes: r.quotes,
                       warnings: r.warnings});
    }
    console.error(`bench:   ${s.key} done`);
  }
  const sizes = [...new Set(series.flatMap((s) => s.sizes))].sort((a, b) => a - b);
  const sizeLabel = (n) => (n >= MB ? `${n / MB} MB` : `${n / 1e3} KB`);
  // Time grows as size^k: k from the smallest to the largest size measured, and over the last step.
  const exponent = (p, q) => 1 + Math.log(q.ns_per_byte / p.ns_per_byte) / Math.log(q.bytes / p.bytes);
  const rows = [['input (ns per byte, median of runs)', ...sizes.map(sizeLabel), 'k overall', 'k last step', 'verdict',
                 'quotes at largest']];
  for (const row of Object.values(results.scaling)) {
    const cells = sizes.map((n) => {
      const p = row.points.find((q) => q.target === n);
      if (!p) return '';
      if (p.skipped) return 'skipped';
      return p.ns_per_byte.toFixed(p.ns_per_byte >= 10 ? 0 : 1);
    });
    const measured = row.points.filter((p) => !p.skipped);
    const last = measured.at(-1);
    row.k = exponent(measured[0], last);
    row.k_last = exponent(measured.at(-2), last);
    const skipped = measured.length < row.points.length;
    row.verdict = (row.k_last > 1.25 || row.k > 1.25 ? 'GROWS' : 'linear') + (skipped ? ', then skipped' : '');
    const capped = last.warnings.includes('too_many_quotes') ? ' (too_many_quotes)' : '';
    rows.push([row.label, ...cells, row.k.toFixed(2), row.k_last.toFixed(2), row.verdict, `${last.quotes}${capped}`]);
  }
  console.log(`\n== scaling: native, extract() + to_json() in process; ${WALL ? 'wall' : 'CPU'} ns per input byte by input size ==\n`);
  printTable(rows);
  console.log('\nA flat row is linear time. k: time grows as size^k, from the smallest size to the largest measured ' +
              '("overall") and over the last\nstep alone (1 is linear, 2 quadratic); a row GROWS when either k passes 1.25. "skipped": a run projected ' +
              `past ${MAX_SECONDS} s was not made.\nQuotes count ` +
              'every kind (direct, mixed, indirect); past Options::max_quotes (20,000) quotation marks the rest are ' +
              'dropped with a\ntoo_many_quotes warning, as designed.');
}

results.machine.load_end = load();
writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2));
console.log(`\nMachine: ${results.machine.cores} cores, ${results.machine.cpu}, Node ${results.machine.node}; load ` +
            `average ${results.machine.load_start} at start, ${results.machine.load_end} at end (other processes ` +
            `share the cores: figures spread). Raw figures: build/bench/results.json`);
