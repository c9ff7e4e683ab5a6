// The CLI's JSONL reader (cli/jsonl.cc): what each kind of line becomes, and the hostile lines the
// fuzzer and the hostile-input review found.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "json_scan.h"
#include "jsonl.h"

using whosaid_cli::JsonlLine;
using whosaid_cli::JsonlStatus;
using whosaid_cli::process_jsonl_line;

TEST_CASE("jsonl: each kind of line", "[cli][jsonl]") {
  whosaid::Options options;
  CHECK(process_jsonl_line(" \t\r", 1, options).status == JsonlStatus::kBlank);
  JsonlLine ok = process_jsonl_line(R"({"id":1,"text":"He said \"yes\" twice."})", 1, options);
  CHECK(ok.status == JsonlStatus::kOk);
  CHECK(ok.message.empty());
  CHECK(ok.output.rfind("{\"id\":1,\"version\":1,\"quotes\":[", 0) == 0);
  bool found = false;
  nlohmann::json doc = nlohmann::json::parse(ok.output);
  for (const auto& q : doc["quotes"]) found = found || q["text"] == "yes";
  CHECK(found);

  JsonlLine bad = process_jsonl_line("not json", 3, options);
  CHECK(bad.status == JsonlStatus::kBadLine);
  CHECK(bad.message == "line 3: not valid JSON");
  CHECK(bad.output ==
        R"({"id":null,"version":1,"error":{"code":"invalid_input_line","message":"line 3: not valid JSON"}})");
  CHECK(process_jsonl_line("[1]", 4, options).message == "line 4: not a JSON object");
  CHECK(process_jsonl_line(R"({"text":5})", 6, options).message == "line 6: no string \"text\"");
  // An object without a usable text keeps its id, so the error can be matched to its article.
  CHECK(nlohmann::json::parse(process_jsonl_line(R"({"id":7,"text":5})", 8, options).output)["id"] == 7);

  options.max_input_bytes = 3;
  JsonlLine refused = process_jsonl_line(R"({"id":"a","text":"four"})", 7, options);
  CHECK(refused.status == JsonlStatus::kRefused);
  CHECK(refused.message == "line 7: input is 4 bytes; the limit is 3 (option max_input_bytes); --max-input-bytes raises it");
  CHECK(nlohmann::json::parse(refused.output)["id"] == "a");
}

TEST_CASE("jsonl: ids of any JSON type are echoed unchanged", "[cli][jsonl]") {
  whosaid::Options options;
  for (const char* id : {"1", "-2.5", "\"x\"", "null", "true", "[1,{\"a\":[2]}]", "{\"k\":\"v\"}"}) {
    JsonlLine out = process_jsonl_line(std::string("{\"id\":") + id + ",\"text\":\"t\"}", 1, options);
    REQUIRE(out.status == JsonlStatus::kOk);
    CHECK(nlohmann::json::parse(out.output)["id"] == nlohmann::json::parse(id));
  }
}

TEST_CASE("jsonl: a deeply nested id is refused, not a stack overflow", "[cli][jsonl][hostile]") {
  // Regression: an id nested 200,000 deep (a 400 KB line) crashed the CLI with SIGSEGV, copying and
  // writing the id recursively.
  whosaid::Options options;
  const size_t deep = 200000;
  std::string line = "{\"id\":" + std::string(deep, '[') + std::string(deep, ']') + ",\"text\":\"x\"}";
  JsonlLine out = process_jsonl_line(line, 9, options);
  CHECK(out.status == JsonlStatus::kBadLine);
  CHECK(out.message == "line 9: \"id\" is nested more than 64 deep");
  CHECK(nlohmann::json::parse(out.output)["id"].is_null());

  // The limit itself is accepted; deep nesting elsewhere in the line is ignored (never copied).
  const size_t limit = whosaid_cli::kMaxIdDepth;
  line = "{\"id\":" + std::string(limit, '[') + std::string(limit, ']') + ",\"text\":\"x\"}";
  CHECK(process_jsonl_line(line, 1, options).status == JsonlStatus::kOk);
  line = "{\"id\":1,\"extra\":" + std::string(deep, '[') + std::string(deep, ']') + ",\"text\":\"x\"}";
  CHECK(process_jsonl_line(line, 1, options).status == JsonlStatus::kOk);
}

TEST_CASE("jsonl: hostile strings", "[cli][jsonl][hostile]") {
  whosaid::Options options;
  // Invalid UTF-8 inside the line and escaped lone surrogates are not valid JSON.
  CHECK(process_jsonl_line("{\"id\":1,\"text\":\"a\xFF\"}", 1, options).status == JsonlStatus::kBadLine);
  CHECK(process_jsonl_line(R"({"id":1,"text":"a\ud800b"})", 1, options).status == JsonlStatus::kBadLine);
  // Escaped NUL and an escaped surrogate pair are fine, and offsets count the pair as two units.
  JsonlLine out = process_jsonl_line(R"({"id":1,"text":"\u0000\ud83d\udc4b \u201cok\u201d"})", 1, options);
  REQUIRE(out.status == JsonlStatus::kOk);
  CHECK(nlohmann::json::parse(out.output)["quotes"][0]["start"] == 5);
  // A NUL byte: inside a string it must be escaped; outside, nlohmann/json reads it as the end of the
  // input, so what follows it is ignored (and one line still gives one output line).
  CHECK(process_jsonl_line(std::string("{\"text\":\"a\0b\"}", 15), 1, options).status == JsonlStatus::kBadLine);
  CHECK(process_jsonl_line(std::string("{\"text\":\"x\"}\0junk", 17), 1, options).status == JsonlStatus::kOk);
}

TEST_CASE("jsonl: lines are read as strictly as a JSON parser reads them", "[cli][jsonl]") {
  using whosaid_cli::LineFields;
  using whosaid_cli::scan_line;
  auto shape = [](std::string_view line) { return scan_line(line).shape; };
  // Numbers: finite, no leading zeros, digits after '.' and 'e'.
  CHECK(shape(R"({"text":"x","n":-0.5e+3,"m":[0,1E2,12345678901234567890123]})") == LineFields::Shape::kObject);
  CHECK(shape(R"({"text":"x","n":1e999})") == LineFields::Shape::kInvalid);
  CHECK(shape(R"({"text":"x","n":01})") == LineFields::Shape::kInvalid);
  CHECK(shape(R"({"text":"x","n":1.})") == LineFields::Shape::kInvalid);
  CHECK(shape(R"({"text":"x","n":-})") == LineFields::Shape::kInvalid);
  // Structure: commas, colons, brackets that match, nothing after the value.
  CHECK(shape(R"({"text":"x","a":{"b":[true,false,null,{}],"c":[]}})") == LineFields::Shape::kObject);
  CHECK(shape(R"({"text":"x","a":[1,]})") == LineFields::Shape::kInvalid);
  CHECK(shape(R"({"text":"x",})") == LineFields::Shape::kInvalid);
  CHECK(shape(R"({"text":"x","a":{"b"}})") == LineFields::Shape::kInvalid);
  CHECK(shape(R"({"text":"x","a":[}})") == LineFields::Shape::kInvalid);
  CHECK(shape(R"({"text":"x"} {})") == LineFields::Shape::kInvalid);
  CHECK(shape(R"({"text":"x","a":nul})") == LineFields::Shape::kInvalid);
  CHECK(shape(R"([{"text":"x"}])") == LineFields::Shape::kNotObject);
  CHECK(shape(R"("text")") == LineFields::Shape::kNotObject);
  // Strings: escapes decoded, in keys too; the last of two equal keys counts.
  LineFields f = scan_line("\xEF\xBB\xBF {\"t\\u0065xt\":\"a\\\"b\\\\c\\/\\n\\u00e9\\ud83d\\udc4b\", \"id\" : [1, \"two\"] }");
  REQUIRE(f.shape == LineFields::Shape::kObject);
  CHECK(*f.text == "a\"b\\c/\n\xC3\xA9\xF0\x9F\x91\x8B");
  CHECK(*f.id == R"([1, "two"])");
  CHECK(*scan_line(R"({"text":"a","text":"b"})").text == "b");
  CHECK_FALSE(scan_line(R"({"text":"a","text":1})").text);
  CHECK(shape(R"({"text":"\x"})") == LineFields::Shape::kInvalid);
  CHECK(shape(R"({"text":"\u12"})") == LineFields::Shape::kInvalid);
  CHECK(shape(R"({"text":"\udc00"})") == LineFields::Shape::kInvalid);
  CHECK(shape("{\"text\":\"\xE0\x80\xAF\"}") == LineFields::Shape::kInvalid);  // an overlong '/'
  CHECK(shape("{\"text\":\"\xED\xA0\x80\"}") == LineFields::Shape::kInvalid);  // a surrogate in UTF-8
  CHECK(shape("{\"text\":\"tab\there\"}") == LineFields::Shape::kInvalid);  // a raw control character
}

TEST_CASE("jsonl: a deeply nested value besides the text costs no stack", "[cli][jsonl][hostile]") {
  const size_t depth = 200000;
  std::string line = "{\"meta\":" + std::string(depth, '[') + std::string(depth, ']') + ",\"text\":\"ok\"}";
  whosaid::Options options;
  CHECK(process_jsonl_line(line, 1, options).status == JsonlStatus::kOk);
  line.pop_back();
  CHECK(process_jsonl_line(line, 1, options).status == JsonlStatus::kBadLine);
}
