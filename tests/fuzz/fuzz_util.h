// Helpers shared by the fuzzers: a check that stops the run with a message, and reference conversions
// written independently of the engine's text.cc, so that the fuzzers compare two implementations.
#ifndef WHOSAID_FUZZ_UTIL_H_
#define WHOSAID_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

// Like assert(), but never compiled out: a broken invariant is a finding, so it must crash the fuzzer.
#define FUZZ_CHECK(cond)                                                              \
  do {                                                                                \
    if (!(cond)) {                                                                    \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                   \
    }                                                                                 \
  } while (0)

namespace fuzz {

inline void append_utf16(std::u16string* out, char32_t cp) {
  if (cp < 0x10000) {
    out->push_back(static_cast<char16_t>(cp));
  } else {
    cp -= 0x10000;
    out->push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
    out->push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
  }
}

// What a browser's TextDecoder("utf-8") makes of `bytes`: the decoder of the WHATWG Encoding Standard,
// section 9.1.1, step by step (one U+FFFD per maximal invalid subpart).
inline std::u16string decode_like_browser(std::string_view bytes) {
  std::u16string out;
  char32_t cp = 0;
  int needed = 0, seen = 0;
  unsigned char lower = 0x80, upper = 0xBF;
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char b = bytes[i];
    if (needed == 0) {
      if (b <= 0x7F) {
        out.push_back(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) lower = 0xA0;
        if (b == 0xED) upper = 0x9F;
        needed = 2;
        cp = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) lower = 0x90;
        if (b == 0xF4) upper = 0x8F;
        needed = 3;
        cp = b & 0x7;
      } else {
        out.push_back(0xFFFD);
      }
      continue;
    }
    if (b < lower || b > upper) {  // error: the byte goes back to the stream
      cp = 0;
      needed = seen = 0;
      lower = 0x80;
      upper = 0xBF;
      out.push_back(0xFFFD);
      --i;
      continue;
    }
    lower = 0x80;
    upper = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    if (++seen == needed) {
      append_utf16(&out, cp);
      cp = 0;
      needed = seen = 0;
    }
  }
  if (needed) out.push_back(0xFFFD);
  return out;
}

// `s` as UTF-16 when it is valid UTF-8; sets *ok to false otherwise.
inline std::u16string utf8_to_utf16(std::string_view s, bool* ok) {
  std::u16string out = decode_like_browser(s);
  *ok = true;
  // Valid UTF-8 is exactly what decodes without a replacement that was not already in the text.
  size_t replacements_in_text = 0;
  for (size_t i = 0; i + 2 < s.size(); ++i)
    replacements_in_text += s.compare(i, 3, "\xEF\xBF\xBD") == 0;
  size_t replacements_out = 0;
  for (char16_t c : out) replacements_out += c == 0xFFFD;
  if (replacements_out != replacements_in_text) *ok = false;
  return out;
}

// What a browser's TextDecoder("windows-1252") makes of `bytes` (the WHATWG index: bytes 80..9F as
// below, the rest as Latin-1).
inline std::u16string decode_windows_1252(std::string_view bytes) {
  const std::u16string high =
      u"\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
      u"\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
  std::u16string out;
  for (unsigned char b : bytes) out.push_back(b >= 0x80 && b <= 0x9F ? high[b - 0x80] : b);
  return out;
}

// The text the engine reads in `bytes` (whosaid.h): UTF-8 as a browser decodes it, unless it has invalid
// bytes and not one character beyond ASCII decoded from a valid sequence; then Windows-1252.
inline std::u16string decode_like_engine(std::string_view bytes) {
  bool valid = false;
  std::u16string utf8 = utf8_to_utf16(bytes, &valid);
  if (valid) return utf8;
  bool beyond_ascii = bytes.find("\xEF\xBF\xBD") != std::string_view::npos;  // a U+FFFD of the text's own
  for (char16_t c : utf8) beyond_ascii = beyond_ascii || (c >= 0x80 && c != 0xFFFD);
  return beyond_ascii ? utf8 : decode_windows_1252(bytes);
}

}  // namespace fuzz

#endif  // WHOSAID_FUZZ_UTIL_H_
