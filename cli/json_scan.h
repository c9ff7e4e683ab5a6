// The two members of a JSON Lines object that whosaid reads, found in one validating pass.
//
// A line of `whosaid --jsonl` input is a JSON object with a string "text" and usually an "id"; corpora
// often carry much more (annotations, metadata). Parsing the whole line into a DOM had cost more than
// the engine's work on the article itself (on PolNeAR's annotated lines, twice as much), so the line is
// instead read once, byte by byte where it must and in runs of plain bytes where it can, by the core's
// JsonScanner (core/src/json_scanner.h), which the options parser uses too:
//
//   - every value is checked as RFC 8259 JSON, just as strictly as nlohmann/json's parser checks it
//     (UTF-8 well-formed, escapes and surrogate pairs valid, numbers finite, nothing after the value but
//     a NUL byte and what follows it),
//     so a line is judged valid or not exactly as before;
//   - only the top-level "text" is decoded, and the top-level "id" is kept as its JSON text, to be
//     parsed and echoed by the caller (it is small); every other value is skipped, building nothing;
//   - nesting is followed with an explicit stack, never by recursion: hostile depth costs a byte each.
//
// With duplicate keys the last one counts, as in nlohmann/json's DOM.
#ifndef WHOSAID_CLI_JSON_SCAN_H_
#define WHOSAID_CLI_JSON_SCAN_H_

#include <optional>
#include <string>
#include <string_view>

namespace whosaid_cli {

struct LineFields {
  enum class Shape { kInvalid, kNotObject, kObject } shape = Shape::kInvalid;
  std::optional<std::string_view> id;  // the JSON text of the last top-level "id", if any
  std::optional<std::string> text;     // the last top-level "text", decoded, when it is a string
};

// Reads one line (without its '\n'); a UTF-8 byte order mark before the value is skipped.
LineFields scan_line(std::string_view line);

}  // namespace whosaid_cli

#endif  // WHOSAID_CLI_JSON_SCAN_H_
