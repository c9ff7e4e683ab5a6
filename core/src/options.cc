// Names of enum values as they appear in the Result JSON, and the options parser. Options arrive as
// JSON from the CLI and from JavaScript; anything unknown is an error, never silently ignored.
#include <nlohmann/json.hpp>

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

// A positive integer option, at most 2^40.
Error read_size(const nlohmann::json& value, const char* key, size_t* out) {
  if (!value.is_number_unsigned() || value.get<uint64_t>() == 0 || value.get<uint64_t>() > (1ull << 40))
    return invalid(std::string(key) + " must be a positive integer");
  *out = static_cast<size_t>(value.get<uint64_t>());
  return {};
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
  nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (doc.is_discarded()) return invalid("options are not valid JSON");
  if (!doc.is_object()) return invalid("options must be a JSON object");
  Options result = *options;
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    const std::string& key = it.key();
    const nlohmann::json& value = it.value();
    if (key == "max_input_bytes" || key == "max_quotes") {
      Error e = read_size(value, key.c_str(),
                          key == "max_quotes" ? &result.max_quotes : &result.max_input_bytes);
      if (e.code != ErrorCode::kNone) return e;
    } else if (key == "typewriter_quotes") {
      if (!value.is_boolean()) return invalid("typewriter_quotes must be true or false");
      result.typewriter_quotes = value.get<bool>();
    } else if (key == "kinds") {
      if (!value.is_array()) return invalid("kinds must be an array of kind names");
      Kinds kinds{false, false, false};
      for (const nlohmann::json& k : value)
        if (!k.is_string() || !set_kind(k.get_ref<const std::string&>(), &kinds))
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
