// Utf16Index: every byte offset of random UTF-8 text converts to the UTF-16 offset a character-by-
// character count gives. The index reads whole 8-byte words and masks off the bytes outside the range
// it counts (text.cc), so texts of every length near its 32-byte blocks, and characters of every
// UTF-8 length, are tried.
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "text.h"

namespace {

// UTF-16 units of the characters that start in text[0, offset), one byte at a time (an offset inside a
// character counts that character, as Utf16Index does).
size_t naive_units(const std::string& text, size_t offset) {
  size_t units = 0;
  for (size_t i = 0; i < offset; ++i) {
    unsigned char c = text[i];
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

std::string random_text(std::mt19937* rng, size_t chars) {
  static const char* const kPieces[] = {"a", " ", "Z", "é", "—", "“", "😀", "\n"};  // 1 to 4 bytes
  std::uniform_int_distribution<size_t> pick(0, 7), ascii_run(0, 3);
  std::string text;
  for (size_t i = 0; i < chars; ++i) text += ascii_run(*rng) == 0 ? kPieces[pick(*rng)] : "x";
  return text;
}

}  // namespace

TEST_CASE("Utf16Index agrees with a character count at every offset") {
  std::mt19937 rng(7);
  for (size_t chars = 0; chars < 200; ++chars) {
    std::string text = random_text(&rng, chars);
    whosaid::Utf16Index index(text);
    for (size_t offset = 0; offset <= text.size(); ++offset) {
      INFO("text size " << text.size() << ", offset " << offset);
      REQUIRE(index.to_utf16(offset) == naive_units(text, offset));
    }
  }
}

// A block whose continuation bytes are as many as its four-byte leads has a unit per byte, as an ASCII
// block has, but its offsets are not its bytes: the last byte of one emoji and the lead of the next;
// a two-byte character and a four-byte lead.
TEST_CASE("Utf16Index: a block of as many units as bytes is not taken for ASCII") {
  const std::string emoji = "😀", e_acute = "é";
  for (const std::string& text : {std::string(29, 'a') + emoji + std::string(30, 'b') + emoji + "c",
                                  std::string(32, 'a') + e_acute + std::string(29, 'x') + emoji + "c"}) {
    whosaid::Utf16Index index(text);
    for (size_t offset = 0; offset <= text.size(); ++offset) {
      INFO("text size " << text.size() << ", offset " << offset);
      REQUIRE(index.to_utf16(offset) == naive_units(text, offset));
    }
  }
}
