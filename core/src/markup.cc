#include "markup.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>

namespace whosaid {

namespace {

// Every kind of markup but tags; RE2 tries the alternatives leftmost-first at each position. None of
// them can start at or hold a '<', with which every tag starts: so the leftmost markup is the leftmost
// of the leftmost match here and the leftmost tag.
constexpr char kMarkup[] =
    "(https?://[^\\s<>\"“”]+"               // web addresses
    "|www\\.[^\\s<>\"“”]+"
    "|pic\\.twitter\\.com/[^\\s<>\"“”]*"
    "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"  // e-mail addresses
    "|@\\w{2,}"                              // handles
    "|#\\w{2,})";                            // hashtags

// Tags, </?[A-Za-z][^<>\n]{0,300}>, are read by hand: as a pattern, the bounded repetition made RE2's
// program 20 times larger, and compiling it cost 11M instructions at start-up.
constexpr size_t kMaxTagChars = 300;

const RE2& markup_pattern() {
  static const RE2* re = new RE2(kMarkup);  // never destroyed: used until the process exits
  return *re;
}

// No markup crosses a line ('\n' is excluded from every kind), and each holds one of these: lines
// without any, most of an article's, are searched not at all.
bool may_hold_markup(std::string_view line) {
  auto holds = [&](std::string_view needle) { return line.find(needle) != std::string_view::npos; };
  // memchr for a needle's first byte: fast unless the byte is common ('w', 'p'). Both addresses with
  // a slash hold one, and most lines none.
  bool slash = holds("/");
  return holds("@") || holds("#") || holds("<") || (slash && holds("://")) || holds("www.") ||
         (slash && holds("pic.twitter.com/"));
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The end of the tag that starts at text[i], a '<', or 0 when none does. Characters are counted as
// code points: the text is valid UTF-8, and continuation bytes (10xxxxxx) start none.
size_t tag_end(std::string_view text, size_t i, size_t end) {
  size_t k = i + 1;
  if (k < end && text[k] == '/') ++k;
  if (k >= end || !is_ascii_letter(text[k])) return 0;
  size_t chars = 0;
  for (++k; k < end; ++k) {
    char c = text[k];
    if (c == '>') return k + 1;
    if (c == '<' || c == '\n') return 0;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++chars > kMaxTagChars) return 0;
  }
  return 0;
}

// The leftmost tag in text[pos, end), if any.
std::optional<ByteSpan> next_tag(std::string_view text, size_t pos, size_t end) {
  for (size_t i = text.find('<', pos); i < end; i = text.find('<', i + 1))
    if (size_t e = tag_end(text, i, end)) return ByteSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(e)};
  return std::nullopt;
}

// The leftmost markup of the other kinds in text[pos, end), if any.
std::optional<ByteSpan> next_other(std::string_view text, size_t pos, size_t end) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  if (pos >= end || !markup_pattern().Match(input, pos, end, RE2::UNANCHORED, &match, 1)) return std::nullopt;
  auto begin = static_cast<uint32_t>(match.data() - text.data());
  return ByteSpan{begin, begin + static_cast<uint32_t>(match.size())};
}

// The markup of one line, in order: the leftmost of the next tag and the next other markup, again and
// again from the end of the last one taken. Each kind is searched again only when the markup taken
// overlaps its next match, so that the line is read a bounded number of times.
void find_in_line(std::string_view text, size_t line, size_t end, std::vector<ByteSpan>* out) {
  std::optional<ByteSpan> tag = next_tag(text, line, end);
  std::optional<ByteSpan> other = next_other(text, line, end);
  while (tag || other) {
    ByteSpan taken = tag && (!other || tag->begin < other->begin) ? *tag : *other;
    out->push_back(taken);
    if (tag && tag->begin < taken.end) tag = next_tag(text, taken.end, end);
    if (other && other->begin < taken.end) other = next_other(text, taken.end, end);
  }
}

}  // namespace

std::vector<ByteSpan> find_markup(std::string_view text) {
  std::vector<ByteSpan> out;
  for (size_t line = 0; line < text.size();) {
    size_t line_end = std::min(text.find('\n', line), text.size());
    if (may_hold_markup(text.substr(line, line_end - line))) find_in_line(text, line, line_end, &out);
    line = line_end + 1;
  }
  return out;
}

}  // namespace whosaid
