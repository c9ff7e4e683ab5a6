// Fuzzes whosaid::extract() and whosaid::to_json() on arbitrary bytes, checking the contract of
// DESIGN.md on every result rather than only looking for crashes:
//   - offsets are UTF-16 code units of the input as a browser decodes it, start <= end <= length;
//   - each span's text is exactly the input's text between its offsets;
//   - ids are positions, speaker indices are valid, and speakers and quotes point at each other;
//   - the JSON parses back (nlohmann) and says the same thing as the Result;
//   - an input over max_input_bytes gives the input_too_large error and nothing else.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "whosaid/whosaid.h"

namespace {

bool has_warning(const whosaid::Result& r, const char* code) {
  for (const whosaid::Warning& w : r.warnings)
    if (w.code == code) return true;
  return false;
}

// `span` lies within the text and its text is the input's text at its offsets.
void check_span(const whosaid::Span& span, const std::u16string& text16, bool with_text) {
  FUZZ_CHECK(span.start <= span.end);
  FUZZ_CHECK(span.end <= text16.size());
  if (!with_text) return;  // speaker mentions carry offsets only (their text is left empty)
  bool valid = false;
  std::u16string span16 = fuzz::utf8_to_utf16(span.text, &valid);
  FUZZ_CHECK(valid);
  FUZZ_CHECK(span16 == text16.substr(span.start, span.end - span.start));
}

void check_json_span(const nlohmann::json& j, const whosaid::Span& span, bool with_text) {
  FUZZ_CHECK(j.is_object());
  FUZZ_CHECK(j.at("start") == span.start);
  FUZZ_CHECK(j.at("end") == span.end);
  if (with_text) FUZZ_CHECK(j.at("text") == span.text);
}

void check_json_optional_span(const nlohmann::json& j, const std::optional<whosaid::Span>& span) {
  if (span) check_json_span(j, *span, true); else FUZZ_CHECK(j.is_null());
}

// The JSON of `r`, compact and indented, parses and agrees with `r`.
void check_json(const whosaid::Result& r) {
  std::string compact = whosaid::to_json(r);
  nlohmann::json doc = nlohmann::json::parse(compact, nullptr, false);
  FUZZ_CHECK(!doc.is_discarded());
  FUZZ_CHECK(doc.is_object());
  FUZZ_CHECK(doc.at("version") == whosaid::kResultVersion);
  nlohmann::json pretty = nlohmann::json::parse(whosaid::to_json(r, 2), nullptr, false);
  FUZZ_CHECK(pretty == doc);
  FUZZ_CHECK(doc.contains("warnings") == !r.warnings.empty());
  if (!r.ok()) {
    FUZZ_CHECK(doc.at("error").at("code") == whosaid::error_code_name(r.error.code));
    FUZZ_CHECK(!doc.contains("quotes"));
    return;  // an error Result has no quotes or speakers to compare
  }
  FUZZ_CHECK(!doc.contains("error"));
  const nlohmann::json& quotes = doc.at("quotes");
  FUZZ_CHECK(quotes.size() == r.quotes.size());
  for (size_t i = 0; i < r.quotes.size(); ++i) {
    const whosaid::Quote& q = r.quotes[i];
    const nlohmann::json& jq = quotes[i];
    FUZZ_CHECK(jq.at("id") == q.id);
    FUZZ_CHECK(jq.at("kind") == whosaid::quote_kind_name(q.kind));
    check_json_span(jq, q.span, true);
    if (q.speaker) FUZZ_CHECK(jq.at("speaker") == *q.speaker); else FUZZ_CHECK(jq.at("speaker").is_null());
    check_json_optional_span(jq.at("mention"), q.mention);
    check_json_optional_span(jq.at("cue"), q.cue);
    FUZZ_CHECK(jq.at("confidence").is_number());
  }
  const nlohmann::json& speakers = doc.at("speakers");
  FUZZ_CHECK(speakers.size() == r.speakers.size());
  for (size_t i = 0; i < r.speakers.size(); ++i) {
    const whosaid::Speaker& s = r.speakers[i];
    const nlohmann::json& js = speakers[i];
    FUZZ_CHECK(js.at("id") == s.id);
    FUZZ_CHECK(js.at("name") == s.name);
    FUZZ_CHECK(js.at("kind") == whosaid::speaker_kind_name(s.kind));
    FUZZ_CHECK(js.at("aliases").size() == s.aliases.size());
    FUZZ_CHECK(js.at("mentions").size() == s.mentions.size());
    for (size_t m = 0; m < s.mentions.size(); ++m) check_json_span(js.at("mentions")[m], s.mentions[m], false);
    FUZZ_CHECK(js.at("quotes") == nlohmann::json(s.quotes));
  }
}

// What the engine must call UTF-16 (whosaid.h, kNotText): a UTF-16 byte-order mark first, or NUL in
// more than one byte of eight of the first 1024.
bool looks_utf16(std::string_view input) {
  if (input.rfind("\xFF\xFE", 0) == 0 || input.rfind("\xFE\xFF", 0) == 0) return true;
  std::string_view head = input.substr(0, 1024);
  size_t nul = 0;
  for (char c : head) nul += c == '\0';
  return nul * 8 > head.size();
}

void check_result(const whosaid::Result& r, std::string_view input) {
  bool valid = false;
  fuzz::utf8_to_utf16(input, &valid);
  if (r.error.code == whosaid::ErrorCode::kNotText) {  // many bad bytes in a long input, or UTF-16: no text
    FUZZ_CHECK(((!valid && input.size() >= 1024) || looks_utf16(input)) && r.quotes.empty());
    check_json(r);
    return;
  }
  FUZZ_CHECK(r.ok() && !looks_utf16(input));
  std::u16string text16 = fuzz::decode_like_engine(input);
  FUZZ_CHECK(has_warning(r, "invalid_utf8") == !valid);

  size_t previous_start = 0;
  for (size_t i = 0; i < r.quotes.size(); ++i) {
    const whosaid::Quote& q = r.quotes[i];
    FUZZ_CHECK(q.id == static_cast<int>(i));
    check_span(q.span, text16, true);
    FUZZ_CHECK(q.span.start < q.span.end);  // a quote is never empty
    FUZZ_CHECK(q.span.start >= previous_start);  // in text order
    previous_start = q.span.start;
    if (q.mention) check_span(*q.mention, text16, true);
    if (q.cue) check_span(*q.cue, text16, true);
    FUZZ_CHECK(std::isfinite(q.confidence) && q.confidence >= 0.0 && q.confidence <= 1.0);
    if (q.speaker) {
      FUZZ_CHECK(*q.speaker >= 0 && static_cast<size_t>(*q.speaker) < r.speakers.size());
      bool listed = false;
      for (int id : r.speakers[*q.speaker].quotes) listed = listed || id == q.id;
      FUZZ_CHECK(listed);
    }
  }
  for (size_t i = 0; i < r.speakers.size(); ++i) {
    const whosaid::Speaker& s = r.speakers[i];
    FUZZ_CHECK(s.id == static_cast<int>(i));
    FUZZ_CHECK(!s.quotes.empty());  // speakers are the entities that have quotes
    for (int id : s.quotes) {
      FUZZ_CHECK(id >= 0 && static_cast<size_t>(id) < r.quotes.size());
      FUZZ_CHECK(r.quotes[id].speaker == s.id);
    }
    for (const whosaid::Span& m : s.mentions) check_span(m, text16, false);
  }
  check_json(r);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);

  whosaid::Result r = whosaid::extract(input);
  check_result(r, input);
  whosaid::Options typewriter;
  typewriter.typewriter_quotes = true;  // '' and `` read as double marks
  check_result(whosaid::extract(input, typewriter), input);

  // The size limit: one byte over it is refused, with an error and no quotes.
  if (size == 0) return 0;  // an empty input cannot be over any limit: max_input_bytes is at least 1
  whosaid::Options small;
  small.max_input_bytes = size - 1;
  if (small.max_input_bytes == 0) return 0;  // 0 is not a valid limit (parse_options refuses it)
  whosaid::Result refused = whosaid::extract(input, small);
  FUZZ_CHECK(refused.error.code == whosaid::ErrorCode::kInputTooLarge);
  FUZZ_CHECK(refused.quotes.empty() && refused.speakers.empty());
  check_json(refused);
  return 0;
}
