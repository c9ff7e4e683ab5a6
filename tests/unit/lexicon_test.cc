// FlatWordMap, the lexicons' hash map (lexicon.h): every word inserted is found, in any case, by find()
// and, up to eight bytes, by find_short(); words not inserted are not. Enough words of every length up
// to the longest key are inserted for the table to grow, and for words to move between their two slots.
#include <catch2/catch.hpp>
#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"

namespace {

// A lower-case word of 1 to 16 bytes (FlatWordMap::kMaxWordBytes) for each n < 5000 (a few are the same).
std::string word_of(size_t n) {
  std::string w;
  for (size_t k = n; k > 0 || w.empty(); k /= 26) w += static_cast<char>('a' + k % 26);
  return w + std::string(n % 14, static_cast<char>('a' + n % 7));
}

uint64_t bytes_of(const std::string& w) {
  uint64_t bytes = 0;
  std::memcpy(&bytes, w.data(), w.size());  // little-endian, zero-padded
  return bytes;
}

}  // namespace

TEST_CASE("FlatWordMap finds every word inserted, and no other") {
  whosaid::FlatWordMap<uint32_t> map;
  std::set<std::string> distinct;
  for (size_t n = 0; n < 5000; ++n) distinct.insert(word_of(n));
  const std::vector<std::string> words(distinct.begin(), distinct.end());
  for (size_t n = 0; n < words.size(); ++n) map.insert(words[n], static_cast<uint32_t>(n + 1));
  REQUIRE(map.size() == words.size());
  for (size_t n = 0; n < words.size(); ++n) {
    const std::string& w = words[n];
    std::string upper = w;
    for (char& c : upper) c = static_cast<char>(c - 32);
    INFO("word " << w);
    REQUIRE(map.find(w) != nullptr);
    REQUIRE(*map.find(w) == n + 1);
    REQUIRE(*map.find(upper) == n + 1);
    if (w.size() <= 8) REQUIRE(map.find_short(bytes_of(upper), w.size()) == n + 1);
  }
  for (std::string_view absent : {"", "0", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "a-b", "a b"}) {
    INFO("word " << absent);
    CHECK(map.find(absent) == nullptr);
  }
  CHECK(map.find_short(bytes_of("0"), 1) == 0);
}

TEST_CASE("Every lexicon word fits a FlatWordMap") {
  for (size_t id = 0; id < static_cast<size_t>(whosaid::Lex::kCount); ++id)
    whosaid::lexicon(static_cast<whosaid::Lex>(id)).for_each([](std::string_view w) {
      INFO("word " << w);
      CHECK(w.size() <= whosaid::FlatWordMap<uint32_t>::kMaxWordBytes);
    });
}

TEST_CASE("A word inserted twice keeps its first value") {
  whosaid::FlatWordMap<uint32_t> map;
  map.insert("said", 1);
  map.insert("said", 2) |= 4;
  CHECK(map.size() == 1);
  CHECK(*map.find("Said") == 5);
}
