// Shared helpers of the extension's end-to-end tests (node:test, real browsers, no mocked DOM).
//
//   serve()            a static server on 127.0.0.1 (random port) for the saved news pages in
//                      ../shared/pages (at /pages/<slug>/) and this folder's own test pages (at /test/)
//   launchChromium()   headless Chromium with the built extension, a net log, and its extension id
//   isolated(page)     evaluates code in the extension's content-script world of a page, over CDP
//
// The saved pages are served without their <script> elements: their scripts only fail on the missing
// network, and with them gone the page's DOM changes only through the extension, which is what the
// before/after comparison checks. Every test follows ../shared/notes/browser-testing.md.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXT = join(REPO, 'dist', 'extension');
export const SHARED_PAGES = resolve(REPO, '..', 'shared', 'pages');
export const TEST_PAGES = join(REPO, 'tests', 'e2e', 'pages');
export const SCREENS = join(REPO, 'build', 'e2e-screens');
export const CHROMIUM = process.env.WHOSAID_CHROMIUM || '/usr/lib/chromium/chromium';
export const FIREFOX = process.env.WHOSAID_FIREFOX || '/usr/bin/firefox-esr';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

// Why a test cannot run here, or null.
export function missing({ firefox = false, pages = false } = {}) {
  if (!existsSync(join(EXT, 'manifest.json'))) return `${EXT} is not built (run ./scripts/build.sh)`;
  if (!existsSync(join(EXT, 'wasm', 'whosaid.mjs'))) return 'the extension has no wasm engine';
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  if (firefox && !existsSync(FIREFOX)) return `no Firefox at ${FIREFOX}`;
  if (pages && !existsSync(SHARED_PAGES)) return `no saved pages at ${SHARED_PAGES}`;
  return null;
}

export function corpusSlugs() {
  if (!existsSync(SHARED_PAGES)) return [];
  return readdirSync(SHARED_PAGES)
    .filter((s) => existsSync(join(SHARED_PAGES, s, 'source.html')))
    .sort();
}

export function stripScripts(html) {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
}

// Test pages may ask for headers with a sibling "<name>.headers.json" ({"Header": "value"}).
export function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = null;
    let body = null;
    let headers = {};
    if (url.pathname.startsWith('/pages/')) {
      const slug = url.pathname.split('/')[2];
      file = join(SHARED_PAGES, normalize(slug).replace(/^(\.\.[\\/])+/, ''), 'source.html');
      if (existsSync(file)) body = stripScripts(readFileSync(file, 'utf8'));
    } else if (url.pathname.startsWith('/test/')) {
      file = join(TEST_PAGES, normalize(url.pathname.slice('/test/'.length)).replace(/^(\.\.[\\/])+/, ''));
      if (file.startsWith(TEST_PAGES) && existsSync(file) && statSync(file).isFile()) {
        body = readFileSync(file);
        const h = `${file}.headers.json`;
        if (existsSync(h)) headers = JSON.parse(readFileSync(h, 'utf8'));
      }
    }
    if (body == null) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(body);
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}`;
      ok({ base, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

// Headless Chromium with the extension loaded. Returns {ctx, sw, extId, netLog, dir, close}.
export async function launchChromium({ ext = EXT, viewport = { width: 1280, height: 900 }, colorScheme } = {}) {
  const { chromium } = await import('playwright-core');
  const dir = tempDir('whosaid-chromium-');
  const netLog = join(dir, 'net.json');
  const ctx = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    colorScheme,
    acceptDownloads: true,
    args: [
      '--disable-gpu', '--disable-quic', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, `--log-net-log=${netLog}`,
    ],
  });
  const sw = ctx.serviceWorkers()[0] || (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
  const extId = new URL(sw.url()).host;
  return {
    ctx, sw, extId, netLog, dir,
    close: async () => {
      await ctx.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Sets the extension's settings from its service worker (before a page loads).
export async function setSettings(sw, settings) {
  await sw.evaluate(async (s) => {
    await chrome.storage.local.set({ settings: s });
  }, settings);
}

export async function tabIdOf(sw, url) {
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
}

// Sends a message to the content script of the tab showing `url`, from the service worker.
export async function tell(sw, url, msg) {
  return sw.evaluate(async ([u, m]) => {
    const tabs = await chrome.tabs.query({});
    const t = tabs.find((x) => x.url === u);
    if (!t) throw new Error(`no tab shows ${u}`);
    return chrome.tabs.sendMessage(t.id, m);
  }, [url, msg]);
}

// The content script's world of `page`: {evaluate(expression), detach()}.
export async function isolated(page, ctx, extId) {
  const cdp = await ctx.newCDPSession(page);
  const contexts = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  const find = () => [...contexts.values()].find((c) => c.origin === `chrome-extension://${extId}` || c.name === 'whosaid');
  return {
    cdp,
    async evaluate(expression) {
      let c = find();
      for (let i = 0; !c && i < 50; i++) {
        await new Promise((r) => setTimeout(r, 100));
        c = find();
      }
      if (!c) throw new Error('no content-script world in this page');
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: c.id, returnByValue: true, awaitPromise: true });
      if (r.exceptionDetails) throw new Error(`isolated evaluate: ${r.exceptionDetails.exception?.description || r.exceptionDetails.text}`);
      return r.result.value;
    },
    detach: () => cdp.detach().catch(() => {}),
  };
}

// Requests in a Chromium net log that went anywhere but 127.0.0.1 and the extension itself. Entries
// whose initiator is "not an origin" are the browser's own (component updates and the like).
export function foreignRequests(netLogFile, extId) {
  let text = readFileSync(netLogFile, 'utf8').trim();
  // The log is written as the browser runs; after a close it is complete, before it may lack its end.
  if (!text.endsWith('}')) text = text.replace(/,\s*$/, '') + ']}';
  else if (!text.endsWith(']}')) text += ']}';
  let log;
  try {
    log = JSON.parse(text);
  } catch (e) {
    log = JSON.parse(text.replace(/,?\s*\]\}$/, ']}'));
  }
  const types = Object.fromEntries(Object.entries(log.constants.logEventTypes).map(([k, v]) => [v, k]));
  const out = [];
  for (const ev of log.events || []) {
    if (types[ev.type] !== 'URL_REQUEST_START_JOB') continue;
    const url = ev.params?.url || '';
    const initiator = ev.params?.initiator || '';
    if (initiator === 'not an origin') continue;
    if (/^(https?|wss?):\/\/127\.0\.0\.1[:/]/.test(url)) continue;
    if (url.startsWith(`chrome-extension://${extId}/`) || url.startsWith('data:') || url.startsWith('blob:')) continue;
    out.push({ url, initiator });
  }
  return out;
}
