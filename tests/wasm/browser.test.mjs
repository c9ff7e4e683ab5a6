// dist/wasm/ works unchanged in Chromium where the extension and pages use it: a module script in a page,
// a module worker, and an MV3 module service worker (no top-level await, no eval, no dynamic import), and
// it gives there the same Results as in Node. The page and the worker are served from 127.0.0.1 with a
// CSP that forbids eval; the service worker is a minimal extension made in a temporary folder.
// Skipped when Chromium or playwright-core (npm devDependency) is not installed.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, cpSync, rmSync, writeFileSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {ROOT, WASM_DIR, loadWhosaid, syntheticArticle} from './support.mjs';

const CHROMIUM = '/usr/lib/chromium/chromium';
let chromium = null;
try {
  ({chromium} = await import(path.join(ROOT, 'node_modules/playwright-core/index.mjs')));
} catch {
  // reported by SKIP below
}
const SKIP = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed`
  : !chromium ? 'playwright-core is not installed (npm ci)' : false;

// The same inputs everywhere; the lone surrogate checks TextEncoder's U+FFFD in the browser too.
const TEXT = syntheticArticle(10_000) + '“A lone \ud800 surrogate,” she said.';
const OPTIONS = {kinds: ['direct', 'mixed']};

const PAGE = `<!doctype html><meta charset="utf-8"><title>whosaid wasm</title>
<script type="module">
  import createWhosaid from '/wasm/whosaid.mjs';
  window.whosaidP = createWhosaid();
</script>`;
const WORKER = `import createWhosaid from '/wasm/whosaid.mjs';
const wsP = createWhosaid();
onmessage = async (e) => postMessage((await wsP).extract(e.data.text, e.data.options));`;
const SERVICE_WORKER = `import createWhosaid from './wasm/whosaid.mjs';
const wsP = createWhosaid();
self.runExtract = async (text, options) => {
  const ws = await wsP;
  return {version: ws.version, result: ws.extract(text, options)};
};`;
const MANIFEST = {
  manifest_version: 3, name: 'whosaid wasm test', version: '1.0',
  background: {service_worker: 'bg.js', type: 'module'},
  content_security_policy: {extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"},
};
const CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'";

let tmp;
let server;
let origin;
let context;
let expected;

before(async () => {
  if (SKIP) return;
  const ws = await loadWhosaid();
  expected = {version: ws.version, json: JSON.stringify(ws.extract(TEXT, OPTIONS))};

  tmp = mkdtempSync(path.join(tmpdir(), 'whosaid-wasm-browser-'));
  const ext = path.join(tmp, 'ext');
  cpSync(WASM_DIR, path.join(ext, 'wasm'), {recursive: true});
  writeFileSync(path.join(ext, 'manifest.json'), JSON.stringify(MANIFEST));
  writeFileSync(path.join(ext, 'bg.js'), SERVICE_WORKER);

  const types = {'.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html'};
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let body = null;
    if (url.pathname === '/') body = PAGE;
    else if (url.pathname === '/worker.mjs') body = WORKER;
    else if (/^\/wasm\/[\w.-]+$/.test(url.pathname) && existsSync(path.join(WASM_DIR, url.pathname.slice(6))))
      body = readFileSync(path.join(WASM_DIR, url.pathname.slice(6)));
    if (url.pathname === '/favicon.ico') { res.writeHead(204).end(); return; }
    if (body === null) { res.writeHead(404).end(); return; }
    const type = url.pathname === '/' ? 'text/html' : types[path.extname(url.pathname)];
    res.writeHead(200, {'content-type': type, 'content-security-policy': CSP}).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;

  context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: CHROMIUM, headless: true,
    args: ['--disable-gpu', '--disable-quic', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
});

after(async () => {
  await context?.close();
  server?.close();
  if (tmp) rmSync(tmp, {recursive: true, force: true});
});

async function openPage() {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(origin + '/');
  return {page, errors};
}

test('a module script in a page (CSP without unsafe-eval)', {skip: SKIP}, async () => {
  const {page, errors} = await openPage();
  const got = await page.evaluate(async ([text, options]) => {
    const ws = await window.whosaidP;
    return {version: ws.version, json: JSON.stringify(ws.extract(text, options))};
  }, [TEXT, OPTIONS]);
  assert.deepEqual(got, expected);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a module worker', {skip: SKIP}, async () => {
  const {page, errors} = await openPage();
  const json = await page.evaluate(([text, options]) => new Promise((resolve, reject) => {
    const worker = new Worker('/worker.mjs', {type: 'module'});
    worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
    worker.onmessage = (e) => resolve(JSON.stringify(e.data));
    worker.postMessage({text, options});
  }), [TEXT, OPTIONS]);
  assert.equal(json, expected.json);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an MV3 module service worker', {skip: SKIP}, async () => {
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const got = await worker.evaluate(([text, options]) => self.runExtract(text, options), [TEXT, OPTIONS]);
  assert.equal(got.version, expected.version);
  assert.equal(JSON.stringify(got.result), expected.json);
});
