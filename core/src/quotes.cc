#include "quotes.h"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lexicon.h"
#include "out_of_line.h"

namespace whosaid {

namespace {

enum class Mark : uint8_t {
  kNone,
  kLeftDouble, kRightDouble, kStraightDouble, kLowDouble,  // “ ” " „
  kLeftSingle, kRightSingle, kStraightSingle, kLowSingle,  // ‘ ’ ' ‚
  kLeftGuillemet, kRightGuillemet,                          // « »
  kLeftSingleGuillemet, kRightSingleGuillemet,              // ‹ ›
  kCornerOpen, kCornerClose, kWhiteCornerOpen, kWhiteCornerClose,  // 「 」 『 』
};

// What a mark does at one place in the text.
enum class Role : uint8_t {
  kNone,    // not a quotation mark here (an apostrophe, an inch sign, a stray mark)
  kOpen,
  kClose,   // closes the nearest open mark it pairs with, if any
  kEither,  // closes if an open mark pairs with it, else opens
};

constexpr size_t kMaxDepth = 32;  // marks nested deeper than this are ignored; keeps the pass linear

Mark mark_of(char32_t c) {
  switch (c) {
    case 0x201C: return Mark::kLeftDouble;
    case 0x201D: return Mark::kRightDouble;
    case '"': return Mark::kStraightDouble;
    case 0x201E: return Mark::kLowDouble;
    case 0x2018: return Mark::kLeftSingle;
    case 0x2019: return Mark::kRightSingle;
    case '\'': return Mark::kStraightSingle;
    case 0x201A: return Mark::kLowSingle;
    case 0x00AB: return Mark::kLeftGuillemet;
    case 0x00BB: return Mark::kRightGuillemet;
    case 0x2039: return Mark::kLeftSingleGuillemet;
    case 0x203A: return Mark::kRightSingleGuillemet;
    case 0x300C: return Mark::kCornerOpen;
    case 0x300D: return Mark::kCornerClose;
    case 0x300E: return Mark::kWhiteCornerOpen;
    case 0x300F: return Mark::kWhiteCornerClose;
    default: return Mark::kNone;
  }
}

bool is_single(Mark m) {
  switch (m) {
    case Mark::kLeftSingle: case Mark::kRightSingle: case Mark::kStraightSingle:
    case Mark::kLowSingle: case Mark::kLeftSingleGuillemet: case Mark::kRightSingleGuillemet:
      return true;
    default:
      return false;
  }
}

// Whether `close` can close a quote that `open` opened.
bool pairs(Mark open, Mark close) {
  switch (open) {
    case Mark::kLeftDouble:  // “…” and the common slip “…“
      return close == Mark::kRightDouble || close == Mark::kStraightDouble ||
             close == Mark::kLeftDouble;
    case Mark::kStraightDouble: return close == Mark::kStraightDouble || close == Mark::kRightDouble;
    case Mark::kLowDouble: return close == Mark::kLeftDouble || close == Mark::kRightDouble;
    case Mark::kRightDouble: return close == Mark::kRightDouble;  // Swedish ”…”
    case Mark::kLeftSingle:
      return close == Mark::kRightSingle || close == Mark::kStraightSingle ||
             close == Mark::kLeftSingle;
    case Mark::kStraightSingle: return close == Mark::kStraightSingle || close == Mark::kRightSingle;
    case Mark::kLowSingle: return close == Mark::kLeftSingle || close == Mark::kRightSingle;
    case Mark::kRightSingle: return close == Mark::kRightSingle;
    case Mark::kLeftGuillemet: return close == Mark::kRightGuillemet;
    case Mark::kRightGuillemet: return close == Mark::kLeftGuillemet;  // German »…«
    case Mark::kLeftSingleGuillemet: return close == Mark::kRightSingleGuillemet;
    case Mark::kRightSingleGuillemet: return close == Mark::kLeftSingleGuillemet;
    case Mark::kCornerOpen: return close == Mark::kCornerClose;
    case Mark::kWhiteCornerOpen: return close == Mark::kWhiteCornerClose;
    default: return false;
  }
}

// Whether a paragraph that starts with `reopen` continues a quote opened with `open`: the convention
// reopens with the very mark that opened the quote.
bool reopens(Mark open, Mark reopen) { return open == reopen; }

bool is_punct(char32_t c) { return c != 0 && !is_space(c) && !is_letter(c) && !is_digit(c); }

// The neighbours of a mark; paragraph edges count as spaces.
struct Context {
  char32_t prev;  // ' ' at the paragraph start
  char32_t next;  // ' ' at the paragraph end
  bool can_open() const { return !is_space(next) && (!is_punct(next) || is_space(prev) || is_punct(prev)); }
  bool can_close() const { return !is_space(prev) && (!is_punct(prev) || is_space(next) || is_punct(next)); }
};

// Informal elisions written with a leading apostrophe: ’em, ’til, rock ’n’ roll.
bool is_elision(std::string_view word) {
  static constexpr std::string_view kElisions[] = {"n", "em", "til", "tis", "twas", "cause", "cos",
                                                   "bout", "nuff", "kay", "sup", "ello"};
  for (std::string_view e : kElisions)
    if (word.size() == e.size()) {
      bool same = true;
      for (size_t i = 0; i < e.size(); ++i) same = same && (word[i] | 0x20) == e[i];
      if (same) return true;
    }
  return false;
}

// The ASCII letters right after byte `i`, up to the paragraph end.
std::string_view ascii_word_at(std::string_view text, size_t i, size_t end) {
  size_t j = i;
  while (j < end && j - i < 8 && (((text[j] | 0x20) >= 'a' && (text[j] | 0x20) <= 'z'))) ++j;
  return text.substr(i, j - i);
}

bool is_apostrophe_mark(char32_t c) { return c == '\'' || c == 0x2019; }

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

// A nickname between a given name (or an initial) and a surname is part of the name, not a quotation:
// Robert “Bobby” Scott, Robert C. “Bobby” Scott. The quoted words [begin, end) are one capitalised word.
bool is_nickname(std::string_view text, size_t open_at, size_t begin, size_t end, size_t close_after) {
  if (end - begin < 2 || end - begin > 16 || !is_ascii_upper(text[begin])) return false;
  for (size_t i = begin + 1; i < end; ++i)
    if (!is_ascii_lower(text[i])) return false;
  bool surname_after = close_after + 2 < text.size() && text[close_after] == ' ' &&
                       is_ascii_upper(text[close_after + 1]) && is_ascii_lower(text[close_after + 2]);
  if (!surname_after || open_at < 3 || text[open_at - 1] != ' ') return false;
  size_t w = open_at - 1;
  while (w > 0 && (is_ascii_lower(text[w - 1]) || is_ascii_upper(text[w - 1]) || text[w - 1] == '.')) --w;
  std::string_view given = text.substr(w, open_at - 1 - w);
  if (given.size() < 2 || !is_ascii_upper(given[0])) return false;
  return (given.size() == 2 && given[1] == '.') || lexicon(Lex::kFirstNames).contains(given);
}

class Scanner {
 public:
  Scanner(std::string_view text, size_t max_quotes, bool typewriter_quotes)
      : text_(text), max_quotes_(max_quotes), typewriter_quotes_(typewriter_quotes) {}

  void scan(const std::vector<Paragraph>& paragraphs) {
    next_start_ = next_mark_start(0, text_.size());
    for (size_t p = 0; p < paragraphs.size(); ++p) {
      const Paragraph& para = paragraphs[p];
      size_t i = para.begin;
      if (carried_) {  // the first mark of this paragraph reopens the carried quote: skip it
        int len;
        mark_at(i, para.end, &len);
        i += len;
        carried_ = false;
      }
      scan_paragraph(para, i);
      end_paragraph(para, p + 1 < paragraphs.size() ? &paragraphs[p + 1] : nullptr);
    }
  }

  std::vector<QuoteMarks> take(size_t* dropped) {
    *dropped = dropped_;
    return std::move(quotes_);
  }

 private:
  struct Open {
    Mark mark;
    size_t at;     // byte offset of the mark
    size_t after;  // byte offset just after it
  };

  // Bytes that can start a quotation mark: " ' ` and the lead bytes of “”‘’„‚‹›«»「」『』.
  static bool may_start_mark(unsigned char c) {
    static constexpr auto kTable = [] {
      std::array<bool, 256> t{};
      for (unsigned char b : {'"', '\'', '`', '\xE2', '\xC2', '\xE3'}) t[b] = true;
      return t;
    }();
    return kTable[c];
  }

#if defined(__SSE2__)
  // With SSE2 (natively, and in the wasm build as wasm SIMD), marks are looked for sixteen bytes at a
  // time, eight with the portable words below: a compare per kind of byte covers sixteen in half the
  // instructions of two words' tests (~5M instructions less on dev x10), and it finds the bytes of
  // may_start_mark() alone, where the words' test finds every non-ASCII byte (most of them continuation
  // bytes: a loop step each).
  static constexpr size_t kScanBytes = 16;

  // The bytes of the sixteen at `p` that may start a mark, a bit each (the lowest for p[0]): " and ',
  // with the bits 0x05 set both ' (as are # and &, which may_start_mark() turns down), the lead bytes
  // 0xE2 and 0xE3 (with the bit 0x01 cleared both 0xE2), 0xC2 and, with typewriter quotes, `.
  uint64_t mark_starts(const char* p) const {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i quotes = _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(0x05)), _mm_set1_epi8('\''));
    const __m128i leads = _mm_or_si128(_mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8('\xFE')), _mm_set1_epi8('\xE2')),
                                       _mm_cmpeq_epi8(v, _mm_set1_epi8('\xC2')));
    __m128i starts = _mm_or_si128(quotes, leads);
    if (typewriter_quotes_) starts = _mm_or_si128(starts, _mm_cmpeq_epi8(v, _mm_set1_epi8('`')));
    return static_cast<uint64_t>(_mm_movemask_epi8(starts));
  }
  // The offset from `p` of the first byte that mark_starts() marks, when one is.
  static size_t first_start(uint64_t starts) { return static_cast<size_t>(__builtin_ctzll(starts)); }
  // The marks of the first `n` bytes, n < kScanBytes, in a mark_starts().
  static uint64_t first_bytes(size_t n) { return (uint64_t{1} << n) - 1; }
#else
  static constexpr size_t kScanBytes = 8;

  // The bytes of the eight at `p` that may start a mark, as their top bits: " ' ` and the non-ASCII
  // bytes but a few continuation bytes (which start no character). The lowest bit is exact; a borrow
  // may mark a byte above it. " and ' (0x22, 0x27) differ in the bits 0x05 alone: with those set, both
  // are ', and so are # and & (0x23, 0x26), rare bytes that may_start_mark() turns down. Xor ', they are
  // 0, whose decrement borrows into the top bit, as the decrement of a non-ASCII byte (xor ', still
  // 0x80 or above) keeps it, but for 0x80: the continuation bytes 0xA2, 0xA3, 0xA6, 0xA7. So one
  // subtraction finds both kinds. A ` is a mark only doubled, with typewriter quotes (mark_at()):
  // without them it is not looked for.
  uint64_t mark_starts(const char* p) const {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kTops = 0x8080808080808080ull;
    uint64_t w;
    std::memcpy(&w, p, 8);
    const uint64_t starts = (((w | 0x05 * kOnes) ^ ('\'' * kOnes)) - kOnes) & kTops;
    if (!typewriter_quotes_) return starts;
    const uint64_t x = w ^ ('`' * kOnes);
    return starts | ((x - kOnes) & ~x & kTops);  // zero bytes of x: the `
  }
  static size_t first_start(uint64_t starts) { return static_cast<size_t>(__builtin_ctzll(starts)) / 8; }
  static uint64_t first_bytes(size_t n) { return (uint64_t{1} << (8 * n)) - 1; }
#endif

  // The first byte from `i` on that may start a mark, or `end`; most bytes are skipped kScanBytes at a
  // time, and from those that hold one straight to it.
  size_t next_mark_start(size_t i, size_t end) const {
    const char* p = text_.data();
    while (i + kScanBytes <= end) {
      const uint64_t starts = mark_starts(p + i);
      if (!starts) { i += kScanBytes; continue; }
      i += first_start(starts);
      if (may_start_mark(static_cast<unsigned char>(p[i]))) return i;
      ++i;
    }
    // The last bytes before `end`, fewer than kScanBytes: read so too where the text has that many
    // from `i`, those past `end` masked off. A loop per byte mispredicted its exit at most paragraphs'
    // ends (16K times on dev x10); it is left for the text's last bytes.
    while (i < end && i + kScanBytes <= text_.size()) {
      const uint64_t starts = mark_starts(p + i) & first_bytes(end - i);
      if (!starts) return end;
      i += first_start(starts);
      if (may_start_mark(static_cast<unsigned char>(p[i]))) return i;
      ++i;
    }
    for (; i < end; ++i)
      if (may_start_mark(static_cast<unsigned char>(p[i]))) return i;
    return end;
  }

  void scan_paragraph(const Paragraph& para, size_t i) {
    while (true) {
      // The search runs on past the paragraph's end, to the next byte that may start a mark wherever it
      // is, and that byte is kept for the paragraphs after: those with no mark are passed over with a
      // compare, where a search in each ended at its end, a mispredict per paragraph.
      if (next_start_ < i) next_start_ = next_mark_start(i, text_.size());
      i = next_start_;
      if (i >= para.end) return;
      if (const size_t apostrophe = apostrophe_in_word(i, para)) {
        i += apostrophe;
        continue;
      }
      int len;
      Mark mark = mark_at(i, para.end, &len);
      if (mark != Mark::kNone) handle_mark(mark, i, i + len, para);
      i += len;
    }
  }

  // The length of the apostrophe at byte `i` when it is one inside a word -- ' or ’ between an ASCII
  // letter or digit and an ASCII letter: don't, O’Brien, 90’s -- else 0. A third of the marks are such
  // (on PolNeAR dev), and handle_mark() turns them down (is_apostrophe()) after decoding the mark and
  // both its neighbours: told here from the bytes alone, they cost 0.7M instructions less on dev x10.
  size_t apostrophe_in_word(size_t i, const Paragraph& para) const {
    if (i == para.begin) return 0;
    const unsigned char c = text_[i];
    const bool curly = c == 0xE2 && text_[i + 1] == '\x80' && text_[i + 2] == '\x99';  // ’, U+2019
    const size_t len = c == '\'' ? 1 : curly ? 3 : 0;
    if (len == 0 || i + len >= para.end) return 0;
    const char before = text_[i - 1], after = text_[i + len];
    const bool word_before = is_ascii_letter(before) || is_digit(before);
    return word_before && is_ascii_letter(after) ? len : 0;
  }

  // The mark at byte `i` and its length. Two straight single marks are one double mark, as in
  // ''typewriter quotes'' and ``TeX quotes'', when typewriter quotes are asked for; else no mark.
  Mark mark_at(size_t i, size_t end, int* len) const {
    char c = text_[i];
    if ((c == '\'' || c == '`') && i + 1 < end && text_[i + 1] == c) {
      *len = 2;
      if (!typewriter_quotes_) return Mark::kNone;
      return c == '`' ? Mark::kLeftDouble : Mark::kStraightDouble;
    }
    return mark_of(decode_at(text_, i, len));
  }

  Context context_at(size_t at, size_t after, const Paragraph& para) const {
    int len;
    Context ctx;
    ctx.prev = at > para.begin ? decode_before(text_, at, &len) : U' ';
    ctx.next = after < para.end ? decode_at(text_, after, &len) : U' ';
    return ctx;
  }

  // Apostrophes: don’t, O’Brien, ’90s, ’em, rock ’n’ roll.
  bool is_apostrophe(Mark mark, const Context& ctx, size_t after, const Paragraph& para) {
    if (after == apostrophe_after_) return true;
    if (is_letter(ctx.prev) || is_digit(ctx.prev)) return is_letter(ctx.next);
    if (is_digit(ctx.next)) return true;  // at a word start: ’90s, '16
    if (mark == Mark::kLeftSingle) return false;
    std::string_view word = ascii_word_at(text_, after, para.end);
    size_t word_end = after + word.size();
    int len = 0;
    char32_t following = word_end < para.end ? decode_at(text_, word_end, &len) : U' ';
    if (is_letter(following) || !is_elision(word)) return false;
    if ((word == "n" || word == "N") && is_apostrophe_mark(following)) apostrophe_after_ = word_end + len;
    return true;
  }

  Role role_of(Mark mark, const Context& ctx) const {
    bool open = ctx.can_open(), close = ctx.can_close();
    switch (mark) {
      case Mark::kLeftDouble:
        return close && !open ? Role::kClose : Role::kOpen;
      case Mark::kRightDouble:
        return open && !close ? Role::kEither : Role::kClose;
      case Mark::kStraightDouble:
        // After , . ? or ! a straight mark closes even with a word right behind it: "No,"Packer said.
        // With a space behind it, it opens nothing: a stray closing mark, its opening one lost
        // (members only," said Ann Toft), is not the start of a quote of the words after it.
        if (ctx.prev == ',' || ctx.prev == '.' || ctx.prev == '?' || ctx.prev == '!')
          return open ? Role::kEither : Role::kClose;
        // Spaces on both sides: the neighbours do not tell. Typed after a nested quote's closing mark
        // ("…,' " she said") it closes the quote that is open; it opens none.
        if (!open && !close && ctx.prev == ' ') return Role::kClose;
        [[fallthrough]];
      case Mark::kStraightSingle:
      case Mark::kRightSingle:
        if (open && close) return Role::kEither;
        if (open) return Role::kOpen;
        return close ? Role::kClose : Role::kNone;
      case Mark::kLowDouble:
        return Role::kOpen;
      case Mark::kLeftSingle:
        if (close && !open) return Role::kClose;
        return open ? Role::kOpen : Role::kNone;
      case Mark::kLowSingle:
        return open ? Role::kOpen : Role::kNone;
      case Mark::kLeftGuillemet:
      case Mark::kLeftSingleGuillemet:
        return close && !open ? Role::kEither : Role::kOpen;
      case Mark::kRightGuillemet:
      case Mark::kRightSingleGuillemet:
        return open && !close ? Role::kEither : Role::kClose;
      case Mark::kCornerOpen:
      case Mark::kWhiteCornerOpen:
        return Role::kOpen;
      case Mark::kCornerClose:
      case Mark::kWhiteCornerClose:
        return Role::kClose;
      default:
        return Role::kNone;
    }
  }

  WHOSAID_OUT_OF_LINE void handle_mark(Mark mark, size_t at, size_t after, const Paragraph& para) {
    Context ctx = context_at(at, after, para);
    if (ctx.prev == '=') return;  // an attribute value in markup: author="…"
    if (is_single(mark) && is_apostrophe(mark, ctx, after, para)) return;
    Role role = role_of(mark, ctx);
    if (role == Role::kNone) return;
    if (role == Role::kClose || role == Role::kEither) {
      for (size_t k = stack_.size(); k-- > 0;) {
        if (!pairs(stack_[k].mark, mark)) continue;
        if (k == 0) emit(stack_[0], at, after, /*closed=*/true);
        stack_.resize(k);
        return;
      }
      if (role == Role::kClose) return;
    }
    if (stack_.size() < kMaxDepth) stack_.push_back({mark, at, after});
  }

  WHOSAID_OUT_OF_LINE void end_paragraph(const Paragraph& para, const Paragraph* next) {
    if (stack_.empty()) return;
    Open outer = stack_[0];
    stack_.clear();
    if (is_single(outer.mark)) return;
    if (next) {
      int len;
      Mark first = mark_at(next->begin, next->end, &len);
      if (first != Mark::kNone && reopens(outer.mark, first)) {
        emit(outer, para.end, para.end, /*closed=*/false);
        stack_.push_back({first, next->begin, next->begin + len});
        carried_ = true;  // the scan of the next paragraph starts after its reopening mark
        return;
      }
    }
    emit(outer, para.end, para.end, /*closed=*/false);
  }

  void emit(const Open& open, size_t close_at, size_t close_after, bool closed) {
    size_t begin = open.after, end = close_at;
    trim_space(text_, &begin, &end);
    if (begin >= end || (closed && is_nickname(text_, open.at, begin, end, close_after))) return;
    if (text_.substr(begin, end - begin).find('|') != std::string_view::npos) return;  // « Back | Next »
    if (quotes_.size() >= max_quotes_) { ++dropped_; return; }
    auto offset = [](size_t i) { return static_cast<uint32_t>(i); };  // < 4 GiB: see extract()
    quotes_.push_back({offset(open.at), offset(begin), offset(end), offset(close_after), closed, is_single(open.mark)});
  }

  std::string_view text_;
  size_t max_quotes_;
  bool typewriter_quotes_;
  std::vector<Open> stack_;
  bool carried_ = false;      // the open quote continues into the next paragraph
  size_t apostrophe_after_ = std::string_view::npos;  // end of a mark known to be an apostrophe (’n’)
  size_t next_start_ = 0;  // the first byte that may start a mark from the last search's start on (scan_paragraph())
  size_t dropped_ = 0;
  std::vector<QuoteMarks> quotes_;
};

}  // namespace

std::vector<QuoteMarks> find_quotes(std::string_view text, const std::vector<Paragraph>& paragraphs,
                                    size_t max_quotes, bool typewriter_quotes, size_t* dropped) {
  Scanner scanner(text, max_quotes, typewriter_quotes);
  scanner.scan(paragraphs);
  return scanner.take(dropped);
}

}  // namespace whosaid
