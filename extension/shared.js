// shared.js: the few things every part of the extension agrees on, and the thin platform layer.
//
// Loaded as a classic script by the content script (listed first in the manifest), by <script> in the
// popup and options pages, and by a side-effect `import` in the background module, so it only assigns
// one global, `whosaidShared`, and needs no module syntax.
//
//   ext        the extension API: Firefox's promise-based `browser`, else Chromium's `chrome` (MV3 returns
//              promises too). Nothing else in the extension touches `browser`/`chrome` directly.
//   settings   what the options page edits, kept in storage.local (never synced, never sent anywhere):
//                autoRun       true: highlight every page as it loads; false: only when the user clicks
//                              the toolbar button or presses the shortcut
//                disabledSites host names ("www.example.com") where whosaid never runs on its own
//                kinds         which quote kinds are highlighted on the page (the popup lists them all)
//   palette    speaker colours: Okabe & Ito's colour-blind-safe set (Okabe & Ito 2008, "Color Universal
//              Design"), in an order that keeps neighbours apart for the three common colour-vision
//              deficiencies. Slot i here is highlight names whosaid-q<i>, -r<i>, -m<i> in
//              content/highlight.css, which tools/gen-highlight-css.mjs generates from this list
//              (scripts/test.sh checks that the committed file is up to date). Speakers past the seven
//              share slot 7, one neutral colour (OTHER_VOICES): a colour never stands for two speakers.
//
// The extension knows no linguistics: labels here only name what the engine's Result already says.
(() => {
  'use strict';
  if (globalThis.whosaidShared) return;

  const ext = globalThis.browser?.runtime ? globalThis.browser : globalThis.chrome;

  const DEFAULT_SETTINGS = Object.freeze({
    autoRun: true,
    disabledSites: [],
    kinds: Object.freeze({ direct: true, mixed: true, indirect: true }),
  });

  // Okabe-Ito, reordered: blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow.
  // `swatch` is the solid colour used for underlines, dots and bars; `ink`, where given, replaces it for
  // underlines on light pages, where the swatch is too pale to see (yellow on white: 1.3:1; the ink, a
  // darker yellow, 3.2:1).
  const PALETTE = Object.freeze([
    { name: 'blue', swatch: '#0072B2' },
    { name: 'orange', swatch: '#E69F00' },
    { name: 'bluish green', swatch: '#009E73' },
    { name: 'vermillion', swatch: '#D55E00' },
    { name: 'sky blue', swatch: '#56B4E9' },
    { name: 'reddish purple', swatch: '#CC79A7' },
    { name: 'yellow', swatch: '#F0E442', ink: '#9E9200' },
  ]);
  // The speakers past the palette's seven, together: a slate that no palette colour resembles, bluer
  // than the grey of quotes without a speaker.
  const OTHER_VOICES = Object.freeze({ name: 'slate', swatch: '#5F7A8C' });
  const UNATTRIBUTED_SWATCH = '#8C8C8C';

  const KIND_LABELS = Object.freeze({
    direct: 'Direct quote',
    mixed: 'Partial quote',
    indirect: 'Reported speech',
  });
  const SPEAKER_KIND_LABELS = Object.freeze({
    person: 'person',
    organization: 'organisation',
    group: 'group',
    unknown: 'unknown',
  });

  // Reads the settings, filling in defaults for anything missing or malformed (storage may hold an
  // older version's shape, or have been edited by hand).
  async function loadSettings() {
    let stored = {};
    try {
      stored = (await ext.storage.local.get('settings')).settings || {};
    } catch (e) {
      // storage can be unavailable in odd contexts (a page being unloaded); defaults are safe.
    }
    return normaliseSettings(stored);
  }

  function normaliseSettings(s) {
    const kinds = { ...DEFAULT_SETTINGS.kinds };
    if (s && typeof s.kinds === 'object' && s.kinds) {
      for (const k of Object.keys(kinds)) if (typeof s.kinds[k] === 'boolean') kinds[k] = s.kinds[k];
    }
    return {
      autoRun: typeof s?.autoRun === 'boolean' ? s.autoRun : DEFAULT_SETTINGS.autoRun,
      disabledSites: Array.isArray(s?.disabledSites)
        ? [...new Set(s.disabledSites.filter((h) => typeof h === 'string' && h).map(siteKey))]
        : [],
      kinds,
    };
  }

  async function saveSettings(patch) {
    const next = normaliseSettings({ ...(await loadSettings()), ...patch });
    await ext.storage.local.set({ settings: next });
    return next;
  }

  // The key the per-site switch uses: the host name, lower case, without a trailing dot.
  function siteKey(hostOrUrl) {
    let host = String(hostOrUrl).trim().toLowerCase();
    try {
      if (host.includes('/')) host = new URL(host).hostname;
    } catch (e) {
      // not a URL: take it as a host name
    }
    return host.replace(/\.$/, '');
  }

  function isSiteDisabled(settings, host) {
    return settings.disabledSites.includes(siteKey(host));
  }

  // A page's text as a reader sees it: a web page's source lines leave runs of spaces and newlines inside
  // a paragraph ("according                to"), which the page's own rendering collapses.
  function oneLine(s) {
    return typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : s;
  }

  function swatch(slot) {
    if (slot == null || slot < 0) return UNATTRIBUTED_SWATCH;
    return slot < PALETTE.length ? PALETTE[slot].swatch : OTHER_VOICES.swatch;
  }

  globalThis.whosaidShared = Object.freeze({
    ext,
    DEFAULT_SETTINGS,
    PALETTE,
    OTHER_VOICES,
    UNATTRIBUTED_SWATCH,
    KIND_LABELS,
    SPEAKER_KIND_LABELS,
    loadSettings,
    normaliseSettings,
    saveSettings,
    siteKey,
    isSiteDisabled,
    oneLine,
    swatch,
  });
})();
