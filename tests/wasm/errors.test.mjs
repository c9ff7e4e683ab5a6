// Bad input comes back as the Result's "error" (or is handled as text), never as an exception, and the
// module keeps working afterwards. Offsets stay JavaScript string indices whatever the text holds.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {WASM_DIR, loadWhosaid, syntheticArticle} from './support.mjs';

const ws = await loadWhosaid();

function assertError(result, code) {
  assert.equal(result.version, 1);
  assert.equal(result.error?.code, code, JSON.stringify(result));
  assert.equal(typeof result.error.message, 'string');
  assert.ok(result.error.message.length > 0);
  assert.equal(result.quotes, undefined, 'an error Result holds no quotes');
}

// Every span a Result reports must cut `text` (with lone surrogates read as U+FFFD) where it says.
function assertSpansIndex(text, result) {
  const seen = text.toWellFormed();
  for (const q of result.quotes) {
    assert.equal(seen.slice(q.start, q.end), q.text, `quote ${q.id}`);
    for (const span of [q.mention, q.cue]) if (span) assert.equal(seen.slice(span.start, span.end), span.text);
  }
}

test('version is the engine version', () => {
  assert.match(ws.version, /^\d+\.\d+\.\d+/);
});

test('input larger than max_input_bytes is refused', () => {
  const refused = ws.extract('x'.repeat(101), {max_input_bytes: 100});
  assertError(refused, 'input_too_large');
  assert.equal(refused.error.message, 'input is 101 bytes; the limit is 100 (option max_input_bytes)');
  // The limit is on UTF-8 bytes, not UTF-16 units: 40 curly quotes are 120 bytes.
  assertError(ws.extract('“'.repeat(40), {max_input_bytes: 100}), 'input_too_large');
  assert.equal(ws.extract('x'.repeat(100), {max_input_bytes: 100}).error, undefined);
});

test('invalid options are refused with invalid_options', () => {
  for (const options of [
    {bogus: 1}, {kinds: ['spoken']}, {kinds: 'direct'}, {max_input_bytes: -1}, {max_input_bytes: 0},
    {max_input_bytes: 1.5}, {max_input_bytes: '100'}, 'direct', 42, [], ['direct'], true,
  ]) assertError(ws.extract('“Hi,” she said.', options), 'invalid_options');
  const cyclic = {};
  cyclic.self = cyclic;
  assertError(ws.extract('text', cyclic), 'invalid_options');
  assertError(ws.extract('text', {max_input_bytes: 10n}), 'invalid_options');
  assertError(ws.extract('text', () => {}), 'invalid_options');
});

test('absent options mean the defaults', () => {
  const text = syntheticArticle(2000);
  const expected = JSON.stringify(ws.extract(text));
  assert.equal(JSON.stringify(ws.extract(text, undefined)), expected);
  assert.equal(JSON.stringify(ws.extract(text, null)), expected);
  assert.equal(JSON.stringify(ws.extract(text, {})), expected);
});

test('kinds filters the quotes', () => {
  const text = syntheticArticle(4000);
  const all = ws.extract(text);
  for (const kind of ['direct', 'mixed', 'indirect']) {
    const only = ws.extract(text, {kinds: [kind]});
    assert.equal(only.error, undefined);
    assert.ok(only.quotes.every((q) => q.kind === kind));
    assert.equal(only.quotes.length, all.quotes.filter((q) => q.kind === kind).length);
  }
});

test('text that is not a string is refused with invalid_input', () => {
  for (const text of [undefined, null, 42, {text: 'x'}, ['x'], new Uint8Array(3)])
    assertError(ws.extract(text), 'invalid_input');
});

test('empty string: no quotes, no error', () => {
  const r = ws.extract('');
  assert.deepEqual(r, {version: 1, quotes: [], speakers: []});
});

test('lone surrogates are read as U+FFFD and offsets still index the JS string', () => {
  const text = '\udc00“We are close \ud800 to a deal,” President Ana Müller said. 🎉 \ud83d' +
               '\n\n“Not yet,” she added.\ud800';
  const r = ws.extract(text);
  assert.equal(r.error, undefined);
  assert.ok(r.quotes.length >= 2, JSON.stringify(r));
  assert.ok(r.quotes[0].text.includes('\ufffd'));
  assertSpansIndex(text, r);
});

test('NUL bytes are text, not terminators', () => {
  const text = 'Before\0 the quote. “We are\0 close,” she said.\n\n“After the NUL,” he said.\0';
  const r = ws.extract(text);
  assert.equal(r.error, undefined);
  assert.ok(r.quotes.some((q) => q.text.includes('\0')), JSON.stringify(r));
  assert.ok(r.quotes.some((q) => q.text.startsWith('After the NUL')));
  assertSpansIndex(text, r);
});

test('emoji and accents: offsets are UTF-16 units', () => {
  const text = syntheticArticle(3000);
  const r = ws.extract(text);
  assert.ok(r.quotes.length > 0);
  assertSpansIndex(text, r);
});

test('a large input (2 MB, past the 3-bytes-per-unit buffer) is handled and freed', () => {
  const text = syntheticArticle(2_000_000);
  assert.ok(text.length > 1 << 20);
  const r = ws.extract(text);
  assert.equal(r.error, undefined);
  assert.ok(r.quotes.length > 1000);
  const before = ws.memoryStats().heapInUseBytes;
  ws.extract(text);
  assert.equal(ws.memoryStats().heapInUseBytes, before);
});

test('a large input in a non-Latin script (more UTF-8 than the in-place buffer holds) is handled and freed', () => {
  const text = 'Слова без кавычек, и ни одной цитаты. 中文也没有引语。\n\n'.repeat(30_000) + syntheticArticle(20_000);
  assert.ok(text.length > 1 << 20 && Buffer.byteLength(text) > 1.25 * text.length);
  const r = ws.extract(text);
  assert.equal(r.error, undefined);
  assert.ok(r.quotes.length > 0);
  assertSpansIndex(text, r);
  const before = ws.memoryStats().heapInUseBytes;
  ws.extract(text);
  assert.equal(ws.memoryStats().heapInUseBytes, before);
});

test('in Node, createWhosaid() without wasmBinary says what to pass', async () => {
  const {default: createWhosaid} = await import(path.join(WASM_DIR, 'whosaid.mjs'));
  await assert.rejects(createWhosaid(), /in Node pass \{wasmBinary/);
});

test('the engine still answers after all of the above', () => {
  assert.ok(ws.extract('“We are very close to a deal,” Trump said.').quotes.length >= 1);
});
