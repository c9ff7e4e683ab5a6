#include "markup.h"

#include <re2/re2.h>

#include <algorithm>

namespace whosaid {

namespace {

// One alternative per kind of markup; RE2 tries them leftmost-first at each position.
constexpr char kMarkup[] =
    "(https?://[^\\s<>\"“”]+"               // web addresses
    "|www\\.[^\\s<>\"“”]+"
    "|pic\\.twitter\\.com/[^\\s<>\"“”]*"
    "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"  // e-mail addresses
    "|@\\w{2,}"                              // handles
    "|#\\w{2,}"                              // hashtags
    "|</?[A-Za-z][^<>\\n]{0,300}>)";         // tags

const RE2& markup_pattern() {
  static const RE2* re = new RE2(kMarkup);  // never destroyed: used until the process exits
  return *re;
}

// No markup crosses a line ('\n' is excluded from every alternative), and each holds one of these:
// lines without any, most of an article's, are left to RE2 not at all.
bool may_hold_markup(std::string_view line) {
  for (std::string_view needle : {"@", "#", "<", "://", "www.", "pic.twitter.com/"})
    if (line.find(needle) != std::string_view::npos) return true;  // memchr for the first byte: fast
  return false;
}

}  // namespace

std::vector<ByteSpan> find_markup(std::string_view text) {
  std::vector<ByteSpan> out;
  const RE2& re = markup_pattern();
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  for (size_t line = 0; line < text.size();) {
    size_t line_end = std::min(text.find('\n', line), text.size());
    size_t pos = may_hold_markup(text.substr(line, line_end - line)) ? line : line_end;
    while (pos < line_end && re.Match(input, pos, line_end, RE2::UNANCHORED, &match, 1)) {
      size_t begin = static_cast<size_t>(match.data() - text.data());
      size_t end = begin + match.size();
      out.push_back({begin, end});
      pos = end > begin ? end : begin + 1;
    }
    line = line_end + 1;
  }
  return out;
}

}  // namespace whosaid
