// Golden test: the seed article of the project (../shared/corpus/seed-article.txt), annotated by hand in
// seed-article.expected.json. Skips with a message where ../shared is absent. The article's text is read
// from ../shared at test time and never copied into the project.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "whosaid/whosaid.h"

namespace {

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

// The seed article and its hand annotation, or false (with a warning) where ../shared is absent.
bool load_seed(std::string* text, nlohmann::json* expected) {
  const std::string dir = std::string(WHOSAID_SHARED_DIR) + "/corpus/";
  std::string expected_json;
  if (!read_file(dir + "seed-article.txt", text) || !read_file(dir + "seed-article.expected.json", &expected_json)) {
    WARN("skipped: ../shared/corpus/seed-article.txt is absent");
    return false;
  }
  *expected = nlohmann::json::parse(expected_json);
  return true;
}

// The direct and mixed quotes of `text`: the seed's annotation of quotes leaves claims aside.
whosaid::Result quotes_of(const std::string& text) {
  whosaid::Options quotes_only;
  quotes_only.kinds.indirect = false;
  return whosaid::extract(text, quotes_only);
}

}  // namespace

TEST_CASE("seed article: every quote found with its exact span and speaker", "[golden]") {
  std::string text;
  nlohmann::json expected;
  if (!load_seed(&text, &expected)) return;
  whosaid::Result r = quotes_of(text);
  REQUIRE(r.ok());
  const auto& quotes = expected["quotes"];
  REQUIRE(r.quotes.size() == quotes.size());
  for (size_t i = 0; i < quotes.size(); ++i) {
    const auto& want = quotes[i];
    const whosaid::Quote& got = r.quotes[i];
    INFO("quote " << i << ": " << want["quote"]["text"].get<std::string>());
    CHECK(got.span.start == want["quote"]["start"].get<size_t>());
    CHECK(got.span.end == want["quote"]["end"].get<size_t>());
    CHECK(got.span.text == want["quote"]["text"].get<std::string>());
    REQUIRE(got.speaker.has_value());
    std::string name = r.speakers[*got.speaker].name;
    std::string want_name = want["speaker"].get<std::string>();
    CHECK((name == want_name || name == "the " + want_name));
  }
}

TEST_CASE("seed article: four speakers with canonical names and roles", "[golden]") {
  std::string text;
  nlohmann::json expected;
  if (!load_seed(&text, &expected)) return;
  whosaid::Result r = quotes_of(text);
  REQUIRE(r.speakers.size() == expected["speakers"].size());
  for (const auto& want : expected["speakers"]) {
    std::string want_name = want["name"].get<std::string>();
    INFO("speaker " << want_name);
    const whosaid::Speaker* found = nullptr;
    for (const whosaid::Speaker& s : r.speakers)
      if (s.name == want_name || s.name == "the " + want_name) found = &s;
    REQUIRE(found != nullptr);
    if (want["role"].is_string()) {
      REQUIRE(found->role.has_value());
      CHECK(*found->role == want["role"].get<std::string>());
    }
  }
}

TEST_CASE("seed article: the five reported claims, with their speakers", "[golden]") {
  std::string text;
  nlohmann::json expected;
  if (!load_seed(&text, &expected)) return;
  whosaid::Result r = whosaid::extract(text);
  REQUIRE(r.ok());
  for (const auto& claim : expected["claims"]) {
    size_t start = claim["content"]["start"].get<size_t>(), end = claim["content"]["end"].get<size_t>();
    std::string want = claim["speaker"].get<std::string>();
    INFO("claim: " << claim["content"]["text"].get<std::string>());
    // As EVAL.md matches claims: overlapping by at least half of the longer span.
    const whosaid::Quote* found = nullptr;
    for (const whosaid::Quote& q : r.quotes) {
      if (q.kind != whosaid::QuoteKind::kIndirect) continue;
      size_t overlap = std::min(end, q.span.end) > std::max(start, q.span.start)
                           ? std::min(end, q.span.end) - std::max(start, q.span.start) : 0;
      if (2 * overlap >= std::max(end - start, q.span.end - q.span.start)) found = &q;
    }
    REQUIRE(found != nullptr);
    REQUIRE(found->speaker.has_value());
    CHECK(r.speakers[*found->speaker].name == want);
  }
}

TEST_CASE("seed article: reported speech that holds a quote has the quote's speaker", "[golden]") {
  // "It had brought the “Russian and US positions closer together …”, he said.": the claim and the
  // quoted words in it are both Putin aide Yuri Ushakov's, not Putin's, whom his title names.
  std::string text;
  nlohmann::json expected;
  if (!load_seed(&text, &expected)) return;
  whosaid::Result r = whosaid::extract(text);
  REQUIRE(r.ok());
  size_t checked = 0;
  for (const whosaid::Quote& claim : r.quotes) {
    if (claim.kind != whosaid::QuoteKind::kIndirect) continue;
    for (const whosaid::Quote& q : r.quotes) {
      if (q.kind == whosaid::QuoteKind::kIndirect || q.span.start < claim.span.start || q.span.end > claim.span.end)
        continue;
      INFO("claim: " << claim.span.text << "; quote: " << q.span.text);
      REQUIRE(claim.speaker.has_value());
      REQUIRE(q.speaker.has_value());
      CHECK(r.speakers[*claim.speaker].name == r.speakers[*q.speaker].name);
      ++checked;
    }
  }
  CHECK(checked >= 5);
}
