#include "tokens.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "lexicon.h"
#include "out_of_line.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace whosaid {

namespace {

// The lexicons a word after an honorific or a given name is not read in: it is a surname ("Mr. Prince",
// "Ms. White", "Charlie King").
constexpr uint16_t kListedSurnames = bit(Lex::kTitles) | bit(Lex::kAdjectives);

// What a byte is to token_bound() and the tokenizer's fast paths.
enum ByteKind : uint8_t {
  kNeverStarts,  // whitespace, a UTF-8 continuation byte (10xxxxxx): never starts a token
  kOther,        // anything else that may start one
  kLetter,       // ASCII letters
  kDigit,        // ASCII digits
};

constexpr std::array<ByteKind, 256> kByteKind = [] {
  std::array<ByteKind, 256> kind{};
  for (int c = 0; c < 256; ++c) {
    bool never = c == ' ' || c == '\n' || c == '\t' || c == '\r' || (c & 0xC0) == 0x80;
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    kind[c] = never ? kNeverStarts : letter ? kLetter : (c >= '0' && c <= '9') ? kDigit : kOther;
  }
  return kind;
}();

bool is_ascii_alnum(char c) { return kByteKind[static_cast<unsigned char>(c)] >= kLetter; }

// is_ascii_alnum() of eight bytes at once, as "stops": nonzero when any of the eight is no ASCII letter
// or digit, and then first_stop() is the index of the first such byte (little-endian: the first byte
// lowest). And ascii_alnum_run(), the number of ASCII letters and digits that the 16 bytes at `p` start
// with (0 to 16).
#if defined(__SSE2__)
// With SSE2 (natively, and in the wasm build as wasm SIMD): a bit per byte, from range tests that cover
// the bytes at once, about half the instructions of the portable word arithmetic below.

// All ones in each byte of `v` that is an ASCII letter or digit. A byte is in [low, low + n) when
// its distance from low, less n - 1 with unsigned saturation, is zero: two instructions a range, with
// no copy of a register, where signed compares took copies (70K instructions a dev pass more).
__m128i ascii_alnum_bytes(__m128i v) {
  auto past_range = [](__m128i bytes, char low, char n) {
    return _mm_subs_epu8(_mm_sub_epi8(bytes, _mm_set1_epi8(low)), _mm_set1_epi8(static_cast<char>(n - 1)));
  };
  const __m128i letter = past_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);  // capitals to small letters
  const __m128i digit = past_range(v, '0', 10);
  return _mm_cmpeq_epi8(_mm_min_epu8(letter, digit), _mm_setzero_si128());
}
uint64_t ascii_alnum_stops(uint64_t x) {
  const __m128i alnum = ascii_alnum_bytes(_mm_cvtsi64_si128(static_cast<long long>(x)));
  return static_cast<unsigned>(_mm_movemask_epi8(alnum)) ^ 0xFFu;  // the eight bytes' bits
}
size_t first_stop(uint64_t stops) { return static_cast<unsigned>(__builtin_ctzll(stops)); }
size_t ascii_alnum_run(const char* p) {
  const __m128i alnum = ascii_alnum_bytes(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
  return static_cast<unsigned>(__builtin_ctz(~static_cast<unsigned>(_mm_movemask_epi8(alnum))));  // bit 16 set
}
#else
// The high bit set in each byte that is no ASCII letter or digit. Each byte's range tests add to its
// low seven bits, so that no carry crosses into the next byte.
uint64_t ascii_alnum_stops(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kHigh = 0x80 * kOnes;
  const uint64_t low7 = x & 0x7F * kOnes;
  const uint64_t digit = (low7 + (0x80 - '0') * kOnes) & ~(low7 + (0x7F - '9') * kOnes);
  const uint64_t lower = low7 | 0x20 * kOnes;  // capitals to small letters; digits unchanged
  const uint64_t letter = (lower + (0x80 - 'a') * kOnes) & ~(lower + (0x7F - 'z') * kOnes);
  return ~((digit | letter) & ~x) & kHigh;
}
// Unsigned: the int of __builtin_ctzll() divided by 8 took a sign extension more.
size_t first_stop(uint64_t stops) { return static_cast<unsigned>(__builtin_ctzll(stops)) / 8; }
size_t ascii_alnum_run(const char* p) {
  uint64_t first, second;
  std::memcpy(&first, p, 8);
  std::memcpy(&second, p + 8, 8);
  if (uint64_t stops = ascii_alnum_stops(first)) return first_stop(stops);
  if (uint64_t stops = ascii_alnum_stops(second)) return 8 + first_stop(stops);
  return 16;
}
#endif

// kStarts[kind before][kind]: a letter or digit after a letter, or a digit after a digit, goes on.
constexpr uint8_t kStarts[4][4] = {{0, 1, 1, 1}, {0, 1, 1, 1}, {0, 1, 0, 0}, {0, 1, 1, 0}};

// kStartsAfter[kind before][byte]: kStarts with the byte's kind looked up already.
constexpr std::array<std::array<uint8_t, 256>, 4> kStartsAfter = [] {
  std::array<std::array<uint8_t, 256>, 4> starts{};
  for (int before = 0; before < 4; ++before)
    for (int c = 0; c < 256; ++c) starts[before][c] = kStarts[before][kByteKind[c]];
  return starts;
}();

// An upper bound of the number of tokens, cheap to count (a table lookup per byte). A token starts at
// a byte that is neither whitespace nor a UTF-8 continuation byte, but never at a letter or digit right
// after an ASCII letter (the word goes on) nor at a digit right after a digit (the word or number goes on).
size_t token_bound(std::string_view text) {
  size_t n = 16;
  ByteKind before = kNeverStarts;
  for (unsigned char c : text) {
    n += kStartsAfter[before][c];
    before = kByteKind[c];
  }
  return n;
}

// Tokenizer::ends_word_at_once() of each byte: a table lookup, where its tests took a few branches.
constexpr std::array<bool, 256> kEndsWordAtOnce = [] {
  std::array<bool, 256> ends{};
  for (int c = 0; c < 0x80; ++c) ends[c] = c != '\'' && c != '-' && c != '.';
  return ends;
}();

bool is_word_char(char32_t c) { return is_letter(c) || is_digit(c); }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool ends_sentence(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const std::vector<QuoteMarks>& quotes)
      : text_(text), quotes_(quotes) {
    out_.quote_tokens.resize(quotes.size());
    set_next_quote(0);
  }

  Tokens run(const std::vector<Paragraph>& paragraphs) {
    out_.tokens.reserve(text_.size() / kBytesPerToken + 16);
    for (size_t p = 0; p < paragraphs.size(); ++p) {
      make_room(paragraphs[p]);
      paragraph_first_ = out_.tokens.size();
      out_.paragraph_first.push_back(static_cast<uint32_t>(paragraph_first_));
      size_t i = paragraphs[p].begin;
      end_ = paragraphs[p].end;
      eight_bytes_end_ = std::min<size_t>(end_, text_.size() < 8 ? 0 : text_.size() - 7);
      sixteen_bytes_end_ = std::min<size_t>(end_, text_.size() < 16 ? 0 : text_.size() - 15);
      while (i < end_) i = next_token(i);
      close_sentence();  // a paragraph ends its sentence (and its quotes: quotes.h)
      if (out_.tokens.size() > paragraph_first_) out_.tokens[paragraph_first_].paragraph_start = true;
    }
    close_sentence();
    while (next_quote_ < quotes_.size()) pass_quote(out_.tokens.size());  // quotes after the last token
    return std::move(out_);
  }

 private:
  // Tokens are the largest structure: allocated once, mostly. News text has a token per 5 or 6 bytes, so
  // run() makes room for one per kBytesPerToken bytes without counting them (token_bound() reads every
  // byte). A paragraph makes at most a token per byte: before one that may not fit, the tokens of the
  // rest of a denser text are counted, and room made for them once.
  static constexpr size_t kBytesPerToken = 4;
  void make_room(const Paragraph& p) {
    std::vector<Token>& t = out_.tokens;
    if (counted_ || t.capacity() - t.size() >= p.end - p.begin) return;
    t.reserve(t.size() + token_bound(text_.substr(p.begin)));
    counted_ = true;
  }

  char32_t at(size_t i, int* len) const {
    if (i >= end_) { *len = 0; return 0; }
    return decode_at(text_, i, len);
  }

  // Whether byte `i` is within the marks of a quote: then of quote next_quote_. Asked of bytes in text
  // order. Quotes do not overlap (quotes.h), so the tokens of quote q are those that begin in [open,
  // close). The answer stays the same up to quote_change_: one compare a token.
  bool in_quote_at(size_t i) {
    if (i >= quote_change_) find_quote(i);
    return in_quote_;
  }

  // Moves on to the quote at or after byte `i`, where the next token begins: twice a quote. Quotes are
  // visited in order, so this is amortised O(1). A quote's tokens begin with the first token that
  // begins at its open mark or after, and end before the first at its close mark or after: both are
  // noted here.
  [[gnu::noinline]] void find_quote(size_t i) {
    const size_t k = out_.tokens.size();
    while (next_close_ <= i) pass_quote(k);
    in_quote_ = next_open_ <= i;
    if (in_quote_) out_.quote_tokens[next_quote_].first = k;
    quote_change_ = in_quote_ ? next_close_ : next_open_;
  }

  // Quote next_quote_ ends before token `k`: its tokens are noted, and the next quote is made the next.
  void pass_quote(size_t k) {
    TokenRange& r = out_.quote_tokens[next_quote_];
    if (!in_quote_) r.first = k;  // no token began within it
    r.last = k;
    in_quote_ = false;
    set_next_quote(next_quote_ + 1);
  }

  // Makes quote `q` the next one, its marks' bounds at hand; past the last quote, bounds no byte reaches.
  void set_next_quote(size_t q) {
    next_quote_ = q;
    next_open_ = q < quotes_.size() ? quotes_[q].open : SIZE_MAX;
    next_close_ = q < quotes_.size() ? quotes_[q].close : SIZE_MAX;
  }

  size_t next_token(size_t i) {
    ByteKind kind = kByteKind[static_cast<unsigned char>(text_[i])];  // the common cases, without decoding
    if (kind == kLetter) return ascii_word(i, text_[i] <= 'Z');  // an ASCII letter: a capital up to 'Z'
    if (kind == kDigit) return number(i);
    if (text_[i] == ' ') return i + 1;
    return other_token(i);
  }

  // Punctuation, other spaces, and words or numbers that start with a non-ASCII character. Out of line
  // (out_of_line.h), like word_end() below, so that the loops that call them stay small.
  WHOSAID_OUT_OF_LINE size_t other_token(size_t i) {
    int len;
    char32_t c = at(i, &len);
    if (is_space(c)) return i + len;
    if (is_digit(c)) return number(i);
    if (is_letter(c)) return word_end(i, i, is_upper(c));  // a word that starts with a non-ASCII letter
    push(i, i + len, TokenType::kPunct, false, 0);
    if (ends_sentence(c) && !out_.tokens.back().in_quote) maybe_close_sentence(i + len);
    if (is_closing_mark_after_sentence(i, c)) maybe_close_sentence(i + len);
    if (c == '\'' && is_typewriter_close_after_sentence() && !asker_follows(i + len)) maybe_close_sentence(i + len);
    return past_space(i + len);
  }

  // Whether an honorific follows a question or exclamation closed by typewriter marks at byte `i`:
  // "''Why now?'' Mr. Haines asked." The reporting clause goes on the quote's sentence, as after a
  // lower-case speaker ("''Why now?'' he asked").
  bool asker_follows(size_t i) const {
    if (text_[out_.tokens[out_.tokens.size() - 3].begin] == '.') return false;
    const std::string_view after = text_.substr(i, 6);
    for (std::string_view h : {" Mr. ", " Mrs. ", " Ms. ", " Dr. "})
      if (after.substr(0, h.size()) == h) return true;
    return false;
  }

  // Two apostrophes right after . ! or ? ("relationship.'' The"): the typewriter marks of an archive
  // that close a quote (quotes.h reads them as marks only with typewriter_quotes), which end the
  // sentence as a closing quotation mark would. Without this, the sentence would run on to the next.
  bool is_typewriter_close_after_sentence() const {
    size_t n = out_.tokens.size();
    if (n < 3) return false;
    const Token& second = out_.tokens[n - 1];
    const Token& first = out_.tokens[n - 2];
    const Token& stop = out_.tokens[n - 3];
    return first.type == TokenType::kPunct && text_[first.begin] == '\'' && first.end == second.begin &&
           stop.type == TokenType::kPunct && stop.end == first.begin && !stop.in_quote &&
           ends_sentence(static_cast<unsigned char>(text_[stop.begin]));
  }

  // A closing quotation mark right after . ! or ? ends the sentence when a capital follows.
  bool is_closing_mark_after_sentence(size_t i, char32_t c) const {
    if (c != 0x201D && c != '"' && c != 0x00BB && c != 0x2019) return false;
    const Token& t = out_.tokens.back();
    if (!t.in_quote || quotes_[next_quote_].close != i + (c < 0x80 ? 1 : c < 0x800 ? 2 : 3)) return false;
    int len;
    return ends_sentence(decode_before(text_, i, &len));
  }

  size_t number(size_t i) {
    size_t start = i;
    int len;
    while (true) {
      char32_t c = at(i, &len);
      if (is_digit(c)) { i += len; continue; }
      int len2;
      if ((c == ',' || c == '.') && is_digit(at(i + len, &len2))) { i += len; continue; }
      break;
    }
    push(start, i, TokenType::kNumber, false, 0);
    return past_space(i);
  }

  // The word that starts with an ASCII letter at byte `i`, a capital or not. Most words have at most
  // eight ASCII letters and digits: a load of the eight bytes from `i` is, masked, the word's lexicon
  // key, where lexicon_bits_of() read the word (and tested its length) again: 0.35M instructions a dev
  // pass less. Its end is found among the 16 bytes from `i`, so that one branch, on whether the word
  // is longer than eight, sends it on: a branch on the eight bytes' stops, then one on the ninth byte,
  // mispredicted 8K times a dev pass more. Always inlined into the tokenizer's loop: left to judge, the
  // compiler put it out of line, which cost 1.3M instructions a dev pass.
  [[gnu::always_inline]] size_t ascii_word(size_t i, bool capital) {
    if (i >= sixteen_bytes_end_) return long_word(i, i, capital);  // near the paragraph's or text's end
    uint64_t bytes;
    std::memcpy(&bytes, text_.data() + i, 8);
    const size_t run = ascii_alnum_run(text_.data() + i);  // a letter at `i`, so 1 to 16
    // A paragraph is a line trimmed of spaces (split_paragraphs()): where the text goes on past its
    // end, the byte there begins a space or line end, never an ASCII letter or digit. So a run of them
    // shorter than the 16 bytes read ends within the paragraph, and the byte after it is in the text:
    // short_word() tests neither (7 instructions a word less).
    if (run <= 8) return short_word(i, bytes, run, capital);
    return long_word(i, std::min(i + run, end_), capital);
  }

  // The word of `n` ASCII letters and digits (1 to 8) at `start`, whose first bytes are `bytes`: the
  // byte after it is in the text, and ends the paragraph (read as its end, as word_end() does) when
  // it is not in it.
  size_t short_word(size_t start, uint64_t bytes, size_t n, bool capital) {
    const size_t i = start + n;
    const char after = text_[i];
    if (ends_word_at_once(after)) {
      const uint64_t key = (bytes | 0x2020202020202020u) & kFirstBytes[n];  // lower case, as lexicon_bits_of()
      push(start, i, TokenType::kWord, capital, static_cast<uint16_t>(lexicon_bits_.find_lower_short(key, n)));
      if (after == ',') return comma(i);
      return i + (after == ' ');
    }
    if (after == '.' && period_ends_word(i)) return word_before_period(start, i, capital);
    return word_end(start, i, capital);
  }

  // The word at byte `start` that ascii_word() did not read whole: of more than eight ASCII letters and
  // digits, or near the paragraph's end. Its ASCII letters and digits are read on from `i`, unless they
  // end there, as they do after the 9 to 15 that ascii_word() found (15 instructions a word less). Out
  // of line: inlined, it made the tokenizer's loop too large for the compiler to inline push() in it.
  [[gnu::noinline]] size_t long_word(size_t start, size_t i, bool capital) {
    if (i < end_ && is_ascii_alnum(text_[i])) i = ascii_alnum_end(i);  // the common case, without decoding
    // And its common ends, where word_end() would stop at once: a space (stepped over: it is no token,
    // and the loop turns once less), a comma, a closing mark, the paragraph's end (read as a 0 byte,
    // which ends a word too). The byte after the word is read once.
    const char after = i < end_ ? text_[i] : 0;
    if (ends_word_at_once(after)) {
      push(start, i, TokenType::kWord, capital, lexicon_bits_of(start, i, /*plain=*/true));
      if (after == ',') return comma(i);
      return i + (after == ' ');
    }
    if (after == '.' && period_ends_word(i)) return word_before_period(start, i, capital);
    return word_end(start, i, capital);
  }

  // The comma at byte `i` right after a word, pushed as other_token() would push it (a comma is no dash
  // and ends no sentence) without the turn of the loop that finds what its byte is: commas and periods
  // (word_before_period()) are the most common punctuation, and that turn and other_token()'s tests
  // mispredicted at most of them (9K mispredicts a dev pass less).
  size_t comma(size_t i) {
    push_token(i, i + 1, TokenType::kPunct, false, 0, /*dash=*/false);
    return past_space(i + 1);
  }

  // Whether an ASCII byte that is not a letter or digit ends a word where it stands, as word_end() reads
  // it: no apostrophe (don’t, ’s), hyphen (well-known) or period (Mr., U.S.) that the word may go on
  // through or keep, and no UTF-8 character that word_end() must decode.
  static bool ends_word_at_once(char c) { return kEndsWordAtOnce[static_cast<unsigned char>(c)]; }

  // Whether the period at byte `i`, right after a word's ASCII letters and digits, ends the word or is
  // kept as its last character, as word_end() reads it: the paragraph ends after it, or an ASCII byte
  // follows that is neither a letter (U.S., a.m.) nor an apostrophe (a possessive 's after it).
  // At the paragraph's end the period itself is read, which ends the word as the end does: no branch
  // on where the period stands (1.5K mispredicts a dev pass less).
  bool period_ends_word(size_t i) const {
    const unsigned char next = text_[std::min(i + 1, end_ - 1)];
    return next < 0x80 && kByteKind[next] != kLetter && next != '\'';
  }

  // The word [start, i) of ASCII letters and digits before a period that period_ends_word(): the end of
  // most sentences ("said."), and abbreviations ("Mr.", "Jan."), which keep the period. word_end()'s
  // work in this case, without its loop and its decoding: more than half of the words it was called for.
  // The period that ends the word is pushed here too, as comma() pushes a comma. Always inlined, for
  // the reason ascii_word() is.
  [[gnu::always_inline]] size_t word_before_period(size_t start, size_t i, bool capital) {
    const uint16_t lexicons = lexicon_bits_of(start, i, /*plain=*/true);
    if (keeps_period(start, i, lexicons, /*inner_period=*/false)) return word_with_period(start, i + 1, capital);
    push(start, i, TokenType::kWord, capital, lexicons);
    // The period at `i`, as other_token() would push it: no dash, and the end of a sentence outside
    // quotes when no lower-case word follows.
    push_token(i, i + 1, TokenType::kPunct, false, 0, /*dash=*/false);
    if (!out_.tokens.back().in_quote) maybe_close_sentence(i + 1);
    return past_space(i + 1);
  }

  // The word [start, end) that ends with the period it keeps, and its lexicons with the period. But
  // for "No." that no number follows, the word alone: the period, read next, may end the sentence.
  [[gnu::noinline]] size_t word_with_period(size_t start, size_t end, bool capital) {
    if (answer_no(start, end - 1)) {
      push_word(start, end - 1, capital);
      return end - 1;
    }
    push(start, end, TokenType::kWord, capital, lexicon_bits_of(start, end, /*plain=*/false));
    after_ = kAfterKeptPeriod;
    return past_space(end);
  }

  // The rest of the word [start, i) when a character other than a space follows its ASCII letters,
  // which end at `i`. Each turn of the loop starts at the end of a run of them: the first is the one
  // its caller read, and is not read again (none, i == start, for a word that starts with a non-ASCII
  // letter).
  WHOSAID_OUT_OF_LINE size_t word_end(size_t start, size_t i, bool capital) {
    int len, len2;
    bool inner_period = false;  // whether the word goes on past a period: U.S
    for (;; i = ascii_alnum_end(i)) {  // the common case, without decoding
      if (i == end_ || text_[i] == ' ') {  // and its common end: no period or ’s follows
        push_word(start, i, capital);
        return i == end_ ? i : i + 1;  // past the space, which is no token
      }
      char32_t c = at(i, &len);
      if (is_word_char(c)) { i += len; continue; }
      char32_t d = at(i + len, &len2);
      if (is_apostrophe(c) && i > start && (text_[i - 1] == 's' || text_[i - 1] == 'S') && capital &&
          is_space(d) && next_word_is_capitalised(i + len)) {
        i += len;  // a plural possessive inside a name: "Library Workers’ Union"
        break;
      }
      if (is_apostrophe(c) && is_letter(d)) {
        // A clitic (clitic_end()) ends the word; other inner apostrophes (don’t, O’Brien) belong to it.
        if (clitic_end(i) != 0) break;
        i += len;
        continue;
      }
      if (is_dash(c) && c != 0x2014 && c != 0x2013 && is_word_char(d)) { i += len; continue; }
      if (c == '.' && is_letter(d) && abbreviation_continues(i + len)) {
        inner_period = true;
        i += len;
        continue;
      }
      break;
    }
    // A period that belongs to the word: initials (J.), abbreviations (Mr., Sen., U.S.). The word's
    // lexicons tell an abbreviation, and are the token's unless it keeps the period.
    uint16_t lexicons = lexicon_bits_of(start, i, /*plain=*/false);
    int plen;
    if (at(i, &plen) == '.' && keeps_period(start, i, lexicons, inner_period) && !answer_no(start, i)) {
      i += plen;
      lexicons = lexicon_bits_of(start, i, /*plain=*/false);
    }
    push(start, i, TokenType::kWord, capital, lexicons);
    if (text_[i - 1] == '.') after_ = kAfterKeptPeriod;
    if (const size_t clitic = clitic_end(i)) {
      push_word(i, clitic, false);
      i = clitic;
    }
    return past_space(i);
  }

  // The end of the clitic at byte `i`, or 0 where none is: an apostrophe, then s, m, ve, re, d or ll (in
  // either case), then no letter or digit -- a possessive or contracted ’s ("Trump’s", "he’s said") or a
  // contracted auxiliary ("they’ve said", "we’re told", "who’d endorsed", "she’ll argue"). It is a token
  // of its own, so that the word before it is read (a pronoun, "who") and the clitic as the auxiliary
  // it stands for (the lexicon of cue modifiers lists them). "n’t" stays in its word: "don’t" is listed.
  size_t clitic_end(size_t i) const {
    int len;
    if (!is_apostrophe(at(i, &len))) return 0;
    const size_t k = i + len;
    const char a = k < end_ ? text_[k] | 0x20 : 0, b = k + 1 < end_ ? text_[k + 1] | 0x20 : 0;
    const size_t n = (a == 's' || a == 'd' || a == 'm') ? 1 : ((a == 'v' || a == 'r') && b == 'e') || (a == 'l' && b == 'l') ? 2 : 0;
    int len2;
    return n != 0 && !is_word_char(at(k + n, &len2)) ? k + n : 0;
  }

  // `i`, or past the space there, which is no token: a token ends so most often, and its caller steps
  // over the space here rather than in a turn of the loop of its own. At the paragraph's end (i ==
  // end_) the byte before is read, which is no space (paragraphs are trimmed): the load needs no
  // branch to guard it, and the answer none either (a branch that mispredicted 2.5K times a dev pass).
  size_t past_space(size_t i) const { return i + (text_[std::min(i, end_ - 1)] == ' '); }

  // The end of the run of ASCII letters and digits at byte `i`, read eight bytes at a time where eight
  // can be: most words end within the first eight, so the loop rarely turns and its exit is predicted,
  // where a loop per byte mispredicted its exit at every word's end (80K times on the dev benchmark).
  // One bound per turn, eight_bytes_end_, tells both that the paragraph goes on and that the text has
  // eight bytes from `i`.
  size_t ascii_alnum_end(size_t i) const {
    const char* p = text_.data();
    for (; i < eight_bytes_end_; i += 8) {
      uint64_t bytes;
      std::memcpy(&bytes, p + i, 8);
      if (uint64_t stops = ascii_alnum_stops(bytes)) return std::min(i + first_stop(stops), end_);
    }
    while (i < end_ && is_ascii_alnum(p[i])) ++i;
    return i;
  }

  bool next_word_is_capitalised(size_t i) const {
    int len;
    char32_t c = at(i, &len);
    while (c != 0 && is_space(c)) {
      i += len;
      c = at(i, &len);
    }
    return is_upper(c);
  }

  // U.S., a.m., U.K.: a single letter then a period, and the next letter is also followed by a period.
  bool abbreviation_continues(size_t letter) const {
    int len, len2;
    at(letter, &len);
    return at(letter + len, &len2) == '.';
  }

  // `inner_period`: the word [start, end) holds a period (U.S), which word_end() noted as it went past.
  bool keeps_period(size_t start, size_t end, uint16_t lexicons, bool inner_period) const {
    int len;
    if (end - start <= 2 && is_upper(decode_at(text_, start, &len)) &&
        static_cast<size_t>(len) == end - start)
      return true;  // an initial
    if (inner_period) return true;  // U.S
    return lexicons & bit(Lex::kAbbreviations);
  }

  // "No." abbreviates "number" only before one ("No. 2"): elsewhere it is the answer, and its period
  // may end the sentence ("The mayor said no. But …"). Asked of words that keep their period.
  bool answer_no(size_t start, size_t end) const {
    if (end - start != 2 || (text_[start] | 0x20) != 'n' || (text_[start + 1] | 0x20) != 'o') return false;
    size_t i = end + 1;  // past the period
    while (i < end_ && text_[i] == ' ') ++i;
    return i == end_ || !is_digit(static_cast<unsigned char>(text_[i]));
  }

  void push_word(size_t begin, size_t end, bool capitalized) {
    push(begin, end, TokenType::kWord, capitalized, lexicon_bits_of(begin, end, /*plain=*/false));
  }

  // The token [begin, end), with its lexicons as bit(Lex) flags (0 for no word). Small enough to be
  // inlined into the tokenizer's loop, which saves a call and its register spills per token, because
  // what is rare here -- a dateline's dash, a pronoun after an abbreviation, a sentence's end, a long
  // word's lookup -- is kept out of line ([[gnu::noinline]]).
  void push(size_t begin, size_t end, TokenType type, bool capitalized, uint16_t lexicons) {
    push_token(begin, end, type, capitalized, lexicons, is_dash_token(begin, type));
  }
  // push(), where the caller knows whether the token is a dash.
  void push_token(size_t begin, size_t end, TokenType type, bool capitalized, uint16_t lexicons, bool dash) {
    // Tested and kept only when it may change: for a word, one test of after_ and no store.
    if (after_ | dash) before_rare_token(capitalized, lexicons, dash);
    // By bitwise &, which the compiler tests with the lexicons' bits first: `capitalized`, a coin toss at
    // every word, is then tested at listed words alone.
    const bool listed = lexicons & kListedSurnames;
    if (listed & capitalized) lexicons = surname_after_name(lexicons);
    out_.tokens.emplace_back(static_cast<uint32_t>(begin), static_cast<uint32_t>(end), lexicons, type, capitalized,
                             /*sentence_start=*/false, /*paragraph_start=*/false, in_quote_at(begin));
    // No real sentence is this long; text without sentence ends (lists, code, runs of marks) is cut
    // into pieces so that every stage's work per quote stays bounded and the whole pass linear.
    if (--sentence_room_ == 0) close_sentence();
  }

  // The lexicons of the word [begin, end), as bit(Lex) flags. A word of at most 8 bytes that 8 bytes of
  // the text follow from its start, most words, is read in one load, its bytes past the word masked off.
  // A `plain` word, of ASCII letters and digits alone, is lower-cased by setting each byte's case bit
  // (digits have it already), cheaper than FlatWordMap's lower-casing of any bytes.
  uint16_t lexicon_bits_of(size_t begin, size_t end, bool plain) const {
    const size_t n = end - begin;
    if (n - 1 >= 8 || begin + 8 > text_.size()) return long_word_lexicons(begin, end, plain);
    uint64_t bytes;
    std::memcpy(&bytes, text_.data() + begin, 8);
    const uint64_t mask = kFirstBytes[n];
    return static_cast<uint16_t>(plain ? lexicon_bits_.find_lower_short((bytes | 0x2020202020202020u) & mask, n)
                                       : lexicon_bits_.find_short(bytes & mask, n));
  }

  // kFirstBytes[n]: the mask of the first n bytes of eight, little-endian; a load, where computing it
  // took four instructions a word.
  static constexpr uint64_t kFirstBytes[9] = {0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF,
                                              0xFFFFFFFFFFFFFF, ~uint64_t{0}};

  // Words of more than 8 bytes, about one in ten, and any word among the text's last 8 bytes. A plain
  // word of 9 to 16 bytes is read as two chunks of eight that overlap, lower-cased as lexicon_bits_of()
  // does, not by find()'s tests of its length and lower-casing of any bytes (30 instructions a word).
  [[gnu::noinline]] uint16_t long_word_lexicons(size_t begin, size_t end, bool plain) const {
    const size_t n = end - begin;
    if (plain && n - 9 < 8) {
      uint64_t first, last;
      std::memcpy(&first, text_.data() + begin, 8);
      std::memcpy(&last, text_.data() + end - 8, 8);
      constexpr uint64_t kCaseBits = 0x2020202020202020u;
      return static_cast<uint16_t>(lexicon_bits_.find_lower_medium(first | kCaseBits, (last | kCaseBits) >> (8 * (16 - n)), n));
    }
    const uint32_t* bits = lexicon_bits_.find({text_.data() + begin, n});  // no bounds check
    return bits ? static_cast<uint16_t>(*bits) : 0;
  }

  // What push_token() asks before a token after a dash or a word that keeps its period (after_), or
  // before a dash: whether a dateline or an abbreviation's sentence ends there. Only after a word that
  // keeps its period does a pronoun's or determiner's bit count: tested at every word, it mispredicted at
  // most pronouns (4.6K times a dev pass). By bitwise &: `capitalized`, a coin toss at every word, is
  // tested at those words alone.
  [[gnu::noinline]] void before_rare_token(bool capitalized, uint16_t lexicons, bool dash) {
    if ((after_ & kAfterDash) && !dash && ends_dateline()) close_sentence();
    const bool opener = lexicons & (bit(Lex::kPronouns) | bit(Lex::kDeterminers));
    if ((after_ & kAfterKeptPeriod) && (opener & capitalized) && follows_abbreviation()) close_sentence();
    after_ = dash ? kAfterDash : 0;
  }

  // A capitalised word of kListedSurnames' lexicons, about to be pushed: after an honorific or a given
  // name it is a surname, not the title or adjective its lexicons list ("Mr. Prince", "Ms. White",
  // "Charlie King"): its lexicons without those. (Not after a given name that is also a function word:
  // "Will President Obama sign it?")
  [[gnu::noinline]] uint16_t surname_after_name(uint16_t lexicons) const {
    if (out_.tokens.empty()) return lexicons;
    const Token& prev = out_.tokens.back();
    const bool given_name = prev.capitalized && (prev.lexicons & bit(Lex::kFirstNames)) &&
                            !(prev.lexicons & bit(Lex::kFunctionWords));
    if ((prev.lexicons & bit(Lex::kHonorifics)) || given_name) lexicons &= static_cast<uint16_t>(~kListedSurnames);
    return lexicons;
  }

  // "… attacks in the U.S. He says …", "… with the One S. The app …": a capitalised pronoun or
  // determiner after a word that keeps its period (an abbreviation or an initial, not a title such as
  // "Sen.") starts a sentence.
  [[gnu::noinline]] bool follows_abbreviation() const {
    if (out_.tokens.size() <= sentence_first_) return false;
    const Token& prev = out_.tokens.back();
    return prev.type == TokenType::kWord && text_[prev.end - 1] == '.' && !(prev.lexicons & bit(Lex::kHonorifics)) &&
           !(prev.lexicons & bit(Lex::kTitles));
  }

  bool is_dash_token(size_t begin, TokenType type) const {
    int len;
    return type == TokenType::kPunct && is_dash(decode_at(text_, begin, &len));
  }

  // Whether the tokens so far in this sentence are a dateline that opens its paragraph, ending in a
  // dash: "WASHINGTON (AP) —", "FLINT, Mich., Oct. 4 (UPI) —", "BRUSSELS -", "Mexico City (AFP) –". It
  // is a sentence of its own, so that the subject of the next words is not read as "Washington". Every
  // word is capitalised or a number, and it names an agency in parentheses, or its first word is in
  // capitals and so is every word, or it holds a comma. "FBI Director James Comey — who …" and
  // "Governor Chris Christie –" are no datelines. Asked only when the last token is a dash (after_).
  [[gnu::noinline]] bool ends_dateline() const {
    const std::vector<Token>& t = out_.tokens;
    size_t n = t.size() - sentence_first_;
    if (n < 2 || n > 16 || sentence_first_ != paragraph_first_) return false;
    size_t last = t.size();
    while (last > sentence_first_ && is_dash_token(t[last - 1].begin, t[last - 1].type)) --last;
    if (last == sentence_first_ || !t[sentence_first_].capitalized) return false;
    bool all_capitals = true, comma = false, agency = false;
    for (size_t i = sentence_first_; i < last; ++i) {
      const Token& k = t[i];
      char c = text_[k.begin];
      if (k.type == TokenType::kPunct) {
        if (c != ',' && c != '.' && c != '(' && c != ')') return false;
        comma = comma || c == ',';
        agency = agency || c == '(';
      } else if (!k.capitalized && !is_digit(static_cast<unsigned char>(c))) {
        return false;
      } else if (!is_digit(static_cast<unsigned char>(c))) {
        all_capitals = all_capitals && in_capitals(k);
      }
    }
    return agency || (in_capitals(t[sentence_first_]) && (all_capitals || comma));
  }

  // A word in capitals: "WASHINGTON", "AP".
  bool in_capitals(const Token& k) const {
    return k.type == TokenType::kWord && is_in_capitals(text_.substr(k.begin, k.end - k.begin));
  }

  // Ends the sentence after the current token unless a lower-case word follows ("e.g. the", "3.5").
  void maybe_close_sentence(size_t after) {
    // The common case first, without decoding: a space, then an ASCII character that is no space
    // (the loops below took 50 instructions for it, and mispredicted their exits).
    if (after + 1 < end_ && text_[after] == ' ') {
      const unsigned char next = text_[after + 1];
      if (next > ' ' && next < 0x80) {
        if (next < 'a' || next > 'z') close_sentence();
        return;
      }
    }
    int len;
    size_t i = after;
    char32_t c = at(i, &len);
    while (c == 0x201D || c == '"' || c == 0x2019 || c == ')' || c == ']') {
      i += len;
      c = at(i, &len);
    }
    if (c != 0 && !is_space(c)) return;
    while (c != 0 && is_space(c)) {
      i += len;
      c = at(i, &len);
    }
    if (c == 0 || !is_letter(c) || is_upper(c)) close_sentence();
  }

  // Marks the sentence's first token as such here, once, rather than telling each token pushed whether
  // it is one: push() then stores flags known at compile time (8 instructions a token less), as it does
  // for the paragraph's first token, which run() marks.
  [[gnu::noinline]] void close_sentence() {
    if (out_.tokens.size() == sentence_first_) return;
    out_.tokens[sentence_first_].sentence_start = true;
    // Written in place: pushed whole, the pair was stored on the stack as two halves and read back in
    // one load, which waits for both stores to retire (a store-forwarding stall).
    Sentence& s = out_.sentences.emplace_back();
    s.first = static_cast<uint32_t>(sentence_first_);
    s.last = static_cast<uint32_t>(out_.tokens.size());
    sentence_first_ = out_.tokens.size();
    sentence_room_ = kMaxSentenceTokens;
  }

  std::string_view text_;
  const std::vector<QuoteMarks>& quotes_;
  const FlatWordMap<uint32_t>& lexicon_bits_ = lexicon_bits();
  Tokens out_;
  size_t end_ = 0;             // the end of the paragraph being read
  size_t eight_bytes_end_ = 0;  // min(end_, text size - 7): bytes before it are in the paragraph and
                                // have 8 bytes of text from them
  size_t sixteen_bytes_end_ = 0;  // min(end_, text size - 15), as eight_bytes_end_ for 16 bytes
  size_t next_quote_ = 0;
  size_t next_open_ = 0, next_close_ = 0;  // quotes_[next_quote_].open and .close
  bool in_quote_ = false;    // in_quote_at() of the last byte asked
  size_t quote_change_ = 0;  // the next byte from which in_quote_at() may answer otherwise
  bool counted_ = false;  // whether make_room() has counted the tokens to come
  // What the last token pushed is, when push_token() must ask more before the next (before_rare_token()):
  // a dash (kept, not decoded again per token), or a word that keeps its period (Mr., U.S.), which only
  // word_with_period() and word_end() push and note. One byte, tested once per token.
  enum : uint8_t { kAfterDash = 1, kAfterKeptPeriod = 2 };
  uint8_t after_ = 0;
  size_t sentence_first_ = 0;
  size_t paragraph_first_ = 0;  // out_.paragraph_first.back(), at hand
  // Tokens this sentence may take before it must end: counted down, where comparing each token's index
  // with sentence_first_ took a division by sizeof(Token).
  size_t sentence_room_ = kMaxSentenceTokens;
};

// Tokens::block_sentence and block_paragraphs have an entry per 2^kBlockShift tokens.
constexpr size_t kBlockShift = 6;

// The index of the first of `items` that fails `pred` (which the items that pass come before), where
// `block` gives the index for the first token of each block: the index for token `i` lies between its
// block's and the next block's. All the items are searched for a token past the blocks.
template <typename T, typename Pred>
size_t search_from_blocks(const std::vector<T>& items, const std::vector<uint32_t>& block, size_t i, Pred pred) {
  const size_t b = i >> kBlockShift;
  if (b + 1 >= block.size()) return partition_index(items.data(), items.size(), pred);
  return block[b] + partition_index(items.data() + block[b], block[b + 1] - block[b], pred);
}

// Fills tokens->block_sentence and block_paragraphs. A block's entry counts the sentences that end
// before its first token, and the paragraphs begun up to it: each sentence and paragraph is counted
// at the block it is first counted for, then the counts are summed block by block, with no branch
// per item (a walk that compared each sentence and paragraph with the blocks mispredicted at most
// blocks: 16K times on dev x10). Out of line: inlined, it made tokenize() too large for the compiler
// to inline the tokenizer's loop in it.
[[gnu::noinline]] void index_blocks(Tokens* tokens) {
  const size_t blocks = (tokens->tokens.size() >> kBlockShift) + 2;
  std::vector<uint32_t>& sentences = tokens->block_sentence;
  std::vector<uint32_t>& paragraphs = tokens->block_paragraphs;
  sentences.assign(blocks, 0);
  paragraphs.assign(blocks, 0);
  // A sentence ends before block b's first token, b << kBlockShift, when its last token (last - 1) is
  // in a block before b; a paragraph is begun up to it when its first token is in block b or before.
  for (const Sentence& s : tokens->sentences) ++sentences[((s.last - 1) >> kBlockShift) + 1];
  for (uint32_t first : tokens->paragraph_first) ++paragraphs[(first + (1u << kBlockShift) - 1) >> kBlockShift];
  for (size_t b = 1; b < blocks; ++b) {
    sentences[b] += sentences[b - 1];
    paragraphs[b] += paragraphs[b - 1];
  }
}

}  // namespace

int Tokens::paragraph_of(size_t i) const {
  auto at_or_before = [i](uint32_t first) { return first <= i; };  // as std::upper_bound(..., i)
  return static_cast<int>(search_from_blocks(paragraph_first, block_paragraphs, i, at_or_before)) - 1;
}

size_t Tokens::sentence_of(size_t i) const {
  return search_from_blocks(sentences, block_sentence, i, [i](const Sentence& s) { return s.last <= i; });
}

size_t Tokens::first_token_of_paragraph(int p) const {
  if (p <= 0) return 0;
  return static_cast<size_t>(p) < paragraph_first.size() ? paragraph_first[p] : tokens.size();
}

Tokens tokenize(std::string_view text, const std::vector<Paragraph>& paragraphs,
                const std::vector<QuoteMarks>& quotes, const std::vector<ByteSpan>& markup) {
  Tokens tokens = Tokenizer(text, quotes).run(paragraphs);
  std::vector<Token>& t = tokens.tokens;
  for (const ByteSpan& m : markup) {  // few spans: each finds its first token by binary search
    auto it = std::partition_point(t.begin(), t.end(), [&](const Token& k) { return k.end <= m.begin; });
    for (; it != t.end() && it->begin < m.end; ++it) it->markup = true;
  }
  index_blocks(&tokens);
  return tokens;
}

}  // namespace whosaid
