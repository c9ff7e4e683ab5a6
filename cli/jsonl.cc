#include "jsonl.h"

#include "json_scan.h"

#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

namespace whosaid_cli {

namespace {

// `result_json` (an object) with {"id": id} put first.
std::string with_id(const nlohmann::json& id, const std::string& result_json) {
  std::string out = "{\"id\":" + id.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + ",";
  out.append(result_json, 1, std::string::npos);
  return out;
}

// Whether `value` nests arrays and objects more than `limit` deep. Iterative: the point is not to
// recurse on hostile input.
bool nested_deeper_than(const nlohmann::json& value, size_t limit) {
  std::vector<std::pair<const nlohmann::json*, size_t>> stack = {{&value, 0}};
  while (!stack.empty()) {
    auto [v, depth] = stack.back();
    stack.pop_back();
    if (!v->is_structured()) continue;
    if (depth + 1 > limit) return true;
    for (const nlohmann::json& child : *v) stack.push_back({&child, depth + 1});
  }
  return false;
}

// The error Result for a line that cannot be processed, with the line's id when it has a usable one.
JsonlLine bad_line(size_t line_no, const std::string& why, const nlohmann::json& id = nullptr) {
  JsonlLine out;
  out.status = JsonlStatus::kBadLine;
  out.message = "line " + std::to_string(line_no) + ": " + why;
  nlohmann::json err = {{"code", "invalid_input_line"}, {"message", out.message}};
  out.output = with_id(id, "{\"version\":1,\"error\":" + err.dump() + "}");
  return out;
}

}  // namespace

std::string cli_message(const whosaid::Error& error) {
  if (error.code == whosaid::ErrorCode::kInputTooLarge) return error.message + "; --max-input-bytes raises it";
  return error.message;
}

JsonlLine process_jsonl_line(std::string_view line, size_t line_no, const whosaid::Options& options) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return {};
  LineFields fields = scan_line(line);
  if (fields.shape == LineFields::Shape::kInvalid) return bad_line(line_no, "not valid JSON");
  if (fields.shape == LineFields::Shape::kNotObject) return bad_line(line_no, "not a JSON object");
  nlohmann::json id = nullptr;
  if (fields.id) {
    id = nlohmann::json::parse(*fields.id, nullptr, false);  // small: the id alone
    if (id.is_discarded()) return bad_line(line_no, "not valid JSON");  // scan_line() checked it already
    if (nested_deeper_than(id, kMaxIdDepth))
      return bad_line(line_no, "\"id\" is nested more than " + std::to_string(kMaxIdDepth) + " deep");
  }
  if (!fields.text) return bad_line(line_no, "no string \"text\"", id);
  whosaid::Result r = whosaid::extract(*fields.text, options);
  JsonlLine out;
  out.status = r.ok() ? JsonlStatus::kOk : JsonlStatus::kRefused;
  if (!r.ok()) out.message = "line " + std::to_string(line_no) + ": " + cli_message(r.error);
  out.output = with_id(id, whosaid::to_json(r));
  return out;
}

}  // namespace whosaid_cli
