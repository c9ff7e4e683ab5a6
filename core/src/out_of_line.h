// WHOSAID_OUT_OF_LINE: a function that a hot loop calls only now and then, kept out of that loop in the
// WebAssembly build (natively it expands to nothing and the compiler decides as before).
//
// Why: a browser's WebAssembly engine (V8) runs each function first in its baseline tier, charges it for
// every loop iteration by the size of the loop's code, and past a budget recompiles it with its
// optimising tier on a background thread, in time that grows faster than the function's size. Inlined
// rare paths made a few scanning loops kilobytes long: they tiered up within the first extract() and
// their recompilation competed with that call for the cores. Kept apart, the loops stay small, and the
// rare paths are compiled (and recompiled) only as far as they run.
#ifndef WHOSAID_OUT_OF_LINE_H_
#define WHOSAID_OUT_OF_LINE_H_

#if defined(__EMSCRIPTEN__)
#define WHOSAID_OUT_OF_LINE [[gnu::noinline]]
#else
#define WHOSAID_OUT_OF_LINE
#endif

// WHOSAID_INLINE_IN_WASM: a small function that the WebAssembly build must inline where clang would
// not, because a call there passes its std::string_view or std::initializer_list arguments through
// memory, built on the caller's stack before every call (natively: nothing, GCC inlines it already).
#if defined(__EMSCRIPTEN__)
#define WHOSAID_INLINE_IN_WASM [[gnu::always_inline]]
#else
#define WHOSAID_INLINE_IN_WASM
#endif

#endif  // WHOSAID_OUT_OF_LINE_H_
