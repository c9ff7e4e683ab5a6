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

// Where the strings that markup holds occur ("hints"): a tag's '<', and for the other kinds '@', '#',
// "://", "www." and "pic.twitter.com/". No markup crosses a line ('\n' is excluded from every kind), so
// only the lines that hold a hint are searched. Each hint is found at a byte of it, its anchor: '<',
// '@', '#', the last '/' of "://" and "pic.twitter.com/", one of the first two 'w' of "www." -- a
// byte or pair of bytes rare in prose -- and the rest of the string is compared there. The text is
// read once for all anchors, 32 bytes a step with SSE2 compares (wasm SIMD in the wasm build). Six
// searches, one per string, had read it six times: memchr, natively glibc's and in wasm the 16-byte
// loop of wasm/string_scan.cc, and for "www." a compare of byte pairs (a '.' after a 'w': memchr had
// stopped at every '.' of the text). Asked with positions that never go back: the hint found last is
// kept, and the text is searched again only past it.
class Hints {
 public:
  explicit Hints(std::string_view text) : text_(text), found_(find(0)) {}
  // The start of the first hint whose anchor is at or after `pos`, or npos.
  size_t any_from(size_t pos) {
    const size_t at = next(pos);
    return at == std::string_view::npos ? at : start_of(at);
  }
  // Whether a hint other than a tag's '<' has its anchor in [pos, limit). One that starts before pos
  // (the "://" of "http://" with pos on its ':') is a false alarm, which costs a search of the pattern
  // and changes nothing: the pattern matches only where a string of a hint lies whole in [pos, limit).
  bool other_in(size_t pos, size_t limit) {
    size_t at = next(pos);
    while (at < limit && text_[at] == '<') at = next(at + 1);
    return at < limit;
  }

 private:
  // The anchor of the first hint at or after `pos`, or npos.
  size_t next(size_t pos) {
    if (pos > found_) found_ = find(pos);  // else found_ is the first: none lies between pos and it
    return found_;
  }

  // The first anchor at or after `pos` of a hint, or npos: candidates from anchor_bytes(), each checked.
  size_t find(size_t pos) const {
    for (size_t at = anchor_bytes(pos); at != std::string_view::npos; at = anchor_bytes(at + 1))
      if (start_of(at) != std::string_view::npos) return at;
    return std::string_view::npos;
  }

  // The first byte at or after `pos` that may be an anchor: '<', '@', '#', '/', or a 'w' before
  // another (the SSE2 compares find only the pairs that start at pos + 2k, which every "www" holds).
  // Out of line: inlined, it made the loops that call it dearer.
  [[gnu::noinline]] size_t anchor_bytes(size_t pos) const {
    size_t i = pos;
#if defined(__SSE2__)
    for (const char* const p = text_.data(); i + 32 <= text_.size(); i += 32)
      if (const uint32_t bits = anchors16(p + i) | anchors16(p + i + 16) << 16) return i + static_cast<size_t>(__builtin_ctz(bits));
#endif
    for (; i < text_.size(); ++i)
      if (may_anchor(i)) return i;
    return std::string_view::npos;
  }

#if defined(__SSE2__)
  // A bit for each of the 16 bytes at `p` that may be an anchor. The pairs "ww" by one compare of
  // 16-bit lanes: a bit for both of their bytes.
  static uint32_t anchors16(const char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const auto is = [&](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    const __m128i ww = _mm_cmpeq_epi16(v, _mm_set1_epi16(0x7777));
    return static_cast<uint32_t>(_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_or_si128(is('<'), is('@')), _mm_or_si128(is('#'), is('/'))), ww)));
  }
#endif

  bool may_anchor(size_t i) const {
    const char c = text_[i];
    return c == '<' || c == '@' || c == '#' || c == '/' || (c == 'w' && i + 1 < text_.size() && text_[i + 1] == 'w');
  }

  // The start of the hint anchored at text[i], a byte that may_anchor(), or npos when none is.
  size_t start_of(size_t i) const {
    switch (text_[i]) {
      case '/':  // at most one of the two: "pic.twitter.com/" ends "om/"
        if (ends_at(i, "pic.twitter.com/")) return i - 15;
        return ends_at(i, "://") ? i - 2 : std::string_view::npos;
      case 'w':  // the first or second of "www."
        if (text_.compare(i, 4, "www.") == 0) return i;
        return i > 0 && text_.compare(i - 1, 4, "www.") == 0 ? i - 1 : std::string_view::npos;
      default:
        return i;  // '<', '@', '#'
    }
  }

  // Whether `s` occurs in the text ending with byte i.
  bool ends_at(size_t i, std::string_view s) const { return i + 1 >= s.size() && text_.substr(i + 1 - s.size(), s.size()) == s; }

  std::string_view text_;
  size_t found_;  // the anchor of the first hint at or after the last position asked, or npos
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
  if (pos >= end || !hints->other_in(pos, end)) return std::nullopt;
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
