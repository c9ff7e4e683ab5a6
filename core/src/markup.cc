#include "markup.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text.h"

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

// Where a string next occurs in the text, asked with positions that never go back: the text is
// searched once per occurrence. The search is for the string's byte `anchor` (memchr), and the rest is
// compared where it occurs: a string with a rare byte ('/' in "pic.twitter.com/") is anchored on it,
// where a search for its first byte, a common letter, had stopped at every 'p' of the text ("www." on
// its '.', rarer than a 'w'). It is asked for the occurrences before a limit, so that a search for a
// rare byte, which would run far ahead, reads no more than the other searches (see Hints).
class Occurrences {
 public:
  // How the anchor is searched for: its byte alone (memchr), or with the byte before it, for an anchor
  // as common as the '.' of "www.": by SSE2 compares (next_pair(); wasm SIMD in the wasm build), where
  // memchr stopped at every '.' of the text (on dev x10, 42K calls: 2.6M instructions and 63K
  // mispredicts).
  enum class Anchor { kByte, kPair };
  Occurrences(std::string_view text, std::string_view s, size_t anchor = 0, Anchor how = Anchor::kByte)
      : text_(text), s_(s), anchor_(anchor), by_pair_(how == Anchor::kPair && anchor > 0) {}
  // The first occurrence at or after `pos` that starts before `limit`, or npos when there is none.
  size_t from(size_t pos, size_t limit) {
    // Searched again when the occurrence found lies before pos, or when none was and the text it read
    // (not read again) ends before limit.
    if (next_ == std::string_view::npos ? searched_ < limit : next_ < pos) {
      next_ = find(next_ == std::string_view::npos ? std::max(pos, searched_) : pos, limit);
      searched_ = limit;
    }
    return next_ < limit ? next_ : std::string_view::npos;
  }

 private:
  // The first occurrence that starts in [pos, limit), or npos. Its first byte is tested before the
  // string is compared: the call to compare it at every '.' for "www." had cost 0.9M instructions on
  // dev x10.
  size_t find(size_t pos, size_t limit) const {
    const size_t end = std::min(limit + anchor_, text_.size());
    for (size_t at = next_anchor(pos + anchor_, end); at != std::string_view::npos; at = next_anchor(at + 1, end))
      if (text_[at - anchor_] == s_[0] && text_.substr(at - anchor_, s_.size()) == s_) return at - anchor_;
    return std::string_view::npos;
  }

  // The first anchor in [from, end), or npos.
  size_t next_anchor(size_t from, size_t end) const {
    return by_pair_ ? next_pair(from, end) : text_.substr(0, end).find(s_[anchor_], from);
  }

  // The first anchor in [from, end) that follows the byte before it in the string, or npos. With SSE2
  // 32 bytes a step, each sixteen by two compares; the last bytes, and every byte without SSE2, by
  // memchr. Out of line: inlined, it made other_from() too big to be inlined itself, and dearer at
  // every line.
  [[gnu::noinline]] size_t next_pair(size_t from, size_t end) const {
    const char* const p = text_.data();
    const char before = s_[anchor_ - 1], anchor = s_[anchor_];
    size_t i = from;
#if defined(__SSE2__)
    // The pairs of the sixteen bytes at p + k, a bit each.
    auto pairs_at = [&](size_t k) {
      const __m128i here = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k)), _mm_set1_epi8(anchor));
      const __m128i back = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k - 1)), _mm_set1_epi8(before));
      return static_cast<uint32_t>(_mm_movemask_epi8(_mm_and_si128(here, back)));
    };
    for (; i + 32 <= end; i += 32)
      if (const uint32_t pairs = pairs_at(i) | pairs_at(i + 16) << 16) return i + static_cast<size_t>(__builtin_ctz(pairs));
#endif
    const std::string_view anchors = text_.substr(0, end);
    for (size_t at = anchors.find(anchor, i); at != std::string_view::npos; at = anchors.find(anchor, at + 1))
      if (p[at - 1] == before) return at;
    return std::string_view::npos;
  }

  std::string_view text_;
  std::string_view s_;
  size_t anchor_;
  bool by_pair_;
  size_t next_ = std::string_view::npos;  // an occurrence found, or npos: none before searched_
  size_t searched_ = 0;                   // the limit of the last search
};

// No markup crosses a line ('\n' is excluded from every kind), and each holds one of these strings:
// a tag '<', any other markup one of the rest. Asked with positions that never go back. Each string is
// searched for in turn in the same window of text, kWindow bytes, before the next window: the window is
// read from memory once and from the cache after that, where six searches of the whole text had each
// read it from memory (on dev x10, 4 MB: ~60K cache misses each). The windows are fixed, not counted
// from the position asked: lines of markup one after another (a page of tweets, each with its @handle)
// then ask for the same window, searched once, not for a new one at each line.
class Hints {
 public:
  explicit Hints(std::string_view text)
      : size_(text.size()), tag_(text, "<"),
        others_{{text, "@"}, {text, "#"}, {text, "://", 2}, {text, "www.", 3, Occurrences::Anchor::kPair}, {text, "pic.twitter.com/", 15}} {}
  // The first occurrence at or after `pos`, and before `limit`, of a string that markup other than a
  // tag holds, or npos.
  size_t other_from(size_t pos, size_t limit) {
    size_t first = std::string_view::npos;
    for (Occurrences& o : others_) first = std::min(first, o.from(pos, limit));
    return first;
  }
  // The first occurrence at or after `pos` of a string that any markup holds, or npos.
  size_t any_from(size_t pos) {
    for (size_t limit = pos - pos % kWindow; limit < size_;) {
      limit = std::min(limit + kWindow, size_);
      const size_t first = std::min(tag_.from(pos, limit), other_from(pos, limit));
      if (first != std::string_view::npos) return first;
    }
    return std::string_view::npos;
  }

 private:
  static constexpr size_t kWindow = 16 * 1024;
  size_t size_;
  Occurrences tag_;
  Occurrences others_[5];
};

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

// The leftmost tag in text[pos, end), if any. The '<' are searched for up to `end`, not in the rest of
// the text.
std::optional<ByteSpan> next_tag(std::string_view text, size_t pos, size_t end) {
  const std::string_view line = text.substr(0, end);
  for (size_t i = line.find('<', pos); i < end; i = line.find('<', i + 1))
    if (size_t e = tag_end(text, i, end)) return ByteSpan{static_cast<uint32_t>(i), static_cast<uint32_t>(e)};
  return std::nullopt;
}

// The leftmost markup of the other kinds in text[pos, end), if any. The pattern is not run where no
// string that such markup holds occurs: in a line of tags alone, or after the line's last markup.
std::optional<ByteSpan> next_other(std::string_view text, size_t pos, size_t end, Hints* hints) {
  if (pos >= end || hints->other_from(pos, end) == std::string_view::npos) return std::nullopt;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  if (!markup_pattern().Match(input, pos, end, RE2::UNANCHORED, &match, 1)) return std::nullopt;
  auto begin = static_cast<uint32_t>(match.data() - text.data());
  return ByteSpan{begin, begin + static_cast<uint32_t>(match.size())};
}

// The markup of one line, in order: the leftmost of the next tag and the next other markup, again and
// again from the end of the last one taken. Each kind is searched again only when the markup taken
// overlaps its next match, so that the line is read a bounded number of times.
void find_in_line(std::string_view text, size_t line, size_t end, Hints* hints, std::vector<ByteSpan>* out) {
  std::optional<ByteSpan> tag = next_tag(text, line, end);
  std::optional<ByteSpan> other = next_other(text, line, end, hints);
  while (tag || other) {
    ByteSpan taken = tag && (!other || tag->begin < other->begin) ? *tag : *other;
    out->push_back(taken);
    if (tag && tag->begin < taken.end) tag = next_tag(text, taken.end, end);
    if (other && other->begin < taken.end) other = next_other(text, taken.end, end, hints);
  }
}

}  // namespace

// Only the lines that hold a hint (Hints), few of an article's, are searched, found from the hints'
// next occurrences rather than by testing every line.
std::vector<ByteSpan> find_markup(std::string_view text) {
  std::vector<ByteSpan> out;
  Hints hints(text);
  for (size_t pos = 0;;) {
    const size_t hint = hints.any_from(pos);
    if (hint == std::string_view::npos) break;
    size_t line = text.rfind('\n', hint);  // at or after pos: the lines before pos are done
    line = line == std::string_view::npos ? 0 : line + 1;
    size_t line_end = std::min(text.find('\n', hint), text.size());
    find_in_line(text, line, line_end, &hints, &out);
    pos = line_end + 1;
  }
  return out;
}

}  // namespace whosaid
