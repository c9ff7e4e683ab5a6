// Tokens and sentences: the units the attribution stage reasons over.
//
// A token is a word (letters and digits, with inner apostrophes, hyphens and the periods of
// abbreviations such as U.S. and Mr.), or one punctuation character. A possessive ’s/'s is split off
// into a token of its own ("Trump", "’s"), since "Trump’s spokesman" names two people, and so is a
// contracted auxiliary ("they", "’ve"; also ’s, ’m, ’re, ’d, ’ll), so that its subject is read; "n’t"
// stays in its word ("don’t"). A capitalised word
// after an honorific or a given name is a surname, read in none of the title and adjective lexicons that
// list its word ("Mr. Prince", "Ms. White", "Charlie King"). Tokens inside a
// quotation (its marks included) are marked so, so that later stages can tell the writer's words from
// the quoted ones; Tokens::quote_tokens holds the tokens of each quote. Sentences end at . ! ? followed by a capital, a quotation mark or the paragraph end --
// except after abbreviations (Mr., Sen., Jan.; "No." only before a number) and initials (J.) -- and never
// inside a quotation: a sentence that contains a quote holds all of it, with its reporting clause. A
// sentence ends after 200 tokens at the latest, so that text without sentence ends cannot make later
// stages quadratic.
#ifndef WHOSAID_TOKENS_H_
#define WHOSAID_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "lexicon.h"
#include "quotes.h"
#include "text.h"

namespace whosaid {

enum class TokenType : uint8_t { kWord, kNumber, kPunct };

// std::partition_point() over [first, first + n), as an index from `first`, without a branch per step:
// each step keeps one half or the other by a conditional move, where std::partition_point() branched
// on it, which mispredicted at about half the steps of every search (30K times a dev pass). For the
// lookups of Tokens below, and the attribution stage's of a quote inside a claim.
// Up to 8 items, as most searches of sentence_of() and paragraph_of() within a block have, take three
// steps always: once one item is left, a step reads it and keeps it. A loop that stopped there
// mispredicted its exit at most searches, the number of steps changing with the number of items (26K
// mispredicts less on dev x10, for 0.3M instructions more).
template <typename T, typename Pred>
size_t partition_index(const T* first, size_t n, Pred pred) {
  if (n == 0) return 0;
  const T* base = first;
  auto step = [&] {
    const size_t half = n / 2;
    base = pred(base[half]) ? base + half : base;
    n -= half;
  };
  if (n <= 8) {
    for (int k = 0; k < 3; ++k) step();
  } else {
    while (n > 1) step();
  }
  return static_cast<size_t>(base - first) + pred(*base);
}

// 12 bytes: a text has a token per 5 or 6 bytes, so tokens are the engine's largest memory cost. Byte
// offsets fit 32 bits because extract() refuses inputs of 4 GiB and more. A token's quote, paragraph
// and sentence are not stored in it but looked up by range (Tokens::quote_tokens, Tokens::paragraph_of()).
struct Token {
  // Every field at once: the flags are merged in a register and stored together, not written bit by bit.
  // The spare bits are set too, so that the flag byte is written whole, without reading it first.
  Token(uint32_t begin, uint32_t end, uint16_t lexicons, TokenType type, bool capitalized, bool sentence_start,
        bool paragraph_start, bool in_quote)
      : begin(begin), end(end), lexicons(lexicons), type(type), capitalized(capitalized),
        sentence_start(sentence_start), paragraph_start(paragraph_start), markup(false), in_quote(in_quote),
        cue(false), spare(0) {}

  uint32_t begin;
  uint32_t end;
  uint16_t lexicons;  // the lexicons that hold this word, as bit(Lex) flags (see lexicon.h)
  TokenType type;
  bool capitalized : 1;     // a word whose first letter is a capital
  bool sentence_start : 1;  // the first token of its sentence
  bool paragraph_start : 1; // the first token of its paragraph
  bool markup : 1;          // inside a web address, handle, hashtag or tag (markup.h): never a name or cue;
                            // set by tokenize()
  bool in_quote : 1;        // among the words or marks of a quote
  bool cue : 1;             // a reporting verb used as one here: set by MentionReader (mentions.h), which reads
                            // words around it
  uint8_t spare : 2;        // unused; fills the byte (see the constructor)
};
static_assert(static_cast<unsigned>(Lex::kCount) <= 16, "Token::lexicons has a bit per lexicon");
static_assert(sizeof(Token) == 12, "tokens are the engine's largest memory cost");

// A sentence ends after this many tokens at the latest (see above).
constexpr size_t kMaxSentenceTokens = 200;

struct Sentence {
  uint32_t first;  // index of its first token
  uint32_t last;   // index one past its last token
};

// The tokens [first, last) of a quote, its marks included; first == last when it has none.
struct TokenRange {
  size_t first = 0;
  size_t last = 0;
};

struct Tokens {
  std::vector<Token> tokens;
  // Per quote given to tokenize(), in order, its tokens: noted as the tokenizer passes its marks, where
  // a search of the tokens for them read memory long left (60K cache misses on dev x10).
  std::vector<TokenRange> quote_tokens;
  std::vector<Sentence> sentences;        // in order; together they hold every token
  std::vector<uint32_t> paragraph_first;  // per paragraph, the index of its first token (or of the
                                          // next paragraph's, when it has none)
  // Where the searches of sentence_of() and paragraph_of() begin and end: per block of 64 tokens, and
  // one past the last, the sentence of its first token and the paragraphs begun up to it. Built by
  // tokenize(): a search then reads a few sentences or paragraphs, not all of them.
  std::vector<uint32_t> block_sentence;
  std::vector<uint32_t> block_paragraphs;

  // The index of the paragraph, or of the sentence, that token `i` is in: binary searches.
  int paragraph_of(size_t i) const;
  size_t sentence_of(size_t i) const;
  // The index of the first token in paragraph `p` or after it (0 for p < 0).
  size_t first_token_of_paragraph(int p) const;
  bool same_paragraph(size_t a, size_t b) const { return paragraph_of(a) == paragraph_of(b); }
};

// A vector of tokens as a bare array, for the readers that ask of tokens at every turn: through the
// vector each access had loaded its address first. A reader serves one extract(), while the tokens stay
// where they are. Under the sanitizers' build (_GLIBCXX_ASSERTIONS) an index past the end aborts, as the
// vector's own would: ASan does not see a read of the vector's spare capacity.
struct TokenArray {
  explicit TokenArray(const std::vector<Token>& tokens) : first(tokens.data()), size(tokens.size()) {}
  const Token& operator[](size_t i) const {
#ifdef _GLIBCXX_ASSERTIONS
    if (i >= size) std::abort();
#endif
    return first[i];
  }
  const Token* first;
  size_t size;
};

// `markup`: the non-prose spans of find_markup(), in order.
Tokens tokenize(std::string_view text, const std::vector<Paragraph>& paragraphs,
                const std::vector<QuoteMarks>& quotes, const std::vector<ByteSpan>& markup);

}  // namespace whosaid

#endif  // WHOSAID_TOKENS_H_
