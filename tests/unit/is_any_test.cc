// is_any() (mentions.h): a token's word against lower-case options, letters in either case.
#include <catch2/catch.hpp>

#include "mentions.h"

using whosaid::is_any;

TEST_CASE("is_any: letters match in either case, other bytes only exactly", "[mentions]") {
  CHECK(is_any("Said", {"told", "said"}));
  CHECK(is_any("SAID", {"said"}));
  CHECK_FALSE(is_any("sai", {"said"}));
  CHECK(is_any(",", {",", ";"}));
  // Punctuation has no case: "@" is not "`", "\x0C" is not ",".
  CHECK_FALSE(is_any("@", {"`"}));
  CHECK_FALSE(is_any("\x0C", {","}));
  // Options in UTF-8 match as written: dashes and a curly apostrophe.
  CHECK(is_any("—", {",", "—", "–"}));
  CHECK(is_any("–", {"—", "–"}));
  CHECK(is_any("’s", {"'s", "’s"}));
  CHECK_FALSE(is_any("—", {"–"}));
}
