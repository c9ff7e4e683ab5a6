// short_code() and ShortWordSet (text.h): a token's word against a set of short words, by numbers.
#include <catch2/catch.hpp>

#include <string>

#include "text.h"

using whosaid::short_code;
using whosaid::short_word_set;
using whosaid::ShortWordSet;

namespace {

// The code of the word of `size` bytes at `at` in `text`: with the text's bytes after it, or among its
// last 8 bytes.
uint64_t code_in(const std::string& text, size_t at, size_t size) {
  return short_code(std::string_view(text).substr(at, size), text.data() + text.size());
}

}  // namespace

TEST_CASE("short_code: the same word only, wherever it is in the text", "[text]") {
  const std::string text = "but butter although althoughs ,";
  CHECK(code_in(text, 0, 3) == code_in("but", 0, 3));
  CHECK(code_in(text, 0, 3) == code_in(text, 4, 3));  // "but", and the first 3 bytes of "butter"
  CHECK(code_in(text, 4, 4) == code_in("butt", 0, 4));  // a prefix of a token, as a word of its own
  CHECK(code_in(text, 4, 4) != code_in(text, 4, 6));
  CHECK(code_in(text, 11, 8) == code_in("although", 0, 8));  // 8 bytes
  CHECK(code_in(text, 20, 9) == ~uint64_t{0});               // 9: no short word
  CHECK(code_in(text, 20, 6) == code_in("althou", 0, 6));
  CHECK(code_in(text, text.size() - 1, 1) == code_in(",", 0, 1));  // among the last 8 bytes
}

TEST_CASE("ShortWordSet: holds its words, of 1 to 8 bytes, and no other", "[text]") {
  static constexpr ShortWordSet kWords = short_word_set({",", "while", "but", "although", "—"});
  const std::string text = "while whiles but , although — - but, whil";
  CHECK(kWords.holds(code_in(text, 0, 5)));
  CHECK_FALSE(kWords.holds(code_in(text, 0, 6)));
  CHECK_FALSE(kWords.holds(code_in(text, 0, 4)));
  CHECK(kWords.holds(code_in(text, 13, 3)));
  CHECK(kWords.holds(code_in(text, 17, 1)));
  CHECK(kWords.holds(code_in(text, 19, 8)));
  CHECK(kWords.holds(code_in(text, 28, 3)));  // "—", 3 bytes of UTF-8
  CHECK_FALSE(kWords.holds(code_in(text, 32, 1)));
  CHECK_FALSE(kWords.holds(code_in(text, text.size() - 4, 4)));  // "whil" at the text's end
}
