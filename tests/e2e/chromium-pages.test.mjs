// The extension on every saved news page in ../shared/pages, in headless Chromium (issue 6):
// it loads, highlights appear, every highlight Range shows the text the engine reported, the page's DOM
// is the same before and after (but for the test hook), nothing logs an error, and the net log shows no
// request beyond 127.0.0.1 and the extension itself.
//
// The pages are served on 127.0.0.1 without their scripts (lib.mjs says why). Settings are "only on
// click", so the test can serialise the DOM before the extension reads it, then start the run as the
// toolbar button does; auto-run is covered by the test-page suites.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { CHECK_HIGHLIGHTS, SCREENS, SHARED_PAGES, corpusSlugs, foreignRequests, hostsNamedIn, isolated, launchChromium, missing, serve, setSettings, tabIdOf, tell } from './lib.mjs';

const skip = missing({ pages: true });
const slugs = skip ? [] : corpusSlugs();

const SCREENSHOTS = new Set(['bbc-1', 'guardian-1', 'lemonde-1']); // saved, to be looked at

const SERIALISE = `(() => {
  const html = document.documentElement.cloneNode(true);
  html.removeAttribute('data-whosaid-quotes');
  return html.outerHTML;
})()`;

describe('saved news pages in Chromium', { skip: skip || (slugs.length ? false : 'no saved pages') }, () => {
  let server;
  let browser;
  let page;
  let world;
  let tabId;
  const swErrors = [];
  const totals = { pages: 0, quotes: 0, drawn: 0 };

  before(async () => {
    server = await serve();
    browser = await launchChromium();
    browser.sw.on('console', (m) => {
      if (m.type() === 'error') swErrors.push(m.text());
    });
    await setSettings(browser.sw, { autoRun: false });
    page = await browser.ctx.newPage();
    world = await isolated(page, browser.ctx, browser.extId);
    tabId = await tabIdOf(browser.sw, page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const slug of slugs) {
    test(slug, async (t) => {
      const url = `${server.base}/pages/${slug}/`;
      world.errors.length = 0;
      await page.goto(url, { waitUntil: 'load' });
      // The content script is in place (and idle: on-click mode) once its world answers.
      assert.equal(await world.evaluate('whosaidContent.main.state.status'), 'idle');
      const before = await page.evaluate(SERIALISE);

      const snap = await tell(browser.sw, tabId, { type: 'run' });
      assert.equal(snap.status, 'done', `run ended as ${snap.status}: ${JSON.stringify(snap.error)}`);
      const hook = await page.getAttribute('html', 'data-whosaid-quotes');
      assert.equal(hook, String(snap.counts.drawn), 'the test hook counts the highlighted quotes');

      const check = await world.evaluate(CHECK_HIGHLIGHTS);
      assert.deepEqual(check.problems, [], 'every highlight range matches its quote');
      assert.equal(check.drawn, snap.counts.drawn);
      assert.equal(check.offsetMismatch, 0, "the engine's offsets point at the text it reported");
      if (check.quotes > 0) {
        assert.ok(check.quoteRanges > 0, 'quotes are highlighted');
        assert.ok(check.names.every((n) => n.startsWith('whosaid')));
      }
      // The root holds most of the page's running text (paragraphs outside navigation and footers).
      const share = await world.evaluate(`(() => { const root = whosaidContent.main.state.roots[0]; let all = 0, inside = 0;
        for (const p of document.getElementsByTagName('p')) { const n = p.textContent.length;
          if (n < 25 || p.closest('nav, aside, footer')) continue; all += n; if (root.contains(p)) inside += n; }
        return all ? inside / all : 1; })()`);
      assert.ok(share >= 0.5, `the article root holds ${(share * 100).toFixed(0)}% of the paragraph text`);
      // A colour stands for one speaker: past the palette's seven, speakers share the other voices' slate.
      const sharing = await world.evaluate(`(() => { const others = 'q' + whosaidShared.PALETTE.length; const by = new Map();
        for (const sp of whosaidContent.main.state.speakers) { const n = whosaidContent.paint.nameFor('q', sp.slot);
          if (!n.endsWith(others)) by.set(n, [...(by.get(n) || []), sp.name]); }
        return [...by.values()].filter((s) => s.length > 1); })()`);
      assert.deepEqual(sharing, [], 'speakers drawn in one palette colour');
      const names = await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('whosaid')));
      assert.deepEqual(names.sort(), check.names.sort(), 'the page sees the same highlight registry');

      assert.equal(await page.evaluate(SERIALISE), before, "the page's DOM is unchanged");
      assert.deepEqual(world.errors, [], 'no errors in the content script');
      if (SCREENSHOTS.has(slug) && check.drawn) {
        // The saved pages lack their sites' styles (they were remote); the highlights are what to see.
        await world.evaluate(`(() => { const qs = whosaidContent.main.state.quotes.filter((q) => q.ranges.length);
          const q = qs.find((x) => x.speaker) || qs[0];
          q.ranges[0].startContainer.parentElement.scrollIntoView({ block: 'center' }); })()`);
        mkdirSync(SCREENS, { recursive: true });
        await page.screenshot({ path: `${SCREENS}/chromium-page-${slug}.png` });
      }
      totals.pages++;
      totals.quotes += check.quotes;
      totals.drawn += check.drawn;
      t.diagnostic(`root holds ${(share * 100).toFixed(0)}% of paragraph text; ${check.quotes} quotes, ${check.drawn} drawn, ${check.unanchored} not placed, ${check.mentionRanges} mention ranges`);
    });
  }

  test('no errors in the background, no request beyond 127.0.0.1 and the extension', async (t) => {
    t.diagnostic(`${totals.pages} pages, ${totals.quotes} quotes, ${totals.drawn} highlighted`);
    assert.deepEqual(swErrors, []);
    await browser.ctx.close(); // flushes the net log
    const pageHosts = new Set();
    for (const slug of slugs) {
      for (const h of hostsNamedIn(readFileSync(join(SHARED_PAGES, slug, 'source.html'), 'utf8'))) pageHosts.add(h);
    }
    const foreign = foreignRequests(browser.netLog, browser.extId, pageHosts);
    assert.deepEqual(foreign, [], 'requests beyond 127.0.0.1 and the extension');
  });
});
