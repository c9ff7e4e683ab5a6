// Self-check of the scorer (scripts/eval.mjs) on small hand-made articles and results: trimming, quote
// marks with and without partners, greedy one-to-one matching, both ways a speaker can be right, and the
// figures. The texts are invented for these tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import {
  figures, goldClaims, goldQuotes, matchSpans, newCounts, quotedStretches, scoreArticle, speakerCorrect,
  systemItems, trimSpan,
} from '../../scripts/eval.mjs';

// The texts of the stretches quotedStretches() finds in the whole of `text`.
function stretches(text, start = 0, end = text.length) {
  return quotedStretches(text, start, end).map((s) => text.slice(s.start, s.end));
}

// A span {start, end, text} of the first occurrence of `part` in `text` (after `from`).
function span(text, part, from = 0) {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" is in the text`);
  return { start, end: start + part.length, text: part };
}

describe('trimSpan', () => {
  test('strips whitespace and , . ; : ! ? — – - at both ends only', () => {
    const text = ' \n—Well, yes - no; ok!? –: ';
    const [s, e] = trimSpan(text, 0, text.length);
    assert.equal(text.slice(s, e), 'Well, yes - no; ok');
  });
  test('keeps quotation marks, brackets and ellipses', () => {
    const text = '(“so…”)';
    assert.deepEqual(trimSpan(text, 0, text.length), [0, text.length]);
  });
  test('an all-punctuation span becomes empty', () => {
    const [s, e] = trimSpan(' ., ', 0, 4);
    assert.equal(s, e);
  });
});

describe('quotedStretches', () => {
  test('curly, straight, guillemet and low-high pairs', () => {
    assert.deepEqual(stretches('He said “we will win” and left.'), ['we will win']);
    assert.deepEqual(stretches('He said "we will win" and "soon."'), ['we will win', 'soon.']);
    assert.deepEqual(stretches('Elle a dit « non » hier.'), [' non ']);
    assert.deepEqual(stretches('Er sagte „nein“ gestern.'), ['nein']);
  });
  test('marks are looked for inside the span only', () => {
    const text = 'A “b c d” e';
    assert.deepEqual(stretches(text, 3, 8), []);
  });
  test('an opening mark without a closing one runs to the end of the span', () => {
    const text = 'Then: “we are ready. Really. And more text after the span';
    assert.deepEqual(stretches(text, 0, text.indexOf(' And')), ['we are ready. Really.']);
  });
  test('... or of the paragraph: multi-paragraph quotes', () => {
    const text = '“First paragraph of it.\n“Second one,” she said.';
    assert.deepEqual(stretches(text), ['First paragraph of it.', 'Second one,']);
  });
  test('a closing mark without an opening one starts at the span start', () => {
    const text = 'we will win,” she said, “and soon.”';
    assert.deepEqual(stretches(text), ['we will win,', 'and soon.']);
    const straight = 'x. we will win," she said';
    assert.deepEqual(stretches(straight, 3, straight.length), ['we will win,']);
  });
  test('... or at the paragraph start for a later paragraph of the span', () => {
    const text = 'intro line\nrest of it." Then more';
    assert.deepEqual(stretches(text), ['rest of it.']);
  });
  test('a later orphan closing mark swallows what came before it in the piece', () => {
    const text = 'A question? “Yes” or “No”. That is all."';
    assert.deepEqual(stretches(text), ['A question? “Yes” or “No”. That is all.']);
  });
  test('straight marks take their direction from their neighbours', () => {
    // A lone closing straight mark (after a word, before a space) is not read as an opening one.
    assert.deepEqual(stretches('it is over." Next'), ['it is over.']);
    // A lone opening one runs to the end.
    assert.deepEqual(stretches('He said: "it is not over'), ['it is not over']);
    // Unclear neighbours: pair in order.
    assert.deepEqual(stretches('a"b"c"d"e'), ['b', 'd']);
  });
  test('quotes inside quotes make one stretch', () => {
    assert.deepEqual(stretches('“I call it “hell” and worse,” he said.'), ['I call it “hell” and worse,']);
    assert.deepEqual(stretches('“I call it "hell" and worse,” he said.'), ['I call it "hell" and worse,']);
  });
  test('typos: an opening glyph that closes, a closing glyph that opens', () => {
    assert.deepEqual(stretches('rated “Quite wrong.“ Then'), ['Quite wrong.']);
    assert.deepEqual(stretches('as follows: ”Nothing works.” End'), ['Nothing works.']);
  });
  test('single quotation marks are not quotation marks here', () => {
    assert.deepEqual(stretches("He said ‘maybe’ and 'perhaps'."), []);
  });
});

// An invented article with three attributions: a direct quote split by its cue, a mixed quote inside
// reported speech, and a quote with no source.
const TEXT = [
  'Headline about nothing',
  '“We are ready,” Mayor Ann Quill said on Monday, “and we will not wait.”',
  'The City Council said the plan was “a waste of money” and should stop.',
  '“No comment.”',
].join('\n');
const ARTICLE = {
  id: 'invented-1',
  text: TEXT,
  attributions: [
    {
      source: [span(TEXT, 'Mayor Ann Quill')],
      cue: [span(TEXT, 'said')],
      content: [span(TEXT, '“We are ready,”'), span(TEXT, '“and we will not wait.”')],
    },
    {
      source: [span(TEXT, 'The City Council')],
      cue: [span(TEXT, 'said the')],
      content: [span(TEXT, 'the plan was “a waste of money” and should stop')],
    },
    { source: [], cue: [], content: [span(TEXT, '“No comment.”')] },
  ],
};

describe('gold items', () => {
  test('gold quotes are the trimmed quoted stretches, with their sources', () => {
    const gold = goldQuotes(ARTICLE);
    assert.deepEqual(gold.map((g) => TEXT.slice(g.start, g.end)),
      ['We are ready', 'and we will not wait', 'a waste of money', 'No comment']);
    assert.deepEqual(gold.map((g) => g.sources.map((s) => s.text)),
      [['Mayor Ann Quill'], ['Mayor Ann Quill'], ['The City Council'], []]);
  });
  test('gold claims are the trimmed content parts, one per part', () => {
    assert.deepEqual(goldClaims(ARTICLE).map((g) => TEXT.slice(g.start, g.end)),
      ['“We are ready,”', '“and we will not wait.”', 'the plan was “a waste of money” and should stop', '“No comment.”']);
  });
});

describe('matchSpans', () => {
  const s = (start, end) => ({ start, end });
  test('needs an overlap of at least half of the longer span', () => {
    assert.equal(matchSpans([s(0, 10)], [s(5, 10)]).length, 1);   // 5 of 10: exactly half
    assert.equal(matchSpans([s(0, 10)], [s(6, 10)]).length, 0);   // 4 of 10
    assert.equal(matchSpans([s(0, 4)], [s(0, 10)]).length, 0);    // 4 of the longer 10
    assert.equal(matchSpans([s(0, 4)], [s(4, 8)]).length, 0);     // touching is no overlap
  });
  test('greedy by overlap, one-to-one', () => {
    // System 0 overlaps gold 0 by 6 and gold 1 by 8: it goes to gold 1; gold 0 then takes system 1.
    const gold = [s(0, 10), s(12, 22)];
    const system = [s(4, 20), s(0, 9)];
    const pairs = matchSpans(gold, system).map((p) => [p.gold, p.system]).sort();
    assert.deepEqual(pairs, [[0, 1], [1, 0]]);
  });
  test('a greedy choice is not undone to match more pairs', () => {
    // Gold 0 takes system 0 (overlap 10). Gold 1 could only have had system 0, gold 0 could have had
    // system 1: a maximum matching has two pairs, the greedy one has one, as EVAL.md says.
    const pairs = matchSpans([s(0, 10), s(3, 13)], [s(0, 10), s(0, 6)]);
    assert.deepEqual(pairs.map((p) => [p.gold, p.system]), [[0, 0]]);
  });
});

describe('speakerCorrect', () => {
  const sources = [span(TEXT, 'Mayor Ann Quill')];
  const item = (speaker, mention = null) => ({ speaker, quote: { mention } });
  test('the mention overlaps a gold source span', () => {
    const he = { start: sources[0].start + 6, end: sources[0].start + 9, text: 'Ann' };
    assert.ok(speakerCorrect(item({ name: 'Somebody Else', aliases: [] }, he), sources));
    const elsewhere = span(TEXT, 'Headline');
    assert.ok(!speakerCorrect(item({ name: 'Somebody Else', aliases: [] }, elsewhere), sources));
  });
  test('a capitalised 3+ letter word of the name or an alias is a capitalised word of the source', () => {
    assert.ok(speakerCorrect(item({ name: 'Ann Quill', aliases: [] }), sources));
    assert.ok(speakerCorrect(item({ name: 'Somebody', aliases: ['QUILL'] }), sources));
    assert.ok(speakerCorrect(item({ name: 'Quill’s office', aliases: [] }), sources));
  });
  test('short, lower-case and uncapitalised words do not count', () => {
    assert.ok(!speakerCorrect(item({ name: 'Al Bo', aliases: [] }), [{ start: 0, end: 0, text: 'Al Bo' }]));
    assert.ok(!speakerCorrect(item({ name: 'quill', aliases: [] }), sources));
    assert.ok(!speakerCorrect(item({ name: 'Council', aliases: [] }), [{ start: 0, end: 0, text: 'the council' }]));
  });
  test('no speaker or no gold source is never right', () => {
    assert.ok(!speakerCorrect({ speaker: null, quote: { mention: sources[0] } }, sources));
    assert.ok(!speakerCorrect(item({ name: 'Ann Quill', aliases: [] }), []));
  });
});

describe('scoreArticle and figures', () => {
  const q = (kind, part, speaker, mention = null) => {
    const sp = span(TEXT, part);
    return { kind, start: sp.start, end: sp.end, text: part, speaker, mention, cue: null, confidence: 0.5 };
  };
  const result = {
    version: 1,
    quotes: [
      q('direct', 'We are ready,', 0),                            // exact after trimming, right speaker
      q('direct', 'and we will not wait.”', 1),                   // matched, wider, wrong speaker
      q('mixed', 'a waste of money', 1),                          // exact, right by name
      q('indirect', 'the plan was “a waste of money”', 1),        // a claim only
      q('direct', 'Headline about', null),                        // spurious, no speaker
    ],
    speakers: [
      { id: 0, name: 'Ann Quill', aliases: ['Quill'] },
      { id: 1, name: 'City Council', aliases: [] },
    ],
  };

  test('system quotes are the direct and mixed ones', () => {
    assert.deepEqual(systemItems(TEXT, result, ['direct', 'mixed']).map((s) => s.kind),
      ['direct', 'direct', 'mixed', 'direct']);
  });

  test('every figure of EVAL.md', () => {
    const counts = newCounts();
    const errors = scoreArticle(ARTICLE, result, counts);
    const f = figures(counts);
    const v = (x) => [x.num, x.den];
    assert.deepEqual(v(f.quote_recall), [3, 4]);                 // "No comment" missed
    assert.deepEqual(v(f.attributed_quote_precision), [3, 3]);
    assert.deepEqual(v(f.speaker_accuracy), [2, 3]);
    assert.deepEqual(v(f.end_to_end_precision), [2, 3]);
    assert.deepEqual(v(f.end_to_end_recall), [2, 4]);
    assert.ok(Math.abs(f.end_to_end_f1.value - (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5)) < 1e-12);
    assert.deepEqual(v(f.exact_boundaries), [2, 3]);
    // Claims: 4 gold parts, 4 system quotes with a speaker. "We are ready," and "and we will not wait.”"
    // match their parts (the second with the wrong speaker), the indirect quote matches the council's
    // content; the mixed quote is too short for it (16 of 47 units).
    assert.deepEqual(v(f.claims_precision), [2, 4]);
    assert.deepEqual(v(f.claims_recall), [2, 4]);
    assert.equal(f.claims_f1.value, 0.5);
    assert.deepEqual(errors.map((e) => e.type).filter((t) => !t.startsWith('claim')).sort(),
      ['bounds', 'missed', 'speaker', 'spurious']);
  });

  test('an error result or a missing result counts as no quotes', () => {
    const counts = newCounts();
    scoreArticle(ARTICLE, { version: 1, error: { code: 'input_too_large', message: 'x' } }, counts);
    scoreArticle(ARTICLE, undefined, counts);
    const f = figures(counts);
    assert.deepEqual([f.quote_recall.num, f.quote_recall.den], [0, 8]);
    assert.equal(f.attributed_quote_precision.value, null);
    assert.equal(f.end_to_end_f1.value, 0);
  });
});

describe('--double-apostrophes (not EVAL.md)', () => {
  test("two apostrophes are a straight double mark only when asked", () => {
    const text = "He said ''we won,'' and ''it's over.''";
    assert.deepEqual(stretches(text), []);
    const found = quotedStretches(text, 0, text.length, { doubleApostrophes: true }).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(found, ['we won,', "it's over."]);
  });
});

describe('the command line', () => {
  const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const TEXT = '“We won,” said Ann Quill.';
  const GOLD = {
    id: 'a1', text: TEXT,
    attributions: [{ source: [{ start: 15, end: 24, text: 'Ann Quill' }], cue: [{ start: 10, end: 14, text: 'said' }],
      content: [{ start: 0, end: 9, text: '“We won,”' }] }],
  };
  const RESULT = {
    id: 'a1', version: 1,
    quotes: [{ id: 0, kind: 'direct', start: 1, end: 8, text: 'We won,', speaker: 0, mention: { start: 15, end: 24 },
      cue: null, confidence: 0.9 }],
    speakers: [{ id: 0, name: 'Ann Quill', aliases: [] }],
  };

  // Runs `command` in a new directory holding gold.jsonl and out.jsonl.
  function inTempDir(command, args) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-eval-'));
    try {
      fs.writeFileSync(path.join(dir, 'gold.jsonl'), `${JSON.stringify(GOLD)}\n`);
      fs.writeFileSync(path.join(dir, 'out.jsonl'), `${JSON.stringify(RESULT)}\n`);
      return spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test("eval.sh reads the paths given from the caller's directory", () => {
    const r = inTempDir(path.join(ROOT, 'scripts', 'eval.sh'), ['--json', '--results', 'out.jsonl', 'gold.jsonl']);
    assert.equal(r.status, 0, r.stderr);
    const { figures: f } = JSON.parse(r.stdout);
    assert.deepEqual([f.quote_recall.num, f.quote_recall.den], [1, 1]);
  });

  test('--help names the command that was run', () => {
    const script = path.join(ROOT, 'scripts', 'eval.sh');
    const r = inTempDir(script, ['--help']);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith(`usage: ${script} [options]`), r.stdout.split('\n')[0]);
    const direct = spawnSync(process.execPath, ['scripts/eval.mjs', '--help'], { cwd: ROOT, encoding: 'utf8' });
    assert.ok(direct.stdout.startsWith('usage: node scripts/eval.mjs [options]'), direct.stdout.split('\n')[0]);
  });

  test('a missing file is named, and the default gold with where it is expected', () => {
    const missing = inTempDir(path.join(ROOT, 'scripts', 'eval.sh'), ['--results', 'out.jsonl', 'nope.jsonl']);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, 'eval: cannot read nope.jsonl: no such file\n');
    // A copy of the scorer in a directory with no shared/ beside it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-eval-'));
    try {
      fs.mkdirSync(path.join(dir, 'repo', 'scripts'), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'scripts', 'eval.mjs'), path.join(dir, 'repo', 'scripts', 'eval.mjs'));
      const r = spawnSync(process.execPath, [path.join(dir, 'repo', 'scripts', 'eval.mjs'), '--results', 'x.jsonl'],
        { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.ok(r.stderr.includes(`the default gold file ${path.join(dir, 'shared', 'corpus', 'polnear-dev.jsonl')} is missing`), r.stderr);
      assert.doesNotMatch(r.stderr, /ENOENT|\n\s+at /);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
