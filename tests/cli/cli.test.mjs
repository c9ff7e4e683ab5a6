// Tests of the whosaid CLI against the contract of DESIGN.md and its --help: Result JSON version 1 with
// UTF-16 offsets, JSONL streaming with ids, bad lines and bad bytes reported and survived, exit statuses,
// options. Run `cmake --build build` first (scripts/test.sh does). The texts are invented for these tests.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// WHOSAID_CLI runs the tests on another build.
const CLI = process.env.WHOSAID_CLI ?? path.join(ROOT, 'build', 'whosaid');

// One article with multi-byte characters before its quotes: é (1 UTF-16 unit, 2 UTF-8 bytes), curly
// marks (1 unit, 3 bytes), an emoji (2 units, 4 bytes).
const ARTICLE = [
  'Café owners 🎉 celebrate a “historic” week',
  '“We are very close to a deal,” Mayor Jane Holloway said on Tuesday. 😀 “It will be signed soon.”',
  'Her rival called the plan “a gift to developers” and said he would vote against it.',
].join('\n');

function run(args, input = '') {
  const r = spawnSync(CLI, args, { input, maxBuffer: 1 << 28 });
  // EPIPE: the CLI exited without reading its input (a usage error), which is fine.
  if (r.error?.code !== 'EPIPE') assert.equal(r.error, undefined, `ran ${CLI}`);
  assert.equal(r.signal, null, `whosaid ${args.join(' ')} was killed by ${r.signal}`);
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

function jsonLines(stdout) {
  return stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
}

function withTempFile(contents, fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-cli-'));
  const file = path.join(dir, 'article.txt');
  try {
    fs.writeFileSync(file, contents);
    return fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function assertSpan(text, span, what) {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: offsets in the text`);
  if (typeof span.text === 'string' && span.text !== '') {
    assert.equal(text.slice(span.start, span.end), span.text, `${what}: text is text.slice(start, end)`);
  }
}

// Checks that `r` is a valid Result (version 1) for the JavaScript string `text`.
function assertResult(text, r) {
  assert.equal(r.version, 1);
  assert.equal(r.error, undefined, `no error: ${JSON.stringify(r.error)}`);
  assert.ok(Array.isArray(r.quotes) && Array.isArray(r.speakers));
  r.quotes.forEach((q, i) => {
    assert.equal(q.id, i, 'quote ids are their indices');
    assert.ok(['direct', 'mixed', 'indirect'].includes(q.kind), `quote kind ${q.kind}`);
    assert.equal(typeof q.text, 'string');
    assertSpan(text, q, `quote ${i}`);
    assert.equal(text.slice(q.start, q.end), q.text, `quote ${i} text is text.slice(start, end)`);
    if (q.speaker !== null) assert.ok(Number.isInteger(q.speaker) && q.speaker >= 0 && q.speaker < r.speakers.length);
    if (q.mention !== null) assertSpan(text, q.mention, `quote ${i} mention`);
    if (q.cue !== null) assertSpan(text, q.cue, `quote ${i} cue`);
    assert.ok(typeof q.confidence === 'number' && q.confidence >= 0 && q.confidence <= 1);
  });
  r.speakers.forEach((s, i) => {
    assert.equal(s.id, i, 'speaker ids are their indices');
    assert.equal(typeof s.name, 'string');
    assert.ok(['person', 'organization', 'group', 'unknown'].includes(s.kind), `speaker kind ${s.kind}`);
    assert.ok(Array.isArray(s.aliases) && Array.isArray(s.mentions) && Array.isArray(s.quotes));
    s.mentions.forEach((m, j) => assertSpan(text, m, `speaker ${i} mention ${j}`));
    for (const id of s.quotes) assert.equal(r.quotes[id].speaker, i, 'a speaker lists its own quotes');
  });
}

// The quote that starts right after the first opening mark before `words`, checked to the unit.
function assertQuoteAt(text, r, words) {
  const start = text.indexOf(words);
  const q = r.quotes.find((x) => x.start === start);
  assert.ok(q, `a quote starts at UTF-16 offset ${start} ("${words}"); got ${JSON.stringify(r.quotes.map((x) => [x.start, x.text]))}`);
  assert.ok(q.text.startsWith(words));
  assert.ok(q.end <= text.indexOf('”', start), 'the quote ends at or before its closing mark');
}

test('the binary is built', () => {
  assert.ok(fs.existsSync(CLI), `${CLI} exists (cmake --build build)`);
});

describe('one article', () => {
  test('from a file: Result version 1 with UTF-16 offsets', () => {
    withTempFile(ARTICLE, (file) => {
      const { status, stdout } = run([file]);
      assert.equal(status, 0);
      const r = JSON.parse(stdout);
      assertResult(ARTICLE, r);
      assertQuoteAt(ARTICLE, r, 'We are very close to a deal');
      assertQuoteAt(ARTICLE, r, 'It will be signed soon');  // after an emoji: 2 units, 4 bytes
      assertQuoteAt(ARTICLE, r, 'a gift to developers');
    });
  });

  test('from standard input, with no FILE and with "-"', () => {
    const fromFile = withTempFile(ARTICLE, (file) => run([file]).stdout);
    for (const args of [[], ['-']]) {
      const { status, stdout } = run(args, ARTICLE);
      assert.equal(status, 0);
      assertResult(ARTICLE, JSON.parse(stdout));
      assert.deepEqual(JSON.parse(stdout), JSON.parse(fromFile));
    }
  });

  test('a file that cannot be mapped into memory is read: an empty file, /dev/stdin', () => {
    const empty = withTempFile('', (file) => run([file]));
    assert.equal(empty.status, 0);
    assert.deepEqual(JSON.parse(empty.stdout).quotes, []);
    withTempFile(ARTICLE, (file) => {
      // A pipe named as the file (Node's own stdin for a child is a socket, which cannot be opened).
      const fromPipe = spawnSync('sh', ['-c', 'cat "$1" | "$0" /dev/stdin', CLI, file], { encoding: 'utf8' });
      assert.equal(fromPipe.status, 0, fromPipe.stderr);
      assert.deepEqual(JSON.parse(fromPipe.stdout), JSON.parse(run([file]).stdout));
    });
  });

  test('a missing file is reported, exit 1', () => {
    const { status, stderr } = run(['/nonexistent/whosaid-test.txt']);
    assert.equal(status, 1);
    assert.match(stderr, /nonexistent\/whosaid-test\.txt: No such file or directory/);
  });

  test('a file that cannot be read is named with the reason, exit 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-cli-'));
    try {
      for (const args of [[dir], ['--jsonl', dir]]) {
        const { status, stderr } = run(args);
        assert.equal(status, 1);
        assert.equal(stderr, `whosaid: cannot read ${dir}: Is a directory\n`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--pretty indents the same Result', () => {
    const plain = run([], ARTICLE);
    const pretty = run(['--pretty'], ARTICLE);
    assert.equal(pretty.status, 0);
    assert.ok(pretty.stdout.trim().split('\n').length > 5, 'several lines');
    assert.ok(plain.stdout.trim().split('\n').length === 1, 'without --pretty: one line');
    assert.deepEqual(JSON.parse(pretty.stdout), JSON.parse(plain.stdout));
  });

  test('--max-input-bytes too small: error value input_too_large, exit 1', () => {
    const { status, stdout, stderr } = run(['--max-input-bytes=100'], ARTICLE);
    assert.equal(status, 1);
    const r = JSON.parse(stdout);
    assert.equal(r.version, 1);
    assert.equal(r.error.code, 'input_too_large');
    assert.equal(typeof r.error.message, 'string');
    assert.equal(r.quotes, undefined);
    assert.match(stderr, /the limit is 100 .*; --max-input-bytes raises it\n/);
    // Exactly the size of the input is still accepted.
    assert.equal(run([`--max-input-bytes=${Buffer.byteLength(ARTICLE)}`], ARTICLE).status, 0);
  });

  test('invalid UTF-8 bytes: a warning, U+FFFD in their place, offsets still right', () => {
    const bad = Buffer.concat([
      Buffer.from('Broken \xff\xfe bytes', 'latin1'),         // two bytes that are never UTF-8
      Buffer.from(' and more: \xc3( and \xe2\x80 end', 'latin1'),  // a lead byte alone; a cut 3-byte sequence
      Buffer.from(' ok.\n“We are very close to a deal,” Mayor Jane Holloway said.\n'),
    ]);
    const { status, stdout, stderr } = run([], bad);
    assert.equal(status, 0);
    assert.match(stderr, /warning/i);
    // The offsets index the text as a browser decodes it (WHATWG: one U+FFFD per maximal bad subpart).
    const text = bad.toString('utf8');
    assert.equal([...text.matchAll(/\uFFFD/g)].length, 4);
    const r = JSON.parse(stdout);
    assertResult(text, r);
    assertQuoteAt(text, r, 'We are very close to a deal');
  });

  test('Latin-1 is read as Windows-1252, its letters kept, with a warning', () => {
    const latin1 = Buffer.from('“We are close to a deal,” Mayor José Muñoz said.'.replace(/[“”]/g, '"'), 'latin1');
    const { status, stdout, stderr } = run(['--summary'], latin1);
    assert.equal(status, 0);
    assert.match(stdout, /\nJosé Muñoz \(Mayor\) \[person\]\n/);
    assert.match(stderr, /warning: the input is not UTF-8 \(2 bytes are not\): it was read as Windows-1252/);
  });

  test('UTF-16 is no text: error value not_text, exit 1', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);  // iconv -t UTF-16
    const { status, stdout, stderr } = run([], utf16);
    assert.equal(status, 1);
    assert.equal(JSON.parse(stdout).error.code, 'not_text');
    assert.match(stderr, /UTF-16/);
  });

  test('--kinds filters the quotes by kind', () => {
    const all = JSON.parse(run([], ARTICLE).stdout).quotes;
    for (const kind of ['direct', 'mixed', 'indirect']) {
      const { status, stdout } = run([`--kinds=${kind}`], ARTICLE);
      assert.equal(status, 0);
      const quotes = JSON.parse(stdout).quotes;
      assert.ok(quotes.every((q) => q.kind === kind), `--kinds=${kind}: only ${kind} quotes`);
      assert.equal(quotes.length, all.filter((q) => q.kind === kind).length, `--kinds=${kind}: every ${kind} quote`);
    }
    const directMixed = JSON.parse(run(['--kinds=direct,mixed'], ARTICLE).stdout).quotes;
    assert.ok(directMixed.length > 0 && directMixed.every((q) => q.kind !== 'indirect'));
    assert.equal(run(['--kinds=sarcastic'], ARTICLE).status, 2);
  });

  test('--typewriter-quotes reads \'\' and `` as double quotation marks', () => {
    const text = "''The ferry is late,'' the harbour master said.\n";
    assert.equal(JSON.parse(run(['--kinds=direct,mixed'], text).stdout).quotes.length, 0);
    const { status, stdout } = run(['--typewriter-quotes', '--kinds=direct,mixed'], text);
    assert.equal(status, 0);
    const r = JSON.parse(stdout);
    assertResult(text, r);
    assert.deepEqual(r.quotes.map((q) => [q.start, q.end, q.text]), [[2, 20, 'The ferry is late,']]);
  });
});

describe('--summary', () => {
  test('speakers and their quotes, readable; control characters never reach the terminal', () => {
    const r = run(['--summary'], ARTICLE);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^\d+ quotes, \d+ speakers\n/);
    assert.match(r.stdout, /\nJane Holloway \(Mayor\) \[person\]\n {2}direct {3}"We are very close to a deal,"\n/);
    // An escape sequence inside a quote (colour, then a window title) and a C1 control (CSI).
    const hostile = 'Fares rose.\n“It is \u001b[31mred\u001b[0m, \u001b]0;pwned\u0007 and \u009b2J late,” said Rosa Lind.';
    const h = run(['--summary'], hostile);
    assert.equal(h.status, 0);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(h.stdout), JSON.stringify(h.stdout));
    assert.match(h.stdout, /Rosa Lind/);
  });

  test('quoted words inside their speaker\'s reported speech are listed once, in it', () => {
    const r = run(['--summary'], 'Mayor Jane Holloway said the plan was “a gift to developers” and would fail.');
    assert.match(r.stdout, /^1 quote, 1 speaker\n/);
    assert.match(r.stdout, /indirect "the plan was “a gift to developers” and would fail"/);
    assert.doesNotMatch(r.stdout, /mixed/);
  });
});

describe('the README', () => {
  test('its example is what the CLI prints, summary and JSON', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = readme.match(/\$ echo '(.+)' \| build\/whosaid --summary\n([\s\S]+?)\n\n\$ echo[^\n]*--pretty[^\n]*\n([\s\S]+?)\n```/);
    assert.ok(example, 'README.md has its CLI example');
    const [, sentence, summary, json] = example;
    assert.equal(run(['--summary'], sentence + '\n').stdout, summary + '\n');
    assert.deepEqual(JSON.parse(run([], sentence + '\n').stdout), JSON.parse(json));
  });
});

describe('--jsonl', () => {
  test('one Result per line, ids in order, blank lines skipped', () => {
    const lines = [
      { id: 'a', text: ARTICLE },
      '',
      { id: 7, text: '“Short one,” he said.' },
      '   ',
      { id: 'c', text: '' },
      { id: 'd', text: 'No quotes in this line at all.' },
    ];
    const input = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n\n';
    const { status, stdout } = run(['--jsonl'], input);
    assert.equal(status, 0);
    const out = jsonLines(stdout);
    const articles = lines.filter((l) => typeof l !== 'string');
    assert.deepEqual(out.map((r) => r.id), articles.map((a) => a.id));
    out.forEach((r, i) => {
      const { id, ...result } = r;
      assertResult(articles[i].text, result);
    });
    assertQuoteAt(ARTICLE, out[0], 'It will be signed soon');
    assert.equal(out[3].quotes.length, 0);
  });

  test('a line without a final newline is read', () => {
    const out = jsonLines(run(['--jsonl'], JSON.stringify({ id: 'x', text: '“Yes,” she said.' })).stdout);
    assert.deepEqual(out.map((r) => r.id), ['x']);
  });

  const BAD = [
    JSON.stringify({ id: 1, text: '“One,” she said.' }),
    '{"id": 2, "text": "unterminated',
    JSON.stringify({ id: 3, text: '“Three,” he said.' }),
    JSON.stringify({ id: 4, text: 42 }),
    '[1, 2]',
    JSON.stringify({ id: 6, text: '“Six,” they said.' }),
  ].join('\n') + '\n';

  test('a bad line gives an error Result for it, is named on stderr, and the rest goes on; exit 1', () => {
    const { status, stdout, stderr } = run(['--jsonl'], BAD);
    assert.equal(status, 1);
    const out = jsonLines(stdout);
    assert.equal(out.length, 6, 'one output line per input line');
    for (const i of [1, 3, 4]) {
      assert.equal(out[i].version, 1);
      assert.equal(typeof out[i].error?.code, 'string', `line ${i + 1} has an error Result`);
      assert.equal(out[i].quotes, undefined);
    }
    for (const i of [0, 2, 5]) assertResult(JSON.parse(BAD.split('\n')[i]).text, (({ id, ...r }) => r)(out[i]));
    assert.deepEqual([out[0].id, out[2].id, out[5].id], [1, 3, 6]);
    assert.match(stderr, /line 2\b/);
    assert.match(stderr, /line 4\b/);
    assert.match(stderr, /line 5\b/);
    assert.doesNotMatch(stderr, /line [136]\b/);
    // The same with --on-bad-line=skip, the default.
    assert.deepEqual(run(['--jsonl', '--on-bad-line=skip'], BAD).stdout, stdout);
  });

  test('--on-bad-line=stop stops at the first bad line, exit 1', () => {
    const { status, stdout, stderr } = run(['--jsonl', '--on-bad-line=stop'], BAD);
    assert.equal(status, 1);
    const out = jsonLines(stdout);
    assert.ok(out.length <= 2, 'nothing after the bad line');
    assert.equal(out[0].id, 1);
    if (out.length === 2) assert.equal(typeof out[1].error?.code, 'string');
    assert.match(stderr, /line 2\b/);
    assert.match(stderr, /stopped at line 2 \(--on-bad-line=stop\)/);
    assert.equal(run(['--jsonl', '--on-bad-line=maybe'], BAD).status, 2);
  });

  test('--max-input-bytes applies per line', () => {
    const input = [{ id: 'big', text: ARTICLE }, { id: 'small', text: 'Hi.' }].map((l) => JSON.stringify(l)).join('\n');
    const { status, stdout, stderr } = run(['--jsonl', '--max-input-bytes=50'], input);
    assert.equal(status, 1);
    const out = jsonLines(stdout);
    assert.deepEqual(out.map((r) => r.id), ['big', 'small']);
    assert.equal(out[0].error.code, 'input_too_large');
    assert.equal(out[1].error, undefined);
    assert.match(stderr, /line 1\b/);
  });
});

describe('options', () => {
  test('--help exits 0 and documents every option the CLI accepts', () => {
    const { status, stdout } = run(['--help']);
    assert.equal(status, 0);
    // Every "--option" string literal in the CLI's sources is an option it accepts.
    const sources = fs.readdirSync(path.join(ROOT, 'cli')).filter((f) => /\.(cc|h)$/.test(f))
      .map((f) => fs.readFileSync(path.join(ROOT, 'cli', f), 'utf8')).join('\n');
    const code = sources.replace(/R"\(([\s\S]*?)\)"/g, '')  // not the help text itself
      .replace(/\/\/.*$/gm, '');                              // nor comments
    const options = new Set([...code.matchAll(/"(--[a-z][a-z0-9-]*)/g)].map((m) => m[1]));
    for (const o of ['--jsonl', '--on-bad-line', '--kinds', '--max-input-bytes', '--pretty', '--help']) options.add(o);
    for (const o of options) assert.ok(stdout.includes(o), `--help mentions ${o}`);
    assert.match(stdout, /Blank lines \(spaces, tabs, CR\) are skipped/, '--help says what --jsonl does with blank lines');
    assert.equal(run(['-h']).status, 0);
  });

  test('an unknown option is a usage error: exit 2', () => {
    const { status, stdout, stderr } = run(['--no-such-option'], ARTICLE);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /--no-such-option/);
  });

  test('a value may follow its option after "=" or a space', () => {
    for (const [joined, spaced] of [[['--kinds=direct'], ['--kinds', 'direct']],
      [['--max-input-bytes=100'], ['--max-input-bytes', '100']]]) {
      const a = run(joined, ARTICLE);
      const b = run(spaced, ARTICLE);
      assert.equal(b.status, a.status, spaced.join(' '));
      assert.equal(b.stdout, a.stdout, spaced.join(' '));
    }
    const stop = run(['--jsonl', '--on-bad-line', 'stop'], '{"id": 1}\n' + JSON.stringify({ id: 2, text: 'Hi.' }));
    assert.equal(jsonLines(stop.stdout).length, 1, '--on-bad-line stop stops');
    for (const option of ['--kinds', '--max-input-bytes', '--on-bad-line']) {
      const { status, stderr } = run([option], ARTICLE);
      assert.equal(status, 2, `${option} without its value`);
      assert.match(stderr, new RegExp(`${option} needs a value`));
    }
    assert.match(run(['--kinds', 'sarcastic'], ARTICLE).stderr, /--kinds sarcastic: unknown kind/);
  });

  test('options that mean nothing together are usage errors: exit 2', () => {
    for (const [args, message] of [
      [['--pretty', '--summary'], '--pretty indents JSON, which --summary does not print'],
      [['--on-bad-line=stop'], '--on-bad-line is for --jsonl input only'],
      [['--jsonl', '--summary'], '--pretty and --summary take one article, not --jsonl'],
    ]) {
      const { status, stdout, stderr } = run(args, ARTICLE);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.equal(stderr, `whosaid: ${message}\n(see whosaid --help)\n`);
    }
  });

  test('bad option values are usage errors: exit 2', () => {
    for (const bad of ['--max-input-bytes=0', '--max-input-bytes=ten', '--max-input-bytes=', '--max-input-bytes=-1',
      '--max-input-bytes=+5', '--max-input-bytes= 5', '--max-input-bytes=99999999999999999999999']) {
      const { status, stderr } = run([bad], ARTICLE);
      assert.equal(status, 2, bad);
      assert.ok(stderr.includes(`--max-input-bytes ${bad.slice(bad.indexOf('=') + 1)}: must be a whole number`), stderr);
    }
    assert.equal(run(['--max-input-bytes=18446744073709551615'], ARTICLE).status, 0, 'the largest size_t');
  });

  test('--version prints the version, exit 0', () => {
    const { status, stdout } = run(['--version']);
    assert.equal(status, 0);
    assert.match(stdout, /\d+\.\d+/);
  });
});

// Streams ~TOTAL_BYTES of JSONL through `whosaid --jsonl` (generated on the fly, never on disk) and
// checks that the peak resident set size stays far below the input size.
const TOTAL_BYTES = 200 << 20;
const RSS_LIMIT_KB = 100 << 10;

test('--jsonl streams: memory stays flat on a ~200 MB input', { timeout: 120_000 }, async (t) => {
  // ~16 KB articles of invented sentences with quotes of every kind, a few of them much longer.
  const paragraph = [
    '“We are very close to a deal,” Mayor Jane Holloway said on Tuesday. 😀',
    'Her rival called the plan “a gift to developers” and said he would vote against it.',
    'Officials said the vote would take place next week, according to a statement.',
  ].join('\n');
  const article = (n) => JSON.stringify({ id: n, text: Array(n % 50 === 0 ? 400 : 70).fill(paragraph).join('\n') }) + '\n';

  const time = fs.existsSync('/usr/bin/time');
  const child = time
    ? spawn('/usr/bin/time', ['-f', 'maxrss_kb=%M', CLI, '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn(CLI, ['--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  // Count the output lines and keep the head of the last one.
  let outLines = 0;
  let head = '';
  let lastHead = '';
  child.stdout.on('data', (d) => {
    const s = d.toString('latin1');
    let from = 0;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) {
      if (head.length < 100) head += s.slice(from, Math.min(i, from + 100));
      outLines += 1;
      lastHead = head;
      head = '';
      from = i + 1;
    }
    if (head.length < 100) head += s.slice(from, from + 100);
  });
  // Without /usr/bin/time, read the peak from /proc while the process lives.
  let procPeakKb = 0;
  const poll = time ? null : setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) procPeakKb = Math.max(procPeakKb, Number(m[1]));
    } catch { /* gone */ }
  }, 50);
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));

  let written = 0;
  let lines = 0;
  while (written < TOTAL_BYTES) {
    const chunk = article(lines);
    written += chunk.length;
    lines += 1;
    if (!child.stdin.write(chunk)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  const { code, signal } = await exited;
  if (poll) clearInterval(poll);

  assert.equal(signal, null, stderr);
  assert.equal(code, 0, stderr);
  assert.equal(outLines, lines, 'one Result per line');
  assert.match(lastHead, new RegExp(`"id":${lines - 1}\\b`), 'the last line is the last article');
  const peakKb = time ? Number(/maxrss_kb=(\d+)/.exec(stderr)?.[1]) : procPeakKb;
  assert.ok(peakKb > 0, 'measured the peak RSS');
  t.diagnostic(`peak RSS ${peakKb} kB, ${written} bytes, ${lines} lines`);
  assert.ok(peakKb < RSS_LIMIT_KB, `peak RSS ${(peakKb / 1024).toFixed(1)} MB < ${RSS_LIMIT_KB >> 10} MB for ${(written / 2 ** 20).toFixed(0)} MB of input`);
});
