// memchr, memcmp and memcpy for the wasm build, in place of Emscripten's libc ones (the linker takes
// these and never pulls those from libc.a). The engine calls them many times per article on short
// ranges: std::string_view's find() (markup.cc looks for the next '.' or '/'), word comparisons in the
// lexicons, std::string's appends. Emscripten's memchr (musl's) aligns byte by byte, then reads 4-byte
// words; its memcmp compares byte by byte; its memcpy aligns, copies 4-byte words and calls out to
// JavaScript above 512 bytes. Natively glibc's take 16 or 32 bytes at a time. Here memchr and memcpy
// take 16 bytes at a time with wasm SIMD, and memcmp 8 (an i64 is one native register) or 4, with no
// alignment step: wasm loads may be unaligned.
// In Node's profile of extract() on the dev text memchr was the engine's top function (6%), memcpy 2.4%.
// Instructions per dev pass in Node 20 (cachegrind, 15 passes minus 5; repeats vary by about 5%):
// Emscripten's 131.8/131.4M; 8-byte memchr and memcmp 123.0M; memchr with SIMD 117.1/125.7/117.4M;
// then, with whosaid.mjs's U+FFFD check, memcpy with SIMD: 112.8/107.9/116.2M -> 107.1/101.8M.
// SIMD (simd128) is used here and in the engine, without autovectorisation (core/CMakeLists.txt):
// every browser the extension supports has it (Chrome 91+, Firefox 89+; extension/manifest.json asks
// for Chrome 121 and Firefox 142). Compiling the whole engine with -msimd128 and autovectorisation was
// slower (121.5M: the autovectorised loops are short) and 15 KB bigger.
#include <wasm_simd128.h>

#include <cstddef>
#include <cstdint>

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighs = kOnes << 7;

uint64_t load8(const unsigned char* p) {
  uint64_t w;
  __builtin_memcpy(&w, p, 8);  // one unaligned i64.load
  return w;
}

void store8(unsigned char* p, uint64_t w) { __builtin_memcpy(p, &w, 8); }

uint32_t load4(const unsigned char* p) {
  uint32_t w;
  __builtin_memcpy(&w, p, 4);
  return w;
}

void store4(unsigned char* p, uint32_t w) { __builtin_memcpy(p, &w, 4); }

// The index of the first zero byte of `w` (little-endian), or 8 when there is none. The borrow of the
// subtraction can mark bytes above a zero byte falsely, never below it, so the lowest mark is exact.
unsigned first_zero_byte(uint64_t w) {
  const uint64_t marks = (w - kOnes) & ~w & kHighs;
  return marks ? static_cast<unsigned>(__builtin_ctzll(marks)) / 8 : 8;
}

}  // namespace

extern "C" {

void* memchr(const void* src, int c, size_t n) {
  const unsigned char* s = static_cast<const unsigned char*>(src);
  const unsigned char byte = static_cast<unsigned char>(c);
  const v128_t bytes = wasm_i8x16_splat(static_cast<int8_t>(byte));
  for (; n >= 16; s += 16, n -= 16) {
    const uint32_t found = wasm_i8x16_bitmask(wasm_i8x16_eq(wasm_v128_load(s), bytes));
    if (found) return const_cast<unsigned char*>(s + __builtin_ctz(found));
  }
  const uint64_t pattern = kOnes * byte;
  for (; n >= 8; s += 8, n -= 8) {
    const unsigned at = first_zero_byte(load8(s) ^ pattern);
    if (at < 8) return const_cast<unsigned char*>(s + at);
  }
  for (; n > 0; ++s, --n)
    if (*s == byte) return const_cast<unsigned char*>(s);
  return nullptr;
}

// The last bytes are copied by one load and store that overlap the ones before (they write the same
// bytes again), not one by one.
void* memcpy(void* __restrict dst, const void* __restrict src, size_t n) {
  unsigned char* d = static_cast<unsigned char*>(dst);
  const unsigned char* s = static_cast<const unsigned char*>(src);
  if (n >= 16) {
    for (size_t k = 0; k + 16 < n; k += 16) wasm_v128_store(d + k, wasm_v128_load(s + k));
    wasm_v128_store(d + n - 16, wasm_v128_load(s + n - 16));
  } else if (n >= 8) {
    store8(d, load8(s));
    store8(d + n - 8, load8(s + n - 8));
  } else if (n >= 4) {
    store4(d, load4(s));
    store4(d + n - 4, load4(s + n - 4));
  } else {
    for (size_t k = 0; k < n; ++k) d[k] = s[k];
  }
  return dst;
}

// Most calls compare a word with a literal of its size (std::string_view's ==): 2 to 7 bytes. Those of
// 4 bytes or more are read as two 4-byte loads that overlap, as are the last 8 bytes of a longer range,
// rather than byte by byte. The first byte that differs is found in the XOR of two loads (little-endian:
// its lowest set byte).
int memcmp(const void* a, const void* b, size_t n) {
  const unsigned char* l = static_cast<const unsigned char*>(a);
  const unsigned char* r = static_cast<const unsigned char*>(b);
  if (n < 4) {
    for (; n > 0; ++l, ++r, --n)
      if (*l != *r) return *l - *r;
    return 0;
  }
  if (n < 8) {
    uint32_t diff = load4(l) ^ load4(r);
    if (!diff) {
      l += n - 4, r += n - 4;
      diff = load4(l) ^ load4(r);
      if (!diff) return 0;
    }
    const unsigned at = static_cast<unsigned>(__builtin_ctz(diff)) / 8;
    return l[at] - r[at];
  }
  for (size_t k = 0;; k += 8) {
    if (k + 8 > n) k = n - 8;  // the last 8 bytes, overlapping those compared before
    const uint64_t diff = load8(l + k) ^ load8(r + k);
    if (diff) {
      const unsigned at = static_cast<unsigned>(k + __builtin_ctzll(diff) / 8);
      return l[at] - r[at];
    }
    if (k + 8 == n) return 0;
  }
}

}  // extern "C"
