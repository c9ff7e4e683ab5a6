// content/paint.js: draws Ranges with the CSS Custom Highlight API (styles in highlight.css).
//
// One Highlight per colour slot and role, registered in the document's highlight registry under a name
// starting with "whosaid". Nothing is inserted into the page: highlights live outside the DOM, so a page
// that re-renders, serialises or diffs its own DOM never sees them, and removing them is one call.
//
// Theme: pages with a dark background get the "whosaid-dark-" names (brighter tints). The background is
// read once per run from the computed style of <body> and <html>, which costs one style read, no layout.
(() => {
  'use strict';
  const NS = (globalThis.whosaidContent ??= {});
  if (NS.paint) return;

  const SLOTS = globalThis.whosaidShared.PALETTE.length;
  const PRIORITY = { r: 0, ru: 0, q: 1, qu: 1, m: 2, hover: 3, flash: 4 };
  const supported = typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';

  let prefix = 'whosaid-';
  const owned = new Map(); // name -> Highlight we registered

  function luminance(rgb) {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(rgb || '');
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) return null; // transparent: look further up
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  // Chooses light or dark names for this page: the first opaque background of body, html, else the
  // colour scheme the page declares.
  function detectTheme(el) {
    for (const e of [el, document.body, document.documentElement]) {
      if (!e) continue;
      const l = luminance(getComputedStyle(e).backgroundColor);
      if (l !== null) {
        prefix = l < 0.2 ? 'whosaid-dark-' : 'whosaid-';
        return;
      }
    }
    const scheme = getComputedStyle(document.documentElement).colorScheme || '';
    prefix = scheme.trim() === 'dark' ? 'whosaid-dark-' : 'whosaid-';
  }

  // Name of the highlight for a role with a colour slot: 'q' (quote), 'r' (reported speech) or 'm'
  // (mention); a null slot means no speaker ('qu', 'ru'); slots past the palette share the other voices'
  // (shared.js). 'hover' and 'flash' take no slot.
  const unattributed = (role, slot) => (role === 'q' || role === 'r') && (slot == null || slot < 0);
  function nameFor(role, slot) {
    if (unattributed(role, slot)) return `${prefix}${role}u`;
    if (role === 'q' || role === 'r' || role === 'm') return `${prefix}${role}${Math.min(slot, SLOTS)}`;
    return `${prefix}${role}`;
  }

  function highlight(name, role) {
    let h = owned.get(name);
    if (!h) {
      h = new Highlight();
      h.priority = PRIORITY[role] ?? 0;
      owned.set(name, h);
      CSS.highlights.set(name, h);
    }
    return h;
  }

  function add(role, slot, ranges) {
    if (!supported) return;
    const h = highlight(nameFor(role, slot), unattributed(role, slot) ? `${role}u` : role);
    for (const r of ranges) h.add(r);
  }

  function remove(role, slot, ranges) {
    if (!supported) return;
    const h = owned.get(nameFor(role, slot));
    if (h) for (const r of ranges) h.delete(r);
  }

  // Replaces the contents of a single-use highlight ('hover' or 'flash').
  function show(role, ranges) {
    if (!supported) return;
    if (!owned.has(nameFor(role)) && !(ranges && ranges.length)) return; // nothing to clear
    const h = highlight(nameFor(role), role);
    h.clear();
    for (const r of ranges || []) h.add(r);
  }

  function clear() {
    if (!supported) return;
    for (const [name, h] of owned) {
      h.clear();
      if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
    }
    owned.clear();
  }

  NS.paint = { supported, detectTheme, nameFor, add, remove, show, clear, dark: () => prefix !== 'whosaid-' };
})();
