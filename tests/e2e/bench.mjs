// The extension's speed on the saved news pages, in headless Chromium (a benchmark, not a test: it
// prints numbers and never fails on them). Run: node tests/e2e/bench.mjs [--runs N] [--json FILE]
//
// For each page of ../shared/pages (served on 127.0.0.1 without its scripts, as in the tests):
//   idle -> drawn   from the content script's start (it runs at document_idle) to the highlights
//                   registered: root choice, text walk, the round trip to the engine in the service
//                   worker, anchoring and drawing. Taken from the content script's own timings.
//   engine          the engine's own extract() time inside the service worker (part of the above).
//   long tasks      tasks over 50 ms on the page's main thread while the extension worked, seen by a
//                   PerformanceObserver in the page; the same window is measured with the extension
//                   idle (on-click mode, never asked) as a baseline, so that the page's own parsing and
//                   layout are not charged to the extension.
// Each page is loaded `runs` times (default 5) in one browser; the first load of all starts the engine
// cold and is reported apart. Budgets (issue 6): median idle -> drawn <= 50 ms; no long task > 50 ms
// caused by the extension.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { dirname } from 'node:path';
import { corpusSlugs, isolated, launchChromium, missing, serve, setSettings } from './lib.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const JSON_OUT = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;

const why = missing({ pages: true });
if (why) {
  console.log(`bench: skipped: ${why}`);
  process.exit(0);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

// Collects long tasks from the very start of each document.
const LONGTASKS = `window.__whosaidLongTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__whosaidLongTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });`;

const server = await serve();
const b = await launchChromium();
await b.ctx.addInitScript(LONGTASKS);
const page = await b.ctx.newPage();
const world = await isolated(page, b.ctx, b.extId);
const slugs = corpusSlugs();

async function load(slug, run) {
  await page.goto(`${server.base}/pages/${slug}/?run=${run}`, { waitUntil: 'load' });
}

// Extension on: auto-run.
await setSettings(b.sw, { autoRun: true });
const rows = [];
let cold = null;
for (const slug of slugs) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    await load(slug, run);
    await page.waitForSelector('html[data-whosaid-quotes]', { state: 'attached', timeout: 20000 });
    await page.waitForTimeout(120); // let a long task that ends the run be reported
    const t = await world.evaluate(`(() => { const s = whosaidContent.main.state; return { ...s.timings, quotes: s.quotes.length, chars: s.chunks[0]?.table.text.length || 0 }; })()`);
    const tasks = await page.evaluate(() => window.__whosaidLongTasks);
    const mine = tasks.filter(([start, dur]) => start + dur >= t.start && start <= t.done);
    const sample = {
      drawn: t.done - t.start,
      root: t.root - t.start,
      text: t.text - t.root,
      roundTrip: (t.extract ?? t.done) - t.text,
      engine: t.engineMs ?? 0,
      anchorDraw: t.draw ? t.draw - t.extract : 0,
      longTasks: mine.map(([, d]) => Math.round(d)),
      quotes: t.quotes,
      chars: t.chars,
    };
    if (!cold) cold = { slug, ...sample };
    else samples.push(sample);
  }
  const pick = (k) => median(samples.map((s) => s[k]));
  rows.push({
    slug,
    chars: samples[0]?.chars ?? cold.chars,
    quotes: samples[0]?.quotes ?? cold.quotes,
    drawn: pick('drawn'),
    worstRun: Math.max(...samples.map((s) => s.drawn)),
    root: pick('root'),
    text: pick('text'),
    roundTrip: pick('roundTrip'),
    engine: pick('engine'),
    anchorDraw: pick('anchorDraw'),
    longTasks: samples.flatMap((s) => s.longTasks),
  });
}

// Baseline: the extension idle (on-click mode), same pages, same window after document_idle.
await setSettings(b.sw, { autoRun: false });
for (const row of rows) {
  const base = [];
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    await load(row.slug, `base${run}`);
    const start = await world.evaluate('whosaidContent.main.state.timings.start');
    await page.waitForTimeout(Math.max(150, row.drawn + 120));
    const tasks = await page.evaluate(() => window.__whosaidLongTasks);
    base.push(...tasks.filter(([s, d]) => s + d >= start && s <= start + row.drawn).map(([, d]) => Math.round(d)));
  }
  row.baselineLongTasks = base;
}
await world.detach();
await b.close();
await server.close();

const f = (x) => (Number.isFinite(x) ? x.toFixed(1).padStart(6) : '     -');
console.log(`whosaid extension in headless Chromium: ${slugs.length} saved pages, ${RUNS - 1} warm loads each (median), ` +
  `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores\n`);
console.log('page              chars quotes  drawn  worst   root   text  round engine  a+d   long tasks (ext on | idle)');
for (const r of rows) {
  console.log(`${r.slug.padEnd(16)} ${String(r.chars).padStart(6)} ${String(r.quotes).padStart(6)} ${f(r.drawn)} ${f(r.worstRun)} ${f(r.root)} ${f(r.text)} ${f(r.roundTrip)} ${f(r.engine)} ${f(r.anchorDraw)}   ${r.longTasks.join(',') || '-'} | ${r.baselineLongTasks.join(',') || '-'}`);
}
const drawn = rows.map((r) => r.drawn);
const worst = rows.reduce((a, r) => (r.drawn > a.drawn ? r : a));
const extLong = rows.reduce((n, r) => n + r.longTasks.length, 0);
const baseLong = rows.reduce((n, r) => n + r.baselineLongTasks.length, 0);
console.log(`\nidle -> drawn, median over pages: ${median(drawn).toFixed(1)} ms (budget <= 50 ms: ${median(drawn) <= 50 ? 'met' : 'NOT met'})`);
console.log(`worst page: ${worst.slug}, ${worst.drawn.toFixed(1)} ms median (${worst.chars} chars, ${worst.quotes} quotes)`);
console.log(`cold start (first page, engine compiling in a new service worker): ${cold.slug} ${cold.drawn.toFixed(1)} ms, engine ${cold.engine.toFixed(1)} ms`);
console.log(`long tasks > 50 ms while the extension worked: ${extLong} (with the extension idle, same windows: ${baseLong})`);
console.log('columns: root = choose article root (after settings read), text = walk into a string, round = message to the service worker and back,');
console.log('         engine = extract() inside it, a+d = anchor ranges and register highlights; all ms, medians of warm loads');

if (JSON_OUT) {
  mkdirSync(dirname(JSON_OUT), { recursive: true });
  writeFileSync(JSON_OUT, `${JSON.stringify({ runs: RUNS, loadavg: loadavg(), cold, pages: rows }, null, 2)}\n`);
}
