// The CLI's JSON Lines mode, one line at a time.
//
// `whosaid --jsonl` reads objects like {"id": 7, "text": "..."}, one per line, and writes one Result JSON
// per line with the input's "id" put first. Everything that decides what one input line becomes lives
// here, apart from the I/O and the reading of the line's JSON (json_scan.h), so that the same code
// serves the CLI (cli/main.cc) and the fuzzer (tests/fuzz/jsonl_fuzzer.cc):
//
//   JsonlLine out = process_jsonl_line(line, line_no, options);
//   if (out.status == JsonlStatus::kBlank) continue;         // nothing to write
//   if (!out.message.empty()) report(out.message);            // "line 3: not valid JSON"
//   write(out.output + "\n");                                 // always one JSON object
//
// A line that is not a JSON object with a string "text" still gets an output line, an error Result with
// code "invalid_input_line" (and the line's id when it has one that can be echoed, else null), so that
// output line k always answers input line k.
#ifndef WHOSAID_CLI_JSONL_H_
#define WHOSAID_CLI_JSONL_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "whosaid/whosaid.h"

namespace whosaid_cli {

enum class JsonlStatus {
  kBlank,    // only spaces, tabs or '\r': no output at all
  kOk,       // the article was processed
  kBadLine,  // not a JSON object with a string "text", or an "id" nested too deeply to echo
  kRefused,  // a valid line whose article the engine refused (too large, not text): an error Result
};

struct JsonlLine {
  JsonlStatus status = JsonlStatus::kBlank;
  std::string output;   // one JSON object, no newline; empty for kBlank
  std::string message;  // for stderr, "line N: why", no newline; empty for kBlank and kOk
};

// Deepest nesting of arrays and objects accepted in an "id". Ids are echoed back, and copying or
// writing a JSON value recurses as deep as it is nested: an id nested 200,000 deep (a 400 KB line)
// overflowed the stack.
inline constexpr size_t kMaxIdDepth = 64;

// An error of the engine's as the CLI tells its user: the engine names its own option (input too large:
// "option max_input_bytes"), so the CLI adds its flag for it.
std::string cli_message(const whosaid::Error& error);

// What input line number `line_no` (1-based, without its '\n') becomes.
JsonlLine process_jsonl_line(std::string_view line, size_t line_no, const whosaid::Options& options);

}  // namespace whosaid_cli

#endif  // WHOSAID_CLI_JSONL_H_
