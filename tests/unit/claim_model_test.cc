// The claim model (claim_model.h): its file format, its scores, and how it changes what the claims
// stage proposes -- with models written here, so that the tests do not depend on the trained weights.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "attribution.h"
#include "claim_model.h"
#include "quotes.h"
#include "text.h"

namespace {

// The claims (indirect quotes) that the engine reports for `text` with `model`, as {clause, cue}.
using Claims = std::vector<std::pair<std::string, std::string>>;

Claims claims_with(const std::string& text, const whosaid::ClaimModel& model,
                   std::vector<whosaid::ClaimCandidate>* trace = nullptr) {
  std::vector<whosaid::Paragraph> paragraphs = whosaid::split_paragraphs(text);
  size_t dropped = 0;
  std::vector<whosaid::QuoteMarks> marks = whosaid::find_quotes(text, paragraphs, 1000, false, &dropped);
  whosaid::Analysis a = whosaid::attribute(text, paragraphs, marks, trace, &model);
  Claims out;
  for (const whosaid::FoundQuote& q : a.quotes) {
    if (q.kind != whosaid::QuoteKind::kIndirect) continue;
    std::string cue = q.cue ? text.substr(q.cue->begin, q.cue->end - q.cue->begin) : "";
    out.emplace_back(text.substr(q.span.begin, q.span.end - q.span.begin), cue);
  }
  return out;
}

bool has_feature(const whosaid::ClaimCandidate& c, const std::string& f) {
  for (const std::string& g : c.features)
    if (g == f) return true;
  return false;
}

}  // namespace

TEST_CASE("a model file: integer weights and comments", "[claim_model]") {
  whosaid::ClaimModel m(
      "# a comment\n"
      "w 15000 bias\n"
      "w -20000 v=said\n"
      "w 7 l=say\n"
      "nonsense line\n");
  CHECK(!m.empty());
  CHECK(m.score({"bias"}) == 15000);
  CHECK(m.score({"bias", "v=said", "l=say"}) == -4993);
  CHECK(m.score({"unknown", "bias"}) == 15000);  // an unknown feature weighs nothing
  CHECK(whosaid::ClaimModel("# only a comment\n").empty());
}

TEST_CASE("without a model the rules alone decide", "[claim_model]") {
  whosaid::ClaimModel none("");
  CHECK(claims_with("Clara Haines said the harbour would reopen in May.", none) ==
        Claims{{"the harbour would reopen in May", "said"}});
  // Too short for the rules: an object, not a statement.
  CHECK(claims_with("Clara Haines denied it.", none).empty());
  // A reporting noun owned by its speaker.
  Claims c = claims_with("The council rejected Clara Haines’s claim that the harbour would reopen in May.", none);
  CHECK(std::find(c.begin(), c.end(), std::make_pair(std::string("the harbour would reopen in May"),
                                                     std::string("claim"))) != c.end());
  // No reporting verb the lexicon knows.
  CHECK(claims_with("Clara Haines backed the plan to reopen the harbour in May.", none).empty());
  // A reported clause ends before an aside on its last noun.
  c = claims_with("Clara Haines said fares would rise in May, according to the minutes of the meeting.", none);
  CHECK(std::find(c.begin(), c.end(), std::make_pair(std::string("fares would rise in May"),
                                                     std::string("said"))) != c.end());
  // "like" and a clause after a verb of thought: "as if".
  CHECK(claims_with("The pilots feel like they have had no say in the fares.", none) ==
        Claims{{"like they have had no say in the fares", "feel"}});
}

TEST_CASE("a model keeps or drops each claim by its score", "[claim_model]") {
  const std::string text = "Clara Haines said the harbour would reopen in May.";
  CHECK(claims_with(text, whosaid::ClaimModel("w 1 bias\n")).size() == 1);
  CHECK(claims_with(text, whosaid::ClaimModel("w 1 bias\nw -2 l=say\n")).empty());
  CHECK(claims_with(text, whosaid::ClaimModel("w -1 bias\nw 2 m=name\n")).size() == 1);
}

TEST_CASE("a model judges doubtful claims, and no word outside the reporting verbs makes one", "[claim_model]") {
  whosaid::ClaimModel keep_all("w 1 bias\n");
  // An action is no claim, whatever a model would keep.
  CHECK(claims_with("Clara Haines backed the plan to reopen the harbour in May.", keep_all).empty());
  CHECK(claims_with("Clara Haines spoke about the plan to reopen the harbour in May.", keep_all) ==
        Claims{{"about the plan to reopen the harbour in May", "spoke"}});
  CHECK(claims_with("Clara Haines spoke about the plan to reopen the harbour in May.", whosaid::ClaimModel("")).empty());
  // Fewer than three tokens: for the model to judge ("endorsed the mayor" is a stance), never after
  // "said" ("Earlier, she said").
  CHECK(claims_with("Clara Haines denied it.", keep_all) == Claims{{"it", "denied"}});
  CHECK(claims_with("Clara Haines denied it.", whosaid::ClaimModel("")).empty());
  // Never, whatever the model: the clause of the next verb, or the end of a setting.
  CHECK(claims_with("Earlier, Clara Haines said the harbour would reopen in May.", keep_all) ==
        Claims{{"the harbour would reopen in May", "said"}});
  CHECK(claims_with("Clara Haines laughed and said, “The harbour will reopen in May.”", keep_all).empty());
  CHECK(claims_with("Clara Haines said in an interview on the radio.", keep_all).empty());
  // After "say", "tell" or "add", a phrase with a preposition says where or when: never a claim.
  CHECK(claims_with("Clara Haines said after the long council meeting broke up.", keep_all).empty());
  CHECK(claims_with("Clara Haines added as she and the other pilots walked to the pier.", keep_all).empty());
}

TEST_CASE("a trace records every candidate with its features and keeps them all", "[claim_model]") {
  whosaid::ClaimModel drop_all("w -1 bias\n");
  std::vector<whosaid::ClaimCandidate> trace;
  Claims c = claims_with("Clara Haines denied the harbour would close. The council spoke about the plan to reopen the harbour in May.",
                         drop_all, &trace);
  CHECK(c.size() == 2);
  REQUIRE(trace.size() == 2);
  CHECK(has_feature(trace[0], "l=deny"));
  CHECK(has_feature(trace[0], "m=name"));
  CHECK(has_feature(trace[1], "v=spoke"));
  CHECK(trace[0].score == -1);  // weights as written
}

TEST_CASE("a claim that another candidate claim of its sentence holds has the feature in_claim", "[claim_model]") {
  const std::string text = "Clara Haines said Ben Ruiz told her the harbour would reopen in May.";
  std::vector<whosaid::ClaimCandidate> trace;
  claims_with(text, whosaid::ClaimModel("w 1 bias\n"), &trace);
  REQUIRE(trace.size() == 2);
  CHECK_FALSE(has_feature(trace[0], "in_claim"));  // Clara Haines's: "Ben Ruiz told her ..."
  CHECK(has_feature(trace[1], "in_claim"));        // Ben Ruiz's: "the harbour would reopen in May"
  // The sentence's other claims alone count: a claim in the next sentence holds nothing of this one.
  trace.clear();
  claims_with("Ben Ruiz said the harbour would reopen. Clara Haines said it would not.", whosaid::ClaimModel("w 1 bias\n"),
              &trace);
  REQUIRE(trace.size() == 2);
  CHECK_FALSE(has_feature(trace[0], "in_claim"));
  CHECK_FALSE(has_feature(trace[1], "in_claim"));
  // A model that weighs it drops the inner claim alone.
  CHECK(claims_with(text, whosaid::ClaimModel("w 1 bias\nw -2 in_claim\n")) ==
        Claims{{"Ben Ruiz told her the harbour would reopen in May", "said"}});
}

TEST_CASE("features are the same on every run", "[claim_model]") {
  const std::string text = "The harbour will reopen in May, officials said. Most residents say they are relieved.";
  whosaid::ClaimModel m("w 1 bias\n");
  std::vector<whosaid::ClaimCandidate> a, b;
  claims_with(text, m, &a);
  claims_with(text, m, &b);
  REQUIRE(a.size() == 2);
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) CHECK(a[i].features == b[i].features);
  CHECK(has_feature(a[0], "r=before"));
  CHECK(has_feature(a[0], "m=description"));
}

TEST_CASE("the engine's hashed features weigh what the listed ones weigh", "[claim_model]") {
  // Weights on features of several kinds: whole words, words in parts ("lr=say|after"), bands.
  whosaid::ClaimModel m(
      "w 3 bias\nw 5 l=say\nw 7 lr=say|after\nw 11 m=name\nw 13 len=5-7\nw 17 p1=haines\nw 19 n1=the\n"
      "w 23 lr=say|before\nw 29 mh=officials\nw 31 b1=said\nw 37 t=speech\n");
  const std::string text =
      "Clara Haines said the harbour would reopen in May. The bridge will close in March, officials said.";
  std::vector<whosaid::ClaimCandidate> trace;
  claims_with(text, m, &trace);
  REQUIRE(trace.size() == 2);
  for (const whosaid::ClaimCandidate& c : trace) CHECK(c.score == m.score(c.features));
  CHECK(trace[0].score == 3 + 5 + 7 + 11 + 13 + 17 + 19 + 31 + 37);
  CHECK(trace[1].score == 3 + 5 + 13 + 23 + 29 + 37);
}


TEST_CASE("the word before the speaker is a feature: \"if\" makes a claim hypothetical", "[claim_model]") {
  const std::string text = "If Ben Ruiz said the harbour would reopen, the ferries would return. Clara Haines said it would not.";
  std::vector<whosaid::ClaimCandidate> trace;
  claims_with(text, whosaid::ClaimModel("w 1 bias\n"), &trace);
  REQUIRE(trace.size() == 2);
  CHECK(has_feature(trace[0], "mb1=if"));
  CHECK(has_feature(trace[1], "mb1=."));
  // A model that weighs it drops the hypothetical claim alone, and the engine's sum agrees.
  whosaid::ClaimModel m("w 1 bias\nw -2 mb1=if\n");
  CHECK(claims_with(text, m) == Claims{{"it would not", "said"}});
  trace.clear();
  claims_with("Clara Haines said the harbour would reopen.", m, &trace);
  REQUIRE(trace.size() == 1);
  CHECK(has_feature(trace[0], "mb1=^"));
  CHECK(trace[0].score == m.score(trace[0].features));
}
