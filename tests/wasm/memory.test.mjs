// Memory stays flat over many calls: every buffer extract() allocates in wasm memory is freed before it
// returns. Checked two ways after a warm-up (the engine's lazily built tables and RE2's DFA caches fill on
// the first calls): the wasm memory does not grow, and the bytes malloc'd and not freed do not change.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadWhosaid, syntheticArticle} from './support.mjs';

test('1,000 calls do not grow wasm memory or leak heap', async () => {
  const ws = await loadWhosaid();
  const article = syntheticArticle(10_000);
  const calls = [
    () => ws.extract(article),
    () => ws.extract(article, {kinds: ['direct', 'mixed']}),
    () => ws.extract(article, {max_input_bytes: 100}),  // error: too large
    () => ws.extract(article, {kinds: ['spoken']}),     // error: invalid options
    () => ws.extract('“Short,” she said.\ud800'),
  ];
  for (let i = 0; i < 20; i++) calls[i % calls.length]();
  const before = ws.memoryStats();
  assert.ok(before.wasmMemoryBytes > 0 && before.heapInUseBytes > 0);
  let quotes = 0;
  for (let i = 0; i < 1000; i++) quotes += calls[i % calls.length]().quotes?.length ?? 0;
  assert.ok(quotes > 0, 'the calls found quotes');
  const after = ws.memoryStats();
  assert.equal(after.wasmMemoryBytes, before.wasmMemoryBytes, 'wasm memory grew');
  assert.equal(after.heapInUseBytes, before.heapInUseBytes, 'heap in use changed: a leak');
});
