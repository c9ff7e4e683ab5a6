// content/card.js: the small card that tells who said the quote under the pointer.
//
// Highlights are not elements, so there is nothing to attach hover listeners to: the card listens to
// pointer moves on the window (passive, at most once per frame), asks the browser which text position is
// under the pointer (caretPositionFromPoint), checks that a glyph of that position really is under it,
// and asks main.js (`lookup(node, offset)`) which quote, if any, covers that position.
//
// The card is the only element whosaid ever adds to a page. It is created when first shown and removed
// when hidden: a <whosaid-card> host appended to <html>, holding a closed shadow root with its own styles,
// shown in the top layer as a manual popover (fixed position, so it never shifts the page's layout and
// no z-index of the page can cover it). Its text is set with textContent only: quote data comes from the
// page and is never parsed as HTML.
//
// Hover shows it after a short delay; a click on a quote pins it until a click elsewhere or Escape.
(() => {
  'use strict';
  const NS = (globalThis.whosaidContent ??= {});
  if (NS.card) return;
  const { KIND_LABELS, swatch } = globalThis.whosaidShared;

  const SHOW_DELAY = 180; // ms the pointer rests on a quote before the card appears
  const HIDE_DELAY = 250; // ms after leaving, so the pointer can cross a gap between lines
  const GAP = 8; // px between the line and the card

  const STYLE = `
    :host { all: initial; }
    .card { box-sizing: border-box; max-width: 320px; min-width: 180px; padding: 10px 12px;
      border-radius: 8px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      background: #ffffff; color: #1d1d1f; border: 1px solid rgba(0,0,0,.14);
      box-shadow: 0 6px 24px rgba(0,0,0,.18); pointer-events: auto; text-align: left; }
    .card.dark { background: #26272b; color: #f2f2f3; border-color: rgba(255,255,255,.16);
      box-shadow: 0 6px 24px rgba(0,0,0,.55); }
    .head { display: flex; align-items: center; gap: 8px; font-weight: 600; font-size: 14px; }
    .dot { flex: none; width: 10px; height: 10px; border-radius: 50%; }
    .name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .role { margin: 2px 0 0 18px; opacity: .78; }
    .meta { margin: 6px 0 0 18px; display: flex; flex-wrap: wrap; gap: 4px 10px; opacity: .9; }
    .kind { font-weight: 600; }
    .cue { font-style: italic; }
    .conf { margin: 6px 0 0 18px; display: flex; align-items: center; gap: 8px; font-size: 12px; opacity: .85; }
    .bar { width: 60px; height: 4px; border-radius: 2px; background: rgba(127,127,127,.3); overflow: hidden; }
    .fill { display: block; height: 100%; background: currentColor; }
    [hidden] { display: none !important; }
  `;

  let lookup = null;
  let host = null;
  let parts = null;
  let shownFor = null; // the quote entry the card shows
  let pinned = false;
  let showTimer = 0;
  let hideTimer = 0;
  let frame = 0;
  let lastEvent = null;
  let dark = false;

  function caretAt(x, y) {
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      return p && { node: p.offsetNode, offset: p.offset };
    }
    if (document.caretRangeFromPoint) {
      const r = document.caretRangeFromPoint(x, y);
      return r && { node: r.startContainer, offset: r.startOffset };
    }
    return null;
  }

  // The rectangle of a glyph next to the caret that contains (x, y), or null (pointer over blank space).
  function glyphRectAt(node, offset, x, y) {
    const r = document.createRange();
    for (const [a, b] of [[offset, offset + 1], [offset - 1, offset]]) {
      if (a < 0 || b > node.data.length) continue;
      r.setStart(node, a);
      r.setEnd(node, b);
      for (const rect of r.getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
      }
    }
    return null;
  }

  function hit(x, y) {
    const caret = caretAt(x, y);
    if (!caret || !caret.node || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const rect = glyphRectAt(caret.node, caret.offset, x, y);
    if (!rect) return null;
    const entry = lookup && lookup(caret.node, caret.offset);
    return entry ? { entry, rect } : null;
  }

  // Constructable stylesheets are CSSOM, which a page's CSP (style-src without 'unsafe-inline') does not
  // block, unlike a <style> element or a style attribute; the <style> is only a fallback.
  function styleShadow(root) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet];
      return;
    } catch (e) {
      // older engines, or a wrapper that refuses the assignment: fall through
    }
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
  }

  function el(tag, cls, ...children) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    e.append(...children);
    return e;
  }

  function build() {
    host = document.createElement('whosaid-card');
    // Inline styles (set through the CSSOM, which CSP allows) beat the page's stylesheets; the UA's
    // popover box is undone here too.
    host.style.cssText =
      'all: initial !important; position: fixed !important; margin: 0 !important; padding: 0 !important;' +
      'border: 0 !important; background: transparent !important; overflow: visible !important;' +
      'inset: auto !important; width: auto !important; height: auto !important;' +
      'z-index: 2147483647 !important; display: block !important;';
    if ('popover' in HTMLElement.prototype) host.popover = 'manual';
    const root = host.attachShadow({ mode: 'closed' });
    styleShadow(root);
    parts = {
      dot: el('span', 'dot'), name: el('span', 'name'), role: el('div', 'role'), kind: el('span', 'kind'),
      cue: el('span', 'cue'), fill: el('span', 'fill'), pct: el('span', 'pct'),
    };
    parts.conf = el('div', 'conf', el('span', 'bar', parts.fill), parts.pct);
    parts.card = el('div', 'card', el('div', 'head', parts.dot, parts.name), parts.role,
      el('div', 'meta', parts.kind, parts.cue), parts.conf);
    parts.card.setAttribute('role', 'tooltip');
    root.append(parts.card);
    parts.card.addEventListener('pointerenter', () => clearTimeout(hideTimer));
    parts.card.addEventListener('pointerleave', () => scheduleHide());
  }

  function fill(entry) {
    parts.card.classList.toggle('dark', dark);
    parts.dot.style.background = swatch(entry.slot);
    parts.name.textContent = entry.speakerName || 'Unattributed';
    parts.role.textContent = entry.role || '';
    parts.role.hidden = !entry.role;
    parts.kind.textContent = KIND_LABELS[entry.kind] || entry.kind || '';
    parts.cue.textContent = entry.cue ? `“${entry.cue}”` : '';
    parts.cue.hidden = !entry.cue;
    const c = typeof entry.confidence === 'number' ? Math.max(0, Math.min(1, entry.confidence)) : null;
    parts.conf.hidden = c === null || entry.speakerName == null;
    if (c !== null) {
      parts.fill.style.width = `${Math.round(c * 100)}%`;
      parts.pct.textContent = `${Math.round(c * 100)}% confident`;
    }
  }

  function place(rect) {
    const box = parts.card.getBoundingClientRect();
    const vw = document.documentElement.clientWidth || innerWidth;
    const vh = document.documentElement.clientHeight || innerHeight;
    let top = rect.bottom + GAP;
    if (top + box.height > vh - 4 && rect.top - GAP - box.height >= 4) top = rect.top - GAP - box.height;
    const left = Math.max(4, Math.min(rect.left, vw - box.width - 4));
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    host.style.setProperty('top', `${Math.round(Math.max(4, top))}px`, 'important');
  }

  function show(entry, rect) {
    clearTimeout(hideTimer);
    if (!host) build();
    fill(entry);
    if (!host.isConnected) {
      document.documentElement.appendChild(host);
      if (host.popover) {
        try {
          host.showPopover();
        } catch (e) {
          // already open, or the page is in a state that refuses popovers: fixed positioning still works
        }
      }
    }
    place(rect);
    shownFor = entry;
  }

  function hide() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    pinned = false;
    shownFor = null;
    if (host && host.isConnected) host.remove();
  }

  function scheduleHide() {
    if (pinned) return;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY);
  }

  function onFrame() {
    frame = 0;
    const e = lastEvent;
    if (!e || pinned) return;
    const h = hit(e.clientX, e.clientY);
    NS.card.onHover?.(h ? h.entry : null);
    if (!h) {
      clearTimeout(showTimer);
      if (shownFor) scheduleHide();
      return;
    }
    clearTimeout(hideTimer);
    if (shownFor === h.entry) return;
    clearTimeout(showTimer);
    showTimer = setTimeout(() => show(h.entry, h.rect), shownFor ? 0 : SHOW_DELAY);
  }

  function onMove(e) {
    if (e.pointerType === 'touch') return;
    lastEvent = e;
    if (!frame) frame = requestAnimationFrame(onFrame);
  }

  function onClick(e) {
    if (host && e.composedPath().includes(host)) return;
    const h = hit(e.clientX, e.clientY);
    if (h) {
      show(h.entry, h.rect);
      pinned = true;
    } else if (shownFor) {
      hide();
    }
  }

  function onKey(e) {
    if (e.key === 'Escape' && shownFor) hide();
  }

  function onScroll() {
    if (shownFor) hide();
  }

  let attached = false;
  function attach(fn, isDark) {
    lookup = fn;
    dark = !!isDark;
    if (attached) return;
    attached = true;
    addEventListener('pointermove', onMove, { passive: true });
    addEventListener('click', onClick, { passive: true, capture: true });
    addEventListener('keydown', onKey, { passive: true });
    addEventListener('scroll', onScroll, { passive: true, capture: true });
  }

  function detach() {
    hide();
    NS.card.onHover?.(null);
    if (!attached) return;
    attached = false;
    removeEventListener('pointermove', onMove, { passive: true });
    removeEventListener('click', onClick, { passive: true, capture: true });
    removeEventListener('keydown', onKey, { passive: true });
    removeEventListener('scroll', onScroll, { passive: true, capture: true });
  }

  NS.card = { attach, detach, hide, isHost: (n) => n === host, onHover: null };
})();
