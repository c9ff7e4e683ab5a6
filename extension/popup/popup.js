// popup/popup.js: the summary of one tab's quotes, by speaker.
//
// The popup owns no analysis. It asks the tab's content script for a snapshot ({type: 'state'}; 'run'
// when the page has not been read yet, in "only on click" mode, because opening the popup is the
// click) and renders it:
//   - the balance of voices: distinct speakers, persons vs organisations, and each speaker's share of
//     the quoted words as one stacked bar (unattributed quotes in grey);
//   - speakers ranked by number of quotes, with role and colour; each expands to its quotes, and each
//     quote scrolls the page to it and flashes it ({type: 'reveal', id}); long quotes expand in place;
//   - a filter over speaker names, roles and quote words;
//   - copy one quote as a citation; export everything as JSON or Markdown;
//   - the per-site switch (settings.disabledSites; the content script reacts to the storage change);
//   - a note when the page does not read as English (the Result's warning not_english), which is why
//     none of its quotes has a speaker;
//   - a clear state for every other case: not a web page, switched off, reading, no article, no quotes,
//     and errors (engine failed to load or crashed), with a retry.
//
// Which tab: the active tab of the popup's window; tests that open popup.html as a tab pass
// ?tab=<id> (a popup opened as a tab would otherwise see itself as the active tab).
// If the tab has no content script (it was open before the extension was installed), the popup injects
// it with the activeTab grant the toolbar click gave.
const shared = globalThis.whosaidShared;
const { ext, KIND_LABELS, SPEAKER_KIND_LABELS, swatch } = shared;

const $ = (id) => document.getElementById(id);
const CONTENT_FILES = ['shared.js', 'content/article.js', 'content/anchor.js', 'content/paint.js', 'content/card.js', 'content/main.js'];
const LONG_QUOTE = 180; // characters: longer quotes start clamped, with a "more" button

let tab = null;
let settings = null;
let snap = null;
let openSpeakers = new Set();

// --- small DOM helpers: all text goes through textContent ---------------------------------------------

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k === 'style') el.setAttribute('style', v);
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c != null) el.append(c);
  return el;
}

function toast(message) {
  const t = $('toast');
  t.textContent = message;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (t.hidden = true), 1800);
}

// --- states ----------------------------------------------------------------------------------------

// State icons as stroke paths on a 24-unit grid (fonts cannot be trusted to have the symbols).
const ICONS = {
  off: ['M12 3v8', 'M6.4 6.9a8 8 0 1 0 11.2 0'],
  empty: ['M5 10c0-3 1.5-5 4-6', 'M5 10h4v5H5z', 'M13 10c0-3 1.5-5 4-6', 'M13 10h4v5h-4z'],
  none: ['M6 3h9l4 4v14H6z', 'M9 11h7', 'M9 15h5'],
  error: ['M12 6v8', 'M12 17.5v.5'],
  blocked: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M5.6 5.6l12.8 12.8'],
  busy: [],
};
const SVG = 'http://www.w3.org/2000/svg';

function iconSvg(name) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '22');
  for (const d of ICONS[name] || []) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

function showState({ icon, title, text, detail, action, onAction }) {
  $('summary').hidden = true;
  $('exports').hidden = true;
  const s = $('state');
  s.hidden = false;
  s.dataset.state = icon;
  $('state-icon').replaceChildren(icon === 'busy' ? '' : iconSvg(icon));
  $('state-icon').className = `state-icon ${icon}`;
  $('state-title').textContent = title;
  $('state-text').textContent = text || '';
  $('state-detail').hidden = !detail;
  $('state-detail').textContent = detail || '';
  const b = $('state-action');
  b.hidden = !action;
  b.textContent = action || '';
  b.onclick = onAction || null;
}

// --- talking to the tab ----------------------------------------------------------------------------------

async function targetTab() {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return ext.tabs.get(id);
  const [t] = await ext.tabs.query({ active: true, currentWindow: true });
  return t;
}

async function ask(msg) {
  return ext.tabs.sendMessage(tab.id, msg);
}

// The content script's answer to `msg`; injects the content script once if the tab has none.
async function askOrInject(msg) {
  try {
    return await ask(msg);
  } catch (e) {
    await ext.scripting.insertCSS({ target: { tabId: tab.id }, files: ['content/highlight.css'] });
    await ext.scripting.executeScript({ target: { tabId: tab.id }, files: CONTENT_FILES });
    return ask(msg);
  }
}

function isWebPage(url) {
  return /^https?:\/\//i.test(url || '');
}

// --- main flow ------------------------------------------------------------------------------------

// The tab's site: from its URL when the browser shows it to us (the toolbar click's activeTab grant),
// else from the content script's own answer.
let site = '';

function setSite(name) {
  if (!name || site) return;
  site = name;
  $('site-name').textContent = site;
  $('site-switch-label').hidden = false;
  showSwitch();
}

function showSwitch() {
  const on = !shared.isSiteDisabled(settings, site);
  $('site-switch').checked = on;
  $('switch-word').textContent = on ? 'On' : 'Off';
  $('site-switch-label').title = on ? `Turn whosaid off for ${site}` : `Turn whosaid on for ${site}`;
}

async function load() {
  tab = await targetTab();
  settings = await shared.loadSettings();
  if (!tab || (tab.url !== undefined && !isWebPage(tab.url))) {
    showState({ icon: 'blocked', title: 'Nothing to read here', text: 'whosaid works on web pages (http and https), not on browser pages or files.' });
    return;
  }
  if (tab.url) setSite(shared.siteKey(tab.url));
  await refresh();
}

async function refresh({ rerun = false } = {}) {
  if (site && shared.isSiteDisabled(settings, site)) {
    showState({
      icon: 'off',
      title: `Off for ${site}`,
      text: 'whosaid does not read pages on this site. Turn the switch on to highlight quotes here.',
    });
    return;
  }
  let s;
  try {
    s = await askOrInject({ type: 'state' });
    setSite(s?.site);
    if (site && shared.isSiteDisabled(settings, site)) return refresh();
    if (rerun || s.status === 'idle' || s.status === 'off') {
      // 'off' here means the page has not yet seen the switch turned back on
      showState({ icon: 'busy', title: 'Reading the page…' });
      s = await ask({ type: rerun || s.status === 'off' ? 'rerun' : 'run' });
    } else if (s.status === 'running') {
      showState({ icon: 'busy', title: 'Reading the page…' });
      s = await ask({ type: 'run' });
    }
  } catch (e) {
    showState({
      icon: 'blocked',
      title: 'whosaid cannot read this page',
      text: 'The browser does not let extensions into this page (the extension store, a PDF viewer, a file opened from disk), or the page is still loading.',
      detail: String(e?.message || e),
      action: 'Try again',
      onAction: () => refresh(),
    });
    return;
  }
  render(s);
}

function render(s) {
  snap = s;
  if (!s || typeof s !== 'object') return showError({ code: 'content', message: 'no answer from the page' });
  switch (s.status) {
    case 'off':
      return showState({ icon: 'off', title: 'Highlighting is off on this page' });
    case 'error':
      return showError(s.error);
    case 'no-article':
      return showState({
        icon: 'none',
        title: 'No article on this page',
        text: 'whosaid looks for the text of a news article. This page has too little running text to read.',
      });
    case 'done':
      break;
    default:
      return showState({ icon: 'busy', title: 'Reading the page…' });
  }
  if (!s.quotes.length) {
    showState({
      icon: 'empty',
      title: 'No quotes found',
      text: notEnglish(s)
        ? `whosaid read the article but found no quotations in it. ${NOT_ENGLISH}`
        : 'whosaid read the article but found no quotations or reported speech in it.',
    });
    $('exports').hidden = false;
    return;
  }
  renderSummary(s);
}

function showError(error) {
  const engine = ['engine_unavailable', 'engine_crashed', 'no_background', 'internal_error', 'out_of_memory'].includes(error?.code);
  showState({
    icon: 'error',
    title: engine ? 'The quote engine failed' : 'whosaid could not read this page',
    text: engine
      ? 'The engine that finds quotes did not load or stopped. Nothing was sent anywhere; try again, and if it keeps failing, reinstall the extension.'
      : 'Something on this page stopped whosaid.',
    detail: error ? `${error.code}: ${error.message}` : '',
    action: 'Try again',
    onAction: () => refresh({ rerun: true }),
  });
}

// --- the summary ----------------------------------------------------------------------------------

// The engine finds speakers and reported speech in English only; on other pages its Result says so
// (warning not_english) and every quote comes without a speaker.
const NOT_ENGLISH = 'This page does not read as English: whosaid finds speakers and reported speech in English text only.';
const notEnglish = (s) => Array.isArray(s.warnings) && s.warnings.some((w) => w?.code === 'not_english');

const words = (t) => (String(t).match(/\S+/g) || []).length;

// A quote as it reads on its own, in the list, a citation or Markdown: without the comma that handed it
// over to its reporting clause (“We will wait,” she said -> “We will wait”). The JSON export keeps the
// engine's text.
const quoted = (q) => q.text.replace(/\s*[,，]$/u, '');

// The quotes the popup lists: a quote inside reported speech of its speaker is read in that claim.
const listed = (s) => s.quotes.filter((q) => !q.inClaim);

// Speakers ranked by number of quotes (then first appearance), plus the unattributed group last.
function groups(s) {
  const list = s.speakers
    .map((sp) => ({
      ...sp,
      key: `s${sp.id}`,
      quotes: sp.quotes.map((id) => s.quotes[id]).filter((q) => q && !q.inClaim),
    }))
    .filter((g) => g.quotes.length)
    .sort((a, b) => b.quotes.length - a.quotes.length || a.id - b.id);
  const loose = s.quotes.filter((q) => q.speaker == null);
  if (loose.length) {
    list.push({ key: 'unattributed', id: null, name: null, role: null, kind: null, slot: null, quotes: loose });
  }
  for (const g of list) g.words = g.quotes.reduce((n, q) => n + words(q.text), 0);
  return list;
}

function renderSummary(s) {
  $('state').hidden = true;
  $('summary').hidden = false;
  $('exports').hidden = false;
  const gs = groups(s);
  const named = gs.filter((g) => g.id != null);
  const ofKind = (kind) => named.filter((g) => g.kind === kind).length;
  const persons = ofKind('person');
  const orgs = ofKind('organization');
  const groupsOfPeople = ofKind('group');
  const totalWords = gs.reduce((n, g) => n + g.words, 0) || 1;

  // Named as the rows name them (shared.js's SPEAKER_KIND_LABELS); a speaker of unknown kind is "other".
  const others = named.length - persons - orgs - groupsOfPeople;
  const kinds = [];
  if (persons) kinds.push(`${persons} ${persons === 1 ? 'person' : 'people'}`);
  if (orgs) kinds.push(`${orgs} ${orgs === 1 ? 'organisation' : 'organisations'}`);
  if (groupsOfPeople) kinds.push(`${groupsOfPeople} ${groupsOfPeople === 1 ? 'group' : 'groups'}`);
  if (others && kinds.length) kinds.push(`${others} other`);
  const shown = listed(s);
  const count = shown.length;
  // Quoted titles and scare quotes have no speaker: said, so that they do not pass for speech.
  const loose = shown.filter((q) => q.speaker == null).length;
  const without = loose && named.length ? ` (${loose} without a speaker)` : '';
  const bits = [`${count} ${count === 1 ? 'quote' : 'quotes'}${without}`,
    named.length ? `${named.length} ${named.length === 1 ? 'voice' : 'voices'}` : 'no speaker identified'];
  $('balance-kinds').textContent = kinds.join(', ');
  $('balance-kinds').hidden = !kinds.length;
  $('balance-line').textContent = bits.join(' · ');
  $('lang-note').hidden = !notEnglish(s);
  $('lang-note').textContent = notEnglish(s) ? `${NOT_ENGLISH} Its quotes are listed without speakers.` : '';

  const bar = $('bar');
  bar.replaceChildren();
  const labels = [];
  for (const g of gs) {
    const share = g.words / totalWords;
    const name = g.name ?? 'Unattributed';
    labels.push(`${name} ${Math.round(share * 100)}%`);
    bar.append(
      h('span', {
        class: 'seg',
        style: `flex-grow: ${g.words}; background: ${swatch(g.slot)}`,
        title: `${name}: ${Math.round(share * 100)}% of quoted words`,
      }),
    );
  }
  bar.setAttribute('aria-label', `Share of quoted words: ${labels.join(', ')}`);

  const list = $('speakers');
  list.replaceChildren();
  if (openSpeakers.size === 0 && gs.length) openSpeakers.add(gs[0].key);
  for (const g of gs) list.append(speakerItem(g, g.words / totalWords));
  const hidden = s.quotes.filter((q) => q.anchored && !q.shown).length;
  const unanchored = s.quotes.filter((q) => !q.anchored).length;
  const notes = [];
  if (hidden) notes.push(`${hidden} ${hidden === 1 ? 'quote is' : 'quotes are'} of a kind the options do not highlight.`);
  if (unanchored) notes.push(`${unanchored} ${unanchored === 1 ? 'quote' : 'quotes'} could not be placed on the page (it changed).`);
  if (!s.visible) notes.push('Highlights are hidden on the page (Alt+Shift+W shows them).');
  $('note').hidden = !notes.length;
  $('note').textContent = notes.join(' ');
  applyFilter();
}

function speakerItem(g, share) {
  const open = openSpeakers.has(g.key);
  const name = g.name ?? 'Unattributed';
  const sub = g.id == null ? 'speaker not found' : [g.role, SPEAKER_KIND_LABELS[g.kind] && g.kind !== 'unknown' && g.kind !== 'person' ? SPEAKER_KIND_LABELS[g.kind] : null].filter(Boolean).join(' · ');
  const quotes = h('ol', { class: 'quotes', hidden: !open }, g.quotes.map((q) => quoteItem(q, g)));
  const head = h(
    'button',
    {
      class: 'speaker-head',
      type: 'button',
      'aria-expanded': String(open),
      onclick: () => {
        const now = head.getAttribute('aria-expanded') !== 'true';
        head.setAttribute('aria-expanded', String(now));
        quotes.hidden = !now;
        if (now) openSpeakers.add(g.key);
        else openSpeakers.delete(g.key);
      },
    },
    h('span', { class: `dot${g.id == null ? ' none' : ''}`, style: `background: ${swatch(g.slot)}` }),
    h('span', { class: 'who' }, h('span', { class: 'name', text: name }), sub ? h('span', { class: 'role', text: sub }) : null),
    h('span', { class: 'count' },
      h('span', {}, h('b', { text: String(g.quotes.length) }), g.quotes.length === 1 ? ' quote' : ' quotes'),
      h('span', { class: 'share', text: `${Math.round(share * 100)}% of words` })),
    h('span', { class: 'chev', 'aria-hidden': 'true' }),
  );
  const li = h('li', { class: 'speaker', 'data-key': g.key, 'data-name': name }, head, quotes);
  li.filterText = [name, g.role || '', ...(g.aliases || [])].join(' ').toLowerCase();
  return li;
}

function quoteItem(q, g) {
  const long = q.text.length > LONG_QUOTE;
  const mark = q.kind === 'indirect' ? ['', ''] : ['“', '”'];
  const text = h('span', { class: `qtext${long ? ' clamped' : ''}`, text: `${mark[0]}${quoted(q)}${mark[1]}` });
  const more = long
    ? h('button', {
        class: 'more',
        type: 'button',
        text: 'More',
        'aria-expanded': 'false',
        onclick: (e) => {
          const clamped = text.classList.toggle('clamped');
          e.currentTarget.textContent = clamped ? 'More' : 'Less';
          e.currentTarget.setAttribute('aria-expanded', String(!clamped));
        },
      })
    : null;
  const li = h(
    'li',
    { class: `quote kind-${q.kind}${q.anchored ? '' : ' unplaced'}`, 'data-id': String(q.id) },
    h(
      'div',
      { class: 'qmeta' },
      h('span', { class: 'kind', text: KIND_LABELS[q.kind] ?? q.kind }),
      q.cue ? h('span', { class: 'cue', text: q.cue }) : null,
      h('span', { class: 'spacer' }),
      more,
      h('button', { class: 'cite', type: 'button', title: 'Copy as a citation', text: 'Copy citation', onclick: () => copyCitation(q, g) }),
    ),
    h(
      'button',
      {
        class: 'reveal',
        type: 'button',
        title: q.anchored ? 'Show on the page' : 'This quote could not be placed on the page',
        disabled: !q.anchored,
        onclick: () => reveal(q.id),
      },
      text,
    ),
  );
  li.filterText = q.text.toLowerCase();
  return li;
}

function applyFilter() {
  const f = $('filter').value.trim().toLowerCase();
  let any = false;
  for (const li of $('speakers').children) {
    const speakerHit = !f || li.filterText.includes(f);
    let quoteHit = false;
    for (const q of li.querySelectorAll('.quote')) {
      const hit = speakerHit || q.filterText.includes(f);
      q.hidden = !hit;
      quoteHit ||= hit;
    }
    li.hidden = !(speakerHit || quoteHit);
    if (f && quoteHit && !speakerHit) {
      li.querySelector('.quotes').hidden = false;
      li.querySelector('.speaker-head').setAttribute('aria-expanded', 'true');
    }
    any ||= !li.hidden;
  }
  $('filter-empty').hidden = any;
}

async function reveal(id) {
  try {
    const r = await ask({ type: 'reveal', id });
    if (!r?.ok) toast('This quote is no longer on the page');
  } catch (e) {
    toast('The page did not answer');
  }
}

// --- citations and exports ------------------------------------------------------------------------------

function formatDate(iso) {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return '';
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

function citation(q, g) {
  const meta = snap.meta || {};
  const who = g.id == null ? 'unattributed' : [g.name, g.role].filter(Boolean).join(', ');
  const date = formatDate(meta.published) || `accessed ${formatDate(new Date().toISOString())}`;
  const body = q.kind === 'indirect' ? `${quoted(q)} (reported)` : `“${quoted(q)}”`;
  return `${body} — ${who}, ${meta.site || site}, ${date}`;
}

async function copyCitation(q, g) {
  const text = citation(q, g);
  try {
    await navigator.clipboard.writeText(text);
    toast('Citation copied');
  } catch (e) {
    // Clipboard refused (no focus): fall back to a selection copy.
    const ta = h('textarea', {}, text);
    document.body.append(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    toast(ok ? 'Citation copied' : 'Could not copy');
  }
}

function exportData() {
  const s = snap;
  return {
    source: { url: s.meta?.url || tab.url || '', title: s.meta?.title || '', site: s.meta?.site || '', published: s.meta?.published || null },
    extractedAt: new Date().toISOString(),
    engineVersion: s.engineVersion || null,
    speakers: s.speakers.map((sp) => ({ id: sp.id, name: sp.name, role: sp.role, kind: sp.kind, aliases: sp.aliases, quotes: sp.quotes })),
    quotes: s.quotes.map((q) => ({ id: q.id, kind: q.kind, text: q.text, speaker: q.speaker, cue: q.cue, mention: q.mention, confidence: q.confidence })),
  };
}

const mdEscape = (t) => String(t).replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');

function exportMarkdown() {
  const s = snap;
  const meta = s.meta || {};
  const lines = [`# Quotes: ${mdEscape(meta.title || meta.url || '')}`, ''];
  const src = [`Source: <${meta.url || tab.url || ''}>`];
  if (meta.site) src.push(mdEscape(meta.site));
  if (meta.published) src.push(`published ${formatDate(meta.published) || mdEscape(meta.published)}`);
  lines.push(src.join(' · '), `Extracted by whosaid${s.engineVersion ? ` ${s.engineVersion}` : ''} on ${formatDate(new Date().toISOString())}.`, '');
  for (const g of groups(s)) {
    const title = g.id == null ? 'Unattributed' : [g.name, g.role].filter(Boolean).map(mdEscape).join(', ');
    lines.push(`## ${title} (${g.quotes.length} ${g.quotes.length === 1 ? 'quote' : 'quotes'})`, '');
    for (const q of g.quotes) {
      const body = q.kind === 'indirect' ? mdEscape(quoted(q)) : `“${mdEscape(quoted(q))}”`;
      lines.push(`- ${body} _(${(KIND_LABELS[q.kind] || q.kind).toLowerCase()}${q.cue ? `, ${mdEscape(q.cue)}` : ''})_`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileStem() {
  const name = (snap?.meta?.site || site || 'page').replace(/[^\w.-]+/g, '-');
  return `whosaid-${name}-${new Date().toISOString().slice(0, 10)}`;
}

// --- wiring ---------------------------------------------------------------------------------------

$('filter').addEventListener('input', applyFilter);
$('export-json').addEventListener('click', () => download(`${fileStem()}.json`, 'application/json', `${JSON.stringify(exportData(), null, 2)}\n`));
$('export-md').addEventListener('click', () => download(`${fileStem()}.md`, 'text/markdown', exportMarkdown()));
$('open-options').addEventListener('click', () => ext.runtime.openOptionsPage());
$('site-switch').addEventListener('change', async (e) => {
  const set = new Set(settings.disabledSites);
  if (e.target.checked) set.delete(site);
  else set.add(site);
  settings = await shared.saveSettings({ disabledSites: [...set] });
  showSwitch();
  if (e.target.checked) {
    showState({ icon: 'busy', title: 'Reading the page…' });
    // The content script starts its own run on the storage change when auto-run is on; otherwise ask.
    setTimeout(() => refresh({ rerun: !settings.autoRun }), 50);
  } else {
    await refresh();
  }
});

load().catch((e) => showError({ code: 'popup', message: String(e?.message || e) }));
