// The wasm module gives the same Result as the native CLI (build/whosaid), byte for byte after JSON.parse
// and JSON.stringify, on the seed article and on every article of the PolNeAR dev corpus. Both are built
// from the same engine sources by scripts/test.sh, so any difference is a wasm (or binding) bug.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {DEV_CORPUS, NATIVE_CLI, SEED_ARTICLE, SHARED_MISSING, loadWhosaid} from './support.mjs';

function runNative(args) {
  assert.ok(existsSync(NATIVE_CLI), `${NATIVE_CLI} is missing: run ./scripts/build.sh first`);
  const run = spawnSync(NATIVE_CLI, args, {encoding: 'utf8', maxBuffer: 1 << 30});
  assert.equal(run.error, undefined, `cannot run ${NATIVE_CLI}: ${run.error}`);
  return run.stdout;
}

// Where two JSON strings first differ, with some context, for a readable failure.
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at character ${i}: wasm …${a.slice(Math.max(0, i - 60), i + 60)}… ` +
         `native …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

test('seed article: wasm Result == native CLI Result', {skip: SHARED_MISSING}, async () => {
  const ws = await loadWhosaid();
  const native = JSON.stringify(JSON.parse(runNative([SEED_ARTICLE])));
  const wasm = JSON.stringify(ws.extract(await readFile(SEED_ARTICLE, 'utf8')));
  assert.ok(wasm === native, firstDifference(wasm, native) +
            ' (if engine sources changed between the native and the wasm build, rebuild both)');
});

test('every PolNeAR dev article: wasm Result == native CLI Result', {skip: SHARED_MISSING}, async () => {
  const ws = await loadWhosaid();
  const inputs = (await readFile(DEV_CORPUS, 'utf8')).split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  const outputs = runNative(['--jsonl', DEV_CORPUS]).split('\n').filter((l) => l !== '');
  assert.equal(outputs.length, inputs.length, 'the native CLI wrote one line per article');
  const mismatches = [];
  let quotes = 0;
  inputs.forEach((article, i) => {
    const native = JSON.parse(outputs[i]);
    assert.deepEqual(native.id, article.id, `native output line ${i + 1} is for article ${article.id}`);
    delete native.id;
    const wasmResult = ws.extract(article.text);
    quotes += wasmResult.quotes?.length ?? 0;
    const wasm = JSON.stringify(wasmResult);
    const expected = JSON.stringify(native);
    if (wasm !== expected) mismatches.push(`${article.id} ${firstDifference(wasm, expected)}`);
  });
  assert.ok(inputs.length > 0 && quotes > 0, 'the corpus gave quotes to compare');
  assert.deepEqual(mismatches, [], `${mismatches.length} of ${inputs.length} articles differ ` +
                   '(if engine sources changed between the native and the wasm build, rebuild both)');
});

// Results with warnings come from the wasm engine in the compact form too (binding.cc): the same
// Result as the native CLI, warnings included. Texts written for this test.
function runNativeOn(text) {
  assert.ok(existsSync(NATIVE_CLI), `${NATIVE_CLI} is missing: run ./scripts/build.sh first`);
  const run = spawnSync(NATIVE_CLI, [], {input: text, encoding: 'utf8', maxBuffer: 1 << 30});
  assert.equal(run.error, undefined, `cannot run ${NATIVE_CLI}: ${run.error}`);
  return run.stdout;
}

test('Results with warnings: wasm Result == native CLI Result', async () => {
  const ws = await loadWhosaid();
  const texts = {
    // 20,001 quotes: past Options::max_quotes (20,000), so too_many_quotes
    too_many_quotes: Array(20001).fill('“We will not back down,” Sen. Jane Doe said.').join('\n\n'),
    // French: not_english
    not_english: Array(20).fill('« Nous ne reculerons pas », a déclaré la sénatrice devant les journalistes, ' +
                                'qui attendaient depuis le matin sous la pluie.').join('\n\n'),
  };
  for (const [code, text] of Object.entries(texts)) {
    const native = JSON.parse(runNativeOn(text));
    assert.deepEqual(native.warnings?.map((w) => w.code), [code], `the native CLI warns ${code}`);
    const wasm = JSON.stringify(ws.extract(text));
    const expected = JSON.stringify(native);
    assert.ok(wasm === expected, `${code}: ${firstDifference(wasm, expected)}`);
  }
});
