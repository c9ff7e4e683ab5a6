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

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text.h"  // append_utf8()

namespace whosaid {
namespace json_scan_internal {

// Bytes that stand for themselves inside a string: ASCII, not a control character, not '"' or '\'.
inline constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

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
    return finite(s_.substr(start, pos_ - start));
  }

  // Whether a number's text (valid) rounds to a finite double, as strtod says, without strtod (8 KB of
  // wasm): its magnitude must be below 2^1024 - 2^970, halfway between DBL_MAX and 2^1024, which rounds
  // (to even) up to infinity. The number is 0.d1d2... x 10^e: finite when e < 309, infinite when e > 309,
  // else as its digits compare with those of that bound (309 of them, trailing zeros dropped).
  static bool finite(std::string_view number) {
    static constexpr std::string_view kBound =
        "1797693134862315807937289714053034150799341327100378269361737789804449682927647509466490179775872"
        "0709633028641669288791094655554785194040263065748867150582068190890200070838367627385484581771153"
        "1764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042"
        "880177904174497792";
    std::string digits;  // significant digits, from the first nonzero one
    int64_t e = 0;       // the decimal exponent, as above
    size_t i = number[0] == '-';
    bool after_point = false;
    for (; i < number.size() && number[i] != 'e' && number[i] != 'E'; ++i) {
      if (number[i] == '.') {
        after_point = true;
      } else if (!digits.empty() || number[i] != '0') {
        digits.push_back(number[i]);
        e += !after_point;
      } else {
        e -= after_point;  // a zero after the point, before any other digit
      }
    }
    if (digits.empty()) return true;  // zero
    if (i < number.size()) {  // the exponent: "e", a sign maybe, digits (counted up to a bound past need)
      bool negative = number[++i] == '-';
      if (number[i] == '-' || number[i] == '+') ++i;
      int64_t exponent = 0;
      for (; i < number.size(); ++i) exponent = std::min<int64_t>(exponent * 10 + (number[i] - '0'), int64_t{1} << 40);
      e += negative ? -exponent : exponent;
    }
    if (e != 309) return e < 309;
    while (digits.back() == '0') digits.pop_back();
    return std::string_view(digits) < kBound;
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
    if (out) append_utf8(c, out);
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
