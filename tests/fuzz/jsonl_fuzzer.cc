// Fuzzes the CLI's JSON Lines reader (cli/json_scan.h), against nlohmann/json's DOM parser as the
// independent reading of each line: the input is a whole JSONL stream, read line by line with
// std::getline exactly as cli/main.cc does, each line going through the CLI's own process_jsonl_line().
// Checked for every line:
//   - blank lines (spaces, tabs, '\r') give no output, every other line exactly one JSON object that
//     parses, starts with its "id" and has "version": 1;
//   - a line that is a JSON object with a string "text" is processed and its id echoed unchanged;
//     anything else (or an id nested too deeply to echo) is an "invalid_input_line" error with a
//     message naming the line, and the line's id when it is an object with an id that can be echoed;
//   - a message (for stderr) exists exactly when the line was not processed normally.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "fuzz_util.h"
#include "jsonl.h"
#include "whosaid/whosaid.h"

using whosaid_cli::JsonlLine;
using whosaid_cli::JsonlStatus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A small size limit, so that the "refused" path is reached as often as the normal one.
  whosaid::Options options;
  options.max_input_bytes = 200;

  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    JsonlLine out = whosaid_cli::process_jsonl_line(line, ++line_no, options);
    bool blank = line.find_first_not_of(" \t\r") == std::string::npos;
    FUZZ_CHECK((out.status == JsonlStatus::kBlank) == blank);
    if (blank) {
      FUZZ_CHECK(out.output.empty() && out.message.empty());
      continue;  // a blank line has no output to check
    }
    FUZZ_CHECK(out.output.rfind("{\"id\":", 0) == 0);
    FUZZ_CHECK(out.output.find('\n') == std::string::npos);  // one output line per input line
    nlohmann::json got = nlohmann::json::parse(out.output, nullptr, false);
    FUZZ_CHECK(!got.is_discarded() && got.is_object());
    FUZZ_CHECK(got.at("version") == whosaid::kResultVersion);
    FUZZ_CHECK(out.message.empty() == (out.status == JsonlStatus::kOk));
    if (!out.message.empty()) FUZZ_CHECK(out.message.rfind("line " + std::to_string(line_no) + ": ", 0) == 0);

    // What the line should have been judged, by an independent reading of it.
    nlohmann::json doc = nlohmann::json::parse(line, nullptr, false);
    bool usable = !doc.is_discarded() && doc.is_object() && doc.contains("text") && doc["text"].is_string();
    switch (out.status) {
      case JsonlStatus::kBlank:
        FUZZ_CHECK(false);  // handled above
        break;
      case JsonlStatus::kBadLine: {
        // A usable line is refused only for an id too deeply nested to echo safely.
        bool deep_id = out.message.find("\"id\" is nested more than") != std::string::npos;
        FUZZ_CHECK(!usable || deep_id);
        // An object keeps its id (when it can be echoed); anything else gets a null one.
        if (!deep_id && !doc.is_discarded() && doc.is_object() && doc.contains("id"))
          FUZZ_CHECK(got.at("id") == doc["id"]);
        else
          FUZZ_CHECK(got.at("id").is_null());
        FUZZ_CHECK(got.at("error").at("code") == "invalid_input_line");
        break;
      }
      case JsonlStatus::kRefused: {
        // Refused by the engine, for its own reason: too large, or no text ("\u0000…": NUL bytes).
        FUZZ_CHECK(usable);
        const whosaid::Result r = whosaid::extract(doc["text"].get_ref<const std::string&>(), options);
        FUZZ_CHECK(!r.ok());
        FUZZ_CHECK(got.at("error").at("code") == whosaid::error_code_name(r.error.code));
        FUZZ_CHECK(got.at("id") == doc.value("id", nlohmann::json()));
        break;
      }
      case JsonlStatus::kOk: {
        FUZZ_CHECK(usable);
        FUZZ_CHECK(got.at("quotes").is_array() && got.at("speakers").is_array());
        FUZZ_CHECK(got.at("id") == doc.value("id", nlohmann::json()));
        // The text was decoded exactly as nlohmann/json decodes it: the Result after the id is the
        // engine's on that reading, byte for byte.
        std::string expected = whosaid::to_json(whosaid::extract(doc["text"].get_ref<const std::string&>(), options));
        size_t tail = expected.size() - 1;  // without its '{'
        FUZZ_CHECK(out.output.size() > tail && out.output.compare(out.output.size() - tail, tail, expected, 1) == 0);
        break;
      }
    }
  }
  return 0;
}
