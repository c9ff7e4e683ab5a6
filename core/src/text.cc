#include "text.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace whosaid {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at in[i], or 0 if the bytes there are not one.
size_t valid_sequence_length(std::string_view in, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(in[k]); };
  const auto cont = [&](size_t k) { return k < in.size() && (byte(k) & 0xC0) == 0x80; };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// How many bytes starting at in[i], where no valid sequence starts, one U+FFFD replaces: the longest
// prefix of a valid sequence there ("maximal subpart"), at least one byte. This is what the WHATWG
// decoder of every browser does (and Python's "replace"), so offsets agree with a browser's reading of
// the same bytes: E2 82 41 is U+FFFD 'A', not U+FFFD U+FFFD 'A'.
size_t invalid_sequence_length(std::string_view in, size_t i) {
  const auto in_range = [&](size_t k, unsigned char lo, unsigned char hi) {
    return k < in.size() && static_cast<unsigned char>(in[k]) >= lo &&
           static_cast<unsigned char>(in[k]) <= hi;
  };
  unsigned char c = in[i];
  unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
  if (c == 0xE0) lo = 0xA0;
  else if (c == 0xED) hi = 0x9F;
  else if (c == 0xF0) lo = 0x90;
  else if (c == 0xF4) hi = 0x8F;
  if (c >= 0xE0 && c <= 0xEF) return in_range(i + 1, lo, hi) ? 2 : 1;
  if (c >= 0xF0 && c <= 0xF4) {
    if (!in_range(i + 1, lo, hi)) return 1;
    return in_range(i + 2, 0x80, 0xBF) ? 3 : 2;
  }
  return 1;  // a lone continuation byte, C0 C1 F5..FF, or C2..DF without its continuation
}

constexpr uint64_t kTopOfEachByte = 0x8080808080808080ull;

#if defined(__SSE2__)
__m128i load16(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
#endif

constexpr size_t kAsciiBlock = 64;

#if defined(__SSE2__)
// How many of the kAsciiBlock bytes at `p` are ASCII before the first that is not (all of them when all
// are). A block of ASCII alone, most of an English text's, is told by one test on the OR of its four
// vectors; in another, the first non-ASCII byte is found from a mask of all its bytes' top bits. With
// SSE2 (natively, and in the wasm build as wasm SIMD): the words of the version below had cost 45
// instructions a block natively (0.29M per pass over PolNeAR dev), and more in wasm.
size_t ascii_prefix(const char* p) {
  const __m128i a = load16(p), b = load16(p + 16), c = load16(p + 32), d = load16(p + 48);
  if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d))) == 0) return kAsciiBlock;
  const auto top_bits = [](__m128i v) { return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(v))); };
  const uint64_t non_ascii = top_bits(a) | top_bits(b) << 16 | top_bits(c) << 32 | top_bits(d) << 48;
  return static_cast<size_t>(__builtin_ctzll(non_ascii));
}
#else
// The top bits of the 8 bytes of `w` as 8 bits, byte k's at bit k: the multiply gathers them.
uint64_t gather_top_bits(uint64_t w) { return ((w & kTopOfEachByte) * 0x0002040810204081ull) >> 56; }

// How many of the kAsciiBlock bytes at `p` are ASCII before the first that is not (all of them when all
// are). A block of ASCII alone, most of an English text's, is told by one test on the OR of its words; in
// another, the first non-ASCII byte is found from a mask of all its bytes, with no test per word (testing
// 8 bytes at a time mispredicted: 43K mispredicts on dev x10, most of them there).
size_t ascii_prefix(const char* p) {
  uint64_t words[kAsciiBlock / 8], any = 0;
  for (size_t k = 0; k < kAsciiBlock / 8; ++k) {
    std::memcpy(&words[k], p + 8 * k, 8);
    any |= words[k];
  }
  if ((any & kTopOfEachByte) == 0) return kAsciiBlock;
  uint64_t non_ascii = 0;
  for (size_t k = 0; k < kAsciiBlock / 8; ++k) non_ascii |= gather_top_bits(words[k]) << (8 * k);
  return static_cast<size_t>(__builtin_ctzll(non_ascii));
}
#endif

// Index of the first byte that does not start a valid sequence, or in.size(). ASCII a block at a time,
// from a block that is not all ASCII straight to its first non-ASCII byte.
size_t first_invalid(std::string_view in) {
  size_t i = 0;
  while (i < in.size()) {
    if (i + kAsciiBlock <= in.size()) {
      const size_t ascii = ascii_prefix(in.data() + i);
      i += ascii;
      if (ascii == kAsciiBlock) continue;
    } else if (static_cast<unsigned char>(in[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = valid_sequence_length(in, i);
    if (n == 0) return i;
    i += n;
  }
  return i;
}

}  // namespace

std::string repair_utf8(std::string_view in, size_t* invalid) {
  *invalid = 0;
  size_t i = first_invalid(in);
  if (i == in.size()) return std::string();
  std::string out(in.substr(0, i));
  out.reserve(in.size() + 16);
  while (i < in.size()) {
    size_t n = valid_sequence_length(in, i);
    if (n == 0) {
      n = invalid_sequence_length(in, i);
      out += kReplacement;
      *invalid += n;
      i += n;
    } else {
      out.append(in.data() + i, n);
      i += n;
    }
  }
  return out;
}

bool holds_utf8_sequence(std::string_view in) {
  for (size_t i = 0; i < in.size(); ++i)
    if (static_cast<unsigned char>(in[i]) >= 0xC2 && valid_sequence_length(in, i) > 1) return true;
  return false;
}

std::string decode_windows_1252(std::string_view in) {
  // Bytes 80..9F; the five that Windows-1252 leaves undefined are their C1 controls, as in WHATWG's.
  static constexpr char16_t kHigh[32] = {
      0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
  std::string out;
  out.reserve(in.size() + in.size() / 4);
  for (char byte : in) {
    const unsigned char b = static_cast<unsigned char>(byte);
    append_utf8(b >= 0x80 && b < 0xA0 ? kHigh[b - 0x80] : b, &out);
  }
  return out;
}

char32_t decode_before(std::string_view s, size_t i, int* len) {
  if (i == 0) { *len = 0; return 0; }
  size_t k = i - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return decode_at(s, k, len);
}

std::vector<Paragraph> split_paragraphs(std::string_view text) {
  std::vector<Paragraph> out;
  size_t begin = 0;
  while (begin <= text.size()) {
    // An empty line, as between the paragraphs of most texts (half the lines of the dev text), is passed
    // without the call of memchr() and of trim_space() that a line takes (65K instructions a dev pass).
    if (begin < text.size() && text[begin] == '\n') {
      ++begin;
      continue;
    }
    size_t nl = text.find('\n', begin);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    size_t b = begin, e = end;
    trim_space(text, &b, &e);
    if (b < e) {
      // Written in place: pushed whole, the pair was stored on the stack as two halves and read back
      // in one load, which waits for both stores to retire (a store-forwarding stall).
      Paragraph& p = out.emplace_back();
      p.begin = static_cast<uint32_t>(b);
      p.end = static_cast<uint32_t>(e);
    }
    if (nl == std::string_view::npos) break;
    begin = nl + 1;
  }
  return out;
}

namespace {

// How many bytes of `w` have their top bit set, when no other bits are: a multiply sums them into the
// top byte (a portable popcount is a call into the runtime).
size_t count_top_bits(uint64_t w) { return static_cast<size_t>(((w >> 7) * 0x0101010101010101ull) >> 56); }

uint64_t load_word(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// The UTF-16 units (as utf16_units() counts them) of the `bytes` bytes of `w` whose top bit `selected`
// holds (0x80 or 0 in each byte). The shifts compare bits within a byte only, so unselected bytes do not
// disturb selected ones.
size_t word_units(uint64_t w, uint64_t selected, size_t bytes) {
  if ((w & selected) == 0) return bytes;                                       // all ASCII
  uint64_t continuation = w & ~(w << 1) & selected;                            // top bits 10
  uint64_t lead4 = w & (w << 1) & (w << 2) & (w << 3) & ~(w << 4) & selected;  // top bits 11110
  return bytes - count_top_bits(continuation) + count_top_bits(lead4);
}

// UTF-16 code units of the characters that start in bytes [p, p + n): one per byte that is not a
// continuation byte (10xxxxxx), two for a four-byte sequence's lead (11110xxx). Eight bytes at a time.
size_t utf16_units(const char* p, size_t n) {
  size_t units = 0, i = 0;
  for (; i + 8 <= n; i += 8) units += word_units(load_word(p + i), kTopOfEachByte, 8);
  for (; i < n; ++i) {
    unsigned char c = p[i];
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

constexpr size_t kBlockWords = 4;  // Utf16Index's blocks: kStride bytes, four words

#if defined(__SSE2__)
// With SSE2 (natively, and in the wasm build as wasm SIMD), a block that is not all ASCII is counted
// 16 bytes at a time, with no test per word (those had cost 60 instructions and a mispredicted branch
// or two a block).

// The UTF-16 units of each byte of `v`, 0 to 2: a unit per byte, none for a continuation byte
// (10xxxxxx, a signed byte below -64), two for the lead of a four-byte sequence (11110xxx, -16 to -9).
__m128i byte_units(__m128i v) {
  const __m128i continuation = _mm_cmpgt_epi8(_mm_set1_epi8(-64), v);
  const __m128i lead4 = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-17)), _mm_cmpgt_epi8(_mm_set1_epi8(-8), v));
  return _mm_sub_epi8(_mm_add_epi8(_mm_set1_epi8(1), continuation), lead4);  // a compare's true is -1
}

// The sum of the 16 bytes of `v`, each at most 4 here (two byte_units() added), by one psadbw (a sum
// per half). Wasm SIMD has no psadbw, and Emscripten's stand-in takes a dozen operations: there the two
// halves are added as numbers (at most 8 a byte, no carry between bytes) and their 8 bytes summed by a
// multiply into the top byte (at most 64).
size_t sum_bytes(__m128i v) {
#if defined(__EMSCRIPTEN__)
  const uint64_t halves = static_cast<uint64_t>(_mm_cvtsi128_si64(v) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(v, v)));
  return static_cast<size_t>((halves * 0x0101010101010101u) >> 56);
#else
  const __m128i sums = _mm_sad_epu8(v, _mm_setzero_si128());
  return static_cast<size_t>(_mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
#endif
}

// The UTF-16 units of a whole block at `p`, and whether its bytes are all ASCII: a block of ASCII
// alone, most of an English text's, is told by one test.
size_t block_units(const char* p, bool* all_ascii) {
  const __m128i first = load16(p), second = load16(p + 16);
  *all_ascii = _mm_movemask_epi8(_mm_or_si128(first, second)) == 0;
  if (*all_ascii) return 8 * kBlockWords;
  return sum_bytes(_mm_add_epi8(byte_units(first), byte_units(second)));
}

// The UTF-16 units of the characters that start in the first `n` bytes (n < kStride) of the whole
// block at `p`: its bytes from n on are masked off, by a compare of their indexes with n.
size_t block_units_before(const char* p, size_t n) {
  const __m128i index = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  const __m128i limit = _mm_set1_epi8(static_cast<char>(n));
  const __m128i first = _mm_and_si128(byte_units(load16(p)), _mm_cmpgt_epi8(limit, index));
  const __m128i second_limit = _mm_sub_epi8(limit, _mm_set1_epi8(16));  // the second half's indexes from 0
  const __m128i second = _mm_and_si128(byte_units(load16(p + 16)), _mm_cmpgt_epi8(second_limit, index));
  return sum_bytes(_mm_add_epi8(first, second));
}
#else
// kBefore[n][k]: the top bits of the bytes of word k of a block that come before its byte n. A table,
// not computed: from a computed mask, the compiler learned which words are masked off whole and
// skipped them with branches that mispredicted.
constexpr auto kBefore = [] {
  std::array<std::array<uint64_t, kBlockWords>, 8 * kBlockWords> before{};
  for (size_t n = 0; n < 8 * kBlockWords; ++n)
    for (size_t k = 0; k < kBlockWords; ++k)
      for (size_t b = 8 * k; b < n && b < 8 * k + 8; ++b) before[n][k] |= uint64_t{0x80} << (8 * (b - 8 * k));
  return before;
}();

// The UTF-16 units of a whole block of kBlockWords words at `p`, and whether its bytes are all ASCII: a
// block of ASCII alone, most of an English text's, is told by one test, not one per word.
size_t block_units(const char* p, bool* all_ascii) {
  uint64_t words[kBlockWords], any = 0;
  for (size_t k = 0; k < kBlockWords; ++k) any |= words[k] = load_word(p + 8 * k);
  *all_ascii = (any & kTopOfEachByte) == 0;
  if (*all_ascii) return 8 * kBlockWords;
  size_t units = 0;
  for (uint64_t w : words) units += word_units(w, kTopOfEachByte, 8);
  return units;
}

// The UTF-16 units of the characters that start in the first `n` bytes (n < kStride) of the whole
// block at `p`: counted from the block's words whole, each masked to its bytes before n, the same work
// at every n, with no branch on it (a loop that read up to n mispredicted its exit at most spans).
// Per byte, (x >> 7) is 0 or 1: the words' counts add up in their bytes before one multiply sums them.
size_t block_units_before(const char* p, size_t n) {
  uint64_t continuations = 0, leads4 = 0;
  for (size_t k = 0; k < kBlockWords; ++k) {
    const uint64_t w = load_word(p + 8 * k);
    const uint64_t selected = kBefore[n][k];
    continuations += (w & ~(w << 1) & selected) >> 7;                            // top bits 10
    leads4 += (w & (w << 1) & (w << 2) & (w << 3) & ~(w << 4) & selected) >> 7;  // top bits 11110
  }
  auto sum = [](uint64_t counts) { return static_cast<size_t>((counts * 0x0101010101010101ull) >> 56); };
  return n - sum(continuations) + sum(leads4);
}
#endif

// Utf16Index's constructor tells runs of kRunBlocks blocks of ASCII alone by one test (a run divides the
// 64 blocks of a bit word).
constexpr size_t kRunBlocks = 4;

// Whether the kRunBlocks whole blocks at `p` are all ASCII.
bool run_is_ascii(const char* p) {
#if defined(__SSE2__)
  __m128i any = load16(p);
  for (size_t i = 16; i < kRunBlocks * 8 * kBlockWords; i += 16) any = _mm_or_si128(any, load16(p + i));
  return _mm_movemask_epi8(any) == 0;
#else
  uint64_t any = 0;
  for (size_t i = 0; i < kRunBlocks * 8 * kBlockWords; i += 8) any |= load_word(p + i);
  return (any & kTopOfEachByte) == 0;
#endif
}

}  // namespace

// A block's bit says whether its bytes are all ASCII, told by their top bits. (Not by a unit per byte: a
// block that ends a four-byte character begun before it and begins another has as many units as bytes.)
Utf16Index::Utf16Index(std::string_view text) : text_(text) {
  const size_t whole = text.size() / kStride;  // the whole blocks; a last one may have fewer bytes
  checkpoints_.reset(new uint32_t[whole + 2]);  // sized once (no capacity test per block), not zero-filled
  ascii_blocks_.assign(whole / 64 + 1, 0);
  uint32_t units = 0;
  // Blocks a run at a time: a run of ASCII alone, most of an English text's, by one test and no count
  // (a test per block had cost 80K more instructions per pass on PolNeAR dev); the blocks of another
  // run one by one.
  for (size_t b = 0; b < whole; b += kRunBlocks) {
    const size_t run = std::min(kRunBlocks, whole - b);
    const char* p = text.data() + b * kStride;
    if (run == kRunBlocks && run_is_ascii(p)) {
      for (size_t k = 0; k < kRunBlocks; ++k) checkpoints_[b + k] = units + static_cast<uint32_t>(k * kStride);
      ascii_blocks_[b / 64] |= ((uint64_t{1} << kRunBlocks) - 1) << (b % 64);
      units += static_cast<uint32_t>(kRunBlocks * kStride);
      continue;
    }
    for (size_t k = 0; k < run; ++k) {
      checkpoints_[b + k] = units;
      bool all_ascii;
      units += static_cast<uint32_t>(block_units(p + k * kStride, &all_ascii));
      ascii_blocks_[(b + k) / 64] |= uint64_t{all_ascii} << ((b + k) % 64);
    }
  }
  checkpoints_[whole] = units;
  // For offsets in the last block, which is not whole (or at the very end, when every block is).
  checkpoints_[whole + 1] = units + static_cast<uint32_t>(utf16_units(text.data() + whole * kStride, text.size() % kStride));
}

// The checkpoint's units and those of the block's bytes before the offset, in a block that is not
// ASCII alone (to_utf16() does those, 88% of PolNeAR dev's blocks, without reading their bytes: their
// loads had cost a third of its instructions, and a cache miss at most calls on a long text). The
// text's last block, which kStride bytes may not fill, is counted byte by byte, others by
// block_units_before().
size_t Utf16Index::to_utf16_mixed(size_t byte_offset) const {
  static_assert(kStride == 8 * kBlockWords, "a block is kBlockWords words");
  const size_t block = byte_offset / kStride, begin = block * kStride, n = byte_offset - begin;
  if (begin + kStride > text_.size()) return checkpoints_[block] + utf16_units(text_.data() + begin, n);
  return checkpoints_[block] + block_units_before(text_.data() + begin, n);
}

void trim_space(std::string_view text, size_t* begin, size_t* end) {
  // Most spans (lines, quotes) begin and end with a printable ASCII byte: nothing to trim, told
  // without decoding a character at either end.
  const auto printable = [&](size_t k) { return text[k] > ' ' && text[k] < 0x7F; };
  if (*begin < *end && printable(*begin) && printable(*end - 1)) return;
  int len = 0;
  while (*begin < *end && is_space(decode_at(text, *begin, &len))) *begin += len;
  while (*end > *begin && is_space(decode_before(text, *end, &len))) *end -= len;
}

}  // namespace whosaid
