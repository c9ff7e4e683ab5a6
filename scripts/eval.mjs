#!/usr/bin/env node
// whosaid's scorer: EVAL.md (../shared/EVAL.md) turned into code, with no npm dependencies (Node 20).
//
//   node scripts/eval.mjs [GOLD.jsonl]                  run build/whosaid on GOLD and print the figures
//   node scripts/eval.mjs --results OUT.jsonl GOLD      score precomputed results instead
//   node scripts/eval.mjs --errors GOLD                 ... and list every error, article by article
//   node scripts/eval.mjs --json GOLD                   the figures as JSON
//
// GOLD is PolNeAR JSONL: {"id", "text", "attributions": [{source: [Span], cue: [Span], content: [Span]}]}
// with Span = {start, end, text} in UTF-16 code units of `text` (JavaScript string indices, like the
// Result JSON). Only the file given is read: never point this at a held-out set while developing.
// The engine is given only {"id", "text"} of each article, never the annotations.
//
// How EVAL.md's words are read, where they leave a choice:
//
// * Gold quotes. Each content span is cut into paragraph pieces at newlines, and every piece is scanned
//   for double quotation marks (“ ” " « » „). A curly or guillemet mark has the direction of its glyph
//   (“ closes a quote opened by „), except for an obvious typo: an opening glyph while a quote is open
//   that is followed by a space or the end (`wrong.“`) closes it, and a closing glyph outside any quote
//   that stands before a word (`” We`) opens one. A straight " takes its direction from its
//   neighbours: after a space, a paragraph start or an opening bracket/dash and before a non-space it
//   opens; after a non-space and before a space, punctuation or the end it closes; when the neighbours
//   do not tell, it closes a quote that is open and otherwise opens one (so straight marks pair in
//   order). Quotes nest (a “word” quoted inside a quote): a stretch is the text between an outermost
//   opening mark and its matching closing mark. An opening mark with no closing mark runs to the end
//   of its piece, i.e. of the span or paragraph. A closing mark with no opening mark in its piece
//   starts the stretch at the piece's start (the span's start, or the paragraph's start for a later
//   paragraph of a multi-paragraph span); that stretch swallows any stretch found before it in the
//   piece. Marks outside the content span are not looked at.
// * Gold quotes with identical offsets coming from two attributions are one gold quote whose speaker is
//   right if it is right for either attribution (none occur in PolNeAR dev).
// * Claims: each part of a multi-part content span is its own gold claim, with the attribution's
//   sources. A part is what a quote-finder can report as one span: parts are split by the cue and
//   source ("“A,” he said, “B.”"), which a system quote never covers, so a covering span would make a
//   correctly split answer fail the half-overlap test.
// * Trimming removes whitespace and , . ; : ! ? — – - at both ends, on gold and system spans alike,
//   for quotes and claims. Spans empty after trimming are dropped (gold) or can never match (system).
// * Matching: candidate pairs overlap by at least half the length of the longer trimmed span (and by at
//   least one unit); they are taken greedily by overlap, largest first, ties by position, one-to-one.
// * Speaker correct: the quote's `mention` overlaps a gold source span, or some word of the speaker's
//   `name` or `aliases` that starts with a capital letter and has 3+ letters equals, ignoring case, a
//   capitalised word of a gold source span. Words are runs of letters, so "Clinton’s" holds "Clinton".
// * A ratio with a zero denominator is reported as n/a (null in JSON); an F1 with a P or R that is n/a
//   or zero is 0.
// "quote precision" (matched system quotes / system quotes, speaker or not) is not an EVAL.md figure;
// it is printed apart, as a hint for as long as the engine reports few speakers. --double-apostrophes
// is not EVAL.md either: PolNeAR's NYT archive articles write double quotes as two apostrophes (''),
// which EVAL.md's list of marks leaves out; the option reads them as marks on both sides (in the gold,
// and in the engine with --typewriter-quotes) to show what that would change.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(SCRIPT_DIR, '..');
const DEFAULT_GOLD = path.join(REPO_ROOT, '..', 'shared', 'corpus', 'polnear-dev.jsonl');
const DEFAULT_CLI = path.join(REPO_ROOT, 'build', 'whosaid');

const CONFIDENCE_BANDS = [0.9, 0.8, 0.7, 0.6, 0];  // lower bounds, for --calibration
const TRIM_CHARS = new Set([',', '.', ';', ':', '!', '?', '—', '–', '-']);
const WHITESPACE = /\s/u;
const DOUBLE_MARKS = new Set(['“', '”', '"', '«', '»', '„']);
// Neighbours that make a quotation mark an opening one (before it) or a closing one (after it).
const OPENS_AFTER = new Set(['(', '[', '{', '—', '–', '-', '/', '“', '‘', '«', '„']);
const CLOSES_BEFORE = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '’', '”', '»', '…']);
const WORD = /[\p{L}\p{M}]+/gu;
const CAPITALISED = /^\p{Lu}/u;

export const QUOTE_KINDS = ['direct', 'mixed'];

// ---------------------------------------------------------------------------------------------------
// Spans

function isTrimmed(ch) {
  return WHITESPACE.test(ch) || TRIM_CHARS.has(ch);
}

// [start, end) of `text` without leading and trailing whitespace and , . ; : ! ? — – -
export function trimSpan(text, start, end) {
  while (start < end && isTrimmed(text[start])) ++start;
  while (end > start && isTrimmed(text[end - 1])) --end;
  return [start, end];
}

function overlap(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

// The direction a quotation mark at text[i, i + width) has from its neighbours: 'open', 'close' or null.
export function contextDirection(text, i, width = 1) {
  const before = text[i - 1];
  const after = text[i + width];
  const opens = before === undefined || WHITESPACE.test(before) || OPENS_AFTER.has(before);
  const closes = after === undefined || WHITESPACE.test(after) || CLOSES_BEFORE.has(after);
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  return null;
}

// The stretches of text[start, end) strictly inside double quotation marks, untrimmed, in text order.
// With `doubleApostrophes`, two apostrophes ('') count as a straight double mark (not EVAL.md).
export function quotedStretches(text, start, end, { doubleApostrophes = false } = {}) {
  const out = [];
  let pieceStart = start;
  for (let i = start; i <= end; ++i) {
    if (i === end || text[i] === '\n') {
      if (i > pieceStart) quotedStretchesOfPiece(text, pieceStart, i, out, doubleApostrophes);
      pieceStart = i + 1;
    }
  }
  return out;
}

function quotedStretchesOfPiece(text, start, end, out, doubleApostrophes) {
  const firstOfPiece = out.length;
  const open = [];  // the opening marks in force, outermost first
  let outerStart = -1;
  for (let i = start; i < end; ++i) {
    let ch = text[i];
    let width = 1;
    if (doubleApostrophes && ch === "'" && text[i + 1] === "'" && i + 1 < end) {
      ch = '"';
      width = 2;
    } else if (!DOUBLE_MARKS.has(ch)) {
      continue;
    }
    const context = contextDirection(text, i, width);
    let dir;
    if (ch === '"') {
      dir = context ?? (open.length ? 'close' : 'open');
    } else {
      dir = ch === '”' || ch === '»' || (ch === '“' && open.at(-1) === '„') ? 'close' : 'open';
      if (dir === 'open' && open.length && context === 'close') dir = 'close';
      else if (dir === 'close' && !open.length && context === 'open') dir = 'open';
    }
    if (dir === 'open') {
      if (!open.length) outerStart = i + width;
      open.push(ch);
    } else if (open.length) {
      open.pop();
      if (!open.length) out.push({ start: outerStart, end: i });
    } else {
      // A closing mark with no opening one: the quote began before the piece.
      out.length = firstOfPiece;
      out.push({ start, end: i });
    }
    i += width - 1;
  }
  if (open.length) out.push({ start: outerStart, end });
}

// ---------------------------------------------------------------------------------------------------
// Gold and system items. An item is {start, end} (trimmed) plus what scoring needs.

// Gold quotes of one PolNeAR article: [{start, end, sources: [Span], attributions: [index]}].
export function goldQuotes(article, options = {}) {
  const byOffsets = new Map();
  article.attributions.forEach((attribution, index) => {
    for (const part of attribution.content) {
      for (const stretch of quotedStretches(article.text, part.start, part.end, options)) {
        addGold(byOffsets, article.text, stretch, attribution, index, part);
      }
    }
  });
  return [...byOffsets.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

// Gold claims of one PolNeAR article: every part of every content span, trimmed.
export function goldClaims(article) {
  const byOffsets = new Map();
  article.attributions.forEach((attribution, index) => {
    for (const part of attribution.content) addGold(byOffsets, article.text, part, attribution, index);
  });
  return [...byOffsets.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

function addGold(byOffsets, text, span, attribution, index, content = span) {
  const [start, end] = trimSpan(text, span.start, span.end);
  if (start >= end) return;
  const key = `${start}:${end}`;
  let item = byOffsets.get(key);
  if (!item) {
    item = { start, end, sources: [], attributions: [], content };
    byOffsets.set(key, item);
  }
  item.sources.push(...(attribution.source ?? []));
  item.attributions.push(index);
}

// System items of one Result: quotes of the given kinds (all kinds when `kinds` is null), trimmed.
// {start, end, kind, quote, speaker} where speaker is the Result's speaker object or null.
export function systemItems(text, result, kinds) {
  const speakers = result.speakers ?? [];
  const items = [];
  for (const quote of result.quotes ?? []) {
    if (kinds && !kinds.includes(quote.kind)) continue;
    const [start, end] = trimSpan(text, quote.start, quote.end);
    const hasSpeaker = quote.speaker !== null && quote.speaker !== undefined;
    items.push({ start, end, kind: quote.kind, quote, speaker: hasSpeaker ? speakers[quote.speaker] ?? {} : null });
  }
  return items;
}

// ---------------------------------------------------------------------------------------------------
// Matching and speakers

// One-to-one greedy matching by overlap. Returns [{gold, system, overlap}] with indices into the arrays.
export function matchSpans(gold, system) {
  const candidates = [];
  for (let g = 0; g < gold.length; ++g) {
    for (let s = 0; s < system.length; ++s) {
      const o = overlap(gold[g], system[s]);
      const longer = Math.max(gold[g].end - gold[g].start, system[s].end - system[s].start);
      if (o > 0 && 2 * o >= longer) candidates.push({ gold: g, system: s, overlap: o });
    }
  }
  candidates.sort((a, b) => b.overlap - a.overlap
    || gold[a.gold].start - gold[b.gold].start || system[a.system].start - system[b.system].start);
  const goldUsed = new Set();
  const systemUsed = new Set();
  const pairs = [];
  for (const c of candidates) {
    if (goldUsed.has(c.gold) || systemUsed.has(c.system)) continue;
    goldUsed.add(c.gold);
    systemUsed.add(c.system);
    pairs.push(c);
  }
  return pairs;
}

function capitalisedWords(s) {
  return (String(s ?? '').match(WORD) ?? []).filter((w) => CAPITALISED.test(w));
}

// Is the system's speaker right for a gold item with source spans `sources`? `item` is a system item.
export function speakerCorrect(item, sources) {
  if (!item.speaker || !sources.length) return false;
  const mention = item.quote.mention;
  if (mention && sources.some((src) => overlap(mention, src) > 0)) return true;
  const names = [item.speaker.name, ...(item.speaker.aliases ?? [])];
  const systemWords = names.flatMap(capitalisedWords).filter((w) => [...w.matchAll(/\p{L}/gu)].length >= 3);
  if (!systemWords.length) return false;
  const goldWords = new Set(sources.flatMap((src) => capitalisedWords(src.text)).map((w) => w.toLowerCase()));
  return systemWords.some((w) => goldWords.has(w.toLowerCase()));
}

// ---------------------------------------------------------------------------------------------------
// Scoring

export function newCounts() {
  return {
    articles: 0,
    gold_quotes: 0, system_quotes: 0, system_quotes_with_speaker: 0,
    matched: 0, matched_with_speaker: 0, matched_with_gold_source: 0, matched_speaker_correct: 0,
    correct: 0, exact: 0,
    gold_claims: 0, system_claims_with_speaker: 0, claims_matched: 0, claims_correct: 0,
  };
}

// Scores one article against its Result, adds to `counts`, and returns the errors found in it.
// `options.doubleApostrophes`: see quotedStretches().
export function scoreArticle(article, result, counts = newCounts(), options = {}) {
  const text = article.text;
  const errors = [];
  counts.articles += 1;

  // Quotes.
  const gold = goldQuotes(article, options);
  const system = result && !result.error ? systemItems(text, result, QUOTE_KINDS) : [];
  const pairs = matchSpans(gold, system);
  counts.gold_quotes += gold.length;
  counts.system_quotes += system.length;
  counts.system_quotes_with_speaker += system.filter((s) => s.speaker).length;
  counts.matched += pairs.length;
  const goldMatched = new Map();
  const systemMatched = new Set();
  for (const p of pairs) {
    const g = gold[p.gold];
    const s = system[p.system];
    goldMatched.set(p.gold, p.system);
    systemMatched.add(p.system);
    if (s.speaker) counts.matched_with_speaker += 1;
    const right = speakerCorrect(s, g.sources);
    if (g.sources.length && s.speaker) {
      // Calibration: among attributed quotes with confidence in a band, how many are right.
      const band = CONFIDENCE_BANDS.find((b) => s.quote.confidence >= b) ?? 0;
      const c = ((counts.calibration ??= {})[band] ??= { quotes: 0, right: 0 });
      c.quotes += 1;
      if (right) c.right += 1;
    }
    if (g.sources.length) {
      counts.matched_with_gold_source += 1;
      if (right) counts.matched_speaker_correct += 1;
      else errors.push({ type: 'speaker', pos: g.start, gold: g, system: s });
    }
    if (right) counts.correct += 1;
    if (g.start === s.start && g.end === s.end) counts.exact += 1;
    else errors.push({ type: 'bounds', pos: Math.min(g.start, s.start), gold: g, system: s });
  }
  gold.forEach((g, i) => {
    if (goldMatched.has(i)) return;
    const near = system.filter((s) => overlap(g, s) > 0).sort((a, b) => overlap(g, b) - overlap(g, a))[0];
    errors.push({ type: 'missed', pos: g.start, gold: g, system: near });
  });
  system.forEach((s, i) => {
    if (!systemMatched.has(i)) errors.push({ type: 'spurious', pos: s.start, system: s });
  });

  // Claims: every content part against every system quote of any kind that has a speaker.
  const claims = goldClaims(article);
  const claimSystem = result && !result.error ? systemItems(text, result, null).filter((s) => s.speaker) : [];
  const claimPairs = matchSpans(claims, claimSystem);
  counts.gold_claims += claims.length;
  counts.system_claims_with_speaker += claimSystem.length;
  counts.claims_matched += claimPairs.length;
  const claimMatched = new Set();
  const claimSystemMatched = new Set();
  for (const p of claimPairs) {
    claimMatched.add(p.gold);
    claimSystemMatched.add(p.system);
    if (speakerCorrect(claimSystem[p.system], claims[p.gold].sources)) counts.claims_correct += 1;
    else errors.push({ type: 'claim-speaker', pos: claims[p.gold].start, gold: claims[p.gold], system: claimSystem[p.system] });
  }
  claims.forEach((g, i) => {
    if (!claimMatched.has(i)) errors.push({ type: 'claim-missed', pos: g.start, gold: g });
  });
  claimSystem.forEach((s, i) => {
    if (!claimSystemMatched.has(i)) errors.push({ type: 'claim-spurious', pos: s.start, system: s });
  });

  // Per-kind counts, for --kind-breakdown.
  const kinds = (counts.kinds ??= {});
  for (const s of result && !result.error ? systemItems(text, result, null) : []) {
    const k = (kinds[s.kind] ??= { system: 0, with_speaker: 0, quote_matched: 0, claim_matched: 0 });
    k.system += 1;
    if (s.speaker) k.with_speaker += 1;
  }
  for (const p of pairs) kinds[system[p.system].kind].quote_matched += 1;
  for (const p of claimPairs) kinds[claimSystem[p.system].kind].claim_matched += 1;
  const shapes = (counts.gold_shapes ??= {});
  gold.forEach((g, i) => {
    // Is the quote all of its content part but marks and punctuation (a direct quote), or quoted words
    // in a sentence of the writer (a mixed quote)?
    const rest = text.slice(g.content.start, g.start) + text.slice(g.end, g.content.end);
    const shape = /^[\s"“”«»„,.;:!?—–-]*$/u.test(rest) ? 'whole content part' : 'part of a content part';
    const k = (shapes[shape] ??= { gold: 0, matched: 0, exact: 0 });
    k.gold += 1;
    if (goldMatched.has(i)) {
      k.matched += 1;
      const s = system[goldMatched.get(i)];
      if (s.start === g.start && s.end === g.end) k.exact += 1;
    }
  });

  errors.sort((a, b) => a.pos - b.pos);
  return errors;
}

function ratio(num, den) {
  return { value: den ? num / den : null, num, den };
}

function f1(p, r) {
  return p.value && r.value ? (2 * p.value * r.value) / (p.value + r.value) : 0;
}

// The figures of EVAL.md from the summed counts.
export function figures(c) {
  const e2eP = ratio(c.correct, c.system_quotes_with_speaker);
  const e2eR = ratio(c.correct, c.gold_quotes);
  const claimsP = ratio(c.claims_correct, c.system_claims_with_speaker);
  const claimsR = ratio(c.claims_correct, c.gold_claims);
  return {
    quote_recall: ratio(c.matched, c.gold_quotes),
    attributed_quote_precision: ratio(c.matched_with_speaker, c.system_quotes_with_speaker),
    speaker_accuracy: ratio(c.matched_speaker_correct, c.matched_with_gold_source),
    end_to_end_precision: e2eP,
    end_to_end_recall: e2eR,
    end_to_end_f1: { value: f1(e2eP, e2eR) },
    claims_precision: claimsP,
    claims_recall: claimsR,
    claims_f1: { value: f1(claimsP, claimsR) },
    exact_boundaries: ratio(c.exact, c.matched),
  };
}

// ---------------------------------------------------------------------------------------------------
// Running the engine

const READ_ERRORS = { ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied' };

function readJsonl(file) {
  let contents;
  try {
    contents = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (file === DEFAULT_GOLD && e.code === 'ENOENT') {
      throw new Error(`the default gold file ${file} is missing: the evaluation data belongs in a shared/ folder ` +
        'beside the repository (../shared/corpus), or name a GOLD.jsonl');
    }
    throw new Error(`cannot read ${file}: ${READ_ERRORS[e.code] ?? e.message}`);
  }
  const out = [];
  contents.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line));
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not valid JSON (${e.message})`);
    }
  });
  return out;
}

function runCli(cli, articles, extraArgs = []) {
  if (!fs.existsSync(cli)) throw new Error(`${cli} not found: build it first (cmake --build build -j2)`);
  const input = articles.map((a) => JSON.stringify({ id: a.id, text: a.text })).join('\n') + '\n';
  const run = spawnSync(cli, ['--jsonl', ...extraArgs], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${cli} --jsonl exited with ${run.status ?? run.signal}:\n${run.stderr}`);
  }
  if (run.stderr.trim()) process.stderr.write(run.stderr);
  return run.stdout.split('\n').filter((l) => l.trim()).map((line, i) => {
    try {
      return JSON.parse(line);
    } catch (e) {
      throw new Error(`${cli} wrote output line ${i + 1} that is not valid JSON (${e.message}): ${line.slice(0, 200)}`);
    }
  });
}

// Checks a Result against its article; returns warnings (strings).
function checkResult(article, result) {
  if (!result) return ['no result'];
  if (result.error) return [`error result: ${result.error.code}: ${result.error.message}`];
  const warnings = [];
  if (result.version !== 1) warnings.push(`version is ${result.version}, not 1`);
  let bad = 0;
  for (const q of result.quotes ?? []) {
    const ok = Number.isInteger(q.start) && Number.isInteger(q.end) && q.start <= q.end && q.end <= article.text.length;
    if (!ok || (typeof q.text === 'string' && article.text.slice(q.start, q.end) !== q.text)) bad += 1;
  }
  if (bad) warnings.push(`${bad} quote(s) whose text is not text.slice(start, end): offsets are off`);
  return warnings;
}

// ---------------------------------------------------------------------------------------------------
// Reports

const FIGURE_LABELS = [
  ['quote_recall', 'quote recall'],
  ['attributed_quote_precision', 'attributed-quote precision'],
  ['speaker_accuracy', 'speaker accuracy'],
  ['end_to_end_precision', 'end-to-end precision'],
  ['end_to_end_recall', 'end-to-end recall'],
  ['end_to_end_f1', 'end-to-end F1'],
  ['claims_precision', 'claims precision'],
  ['claims_recall', 'claims recall'],
  ['claims_f1', 'claims F1'],
  ['exact_boundaries', 'exact boundaries'],
];

function formatFigure(f) {
  const value = f.value === null ? '  n/a' : f.value.toFixed(3);
  return f.den === undefined ? value : `${value}  (${f.num}/${f.den})`;
}

function printTable(goldFile, counts, figs) {
  const lines = [`whosaid eval: ${path.basename(goldFile)}, ${counts.articles} articles, `
    + `${counts.gold_quotes} gold quotes, ${counts.system_quotes} system quotes (direct+mixed), `
    + `${counts.gold_claims} gold claims`];
  for (const [key, label] of FIGURE_LABELS) lines.push(`  ${label.padEnd(32)}${formatFigure(figs[key])}`);
  lines.push(`  ${'(not EVAL.md) quote precision'.padEnd(32)}${formatFigure(ratio(counts.matched, counts.system_quotes))}`
    + '  matched system quotes, speaker or not');
  console.log(lines.join('\n'));
}

function printCalibration(counts) {
  console.log('\n  calibration (not EVAL.md): matched attributed quotes with a gold source, by confidence');
  for (const band of CONFIDENCE_BANDS) {
    const c = counts.calibration?.[band];
    if (!c) continue;
    const label = band === 0 ? '< 0.6' : `>= ${band}`;
    console.log(`    confidence ${label.padEnd(7)} ${(c.right / c.quotes).toFixed(3)} right  (${c.right}/${c.quotes})`);
  }
}

function printKindBreakdown(counts) {
  const lines = ['', 'system quotes by kind           count  w/ speaker  matched gold quote  matched gold claim'];
  for (const [kind, k] of Object.entries(counts.kinds ?? {}).sort()) {
    lines.push(`  ${kind.padEnd(30)}${String(k.system).padStart(5)}  ${String(k.with_speaker).padStart(10)}`
      + `  ${String(k.quote_matched).padStart(18)}  ${String(k.claim_matched).padStart(18)}`);
  }
  lines.push('gold quotes by shape            count  recall             exact boundaries');
  for (const [shape, k] of Object.entries(counts.gold_shapes ?? {}).sort()) {
    lines.push(`  ${shape.padEnd(30)}${String(k.gold).padStart(5)}  ${formatFigure(ratio(k.matched, k.gold)).padEnd(19)}`
      + formatFigure(ratio(k.exact, k.matched)));
  }
  console.log(lines.join('\n'));
}

const CONTEXT = 40;   // characters of context shown on each side of a span
const KEEP = 35;      // characters kept next to each marker when a long stretch is elided

function oneLine(s) {
  return s.replace(/\r?\n/g, '⏎').replace(/\t/g, ' ');
}

// text[from, to) with `markers` ({pos, str, order}) inserted; long stretches between markers are elided.
function render(text, from, to, markers) {
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  const points = [...new Set(markers.map((m) => m.pos))].sort((a, b) => a - b);
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const p of points) {
    const chunk = text.slice(at, p);
    out += oneLine(chunk.length > 2 * KEEP + 5 ? `${chunk.slice(0, KEEP)} […] ${chunk.slice(-KEEP)}` : chunk);
    out += markers.filter((m) => m.pos === p).sort((a, b) => a.order - b.order).map((m) => m.str).join('');
    at = p;
  }
  out += oneLine(text.slice(at, to));
  return to < text.length ? `${out}…` : out;
}

// Gold spans are shown as ⟦…⟧ and system spans as ‹…›.
function show(text, gold, system) {
  const spans = [gold, system].filter(Boolean);
  const from = Math.min(...spans.map((s) => s.start)) - CONTEXT;
  const to = Math.max(...spans.map((s) => s.end)) + CONTEXT;
  const markers = [];
  // At one position: closings before openings; system inside gold when both open or both close.
  if (gold) markers.push({ pos: gold.start, str: '⟦', order: 1 }, { pos: gold.end, str: '⟧', order: 2 });
  if (system) markers.push({ pos: system.start, str: '‹', order: 3 }, { pos: system.end, str: '›', order: 0 });
  return render(text, from, to, markers);
}

function describeSpeaker(item) {
  if (!item.speaker) return 'none';
  const { name, aliases } = item.speaker;
  const mention = item.quote.mention;
  let s = JSON.stringify(name ?? '?');
  if (aliases?.length) s += ` (aka ${aliases.map((a) => JSON.stringify(a)).join(', ')})`;
  if (mention) s += ` via ${JSON.stringify(mention.text ?? '')}@${mention.start}`;
  return s;
}

function describeGoldSource(gold) {
  return gold.sources.length ? gold.sources.map((s) => `${JSON.stringify(s.text)}@${s.start}`).join(' + ') : 'none';
}

const ERROR_TYPES = {
  missed: 'MISSED',
  bounds: 'BOUNDS',
  speaker: 'SPEAKER',
  spurious: 'SPURIOUS',
  'claim-missed': 'CLAIM-MISSED',
  'claim-spurious': 'CLAIM-SPURIOUS',
  'claim-speaker': 'CLAIM-SPEAKER',
};
const DEFAULT_ERROR_TYPES = ['missed', 'bounds', 'speaker', 'spurious'];

function formatError(text, e) {
  const tag = ERROR_TYPES[e.type].padEnd(14);
  switch (e.type) {
    case 'missed':
      return `${tag} ${show(text, e.gold, e.system)}${e.system ? `   (a ${e.system.kind} quote overlaps, by too little)` : ''}`;
    case 'bounds':
      return `${tag} ${show(text, e.gold, e.system)}`;
    case 'speaker':
    case 'claim-speaker':
      return `${tag} ${show(text, e.gold, null)}\n${' '.repeat(15)} system: ${describeSpeaker(e.system)}   gold: ${describeGoldSource(e.gold)}`;
    case 'spurious':
    case 'claim-spurious':
      return `${tag} ${show(text, null, e.system)}   (${e.system.kind}; speaker ${describeSpeaker(e.system)})`;
    case 'claim-missed':
      return `${tag} ${show(text, e.gold, null)}   (source ${describeGoldSource(e.gold)})`;
    default:
      return `${tag} ?`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Command line

// The command the user ran, for the usage text: eval.sh names itself in WHOSAID_EVAL_COMMAND.
const COMMAND = process.env.WHOSAID_EVAL_COMMAND || `node ${shortPath(process.argv[1] ?? 'eval.mjs')}`;

function shortPath(file) {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

const USAGE = `usage: ${COMMAND} [options] [GOLD.jsonl]

Scores whosaid against PolNeAR-style gold (default ../shared/corpus/polnear-dev.jsonl) as ../shared/EVAL.md
says, and prints every figure with its counts.

options:
  --results FILE        score this results JSONL (one Result per line with the article "id") instead of
                        running the CLI
  --cli PATH            the whosaid binary to run (default build/whosaid)
  --json                print the figures (and counts) as JSON
  --errors[=TYPES]      list errors article by article; TYPES is a comma-separated subset of
                        missed,bounds,speaker,spurious,claim-missed,claim-spurious,claim-speaker or "all"
                        (default: missed,bounds,speaker,spurious). Gold spans show as ⟦…⟧, system spans
                        as ‹…›, newlines as ⏎, long stretches as […].
  --kind-breakdown      system quotes by kind and gold quotes by shape
  --calibration         how often the speaker is right, by the engine's confidence band
  --double-apostrophes  also read two apostrophes ('') as a straight double quotation mark, as the NYT
                        archive articles of PolNeAR write them: in gold content, and in the engine
                        (whosaid --typewriter-quotes). Not EVAL.md: the figures it gives are for
                        comparison only.
  --help                print this help
`;

function parseArgs(argv) {
  const opts = {
    gold: null, results: null, cli: DEFAULT_CLI, json: false, errors: null, kindBreakdown: false, doubleApostrophes: false,
  };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    const value = () => {
      if (inline !== null) return inline;
      if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value`);
      return argv[++i];
    };
    if (name === '--help' || name === '-h') opts.help = true;
    else if (name === '--results') opts.results = value();
    else if (name === '--cli') opts.cli = value();
    else if (name === '--json') opts.json = true;
    else if (name === '--kind-breakdown') opts.kindBreakdown = true;
    else if (name === '--calibration') opts.calibration = true;
    else if (name === '--double-apostrophes') opts.doubleApostrophes = true;
    else if (name === '--errors') {
      const types = inline === null ? DEFAULT_ERROR_TYPES : inline === 'all' ? Object.keys(ERROR_TYPES) : inline.split(',');
      for (const t of types) if (!ERROR_TYPES[t]) throw new UsageError(`unknown error type ${t}`);
      opts.errors = types;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (opts.gold) throw new UsageError('more than one gold file');
    else opts.gold = arg;
  }
  opts.gold ??= DEFAULT_GOLD;
  return opts;
}

class UsageError extends Error {}

function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`eval: ${e.message}\n(see ${COMMAND} --help)\n`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const articles = readJsonl(opts.gold);
  const results = opts.results ? readJsonl(opts.results)
    : runCli(opts.cli, articles, opts.doubleApostrophes ? ['--typewriter-quotes'] : []);
  const byId = new Map();
  for (const r of results) if (r.id !== undefined && r.id !== null) byId.set(String(r.id), r);

  const counts = newCounts();
  const warnings = [];
  const errorsByArticle = [];
  for (const article of articles) {
    const result = byId.get(String(article.id));
    for (const w of checkResult(article, result)) warnings.push(`${article.id}: ${w}`);
    const errors = scoreArticle(article, result, counts, { doubleApostrophes: opts.doubleApostrophes });
    errorsByArticle.push([article, errors]);
  }
  const figs = figures(counts);

  if (opts.errors) {
    const wanted = new Set(opts.errors);
    const totals = {};
    for (const [article, errors] of errorsByArticle) {
      const shown = errors.filter((e) => wanted.has(e.type));
      if (!shown.length) continue;
      console.log(`\n── ${article.id}`);
      for (const e of shown) {
        totals[e.type] = (totals[e.type] ?? 0) + 1;
        console.log(formatError(article.text, e));
      }
    }
    console.log(`\nerrors: ${opts.errors.map((t) => `${totals[t] ?? 0} ${t}`).join(', ')}`);
    console.log('(gold ⟦…⟧, system ‹…›)\n');
  }
  if (opts.json) {
    const out = { gold: path.basename(opts.gold), double_apostrophes: opts.doubleApostrophes, figures: figs, counts };
    console.log(JSON.stringify(out, null, 2));
  } else {
    printTable(opts.gold, counts, figs);
    if (opts.doubleApostrophes) console.log("  (--double-apostrophes: '' read as a quotation mark in gold; not EVAL.md)");
    if (opts.kindBreakdown) printKindBreakdown(counts);
    if (opts.calibration) printCalibration(counts);
  }
  if (warnings.length) {
    process.stderr.write(`eval: ${warnings.length} warning(s):\n${warnings.slice(0, 20).map((w) => `  ${w}`).join('\n')}\n`);
    if (warnings.length > 20) process.stderr.write(`  ... and ${warnings.length - 20} more\n`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`eval: ${e.message}\n`);
    process.exitCode = 1;
  }
}
