// The extension in Firefox ESR (headless, through puppeteer-core's WebDriver BiDi): it installs as a
// temporary add-on from the same dist/extension/ folder Chromium loads, its module background script
// runs the wasm engine, and the content script highlights the test article (invented text).
//
// Firefox's content-script world cannot be reached from the test, so the checks go through the page:
// the test hook, the highlight registry (shared by all worlds), and each highlighted Range's text,
// which must be one of the quotes the same engine finds in the article's text when run in Node.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXT, FIREFOX, REPO, SCREENS, missing, serve } from './lib.mjs';

const skip = missing({ firefox: true });
const squash = (s) => s.replace(/\s+/g, ' ').trim();

describe('Firefox ESR', { skip: skip || false }, () => {
  let server;
  let browser;

  before(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await serve();
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: { 'extensions.background.idle.timeout': 2000 },
    });
    await browser.installExtension(EXT);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('installs and highlights the test article', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`${server.base}/test/article.html`);
    await page.waitForSelector('html[data-whosaid-quotes]', { timeout: 20000 });
    const n = Number(await page.$eval('html', (h) => h.getAttribute('data-whosaid-quotes')));
    assert.ok(n >= 5, `at least 5 quotes highlighted, got ${n}`);

    const drawn = await page.evaluate(() => {
      const out = { names: [], quotes: [] };
      for (const [name, h] of CSS.highlights) {
        out.names.push(name);
        if (/^whosaid-(dark-)?[qr](\d|u)$/.test(name)) for (const r of h) out.quotes.push(r.toString());
      }
      return out;
    });
    assert.ok(drawn.names.every((x) => x.startsWith('whosaid')), `${drawn.names}`);
    assert.equal(drawn.quotes.length, n, 'one range per quote on this page');

    const { default: createWhosaid } = await import(join(REPO, 'dist', 'wasm', 'whosaid.mjs'));
    const ws = await createWhosaid({ wasmBinary: readFileSync(join(REPO, 'dist', 'wasm', 'whosaid-engine.wasm')) });
    const text = await page.$eval('article', (a) => a.innerText);
    const expected = new Set(ws.extract(text).quotes.map((q) => squash(q.text)));
    for (const q of drawn.quotes) assert.ok(expected.has(squash(q)), `highlighted text is a quote: ${q}`);

    // A click on a quote pins the card (a top-layer popover: the page's layout does not move).
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const at = await page.evaluate(() => {
      const r = [...CSS.highlights.get('whosaid-q0')][0].getClientRects()[0];
      return { x: r.left + 10, y: r.top + r.height / 2 };
    });
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('whosaid-card', { timeout: 5000 });
    const card = await page.$eval('whosaid-card', (c) => c.getBoundingClientRect().width);
    assert.ok(card > 150, `the card is laid out (${card} px wide)`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollHeight), height);
    await page.screenshot({ path: join(SCREENS, 'firefox-article.png') });
    await page.keyboard.press('Escape');
    await page.waitForSelector('whosaid-card', { hidden: true, timeout: 5000 });
    await page.close();
  });

  test('the background wakes again after going idle', async () => {
    await new Promise((r) => setTimeout(r, 3000)); // idle timeout is 2 s in this profile
    const page = await browser.newPage();
    await page.goto(`${server.base}/test/article.html?again`);
    await page.waitForSelector('html[data-whosaid-quotes]', { timeout: 20000 });
    assert.ok(Number(await page.$eval('html', (h) => h.getAttribute('data-whosaid-quotes'))) >= 5);
    await page.close();
  });
});
