// background.js: the extension's engine host (a module service worker in Chromium, a module background
// script in Firefox; one file serves both).
//
// Why here: the C++ engine is WebAssembly, and a page's Content-Security-Policy can forbid compiling wasm
// in a content script (`script-src 'self'` without 'wasm-unsafe-eval'). The extension's own CSP allows it
// (manifest: content_security_policy.extension_pages), so the engine always runs here and content scripts
// send it plain text.
//
// Life cycle: instantiation starts when the worker boots and its promise is kept, so every message reuses
// one module instance. Chromium refuses top-level await in a service worker (the worker would not
// register), so nothing here awaits at top level; listeners are registered synchronously and answer
// asynchronously (`return true`, then sendResponse). If instantiation fails, or a call traps (a trap can
// leave the instance's memory in an unknown state), the promise is dropped and the next request builds a
// fresh instance; the failure goes back to the caller as a value, {ok: false, error}, which the popup
// shows.
//
// Messages (all from this extension's own content scripts and pages; anything else is ignored):
//   {type: 'extract', text}   -> {ok: true, result, engineVersion, engineMs} | {ok: false, error: {code, message}}
//   {type: 'engine'}          -> {ok: true, engineVersion} | {ok: false, error}  (popup's health check)
//   {type: 'badge', count}    sets the toolbar badge of the sender's tab (count null clears it)
// Commands: 'toggle-highlights' (the keyboard shortcut) asks the active tab's content script to toggle.
//
// The background never uses the network: it has no host permissions, and the only fetch is of the
// extension's own .wasm file, by wasm/whosaid.mjs when it compiles the engine.
import './shared.js';
import * as wasmModule from './wasm/whosaid.mjs';

const { ext } = globalThis.whosaidShared;

let engineP = null;

function engine() {
  if (!engineP) {
    const create = wasmModule.createWhosaid ?? wasmModule.default;
    engineP = Promise.resolve()
      .then(() => {
        if (typeof create !== 'function') throw new Error('wasm/whosaid.mjs exports no createWhosaid()');
        return create();
      })
      .then((ws) => {
        if (!ws || typeof ws.extract !== 'function') throw new Error('the engine module has no extract()');
        return ws;
      });
    engineP.catch(() => {
      engineP = null;
    });
  }
  return engineP;
}

// Start instantiating now, so the first page does not wait for it. A failure here is reported to the
// first caller, which retries through engine().
engine().catch(() => {});

function failure(code, e) {
  const message = (e && (e.message || String(e))) || 'unknown error';
  return { ok: false, error: { code, message } };
}

async function extract(text) {
  if (typeof text !== 'string') return failure('bad_request', new Error('text must be a string'));
  let ws;
  try {
    ws = await engine();
  } catch (e) {
    return failure('engine_unavailable', e);
  }
  try {
    const t0 = performance.now();
    let result = ws.extract(text);
    // The module answers 'engine_unavailable' for the few milliseconds it takes to replace an instance
    // that trapped; wait for it rather than fail the page.
    for (let i = 0; i < 5 && result?.error?.code === 'engine_unavailable'; i++) {
      await new Promise((r) => setTimeout(r, 20 * (i + 1)));
      result = ws.extract(text);
    }
    if (!result || typeof result !== 'object') throw new Error('the engine returned no result');
    return { ok: true, result, engineVersion: String(ws.version ?? ''), engineMs: performance.now() - t0 };
  } catch (e) {
    engineP = null; // a trap may have left the instance broken: build a new one next time
    return failure('engine_crashed', e);
  }
}

ext.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id !== ext.runtime.id || !msg || typeof msg !== 'object') return false;
  switch (msg.type) {
    case 'extract':
      extract(msg.text).then(sendResponse);
      return true;
    case 'engine':
      engine().then(
        (ws) => sendResponse({ ok: true, engineVersion: String(ws.version ?? '') }),
        (e) => sendResponse(failure('engine_unavailable', e)),
      );
      return true;
    case 'badge':
      setBadge(sender.tab?.id, msg.count);
      return false;
    default:
      return false;
  }
});

function setBadge(tabId, count) {
  if (tabId == null) return;
  const text = typeof count === 'number' && count > 0 ? String(Math.min(count, 999)) : '';
  ext.action.setBadgeText({ tabId, text }).catch(() => {});
  ext.action.setBadgeBackgroundColor({ tabId, color: '#3a3a3a' }).catch(() => {});
}

ext.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-highlights') return;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return;
  ext.tabs.sendMessage(tab.id, { type: 'toggle' }).catch(() => {
    // no content script in this tab (a browser page, or a tab opened before install): nothing to toggle
  });
});
