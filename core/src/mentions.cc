#include "mentions.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lexicon.h"
#include "out_of_line.h"

namespace whosaid {

// [[gnu::hot]] marks the readers that the stages call at every reporting verb (phrase_before(), phrase_at()
// and what they call) and for every name (describe()): GCC places such functions together, apart from
// the rest of the engine, so that between two calls the code run elsewhere evicts fewer of their I-cache
// lines (dev x10, with cue_in_sentence() and next_to_read() in attribution.cc: 64K fewer I1 misses,
// 54K fewer mispredicts). Marking more of them (is_qualifier(), past_home(), the Attributor's attribute())
// had cost some of that back.
// [[gnu::cold]] marks two rare readers that phrase_before_at_depth() calls (past_home(),
// sentence_opening_description()): GCC then moves the paths that lead to them out of the hot code
// (dev x10: 46K fewer I1 misses, 30K fewer mispredicts).

namespace {

constexpr size_t kMaxAppositive = 40;  // tokens between the commas of "X, a ..., said"
constexpr size_t kMaxPhrase = 9;       // tokens in one speaker phrase
constexpr size_t kMaxRoleAfterName = 10;  // tokens of ", an analyst at Fairview Capital" after a name
constexpr size_t kMaxAsAfterWho = 5;      // tokens from "who" to "as" in "who follows Amazon as a …"
constexpr int kMaxPhraseDepth = 2;     // appositives within appositives read before a verb
constexpr size_t kMaxPlainPhrase = 10;   // tokens in a speaker phrase read by its place alone
constexpr size_t kMaxIntroduction = 6;   // tokens of an introduction before its comma: "In May", "In fact"
constexpr size_t kMaxShortDescription = 6;  // tokens of "the veteran night-ferry skipper"
constexpr size_t kMaxSourcePhrase = 16;  // tokens in a source after "according to" that no lexicon knows

// Whether `w` holds a hyphen. Most words (names) are of 4 to 8 bytes: tested at once (holds_byte()),
// where a call of memchr() had cost each capitalised word twenty-odd instructions.
bool has_hyphen(std::string_view w) {
  if (w.size() - 4 > 4) return w.find('-') != std::string_view::npos;  // (a size under 4 wraps around)
  return holds_byte(short_word_bytes(w), '-');
}

// Whether a token may be a word of a name by its own flags and lexicons: a capitalised word, outside
// quotes and markup, in no list of words that never are, and not a word that opens a sentence with
// no name in it. The rest of is_name_word()'s tests read its word (reads_as_name_word()).
constexpr uint32_t kNeverNames = bit(Lex::kHonorifics) | bit(Lex::kTitles) | bit(Lex::kAdjectives);
// Page words: is_page_word(). Determiners: "Several sources said", "Many voters say".
constexpr uint32_t kNoNamesOpening =
    bit(Lex::kCueVerbs) | bit(Lex::kCueModifiers) | bit(Lex::kPageWords) | bit(Lex::kDeterminers);
bool may_be_name_word(const Token& t) {  // by bitwise &: one branch where six had mispredicted often
  const bool word = t.type == TokenType::kWord, in_no_list = (t.lexicons & kNeverNames) == 0;
  const bool opening_no_name = t.sentence_start & ((t.lexicons & kNoNamesOpening) != 0);
  return word & t.capitalized & !t.in_quote & !t.markup & in_no_list & !opening_no_name;
}

// Of up to 64 tokens, a bit each (bit k for the k-th): those that may_be_name_word(), those in the
// reporting verbs' lexicon, those in quotes, those in the reporting nouns' lexicon, and the function
// words of 9 bytes, "according" among them (next_claim_word()).
struct CandidateBits {
  uint64_t names = 0;
  uint64_t cue_verbs = 0;
  uint64_t quoted = 0;
  uint64_t cue_nouns = 0;
  uint64_t nine_byte_function_words = 0;
};

CandidateBits candidate_bits_one_by_one(const Token* t, size_t n) {
  CandidateBits bits;
  for (size_t k = 0; k < n; ++k) {
    bits.names |= uint64_t{may_be_name_word(t[k])} << k;
    bits.cue_verbs |= uint64_t{(t[k].lexicons & bit(Lex::kCueVerbs)) != 0} << k;
    bits.quoted |= uint64_t{t[k].in_quote} << k;
    bits.cue_nouns |= uint64_t{(t[k].lexicons & bit(Lex::kCueNouns)) != 0} << k;
    const bool nine_bytes = t[k].end - t[k].begin == 9;
    bits.nine_byte_function_words |= uint64_t{nine_bytes && (t[k].lexicons & bit(Lex::kFunctionWords))} << k;
  }
  return bits;
}

#if defined(__SSE2__)
// With SSE2 (natively, and in the wasm build as wasm SIMD), four tokens at a time: each token's
// lexicons, type and flags are its bytes 8 to 11, which are read as one 32-bit lane of a vector, and
// may_be_name_word()'s tests are masks and compares of the four lanes at once (~5 instructions a
// token, where gathering two bits a token had cost 8 and may_be_name_word() 15 more a capitalised one,
// with a mispredicted branch at many).
static_assert(offsetof(Token, lexicons) == 8 && offsetof(Token, type) == 10 && sizeof(Token) == 12,
              "a token's last four bytes hold its lexicons, type and flags");

// Token bytes 8 to 11 as a 32-bit word: its lexicons (bits 0-15), type (16-23) and flags (24-31).
uint32_t flag_word(const Token& t) {
  uint32_t w;
  std::memcpy(&w, reinterpret_cast<const char*>(&t) + offsetof(Token, lexicons), sizeof w);
  return w;
}

// The bits of a flag word that may_be_name_word() tests. The flags' bits are found from tokens that set
// one each, not assumed: bit-fields are laid out as the compiler chooses.
struct NameWordMasks {
  uint32_t capitalized, sentence_start, in_quote_or_markup, in_quote;
};
NameWordMasks name_word_masks() {
  const Token none(0, 0, 0, TokenType::kWord, false, false, false, false);
  const Token capitalized(0, 0, 0, TokenType::kWord, true, false, false, false);
  const Token sentence_start(0, 0, 0, TokenType::kWord, false, true, false, false);
  const Token in_quote(0, 0, 0, TokenType::kWord, false, false, false, true);
  Token markup = none;
  markup.markup = true;
  const uint32_t plain = flag_word(none);
  return {flag_word(capitalized) ^ plain, flag_word(sentence_start) ^ plain,
          (flag_word(in_quote) | flag_word(markup)) ^ plain, flag_word(in_quote) ^ plain};
}

// The four tokens at `t`, field by field: their flag words and their sizes (end - begin), in order,
// from the three vectors of their 48 bytes.
struct FourTokens {
  __m128i flag_words;
  __m128i sizes;
};
FourTokens four_tokens(const Token* t) {
  const char* p = reinterpret_cast<const char*>(t);
  // Each token's begin, end and flag word: b, e and f.
  const __m128 a = _mm_castsi128_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));       // b0 e0 f0 b1
  const __m128 b = _mm_castsi128_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16)));  // e1 f1 b2 e2
  const __m128 c = _mm_castsi128_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 32)));  // f2 b3 e3 f3
  const __m128 first = _mm_shuffle_ps(a, b, _MM_SHUFFLE(1, 1, 2, 2));   // f0 f0 f1 f1
  const __m128 second = _mm_shuffle_ps(c, c, _MM_SHUFFLE(3, 3, 0, 0));  // f2 f2 f3 f3
  const __m128 late = _mm_shuffle_ps(b, c, _MM_SHUFFLE(2, 1, 3, 2));    // b2 e2 b3 e3
  const __m128 early_ends = _mm_shuffle_ps(a, b, _MM_SHUFFLE(0, 0, 1, 1));  // e0 e0 e1 e1
  const __m128 begins = _mm_shuffle_ps(a, late, _MM_SHUFFLE(2, 0, 3, 0));
  const __m128 ends = _mm_shuffle_ps(early_ends, late, _MM_SHUFFLE(3, 1, 2, 0));
  return {_mm_castps_si128(_mm_shuffle_ps(first, second, _MM_SHUFFLE(2, 0, 2, 0))),
          _mm_sub_epi32(_mm_castps_si128(ends), _mm_castps_si128(begins))};
}

CandidateBits candidate_bits(const Token* t, size_t n) {
  if (n < 64) return candidate_bits_one_by_one(t, n);
  static const NameWordMasks masks = name_word_masks();
  const __m128i zero = _mm_setzero_si128();
  auto none_of = [&](__m128i words, uint32_t bits) {
    return _mm_cmpeq_epi32(_mm_and_si128(words, _mm_set1_epi32(static_cast<int>(bits))), zero);
  };
  // Capitalised, a word (type 0), outside quotes and markup, in no list of kNeverNames: of these bits,
  // the capital's alone.
  const uint32_t tested = masks.capitalized | 0xFFu << 16 | masks.in_quote_or_markup | kNeverNames;
  const __m128i capitalized = _mm_set1_epi32(static_cast<int>(masks.capitalized));
  static_assert(static_cast<unsigned>(Lex::kCueVerbs) < 31 && static_cast<unsigned>(Lex::kCueNouns) < 31,
                "a lexicon bit shifted to a lane's top");
  CandidateBits bits;
  auto top_bits = [](__m128i lanes) { return uint64_t(static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(lanes)))); };
  for (size_t k = 0; k < 64; k += 4) {
    const FourTokens four = four_tokens(t + k);
    const __m128i words = four.flag_words;
    const __m128i word_alone = _mm_cmpeq_epi32(_mm_and_si128(words, _mm_set1_epi32(static_cast<int>(tested))), capitalized);
    const __m128i not_opening_no_name = _mm_or_si128(none_of(words, masks.sentence_start), none_of(words, kNoNamesOpening));
    const __m128i name = _mm_and_si128(word_alone, not_opening_no_name);
    const __m128i cue_verb = _mm_slli_epi32(words, 31 - static_cast<int>(Lex::kCueVerbs));  // its bit to the top
    const __m128i cue_noun = _mm_slli_epi32(words, 31 - static_cast<int>(Lex::kCueNouns));
    const __m128i unquoted = none_of(words, masks.in_quote);
    const __m128i nine_byte_function_word = _mm_andnot_si128(none_of(words, bit(Lex::kFunctionWords)),
                                                             _mm_cmpeq_epi32(four.sizes, _mm_set1_epi32(9)));
    bits.names |= top_bits(name) << k;
    bits.cue_verbs |= top_bits(cue_verb) << k;
    bits.quoted |= (top_bits(unquoted) ^ 0xF) << k;
    bits.cue_nouns |= top_bits(cue_noun) << k;
    bits.nine_byte_function_words |= top_bits(nine_byte_function_word) << k;
  }
  return bits;
}
#else
CandidateBits candidate_bits(const Token* t, size_t n) { return candidate_bits_one_by_one(t, n); }
#endif

char gender_tag(const LexiconEntry* e) {
  if (!e || e->tag.empty()) return '?';
  return e->tag[0] == '-' ? '?' : e->tag[0];
}

#if defined(__EMSCRIPTEN__)
// The bytes of `w` that differ from those of `lower` (4 each), as is_any_of() compares them: the bytes
// of `lower` that are ASCII lower-case letters ('a' <= b <= 'z', by two additions that carry into a
// byte's high bit) give `w`'s their case bit.
uint32_t folded_difference(uint32_t w, uint32_t lower) {
  const uint32_t low7 = lower & 0x7F7F7F7Fu;
  const uint32_t letters = (low7 + 0x1F1F1F1Fu) & ~(low7 + 0x05050505u) & ~lower & 0x80808080u;
  return (w | letters >> 2) ^ lower;
}
#endif

}  // namespace

// Out of line (out_of_line.h): inlined, each call was a loop of its own, and phrase_before_at_depth()
// and is_cue() grew large enough for V8 to recompile them during a first extract(). Natively it is
// inlined where the options are known, and there the loop is unrolled: each option's size is compared
// with a constant, by a branch of its own that is well predicted, where the loop's one size compare
// had mispredicted more than any other branch of the engine (~1.5 per-cent of its instructions, too).
// In the WebAssembly build the loop is unrolled four times, and a word of 4 to 8 bytes compared as two
// 4-byte loads that overlap (the engine 1.4% fewer instructions per dev pass, +161 bytes of gzip).
WHOSAID_OUT_OF_LINE bool is_any_of(const char* w, size_t size, const std::string_view* options, size_t count) {
#if !defined(__EMSCRIPTEN__)
#pragma GCC unroll 32
#else
#pragma clang loop unroll_count(4)
#endif
  for (size_t k = 0; k < count; ++k)
    if (const std::string_view o = options[k]; size == o.size()) {
#if defined(__EMSCRIPTEN__)
      if (size - 4 <= 4) {
        if ((folded_difference(load32(w), load32(o.data())) |
             folded_difference(load32(w + size - 4), load32(o.data() + size - 4))) == 0)
          return true;
        continue;
      }
#endif
      // Every byte, not up to the first that differs: the loop's exit had mispredicted often. A letter
      // matches in either case; any other byte exactly (folded too, "—" and "’s" had never matched).
      unsigned differ = 0;
      for (size_t i = 0; i < o.size(); ++i) {
        const auto c = static_cast<unsigned char>(o[i]);
        const unsigned fold = static_cast<unsigned>(c - 'a') < 26u ? 0x20 : 0;
        differ |= (static_cast<unsigned char>(w[i]) | fold) ^ c;
      }
      if (differ == 0) return true;
    }
  return false;
}

MentionReader::MentionReader(std::string_view text, Tokens& tokens)
    : text_(text), tokens_(tokens), toks_(tokens.tokens),
      name_words_((tokens.tokens.size() + 63) / 64), claim_words_(name_words_.size()), quoted_(name_words_.size()) {
  // Tokens come with cue unset (tokens.h): only the few reporting verbs are written. The name bits, and
  // the bits of next_claim_word() and quoted_in(), in the same pass over the tokens. A block's reporting
  // verbs, and its words that may be names by their own flags and lexicons, are gathered without a
  // branch (candidate_bits()), and only they are tested further: a branch on every token had
  // mispredicted at most of them.
  Token* const all = tokens.tokens.data();
  for (size_t block = 0; block < name_words_.size(); ++block) {
    const size_t first = block * 64;
    const CandidateBits bits = candidate_bits(all + first, std::min<size_t>(toks_.size - first, 64));
    uint64_t claim_words = bits.cue_nouns;
    for (uint64_t cue_words = bits.cue_verbs; cue_words != 0; cue_words &= cue_words - 1) {
      const size_t i = first + static_cast<size_t>(__builtin_ctzll(cue_words));
      all[i].cue = reads_as_cue(i);
      claim_words |= uint64_t{all[i].cue} << (i % 64);
    }
    for (uint64_t nine = bits.nine_byte_function_words; nine != 0; nine &= nine - 1) {
      const size_t k = static_cast<size_t>(__builtin_ctzll(nine));
      const std::string_view w = word(first + k);
      claim_words |= uint64_t{equals(w, "according") || equals(w, "According")} << k;
    }
    claim_words_[block] = claim_words & ~bits.quoted;
    quoted_[block] = bits.quoted;
    uint64_t names = bits.names;
    for (uint64_t candidates = names; candidates != 0; candidates &= candidates - 1) {
      const size_t k = static_cast<size_t>(__builtin_ctzll(candidates));
      if (!reads_as_name_word(first + k)) names &= ~(uint64_t{1} << k);
    }
    name_words_[block] = names;
  }
}

// Of a token that may_be_name_word(): whether its word is no function word or hyphenated modifier.
// Words of quantity before "of": "a number of experts", "Thousands of Tunisians".
constexpr auto kQuantityWords = screened_words({"number", "lot", "lots", "handful", "couple", "dozens", "hundreds",
                                                "thousands", "millions", "scores", "host"});

inline bool MentionReader::reads_as_name_word(size_t i) const {
  // A capitalised reporting verb inside a sentence is one only in a headline ("Trump Says He …"): it
  // ends the name before it.
  if (toks_[i].cue && !toks_[i].sentence_start) return false;
  // "Thousands of Tunisians" opens with no name: a count of the people after "of", of whom "Many
  // Tunisians" or "Tunisians" may speak, but not these thousands.
  if (toks_[i].sentence_start && i + 1 < toks_.size && equals(word(i + 1), "of") && is_any(word(i), kQuantityWords))
    return false;
  // "Outside Carrier’s plant, workers said …": a preposition that opens the sentence, no name's first
  // word (the function words' lexicon leaves them out, as "outside analysts" and "Near East" need).
  if (toks_[i].sentence_start && is_any(word(i), {"outside", "inside", "near"})) return false;
  // "… many ties: Several Twitter executives …": after a colon a clause opens as a sentence does, and
  // a determiner there is no name's word either.
  if (i > 0 && in(i, Lex::kDeterminers) && equals(word(i - 1), ":")) return false;
  if (in(i, Lex::kFunctionWords) && is_function_word(i)) return false;
  // "the Xbox One X": a capital letter alone is a name's word only after another ("Malcolm X").
  if (toks_[i].end - toks_[i].begin == 1 && (i == 0 || !may_be_name_word(toks_[i - 1]) || is_function_word(i - 1)))
    return false;
  return !is_hyphenated_modifier(word(i));
}

size_t MentionReader::next_name_word(size_t from) const {
  size_t block = from / 64;
  if (block >= name_words_.size()) return toks_.size;
  uint64_t names = name_words_[block] & (~uint64_t{0} << (from % 64));
  while (names == 0) {
    if (++block == name_words_.size()) return toks_.size;
    names = name_words_[block];
  }
  return block * 64 + static_cast<size_t>(__builtin_ctzll(names));
}

size_t MentionReader::next_claim_word(size_t from, size_t end) const {
  for (size_t n = from; n < end; n = (n / 64 + 1) * 64) {
    if (const uint64_t words = claim_words_[n / 64] >> (n % 64); words != 0)
      return std::min(end, n + static_cast<size_t>(__builtin_ctzll(words)));
  }
  return std::max(from, end);
}

size_t MentionReader::quoted_in(size_t first, size_t last) const {
  if (first >= last) return 0;
  // The bits of [first, last) in the blocks from first's to last's: those before `first` shifted out of
  // the first block, those from `last` on masked off in the last.
  const size_t first_block = first / 64, last_block = (last - 1) / 64;
  const uint64_t last_mask = ~uint64_t{0} >> (63 - (last - 1) % 64);
  if (first_block == last_block) return __builtin_popcountll((quoted_[first_block] & last_mask) >> (first % 64));
  size_t n = __builtin_popcountll(quoted_[first_block] >> (first % 64));
  for (size_t b = first_block + 1; b < last_block; ++b) n += __builtin_popcountll(quoted_[b]);
  return n + __builtin_popcountll(quoted_[last_block] & last_mask);
}

size_t MentionReader::name_run_end(size_t from, size_t limit) const {
  if (from >= limit) return from;
  for (size_t n = from; n < limit; n = (n / 64 + 1) * 64) {
    // The first token that is no name word, by its bit: the bits past the block's end are shifted in
    // as zeros, as if names, and a block that holds no other lets the search go on to the next.
    if (const uint64_t others = ~name_words_[n / 64] >> (n % 64); others != 0)
      return std::min(limit, n + static_cast<size_t>(__builtin_ctzll(others)));
  }
  return limit;
}

// "Trump Says He Never Pledged to Release His Tax Returns": a headline in title case, a paragraph of one
// sentence whose words of four letters or more are all capitalised, where token `i` stands between two
// capitalised words or after one at its end. There a capitalised reporting verb may be one.
bool MentionReader::in_title_case_headline(size_t i) const {
  constexpr size_t kMaxHeadline = 30;  // tokens
  // ("The Ferry Is Late, Clara Haines Says.": the verb may end it.)
  const bool ends_headline = i + 1 >= toks_.size || is_any(word(i + 1), {".", "!", "?"});
  if (i == 0 || !toks_[i - 1].capitalized || !(ends_headline || toks_[i + 1].capitalized)) return false;
  const Sentence& s = tokens_.sentences[tokens_.sentence_of(i)];
  const bool own_paragraph = toks_[s.first].paragraph_start && (s.last == toks_.size || toks_[s.last].paragraph_start);
  if (!own_paragraph || s.last - s.first > kMaxHeadline) return false;
  size_t long_words = 0;
  for (size_t k = s.first; k < s.last; ++k) {
    // (Not the possessive "’s": four bytes, its apostrophe three of them, but no word of four letters.)
    if (toks_[k].type != TokenType::kWord || word(k).size() < 4 || equals(word(k), "’s")) continue;
    if (!toks_[k].capitalized) return false;
    ++long_words;
  }
  return long_words >= 3;
}

bool MentionReader::reads_as_cue(size_t i) const {
  const Token& t = toks_[i];
  if (t.type != TokenType::kWord || t.in_quote || t.markup) return false;
  // The word, kept at hand: the tests below ask it a dozen times, across calls that would have it read
  // from the token again.
  const std::string_view w = word(i);
  const bool inside_headline = t.capitalized && !t.sentence_start;
  if (inside_headline && !in_title_case_headline(i)) return false;
  const LexiconEntry* e = lexicon(Lex::kCueVerbs).find(w);
  // In a headline, a form of the verb that is not its base ("Says", "Warned"): "Read" in "Most Read
  // Stories" or "Protest" in "Anti-Fees Protest At Warwick" is none.
  if (inside_headline && is_any(w, {e->lemma})) return false;
  // is_past_form(i), of the entry at hand: is_past_form() looks the word up again.
  auto past_form = [&] { return w != e->lemma && !has_suffix(w, "s") && !has_suffix(w, "ing"); };
  // A form in -s that is not the lemma ("reports"; not "stress"): a verb's third person, or a plural noun.
  // Worked out once: most calls pass every test below, and seven of them ask it.
  const bool s_form = has_suffix(w, "s") && w != e->lemma;
  // A noun, not a verb: "the comments", "his remarks", "Trump’s claims" (but "he’s said" is a verb) --
  // and after a plural quantifier a form in -s ("many reports suggest"), where a verb would be "say".
  // ("One says", "another said": one person of several speaks.)
  static constexpr auto kQuantifiers = screened_words({"one", "another", "two", "three", "some", "many", "several"});
  // (Not "her" that a preposition takes before a past form: "People close to her said", "a friend of
  // her told": the object pronoun, and the verb after it.)
  if (i > 0 && is_determiner(i - 1) && !(object_her(i - 1) && past_form())) {
    if (!is_any(word(i - 1), kQuantifiers)) return false;
    if (!is_any(word(i - 1), {"one", "another"}) && s_form) return false;
  }
  // "More text here", "much comment", "less noise": any form after a quantifier of amount is a noun
  // (but "a third of voters or less want …": the quantifier ends the subject).
  static constexpr auto kAmounts = screened_words({"more", "less", "much"});
  if (i > 0 && is_any(word(i - 1), kAmounts) && !(i > 1 && equals(word(i - 2), "or"))) return false;
  // "Other estimates put …", "these reports": a form in -s after a plural word is a noun.
  static constexpr auto kPluralWords = screened_words({"other", "these", "those", "such", "both",
                                                       "all", "few", "most", "various", "numerous"});
  if (i > 0 && s_form && is_any(word(i - 1), kPluralWords)) return false;
  // "The Supreme Court ruling in essence …", "a White House briefing": a form in -ing after a name
  // that a determiner opens is a noun.
  if (i > 1 && has_suffix(w, "ing") && toks_[i - 1].capitalized && !toks_[i - 1].sentence_start) {
    size_t k = capitalised_run_start(i);
    if (k > 0 && is_any(word(k - 1), {"the", "a", "an"})) return false;
    if (toks_[k].sentence_start && is_any(word(k), {"the", "a", "an"})) return false;
  }
  // "one of the leading academic voices on Sudan": a form in -s that "one of the …" still needs as its
  // plural noun, no plural between them ("one of the officials says": the verb).
  if (i > 3 && s_form && completes_one_of(i)) return false;
  // "many leftist figures oppose": the same past one adjective.
  // (Each test below asks the cheap questions first: most cue words fail them.)
  static constexpr auto kPluralQuantifiers = screened_words({"two", "three", "some", "many", "several", "few", "most"});
  if (i > 1 && s_form && toks_[i - 1].type == TokenType::kWord &&
      !toks_[i - 1].capitalized && is_any(word(i - 2), kPluralQuantifiers) && !is_function_word(i - 1))
    return false;
  // "Tax issues always loom large", "the claims often prove false": a form in -s that an adverb of
  // frequency and a plural verb follow is the subject's plural noun ("says often that …" the verb).
  if (i + 2 < toks_.size && s_form && plural_verb_after_adverb(i + 1))
    return false;
  // "reports seen by Reuters", "claims made by the mayor": a form in -s before a participle and "by" is
  // the noun the participle qualifies.
  if (i + 2 < toks_.size && s_form && equals(word(i + 2), "by") &&
      looks_like_participle(i + 1))
    return false;
  // "the Harbour Council label.", "the Acme brand.": a verb that takes its object ("labeled him a
  // liar"), in its base form, with none before the sentence's end, is a noun.
  if (e->has(kTagObject) && w == e->lemma && (i + 1 >= toks_.size || equals(word(i + 1), "."))) return false;
  // "comes with added costs", "for stated reasons": a past form after a preposition qualifies a noun.
  static constexpr auto kBeforeQualifyingForm = screened_words({"with", "without", "for"});
  if (i > 0 && has_suffix(w, "ed") && is_any(word(i - 1), kBeforeQualifyingForm)) return false;
  // "weighed in on the plan", "pointed to the vote": a verb that reports only with one of its particles
  // (tags +in, +to, ...); "it weighs a ton", "a low point".
  if (e->has(kTagParticles) && !(i + 1 < toks_.size && has_particle(e->tag, word(i + 1))))
    return false;
  // "academic voices said", "the reports say": a reporting word right before a reporting verb heads the
  // subject -- not before a participle ("was reported saying"), nor after a subject of its own in a
  // relative clause ("which Will claims affirmed …", "that he says proved …"), nor when it is a past
  // form, which heads no subject ("said comments from …": what was said opens with a noun).
  if (i + 1 < toks_.size && in(i + 1, Lex::kCueVerbs) && !toks_[i + 1].capitalized && !past_form() &&
      !has_suffix(word(i + 1), "ing") && !(i > 0 && in(i - 1, Lex::kPronouns)) &&
      !(i > 1 && is_any(word(i - 2), {"which", "that", "who", "whom"})))
    return false;
  // "calls that into question", "called into question whether …": doubt cast, by a finding as often as
  // by anyone, not a call made (and "question" there a noun).
  if (e->lemma == "call" && calls_into_question(i)) return false;
  if (i > 0 && equals(w, "question") && equals(word(i - 1), "into")) return false;
  // "showed up at the door", "showing off the hat": someone arriving or displaying, nothing shown to be so.
  if (e->lemma == "show" && i + 1 < toks_.size && is_any(word(i + 1), {"up", "off"})) return false;
  // "30 frames a second compared to the old console": a comparison, not someone comparing.
  if (equals(w, "compared") && i + 1 < toks_.size && is_any(word(i + 1), {"to", "with"})) return false;
  // "state Sen. Jane Doe", "state Del. Marcia Price": an adjective before an office.
  if (i + 1 < toks_.size && equals(w, "state") && (in(i + 1, Lex::kHonorifics) || is_title(i + 1))) return false;
  // "secretary of state", "head of state": a noun, as only a gerund follows "of" ("of saying").
  if (i > 0 && equals(word(i - 1), "of") && !has_suffix(w, "ing")) return false;
  // "the authors of that report", "in this statement": a demonstrative after a preposition; "that
  // 2013 report": a year (but "a panel in 2001 found": a past form, which no noun is).
  if (i > 0 && toks_[i - 1].type == TokenType::kNumber && word(i - 1).size() == 4 && !past_form()) return false;
  static constexpr auto kPrepositions = screened_words({"of", "in", "on", "for", "from", "with", "by", "at", "about"});
  static constexpr auto kDemonstratives = screened_words({"that", "this", "those", "these"});
  if (i > 1 && is_any_function_word(i - 1, kDemonstratives) && is_any(word(i - 2), kPrepositions))
    return false;
  // "the reality TV show", "a radio show": a broadcast's show, a noun. (The verb's lemma first: one
  // comparison turns the other verbs away.)
  if (i > 0 && e->lemma == "show" && is_any(w, {"show", "shows"}) &&
      is_any(word(i - 1), {"tv", "television", "radio", "talk", "reality", "game", "news", "cooking", "morning", "chat"}))
    return false;
  // "the new plans", "his recent comments", "a harsh statement": an adjective between them.
  static constexpr auto kAdjectives = screened_words({"new", "latest", "recent", "final", "previous", "original",
                                                      "repeated", "controversial", "false", "similar", "same",
                                                      "further", "additional", "initial", "harsh"});
  if (i > 1 && is_determiner(i - 2) && is_any(word(i - 1), kAdjectives)) return false;
  // "The three-hour talks were …": a verb is not followed by a finite form of "be" or "have" -- unless
  // it is a past form, which no noun is: "Hart, who Haines said was …".
  static constexpr auto kFiniteBeOrHave = screened_words({"is", "was", "were", "are", "has", "have", "had"});
  if (i + 1 < toks_.size && is_any_function_word(i + 1, kFiniteBeOrHave) &&
      !past_form())
    return false;
  // "Rust Belt states that have lost jobs", "the new states would help", "two states where voters …": a
  // form in -s that is most often a noun, before an auxiliary, "that" and an auxiliary, or "where", is
  // that plural noun, a relative clause or its verb after it. (Not any form in -s: "which he believes
  // will …", "that it says would …" are verbs with the relative pronoun their object. The lexicon bit
  // first: most forms in -s, "says", come before a name or a noun.)
  static constexpr auto kPluralNouns = screened_words({"states", "issues", "plans", "reports", "claims", "notes"});
  if (i + 2 < toks_.size && in(i + 1, Lex::kFunctionWords) && s_form && is_any(w, kPluralNouns) &&
      plural_noun_before_verb(i + 1))
    return false;
  if (i > 1 && is_possessive(i - 1) && !in(i - 2, Lex::kPronouns) &&
      !is_any(word(i - 2), {"that", "who", "what", "there", "here"}))
    return false;
  // "an hourlong show that aired on Thursday", "the claims that emerged": "that" and a past verb make a
  // relative clause, and what it follows a noun -- unless it is a past form, which no noun is: "said
  // that angered voters" (the "that" the reported clause's subject).
  if (i + 2 < toks_.size && equals(word(i + 1), "that") && toks_[i + 2].type == TokenType::kWord &&
      !toks_[i + 2].capitalized && has_suffix(word(i + 2), "ed") && !past_form())
    return false;
  // "to the Supreme Court ruling in Brown", "the attributes of the Harbour Foods brand": a noun after a
  // name, all inside a prepositional phrase (but "a spokeswoman for the House Armed Services Committee
  // emailed": a past form is the verb; "Paul Krugman of the New York Times points out": after a name,
  // "of the …" is where the name's person works).
  if (i > 2 && toks_[i - 1].capitalized && !toks_[i - 1].sentence_start && !past_form()) {
    size_t k = capitalised_run_start(i);
    if (k > 1 && equals(word(k - 1), "the") &&
        (is_any(word(k - 2), {"to", "with", "by", "against", "on", "from", "for"}) ||
         (equals(word(k - 2), "of") && k > 2 && !toks_[k - 3].capitalized)))
      return false;
  }
  // "After the Paris attacks, …": a noun named after a place or person, inside a prepositional phrase
  // (not "Zornick of the Nation said": a past form is the verb).
  if (i > 2 && toks_[i - 1].capitalized && is_determiner(i - 2) && !past_form() &&
      is_any(word(i - 3), {"after", "before", "since", "during", "following", "amid", "despite", "of", "in", "over"}))
    return false;
  return true;
}

// Whether token `k` is "her" after a preposition, the object pronoun ("close to her", "with her").
bool MentionReader::object_her(size_t k) const {
  return k > 0 && equals(word(k), "her") && is_any_function_word(k - 1, {"to", "with", "for", "around", "of", "near"});
}

// Whether the words from token `k` (the one after a form in -s) go on as a plural noun's: an auxiliary
// ("would"), "that" and an auxiliary ("that have"), or "where".
bool MentionReader::plural_noun_before_verb(size_t k) const {
  if (equals(word(k), "that")) return is_auxiliary(k + 1);
  return is_auxiliary(k) || equals(word(k), "where");
}

// Whether token `i` is a lower-case word that reads as a past participle: in -ed or -en, or one of the
// common irregular ones ("seen", "made").
bool MentionReader::looks_like_participle(size_t i) const {
  const std::string_view w = word(i);
  if (toks_[i].type != TokenType::kWord || toks_[i].capitalized) return false;
  return has_suffix(w, "ed") || has_suffix(w, "en") || is_any(w, {"seen", "made", "held", "done", "shown", "sent", "kept", "found", "told"});
}

// Whether token `i` is an adverb of frequency ("always", "often") and the next a verb in its plural form
// by its looks: a lower-case word not in -s, and no function word or pronoun ("said often that …").
bool MentionReader::plural_verb_after_adverb(size_t i) const {
  static constexpr auto kFrequency = screened_words({"always", "often", "usually", "rarely", "seldom",
                                                     "sometimes", "never", "also", "generally", "typically"});
  if (!is_any(word(i), kFrequency)) return false;
  const Token& v = toks_[i + 1];
  return v.type == TokenType::kWord && !v.capitalized && !v.in_quote && !has_suffix(word(i + 1), "s") &&
         !is_function_word(i + 1) && !in(i + 1, Lex::kPronouns);
}

bool MentionReader::calls_into_question(size_t i) const {
  constexpr size_t kMaxObject = 4;  // tokens of "calls [the whole plan] into question"
  for (size_t k = i + 1; k + 1 < toks_.size && k - i <= kMaxObject + 1; ++k) {
    if (equals(word(k), "into")) return equals(word(k + 1), "question");
    if (toks_[k].type != TokenType::kWord) return false;
  }
  return false;
}

bool MentionReader::completes_one_of(size_t i) const {
  constexpr size_t kMaxModifiers = 4;  // "one of the [leading American academic] voices"
  for (size_t k = i - 1; k >= 2 && i - k <= kMaxModifiers + 1; --k) {
    if (is_determiner(k)) return equals(word(k - 1), "of") && is_any(word(k - 2), {"one", "each"});
    if (toks_[k].type != TokenType::kWord || has_suffix(word(k), "s") || is_function_word(k)) return false;
  }
  return false;
}

// The first of the capitalised words, up to four, that end right before token `i`: "the [Supreme Court]
// ruling". Token i - 1 is one of them.
size_t MentionReader::capitalised_run_start(size_t i) const {
  size_t k = i - 1;
  while (k > 0 && i - k < 4 && toks_[k - 1].capitalized && toks_[k - 1].type == TokenType::kWord) --k;
  return k;
}

bool MentionReader::has_particle(std::string_view tag, std::string_view w) {
  for (size_t plus = tag.find('+'); plus != std::string_view::npos; plus = tag.find('+', plus + 1)) {
    size_t end = tag.find_first_of(" +", plus + 1);
    if (tag.substr(plus + 1, end == std::string_view::npos ? std::string_view::npos : end - plus - 1) == w) return true;
  }
  return false;
}

bool MentionReader::is_participle(size_t i) const {
  return toks_[i].type == TokenType::kWord && has_suffix(word(i), "ing");
}

// An ending in -ly that only adverbs have (not "family", "assembly", "supply", "early", "rally"), in a
// word of six letters or more, lower case or opening its sentence.
bool MentionReader::is_adverb(size_t i) const {
  const Token& t = toks_[i];
  if (t.type != TokenType::kWord || (t.capitalized && !t.sentence_start) || t.end - t.begin < 6) return false;
  const std::string_view w = word(i);
  return has_suffix(w, "ingly") || has_suffix(w, "ally") || has_suffix(w, "ously") || has_suffix(w, "ively") ||
         has_suffix(w, "edly") || has_suffix(w, "fully") || has_suffix(w, "ssly") || has_suffix(w, "ently") ||
         has_suffix(w, "antly") || has_suffix(w, "ately") || has_suffix(w, "ibly") || has_suffix(w, "ably");
}

bool MentionReader::is_form_of_be(size_t i) const {
  const std::string_view w = word(i);
  return equals(w, "is") || equals(w, "was") || equals(w, "were") || equals(w, "are") || equals(w, "be") ||
         equals(w, "been") || equals(w, "being") || equals(w, "’re") || equals(w, "'re") || equals(w, "’m") ||
         equals(w, "'m");
}

bool MentionReader::is_past_form(size_t i) const {
  // By cue_entry(): its bit test first, and most often no lookup, the verb asked of just before.
  const LexiconEntry* e = cue_entry(i);
  const std::string_view w = word(i);
  return e && w != e->lemma && !has_suffix(w, "s") && !has_suffix(w, "ing");
}

bool MentionReader::is_year_or_month(size_t i) const {
  if (toks_[i].type == TokenType::kNumber) return word(i).size() == 4;
  static constexpr auto kMonths = screened_words({"January", "February", "March", "April", "May", "June", "July",
                                                  "August", "September", "October", "November", "December"});
  return toks_[i].capitalized && is_any(word(i), kMonths);
}

bool MentionReader::is_base_form(size_t i) const {
  const LexiconEntry* e = cue_entry(i);
  return e && word(i) == e->lemma && !has_suffix(e->lemma, "s");
}

Mention MentionReader::pronoun_mention(size_t i) const {
  Mention m;
  m.first = i;
  m.last = m.name_first = i + 1;
  m.type = MentionType::kPronoun;
  const LexiconEntry* p = lexicon(Lex::kPronouns).find(word(i));
  m.gender = p && !p->tag.empty() ? p->tag[0] : '?';
  return m;
}

std::optional<Mention> MentionReader::owner_of(size_t i, size_t floor) const {
  std::string_view owner = word(i - 1);
  if (is_any(owner, {"his", "her", "their"})) return pronoun_mention(i - 1);
  if (!is_possessive(i - 1) || i - 1 <= floor) return std::nullopt;
  // The phrase right before the possessive, not a subject read by its place as phrase_before() finds
  // one: in "Politifact seized on Trump’s claim" the claim is Trump's.
  std::optional<Mention> m = phrase_before_at_depth(i - 1, floor, 0);
  if (m && m->type == MentionType::kPronoun) return std::nullopt;
  return m;
}

bool MentionReader::is_speech_cue(size_t i) const { return is_cue(i) && is_speech_verb(cue_entry(i)); }

bool MentionReader::takes_listener(size_t i) const {
  const LexiconEntry* e = cue_entry(i);
  return e && e->has(kTagObject);
}

bool MentionReader::is_hyphenated_modifier(std::string_view w) {
  // Most words hold no hyphen: has_hyphen() says so without the byte loop of rfind(), whose exit
  // mispredicted at nearly every capitalised word (for_each_name() asks of each).
  if (!has_hyphen(w)) return false;
  size_t hyphen = w.rfind('-');
  std::string_view tail = w.substr(hyphen + 1);
  if (tail.size() < 3 || !std::all_of(tail.begin(), tail.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  auto ends = [&](std::string_view suffix) {
    return tail.size() > suffix.size() && tail.substr(tail.size() - suffix.size()) == suffix;
  };
  return ends("ed") || ends("ing") || tail == "born";
}

bool MentionReader::is_acronym(size_t i) const { return is_in_capitals(word(i)); }

[[gnu::hot]] bool MentionReader::is_function_word(size_t i) const {
  // "Will urged …": the modal is capitalised only where a sentence starts; elsewhere it is a name. An
  // acronym, that "Will" and an organisation's word are all capitalised (a word starts with a letter):
  // the flag first, so that a lower-case function word is told in two tests.
  const Token& t = toks_[i];
  return in(i, Lex::kFunctionWords) &&
         !(t.capitalized && (is_acronym(i) || (!t.sentence_start && equals(word(i), "Will")) || ends_org_name(i)));
}

// "Human Rights Watch said": a capitalised organisation word after a capitalised word, inside a
// sentence, ends an organisation's name, though the word is a page's clutter elsewhere ("Watch the
// video", "Video:").
bool MentionReader::ends_org_name(size_t i) const {
  const Token& t = toks_[i];
  return t.capitalized && !t.sentence_start && i > 0 && in(i, Lex::kOrgWords) && toks_[i - 1].type == TokenType::kWord &&
         toks_[i - 1].capitalized && !toks_[i - 1].in_quote && !t.in_quote;
}

// A capitalised adjective that may open an organisation's name ("White", "European", "National"), not
// one that qualifies a role ("Former", "Acting").
bool MentionReader::names_organisation(size_t i) const {
  const Token& t = toks_[i];
  return t.capitalized && !t.in_quote && in(i, Lex::kAdjectives) && !is_any(word(i), {"Former", "Retired", "Acting"});
}

// "has also", "later", "never": lower case, or capitalised only where a sentence starts ("Will claims"
// inside a sentence is a name and a verb).
bool MentionReader::is_modifier(size_t i) const {
  const Token& t = toks_[i];
  // Most words are in neither lexicon: one test of both bits turns them away before the flags are read.
  if (!(t.lexicons & (bit(Lex::kCueModifiers) | bit(Lex::kTimeWords)))) return false;
  // (A word, as it has lexicon bits. The flags by bitwise &: one branch where three had mispredicted.)
  const bool lower_case_or_opening = !t.capitalized | t.sentence_start, in_place = lower_case_or_opening & !t.in_quote;
  return in_place && (in(i, Lex::kCueModifiers) || (in(i, Lex::kTimeWords) && in_time_phrase(i)));
}

// "last week", "this month", "earlier this year": a time word (time_words.txt) next to its partner.
bool MentionReader::in_time_phrase(size_t i) const {
  if (equals(word(i), "this")) return i + 1 < toks_.size && !equals(word(i + 1), "this") && is_modifier(i + 1);
  return i > 0 && is_any(word(i - 1), {"last", "this", "next"});
}

// A lower-case word in -ly (an adverb, most likely) right after a name or a subject pronoun: "Fiorina
// routinely characterizes", "she flatly denied". A noun in -ly ("the family") has no name before it.
bool MentionReader::is_adverb_after_subject(size_t i) const {
  const Token& t = toks_[i];
  std::string_view w = word(i);
  // (Bitwise: one branch where three had mispredicted.)
  const bool long_lower_case_word = (t.type == TokenType::kWord) & !t.capitalized & (w.size() >= 6);
  if (!long_lower_case_word || w.substr(w.size() - 2) != "ly" || is_cue(i)) return false;
  return is_name_word(i - 1) || is_any(word(i - 1), {"he", "she", "they", "it"});
}

// Only words have lexicon bits (tokens.h): the bit alone, where a test of the token's type first had
// mispredicted often.
bool MentionReader::is_title(size_t i) const { return in(i, Lex::kTitles); }

// "librarian", "economist", "farmer", "inspector": a lower-case noun with an agent ending, right
// before a name, is the person's occupation even when no lexicon lists it (page_words.txt aside: it
// lists words by their place, a sentence's start, not by what they are).
bool MentionReader::looks_like_occupation(size_t i) const {
  const Token& t = toks_[i];
  // (Bitwise: one branch where four had mispredicted.)
  const bool plain_word = (t.type == TokenType::kWord) & !t.capitalized & !t.in_quote & ((t.lexicons & ~bit(Lex::kPageWords)) == 0);
  if (!plain_word) return false;
  std::string_view w = word(i);
  for (std::string_view ending : {"ian", "ist", "er", "or", "ant", "ent"})
    if (w.size() > ending.size() + 3 && w.substr(w.size() - ending.size()) == ending) return true;
  return false;
}

// A lexicon (determiners.txt), so that the tokenizer's one lookup per word answers this with a bit: it is
// asked of most words before a reporting verb or a name, and comparing the word with each determiner
// in turn had been a per-cent of the engine's time. Only words have lexicon bits.
bool MentionReader::is_determiner(size_t i) const { return in(i, Lex::kDeterminers); }

bool MentionReader::plain_words(size_t first, size_t last) const {
  for (size_t i = first; i < last; ++i)
    if (toks_[i].type == TokenType::kPunct || toks_[i].in_quote || is_cue(i)) return false;
  return true;
}

bool MentionReader::is_possessive(size_t i) const {
  std::string_view w = word(i);
  // The first byte first, an apostrophe's: the sizes' compares had mispredicted at many words of two
  // or four letters.
  if (w.empty() || (w[0] != '\'' && w[0] != '\xE2')) return false;
  return equals(w, "’s") || equals(w, "'s") || equals(w, "’S") || equals(w, "'S");
}

// A web page's imperatives that open a sentence: "Check out the trailer …" names no one called Check. A
// lexicon (page_words.txt), so that the tokenizer's one lookup answers this with a bit: comparing the
// word with each of them in turn had been a per-cent of the engine's time.
bool MentionReader::is_page_word(size_t i) const { return in(i, Lex::kPageWords); }

bool MentionReader::is_nickname(size_t i) const {
  auto is_mark = [&](size_t k) {
    std::string_view w = word(k);
    return toks_[k].type == TokenType::kPunct && !toks_[k].in_quote &&
           (equals(w, "“") || equals(w, "”") || equals(w, "\"") || equals(w, "‘") || equals(w, "’") || equals(w, "'"));
  };
  return i + 2 < toks_.size && is_mark(i) && toks_[i + 1].type == TokenType::kWord &&
         toks_[i + 1].capitalized && !toks_[i + 1].in_quote && is_mark(i + 2);
}

bool MentionReader::is_connector(size_t i) const {
  static constexpr auto kConnectors = screened_words({"de", "van", "von", "der", "den", "bin", "al", "la", "le", "da",
                                                      "di", "del", "dos", "du", "ibn",
                                                      "of"});  // "Chamber of Commerce", "Bank of America"
  return toks_[i].type == TokenType::kWord && !toks_[i].capitalized && is_any(word(i), kConnectors);
}

// Walks left from the first name token over the words that make a role: titles ("press secretary"),
// capitalised modifiers ("US", "White House", "Putin"), "former". Returns the role's first token.
bool MentionReader::opens_clause(size_t first, size_t last) const {
  std::optional<Mention> m = phrase_at(first, last);
  // A name, after honorifics and titles at most ("Ms. Alvarez tried", "Senator Ines Varga endorsed"), not
  // after other words ("Putin aide Yuri Ushakov").
  if (!m || m->type == MentionType::kDescription || m->first != first || m->last >= last) return false;
  if (m->type == MentionType::kName)
    for (size_t k = first; k < m->name_first; ++k)
      if (!in(k, Lex::kHonorifics) && !is_title(k)) return false;
  size_t k = m->last;
  if (is_possessive(k)) return false;  // "Pyongyang's only ally"
  while (k < last && is_modifier(k)) ++k;
  return k < last && toks_[k].type == TokenType::kWord && !toks_[k].capitalized && !toks_[k].in_quote &&
         !is_function_word(k) && !is_title(k) && !in(k, Lex::kGroupNouns);
}

bool MentionReader::has_own_verb(size_t first, size_t last) const {
  for (size_t k = first; k < last; ++k) {
    if (is_any_function_word(k, {"who", "whom", "whose", "which", "that"})) return false;  // "a veteran who has …"
    // (Not "May" or "Will" inside the sentence: a month's or a person's name.)
    if (is_auxiliary(k) && !toks_[k].in_quote && !(toks_[k].capitalized && !toks_[k].sentence_start)) return true;
  }
  return false;
}

uint8_t MentionReader::group_noun_flags(size_t i) const {
  const LexiconEntry* e = in(i, Lex::kGroupNouns) ? lexicon(Lex::kGroupNouns).find(word(i)) : nullptr;
  return e ? e->flags : 0;
}

bool MentionReader::is_person_noun(size_t i) const { return group_noun_flags(i) & kTagPerson; }

bool MentionReader::is_document(size_t i) const {
  const LexiconEntry* e = in(i, Lex::kOrgWords) ? lexicon(Lex::kOrgWords).find(word(i)) : nullptr;
  return e && e->has(kTagDoc);
}

bool MentionReader::is_head_noun(size_t i) const {
  // The three lexicons by one test of their bits (is_title() is its bit too).
  constexpr uint32_t kHeads = bit(Lex::kGroupNouns) | bit(Lex::kTitles) | bit(Lex::kOrgWords);
  return (toks_[i].lexicons & kHeads) != 0 || is_age(i);
}

// "the 52-year-old", "a 19-year-old": an age used as a noun names a person. The tokens are a number,
// a hyphen and "year-old"; `i` is the last of them.
bool MentionReader::is_age(size_t i) const {
  // The number first: it rules out most words (is_head_noun() asks of many) before their comparisons.
  return i >= 2 && toks_[i - 2].type == TokenType::kNumber && toks_[i].type == TokenType::kWord &&
         !toks_[i].in_quote && equals(word(i - 1), "-") && is_any(word(i), {"year-old", "years-old"});
}

// An organisation's word ("ministry", "FBI"), and not a function word that spells one: "who" is no WHO.
bool MentionReader::is_org_word(size_t i) const { return in(i, Lex::kOrgWords) && !is_function_word(i); }

[[gnu::hot]] size_t MentionReader::extend_role_left(size_t first, size_t floor) const {
  size_t k = first;
  while (k > floor && first - k < kMaxPhrase) {
    size_t p = k - 1;
    const Token& t = toks_[p];
    if (t.type != TokenType::kWord || t.in_quote) break;
    std::string_view w = word(p);
    bool title = heads_role(p);
    bool modifier = is_role_modifier(p);
    // "secretary of state", "chief of staff", "spokesman for Congress": a title and its "of" phrase
    // (the titles first: cheaper than the word's comparisons).
    bool of = k < first && (is_title(k) || is_org_word(k)) && p > floor && is_title(p - 1) && is_any(w, {"of", "for"});
    if (!(title || modifier || of)) break;
    k = p;
  }
  // A role must hold a title; a run of bare capitalised words before a name is not one.
  for (size_t r = k; r < first; ++r)
    if (heads_role(r)) return lower_case_role_start(k, floor);
  return first;
}

// A capitalised word that can open a role: "Ruritanian", "Foreign" (not "The", "Mr.", nor a reporting
// verb opening its sentence).
bool MentionReader::is_role_modifier(size_t i) const {
  const Token& t = toks_[i];
  return t.capitalized && !is_function_word(i) && !in(i, Lex::kHonorifics) && !(t.sentence_start && is_cue(i));
}

// A word that can head a role before a name: a title, an organisation's word, an occupation's ending
// or a noun for one person ("pollster", "daughter").
bool MentionReader::heads_role(size_t i) const {
  return is_title(i) || is_org_word(i) || looks_like_occupation(i) || is_person_noun(i);
}

// A role's lower-case words before its title, when an article or "said" opens them: "the ferry company
// Blue Wake", "said defense attorney Ann Toft"; not "Trump hammered rival Jeb Bush". Returns where up
// to three plain lower-case words before token `first` start, when the token before them opens a noun
// phrase; else `first`.
size_t MentionReader::lower_case_role_start(size_t first, size_t floor) const {
  // Before a capitalised title, a lower-case word may be no part of the role: "a defeat President
  // Obama believes", "the reason President Obama is seeking".
  if (toks_[first].capitalized) return first;
  size_t opened = first;
  for (size_t k = first; k > floor + 1 && first - k < 3 && is_plain_lower_case(k - 1); --k)
    if (opens_noun_phrase(k - 2)) opened = k - 1;
  // "the increasingly unpopular taxi service Uber": an adverb and the word it qualifies judge the
  // speaker, and are none of the role (the words after them are).
  for (size_t k = opened; k + 1 < first; ++k)
    if (is_adverb(k)) opened = k + 2;
  return opened;
}

// A lower-case word outside quotes in no lexicon: no function word, reporting word, time or number.
bool MentionReader::is_plain_lower_case(size_t i) const {
  const Token& t = toks_[i];
  return t.type == TokenType::kWord && !t.capitalized && !t.in_quote && !t.cue &&
         (t.lexicons & ~(bit(Lex::kPageWords) | bit(Lex::kAdjectives))) == 0;
}

// A token after which a noun phrase starts: an article, or "said" or "says" ("said defense attorney
// Ann Toft"). Not a comma, which a verb follows as often ("Lewandowski, Trump's former manager, ripped
// FBI Director James Comey"); nor "many", "that" and the other determiners, which a verb follows too;
// nor other reporting words, some of them nouns ("tweets targeting former Miss Universe …").
bool MentionReader::opens_noun_phrase(size_t i) const {
  return !toks_[i].in_quote && is_any(word(i), {"the", "a", "an", "The", "A", "An", "said", "says"});
}

// "Secretary of State John Kerry": the capitalised words after a title and "of" name the office before
// they name the person, who starts at a known first name, else one word on. Returns the start of the
// office's name when the run starts there (the title and "of" are before it), else `name_first`.
size_t MentionReader::past_office(size_t name_first, size_t last) const {
  if (name_first < 2 || name_first + 2 >= last || !equals(word(name_first - 1), "of") || !is_title(name_first - 2))
    return name_first;
  for (size_t k = name_first + 1; k + 1 < last; ++k)
    if (in(k, Lex::kFirstNames)) return k;
  return name_first + 1;
}

size_t MentionReader::name_last(size_t name_first, size_t last) const {
  if (last - name_first < 4 || !in(name_first, Lex::kFirstNames)) return last;
  for (size_t k = name_first + 2; k + 1 < last; ++k)
    if (equals(word(k), "of")) return k;
  return last;
}

[[gnu::hot]] Mention MentionReader::describe(size_t first, size_t name_first, size_t last) const {
  if (size_t person = past_office(name_first, last); person != name_first) {
    first = std::min(first, name_first - 2);  // the office is the role: "Secretary of State"
    name_first = person;
  }
  Mention m;
  m.first = first;
  m.last = last;
  m.name_first = name_first;
  m.type = name_first < last ? MentionType::kName : MentionType::kDescription;
  const size_t name_end = name_last(name_first, last);
  // The token's lexicon bits say which lists to ask for a word's tag, so most words ask none; and a
  // tag is asked for only where it can count (the lookups had been a per-cent of the engine's time):
  // a gender while none is known (gender_tag() of no entry is '?'), an organisation's word in the
  // name, a group's word at the end.
  auto tag = [&](size_t i, Lex id) { return in(i, id) ? lexicon(id).find(word(i)) : nullptr; };
  // Most words of a phrase, a name's, are in none of the lists asked below: one test of their bits
  // passes them, where the four tests each had been a branch.
  constexpr uint32_t kAsked = bit(Lex::kHonorifics) | bit(Lex::kOrgWords) | bit(Lex::kTitles) | bit(Lex::kGroupNouns);
  for (size_t i = first; i < last; ++i) {
    if (!(toks_[i].lexicons & kAsked)) continue;
    if (m.gender == '?') m.gender = gender_tag(tag(i, Lex::kHonorifics));
    // (Not a nickname, Marcia “Cia” Price, nor a person's place, Tim Kaine of Virginia.)
    if (i >= name_first && i < name_end)
      if (const LexiconEntry* e = tag(i, Lex::kOrgWords); e && e->has(kTagOrg) && (i == 0 || !is_nickname(i - 1)))
        m.organization = true;
    if (i < name_first || m.type == MentionType::kDescription) {
      if (m.gender == '?') m.gender = gender_tag(tag(i, Lex::kTitles));
      if (i + 1 == last)
        if (const LexiconEntry* g = tag(i, Lex::kGroupNouns)) m.group = g->has(kTagGroup);
      if (in(i, Lex::kOrgWords) && i + 1 == last) m.organization = true;
    }
  }
  if (m.type == MentionType::kName) {
    for (size_t i = name_first; i + 1 < last && m.gender == '?'; ++i)
      m.gender = gender_tag(tag(i, Lex::kFirstNames));
    const LexiconEntry* g = last - name_first == 1 ? tag(last - 1, Lex::kGroupNouns) : nullptr;
    if (g && g->has(kTagGroup)) m.group = true;  // "Republicans said"
    // "Islamists", "Tunisians", "Shiites": plural names of groups. Their last four bytes are compared
    // with each ending only for a long word in -s, which one branch tells (bitwise &: the size alone
    // went either way): a loop over the endings had cost every name.
    std::string_view tail = word(last - 1);
    const bool long_word = tail.size() > 6, plural = tail.back() == 's';
    if (long_word & plural) {
      std::string_view ending = tail.substr(tail.size() - 4);
      if (ending == "ists" || ending == "ians" || ending == "ites") m.group = true;
    }
  }
  return m;
}

[[gnu::hot]] std::optional<Mention> MentionReader::phrase_before(size_t end, size_t floor) const {
  // "The email goes on to say", "Lind went on to tell": the speaker is the subject of "went on to".
  if (end >= floor + 4 && equals(word(end - 1), "to") && equals(word(end - 2), "on") &&
      is_any(word(end - 3), {"went", "goes", "go", "gone", "going"}))
    end -= 3;
  // "Lind came away convinced that …": the speaker is the subject of "came away".
  if (end >= floor + 3 && equals(word(end - 1), "away") &&
      is_any(word(end - 2), {"came", "come", "comes", "coming", "walked", "went"}))
    end -= 2;
  // "An arbitration panel in 2001 found", "Prosecutors in April charged": a year or a month after "in"
  // right before the verb is when it was done; the speaker is read before it. (Not before a colon: "a
  // nominee in 2016: …" is what was listed.)
  if (end >= floor + 3 && end < toks_.size && is_cue(end) && equals(word(end - 2), "in") && is_year_or_month(end - 1))
    end -= 2;
  end = before_dashed_aside(end, floor);
  std::optional<Mention> m = phrase_before_at_depth(end, floor, 0);
  // "Six in 10 said", "most of them said", "46 percent of voters said": no reading above takes a count
  // of people, or it takes only the people after "of" ("voters") or the word after a figure ("percent").
  if (!m || (m->first > floor && (equals(word(m->first - 1), "of") || toks_[m->first - 1].type == TokenType::kNumber))) {
    if (std::optional<Mention> share = share_before(end, floor); share && (!m || share->first < m->first))
      return share;
  }
  // "A source close to the campaign said", "A spokesman for Hillary Clinton said": the phrase read
  // back ends a prepositional phrase; the speaker is the whole noun phrase that opens the sentence.
  // Names joined by "and" are one object: "prosecutors in San Francisco and Los Angeles say".
  size_t object_first = m ? m->first : 0;
  if (m && m->type == MentionType::kName)
    while (object_first > floor + 1 && equals(word(object_first - 1), "and") && is_name_word(object_first - 2)) {
      object_first -= 2;
      while (object_first > floor && is_name_word(object_first - 1)) --object_first;
    }
  size_t verb = end;  // past "has", "also" before it: where a phrase read by its place ends
  while (verb > floor && is_modifier(verb - 1)) --verb;
  if (m && object_first > floor &&
      is_any_function_word(object_first - 1, {"to", "with", "for", "of", "at", "in", "from", "on", "by"}) &&
      !document_from(object_first, floor)) {
    if (std::optional<Mention> person = person_from(floor, verb)) return person;
    if (std::optional<Mention> author = author_before(*m, floor)) return author;
    if (std::optional<Mention> whole = opening_noun_phrase(floor, verb)) return whole;
    if (std::optional<Mention> whole = noun_phrase_after_introduction(floor, verb)) return whole;
    // "…, sources close to the campaign said", "…, officials in Ohio said": the whole noun phrase that
    // opens the reporting clause after its comma.
    if (size_t comma = comma_before_phrase(object_first, floor); comma != object_first)
      if (std::optional<Mention> whole = opening_noun_phrase(comma + 1, verb, /*after_introduction=*/true))
        return whole;
    if (std::optional<Mention> head = subject_before_who(floor, m->first)) return head;
    // "Video of Ines Varga shows …", "a clip of the mayor suggests …": what the document shows is no
    // statement of whom it shows; when no reading above takes the whole phrase, no one speaks.
    if (equals(word(object_first - 1), "of") && object_first >= floor + 2 && is_document(object_first - 2))
      return std::nullopt;
  }
  if (!m) {
    if (std::optional<Mention> person = person_from(floor, verb)) return person;
    if (std::optional<Mention> head = subject_before_who(floor, verb)) return head;
    if (std::optional<Mention> whole = noun_phrase_after_quote(floor, verb)) return whole;
    return noun_phrase_after_introduction(floor, verb);
  }
  // "Pilots who have long supported Clara Haines said", "Others who favor a tougher line against armed
  // groups expressed": a phrase inside a relative clause on the sentence's subject (no comma after
  // "who") is the clause's object; the phrase before "who" speaks.
  if (std::optional<Mention> head = m->first > floor + 2 ? subject_before_who(floor, m->first) : std::nullopt;
      head && !comma_in(head->last, m->first))
    return head;
  if (std::optional<Mention> both = joined_names(*m, floor)) return both;
  if (std::optional<Mention> all = joined_groups(*m, floor)) return all;
  m->first = static_cast<uint32_t>(role_start_after_comma(*m, floor));
  return m;
}

// Whether a comma outside quotes is among tokens [first, last).
bool MentionReader::comma_in(size_t first, size_t last) const {
  for (size_t k = first; k < last; ++k)
    if (equals(word(k), ",") && !toks_[k].in_quote) return true;
  return false;
}

// "Rosa Lind in a blog post said", "Lind in a new op-ed wrote": the name before "in" or "on" speaks, and
// the phrase read back, `m`, is where -- a document (org_words.txt's doc: "statement", "letter"; "post",
// which the list tags an organisation's word) or a speech. Only a name speaks so: not "voters in a new
// poll say", whose head is the subject; nor "the Commission on Presidential Debates said", one name.
std::optional<Mention> MentionReader::author_before(const Mention& m, size_t floor) const {
  if (m.first < floor + 2 || !is_any_function_word(m.first - 1, {"in", "on"}) ||
      !(is_document(m.last - 1) || is_any(word(m.last - 1), {"post", "interview", "speech", "op-ed", "column"})))
    return std::nullopt;
  std::optional<Mention> who = phrase_before_at_depth(m.first - 1, floor, 1);
  if (!who || who->type != MentionType::kName || who->last != m.first - 1) return std::nullopt;
  // "Based on the statement, …": one capitalised word that opens the sentence is no name.
  if (who->last == who->first + 1 && toks_[who->first].sentence_start) return std::nullopt;
  return who;
}

// "Current and former officials who spoke with The Huffington Post said", "Voters who watched the
// debate say": the relative clause ends at the verb; the speaker is the noun phrase that opens the
// sentence at `floor` before the first "who" or "whose" among tokens [floor, end). (The noun phrase
// opens with a capital and holds only words, up to kMaxPlainPhrase of them, as opening_noun_phrase()
// asks: tested first, these spare the search at most verbs.)
std::optional<Mention> MentionReader::subject_before_who(size_t floor, size_t end) const {
  if (!toks_[floor].capitalized || floor + 1 >= end || toks_[floor + 1].type != TokenType::kWord) return std::nullopt;
  static constexpr auto kWho = screened_words({"who", "whose"});
  for (size_t k = floor + 1; k < end && k - floor <= kMaxPlainPhrase; ++k) {
    if (is_any_function_word(k, kWho)) {
      // "The harbour hired a pilot who said": a phrase that ends before "who" is another verb's subject.
      std::optional<Mention> head = opening_noun_phrase(floor, k);
      return head && head->last == k ? head : std::nullopt;
    }
    if (toks_[k].type != TokenType::kWord && !is_possessive(k)) return std::nullopt;
  }
  return std::nullopt;
}

// "…, foreign ministry spokesman Tomas Varga said", "…, Ruritanian foreign affairs spokesman …": right
// before its verb, a name's role (a title right before the name) reaches back over up to four lower-case
// or capitalised words, none a function word, to the comma that opens the reporting clause; those words
// are the role's. (lower_case_role_start() takes no comma as the opening of a noun phrase: a verb follows
// one as often. A subject's comma is followed by its own words.) Returns m.first otherwise.
size_t MentionReader::role_start_after_comma(const Mention& m, size_t floor) const {
  if (m.type != MentionType::kName || m.name_first <= m.first || !heads_role(m.name_first - 1) ||
      toks_[m.first].capitalized)
    return m.first;
  size_t k = m.first;
  while (k > floor + 1 && m.first - k < 4 &&
         (is_plain_lower_case(k - 1) || is_role_modifier(k - 1)))
    --k;
  return k < m.first && equals(word(k - 1), ",") && !toks_[k - 1].in_quote ? k : m.first;
}

// The comma outside quotes nearest before token `first`, or the mark that closes a quote there ("“…,”
// a spokesman for the city said"), within a plain phrase's reach and after `floor`; `first` when there
// is neither.
size_t MentionReader::comma_before_phrase(size_t first, size_t floor) const {
  for (size_t k = first; k > floor && first - k < kMaxPlainPhrase; --k) {
    if (toks_[k - 1].in_quote) return toks_[k - 1].type == TokenType::kPunct ? k - 1 : first;
    if (equals(word(k - 1), ",")) return k - 1;
  }
  return first;
}

// "The justice -- who had clashed with the nominee -- said": where an aside set off by two dashes typed
// as hyphens opens, when one ends right before token `end` (its phrase is the speaker's, not the aside's
// last words); else `end`. A hyphen is a token of its own, so "--" is two, which the appositive reading
// of phrase_before_at_depth(), pairing one-token separators ("," "–" "—"), does not see.
size_t MentionReader::before_dashed_aside(size_t end, size_t floor) const {
  constexpr size_t kMaxAside = 40;  // tokens
  auto dash = [&](size_t i) { return equals(word(i), "-") && !toks_[i].in_quote; };
  size_t close = end;
  while (close > floor && dash(close - 1)) --close;
  if (close == end || close < floor + 2) return end;
  for (size_t k = close - 1; k > floor && end - k < kMaxAside; --k) {
    if (!dash(k)) continue;
    while (k > floor && dash(k - 1)) --k;
    return k;
  }
  return end;
}

// "Rosa Lind, 43, of Ashton, Md., who said", "a resident of Ashton, who said": the place someone is
// from, before a relative pronoun, is not who spoke -- the phrase before its "of", "from" or "in" is.
// `place` itself when no such phrase is found.
[[gnu::cold]] std::optional<Mention> MentionReader::past_home(const Mention& place, size_t floor, int depth) const {
  size_t p = place.first;
  if (p > floor + 1 && equals(word(p - 1), ",") && is_name_word(p - 2)) {  // "Ashton, Md."
    p -= 2;
    while (p > floor && is_name_word(p - 1)) --p;
  }
  if (p <= floor + 1 || !is_any(word(p - 1), {"of", "from", "in"})) return place;
  // "The question came from Tomas Brandt, who said": a verb before "from" names where words came from.
  if (equals(word(p - 1), "from") && is_any(word(p - 2), {"came", "come", "comes", "heard", "hear"})) return place;
  size_t before = p - 1;
  if (equals(word(before - 1), ",") && before - 2 > floor && toks_[before - 2].type == TokenType::kNumber &&
      equals(word(before - 3), ","))
    before -= 3;  // ", 43,": an age
  std::optional<Mention> who = phrase_before_at_depth(before, floor, depth + 1);
  return who && who->type != MentionType::kPronoun ? who : place;
}

bool MentionReader::relative_object(size_t first, size_t floor) const {
  constexpr size_t kMaxVerb = 3;  // tokens between the pronoun and the phrase: "who helped found"
  for (size_t k = first; k > floor && first - k <= kMaxVerb;) {
    --k;
    if (equals(word(k), ",")) return false;
    if (is_any_function_word(k, {"who", "which"})) return k + 1 < first;
  }
  return false;
}

bool MentionReader::place_comma(size_t c, size_t floor) const {
  if (c <= floor + 1 || !equals(word(c), ",")) return false;
  // The place's last part, a state or a country, is a word or two and a comma: "Colorado,", "New
  // Hampshire," (not the name of "in Washington, Marc H. Morial, …").
  size_t n = c + 1;
  while (n < toks_.size && n - c <= 2 && is_name_word(n)) ++n;
  if (n == c + 1 || n >= toks_.size || !equals(word(n), ",")) return false;
  size_t k = c;
  while (k > floor + 1 && c - k < kMaxPhrase && is_name_word(k - 1)) --k;
  // Inside an aside, after a comma: "Speaking in Harlem, Clinton, without …, said" opens with the place,
  // and the name after it is the speaker's.
  return k < c && is_any_function_word(k - 1, {"in", "at", "from", "to", "near"}) && comma_in(floor, k - 1);
}

// "The tweet from Harbour Weekly reads", "A survey by the Gazette found": a document from someone or by
// them (what org_words.txt tags doc) is theirs, as is one they wrote ("a study conducted by …"); not
// one they only saw ("reports seen by Reuters suggest": the reports are the subject). The phrase at
// `first` follows "from" or "by".
bool MentionReader::document_from(size_t first, size_t floor) const {
  if (first < floor + 2) return false;
  if (equals(word(first - 1), "from")) return is_document(first - 2);
  if (!equals(word(first - 1), "by")) return false;
  static constexpr auto kWritten = screened_words({"conducted", "written", "published", "released", "commissioned",
                                                   "compiled", "issued", "prepared", "produced", "funded"});
  return is_document(first - 2) || (first >= floor + 3 && is_any(word(first - 2), kWritten) && is_document(first - 3));
}

// "George Zornick of The Nation wrote", "Rosa Lind at the Harbour Times said": a person's name opens the
// phrase before the verb at `verb`, and the rest says where they are from. The name, or nothing.
[[gnu::hot]] std::optional<Mention> MentionReader::person_from(size_t floor, size_t verb) const {
  if (!first_name_then_place_word(floor, verb)) return std::nullopt;
  std::optional<Mention> person = phrase_at(floor, verb);
  if (!person || person->type != MentionType::kName || person->organization || person->first != floor ||
      person->last + 1 >= verb || !in(person->name_first, Lex::kFirstNames) ||
      !is_any(word(person->last), {"of", "at", "for", "from"}))
    return std::nullopt;
  return person;
}

// Whether a known first name is among tokens [floor, verb - 1) and "of", "at", "for" or "from" after it:
// what person_from() asks of the phrase it reads, asked first of the tokens' bits. Most phrases before a
// verb fail it, and reading them had cost ~400 instructions and 8 mispredicted branches each. The
// phrase phrase_at() reads from `floor` ends kMaxPhrase tokens on at the latest: the place word, its
// last token, is no further.
[[gnu::hot]] bool MentionReader::first_name_then_place_word(size_t floor, size_t verb) const {
  const size_t end = std::min(verb, floor + kMaxPhrase + 2);
  bool first_name = false;
  for (size_t k = floor; k + 1 < end; ++k) {
    if (first_name && is_any_function_word(k, {"of", "at", "for", "from"})) return true;
    first_name = first_name || in(k, Lex::kFirstNames);
  }
  return false;
}

// "Mr. Grassley and Mr. Leahy said", "Rosa Lind and Uzo Okafor said": two people's names joined by
// "and" before the verb speak together, as one group -- not the last of them alone. Only where the
// first name opens the phrase (the sentence or a clause after a comma), not "met Putin and Trump said".
[[gnu::hot]] std::optional<Mention> MentionReader::joined_names(const Mention& second, size_t floor) const {
  if (second.type != MentionType::kName || second.first < floor + 2 || !equals(word(second.first - 1), "and"))
    return std::nullopt;
  std::optional<Mention> first = phrase_before_at_depth(second.first - 1, floor, 1);
  if (!first || first->type != MentionType::kName || first->last != second.first - 1) return std::nullopt;
  if (!second.organization && first->first > floor && !equals(word(first->first - 1), ",")) return std::nullopt;
  return joined(*first, second);
}

// "union members and leaders say", "Democrats and civil rights groups say": a group read back joined by
// "and" to a phrase before it that opens the clause (the sentence or a clause after a comma) is one group
// with it, not the last of them alone; not "met the mayor and officials said". So is a person or a group
// joined to a pronoun: "he and Ms. Park said", "she and her aides said".
std::optional<Mention> MentionReader::joined_groups(const Mention& second, size_t floor) const {
  const bool group = second.type == MentionType::kDescription && second.group;
  if (!group && (second.type != MentionType::kName || second.organization)) return std::nullopt;
  if (second.first < floor + 2 || !equals(word(second.first - 1), "and")) return std::nullopt;
  // (A name after "and" is read again only after a pronoun: joined_names() has read the rest.)
  if (!group && !in(second.first - 2, Lex::kPronouns)) return std::nullopt;
  std::optional<Mention> first = phrase_before_at_depth(second.first - 1, floor, 1);
  if (!first || first->last != second.first - 1 || first->organization ||
      (first->first > floor && !equals(word(first->first - 1), ",")))
    return std::nullopt;
  // (Two names are joined_names()'s to read; a pronoun is "he", "she" or "they", not "it".)
  const bool pronoun = first->type == MentionType::kPronoun && !is_any(word(first->first), {"it", "It"});
  if (first->type == MentionType::kPronoun ? !pronoun : !group) return std::nullopt;
  Mention all = plain_description(first->first, second.last);
  all.group = true;
  all.gender = 'p';
  all.relative = second.relative;  // "aides and advisers, who said …": still reached through "who"
  return all;
}

std::optional<Mention> MentionReader::joined_names_from(const Mention& first, size_t end) const {
  if (first.type != MentionType::kName || first.last + 1 >= end || !equals(word(first.last), "and")) return std::nullopt;
  std::optional<Mention> second = phrase_at(first.last + 1, end);
  if (!second || second->type != MentionType::kName || second->first != first.last + 1) return std::nullopt;
  return joined(first, *second);
}

// The names `first` "and" `second`, read either way: one organisation, two people as a group, or
// nothing (a person's name and an organisation's).
std::optional<Mention> MentionReader::joined(const Mention& first, const Mention& second) const {
  if (second.organization) return one_organization(first, second);
  if (first.organization) return std::nullopt;
  return both_names(first, second);
}

// "the World Travel and Tourism Council", "the Department of Health and Human Services": names joined by
// "and" before an organisation's word name one organisation -- unless the first is a person's or an
// organisation of its own ("Fox News and NBC News"; "the Department of Health" can go on), or "the"
// opens the second ("Clinton and the State Department").
std::optional<Mention> MentionReader::one_organization(const Mention& first, const Mention& second) const {
  bool first_goes_on = !first.organization || span_has(first, "of");
  if (in(first.name_first, Lex::kFirstNames) || !first_goes_on || is_determiner(second.first)) return std::nullopt;
  Mention whole = first;
  whole.last = second.last;
  whole.organization = true;
  whole.group = false;
  return whole;
}

bool MentionReader::span_has(const Mention& m, std::string_view w) const {
  for (size_t i = m.first; i < m.last; ++i)
    if (word(i) == w) return true;
  return false;
}

Mention MentionReader::both_names(const Mention& first, const Mention& second) {
  Mention both = plain_description(first.first, second.last);
  both.group = true;
  both.gender = 'p';
  return both;
}

// "In May, a spokesman for the city said", "In fact, prosecutors in Ohio say": the words between an
// introduction's comma and the verb, read by their place as opening_noun_phrase() reads a sentence's
// first words. An introduction is a few words that open with a capitalised function word ("In", "On",
// "After", "Earlier") and hold no verb of ours.
[[gnu::hot]] std::optional<Mention> MentionReader::noun_phrase_after_introduction(size_t floor, size_t verb) const {
  // (The first word first: most sentences open with no capitalised function word, and are turned away
  // before the search for the comma.)
  if (!toks_[floor].capitalized || !is_function_word(floor)) return std::nullopt;
  size_t comma = verb;
  while (comma > floor && !equals(word(comma - 1), ",")) --comma;
  if (comma < floor + 2 || comma >= verb || comma - floor > kMaxIntroduction) return std::nullopt;
  for (size_t k = floor; k + 1 < comma; ++k)
    if (toks_[k].in_quote || is_cue(k)) return std::nullopt;
  return speaker_phrase_from(comma, verb);
}

// "“…,” a spokesman for the city said": the words between a quote that opens the sentence at `floor`
// and the verb, read as noun_phrase_after_introduction() reads those after an introduction.
std::optional<Mention> MentionReader::noun_phrase_after_quote(size_t floor, size_t verb) const {
  if (!toks_[floor].in_quote) return std::nullopt;
  size_t first = verb;
  while (first > floor && verb - first <= kMaxPlainPhrase && !toks_[first - 1].in_quote) --first;
  if (first == floor || first >= verb || toks_[first - 1].type != TokenType::kPunct) return std::nullopt;
  return speaker_phrase_from(first, verb);
}

// The phrase [first, verb) after an introduction or a quote, when it names people or an office: it ends
// in a name or a speaker's noun, or such a noun heads it ("a spokesman for the city"); not "Rosa Lind
// made the following [comment]". Or, as at a sentence's start (sentence_opening_description()), an
// article opens a short phrase: "In May, the brothers said".
std::optional<Mention> MentionReader::speaker_phrase_from(size_t first, size_t verb) const {
  bool heads = is_name_word(verb - 1) || is_head_noun(verb - 1) ||
               (verb - first <= 4 && is_any_function_word(first, {"the", "a", "an"}));
  for (size_t k = first; !heads && k + 1 < verb; ++k)
    heads = is_head_noun(k) && is_any(word(k + 1), {"for", "at", "in", "of", "from", "with", "close", "familiar"});
  if (!heads) return std::nullopt;
  return opening_noun_phrase(first, verb, /*after_introduction=*/true);
}

// `depth`: how many appositives, relative clauses and owners were stepped over to get here. Each step
// may try three separators, so without a bound a run of commas before a verb costs exponential time.
[[gnu::hot]] std::optional<Mention> MentionReader::phrase_before_at_depth(size_t end, size_t floor, int depth) const {
  if (depth > kMaxPhraseDepth) return std::nullopt;
  size_t j = end;
  while (j > floor && is_modifier(j - 1)) --j;
  if (j > floor + 1 && is_adverb_after_subject(j - 1)) --j;  // "Cruz gingerly said"
  while (j > floor && is_modifier(j - 1)) --j;
  // "Trump on Friday said", "Priebus later Thursday told", "Spicer on Thursday evening said"
  if (j > floor + 2 && in(j - 1, Lex::kTimeWords) && in(j - 2, Lex::kFunctionWords) && toks_[j - 2].capitalized &&
      is_any(word(j - 1), {"morning", "afternoon", "evening", "night"}))
    --j;
  if (j > floor + 1 && in(j - 1, Lex::kFunctionWords) &&
      toks_[j - 1].capitalized && is_any(word(j - 2), {"on", "last", "this", "later", "earlier", "late"}))
    j -= 2;
  if (j == floor) return std::nullopt;
  // "…, Gov. Tomas Brandt (R-Ohio), said": a party tag and its comma, after a name.
  if (j > floor + 3 && equals(word(j - 1), ",") && equals(word(j - 2), ")")) {
    size_t k = j - 2;
    while (k > floor && j - k < 10 && !equals(word(k), "(")) --k;
    if (equals(word(k), "(") && k > floor && is_name_word(k - 1)) j = k;
  }
  if (equals(word(j - 1), ")")) {  // "Sen. Bernie Sanders (I-Vt.) said"
    size_t k = j - 1;
    while (k > floor && j - k < 10 && !equals(word(k), "(")) --k;
    if (!equals(word(k), "(")) return std::nullopt;
    j = k;
  }
  // "Elaine Kamarck, a veteran of the campaign, said"; "Trump – who spoke to reporters – has said"
  if (j > floor && (equals(word(j - 1), ",") || equals(word(j - 1), "–") || equals(word(j - 1), "—"))) {
    // The appositive may hold commas of its own ("Michael Seaman, who lives in the capital,
    // Sacramento, said"): try the separators before it, nearest first.
    std::string_view separator = word(j - 1);
    size_t k = j - 1;
    while (k > floor && j - k < kMaxAppositive && word(k - 1) != separator && !toks_[k - 1].in_quote) --k;
    if (k > floor && word(k - 1) == separator) {
      // "The city’s transport director, Samuel Okafor, said": the commas hold the name, the phrase
      // before them its role.
      std::optional<Mention> name = phrase_at(k, j - 1);
      if (name && name->type == MentionType::kName && name->last == j - 1 && name->first == k && k - 1 > floor) {
        Mention role;
        if (std::optional<Mention> r = phrase_before_at_depth(k - 1, floor, depth + 1)) role = *r;
        if (role.type == MentionType::kDescription && role.last > role.first &&
            (is_title(role.last - 1) || is_person_noun(role.last - 1))) {
          name->role_first = role.first;
          name->role_last = role.last;
          return name;
        }
        // "The leader of Ennahda, Rachid Ghannouchi, said": a determiner and a title open the role;
        // "Another delegate on the slate, Jim Poolman, said": or a determiner opens the sentence, or the
        // clause after a comma or a quote and ends in a lower-case noun ("…,” the pilot, John Hale, told
        // reporters"; not "a retiree from Peoria, Ill., said", a place's two parts).
        for (size_t d = k - 1; d-- > floor && k - 1 - d <= 8;) {
          const bool opens = d == floor || (toks_[d - 1].type != TokenType::kWord && !toks_[k - 2].capitalized);
          if (!is_determiner(d) || d + 1 >= k - 1 || !(is_title(d + 1) || (opens && plain_words(d, k - 1))))
            continue;
          name->role_first = d;
          name->role_last = k - 1;
          return name;
        }
      }
    }
    k = j - 1;
    for (int tries = 0; tries < 3; ++tries) {
      // ("Ann Toft, who moved to Aurora, Colorado, in 2012, said": a place's comma closes no aside.)
      while (k > floor && j - k < kMaxAppositive && (word(k - 1) != separator || place_comma(k - 1, floor)) &&
             !toks_[k - 1].in_quote)
        --k;
      if (k == floor || word(k - 1) != separator) return std::nullopt;
      // "Salem, New Hampshire, Trump went after Bush, calling …", "In nearby Salem, the plant is hanging
      // on, said …": a clause between commas is no appositive.
      if (opens_clause(k, j - 1) || has_own_verb(k, j - 1)) return std::nullopt;
      std::optional<Mention> m = phrase_before_at_depth(k - 1, floor, depth + 1);
      // "Clinton, during a meeting in Columbus, Ohio, said": a name after a preposition is its object.
      // So is one a relative clause's verb takes: "Ann Toft, who runs Westbrook Capital, a research firm, said",
      // and a place's last part: "Colorado" of "in Aurora, Colorado, in 2012,".
      bool object = m && m->first > floor &&
                    (is_any(word(m->first - 1), {"in", "at", "on", "from", "of", "to", "with", "for", "by", "near"}) ||
                     relative_object(m->first, floor) || place_comma(m->first - 1, floor));
      // "Many speakers at the service — including … — said": the words before the aside open the
      // sentence, and the whole noun phrase is the speaker, not the object of its preposition.
      if ((object || !m) && tries == 0)
        if (std::optional<Mention> whole = opening_noun_phrase(floor, k - 1)) return whole;
      if (object) m.reset();
      if (m && m->type == MentionType::kName) {
        // "Elaine Kamarck, a veteran of two campaigns, said": a short appositive that opens with an
        // article is her role.
        if (tries == 0 && j - 1 - k <= 10 && opens_role(k, j - 1) && m->role_last == m->role_first) {
          m->role_first = k;
          m->role_last = j - 1;
        }
        // "Tom Forte, who follows Amazon as a managing director at a bank, said": a role after "as", up
        // to a "but" ("— who is listed as an attorney but doesn’t practice —").
        const size_t as_role = role_after_as(k, j - 1);
        size_t as_end = as_role;
        while (as_end < j - 1 && !equals(word(as_end), "but")) ++as_end;
        if (tries == 0 && as_role > k && opens_role(as_role, as_end) && as_end - as_role <= kMaxRoleAfterName &&
            m->role_last == m->role_first && heads_person_role(as_role, as_end)) {
          m->role_first = as_role;
          m->role_last = as_end;
        }
        return m;
      }
      if (m && m->type == MentionType::kDescription && tries == 0) return m;
      --k;
    }
    return std::nullopt;
  }
  if (j == floor) return std::nullopt;
  size_t i = j - 1;
  const Token& t = toks_[i];
  if (t.type != TokenType::kWord || t.in_quote) return std::nullopt;
  std::string_view w = word(i);
  // (The token's bit first: most words are no pronoun, and the acronym test and lookup are spared.)
  if (const LexiconEntry* p = in(i, Lex::kPronouns) && !is_acronym(i) ? lexicon(Lex::kPronouns).find(w) : nullptr) {
    // "I laughed and said": outside quotes, "I" is the writer.
    bool writer = equals(w, "I") && !t.in_quote;
    if (!writer && (p->tag == "s" || !is_any(w, {"he", "she", "they", "it"}))) return std::nullopt;
    return pronoun_mention(i);
  }
  if (is_any_function_word(i, {"who", "which", "that"}) && i > floor) {  // "the department, which reported"
    size_t k = equals(word(i - 1), ",") ? i - 1 : i;
    std::optional<Mention> m = k > floor ? phrase_before_at_depth(k, floor, depth + 1) : std::nullopt;
    if (m && m->type == MentionType::kName) m = past_home(*m, floor, depth);
    if (!m || m->type == MentionType::kPronoun) return std::nullopt;
    m->relative = static_cast<int>(i);
    return m;
  }
  if (is_name_word(i)) {
    size_t n = i;
    while (n > floor && i - n < kMaxPhrase) {
      if (is_name_word(n - 1)) { --n; continue; }
      if (n - 1 > floor && is_name_word(n - 2) && is_connector(n - 1)) { n -= 2; continue; }
      if (n >= floor + 4 && is_name_word(n - 4) && is_nickname(n - 3)) { n -= 4; continue; }
      break;
    }
    size_t first = n;
    if (first > floor && in(first - 1, Lex::kHonorifics)) --first;
    first = extend_role_left(first, floor);
    if (first > floor && is_determiner(first - 1) && !is_any(word(first - 1), {"his", "her", "their", "its", "our"})) --first;
    size_t name_first = n;
    return describe(first, name_first, j);
  }
  // A description: "the former president", "officials", "the ad’s narrator", "the letter", and at a
  // sentence start "Reports suggest", "Officials said".
  bool sentence_initial_noun = t.sentence_start && (in(i, Lex::kGroupNouns) || in(i, Lex::kOrgWords));
  if (!sentence_initial_noun && (t.capitalized || is_function_word(i) || is_cue(i) || is_modifier(i)))
    return std::nullopt;
  // "the former secretary of state said", "the chief of staff said": a title and its "of" phrase.
  if (i >= floor + 2 && equals(word(i - 1), "of") && is_title(i - 2) && !toks_[i - 2].in_quote) i -= 2;
  if (!is_head_noun(i)) return sentence_opening_description(i, end, floor);
  if (is_document(i) && i > floor) {
    if (is_any(word(i - 1), {"his", "her", "their", "its"})) return pronoun_mention(i - 1);  // "her statement"
    if (is_possessive(i - 1) && i - 1 > floor) {  // "Trump’s statement"
      if (std::optional<Mention> m = phrase_before_at_depth(i - 1, floor, depth + 1); m && m->type != MentionType::kPronoun) return m;
    }
  }
  size_t k = i;
  if (is_age(i) && i - 2 > floor) k = i - 2;  // "the 52-year-old said": its number and hyphen too
  while (k > floor && i - k < 6) {
    size_t p = k - 1;
    const Token& pt = toks_[p];
    if (is_possessive(p) && p > floor && !pt.in_quote) { k = p - 1; continue; }  // "the mayor’s spokesman"
    if (pt.type != TokenType::kWord || pt.in_quote || is_cue(p) || is_modifier(p)) break;
    if (is_determiner(p)) { k = p; break; }
    if (is_function_word(p) && !pt.capitalized) break;
    // "But aides said", "After campaign aides insisted", "Among voters who said": the conjunction or
    // preposition that opens the sentence is none of the description.
    static constexpr auto kOpeningConjunctions = screened_words({
        "but", "and", "or", "so", "yet", "after", "before", "when", "while", "if", "although", "though",
        "because", "as", "since", "until", "unless", "once", "whereas", "among", "amid", "despite", "for",
        "from", "with", "of", "in", "at", "on", "by", "like", "unlike"});
    if (pt.sentence_start && is_any(word(p), kOpeningConjunctions)) break;
    k = p;
  }
  return describe(k, j, j);
}

// "The former pollster said": a determiner opening the sentence, then at most three words before the
// verb, is the verb's subject whatever its head noun. So are the people a poll asked, wherever they
// stand: "By wide margins, those surveyed say".
[[gnu::cold]] std::optional<Mention> MentionReader::sentence_opening_description(size_t head, size_t cue, size_t floor) const {
  if (head > floor && equals(word(head - 1), "those") && is_any(word(head), {"surveyed", "polled", "questioned"}))
    return describe(head - 1, head + 1, head + 1);
  if (head < floor + 1 || head - floor > 3 || !toks_[floor].sentence_start || !is_determiner(floor) ||
      is_any(word(floor), {"his", "her", "their", "its", "our"}))
    return std::nullopt;
  for (size_t k = floor + 1; k <= head; ++k)
    if (toks_[k].type != TokenType::kWord || toks_[k].in_quote || is_cue(k) || is_modifier(k) ||
        (is_function_word(k) && !toks_[k].capitalized))
      return std::nullopt;
  for (size_t k = head + 1; k < cue; ++k)  // "The talks were described as …" is a passive
    if (is_any(word(k), {"is", "was", "were", "are", "be", "been", "being"})) return std::nullopt;
  return describe(floor, head + 1, head + 1);
}

[[gnu::hot]] std::optional<Mention> MentionReader::phrase_at(size_t begin, size_t last) const {
  if (begin >= last) return std::nullopt;
  const Token& t = toks_[begin];
  if (t.type != TokenType::kWord || t.in_quote) return std::nullopt;
  // "US" is no "us". (The token's bit first: most words are no pronoun, and the acronym test and lookup
  // are spared.)
  if (const LexiconEntry* p =
          in(begin, Lex::kPronouns) && !is_acronym(begin) ? lexicon(Lex::kPronouns).find(word(begin)) : nullptr) {
    if (p->tag == "s" || !is_any(word(begin), {"he", "she", "they", "it"})) return std::nullopt;
    return pronoun_mention(begin);
  }
  size_t i = begin;
  if (is_determiner(i)) ++i;
  // "Hundreds of demonstrators": the people are read after the count (head_noun() skips it too).
  if (i == begin && i + 2 < last && t.sentence_start && equals(word(i + 1), "of") && is_any(word(i), kQuantityWords))
    i += 2;
  // "the 52-year-old", "the 38-year-old skipper": an age after the determiner heads the phrase, or
  // qualifies the noun after it.
  if (i > begin && i + 2 < last && is_age(i + 2)) i += 3;
  size_t name_first = std::string_view::npos;
  size_t head_end = i;
  size_t noun_end = i;  // just past the latest head noun: "a person" of "a person close to the mayor"
  while (i < last && i - begin < kMaxPhrase) {
    const Token& k = toks_[i];
    if (name_first != std::string_view::npos && i + 3 < last && is_nickname(i) && is_name_word(i + 3)) {
      i += 3;  // Robert “Bobby” Scott
      continue;
    }
    if (k.type != TokenType::kWord || k.in_quote) break;
    // "the union’s regional secretary", "CNN’s Jake Tapper", "Trump’s campaign manager": the owner is
    // part of the role, or of the description (but "Clinton’s campaign slogan" stays Clinton's).
    bool owner_of_name = name_first != std::string_view::npos && i + 1 < last &&
                         (is_name_word(i + 1) || is_title(i + 1) ||
                          (is_head_noun(i + 1) && i + 2 < last && is_title(i + 2)) ||
                          (i + 2 < last && equals(word(i + 2), ",") && is_person_noun(i + 1)));  // "Scott’s niece, …"
    if (is_possessive(i) && i > begin && (name_first == std::string_view::npos || owner_of_name) && i + 1 < last) {
      name_first = std::string_view::npos;
      head_end = ++i;
      continue;
    }
    if (is_name_word(i)) {
      if (name_first == std::string_view::npos) name_first = i;
    } else if (k.capitalized && is_hyphenated_modifier(word(i))) {
      name_first = std::string_view::npos;  // "Los Angeles-based attorney …": the place was a modifier
    } else if (name_first != std::string_view::npos) {
      bool title_then_name = is_title(i) && i + 1 < last && (is_title(i + 1) || is_name_word(i + 1));
      if (title_then_name) name_first = std::string_view::npos;  // "Putin aide Yuri Ushakov"
      else if (!(i + 1 < last && is_name_word(i + 1) && is_connector(i))) break;
    } else if (!(is_title(i) || in(i, Lex::kHonorifics) || is_org_word(i) ||
                 in(i, Lex::kGroupNouns) || in(i, Lex::kAdjectives) ||
                 is_qualifier(i, last))) {
      break;
    }
    head_end = ++i;
    if (is_head_noun(head_end - 1)) noun_end = head_end;
  }
  if (name_first == std::string_view::npos && head_end > begin && !is_head_noun(head_end - 1)) head_end = noun_end;
  if (head_end == begin || (head_end == begin + 1 && is_determiner(begin))) return std::nullopt;
  if (name_first == std::string_view::npos) {
    // "said the union’s regional secretary, Mark Ellison": the name after the comma is the speaker,
    // the description their role.
    if ((is_title(head_end - 1) || is_person_noun(head_end - 1)) && head_end + 1 < last && equals(word(head_end), ",")) {
      std::optional<Mention> name = name_after_role(begin, head_end, last);
      if (name && (name->last >= last || toks_[name->last].type == TokenType::kPunct)) return name;
    }
    return describe(begin, head_end, head_end);
  }
  // Names run to the end of the phrase; anything capitalised before the name is its role.
  Mention m = describe(begin, name_first, head_end);
  read_role_after(&m, last);
  return m;
}

// "said Priya Patel, an analyst at Fairview Capital.": an appositive after a name that opens with an
// article or a title in lower case ("director of the Harbour Fund", "country director for …"), is headed by a title or a person's
// noun, and ends the clause, is the name's role (not when a name follows its comma: "a spokeswoman for
// the parent company, Acme Foods" goes on).
void MentionReader::read_role_after(Mention* m, size_t last) const {
  if (m->last + 2 >= last || !equals(word(m->last), ",")) return;
  // (Or after "as" in a relative clause: "…, who follows Amazon as a managing director at a bank.")
  const size_t comma = role_after_as(m->last + 1, last) - 1;
  if (comma + 2 >= last || !opens_role(comma + 1, last)) return;
  // It ends the clause, or where a relative clause starts: "a professor at Westbrook University whose
  // research covers …".
  auto relative = [&](size_t i) { return is_any_function_word(i, {"who", "whose", "which"}); };
  size_t end = comma + 2;
  while (end < last && end - comma <= kMaxRoleAfterName && toks_[end].type == TokenType::kWord &&
         !toks_[end].in_quote && !relative(end))
    ++end;
  if (end < last && !is_any(word(end), {",", ".", ";", "!", "?"}) && !relative(end)) return;
  if (end < last && relative(end) && equals(word(end - 1), "and")) --end;  // "… at Harbour Relief and who …"
  if (end + 1 < last && equals(word(end), ",") && is_name_word(end + 1)) return;
  if (!heads_person_role(comma + 1, end)) return;
  m->role_first = static_cast<uint32_t>(comma + 1);
  m->role_last = static_cast<uint32_t>(end);
}

// Whether the role [first, last), opened as opens_role() tells, is headed by a title or a person's noun.
bool MentionReader::heads_person_role(size_t first, size_t last) const {
  const size_t head = head_noun(is_title(first) ? first : first + 1, last);
  return is_title(head) || is_person_noun(head);
}

// "who follows Amazon as a managing director": where a role may start in a relative clause that
// opens at token `who`, after "as" among its first words; else `who`.
size_t MentionReader::role_after_as(size_t who, size_t end) const {
  if (who >= end || !is_any_function_word(who, {"who"})) return who;
  for (size_t k = who + 2; k + 1 < end && k - who <= kMaxAsAfterWho; ++k)
    if (equals(word(k), "as")) return k + 1;
  return who;
}

// Whether token `i`, after a name's comma and before `end`, opens a role said apart: an article ("an
// analyst at …") or a title in lower case ("director of …", "spokeswoman for …"), or a plain lower-case
// word before one ("country director for …").
bool MentionReader::opens_role(size_t i, size_t end) const {
  if (is_any_function_word(i, {"a", "an", "the"}) || (is_title(i) && !toks_[i].capitalized)) return true;
  const bool plain = toks_[i].type == TokenType::kWord && !toks_[i].capitalized && !is_function_word(i) && !is_cue(i);
  return plain && i + 1 < end && is_title(i + 1) && !toks_[i + 1].capitalized;
}

// Here, not in entities.cc: is_any() is inlined only in this file, where is_any_of() is defined, and
// there its loop is unrolled into a branch per word, each well predicted; called from entities.cc, the
// loop's compare of the sizes mispredicted some 5K times a dev pass.
size_t MentionReader::head_noun(size_t first, size_t last) const {
  // "a number of experts", "dozens of residents": a word of quantity before "of" leaves the head after it.
  for (size_t k = first + 1; k < last; ++k)
    if (is_any(word(k), {"of", "on", "at", "for", "in", "with", "from", "to", "close", "familiar", "representing",
                         "who", "that"}) &&
        !(equals(word(k), "of") && is_any(word(k - 1), kQuantityWords)))
      return k - 1;
  return last - 1;
}

std::optional<Mention> MentionReader::source_after_according_to(size_t begin, size_t last) const {
  if (std::optional<Mention> m = phrase_at(begin, last)) {
    if (std::optional<Mention> whole = joined_names_from(*m, last); whole && whole->organization) return whole;
    return m;
  }
  // "a pilot who found the flaw": the source is the words before the relative pronoun.
  auto relative = [&](size_t i) { return is_any(word(i), {"who", "which", "that", "whose"}); };
  size_t end = begin;
  // A year may date it: "according to a 2014 Labor Department study".
  auto year = [&](size_t i) { return toks_[i].type == TokenType::kNumber && toks_[i].end - toks_[i].begin == 4; };
  while (end < last && end - begin < kMaxSourcePhrase && !toks_[end].in_quote && !relative(end) &&
         (toks_[end].type == TokenType::kWord || year(end) || is_any(word(end), {"-", "'s", "’s", "/"})))
    ++end;
  bool ends_phrase = end == last || is_any(word(end), {",", ".", ";", "—", "–", ":"}) || (end > begin + 1 && relative(end));
  if (end == begin || !ends_phrase) return std::nullopt;
  return plain_description(begin, end);
}

[[gnu::hot]] std::optional<Mention> MentionReader::opening_noun_phrase(size_t sentence_first, size_t verb,
                                                          bool after_introduction) const {
  // An adverb before the verb is the verb's ("World leaders almost universally voiced …"), and one after
  // an adjective ends no noun phrase: "Endlessly clever and surprisingly challenging, it …".
  while (verb > sentence_first + 1 && is_adverb(verb - 1)) --verb;
  if (verb == sentence_first || verb - sentence_first > kMaxPlainPhrase) return std::nullopt;
  // "But the organizer of the rally said", "Even his allies say": the phrase after a conjunction or a
  // focusing adverb that opens the sentence, when it runs up to the verb (not "But Scott grinned and
  // invoked the story Kennedy told": the subject of another verb).
  if (verb > sentence_first + 1 && is_any(word(sentence_first), {"but", "and", "yet", "even", "only"})) {
    std::optional<Mention> m = opening_noun_phrase(sentence_first + 1, verb, /*after_introduction=*/true);
    return m && m->last == verb ? m : std::nullopt;
  }
  bool opens_noun_phrase = !is_function_word(sentence_first) ||
                           is_any(word(sentence_first), {"the", "a", "an", "some", "many", "most", "other", "another",
                                                         "several", "each", "almost", "nearly", "more", "both", "all",
                                                         "those", "these", "his", "her", "their", "its", "our"});
  // "Mrs. Clinton's aides", "Six newspapers in the state"
  opens_noun_phrase = opens_noun_phrase || in(sentence_first, Lex::kHonorifics) || in(sentence_first, Lex::kNumberWords);
  // "Following a swiftly called meeting, …", "Holding signs, …": a participle and its object open an
  // introduction.
  // So do an adverb and a participle: "Manually swapping the batteries feels …". (Not before a verb's
  // base form, which no such phrase takes: "Polling averages show …", "Striking workers say …".)
  const size_t opening = is_adverb(sentence_first) ? sentence_first + 1 : sentence_first;
  bool participle = is_participle(opening) && opening + 1 < verb &&
                    !in(opening, Lex::kGroupNouns) && !in(opening, Lex::kOrgWords) && !is_base_form(verb);
  if ((!toks_[sentence_first].capitalized && !after_introduction) || !opens_noun_phrase || participle ||
      is_page_word(sentence_first))  // "Please text WORK to …", "Continue reading …"
    return std::nullopt;
  for (size_t k = sentence_first; k < verb; ++k) {
    bool noun_after_determiner = k > sentence_first && is_determiner(k - 1);  // "the thinking", "a report"
    bool quantifier = k == sentence_first;  // "Each side", "Both campaigns", "All three"
    // "Six employees resigned in protest", "Trump unleashed a series of tweets saying": the phrase's own
    // verb, past and not after a determiner ("A retired officer"), ends it.
    if (k > sentence_first && !noun_after_determiner && has_suffix(word(k), "ed") && !toks_[k].capitalized &&
        !is_cue(k) && !is_modifier(k)) {
      std::optional<Mention> subject = phrase_at(sentence_first, k);
      return subject && subject->last == k ? subject : opening_noun_phrase(sentence_first, k, after_introduction);
    }
    if ((toks_[k].type != TokenType::kWord && !is_possessive(k) && !number_after_determiner(k)) || toks_[k].in_quote ||
        (is_cue(k) && !noun_after_determiner) ||
        (is_modifier(k) && !quantifier && !quantifier_after_of(k) && !owner_before_noun(k, verb)) ||
        is_any_function_word(k, {"that", "which", "who", "when", "if", "because"}))
      return std::nullopt;
  }
  // A noun phrase ends in its noun: "Bryne went on to say", "Rather than seeing" end in no noun (but
  // "Those close to him say": a preposition's object pronoun); nor is a lone article one ("The last
  // question came …": "last question" is no verb's).
  if (verb == sentence_first + 1 && is_any(word(sentence_first), {"the", "a", "an"})) return std::nullopt;
  if (verb - sentence_first > 1 && is_function_word(verb - 1) && !is_possessive(verb - 1) &&
      !(verb - sentence_first > 2 && is_any(word(verb - 1), {"him", "her", "them"}) &&
        is_any(word(verb - 2), {"to", "with", "around", "for"})))
    return std::nullopt;
  return plain_description(sentence_first, verb);
}

// "records from the 2008 cycle", "the state's 14 districts": a number after a determiner or an owner
// qualifies the noun after it (not "down 0.2 points from …").
bool MentionReader::number_after_determiner(size_t k) const {
  return toks_[k].type == TokenType::kNumber && k > 0 && (is_determiner(k - 1) || is_possessive(k - 1));
}

// "A source familiar with the agency's inquiry": a possessive before a word is its owner's, not "has"
// ("Trump's said"), though both are modifiers of a verb to is_modifier().
bool MentionReader::owner_before_noun(size_t k, size_t verb) const { return k + 1 < verb && is_possessive(k); }

// "leaders of both parties", "voters in all five states", "officials from both towns": a quantifier after
// "of", "in" or "from" at token `k` (after a phrase's first word) is the noun phrase's, no modifier of a verb.
bool MentionReader::quantifier_after_of(size_t k) const {
  return is_any(word(k), {"both", "all", "each"}) && is_any(word(k - 1), {"of", "in", "from"});
}

// "six", "10", "Sixty-two": a count of people, in figures or words. The words are a lexicon
// (number_words.txt), so that a token's bit answers for most: comparing each word with them in turn
// had been half a per-cent of the engine's time.
bool MentionReader::is_count(size_t i) const {
  if (toks_[i].type == TokenType::kNumber) return true;
  if (toks_[i].type != TokenType::kWord || toks_[i].in_quote) return false;
  if (in(i, Lex::kNumberWords)) return true;
  // Two of them joined by a hyphen, which are no token of their own. (has_hyphen() first: most words
  // hold none, and it tells so without a call of memchr().)
  std::string_view w = word(i);
  if (!has_hyphen(w)) return false;
  size_t hyphen = w.find('-');
  const WordList& numbers = lexicon(Lex::kNumberWords);
  return hyphen != std::string_view::npos && numbers.contains(w.substr(0, hyphen)) &&
         numbers.contains(w.substr(hyphen + 1));
}

// Where a count of people that ends before token `h` starts -- "six in 10", "nine out of 10", "46
// percent", "40 %", "a third", "two-thirds", "most", "43", and "another" of a few who speak in turn
// ("…, one said. …, another said") -- or npos.
[[gnu::hot]] size_t MentionReader::count_start(size_t h, size_t floor) const {
  constexpr size_t kNo = std::string_view::npos;
  if (h <= floor || toks_[h - 1].in_quote) return kNo;
  size_t i = h - 1;
  std::string_view w = word(i);
  if (equals(w, "percent") || equals(w, "%")) return i > floor && is_count(i - 1) ? i - 1 : kNo;
  if (is_count(i)) {
    if (i >= floor + 2 && equals(word(i - 1), "in") && is_count(i - 2)) return i - 2;
    if (i >= floor + 3 && equals(word(i - 1), "of") && equals(word(i - 2), "out") && is_count(i - 3)) return i - 3;
    // A bare figure ("43 said"), but not a year ("in 2016 said").
    bool year = toks_[i].type == TokenType::kNumber && w.size() == 4 && (w[0] == '1' || w[0] == '2');
    return year ? kNo : i;
  }
  static constexpr auto kShares = screened_words({"third", "thirds", "half", "quarter", "quarters", "fifth", "fifths",
                                                  "majority", "plurality", "minority", "most", "many", "some", "few",
                                                  "none", "both", "another"});
  if (is_any(w, kShares)) return i;
  if (!has_hyphen(w)) return kNo;
  size_t hyphen = w.find('-');  // "two-thirds", "three-quarters"
  if (hyphen != std::string_view::npos && is_any(w.substr(hyphen + 1), {"thirds", "quarters", "fifths"})) return i;
  return kNo;
}

[[gnu::hot]] std::optional<Mention> MentionReader::share_before(size_t end, size_t floor) const {
  constexpr size_t kNo = std::string_view::npos;
  size_t j = end;
  while (j > floor && is_modifier(j - 1)) --j;
  size_t last = j;
  static constexpr auto kPolled = screened_words({"overall", "polled", "surveyed", "questioned", "interviewed"});
  if (j > floor && is_any(word(j - 1), kPolled)) --j;
  // "of them", "of Democratic voters", "of the mayor’s allies": the people the share is of.
  size_t k = j;
  while (k > floor && j - k < 6 && !toks_[k - 1].in_quote && !equals(word(k - 1), "of") && !is_cue(k - 1) &&
         (toks_[k - 1].type == TokenType::kWord || is_possessive(k - 1)))
    --k;
  size_t start = kNo;
  if (k < j && k > floor + 1 && equals(word(k - 1), "of")) start = count_start(k - 1, floor);
  // "six in 10 white men", "most voters", or the count alone.
  for (size_t h = j; start == kNo && h + 3 >= j && h > floor; --h) {
    if (h < j && (toks_[h].type != TokenType::kWord || toks_[h].in_quote || is_cue(h) || is_modifier(h) ||
                  (!toks_[h].capitalized && is_function_word(h)) ||
                  (toks_[h].capitalized && h + 1 == j && !has_suffix(word(h), "s"))))
      break;  // the words after the count are nouns, the last a plural: not "half [a percentage] point",
              // not "7 Turkey vows" (a numbered list)
    start = count_start(h, floor);
  }
  if (start == kNo) return std::nullopt;
  // "18 states", "many reports": after a plural count, a word in -s is a noun (the verb would be "say").
  bool plural_count = is_count(j - 1) || is_any(word(j - 1), {"some", "many", "most", "few", "both"});
  if (plural_count && end < toks_.size && has_suffix(word(end), "s")) return std::nullopt;
  // "nearly", "about", "more than", "at least", "a" (a third), "the" (the majority).
  size_t f = start;
  for (int step = 0; step < 3 && f > floor; ++step) {
    if (f > floor + 1 && ((equals(word(f - 1), "than") && is_any(word(f - 2), {"more", "less", "fewer"})) ||
                          (equals(word(f - 1), "least") && is_any(word(f - 2), {"at"})))) {
      f -= 2;
    } else if (is_any(word(f - 1), {"nearly", "almost", "about", "around", "roughly", "some", "only", "just", "over",
                                    "under", "fully", "a", "the", "another", "approximately", "barely"})) {
      --f;
    } else {
      break;
    }
  }
  // A clause starts there: else the share is an object ("won 46 percent said", "a third of them").
  bool clause_starts = f == floor || is_any(word(f - 1), {",", ";", ":", "—", "–", "and", "but", "while", "whereas",
                                                          "though", "although", "yet", "that"});
  if (f >= floor + 2 && equals(word(f - 1), "and") && is_count(f - 2)) clause_starts = false;  // "between 25 and 54"
  if (!clause_starts || toks_[f].in_quote) return std::nullopt;
  Mention m = plain_description(f, last);
  m.group = true;
  m.gender = 'p';
  return m;
}

std::optional<Mention> MentionReader::short_description(size_t first, size_t last) const {
  if (last < first + 2 || last - first > kMaxShortDescription || !is_determiner(first) ||
      !is_any(word(first), {"the", "a", "an", "his", "her", "their", "its", "another", "one"}))
    return std::nullopt;
  for (size_t k = first + 1; k < last; ++k) {
    const Token& t = toks_[k];
    bool word_like = t.type == TokenType::kWord || (t.type == TokenType::kNumber && k + 1 < last) ||
                     (equals(word(k), "-") && k > first + 1 && k + 1 < last);  // "a 1998 harbour veteran", "night-ferry"
    if (!word_like || t.in_quote || t.markup || is_cue(k) || is_modifier(k) ||
        (t.type == TokenType::kWord && !t.capitalized && is_function_word(k)))
      return std::nullopt;
  }
  // "her colleague Linda Park": a name that ends it after a word that heads a role is the speaker's,
  // the words before it their role (not "his nephew Michery el Soheil": "el" heads none).
  size_t name_first = last;
  while (name_first > first + 2 && is_name_word(name_first - 1)) --name_first;
  return describe(first, heads_role(name_first - 1) ? name_first : last, last);
}

std::optional<Mention> MentionReader::words_to_end(size_t first, size_t end) const {
  if (first >= end || end - first > kMaxPlainPhrase) return std::nullopt;
  // "…, said a local farmer, Ann Toft": a name after a comma is the speaker, the words before it their role.
  size_t comma = first;
  while (comma < end && !equals(word(comma), ",")) ++comma;
  if (comma < end) {
    std::optional<Mention> name = name_after_role(first, comma, end);
    if (!name || name->last < end || !words_to_end(first, comma)) return std::nullopt;
    return name;
  }
  if (!plain_words(first, end)) return std::nullopt;
  // "…, said the nomination will test them": an auxiliary makes a clause, what was said, no speaker.
  for (size_t i = first; i < end; ++i)
    if (is_auxiliary(i)) return std::nullopt;
  return plain_description(first, end);
}

std::optional<Mention> MentionReader::name_after_role(size_t first, size_t comma, size_t end) const {
  std::optional<Mention> name = phrase_at(comma + 1, end);
  if (!name || name->type != MentionType::kName) return std::nullopt;
  name->role_first = first;
  name->role_last = comma;
  return name;
}

bool MentionReader::is_auxiliary(size_t i) const {
  static constexpr auto kAuxiliaries = screened_words({"is", "are", "was", "were", "will", "would", "has", "have",
                                                       "had", "can", "could", "should", "may", "might", "must", "do",
                                                       "does", "did"});
  return is_any(word(i), kAuxiliaries);
}

Mention plain_description(size_t first, size_t last) {
  Mention m;
  m.first = first;
  m.last = m.name_first = last;
  m.type = MentionType::kDescription;
  return m;
}

// A lower-case word that qualifies a speaker phrase's head: "retired neurosurgeon Ben Carson", "the
// second official". It must lead to a name or a known head within a few words.
bool MentionReader::is_qualifier(size_t i, size_t last) const {
  const Token& t = toks_[i];
  if (t.capitalized || is_cue(i) || is_modifier(i)) return false;
  if (is_function_word(i) && !is_any(word(i), {"first", "second", "third", "last", "former", "other"})) return false;
  for (size_t j = i + 1; j < last && j <= i + 3; ++j) {
    if (toks_[j].type != TokenType::kWord || toks_[j].in_quote) return false;
    if (is_name_word(j) || in(j, Lex::kGroupNouns) || in(j, Lex::kOrgWords) || is_title(j)) return true;
  }
  return false;
}

bool MentionReader::names_workplace(size_t first, size_t floor) const {
  if (first > floor && is_any_function_word(first - 1, {"the"})) --first;
  return first >= floor + 2 && is_any_function_word(first - 1, {"at"}) && (is_title(first - 2) || is_person_noun(first - 2));
}

void MentionReader::for_each_name(int first_paragraph, const std::function<void(const Mention&)>& f) const {
  const size_t count = toks_.size;
  size_t i = tokens_.first_token_of_paragraph(first_paragraph);
  size_t sentence = i < count ? tokens_.sentence_of(i) : 0;
  for (i = next_name_word(i); i < count; i = next_name_word(i)) {
    // Sentences in order: no search. A name is most often in the sentence of the name before or in the
    // next: two steps without a branch, where the loop's exit had mispredicted at many names. (The
    // last sentence ends at `count`, past i: no step goes beyond it.)
    sentence += tokens_.sentences[sentence].last <= i;
    sentence += tokens_.sentences[sentence].last <= i;
    while (tokens_.sentences[sentence].last <= i) ++sentence;
    const Sentence& s = tokens_.sentences[sentence];
    const size_t floor = i - std::min<size_t>(i - s.first, kMaxPhrase);  // kMaxPhrase back, in the sentence
    size_t n = name_run_end(i + 1, s.last);
    while (n < s.last) {
      if (n + 1 < count && is_name_word(n + 1) && is_connector(n)) { n = name_run_end(n + 2, s.last); continue; }
      if (n + 3 < s.last && is_name_word(n + 3) && is_nickname(n)) { n = name_run_end(n + 4, s.last); continue; }
      break;
    }
    // "The White House said", "the Republican National Committee": the capitalised adjectives before
    // an organisation's word are its name's, not a role ("Russian" of "Russian President" stays one).
    while (i > floor && in(n - 1, Lex::kOrgWords) && names_organisation(i - 1)) --i;
    size_t first = i;
    if (first > floor && in(first - 1, Lex::kHonorifics)) --first;
    first = extend_role_left(first, floor);
    f(describe(first, i, n));
    i = n;
  }
}

}  // namespace whosaid
