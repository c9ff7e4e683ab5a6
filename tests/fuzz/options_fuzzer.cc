// Fuzzes whosaid::parse_options() on arbitrary bytes. Checked:
//   - an error has code kInvalidOptions and a message, and leaves the options untouched;
//   - a success gives limits in [1, 2^40], and only for a JSON object whose keys are all known;
//   - what was parsed survives a round trip: written back as JSON and parsed again, it is the same;
//   - the error, put in a Result, gives JSON that parses (messages may quote the input's keys).
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "whosaid/whosaid.h"

namespace {

bool same(const whosaid::Options& a, const whosaid::Options& b) {
  return a.max_input_bytes == b.max_input_bytes && a.max_quotes == b.max_quotes &&
         a.kinds.direct == b.kinds.direct && a.kinds.mixed == b.kinds.mixed &&
         a.kinds.indirect == b.kinds.indirect && a.typewriter_quotes == b.typewriter_quotes;
}

std::string to_options_json(const whosaid::Options& o) {
  nlohmann::json kinds = nlohmann::json::array();
  if (o.kinds.direct) kinds.push_back("direct");
  if (o.kinds.mixed) kinds.push_back("mixed");
  if (o.kinds.indirect) kinds.push_back("indirect");
  return nlohmann::json{{"max_input_bytes", o.max_input_bytes}, {"max_quotes", o.max_quotes},
                        {"kinds", kinds}, {"typewriter_quotes", o.typewriter_quotes}}.dump();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  whosaid::Options before;  // not the defaults, so that "untouched" and "kept" can be told apart
  before.max_input_bytes = 12345;
  before.max_quotes = 7;
  before.kinds.mixed = false;
  before.typewriter_quotes = true;
  whosaid::Options options = before;
  whosaid::Error e = whosaid::parse_options(input, &options);

  if (e.code != whosaid::ErrorCode::kNone) {
    FUZZ_CHECK(e.code == whosaid::ErrorCode::kInvalidOptions);
    FUZZ_CHECK(!e.message.empty());
    FUZZ_CHECK(same(options, before));
    whosaid::Result r;
    r.error = e;
    FUZZ_CHECK(!nlohmann::json::parse(whosaid::to_json(r), nullptr, false).is_discarded());
    return 0;  // refused: there are no parsed options to check
  }

  FUZZ_CHECK(e.message.empty());
  FUZZ_CHECK(options.max_input_bytes >= 1 && options.max_input_bytes <= (1ull << 40));
  FUZZ_CHECK(options.max_quotes >= 1 && options.max_quotes <= (1ull << 40));
  nlohmann::json doc = nlohmann::json::parse(input, nullptr, false);
  FUZZ_CHECK(!doc.is_discarded() && doc.is_object());
  for (auto it = doc.begin(); it != doc.end(); ++it)
    FUZZ_CHECK(it.key() == "max_input_bytes" || it.key() == "max_quotes" || it.key() == "kinds" ||
               it.key() == "typewriter_quotes");
  if (!doc.contains("max_input_bytes")) FUZZ_CHECK(options.max_input_bytes == before.max_input_bytes);
  if (!doc.contains("max_quotes")) FUZZ_CHECK(options.max_quotes == before.max_quotes);
  if (!doc.contains("kinds")) FUZZ_CHECK(options.kinds.mixed == before.kinds.mixed);
  if (!doc.contains("typewriter_quotes")) FUZZ_CHECK(options.typewriter_quotes == before.typewriter_quotes);

  whosaid::Options again;
  FUZZ_CHECK(whosaid::parse_options(to_options_json(options), &again).code == whosaid::ErrorCode::kNone);
  FUZZ_CHECK(same(again, options));
  return 0;
}
