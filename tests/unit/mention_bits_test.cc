// The MentionReader's bits per token (mentions.h): next_claim_word() and quoted_in() answer as a test of
// each token's flags and word would, over blocks of 64 tokens and across their bounds.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "markup.h"
#include "mentions.h"
#include "quotes.h"
#include "text.h"
#include "tokens.h"

namespace {

// A text of a few hundred tokens: reporting verbs and nouns in and out of quotes, "according" in both
// cases and other function words of nine bytes ("including", "yesterday"), a quote that spans blocks.
std::string sample_text() {
  std::string text;
  for (int n = 0; n < 12; ++n) {
    text += "According to the mayor, the claim was false. “We said it yesterday, according to plan,” Ann Lee ";
    text += "said, including the statement that “the bridge will open soon and the ferry, they said, will ";
    text += "sail according to its timetable” while officials told reporters nothing. ACCORDING to some, ";
    text += "she argued that the harbour would reopen.\n";
  }
  return text;
}

bool reads_claim_word(const whosaid::MentionReader& r, const whosaid::Token& t, size_t i) {
  const std::string_view w = r.word(i);
  return !t.in_quote && (t.cue || r.in(i, whosaid::Lex::kCueNouns) || w == "according" || w == "According");
}

}  // namespace

TEST_CASE("next_claim_word() and quoted_in() agree with each token's flags", "[mentions]") {
  const std::string text = sample_text();
  const std::vector<whosaid::Paragraph> paragraphs = whosaid::split_paragraphs(text);
  size_t dropped = 0;
  const std::vector<whosaid::QuoteMarks> marks = whosaid::find_quotes(text, paragraphs, 1000, false, &dropped);
  whosaid::Tokens tokens = whosaid::tokenize(text, paragraphs, marks, whosaid::find_markup(text));
  const whosaid::MentionReader reader(text, tokens);
  const std::vector<whosaid::Token>& t = tokens.tokens;
  REQUIRE(t.size() > 300);
  size_t found = 0, quoted = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    found += reads_claim_word(reader, t[i], i);
    quoted += t[i].in_quote;
  }
  CHECK(found > 50);  // the text holds the words tested
  CHECK(quoted > 100);
  for (size_t from = 0; from <= t.size(); ++from) {
    for (size_t end : {from, from + 1, from + 5, from + 64, from + 130, t.size()}) {
      if (end > t.size()) continue;
      size_t expected = from, in_quotes = 0;
      while (expected < end && !reads_claim_word(reader, t[expected], expected)) ++expected;
      for (size_t i = from; i < end; ++i) in_quotes += t[i].in_quote;
      INFO("tokens " << from << " to " << end);
      CHECK(reader.next_claim_word(from, end) == expected);
      CHECK(reader.quoted_in(from, end) == in_quotes);
    }
  }
}
