// Text primitives shared by every stage: UTF-8 decoding and repair, character classes, paragraphs, and
// the byte -> UTF-16 offset conversion used when a Result leaves the engine.
//
// Inside the engine every offset is a byte offset into valid UTF-8 (repair_utf8() guarantees that).
// Only the JSON boundary speaks UTF-16, through Utf16Index, which keeps one checkpoint per 32 bytes
// so that converting any offset costs a short scan (of one 32-byte block, none when the block is
// ASCII alone, as a bit per block tells) and the index itself stays small (1/8 of the input), whatever
// the input's size.
#ifndef WHOSAID_TEXT_H_
#define WHOSAID_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace whosaid {

// Returns a copy of `in` with the bytes that are not part of a valid UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF included) replaced by U+FFFD, one U+FFFD for each maximal
// subpart as browsers decode it, and counts the bytes replaced in *invalid. When `in` is already valid,
// returns an empty string and sets *invalid to 0, so that callers can skip the copy.
std::string repair_utf8(std::string_view in, size_t* invalid);

// Whether `in` holds one valid UTF-8 sequence of two bytes or more. A text with invalid bytes and not one
// such sequence is not UTF-8 at all: Latin-1 or Windows-1252, in which a byte is a character.
bool holds_utf8_sequence(std::string_view in);

// `in`, read as Windows-1252 (the superset of Latin-1 that browsers read for either label), in UTF-8.
// Every byte is one character of the BMP, so UTF-16 offsets in the result are byte offsets in `in`.
std::string decode_windows_1252(std::string_view in);

// Appends code point `c` to *out in UTF-8.
inline void append_utf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}


// Decodes the code point at byte `i` of valid UTF-8 and sets *len to its length in bytes.
inline char32_t decode_at(std::string_view s, size_t i, int* len) {
  unsigned char c = s[i];
  if (c < 0x80) { *len = 1; return c; }
  if (c < 0xE0) { *len = 2; return ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu); }
  if (c < 0xF0) {
    *len = 3;
    return ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
  }
  *len = 4;
  return ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
         (s[i + 3] & 0x3Fu);
}

// The code point that ends just before byte `i` (0 at the start of `s`), and its byte length.
char32_t decode_before(std::string_view s, size_t i, int* len);

// Character classes, as the quote and attribution stages need them. Inline: the tokenizer asks them
// of nearly every character.
// Whitespace, including no-break and zero-width spaces
inline bool is_space(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

// An ASCII letter, of either case: a byte of the text, where is_letter() takes a code point.
inline bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Letters of any script (approximate outside Latin/Greek/Cyrillic)
inline bool is_letter(char32_t c) {
  if (c < 0x80) return is_ascii_letter(static_cast<char>(c));
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0xC0 && c <= 0x24F) return true;    // Latin-1 and Latin Extended
  if (c >= 0x370 && c <= 0x52F) return true;   // Greek, Cyrillic
  if (c >= 0x1E00 && c <= 0x1FFF) return true; // Latin and Greek extended
  if (c >= 0x2000 && c <= 0x2BFF) return false; // punctuation and symbols
  if (c >= 0x3000 && c <= 0x303F) return false; // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF20) return false;
  if (c >= 0x1F000) return false;              // emoji and other symbols
  return c >= 0x530 && c != 0xFFFD;            // other scripts: take as letters
}

// Capital letters (Latin, Greek, Cyrillic)
inline bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 0;  // Latin Extended-A alternates upper, lower
  if (c >= 0x391 && c <= 0x3AB) return true;          // Greek
  if (c >= 0x400 && c <= 0x42F) return true;          // Cyrillic
  return false;
}

inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Whether word `w` is two or more bytes, all of them ASCII capitals or periods: "WASHINGTON", "U.S.".
inline bool is_in_capitals(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w)
    if (!(c >= 'A' && c <= 'Z') && c != '.') return false;
  return true;
}

// Whether the n bytes at `a` are those at `b`, n from 1 to 16: the first and the last Word-sized load of
// each (overlapping, or the same), compared without a branch. With `b` a string literal its loads are
// constants. (In the WebAssembly build clang compiles a compare of 3, 5, 6, 7 or 9 bytes, as
// std::string_view's == makes, to a call of memcmp(), which is no builtin there.)
template <size_t n>
inline bool same_bytes(const char* a, const char* b) {
  static_assert(n >= 1 && n <= 16, "1 to 16 bytes");
  if constexpr (n == 1) {
    return a[0] == b[0];
  } else {
    using Word = std::conditional_t<(n < 4), uint16_t, std::conditional_t<(n < 8), uint32_t, uint64_t>>;
    Word a0, a1, b0, b1;
    std::memcpy(&a0, a, sizeof(Word));
    std::memcpy(&a1, a + n - sizeof(Word), sizeof(Word));
    std::memcpy(&b0, b, sizeof(Word));
    std::memcpy(&b1, b + n - sizeof(Word), sizeof(Word));
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
}

// The 4 bytes at `p`, as the machine reads them.
inline uint32_t load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// The bytes of a word of 4 to 8 bytes as one word, by two loads of 4 that overlap (a byte in the overlap
// is in both halves): most words are that long, and holds_byte() then tests all their bytes at once,
// where a call of memchr() cost a word some twenty instructions or more.
inline uint64_t short_word_bytes(std::string_view w) {  // 4 <= w.size() <= 8
  return load32(w.data()) | uint64_t{load32(w.data() + w.size() - 4)} << 32;
}

// Whether a byte of `x` is `byte`: that byte becomes the zero byte that the well-known bit trick finds.
inline bool holds_byte(uint64_t x, unsigned char byte) {
  const uint64_t y = x ^ byte * 0x0101010101010101u;
  return ((y - 0x0101010101010101u) & ~y & 0x8080808080808080u) != 0;
}

// A word's size and first byte as one number, (size << 8) | byte.
inline uint64_t size_and_first_byte(std::string_view w) {
  return uint64_t{w.size()} << 8 | static_cast<unsigned char>(w[0]);
}

// w == literal. `w` is no empty word (every caller's is a token's): its size and first byte are
// compared first as one number (size_and_first_byte(), computed once for a chain of equals() on one
// word), one compare a literal, and only then its other bytes, by same_bytes(). A compare of the size
// first, as a branch of its own, mispredicted more than any other line of the engine (~35K times a
// dev pass: tokens of a literal's size are common, those that also begin with its byte are not): now
// 25K times less, for 0.5M instructions more.
template <size_t N>
inline bool equals(std::string_view w, const char (&literal)[N]) {
  constexpr uint64_t kSizeAndFirstByte = (N - 1) << 8;
  if (size_and_first_byte(w) != (kSizeAndFirstByte | static_cast<unsigned char>(literal[0]))) return false;
  if constexpr (N == 2) return true;
  return same_bytes<N - 1>(w.data(), literal);
}

// A word of up to 8 bytes as one number, its "short code": its bytes from the lowest (little-endian, as
// on every target), zero-padded, and for a word of fewer than 8 its size in the top byte; a longer word
// codes to all ones. Two words have the same code only when they are the same: a word of 8 bytes ends in
// no byte below 8, as no token does (tokens are words and marks), and no token has a byte 0xFF.
// For a loop that tests every token against a list of short words (ShortWordSet): the code of a token
// is one load and a mask, looked up with no branch, where a chain of equals() branches at each word.
struct ShortCodeMasks {
  uint64_t keep[10];  // by a word's size up to 9 (9: 9 or more), the bits of its bytes that it keeps
  uint64_t set[10];   // and those it sets: its size in the top byte, none for 8 bytes, all for more
  constexpr ShortCodeMasks() : keep(), set() {
    for (size_t n = 1; n <= 8; ++n) keep[n] = ~uint64_t{0} >> (64 - 8 * n);
    for (size_t n = 0; n < 8; ++n) set[n] = uint64_t{n} << 56;
    set[9] = ~uint64_t{0};
  }
};
inline constexpr ShortCodeMasks kShortCodeMasks;

// The short code of word `w` of a text that ends at `text_end`: one load of 8 bytes where the text has
// them, masked by a table by the word's size, with no branch on it.
inline uint64_t short_code(std::string_view w, const char* text_end) {
  const size_t n = w.size() < 9 ? w.size() : 9;
  uint64_t bytes = 0;
  if (text_end - w.data() >= 8) {
    std::memcpy(&bytes, w.data(), 8);
  } else {  // among the text's last bytes
    for (size_t k = 0; k < n && k < 8; ++k) bytes |= uint64_t{static_cast<unsigned char>(w[k])} << (8 * k);
  }
  return (bytes & kShortCodeMasks.keep[n]) | kShortCodeMasks.set[n];
}

// short_code() of a word of 1 to 8 bytes, when compiling.
constexpr uint64_t short_code_of(std::string_view word) {
  uint64_t code = word.size() < 8 ? uint64_t{word.size()} << 56 : 0;
  for (size_t k = 0; k < word.size(); ++k) code |= uint64_t{static_cast<unsigned char>(word[k])} << (8 * k);
  return code;
}
// A set of words of 1 to 8 bytes, made when the engine is compiled (short_word_set()), that tells whether
// a short code is one of them by a multiply, a load and a compare, with no branch: a table of 64 slots,
// each holding the code of the one word (if any) whose hash falls in it -- a hash without collisions
// among the set's words, found by trying seeds.
struct ShortWordSet {
  uint64_t slot_code[64];  // 0 where no word: no word codes to 0
  uint64_t seed;
  static constexpr size_t slot(uint64_t code, uint64_t seed) { return static_cast<size_t>((code * seed) >> 58); }
  bool holds(uint64_t code) const { return slot_code[slot(code, seed)] == code; }
};

// Not constexpr: short_word_set() of a word that is not short, or of words that no seed tried hashes
// apart, fails to compile.
inline void not_a_short_word() {}
inline void no_seed_hashes_the_short_words_apart() {}

template <size_t N>
constexpr ShortWordSet short_word_set(const std::string_view (&words)[N]) {
  static_assert(N <= 16, "a longer set needs more slots to hash without collisions");
  for (std::string_view w : words)
    if (w.empty() || w.size() > 8) not_a_short_word();
  for (uint64_t tried = 0; tried < 1000; ++tried) {
    ShortWordSet set{};
    set.seed = ((tried + 1) * 0x9E3779B97F4A7C15u ^ 0xD6E8FEB86659FD93u) | 1;  // odd, unrelated
    bool apart = true;
    for (size_t k = 0; k < N && apart; ++k) {
      uint64_t& slot = set.slot_code[ShortWordSet::slot(short_code_of(words[k]), set.seed)];
      apart = slot == 0;
      slot = short_code_of(words[k]);
    }
    if (apart) return set;
  }
  no_seed_hashes_the_short_words_apart();
  return {};
}

// Whether word `w` is a stem of two or more bytes and then `suffix`: "saying" and "ing", "said" and "id".
template <size_t N>
inline bool has_suffix(std::string_view w, const char (&suffix)[N]) {
  return w.size() >= N - 1 + 2 && same_bytes<N - 1>(w.data() + w.size() - (N - 1), suffix);
}

// Whether word `w` ends in a contracted "not": "didn't", "won’t" (a stem of two bytes or more).
inline bool ends_in_not(std::string_view w) { return has_suffix(w, "n't") || has_suffix(w, "n’t"); }

// - – — and friends.
inline bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

// ( [ {
inline bool is_open_punct(char32_t c) { return c == '(' || c == '[' || c == '{'; }

// . , ; : ! ? ) ] } …
inline bool is_close_punct(char32_t c) {
  switch (c) {
    case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '}':
    case 0x2026:  // …
      return true;
    default:
      return false;
  }
}

// [begin, end) byte ranges of the non-blank lines of `text`; '\n' separates paragraphs and a '\r'
// before it is left out of the paragraph.
struct Paragraph {
  uint32_t begin;  // byte offsets: 32 bits, as everywhere in the engine
  uint32_t end;
};
std::vector<Paragraph> split_paragraphs(std::string_view text);

// Converts byte offsets of a valid UTF-8 text to UTF-16 code unit offsets.
class Utf16Index {
 public:
  explicit Utf16Index(std::string_view text);
  // Inline for a block of ASCII alone, most of an English text's (a unit per byte: one test of its
  // bit); other blocks are counted out of line. (Inlined where a span's two offsets are converted, a
  // conversion takes 5-6 fewer instructions: the call's, and the index's fields loaded once.)
  size_t to_utf16(size_t byte_offset) const {
    if (byte_offset > text_.size()) byte_offset = text_.size();
    const size_t block = byte_offset / kStride;
    if ((ascii_blocks_[block / 64] >> (block % 64)) & 1) return checkpoints_[block] + byte_offset % kStride;
    return to_utf16_mixed(byte_offset);
  }

 private:
  size_t to_utf16_mixed(size_t byte_offset) const;

  static constexpr size_t kStride = 32;  // bytes: four words, which a lookup reads (see text.cc)
  std::string_view text_;
  std::unique_ptr<uint32_t[]> checkpoints_;  // UTF-16 offset of every kStride-th byte that starts a char
  std::vector<uint64_t> ascii_blocks_;  // a bit per whole block of kStride bytes: whether all are ASCII
};

// Trims whitespace from both ends of [*begin, *end) of `text`.
void trim_space(std::string_view text, size_t* begin, size_t* end);

}  // namespace whosaid

#endif  // WHOSAID_TEXT_H_
