// A trap inside the engine (a bug, or memory running out inside it) must not reach the caller: extract()
// answers "internal_error", drops the instance, starts a fresh one from the compiled module, answers
// "engine_unavailable" until that is up, and then works as before.
//
// The trap is a real one: WebAssembly.instantiate is wrapped (in this test process only) so that, when
// armed, the next whosaid_extract call reads far outside the wasm memory.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as sleep} from 'node:timers/promises';
import {loadWhosaid} from './support.mjs';

let armed = false;
let instances = 0;
const realInstantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async (...args) => {
  const result = await realInstantiate.apply(WebAssembly, args);
  const instance = result.instance ?? result;
  instances++;
  const exports = {...instance.exports};
  exports.whosaid_extract = (text, length, options) => {
    if (!armed) return instance.exports.whosaid_extract(text, length, options);
    armed = false;
    return instance.exports.whosaid_extract(0xfffffff0, 4096, options);  // out of bounds: traps
  };
  return {exports};
};

test('a trap becomes internal_error and a fresh instance takes over', async () => {
  const ws = await loadWhosaid();
  const text = '“We are very close to a deal,” President Ana Müller said.';
  const expected = JSON.stringify(ws.extract(text));
  assert.equal(instances, 1);

  armed = true;
  const failed = ws.extract(text);
  assert.equal(failed.error?.code, 'internal_error', JSON.stringify(failed));
  assert.match(failed.error.message, /out of bounds/);
  assert.equal(ws.extract(text).error?.code, 'engine_unavailable');

  let r;
  for (let waited = 0; waited < 5000; waited += 10) {
    await sleep(10);
    r = ws.extract(text);
    if (r.error?.code !== 'engine_unavailable') break;
  }
  assert.equal(instances, 2, 'one new instance');
  assert.equal(JSON.stringify(r), expected);
  assert.ok(ws.memoryStats().wasmMemoryBytes > 0);
});
