// whosaid.mjs: the engine in JavaScript, for the extension's background, pages, workers and Node.
//
//   import createWhosaid from './whosaid.mjs';
//   const ws = await createWhosaid();                  // Node: createWhosaid({wasmBinary: bytes})
//   const r = ws.extract(text, {kinds: ['direct']});   // a Result object (DESIGN.md, version 1)
//   if (r.error) console.warn(r.error.code, r.error.message);
//   ws.version                                         // the engine's version, e.g. "0.1.0"
//   ws.memoryStats()                                   // {wasmMemoryBytes, heapInUseBytes}
//
// extract(text, options) takes a JS string and returns the Result JSON as an object, with offsets in UTF-16
// code units of `text` (JavaScript string indices), straight from the engine. `options` is optional:
// {kinds: ['direct', 'mixed', 'indirect'], max_input_bytes: N, max_quotes: N, typewriter_quotes: bool}; the
// engine checks it, so unknown keys and bad values come back as an "invalid_options" error.
//
// Errors are values: extract() never throws. Besides the engine's own codes ("input_too_large",
// "invalid_options") it can answer:
//   "invalid_input"       text is not a string
//   "out_of_memory"       the wasm memory could not hold the input or the result
//   "internal_error"      the engine trapped (a bug, or memory ran out inside it): the instance is
//                         discarded and a fresh one started from the compiled module; or the JS side
//                         failed (a string too long to encode), which keeps the instance
//   "engine_unavailable"  asked while that fresh instance is still starting (a few milliseconds)
//
// How it works. The text is written into wasm memory as UTF-8 with TextEncoder, which turns a lone
// surrogate into U+FFFD: one UTF-16 unit for one, so the engine's offsets still index the caller's string.
// The C ABI (binding.cc) returns a malloc'd Result in a compact form (numbers, and one UTF-8 block for
// names and roles) from which readResult() builds the objects, the texts of quotes, mentions and cues cut
// from the caller's string (so a Result keeps that string alive); an error comes as its code and message.
// Every buffer is freed before extract() returns, so memory stays flat over any number of calls.
// This module compiles the .wasm itself (from `wasmBinary`, or fetched from `wasmUrl`, by default
// whosaid-engine.wasm beside this file) and hands it to the Emscripten glue through its instantiateWasm
// hook: keeping the compiled module is what lets it replace a trapped instance quickly.
//
// Where it runs: pages, workers, MV3 module service workers (no eval, no dynamic import, no top-level
// await, no XHR: the glue is built with -sENVIRONMENT=web,worker -sDYNAMIC_EXECUTION=0) and Node 20, which
// must pass `wasmBinary` (the glue's own loading does not work there). A service worker must not await at
// top level: start createWhosaid() at boot, keep the promise, and await it inside event handlers.
import createWhosaidEngine from './whosaid-engine.mjs';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The text is encoded straight into wasm memory (encodeInto), into a buffer of 3 bytes per unit (the most
// one unit can take in UTF-8) up to this many UTF-16 units; a longer text gets a buffer a quarter larger
// than itself, which holds the UTF-8 of a text in a Latin script (English: 1.03 bytes per unit), and only a
// text that does not fit is encoded first, so that its buffer is exact. In place is faster: on the 10 MB
// seed text 8 ms against 21 ms for encode() and copying the bytes in (5% of a call).
const ENCODE_IN_PLACE_MAX_UNITS = 1 << 20;

function errorResult(code, message) {
  return {version: 1, error: {code, message}};
}

async function compileWasm(wasmBinary, wasmUrl) {
  if (wasmBinary) return WebAssembly.compile(wasmBinary);
  const url = new URL(wasmUrl ?? 'whosaid-engine.wasm', import.meta.url);
  if (url.protocol === 'file:')  // Node's fetch cannot read files
    throw new Error(`whosaid: cannot fetch ${url}; in Node pass {wasmBinary: <bytes of that file>}`);
  if (WebAssembly.compileStreaming) {
    try {
      return await WebAssembly.compileStreaming(fetch(url));
    } catch {
      // A server that does not send application/wasm: fall back to compiling the bytes.
    }
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`whosaid: cannot fetch ${url}: HTTP ${response.status}`);
  return WebAssembly.compile(await response.arrayBuffer());
}

// Runs the Emscripten glue on an already compiled module; resolves to the instance's exports once the
// runtime (static constructors included) is up.
function instantiate(compiled) {
  return new Promise((resolve, reject) => {
    let exports;
    createWhosaidEngine({
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(compiled, imports).then((instance) => {
          exports = instance.exports;
          receive(instance, compiled);
        }).catch(reject);
        return {};  // tells the glue that instantiation is asynchronous
      },
      onAbort: (what) => reject(new Error(`whosaid: the engine aborted at start: ${what}`)),
      print() {},  // the engine prints nothing; keep stray output of the C library out of consoles
      printErr() {},
    }).then(() => {
      exports.whosaid_prepare();  // the lexicons and patterns, here rather than in the first extract()
      resolve(exports);
    }, reject);
  });
}

// The Result that whosaid_extract() answered at `ptr` (binding.cc): an error, or the compact form, whose
// objects are built here with their keys in the JSON's order. `source` is the caller's text, with lone
// surrogates read as U+FFFD as TextEncoder gave them to the engine: the texts of quotes, mentions and cues
// are cut from it, so they share its storage.
function readResult(buffer, ptr, source) {
  const head = new Uint32Array(buffer, ptr, 3);
  if (head[0] === 2) {
    const bytes = new Uint8Array(buffer, ptr + 12, head[1] + head[2]);
    return errorResult(decoder.decode(bytes.subarray(0, head[1])), decoder.decode(bytes.subarray(head[1])));
  }
  const w = new Int32Array(buffer, ptr + 12, head[1]);
  const strings = decoder.decode(new Uint8Array(buffer, ptr + 12 + 4 * head[1], head[2]));
  // w[0] is the Result version, w[1] the index of the kinds' names, read first: one string for each kind
  // rather than one per quote (4% fewer instructions for this function on a long text, collector's included).
  let i = w[1];
  const string = () => {
    const start = w[i];
    const end = w[i + 1];
    i += 2;
    return start < 0 ? null : strings.slice(start, end);
  };
  // The texts of cues and mentions repeat ("said", "he"): the engine numbers them, the same text the same
  // number (binding.cc), and each number's text is cut once and shared. A short slice is a copy in V8
  // (where it shares a longer one's storage): on the 10 MB seed text that spares 140K live copies, and the
  // collector's work on them.
  const texts = [];
  const span = () => {
    const number = w[i++];
    if (number === 0) return null;
    const start = w[i];
    const end = w[i + 1];
    i += 2;
    return {start, end, text: (texts[number - 1] ??= source.slice(start, end))};
  };
  const kinds = new Array(w[i++]);
  for (let k = 0; k < kinds.length; k++) kinds[k] = string();
  i = 2;
  const quotes = new Array(w[i++]);
  for (let q = 0; q < quotes.length; q++) {
    const id = w[i++];
    const kind = kinds[w[i++]];
    const start = w[i];
    const end = w[i + 1];
    const speaker = w[i + 2];
    i += 3;
    const mention = span();
    const cue = span();
    quotes[q] = {id, kind, start, end, text: source.slice(start, end), speaker: speaker < 0 ? null : speaker,
                 mention, cue, confidence: w[i++] / 100};
  }
  const speakers = new Array(w[i++]);
  for (let s = 0; s < speakers.length; s++) {
    const id = w[i++];
    const name = string();
    const role = string();
    const kind = kinds[w[i++]];
    const aliases = new Array(w[i++]);
    for (let a = 0; a < aliases.length; a++) aliases[a] = string();
    const mentions = new Array(w[i++]);
    for (let m = 0; m < mentions.length; m++, i += 2) mentions[m] = {start: w[i], end: w[i + 1]};
    const quoteIds = new Array(w[i++]);
    for (let q = 0; q < quoteIds.length; q++) quoteIds[q] = w[i++];
    speakers[s] = {id, name, role, kind, aliases, mentions, quotes: quoteIds};
  }
  const result = {version: w[0], quotes, speakers};
  const warnings = new Array(w[i++]);  // the JSON has "warnings" only when there are some
  for (let k = 0; k < warnings.length; k++) warnings[k] = {code: string(), message: string()};
  if (warnings.length > 0) result.warnings = warnings;
  return result;
}

// `text` with each lone surrogate replaced by U+FFFD, as TextEncoder encodes it.
function wellFormed(text) {
  if (text.isWellFormed ? text.isWellFormed() : !LONE_SURROGATE.test(text)) return text;
  return text.toWellFormed ? text.toWellFormed() : text.replace(LONE_SURROGATE_ALL, '\uFFFD');
}
const LONE_SURROGATE = /\p{Surrogate}/u;
const LONE_SURROGATE_ALL = /\p{Surrogate}/gu;

// Reads the NUL-terminated UTF-8 string at `ptr`.
function readCString(memory, ptr) {
  const heap = new Uint8Array(memory.buffer);
  const end = heap.indexOf(0, ptr);
  return decoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
}

class Whosaid {
  #compiled;
  #exports = null;   // of the live instance; null after a trap until the replacement is ready
  #starting = null;  // the promise of that replacement

  constructor(compiled, exports) {
    this.#compiled = compiled;
    this.#exports = exports;
    this.version = readCString(exports.memory, exports.whosaid_version());
  }

  extract(text, options) {
    if (typeof text !== 'string') return errorResult('invalid_input', 'text must be a string');
    let optionsJson = null;
    if (options !== undefined && options !== null) {
      try {
        optionsJson = JSON.stringify(options);
      } catch (e) {
        return errorResult('invalid_options', `options cannot be serialised to JSON: ${e.message}`);
      }
      if (typeof optionsJson !== 'string')
        return errorResult('invalid_options', 'options must be a JSON object');
    }
    const ex = this.#exports;
    if (!ex) {
      this.#restart();
      return errorResult('engine_unavailable',
                         'the engine is restarting after an internal error; try again shortly');
    }
    try {
      return this.#call(ex, text, optionsJson);
    } catch (e) {
      return errorResult('internal_error', `the engine failed: ${e?.message ?? e}`);
    }
  }

  // The size of the wasm memory (it grows, never shrinks) and the bytes malloc'd in it and not freed: for
  // diagnostics and for the tests that prove calls do not leak. Zeros while the engine is restarting.
  memoryStats() {
    const ex = this.#exports;
    if (!ex) return {wasmMemoryBytes: 0, heapInUseBytes: 0};
    return {wasmMemoryBytes: ex.memory.buffer.byteLength, heapInUseBytes: ex.whosaid_heap_in_use()};
  }

  // Writes the inputs into wasm memory, runs the engine and reads its answer, freeing everything it
  // allocated. Calls into wasm go through wasm(): anything thrown there (a trap, Emscripten's abort, a
  // stack overflow) leaves the instance in an unknown state, so it is dropped, nothing more is freed in
  // it, and a fresh one is started. Errors of the JS side (encoding, parsing) keep the instance.
  #call(ex, text, optionsJson) {
    const wasm = (fn, ...args) => {
      try {
        return fn(...args);
      } catch (e) {
        if (this.#exports === ex) {
          this.#exports = null;
          this.#restart();
        }
        throw e;
      }
    };
    let textPtr = 0;
    let optionsPtr = 0;
    let resultPtr = 0;
    try {
      const capacity = text.length <= ENCODE_IN_PLACE_MAX_UNITS ? text.length * 3 + 1
                                                                : text.length + (text.length >> 2) + 1;
      textPtr = wasm(ex.malloc, capacity);
      if (!textPtr) return errorResult('out_of_memory', 'no wasm memory for the input text');
      // Views are taken after every malloc: memory growth replaces the buffer.
      const {read, written} = encoder.encodeInto(text, new Uint8Array(ex.memory.buffer, textPtr, capacity));
      let length = written;
      if (read < text.length) {  // a long text with much non-Latin script: encoded first, then copied
        wasm(ex.free, textPtr);
        textPtr = 0;
        const bytes = encoder.encode(text);
        length = bytes.length;
        textPtr = wasm(ex.malloc, length + 1);
        if (!textPtr) return errorResult('out_of_memory', 'no wasm memory for the input text');
        new Uint8Array(ex.memory.buffer, textPtr, length).set(bytes);
      }
      if (optionsJson !== null) {
        const bytes = encoder.encode(optionsJson);
        optionsPtr = wasm(ex.malloc, bytes.length + 1);
        if (!optionsPtr) return errorResult('out_of_memory', 'no wasm memory for the options');
        const view = new Uint8Array(ex.memory.buffer, optionsPtr, bytes.length + 1);
        view.set(bytes);
        view[bytes.length] = 0;
      }
      resultPtr = wasm(ex.whosaid_extract, textPtr, length, optionsPtr);
      if (!resultPtr) return errorResult('out_of_memory', 'no wasm memory for the result');
      // TextEncoder wrote U+FFFD for each lone surrogate: without one, the text is well-formed as it is.
      // Asking the engine (a SIMD scan of the UTF-8) is cheaper than text.isWellFormed() (2.7% of a call).
      const source = wasm(ex.whosaid_has_replacement_character, textPtr, length) ? wellFormed(text) : text;
      return readResult(ex.memory.buffer, resultPtr, source);
    } finally {
      if (this.#exports === ex) {
        if (resultPtr) wasm(ex.whosaid_free, resultPtr);
        if (optionsPtr) wasm(ex.free, optionsPtr);
        if (textPtr) wasm(ex.free, textPtr);
      }
    }
  }

  #restart() {
    this.#starting ??= instantiate(this.#compiled).then(
      (exports) => { this.#exports = exports; this.#starting = null; },
      () => { this.#starting = null; });  // tried again on the next call
  }
}

// Creates an engine. `wasmBinary` (bytes of whosaid-engine.wasm) is required in Node; in browsers the
// .wasm is fetched from `wasmUrl` (absolute, or relative to this module), by default beside this module.
export default async function createWhosaid({wasmBinary, wasmUrl} = {}) {
  const compiled = await compileWasm(wasmBinary, wasmUrl);
  return new Whosaid(compiled, await instantiate(compiled));
}

export {createWhosaid};
