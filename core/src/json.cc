// The Result JSON of DESIGN.md (version 1), written by hand: the output is small and regular, and a
// direct writer is several times faster than building a DOM first. It writes one line, with no state
// for commas or indents (Writer); the pretty form is made from that line (Indenter), as few callers ask
// for it. Input JSON (options) is read in options.cc, with json_scanner.h.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text.h"
#include "whosaid/whosaid.h"

// Forces a function inline where that pays for the native engine. The wasm build leaves it to the
// compiler: it writes JSON only as a fallback (wasm/binding.cc hands a Result over in a compact form
// of its own), and its module is 6 KB smaller so (0.5 KiB gzip).
#if defined(__EMSCRIPTEN__)
#define WHOSAID_JSON_INLINE inline
#else
#define WHOSAID_JSON_INLINE [[gnu::always_inline]] inline
#endif

namespace whosaid {

namespace {

// The bytes a JSON string escapes: the quotation mark, the backslash and the control characters.
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> needs{};
  for (int c = 0; c < 0x20; ++c) needs[c] = true;
  needs['"'] = needs['\\'] = true;
  return needs;
}();

// Nonzero when any of the eight bytes of `w` needs escaping (a control character, '"' or '\\'): a byte
// below 0x20 or equal to either mark makes a borrow into its top bit. (A borrow can also mark a byte
// above such a byte, never one below it: masking off the top bytes keeps the answer true.)
uint64_t escape_marks(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [&](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  return ((w - kOnes * 0x20) & ~w & kHigh) | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'));
}

// Copies 8 bytes from `from` to `to`: nonzero when any of them needs escaping.
uint64_t copy8_escape_marks(char* to, const char* from) {
  uint64_t w;
  std::memcpy(&w, from, 8);
  std::memcpy(to, &w, 8);
  return escape_marks(w);
}

// Copies 16 bytes from `from` to `to`: nonzero when any of them needs escaping. With SSE2 (natively, and
// in the wasm build as wasm SIMD), a compare per kind of byte covers all 16 at once: a third of the
// instructions of two words' tests.
uint64_t copy16_escape_marks(char* to, const char* from) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(to), v);
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);  // bytes up to 0x1F
  const __m128i marks = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                           _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
  return static_cast<uint64_t>(_mm_movemask_epi8(marks));
#else
  return copy8_escape_marks(to, from) | copy8_escape_marks(to + 8, from + 8);
#endif
}

// Copies the `n` bytes at `from` to `to`, which has room for n + 8 bytes, and tells whether any of them
// needs escaping: 16 bytes at a time, each block checked as it is copied, with no early exit. A string
// of 16 bytes or more ends with its last 16, overlapping the block before; one of 8 to 15 is two
// overlapping words; a shorter one is copied in two overlapping halves, then checked in the word it
// starts. (A call to memcpy, then a scan, mispredicted more, on the strings' varied sizes: ~3K times
// per pass on PolNeAR dev.)
WHOSAID_JSON_INLINE bool copy_needing_escape(char* to, const char* from, size_t n) {
  if (n >= 16) {
    uint64_t found = 0;
    for (size_t i = 0; i + 16 < n; i += 16) found |= copy16_escape_marks(to + i, from + i);
    return (found | copy16_escape_marks(to + n - 16, from + n - 16)) != 0;
  }
  if (n >= 8) return (copy8_escape_marks(to, from) | copy8_escape_marks(to + n - 8, from + n - 8)) != 0;
  if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, from, 4);
    std::memcpy(&tail, from + n - 4, 4);
    std::memcpy(to, &head, 4);
    std::memcpy(to + n - 4, &tail, 4);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
  uint64_t w;
  std::memcpy(&w, to, 8);
  const uint64_t first_n = (uint64_t{1} << (8 * n)) - 1;  // the word's first n bytes (little-endian)
  return (escape_marks(w) & first_n) != 0;
}

// The index of the first byte of s[i, s.size()) that needs escaping, or s.size(). Eight bytes at a time.
size_t next_escape(std::string_view s, size_t i) {
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (escape_marks(w)) break;
  }
  while (i < s.size() && !kNeedsEscape[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

// The eight decimal digits of `n` < 10^8, leading zeros included, as the numbers 0..9 in one byte
// each, the first digit in the lowest byte (the first in memory). All eight are split out at once, lane
// by lane: the halves (n / 10^4, n % 10^4) in 32 bits each, each half's hundreds in 16 bits, each
// hundred's tens in 8; a division of a lane is a multiplication and a shift (x * 10486 >> 20 is x / 100
// for x < 10^4, x * 103 >> 10 is x / 10 for x < 100, checked for every n), whose product stays within
// the lane.
uint64_t eight_digits(uint32_t n) {
  const uint64_t halves = (n / 10000) | (uint64_t{n % 10000} << 32);
  const uint64_t hundreds = (halves * 10486 >> 20) & 0x0000007F0000007Full;
  const uint64_t pairs = hundreds | ((halves - 100 * hundreds) << 16);
  const uint64_t tens = (pairs * 103 >> 10) & 0x000F000F000F000Full;
  return tens | ((pairs - 10 * tens) << 8);
}

// Writes the decimal digits of `n` < 10^8 at `p`, which has room for 8 bytes, and returns their end: the
// eight digits less their leading zeros (the zero bytes at the word's low end; 0 keeps its one digit),
// in one store. No loop and no branch on the digit count: 44 instructions a number on dev x10 (250,000
// numbers, most of 6 or 7 digits), where two digits per step from a table took 62.
char* write_digits(char* p, uint32_t n) {
  const uint64_t digits = eight_digits(n);
  const unsigned leading_zeros = static_cast<unsigned>(__builtin_ctzll(digits | (uint64_t{1} << 56))) / 8;
  const uint64_t text = (digits + 0x3030303030303030ull) >> (8 * leading_zeros);  // '0' is 0x30
  std::memcpy(p, &text, 8);
  return p + 8 - leading_zeros;
}

#if defined(__SSE2__)
// The texts of two numbers below 10^8, as write_digits() writes them: eight digits each, shifted past
// their leading zeros (the zero bytes at the word's low end; 0 keeps its one digit), and their sizes.
struct TwoNumbers {
  uint64_t text[2];
  unsigned size[2];
};

// `a` and `b` < 10^8 as TwoNumbers, both split at once, the lanes of eight_digits() in 16-bit lanes of
// one SSE2 vector (natively, and in the wasm build as wasm SIMD), a in the low half, b in the high:
// n / 10^4 by the multiply and shift that a compiler makes of it, x / 100 as (x * 5243) >> 19 for x <
// 10^4 and x / 10 as (x * 6554) >> 16 for x < 100 (checked for every n and x). For a span's offsets,
// a third of the JSON's numbers: 0.22M fewer instructions per pass over PolNeAR dev than two calls of
// write_digits().
TwoNumbers two_numbers(uint32_t a, uint32_t b) {
  const __m128i n = _mm_set_epi32(0, static_cast<int>(b), 0, static_cast<int>(a));
  const __m128i high = _mm_srli_epi64(_mm_mul_epu32(n, _mm_set1_epi32(static_cast<int>(0xD1B71759u))), 45);
  const __m128i low = _mm_sub_epi32(n, _mm_mul_epu32(high, _mm_set1_epi32(10000)));
  const __m128i halves = _mm_or_si128(high, _mm_slli_epi64(low, 32));  // n / 10^4, n % 10^4: 32 bits each
  const __m128i hundreds = _mm_srli_epi16(_mm_mulhi_epu16(halves, _mm_set1_epi32(5243)), 3);
  const __m128i remainders = _mm_sub_epi16(halves, _mm_mullo_epi16(hundreds, _mm_set1_epi16(100)));
  const __m128i pairs = _mm_or_si128(hundreds, _mm_slli_epi32(remainders, 16));  // below 100: 16 bits each
  const __m128i tens = _mm_mulhi_epu16(pairs, _mm_set1_epi16(6554));
  const __m128i ones = _mm_sub_epi16(pairs, _mm_mullo_epi16(tens, _mm_set1_epi16(10)));
  const __m128i digits = _mm_or_si128(tens, _mm_slli_epi16(ones, 8));  // a digit a byte
  const __m128i zeros = _mm_cmpeq_epi8(digits, _mm_setzero_si128());
  const unsigned nonzero = ~static_cast<unsigned>(_mm_movemask_epi8(zeros));
  const unsigned leading_zeros[2] = {static_cast<unsigned>(__builtin_ctz(nonzero | 0x80)),
                                     static_cast<unsigned>(__builtin_ctz((nonzero >> 8) | 0x80))};
  const __m128i text = _mm_add_epi8(digits, _mm_set1_epi8('0'));
  const uint64_t texts[2] = {static_cast<uint64_t>(_mm_cvtsi128_si64(text)),
                             static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(text, text)))};
  return {{texts[0] >> (8 * leading_zeros[0]), texts[1] >> (8 * leading_zeros[1])},
          {8 - leading_zeros[0], 8 - leading_zeros[1]}};
}
#endif

// The digits of the largest size_t.
constexpr size_t kMaxDigits = 20;

// Writes the decimal digits of `n` at `p`, which has room for kMaxDigits bytes, and returns their end:
// by write_digits() below 10^8, as offsets and ids are (an article of 100 MB), else by std::to_chars.
// Inlined where it is called: a call cost a sixth of a number's instructions more (measured).
[[gnu::always_inline]] inline char* write_number(char* p, size_t n) {
  return n < 100000000 ? write_digits(p, static_cast<uint32_t>(n)) : std::to_chars(p, p + kMaxDigits, n).ptr;
}

// The JSON text, written through a cursor into a string: each small piece costs a bounds check and a
// copy, not a call into std::string. For the Writer it is a buffer of kPiece bytes, handed to the sink
// whenever it is full: a Result of 80,000 quotes is 27 MB of JSON, which the CLI need not hold (and
// to_json() appends the pieces to its string). For the pretty form of to_json() the string starts at
// the expected size of the whole text and doubles when that is short (each regrowth copies what is
// written, and the zero-filled new string is resident memory at once).
// 64 KB, not 1 MB: a buffer that small stays in the cache and comes from the heap, where 1 MB was
// zero-filled and mapped afresh (256 page faults, ~0.6 ms of the CLI's start-up, measured). Nor is the
// piece zero-filled, as a string's resize() would: that had cost every call of to_json() and
// write_json() 64 KB of stores, a sixth of the instructions of extract() + to_json() on a 2 KB article
// (the CLI's --jsonl makes a call per article).
class Output {
 public:
  static constexpr size_t kPiece = 1 << 16;

  explicit Output(size_t expected, const JsonSink* sink = nullptr) : sink_(sink) {
    if (sink) {
      piece_.reset(new char[kPiece]);  // not value-initialised: no zero-fill
      use(piece_.get(), kPiece, 0);
    } else {
      out_.resize(expected);
      use(out_.data(), out_.size(), 0);
    }
  }

  void put(char c) {
    make_room(1);
    *at_++ = c;
  }
  void put(std::string_view s) {
    make_room(s.size());
    std::memcpy(at_, s.data(), s.size());
    at_ += s.size();
  }
  void put(size_t n, char c) {
    make_room(n);
    std::memset(at_, c, n);
    at_ += n;
  }
  // `a` then `b`, behind one bounds check.
  void put(std::string_view a, std::string_view b) {
    make_room(a.size() + b.size());
    std::memcpy(at_, a.data(), a.size());
    std::memcpy(at_ + a.size(), b.data(), b.size());
    at_ += a.size() + b.size();
  }
  // A cursor with room for `n` bytes, for a caller that writes several pieces behind one bounds check;
  // it hands back the end of what it wrote (advance_to()).
  char* room(size_t n) {
    make_room(n);
    return at_;
  }
  void advance_to(char* end) { at_ = end; }
  // What is written, without a sink.
  std::string take() {
    out_.resize(written());
    return std::move(out_);
  }
  // Hands what is written to the sink (write_json()).
  void flush() {
    if (written() > 0) (*sink_)(std::string_view(begin_, written()));
    at_ = begin_;
  }

 private:
  size_t written() const { return static_cast<size_t>(at_ - begin_); }
  void make_room(size_t n) {
    if (static_cast<size_t>(end_ - at_) < n) grow(n);
  }
  // With a sink, what is written goes to it, and the piece is made larger only for a write longer than
  // it; without one, the string doubles.
  void grow(size_t n) {
    const size_t size = static_cast<size_t>(end_ - begin_);
    if (sink_) {
      flush();
      if (size >= n) return;
      const size_t larger = std::max(2 * size, n + 256);
      piece_.reset(new char[larger]);
      use(piece_.get(), larger, 0);
    } else {
      const size_t used = written();
      out_.resize(std::max(2 * size, used + n + 256));
      use(out_.data(), out_.size(), used);
    }
  }
  // Writes from now on go to the `size` bytes at `begin`, after the `used` bytes written there.
  void use(char* begin, size_t size, size_t used) {
    begin_ = begin;
    at_ = begin + used;
    end_ = begin + size;
  }

  const JsonSink* sink_;
  std::string out_;                 // without a sink: the whole text
  std::unique_ptr<char[]> piece_;   // with a sink: the piece being written
  char* begin_;  // [begin_, at_) is written, [at_, end_) free
  char* at_;
  char* end_;
};

// A text of 16 bytes at most, kept in a fixed 16 bytes: it is written with a copy of a constant size, not
// a call to memcpy that branches on the size.
struct ShortText {
  static constexpr size_t kMax = 16;
  char bytes[kMax];
  size_t size;
};

// `s`, which must be kMax bytes at most.
ShortText short_text(std::string_view s) {
  ShortText t{};
  std::memcpy(t.bytes, s.data(), s.size());
  t.size = s.size();
  return t;
}

// The names of a kind enum (QuoteKind, SpeakerKind), each as a JSON string (ShortText), looked up by the
// kind's value: no call of the name function (a switch), no strlen() and no check for escapes, which
// these names never need.
template <class Kind, size_t kCount>
class KindNames {
 public:
  explicit KindNames(const char* (*name_of)(Kind)) {
    for (size_t k = 0; k < kCount; ++k) {
      const std::string name = std::string("\"") + name_of(static_cast<Kind>(k)) + '"';
      names_[k] = short_text(std::string_view(name).substr(0, ShortText::kMax));  // all fit: 14 bytes at most
    }
  }
  const ShortText& operator[](Kind kind) const { return names_[static_cast<size_t>(kind)]; }

 private:
  std::array<ShortText, kCount> names_{};
};

// The JSON on one line. Its commas are placed by the functions below, which know where each item
// goes: an object's first key opens it (first_key(): `{"k":`), the others follow a comma (key():
// `,"k":`), and an array's items after the first follow comma(). No state is kept to place them.
class Writer {
 public:
  explicit Writer(const JsonSink* sink) : out_(0, sink) {}

  // `k` is one of this file's literal keys: nothing in it needs escaping. Its size is a constant, so
  // that copying it takes a few moves, not a call.
  template <size_t N>
  void first_key(const char (&k)[N]) { put_key('{', k); }
  template <size_t N>
  void key(const char (&k)[N]) { put_key(',', k); }
  // The key `k` and the number `n`, behind one bounds check.
  template <size_t N>
  void first_key(const char (&k)[N], size_t n) { put_key_number('{', k, n); }
  void end_object() { out_.put('}'); }
  void begin_array() { out_.put('['); }
  void comma() { out_.put(','); }
  void end_array() { out_.put(']'); }

  // Writes `s` as a JSON string, quotes included. `s` must be valid UTF-8. (A run of no pieces; one
  // copy, out of line, for the few strings outside quotes and speakers.)
  [[gnu::noinline]] void string(std::string_view s) { out_.advance_to(string_in_run(out_.room(0), s)); }

  // A quote, `{"id":...,"confidence":c}`, and a speaker, `{"id":...,"quotes":[...]}`: most of the JSON.
  // Their keys, numbers, kinds and nulls are written through a cursor, behind one check of room per
  // run of them between strings, not one per piece (see string_in_run()), and a speaker's mentions and
  // quotes a chunk of them at a time (items_in_run()).
  void quote(const Quote& q);
  void speaker(const Speaker& s);

  void flush() { out_.flush(); }

 private:
  // The room a run of fixed pieces may take: the longest, from a quote's text to its mention's, is
  // `,"speaker":` and a number, `,"mention":`, then offsets and `,"text":` (117 bytes at most).
  static constexpr size_t kRun = 256;

  // Writes `s` as a JSON string at `p`, the cursor of a run, and hands back the cursor after it, with
  // room for the next run: the string's one check of room makes room for both. Most strings have
  // nothing to escape: they are copied with their marks in one piece, checked as they are copied.
  // That path is small, and inlined where each of a quote's and a speaker's strings is written (one
  // copy out of line took 51K more instructions and 2K more mispredicts per dev pass); the rare
  // escaping is out of line (measured on dev x10: 0.9M fewer instructions than one function for both).
  WHOSAID_JSON_INLINE char* string_in_run(char* p, std::string_view s) {
    out_.advance_to(p);
    p = out_.room(s.size() + 2 + 8 + kRun);
    *p = '"';
    if (!copy_needing_escape(p + 1, s.data(), s.size())) {
      p[s.size() + 1] = '"';
      return p + s.size() + 2;
    }
    escaped_string(s);
    return out_.room(kRun);
  }
  // A span, `{"start":a,"end":b,"text":"..."}`, or null, at `p`, the cursor of a run. (Inlined at each
  // of its two calls: one copy of it mispredicted the sizes of both mentions and cues.)
  WHOSAID_JSON_INLINE char* optional_span_in_run(char* p, const std::optional<Span>& s) {
    if (!s) return write_null(p);
    p = string_in_run(write_key(write_offsets(p, '{', s->start, s->end), ',', "text"), s->text);
    *p = '}';
    return p + 1;
  }
  // A confidence at `p`, the cursor of a run, by its text remembered (remembered_) or else made.
  char* number_in_run(char* p, double d);
  // Writes `count` items of an array at `p`, the cursor of a run, item i by write_item(p, i) in
  // `item_room` bytes at most, behind one check of room per kChunk items, and hands back the cursor
  // after them, with room for the next run.
  static constexpr size_t kChunk = 64;
  template <class WriteItem>
  char* items_in_run(char* p, size_t count, size_t item_room, WriteItem write_item) {
    for (size_t i = 0; i < count;) {
      const size_t end = std::min(count, i + kChunk);
      out_.advance_to(p);
      p = out_.room((end - i) * item_room + kRun);
      for (; i < end; ++i) p = write_item(p, i);
    }
    return p;
  }

  [[gnu::noinline]] void escaped_string(std::string_view s);

  // Each enum's last kind gives its count.
  using QuoteKindNames = KindNames<QuoteKind, static_cast<size_t>(QuoteKind::kIndirect) + 1>;
  using SpeakerKindNames = KindNames<SpeakerKind, static_cast<size_t>(SpeakerKind::kUnknown) + 1>;

  // Writes `t` at `p`, which has room for ShortText::kMax bytes; returns its end.
  static char* write_short(char* p, const ShortText& t) {
    std::memcpy(p, t.bytes, ShortText::kMax);
    return p + t.size;
  }
  static char* write_null(char* p) {
    std::memcpy(p, "null", 4);
    return p + 4;
  }

  // Writes `before`, then `k` as a key, at `p`, which has room for N + 3 bytes; returns their end.
  template <size_t N>
  static char* write_key(char* p, char before, const char (&k)[N]) {
    p[0] = before;
    p[1] = '"';
    std::memcpy(p + 2, k, N - 1);
    p[N + 1] = '"';
    p[N + 2] = ':';
    return p + N + 3;
  }
  template <size_t N>
  void put_key(char before, const char (&k)[N]) { out_.advance_to(write_key(out_.room(N + 3), before, k)); }
  template <size_t N>
  void put_key_number(char before, const char (&k)[N], size_t n) {
    out_.advance_to(write_number(write_key(out_.room(N + 3 + kMaxDigits), before, k), n));
  }
  // Writes `before`, then a span's offsets as `"start":a,"end":b` (a third of the JSON's numbers), at
  // `p`, which has room for kOffsetsRoom bytes; returns their end.
  static constexpr size_t kOffsetsRoom = 2 * (sizeof "start" + 3 + kMaxDigits);
  static char* write_offsets(char* p, char before, size_t start, size_t end) {
#if defined(__SSE2__)
    if (start < 100000000 && end < 100000000) {  // as offsets are (an article of 100 MB)
      const TwoNumbers n = two_numbers(static_cast<uint32_t>(start), static_cast<uint32_t>(end));
      p = write_key(p, before, "start");
      std::memcpy(p, &n.text[0], 8);
      p = write_key(p + n.size[0], ',', "end");
      std::memcpy(p, &n.text[1], 8);
      return p + n.size[1];
    }
#endif
    p = write_number(write_key(p, before, "start"), start);
    return write_number(write_key(p, ',', "end"), end);
  }

  // "%.2f" without trailing zeros: 0.90 -> 0.9, 1.00 -> 1.
  static std::string two_decimals(double d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", d);
    std::string s = buf;
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
  }

  Output out_;
  // number_in_run()'s texts, by their value's bits, in a table of kSlots looked up at the slot of the
  // bits' hash and the slots after it: most values are found at the first. (A list searched in order
  // ended its search at a varied place: ~1.7K mispredicts per pass on PolNeAR dev.) It holds kRemembered
  // values at most, so that it always has empty slots. A slot whose text is empty is empty.
  struct Remembered {
    uint64_t bits;
    ShortText text;
  };
  static constexpr size_t kRemembered = 16, kSlots = 64;
  static size_t slot_of(uint64_t bits) { return (bits * 0x9E3779B97F4A7C15u) >> 58; }  // 64 slots: 6 bits
  std::array<Remembered, kSlots> remembered_{};
  size_t remembered_count_ = 0;
};

// string()'s `s` when some of its bytes need escaping: runs of bytes that need none are appended whole.
void Writer::escaped_string(std::string_view s) {
  size_t i = next_escape(s, 0);
  out_.put('"');
  size_t run = 0;
  for (; i < s.size(); i = next_escape(s, i + 1)) {
    unsigned char c = s[i];
    out_.put(s.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': out_.put("\\\""); break;
      case '\\': out_.put("\\\\"); break;
      case '\n': out_.put("\\n"); break;
      case '\r': out_.put("\\r"); break;
      case '\t': out_.put("\\t"); break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out_.put(buf);
      }
    }
  }
  out_.put(s.substr(run));
  out_.put('"');
}

// Confidences take a few values (a rule's, times the pronoun penalty), and snprintf is slow: the
// first kRemembered distinct values are formatted once and looked up by their bits after that
// (remembered_).
char* Writer::number_in_run(char* p, double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  size_t slot = slot_of(bits);
  for (; remembered_[slot].text.size > 0; slot = (slot + 1) % kSlots)
    if (remembered_[slot].bits == bits) return write_short(p, remembered_[slot].text);
  std::string text = two_decimals(d);
  if (remembered_count_ < kRemembered && text.size() <= ShortText::kMax) {
    remembered_[slot] = {bits, short_text(text)};
    ++remembered_count_;
  }
  out_.advance_to(p);
  out_.put(text);
  return out_.room(kRun);
}

// The quote's runs: from its start to its text, to its mention's text, to its cue's text, to its end.
void Writer::quote(const Quote& q) {
  static const QuoteKindNames names{quote_kind_name};  // made once per process, not per Writer
  char* p = out_.room(kRun);
  p = write_number(write_key(p, '{', "id"), static_cast<size_t>(q.id));
  p = write_short(write_key(p, ',', "kind"), names[q.kind]);
  p = write_key(write_offsets(p, ',', q.span.start, q.span.end), ',', "text");
  p = write_key(string_in_run(p, q.span.text), ',', "speaker");
  p = q.speaker ? write_number(p, static_cast<size_t>(*q.speaker)) : write_null(p);
  p = optional_span_in_run(write_key(p, ',', "mention"), q.mention);
  p = optional_span_in_run(write_key(p, ',', "cue"), q.cue);
  p = number_in_run(write_key(p, ',', "confidence"), q.confidence);
  *p = '}';
  out_.advance_to(p + 1);
}

// The speaker's runs: from its start to its name, to its role, to each alias, to its mentions; then
// its mentions and its quotes, each item after a comma unless it is the first, with no branch on its
// place. (Item, comma and braces each behind its own check took 0.7M more instructions on dev x10.)
void Writer::speaker(const Speaker& s) {
  static const SpeakerKindNames names{speaker_kind_name};  // made once per process, not per Writer
  char* p = write_number(write_key(out_.room(kRun), '{', "id"), static_cast<size_t>(s.id));
  p = write_key(p, ',', "name");
  p = write_key(string_in_run(p, s.name), ',', "role");
  p = s.role ? string_in_run(p, *s.role) : write_null(p);
  p = write_key(write_short(write_key(p, ',', "kind"), names[s.kind]), ',', "aliases");
  *p++ = '[';
  for (size_t i = 0; i < s.aliases.size(); ++i) {
    *p = ',';
    p = string_in_run(p + (i > 0), s.aliases[i]);
  }
  *p++ = ']';
  p = write_key(p, ',', "mentions");
  *p++ = '[';
  p = items_in_run(p, s.mentions.size(), 2 + kOffsetsRoom, [&](char* q, size_t i) {
    *q = ',';
    q = write_offsets(q + (i > 0), '{', s.mentions[i].start, s.mentions[i].end);
    *q = '}';
    return q + 1;
  });
  *p++ = ']';
  p = write_key(p, ',', "quotes");
  *p++ = '[';
  p = items_in_run(p, s.quotes.size(), 1 + kMaxDigits, [&](char* q, size_t i) {
    *q = ',';
    return write_number(q + (i > 0), static_cast<size_t>(s.quotes[i]));
  });
  p[0] = ']';
  p[1] = '}';
  out_.advance_to(p + 2);
}

// The pretty JSON, made from the one-line JSON as it is written: outside strings, a newline and
// `indent` spaces per depth after each '{' or '[' that is not closed at once, after each ',' and before
// each closing mark, and a space after each ':'. It is fed in pieces (write_json()): its state carries
// over from one to the next.
class Indenter {
 public:
  Indenter(int indent, size_t expected, const JsonSink* sink = nullptr) : indent_(indent), out_(expected, sink) {}

  void feed(std::string_view json) {
    for (char c : json) {
      if (in_string_) {
        out_.put(c);
        if (escaped_) escaped_ = false;
        else if (c == '\\') escaped_ = true;
        else if (c == '"') in_string_ = false;
        continue;
      }
      if (opened_) {  // the mark before opened a container: it is empty, or its first item goes on a new line
        opened_ = false;
        if (c == '}' || c == ']') { out_.put(c); continue; }
        ++depth_;
        newline();
      }
      switch (c) {
        case '{': case '[': out_.put(c); opened_ = true; break;
        case '}': case ']': --depth_; newline(); out_.put(c); break;
        case ',': out_.put(c); newline(); break;
        case ':': out_.put(": "); break;
        case '"': out_.put(c); in_string_ = true; break;
        default: out_.put(c);
      }
    }
  }

  std::string take() { return out_.take(); }
  void flush() { out_.flush(); }

 private:
  void newline() {
    out_.put('\n');
    out_.put(static_cast<size_t>(depth_ * indent_), ' ');
  }

  int indent_;
  int depth_ = 0;
  bool in_string_ = false, escaped_ = false, opened_ = false;
  Output out_;
};

// Writes `items` as a JSON array, each by `write_item`.
template <class T, class WriteItem>
void write_array(Writer& w, const std::vector<T>& items, WriteItem write_item) {
  w.begin_array();
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) w.comma();
    write_item(items[i]);
  }
  w.end_array();
}

// Messages can quote what a caller passed in, and that may not be valid UTF-8 (parse_kinds("dir\xFF")
// says "unknown kind 'dir\xFF'"): they are repaired here, so that the JSON is always valid. Quote and
// speaker texts need no such care: they come from the engine's already repaired text.
std::string valid_utf8(const std::string& s) {
  size_t invalid = 0;
  std::string repaired = repair_utf8(s, &invalid);
  return invalid ? repaired : s;
}

void write_messages(Writer& w, const std::vector<Warning>& warnings) {
  w.key("warnings");
  write_array(w, warnings, [&](const Warning& m) {
    w.first_key("code"); w.string(valid_utf8(m.code));
    w.key("message"); w.string(valid_utf8(m.message));
    w.end_object();
  });
}

// A little over the size of the compact JSON: the text it copies, and per item its keys and numbers
// (as many as an article of 100 MB writes).
size_t expected_size(const Result& r) {
  size_t n = 256;
  for (const Quote& q : r.quotes) {
    n += 200 + q.span.text.size();
    if (q.mention) n += q.mention->text.size();
    if (q.cue) n += q.cue->text.size();
  }
  for (const Speaker& s : r.speakers) {
    n += 100 + s.name.size() + (s.role ? s.role->size() : 0) + 40 * s.mentions.size() + 12 * s.quotes.size();
    for (const std::string& a : s.aliases) n += 4 + a.size();
  }
  return n;
}

void write(Writer& w, const Result& result) {
  w.first_key("version", static_cast<size_t>(kResultVersion));
  if (!result.ok()) {
    w.key("error");
    w.first_key("code"); w.string(error_code_name(result.error.code));
    w.key("message"); w.string(valid_utf8(result.error.message));
    w.end_object();
  } else {
    w.key("quotes");
    write_array(w, result.quotes, [&](const Quote& q) { w.quote(q); });
    w.key("speakers");
    write_array(w, result.speakers, [&](const Speaker& s) { w.speaker(s); });
  }
  if (!result.warnings.empty()) write_messages(w, result.warnings);
  w.end_object();
}

}  // namespace

std::string to_json(const Result& result, int indent) {
  // Written as write_json() writes it, a piece of Output::kPiece bytes at a time, onto a string reserved
  // at the expected size: a string of that size (resize()) was zero-filled first, ~1% of the time on
  // the 10 MB seed text, whose JSON is 22 MB.
  std::string json;
  json.reserve(expected_size(result));
  write_json(result, [&](std::string_view piece) { json.append(piece); });
  if (indent < 0) return json;
  Indenter pretty(indent, 2 * json.size());
  pretty.feed(json);
  return pretty.take();
}

void write_json(const Result& result, const JsonSink& sink, int indent) {
  if (indent < 0) {
    Writer w(&sink);
    write(w, result);
    w.flush();
    return;
  }
  Indenter pretty(indent, 0, &sink);
  const JsonSink to_pretty = [&](std::string_view piece) { pretty.feed(piece); };
  Writer w(&to_pretty);
  write(w, result);
  w.flush();
  pretty.flush();
}

}  // namespace whosaid
