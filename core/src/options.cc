// Names of enum values as they appear in the Result JSON, and the options parser. Options arrive as
// JSON from the CLI and from JavaScript; anything unknown is an error, never silently ignored.
//
// They are read with JsonScanner, not nlohmann/json: in the wasm module, nlohmann/json's parser and the
// strtod it brought were there for this small job only (7 KB gzipped). Errors are the same, input by
// input: invalid JSON (anywhere) first, then the options in nlohmann/json's order, by key, the last of
// duplicate keys counting.
#include <cstdint>
#include <map>

#include "json_scanner.h"
#include "whosaid/whosaid.h"

namespace whosaid {

const char* version() { return "0.1.0"; }

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNone: return "none";
    case ErrorCode::kInputTooLarge: return "input_too_large";
    case ErrorCode::kInvalidOptions: return "invalid_options";
    case ErrorCode::kNotText: return "not_text";
  }
  return "unknown";
}

const char* quote_kind_name(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kMixed: return "mixed";
    case QuoteKind::kIndirect: return "indirect";
  }
  return "unknown";
}

const char* speaker_kind_name(SpeakerKind kind) {
  switch (kind) {
    case SpeakerKind::kPerson: return "person";
    case SpeakerKind::kOrganization: return "organization";
    case SpeakerKind::kGroup: return "group";
    case SpeakerKind::kUnknown: return "unknown";
  }
  return "unknown";
}

namespace {

Error invalid(std::string message) { return {ErrorCode::kInvalidOptions, std::move(message)}; }

bool set_kind(std::string_view name, Kinds* kinds) {
  if (name == "direct") kinds->direct = true;
  else if (name == "mixed") kinds->mixed = true;
  else if (name == "indirect") kinds->indirect = true;
  else return false;
  return true;
}

// A positive integer option, at most 2^40, from its JSON text (valid JSON, checked already): digits only,
// as nlohmann/json's unsigned integers ("-0", "1.0" and "1e3" are not).
Error read_size(std::string_view value, const char* key, size_t* out) {
  uint64_t n = 0;
  bool ok = !value.empty() && value.size() <= 13;  // 2^40 has 13 digits
  for (char c : value) {
    ok = ok && c >= '0' && c <= '9';
    n = n * 10 + static_cast<unsigned char>(c - '0');
  }
  if (!ok || n == 0 || n > (1ull << 40)) return invalid(std::string(key) + " must be a positive integer");
  *out = static_cast<size_t>(n);
  return {};
}

// The kinds of a JSON array's text (valid JSON, checked already) that holds only kind names.
bool read_kinds(std::string_view value, Kinds* kinds) {
  JsonScanner s(value);
  if (!s.eat('[')) return false;
  s.space();
  if (s.eat(']')) return true;
  std::string name;
  do {
    s.space();
    name.clear();
    if (s.peek() != '"' || !s.string(&name) || !set_kind(name, kinds)) return false;
    s.space();
  } while (s.eat(','));
  return true;
}

}  // namespace

Error parse_kinds(std::string_view list, Kinds* kinds) {
  Kinds chosen{false, false, false};
  size_t begin = 0;
  while (begin <= list.size()) {
    size_t comma = list.find(',', begin);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view name = list.substr(begin, comma - begin);
    if (!set_kind(name, &chosen))
      return invalid("unknown kind '" + std::string(name) + "' (expected direct, mixed or indirect)");
    begin = comma + 1;
  }
  *kinds = chosen;
  return {};
}

Error parse_options(std::string_view json, Options* options) {
  std::map<std::string, std::string_view> members;  // key -> the JSON text of its (last) value
  JsonScanner scanner(json);
  JsonScanner::Shape shape = scanner.read([&](const std::string& key, JsonScanner& s) {
    size_t start = s.pos();
    if (!s.value()) return false;
    members[key] = json.substr(start, s.pos() - start);
    return true;
  });
  if (shape == JsonScanner::Shape::kInvalid) return invalid("options are not valid JSON");
  if (shape == JsonScanner::Shape::kNotObject) return invalid("options must be a JSON object");
  Options result = *options;
  for (const auto& [key, value] : members) {
    if (key == "max_input_bytes" || key == "max_quotes") {
      Error e = read_size(value, key.c_str(),
                          key == "max_quotes" ? &result.max_quotes : &result.max_input_bytes);
      if (e.code != ErrorCode::kNone) return e;
    } else if (key == "typewriter_quotes") {
      if (value != "true" && value != "false") return invalid("typewriter_quotes must be true or false");
      result.typewriter_quotes = value == "true";
    } else if (key == "kinds") {
      if (value.empty() || value[0] != '[') return invalid("kinds must be an array of kind names");
      Kinds kinds{false, false, false};
      if (!read_kinds(value, &kinds))
        return invalid("kinds may hold only \"direct\", \"mixed\" and \"indirect\"");
      result.kinds = kinds;
    } else {
      return invalid("unknown option '" + key + "'");
    }
  }
  *options = result;
  return {};
}

}  // namespace whosaid
