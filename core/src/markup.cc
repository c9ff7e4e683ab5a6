#include "markup.h"

#include <re2/re2.h>

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

}  // namespace

std::vector<ByteSpan> find_markup(std::string_view text) {
  std::vector<ByteSpan> out;
  const RE2& re = markup_pattern();
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    size_t begin = static_cast<size_t>(match.data() - text.data());
    size_t end = begin + match.size();
    out.push_back({begin, end});
    pos = end > begin ? end : begin + 1;
  }
  return out;
}

}  // namespace whosaid
