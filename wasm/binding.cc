// The engine's C ABI for WebAssembly: what whosaid.mjs calls, and nothing else.
//
//   uint32_t* out = (uint32_t*)whosaid_extract(utf8, len, options_json);  // options_json may be NULL
//   ...read the Result: compact (out[0] == 1) or an error (out[0] == 2), as below...
//   whosaid_free(out);
//   whosaid_heap_in_use();  // bytes malloc'd and not yet freed: lets tests prove that calls do not leak
//   whosaid_prepare();      // builds the lexicons and patterns now rather than in the first call
//   whosaid_has_replacement_character(utf8, len);  // whether the text holds U+FFFD (whosaid.mjs says why)
//
// whosaid_extract() always answers with a Result (version 1, DESIGN.md): bad options and inputs that are
// too large come back as its "error", never as a trap. It returns NULL only when memory runs out. The
// answer is malloc'd, a sequence of little-endian 32-bit words, in one of two forms:
//
//   error     2, c, m, then the c bytes of the error's code and the m bytes of its message (UTF-8):
//             the Result {"version": 1, "error": {"code", "message"}}.
//   compact   1, w, b, then w int32 words and b bytes of UTF-8 strings:
//               the Result version;
//               the index of the word K below;
//               Q, then Q times: id, kind, start, end, speaker (-1: none), mention, cue, confidence;
//               S, then S times: id, name, role, kind, A, A aliases, M, M times start end, N, N quote ids;
//               W, then W times: a warning's code and message;
//               K, then K times: the name of a kind (of quote or speaker)
//             where a kind is its index in those K names (whosaid.mjs makes one string per kind, not one
//             per quote); mention and cue are 0 (null) or n start end, n >= 1 the number of their text
//             (the same number, the same text: see text_number()); a name, role (or -1: null), alias
//             or kind's name is a string: the start and end of it in the decoded strings, in UTF-16 units;
//             and confidence is the JSON's "%.2f" value in hundredths (JSON.parse("0.63") === 63 / 100:
//             both are the double nearest 0.63). The texts of quotes, mentions and cues are not sent:
//             they are the caller's text between start and end.
//
// The compact form is what whosaid.mjs reads for every Result that is no error: building the objects
// from it skips writing, decoding and parsing JSON, which was a third of a call's time in Node (and
// two fifths on a long text with a warning, too_many_quotes, when warnings still took the JSON form).
// The module has no JSON writer at all (errors too once came as JSON): it and the printf it called were
// 3.7 KB of the gzipped module.
// Everything is compiled with -fno-exceptions: nothing here or in the engine throws.
#include <malloc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "whosaid/whosaid.h"

namespace {

// The UTF-16 length of valid UTF-8: one unit per lead byte, two for a four-byte sequence.
size_t utf16_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += ((c & 0xC0) != 0x80) + (c >= 0xF0);
  return n;
}

class Compact {
 public:
  // Writes `r`, a Result with no error. (Its warnings are the engine's, in valid UTF-8: ASCII.)
  void write(const whosaid::Result& r) {
    words_.reserve(3 + r.quotes.size() * 14 + r.speakers.size() * 16);
    put(whosaid::kResultVersion);
    const size_t kinds_at = words_.size();
    put(0);  // set below
    put(r.quotes.size());
    for (const whosaid::Quote& q : r.quotes) {
      put(q.id);
      kind(whosaid::quote_kind_name(q.kind));
      put(q.span.start);
      put(q.span.end);
      words_.push_back(q.speaker ? *q.speaker : -1);
      span(q.mention);
      span(q.cue);
      words_.push_back(hundredths(q.confidence));
    }
    put(r.speakers.size());
    for (const whosaid::Speaker& s : r.speakers) {
      put(s.id);
      string(s.name);
      if (s.role) string(*s.role); else words_.insert(words_.end(), {-1, -1});
      kind(whosaid::speaker_kind_name(s.kind));
      put(s.aliases.size());
      for (const std::string& a : s.aliases) string(a);
      put(s.mentions.size());
      for (const whosaid::Span& m : s.mentions) { put(m.start); put(m.end); }
      put(s.quotes.size());
      for (int q : s.quotes) put(q);
    }
    put(r.warnings.size());
    for (const whosaid::Warning& w : r.warnings) {
      string(w.code);
      string(w.message);
    }
    words_[kinds_at] = static_cast<int32_t>(words_.size());
    put(kinds_.size());
    for (const char* name : kinds_) string(name);
  }

  const std::vector<int32_t>& words() const { return words_; }
  const std::string& strings() const { return strings_; }

 private:
  void put(size_t n) { words_.push_back(static_cast<int32_t>(n)); }  // offsets and counts: < 2^31

  void span(const std::optional<whosaid::Span>& s) {
    if (!s) { words_.push_back(0); return; }
    words_.insert(words_.end(), {text_number(s->text), static_cast<int32_t>(s->start), static_cast<int32_t>(s->end)});
  }

  // A number (from 1) for the text of a mention or cue, the same as an earlier one's when it is found
  // among those of the last few texts seen (a direct-mapped table, by size and outer bytes): whosaid.mjs
  // cuts each number's text from the caller's string once and shares it. Those texts repeat ("said",
  // "Trump"), and JS, to tell so itself, had to read the caller's string at every span, out of its
  // cache after the engine's pass: on the 10 MB seed text that was a third of readResult()'s time.
  int32_t text_number(std::string_view s) {
    const size_t h = s.empty() ? 0 : s.size() * 31 + static_cast<unsigned char>(s[0]) * 7 +
                                     static_cast<unsigned char>(s.back());
    Numbered& slot = numbered_[h % kNumberedSlots];
    if (slot.number == 0 || slot.text.size() != s.size() || !same_bytes(slot.text.data(), s.data(), s.size()))
      slot = {s, ++texts_numbered_};
    return slot.number;
  }

  // Whether the n bytes at `a` are those at `b`: 4 to 16 of them by two loads of each that overlap,
  // others by memcmp() (a call here: wasm has no builtin one, and most texts are 4 to 16 bytes).
  static bool same_bytes(const char* a, const char* b, size_t n) {
    if (n - 4 > 12) return std::memcmp(a, b, n) == 0;
    if (n <= 8)
      return ((load<uint32_t>(a) ^ load<uint32_t>(b)) | (load<uint32_t>(a + n - 4) ^ load<uint32_t>(b + n - 4))) == 0;
    return ((load<uint64_t>(a) ^ load<uint64_t>(b)) | (load<uint64_t>(a + n - 8) ^ load<uint64_t>(b + n - 8))) == 0;
  }

  template <typename T>
  static T load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }

  void string(std::string_view s) {
    put(strings_units_);
    strings_units_ += utf16_length(s);
    put(strings_units_);
    strings_.append(s);
  }

  // A kind's name (static) as its index in kinds_.
  void kind(const char* name) {
    size_t k = 0;
    while (k < kinds_.size() && kinds_[k] != name) ++k;
    if (k == kinds_.size()) kinds_.push_back(name);
    put(k);
  }

  // The value the JSON writer gives confidence `d` ("%.2f", trailing zeros dropped), as hundredths: d *
  // 100 rounded to the nearest integer, ties to even, as printf rounds, but computed exactly from the bits
  // of `d`, so that the module carries no printf (8 KB of code). Confidences lie in [0, 1]; anything
  // else, which the engine never gives, is 0.
  static int32_t hundredths(double d) {
    if (!(d > 0 && d < 1e6)) return 0;
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    const int exponent = static_cast<int>((bits >> 52) & 0x7FF);
    uint64_t mantissa = bits & ((uint64_t{1} << 52) - 1);
    if (exponent != 0) mantissa |= uint64_t{1} << 52;
    // d = mantissa / 2^shift, and shift >= 33 since d < 1e6 < 2^20.
    const int shift = 1075 - (exponent == 0 ? 1 : exponent);
    const uint64_t n = mantissa * 100;  // < 2^60
    if (shift >= 64) return 0;          // n / 2^shift < 2^60 / 2^64: rounds to 0
    const uint64_t q = n >> shift, r = n & ((uint64_t{1} << shift) - 1), half = uint64_t{1} << (shift - 1);
    return static_cast<int32_t>(q + (r > half || (r == half && (q & 1))));
  }

  std::vector<int32_t> words_;
  std::string strings_;
  size_t strings_units_ = 0;
  std::vector<const char*> kinds_;  // the names of the kinds used so far, each once
  struct Numbered {
    std::string_view text;
    int32_t number = 0;  // 0: an empty slot
  };
  static constexpr size_t kNumberedSlots = 256;
  Numbered numbered_[kNumberedSlots];
  int32_t texts_numbered_ = 0;
};

// The answer block: `header` words, then `words`, then `bytes` and a NUL. NULL when memory runs out.
char* answer(std::initializer_list<uint32_t> header, const std::vector<int32_t>& words,
             std::string_view bytes) {
  size_t size = 4 * (header.size() + words.size()) + bytes.size() + 1;
  char* out = static_cast<char*>(std::malloc(size));
  if (!out) return nullptr;
  char* p = out;
  for (uint32_t h : header) { std::memcpy(p, &h, 4); p += 4; }  // wasm is little-endian
  if (!words.empty()) std::memcpy(p, words.data(), 4 * words.size());
  p += 4 * words.size();
  std::memcpy(p, bytes.data(), bytes.size());
  p[bytes.size()] = '\0';
  return out;
}

}  // namespace

extern "C" {

char* whosaid_extract(const char* utf8, size_t len, const char* options_json) {
  whosaid::Options options;
  whosaid::Result result;
  if (options_json) result.error = whosaid::parse_options(options_json, &options);
  if (result.ok()) result = whosaid::extract(std::string_view(utf8 ? utf8 : "", utf8 ? len : 0), options);
  if (!result.ok()) {
    const std::string_view code = whosaid::error_code_name(result.error.code);
    return answer({2, static_cast<uint32_t>(code.size()), static_cast<uint32_t>(result.error.message.size())}, {},
                  std::string(code) + result.error.message);
  }
  Compact compact;
  compact.write(result);  // sizes below 2^32: they fit the wasm32 memory
  return answer({1, static_cast<uint32_t>(compact.words().size()), static_cast<uint32_t>(compact.strings().size())},
                compact.words(), compact.strings());
}

void whosaid_free(char* p) { std::free(p); }

const char* whosaid_version() { return whosaid::version(); }

void whosaid_prepare() { whosaid::prepare(); }

int whosaid_has_replacement_character(const char* utf8, size_t len) {
  return std::string_view(utf8, len).find("\xEF\xBF\xBD") != std::string_view::npos;
}

size_t whosaid_heap_in_use() { return static_cast<size_t>(mallinfo().uordblks); }

}  // extern "C"
