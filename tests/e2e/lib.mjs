// Shared helpers of the extension's end-to-end tests (node:test, real browsers, no mocked DOM).
//
//   serve()            a static server on 127.0.0.1 (random port) for the saved news pages in
//                      ../shared/pages (at /pages/<slug>/) and this folder's own test pages (at /test/)
//   launchChromium()   headless Chromium with the built extension, a net log, and its extension id
//   isolated(page)     evaluates code in the extension's content-script world of a page, over CDP
//
// The saved pages are served without their <script> elements and with `script-src 'none'`: their
// scripts only fail on the missing network, and with them gone the page's DOM changes only through the extension, which is what the
// before/after comparison checks. Every test follows ../shared/notes/browser-testing.md.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

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

// A long article of invented text (for slow extractions): `paragraphs` variations on one council story.
export function longArticle(paragraphs) {
  const names = ['Ana Ruiz', 'Tom Becker', 'Mia Laine', 'Omar Haddad', 'Ines Costa'];
  let html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council budget, day by day</title></head><body><article><h1>Council budget, day by day</h1>';
  for (let i = 0; i < paragraphs; i++) {
    const who = names[i % names.length];
    html += `<p>Day ${i + 1}: the committee met again to go through the figures line by line. “We will need more time to look at item ${i + 1},” said ${who}, who added that a decision was expected before the spring. Residents said they were tired of waiting for an answer.</p>\n`;
  }
  return `${html}</article></body></html>`;
}

// Test pages may ask for headers with a sibling "<name>.headers.json" ({"Header": "value"}).
export function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = null;
    let body = null;
    let headers = {};
    if (url.pathname === '/gen/long.html') {
      body = longArticle(Number(url.searchParams.get('paragraphs')) || 100);
      file = 'long.html';
    } else if (url.pathname.startsWith('/pages/')) {
      const slug = url.pathname.split('/')[2];
      file = join(SHARED_PAGES, normalize(slug).replace(/^(\.\.[\\/])+/, ''), 'source.html');
      if (existsSync(file)) body = stripScripts(readFileSync(file, 'utf8'));
      // Script left in attributes (event handlers, srcdoc frames) is stopped by the policy.
      headers['content-security-policy'] = "script-src 'none'";
    } else if (url.pathname.startsWith('/test/')) {
      file = join(TEST_PAGES, normalize(url.pathname.slice('/test/'.length)).replace(/^(\.\.[\\/])+/, ''));
      if (file.startsWith(TEST_PAGES) && existsSync(file) && statSync(file).isFile()) {
        body = readFileSync(file);
        const h = `${file}.headers.json`;
        if (existsSync(h)) headers = JSON.parse(readFileSync(h, 'utf8'));
        // ?csp=strict: the strictest policy a news site could send; the extension must still work.
        if (url.searchParams.get('csp') === 'strict') {
          headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
        }
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

// The extension's id for the tab showing `page`. Without the "tabs" permission the extension cannot see
// tab URLs, so the page is brought to the front and the active tab is taken.
export async function tabIdOf(sw, page) {
  await page.bringToFront();
  return sw.evaluate(async () => {
    const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return t?.id ?? null;
  });
}

// Sends a message to the content script of tab `tabId`, from the service worker; returns the answer.
export async function tell(sw, tabId, msg) {
  return sw.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, msg]);
}

// The content script's world of `page`, over a CDP session that lives as long as the tab:
//   evaluate(expression)  runs in the extension's isolated world (waits for it to exist) and returns
//                         the value; the content script's namespace there is `whosaidContent`
//   errors                console errors and uncaught exceptions raised in that world
export async function isolated(page, ctx, extId) {
  const cdp = await ctx.newCDPSession(page);
  const contexts = new Map();
  const errors = [];
  const ours = (id) => {
    const c = contexts.get(id);
    return !!c && c.origin === `chrome-extension://${extId}`;
  };
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if ((e.type === 'error' || e.type === 'assert') && ours(e.executionContextId)) {
      errors.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
    }
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const url = d.url || d.stackTrace?.callFrames?.[0]?.url || '';
    if (ours(d.executionContextId) || url.startsWith('chrome-extension://')) {
      errors.push(`exception: ${d.exception?.description || d.text}`);
    }
  });
  await cdp.send('Runtime.enable');
  const find = () => [...contexts.values()].filter((c) => c.origin === `chrome-extension://${extId}`).pop();
  return {
    cdp,
    errors,
    async evaluate(expression) {
      let c = find();
      for (let i = 0; !c && i < 100; i++) {
        await new Promise((r) => setTimeout(r, 50));
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

// Checks run in the content script's world after a run: every Range in a "whosaid" highlight belongs to
// a quote or a speaker mention the content script holds, and each quote's Ranges show exactly the text
// the engine reported for it (the walk's "\n" block separators are covered by no Range, so they are
// left out of the comparison; whitespace control characters in the page read as spaces, as the
// content script reads them). Also reports whether the engine's offsets matched its own text.
export const CHECK_HIGHLIGHTS = `(() => {
  const st = whosaidContent.main.state;
  const norm = (s) => s.replace(/[\\t\\n\\r\\f\\v]/g, ' ');
  const known = new Map();
  for (const q of st.quotes) for (const r of q.ranges) known.set(r, 'q');
  for (const sp of st.speakers) for (const r of sp.mentionRanges) known.set(r, 'm');
  const problems = [];
  let quoteRanges = 0, mentionRanges = 0;
  const names = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('whosaid')) continue;
    names.push(name);
    for (const r of h) {
      const k = known.get(r);
      if (!k && !/-(hover|flash)$/.test(name)) problems.push('a range in ' + name + ' belongs to nothing');
      if (k === 'q') quoteRanges++;
      if (k === 'm') mentionRanges++;
    }
  }
  let drawn = 0, offsetMismatch = 0;
  for (const q of st.quotes) {
    if (!q.ranges.length) continue;
    drawn++;
    const got = q.ranges.map((r) => norm(r.toString())).join('');
    const want = q.text.replace(/\\n/g, '');
    if (got !== want) problems.push('quote ' + q.id + ': range shows ' + JSON.stringify(got.slice(0, 80)) + ', engine said ' + JSON.stringify(want.slice(0, 80)));
  }
  for (const c of st.chunks) for (const q of c.result.quotes || []) {
    if (c.table.text.slice(q.start, q.end) !== q.text) offsetMismatch++;
  }
  return { problems, names, quoteRanges, mentionRanges, drawn, quotes: st.quotes.length,
    unanchored: st.unanchored, offsetMismatch, status: st.status };
})()`;

// Host names a page's own HTML names (its images, styles, fonts): the page may ask for those itself.
export function hostsNamedIn(html) {
  const hosts = new Set();
  for (const m of html.matchAll(/(?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)) hosts.add(m[1].toLowerCase());
  return hosts;
}

// Requests in a Chromium net log that went beyond 127.0.0.1 and the extension itself, with their
// initiator. Left out: the browser's own (initiator "not an origin": component updates and the like),
// and those a page on 127.0.0.1 made for a host its own HTML names (`pageHosts`: the saved pages
// reference their sites' images and styles, which the resolver rules stop at name lookup). Anything
// the extension started, from its pages or its service worker, counts unless it is its own file.
export function foreignRequests(netLogFile, extId, pageHosts = new Set()) {
  // A complete log is one JSON object; a log cut short (browser killed) lacks the end of its events list.
  const text = readFileSync(netLogFile, 'utf8').trim();
  let log;
  try {
    log = JSON.parse(text);
  } catch (e) {
    log = JSON.parse(`${text.replace(/,\s*$/, '')}]}`);
  }
  const types = Object.fromEntries(Object.entries(log.constants.logEventTypes).map(([k, v]) => [v, k]));
  const out = [];
  for (const ev of log.events || []) {
    if (types[ev.type] !== 'URL_REQUEST_START_JOB' || !ev.params?.url) continue;
    const { url, initiator = '' } = ev.params;
    if (initiator === 'not an origin') continue;
    if (/^(https?|wss?):\/\/127\.0\.0\.1[:/]/.test(url)) continue;
    if (url.startsWith(`chrome-extension://${extId}/`) || /^(data|blob):/.test(url)) continue;
    const fromPage = /^https?:\/\/127\.0\.0\.1[:/]/.test(initiator);
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch (e) {
      // not a URL we can read: keep it in the report
    }
    if (fromPage && pageHosts.has(host)) continue;
    out.push({ url: url.slice(0, 200), initiator });
  }
  return out;
}

// The files of a zip archive as a Map name -> Buffer (stored and deflated entries; enough for the
// archives `zip` writes), so the tests need no unzip program.
export function readZip(file) {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file}: not a zip archive`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    if (!name.endsWith('/')) out.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
