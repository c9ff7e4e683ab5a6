// content/main.js: the content script's conductor. Reads the article (article.js), has the background's
// engine extract quotes from it, anchors the Result's offsets to Ranges (anchor.js), draws them
// (paint.js), explains them on hover (card.js), and answers the popup.
//
// What it may change on the page, and nothing else (tests compare the DOM before and after):
//   - the test hook: <html data-whosaid-quotes="N"> once a run is done (N = quotes highlighted);
//   - the card's own host element while the card is shown (card.js).
// Highlights are registered with CSS.highlights and styled by the manifest's stylesheet: no DOM.
//
// A run: settings -> root -> text + segment table -> {type: 'extract'} to the background -> Result ->
// anchor every quote and speaker mention -> draw -> hook. The Result is kept as one "chunk" (text, table,
// Result). Dynamic pages add chunks: a MutationObserver collects added subtrees, and at most once a
// second the text nodes not read before are read as a new chunk and sent on their own, so a live blog
// or infinite scroll costs only its new paragraphs. Quotes whose nodes left the page are pruned; a
// paragraph whose text changed in place loses its quotes and is read again as new content. A new
// URL (single-page-app navigation) or a detached root starts a full run again; a page that had no
// article yet (client-rendered) is read again as it grows. Long articles are read, and many quotes
// anchored, in slices of SLICE ms, so the page's main thread never sees a long task from us.
//
// Speakers of different chunks are merged by (kind, name); colour slots are given in order of first
// appearance, most-quoted first within a chunk, so the main voices get the palette's colours (those past
// its seven share one neutral colour) and a speaker keeps its colour while the page grows.
//
// The extension knows no linguistics: it shows what the Result says, and quotes with speaker null are
// drawn and listed as "unattributed".
(() => {
  'use strict';
  const NS = (globalThis.whosaidContent ??= {});
  if (NS.main) return;
  const shared = globalThis.whosaidShared;
  const { ext } = shared;
  const { article, anchor: anchoring, paint, card } = NS;

  const MIN_ARTICLE_CHARS = 200; // less text than this is not an article ("no article" state)
  const MIN_NEW_CHARS = 40; // added content shorter than this is not worth a round trip
  const MAX_ARTICLE_TRIES = 10; // reads of a growing page that had no article yet
  const MUTATION_SETTLE = 400; // ms after the first mutation of a burst before reading
  const MUTATION_MIN_GAP = 1000; // ms between two incremental reads, however busy the page
  const MAX_TEXT = 4 << 20; // UTF-16 units sent at most in one request (the engine has its own cap)
  const HOOK = 'data-whosaid-quotes';
  const SLICE = 12; // ms of work on the page's main thread before yielding to it

  const t0 = performance.now(); // the script starts at document_idle: the benchmark's zero

  const state = {
    status: 'idle', // idle | running | done | off | no-article | error
    error: null,
    settings: shared.normaliseSettings({}),
    visible: true,
    url: '',
    roots: [],
    chunks: [], // {table, result}
    quotes: [], // entries, see addChunk()
    speakers: [], // merged speakers
    speakerByKey: new Map(),
    nextSlot: 0,
    index: new Map(), // text node -> entries whose ranges touch it (hover lookup)
    readNodes: new WeakSet(), // text nodes already sent to the engine
    engineVersion: '',
    unanchored: 0,
    timings: { start: t0 },
    runs: 0,
    retries: 0, // requests sent again after the background went away mid-request
    articleTries: 0, // reads after "no article", as the page grew
    bodySize: 0, // the page's text length at the last "no article"
  };

  // The page's address without its fragment: following an in-page link (#section) is not navigation.
  const pageUrl = () => location.href.replace(/#.*$/, '');

  let runP = null;
  let observer = null;
  let pending = new Set(); // added nodes not read yet
  let edited = new Set(); // text nodes already read whose text the page changed in place
  let mutationTimer = 0;
  let lastIncremental = 0;

  // --- talking to the background --------------------------------------------------------------------

  async function extract(text) {
    // One retry: a service worker stopped mid-request closes the message port; the next message wakes
    // a fresh worker.
    for (let attempt = 0; ; attempt++) {
      try {
        const resp = await ext.runtime.sendMessage({ type: 'extract', text });
        if (resp && typeof resp === 'object') return resp;
        throw new Error('no answer from the background');
      } catch (e) {
        if (attempt >= 1) return { ok: false, error: { code: 'no_background', message: e.message || String(e) } };
        state.retries++;
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  }

  // The toolbar badge: the highlighted quotes counted as the popup counts them (drawnCount()).
  function badge() {
    const n = state.visible && state.status === 'done' ? drawnCount({ asListed: true }) : null;
    ext.runtime.sendMessage({ type: 'badge', count: n }).catch(() => {});
  }

  // --- results -> entries ------------------------------------------------------------------------------

  const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const str = (v) => (typeof v === 'string' ? v : null);
  // A cue as a label: on one line, and none when it is only punctuation (the colon of "Lind: …").
  const cueLabel = (v) => {
    const cue = shared.oneLine(str(v));
    return cue && /\p{L}/u.test(cue) ? cue : null;
  };

  function speakerFor(result, index) {
    const s = Array.isArray(result.speakers) ? result.speakers[index] : null;
    if (!s || typeof s !== 'object') return null;
    const name = str(s.name) || '';
    const kind = str(s.kind) || 'unknown';
    const key = `${kind}\u0000${name.toLowerCase()}`;
    let merged = state.speakerByKey.get(key);
    if (!merged) {
      merged = {
        id: state.speakers.length,
        name,
        role: str(s.role),
        kind,
        aliases: Array.isArray(s.aliases) ? s.aliases.filter((a) => typeof a === 'string') : [],
        slot: state.nextSlot++,
        mentionRanges: [],
      };
      state.speakers.push(merged);
      state.speakerByKey.set(key, merged);
    } else if (!merged.role && str(s.role)) {
      merged.role = s.role;
    }
    return merged;
  }

  // Anchors one chunk's quotes and mentions, and adds them to the state; yields to the page every
  // SLICE ms (a page with thousands of quotes must not freeze). Resolves to the new entries, or null
  // when a newer run replaced the state meanwhile.
  async function addChunk(table, result) {
    const gen = state.runs;
    let deadline = performance.now() + SLICE;
    const pause = async () => {
      if (performance.now() < deadline) return false;
      await article.nextTask();
      deadline = performance.now() + SLICE;
      return gen !== state.runs;
    };
    const chunk = { table, result, fresh: undefined };
    const refresh = () => {
      if (chunk.fresh === undefined) chunk.fresh = table.roots ? article.build(table.roots, table.accept) : null;
      return chunk.fresh;
    };
    const quotes = Array.isArray(result.quotes) ? result.quotes : [];
    const speakers = Array.isArray(result.speakers) ? result.speakers : [];
    const spans = []; // [start, end, cue start] of each entry, for markQuotesInClaims()

    // Slots: most-quoted speakers of this chunk first.
    const counts = speakers.map(() => 0);
    for (const q of quotes) if (Number.isInteger(q?.speaker) && counts[q.speaker] !== undefined) counts[q.speaker]++;
    const order = speakers.map((_, i) => i).sort((a, b) => counts[b] - counts[a] || a - b);
    const merged = new Map();
    for (const i of order) if (counts[i] > 0) merged.set(i, speakerFor(result, i));

    const added = [];
    const entries = [];
    for (const q of quotes) {
      if (await pause()) return null;
      if (!q || typeof q !== 'object') continue;
      const start = num(q.start);
      const end = num(q.end);
      if (start === null || end === null || end <= start || end > table.text.length) continue;
      const kind = str(q.kind) || 'direct';
      const sp = Number.isInteger(q.speaker) ? merged.get(q.speaker) || null : null;
      const text = str(q.text) ?? table.text.slice(start, end);
      const ranges = anchoring.anchor(table, start, end, text, refresh);
      if (!ranges.length) state.unanchored++;
      const entry = {
        id: -1,
        kind,
        text,
        speaker: sp,
        cue: cueLabel(q.cue?.text),
        mention: shared.oneLine(str(q.mention?.text)),
        confidence: num(q.confidence),
        ranges,
        inClaim: false,
      };
      entries.push(entry);
      spans.push([start, end, num(q.cue?.start)]);
    }
    markQuotesInClaims(entries, spans);
    // Speaker mentions: underlined in the speaker's colour (the text of each is the string's own).
    const mentionRanges = new Map();
    for (const [i, sp] of merged) {
      const mentions = Array.isArray(speakers[i].mentions) ? speakers[i].mentions : [];
      const list = [];
      mentionRanges.set(sp, list);
      for (const m of mentions) {
        if (await pause()) return null;
        const start = num(m?.start);
        const end = num(m?.end);
        if (start === null || end === null || end <= start || end > table.text.length) continue;
        list.push(...anchoring.anchor(table, start, end, table.text.slice(start, end), refresh));
      }
    }
    if (gen !== state.runs) return null;
    // Commit, all at once: a snapshot never sees half a chunk.
    state.chunks.push(chunk);
    for (const entry of entries) {
      entry.id = state.quotes.length;
      state.quotes.push(entry);
      added.push(entry);
    }
    for (const [sp, list] of mentionRanges) sp.mentionRanges.push(...list);
    for (const n of table.nodes) state.readNodes.add(n);
    chunk.fresh = undefined; // do not keep a second copy of the text alive
    return added;
  }

  function kindShown(entry) {
    return state.settings.kinds[entry.kind] !== false;
  }

  // The highlighted quotes; `asListed`, as the popup lists them: a quote inside reported speech of its
  // speaker is one with that claim (entry.inClaim), unless claims are not shown.
  function drawnCount({ asListed = false } = {}) {
    const oneWithClaim = asListed && state.settings.kinds.indirect !== false;
    let n = 0;
    for (const q of state.quotes) if (q.ranges.length && kindShown(q) && !(oneWithClaim && q.inClaim)) n++;
    return n;
  }

  // --- drawing ---------------------------------------------------------------------------------------

  function indexRanges(entry) {
    for (const r of entry.ranges) {
      const nodes = textNodesIn(r);
      for (const n of nodes) {
        let list = state.index.get(n);
        if (!list) state.index.set(n, (list = []));
        list.push(entry);
      }
    }
  }

  function textNodesIn(range) {
    const a = range.startContainer;
    const b = range.endContainer;
    if (a === b) return [a];
    const out = [];
    const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    walker.currentNode = a;
    for (let n = a; n; n = walker.nextNode()) {
      out.push(n);
      if (n === b) break;
    }
    return out;
  }

  // Reported speech is drawn apart from quotes (a dotted underline rather than a background).
  const roleOf = (q) => (q.kind === 'indirect' ? 'r' : 'q');

  function draw(entries, speakers) {
    for (const q of entries) {
      if (!q.ranges.length || !kindShown(q)) continue;
      paint.add(roleOf(q), q.speaker ? q.speaker.slot : null, q.ranges);
      indexRanges(q);
    }
    for (const sp of speakers) paint.add('m', sp.slot, sp.mentionRanges);
  }

  function redraw() {
    paint.clear();
    hovered = null;
    state.index = new Map();
    if (!state.visible || state.status !== 'done') return;
    draw(state.quotes, state.speakers);
    card.attach(lookup, paint.dark());
  }

  function lookup(node, offset) {
    const list = state.index.get(node);
    if (!list) return null;
    for (const q of list) {
      for (const r of q.ranges) {
        try {
          if (r.isPointInRange(node, offset)) return cardEntry(q);
        } catch (e) {
          // the node moved to another document: not a hit
        }
      }
    }
    return null;
  }

  // What the popup lists once, in a claim (entry.inClaim):
  //  - a quote inside reported speech of the same speaker ("called the talks “constructive”" holds
  //    "constructive"): the claim shows its words;
  //  - the second half of reported speech split by its reporting clause ("The latest test, the agency
  //    said, was its biggest yet": two claims with one cue): the first half's listing goes on with it
  //    (entry.continuation).
  // One pass in text order, keeping each speaker's farthest claim end and latest claim.
  function markQuotesInClaims(entries, spans) {
    const reach = new Map();
    const latest = new Map();
    entries.forEach((e, i) => {
      if (!e.speaker) return;
      const [start, end, cueAt] = spans[i];
      if (e.kind !== 'indirect') {
        e.inClaim = (reach.get(e.speaker) ?? -1) >= end && start >= 0;
        return;
      }
      const before = latest.get(e.speaker);
      if (before && cueAt !== null && spans[before.index][2] === cueAt && !before.entry.inClaim) {
        before.entry.continuation = e;
        e.inClaim = true;
      }
      reach.set(e.speaker, Math.max(reach.get(e.speaker) ?? -1, end));
      latest.set(e.speaker, { entry: e, index: i });
    });
  }

  const cardEntries = new WeakMap();
  function cardEntry(q) {
    let c = cardEntries.get(q);
    if (!c) {
      c = {
        id: q.id,
        kind: q.kind,
        cue: q.cue,
        confidence: q.confidence,
        speakerName: q.speaker ? q.speaker.name : null,
        role: q.speaker ? q.speaker.role : null,
        slot: q.speaker ? q.speaker.slot : null,
      };
      cardEntries.set(q, c);
    }
    return c;
  }

  let hovered = null;
  card.onHover = (c) => {
    const q = c ? state.quotes[c.id] : null;
    if (q === hovered) return; // called once per pointer frame: repaint only on a change
    hovered = q;
    paint.show('hover', q ? q.ranges : []);
  };

  function setHook() {
    if (state.visible && state.status === 'done') document.documentElement.setAttribute(HOOK, String(drawnCount()));
    else if (state.status === 'no-article') document.documentElement.setAttribute(HOOK, '0');
    else document.documentElement.removeAttribute(HOOK);
  }

  // --- runs ---------------------------------------------------------------------------------------

  function reset() {
    stopObserving();
    hovered = null;
    state.changedWhileHidden = false;
    paint.clear();
    card.detach();
    state.chunks = [];
    state.quotes = [];
    state.speakers = [];
    state.speakerByKey = new Map();
    state.nextSlot = 0;
    state.index = new Map();
    state.readNodes = new WeakSet();
    state.unanchored = 0;
    state.error = null;
    state.roots = [];
  }

  function run(reason) {
    if (runP) return runP;
    runP = fullRun(reason).finally(() => {
      runP = null;
    });
    return runP;
  }

  async function fullRun(reason) {
    reset();
    if (reason !== 'retry') state.articleTries = 0;
    const gen = ++state.runs;
    state.status = 'running';
    state.url = pageUrl();
    state.visible = true;
    const t = (state.timings = { start: reason === 'auto' ? t0 : performance.now(), reason, begin: performance.now() });
    const root = article.findRoot(document);
    t.root = performance.now();
    if (!root) return finish('no-article');
    paint.detectTheme(root);
    // textContent is one fast native call: refuse a giant page before walking it.
    const rough = root.textContent.length;
    if (rough > 2 * MAX_TEXT) {
      return finish('error', { code: 'page_too_large', message: `The page holds about ${rough} characters of text; whosaid reads at most ${MAX_TEXT}.` });
    }
    // Choosing the root and the walk's first style read are separate tasks, so neither adds to the other.
    await article.nextTask();
    if (gen !== state.runs) return snapshot();
    const table = await article.buildSliced([root], null, SLICE);
    if (gen !== state.runs) return snapshot();
    table.roots = [root];
    t.text = performance.now();
    state.roots = [root];
    if (table.text.replace(/\s+/g, '').length < MIN_ARTICLE_CHARS / 2 || table.text.length < MIN_ARTICLE_CHARS) {
      return finish('no-article');
    }
    if (table.text.length > MAX_TEXT) {
      return finish('error', { code: 'page_too_large', message: `The article text is ${table.text.length} characters long; whosaid reads at most ${MAX_TEXT}.` });
    }
    const resp = await extract(table.text);
    t.extract = performance.now();
    t.engineMs = resp.engineMs;
    if (!resp.ok) return finish('error', resp.error);
    if (resp.result?.error) return finish('error', resp.result.error);
    state.engineVersion = resp.engineVersion || '';
    if (gen !== state.runs) return snapshot();
    const entries = await addChunk(table, resp.result);
    if (!entries) return snapshot();
    t.anchor = performance.now();
    state.status = 'done';
    draw(entries, state.speakers);
    card.attach(lookup, paint.dark());
    t.draw = performance.now();
    finish('done');
    startObserving();
    return snapshot();
  }

  function finish(status, error = null) {
    state.status = status;
    state.error = error ? { code: String(error.code || 'error'), message: String(error.message || '') } : null;
    state.timings.done = performance.now();
    setHook();
    badge();
    if (status === 'no-article') {
      state.bodySize = document.body ? document.body.textContent.length : 0;
      startObserving(); // the article may still arrive (client-rendered pages)
    }
    return snapshot();
  }

  function turnOff() {
    reset();
    state.status = 'off';
    setHook();
    badge();
  }

  // --- dynamic pages ----------------------------------------------------------------------------------

  function startObserving() {
    if (observer || !document.body) return;
    observer = new MutationObserver(onMutations);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  function stopObserving() {
    if (observer) observer.disconnect();
    observer = null;
    pending = new Set();
    edited = new Set();
    clearTimeout(mutationTimer);
    mutationTimer = 0;
  }

  function onMutations(records) {
    let relevant = false;
    for (const rec of records) {
      if (rec.type === 'characterData') {
        if (state.readNodes.has(rec.target)) {
          edited.add(rec.target);
          relevant = true;
        }
        continue;
      }
      if (rec.addedNodes.length) {
        for (const n of rec.addedNodes) {
          if (card.isHost(n)) continue;
          if (n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.data.trim())) {
            pending.add(n);
            relevant = true;
          }
        }
      }
      if (rec.removedNodes.length) {
        for (const n of rec.removedNodes) if (!card.isHost(n)) relevant = true;
      }
    }
    if (relevant && !mutationTimer) {
      const wait = Math.max(MUTATION_SETTLE, lastIncremental + MUTATION_MIN_GAP - performance.now());
      mutationTimer = setTimeout(() => {
        const go = () => {
          mutationTimer = 0;
          incremental().catch(() => {});
        };
        if (globalThis.requestIdleCallback) requestIdleCallback(go, { timeout: 1000 });
        else go();
      }, wait);
    }
  }

  // Roots of the added content that is still on the page, outermost only, in document order.
  function addedRoots(nodes) {
    const els = [];
    for (const n of nodes) {
      const el = n.nodeType === Node.TEXT_NODE ? n.parentElement : n;
      if (!el || !el.isConnected || card.isHost(el)) continue;
      if (el.closest('script, style, noscript, template, nav, aside, footer, form, [contenteditable=""], [contenteditable="true"]')) continue;
      els.push(el);
    }
    els.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const out = [];
    for (const el of els) if (!out.some((o) => o === el || o.contains(el))) out.push(el);
    return out;
  }

  // A block whose text the page changed in place (a correction, a framework re-rendering a paragraph):
  // its text nodes are forgotten, so that the block is read again as new content, and returned, so that
  // prune() drops the quotes and mentions drawn on their old text.
  function forgetEdited(nodes) {
    const stale = new Set();
    const blocks = new Set();
    for (const n of nodes) {
      let block = n.parentElement;
      while (block && !article.BLOCK.has(block.localName)) block = block.parentElement;
      if (block && block.isConnected) blocks.add(block);
    }
    for (const block of blocks) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (state.readNodes.has(n)) stale.add(n);
        state.readNodes.delete(n);
      }
    }
    return { stale, blocks };
  }

  // Drops the quotes and mentions whose nodes left the page or whose text changed (`stale` text nodes).
  function prune(stale = new Set()) {
    let removed = 0;
    const live = (r) =>
      !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected &&
      !(stale.size && textNodesIn(r).some((n) => stale.has(n)));
    for (const q of state.quotes) {
      if (!q.ranges.length) continue;
      const alive = q.ranges.every(live);
      if (!alive) {
        paint.remove(roleOf(q), q.speaker ? q.speaker.slot : null, q.ranges);
        q.ranges = [];
        q.gone = true;
        removed++;
      }
    }
    for (const sp of state.speakers) {
      const keep = sp.mentionRanges.filter(live);
      if (keep.length !== sp.mentionRanges.length) {
        paint.remove('m', sp.slot, sp.mentionRanges.filter((r) => !keep.includes(r)));
        sp.mentionRanges = keep;
      }
    }
    if (removed) {
      state.quotes = state.quotes.filter((q) => !q.gone);
      state.quotes.forEach((q, i) => (q.id = i));
      state.index = new Map();
      for (const q of state.quotes) if (q.ranges.length && kindShown(q)) indexRanges(q);
    }
    return removed;
  }

  async function incremental() {
    lastIncremental = performance.now();
    const nodes = pending;
    const changed = edited;
    pending = new Set();
    edited = new Set();
    if (!state.visible) {
      state.changedWhileHidden = true; // read again in full when shown
      return;
    }
    if (runP || state.status === 'off' || state.status === 'idle') return;
    // A new URL, or the article root gone: the page is another page now.
    if (pageUrl() !== state.url || (state.roots.length && !state.roots.some((r) => r.isConnected))) {
      await run('navigation');
      return;
    }
    if (state.status === 'no-article') {
      // Client-rendered pages fill in their article after load: read again once the page has grown by
      // a paragraph or more, a few times at most (a page that only ever churns is left alone).
      const size = document.body ? document.body.textContent.length : 0;
      if (state.articleTries >= MAX_ARTICLE_TRIES || size < state.bodySize + MIN_ARTICLE_CHARS) return;
      state.articleTries++;
      await run('retry');
      return;
    }
    if (state.status !== 'done') return;
    const { stale, blocks } = forgetEdited(changed);
    for (const b of blocks) nodes.add(b);
    const removed = prune(stale);
    const roots = addedRoots(nodes);
    let added = [];
    if (roots.length) {
      const accept = (n) => !state.readNodes.has(n);
      const table = article.build(roots, accept);
      table.roots = roots;
      table.accept = accept;
      if (table.text.replace(/\s+/g, ' ').trim().length >= MIN_NEW_CHARS && table.text.length <= MAX_TEXT) {
        const resp = await extract(table.text);
        if (resp.ok && !resp.result?.error && state.status === 'done') {
          const before = state.speakers.length;
          added = (await addChunk(table, resp.result)) || [];
          draw(added, state.speakers.slice(before));
          // mentions of known speakers found in this chunk
          for (const sp of state.speakers.slice(0, before)) paint.add('m', sp.slot, sp.mentionRanges);
        } else {
          for (const n of table.nodes) state.readNodes.add(n);
        }
      }
    }
    if (removed || added.length) {
      setHook();
      badge();
    }
  }

  // --- popup and commands ------------------------------------------------------------------------------

  // The Results' warnings, one per code ({code, message}): "not_english" tells the popup why no quote has
  // a speaker.
  function warnings() {
    const byCode = new Map();
    for (const c of state.chunks) {
      for (const w of Array.isArray(c.result.warnings) ? c.result.warnings : []) {
        if (w && typeof w.code === 'string' && !byCode.has(w.code)) byCode.set(w.code, { code: w.code, message: str(w.message) || '' });
      }
    }
    return [...byCode.values()];
  }

  function snapshot() {
    const speakers = state.speakers.map((sp) => ({
      id: sp.id,
      name: sp.name,
      role: sp.role,
      kind: sp.kind,
      aliases: sp.aliases,
      slot: sp.slot,
      quotes: [],
    }));
    const quotes = state.quotes.map((q) => {
      if (q.speaker) speakers[q.speaker.id].quotes.push(q.id);
      return {
        id: q.id,
        kind: q.kind,
        text: shared.oneLine(q.continuation ? `${q.text} … ${q.continuation.text}` : q.text),
        speaker: q.speaker ? q.speaker.id : null,
        cue: q.cue,
        mention: q.mention,
        confidence: q.confidence,
        anchored: q.ranges.length > 0,
        shown: q.ranges.length > 0 && kindShown(q),
        inClaim: q.inClaim,
      };
    });
    return {
      status: state.status,
      error: state.error,
      visible: state.visible,
      site: shared.siteKey(location.hostname),
      meta: article.metadata(document),
      engineVersion: state.engineVersion,
      kinds: state.settings.kinds,
      autoRun: state.settings.autoRun,
      speakers: speakers.filter((s) => s.quotes.length > 0),
      quotes,
      warnings: warnings(),
      counts: { quotes: quotes.length, drawn: drawnCount(), unanchored: state.unanchored, chunks: state.chunks.length },
    };
  }

  function reveal(id) {
    const q = state.quotes[id];
    if (!q || !q.ranges.length) return { ok: false };
    const r = q.ranges[0];
    const el = r.startContainer.nodeType === Node.ELEMENT_NODE ? r.startContainer : r.startContainer.parentElement;
    // Smooth unless the reader asked for less motion, or the tab is hidden (no frames: it would stall).
    const instant = matchMedia('(prefers-reduced-motion: reduce)').matches || document.visibilityState === 'hidden';
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: instant ? 'auto' : 'smooth' });
    // Blink three times, then leave the quote as it was.
    let n = 0;
    clearInterval(reveal.timer);
    paint.show('flash', q.ranges);
    reveal.timer = setInterval(() => {
      n++;
      paint.show('flash', n % 2 ? [] : q.ranges);
      if (n >= 5) {
        clearInterval(reveal.timer);
        paint.show('flash', []);
      }
    }, 260);
    return { ok: true };
  }

  async function toggle() {
    if (state.status === 'done' && state.visible) {
      state.visible = false;
      paint.clear();
      card.detach();
      state.index = new Map();
      setHook();
      badge();
      return snapshot();
    }
    if (state.status === 'done' && !state.visible) {
      if (state.changedWhileHidden) return run('user');
      state.visible = true;
      redraw();
      setHook();
      badge();
      return snapshot();
    }
    return run('user');
  }

  ext.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== ext.runtime.id || !msg || typeof msg !== 'object') return false;
    let answer;
    switch (msg.type) {
      case 'state':
        answer = Promise.resolve(snapshot());
        break;
      case 'run':
        answer = state.status === 'done' || state.status === 'running' ? (runP || Promise.resolve()).then(snapshot) : run('user');
        break;
      case 'rerun':
        answer = run('user');
        break;
      case 'reveal':
        answer = Promise.resolve(reveal(msg.id));
        break;
      case 'toggle':
        answer = toggle();
        break;
      default:
        return false;
    }
    answer.then(sendResponse, (e) => sendResponse({ status: 'error', error: { code: 'content', message: String(e?.message || e) } }));
    return true;
  });

  ext.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings) return;
    const before = state.settings;
    state.settings = shared.normaliseSettings(changes.settings.newValue || {});
    const off = shared.isSiteDisabled(state.settings, location.hostname);
    const wasOff = shared.isSiteDisabled(before, location.hostname);
    if (off && !wasOff) return turnOff();
    if (!off && wasOff) {
      state.status = 'idle';
      if (state.settings.autoRun) run('user');
      return;
    }
    if (JSON.stringify(before.kinds) !== JSON.stringify(state.settings.kinds) && state.status === 'done') {
      redraw();
      setHook();
      badge();
    }
  });

  async function start() {
    state.settings = await shared.loadSettings();
    if (shared.isSiteDisabled(state.settings, location.hostname)) {
      state.status = 'off';
      return;
    }
    if (state.settings.autoRun) await run('auto');
  }

  NS.main = { state, run, snapshot, reveal, toggle };
  start().catch((e) => finish('error', { code: 'content', message: String(e?.message || e) }));
})();
