// Fuzzes whosaid::parse_kinds() (the CLI's --kinds=LIST) on arbitrary bytes, against a reference
// reading of the list: it succeeds exactly when every comma-separated name is direct, mixed or indirect,
// and then selects exactly the named kinds; an error leaves the kinds untouched, and its message, put
// in a Result, gives JSON that parses even when the list was not valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "fuzz_util.h"
#include "whosaid/whosaid.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view list(reinterpret_cast<const char*>(data), size);

  bool valid = true;
  whosaid::Kinds expected{false, false, false};
  size_t begin = 0;
  for (;;) {
    size_t comma = list.find(',', begin);
    std::string_view name = list.substr(begin, comma == std::string_view::npos ? std::string_view::npos
                                                                                : comma - begin);
    if (name == "direct") expected.direct = true;
    else if (name == "mixed") expected.mixed = true;
    else if (name == "indirect") expected.indirect = true;
    else valid = false;
    if (comma == std::string_view::npos) break;
    begin = comma + 1;
  }

  whosaid::Kinds kinds{true, false, true};
  whosaid::Error e = whosaid::parse_kinds(list, &kinds);
  if (!valid) {
    FUZZ_CHECK(e.code == whosaid::ErrorCode::kInvalidOptions);
    FUZZ_CHECK(!e.message.empty());
    FUZZ_CHECK(kinds.direct && !kinds.mixed && kinds.indirect);
    whosaid::Result r;
    r.error = e;
    FUZZ_CHECK(!nlohmann::json::parse(whosaid::to_json(r), nullptr, false).is_discarded());
    return 0;  // refused: there are no chosen kinds to compare
  }
  FUZZ_CHECK(e.code == whosaid::ErrorCode::kNone);
  FUZZ_CHECK(kinds.direct == expected.direct && kinds.mixed == expected.mixed &&
             kinds.indirect == expected.indirect);
  return 0;
}
