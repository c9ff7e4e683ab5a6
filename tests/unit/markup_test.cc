// Markup: web addresses, e-mail addresses, handles, hashtags and tags, and agreement with the single RE2
// pattern that found them all before tags were read by hand (markup.cc).
#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "markup.h"

using whosaid::ByteSpan;
using whosaid::find_markup;

namespace {

std::vector<std::string> markup_of(const std::string& text) {
  std::vector<std::string> out;
  for (ByteSpan m : find_markup(text)) out.push_back(text.substr(m.begin, m.end - m.begin));
  return out;
}

// The pattern find_markup() implemented alone before, as the reference.
std::vector<std::string> reference(const std::string& text) {
  static const RE2 re(
      "(https?://[^\\s<>\"“”]+|www\\.[^\\s<>\"“”]+|pic\\.twitter\\.com/[^\\s<>\"“”]*"
      "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}|@\\w{2,}|#\\w{2,}|</?[A-Za-z][^<>\\n]{0,300}>)");
  std::vector<std::string> out;
  re2::StringPiece input(text), match;
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    out.push_back(std::string(match.data(), match.size()));
    pos = static_cast<size_t>(match.data() - text.data()) + match.size();
  }
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("each kind of markup", "[markup]") {
  CHECK(markup_of("See https://example.com/a?b=1 and www.example.org.") ==
        Strings{"https://example.com/a?b=1", "www.example.org."});
  CHECK(markup_of("Write to press@example.com or @Uber_Sydney #breaking") ==
        Strings{"press@example.com", "@Uber_Sydney", "#breaking"});
  CHECK(markup_of("<tweet author=\"x\">Hello</tweet> pic.twitter.com/abc") ==
        Strings{"<tweet author=\"x\">", "</tweet>", "pic.twitter.com/abc"});
}

TEST_CASE("tags: a letter after < or </, at most 300 characters, no line break", "[markup]") {
  CHECK(markup_of("a < b > c, <3, <//a>, </>").empty());
  CHECK(markup_of("<a <b>") == Strings{"<b>"});
  CHECK(markup_of("<a\nb>").empty());
  CHECK(markup_of("<a" + std::string(299, 'x') + "é>").size() == 1);  // 300 characters, one of two bytes
  CHECK(markup_of("<a" + std::string(300, 'x') + "é>").empty());
  // One span, not a tag and an address in it.
  CHECK(markup_of("<a href=\"http://x.com/\">") == Strings{"<a href=\"http://x.com/\">"});
}

TEST_CASE("agrees with the single pattern on random text", "[markup]") {
  const char* pieces[] = {"<", ">", "/", "a", "Z", "\n", " ", "@", "#", "http://", "https://x", "www.",
                          "pic.twitter.com/", ".", "com", "x", "1", "_", "-", "é", "“", "”", "\"",
                          "<a href=\"http://x.com\">", "b@c.de", "\t", "%", "+"};
  const size_t kinds = sizeof pieces / sizeof *pieces;
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int k = static_cast<int>(rng() % 40); k > 0; --k) text += pieces[rng() % kinds];
    INFO(text);
    REQUIRE(markup_of(text) == reference(text));
  }
}
