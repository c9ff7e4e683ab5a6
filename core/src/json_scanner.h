// A validating JSON reader that builds nothing: what the CLI reads of a JSON Lines line (../../cli/json_scan.h)
// and the options parser (options.cc) read with it.
//
//   - every value is checked as RFC 8259 JSON, just as strictly as nlohmann/json's parser checks it
//     (UTF-8 well-formed, escapes and surrogate pairs valid, numbers finite, nothing after the value but
//     a NUL byte and what follows it), so an input is judged valid or not exactly as by nlohmann/json;
//   - a top-level object's members are handed to the caller one by one, key decoded; what the caller
//     does not read itself is skipped, building nothing; runs of plain bytes in strings are taken at once;
//   - nesting is followed with an explicit stack, never by recursion: hostile depth costs a byte each.
#ifndef WHOSAID_JSON_SCANNER_H_
#define WHOSAID_JSON_SCANNER_H_

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {
namespace json_scan_internal {

// Bytes that stand for themselves inside a string: ASCII, not a control character, not '"' or '\'.
inline constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

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

}  // namespace json_scan_internal

class JsonScanner {
 public:
  enum class Shape { kInvalid, kNotObject, kObject };

  explicit JsonScanner(std::string_view s) : s_(s) {}

  // Reads the whole input as one value; a UTF-8 byte order mark before it is skipped. When the value is
  // an object, calls on_member(key, *this) for each member, in order, with its key decoded and the
  // scanner before its value, which on_member reads (value(), string() or its own reading) or refuses
  // by returning false.
  template <class OnMember>
  Shape read(OnMember on_member) {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    space();
    bool object = peek() == '{';
    if (object ? !members(on_member) : !value()) return Shape::kInvalid;
    space();
    if (pos_ != s_.size() && s_[pos_] != '\0') return Shape::kInvalid;  // nlohmann/json reads a NUL as the input's end
    return object ? Shape::kObject : Shape::kNotObject;
  }

  int peek() const { return pos_ < s_.size() ? static_cast<unsigned char>(s_[pos_]) : -1; }
  size_t pos() const { return pos_; }
  std::string_view input() const { return s_; }

  bool eat(char c) {
    if (peek() != static_cast<unsigned char>(c)) return false;
    ++pos_;
    return true;
  }
  void space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }

  // Any value, checked and skipped. Containers are followed with a stack of their open brackets.
  bool value() {
    std::vector<char> open;
    for (;;) {
      space();
      bool ended = false;  // a value has just ended
      if (peek() == '{' || peek() == '[') {
        char bracket = s_[pos_++];
        space();
        if (eat(bracket == '{' ? '}' : ']')) {
          ended = true;
        } else {
          open.push_back(bracket);
          if (bracket == '{' && !member_name()) return false;
        }
      } else {
        if (!scalar()) return false;
        ended = true;
      }
      while (ended) {
        if (open.empty()) return true;
        space();
        if (eat(',')) {
          if (open.back() == '{' && !member_name()) return false;
          ended = false;
        } else if (eat(open.back() == '{' ? '}' : ']')) {
          open.pop_back();
        } else {
          return false;
        }
      }
    }
  }

  // A string; decoded into `out` unless it is null. Runs of plain bytes are taken at once.
  bool string(std::string* out) {
    if (!eat('"')) return false;
    for (;;) {
      size_t run = pos_;
      while (run < s_.size() && json_scan_internal::kPlain[static_cast<unsigned char>(s_[run])]) ++run;
      if (out) out->append(s_, pos_, run - pos_);
      pos_ = run;
      int c = peek();
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c == '\\') {
        if (!escape(out)) return false;
      } else if (c >= 0x80) {
        size_t len = utf8_length();
        if (!len) return false;
        if (out) out->append(s_, pos_, len);
        pos_ += len;
      } else {
        return false;  // a control character, or the end of the line
      }
    }
  }

 private:
  template <class OnMember>
  bool members(OnMember& on_member) {
    ++pos_;  // '{'
    space();
    if (eat('}')) return true;
    std::string key;
    for (;;) {
      key.clear();
      if (!string(&key)) return false;
      space();
      if (!eat(':')) return false;
      space();
      if (!on_member(static_cast<const std::string&>(key), *this)) return false;
      space();
      if (eat(',')) {
        space();
        continue;
      }
      return eat('}');
    }
  }

  // `"name" :` before a member's value.
  bool member_name() {
    space();
    if (!string(nullptr)) return false;
    space();
    return eat(':');
  }

  bool scalar() {
    switch (peek()) {
      case '"': return string(nullptr);
      case 't': return literal("true");
      case 'f': return literal("false");
      case 'n': return literal("null");
      default: return number();
    }
  }

  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  size_t digits() {
    size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ - start;
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, and finite: nlohmann/json refuses "1e999".
  bool number() {
    size_t start = pos_;
    eat('-');
    if (!eat('0') && !(peek() >= '1' && peek() <= '9' && digits())) return false;
    bool fraction = eat('.'), exponent = false;
    if (fraction && !digits()) return false;
    if (eat('e') || eat('E')) {
      exponent = true;
      if (!eat('+')) eat('-');
      if (!digits()) return false;
    }
    if (!fraction && !exponent && pos_ - start < 300) return true;  // an integer, or a double if too long
    std::string text(s_.substr(start, pos_ - start));
    return std::isfinite(std::strtod(text.c_str(), nullptr));
  }

  // The length of the well-formed UTF-8 sequence at pos_ (a byte >= 0x80), or 0 (Unicode table 3-7).
  size_t utf8_length() const {
    auto byte = [&](size_t k) -> unsigned { return pos_ + k < s_.size() ? static_cast<unsigned char>(s_[pos_ + k]) : 0; };
    auto tail = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return byte(k) >= lo && byte(k) <= hi; };
    unsigned b = byte(0);
    if (b >= 0xC2 && b <= 0xDF) return tail(1) ? 2 : 0;
    if (b == 0xE0) return tail(1, 0xA0) && tail(2) ? 3 : 0;
    if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) return tail(1) && tail(2) ? 3 : 0;
    if (b == 0xED) return tail(1, 0x80, 0x9F) && tail(2) ? 3 : 0;  // no surrogates
    if (b == 0xF0) return tail(1, 0x90) && tail(2) && tail(3) ? 4 : 0;
    if (b >= 0xF1 && b <= 0xF3) return tail(1) && tail(2) && tail(3) ? 4 : 0;
    if (b == 0xF4) return tail(1, 0x80, 0x8F) && tail(2) && tail(3) ? 4 : 0;
    return 0;
  }

  bool escape(std::string* out) {
    ++pos_;  // '\'
    int c = peek();
    ++pos_;
    char plain = 0;
    switch (c) {
      case '"': plain = '"'; break;
      case '\\': plain = '\\'; break;
      case '/': plain = '/'; break;
      case 'b': plain = '\b'; break;
      case 'f': plain = '\f'; break;
      case 'n': plain = '\n'; break;
      case 'r': plain = '\r'; break;
      case 't': plain = '\t'; break;
      case 'u': return unicode_escape(out);
      default: return false;
    }
    if (out) out->push_back(plain);
    return true;
  }

  // After "\u": four hex digits, and a second escape for the low half of a surrogate pair.
  bool unicode_escape(std::string* out) {
    int high = hex4();
    if (high < 0 || (high >= 0xDC00 && high <= 0xDFFF)) return false;
    char32_t c = static_cast<char32_t>(high);
    if (high >= 0xD800 && high <= 0xDBFF) {
      if (!eat('\\') || !eat('u')) return false;
      int low = hex4();
      if (low < 0xDC00 || low > 0xDFFF) return false;
      c = 0x10000 + ((static_cast<char32_t>(high) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
    }
    if (out) json_scan_internal::append_utf8(c, out);
    return true;
  }

  int hex4() {
    if (pos_ + 4 > s_.size()) return -1;
    int v = 0;
    for (int k = 0; k < 4; ++k) {
      char h = s_[pos_++];
      int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace whosaid

#endif  // WHOSAID_JSON_SCANNER_H_
