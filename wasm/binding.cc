// The engine's C ABI for WebAssembly: what whosaid.mjs calls, and nothing else.
//
//   char* out = whosaid_extract(utf8, len, options_json);  // options_json may be NULL: the defaults
//   ...read the Result JSON: its byte length n as a little-endian uint32 at out, the n bytes at out + 4...
//   whosaid_free(out);
//   whosaid_heap_in_use();  // bytes malloc'd and not yet freed: lets tests prove that calls do not leak
//   whosaid_prepare();      // builds the lexicons and patterns now rather than in the first call
//
// whosaid_extract() always answers with a Result JSON (version 1, DESIGN.md): bad options and inputs that
// are too large come back as its "error", never as a trap. It returns NULL only when memory runs out. The
// answer is malloc'd: the JSON's length, so that the caller need not scan for its end (that scan was ~2%
// of a call in Node), then the JSON, NUL-terminated (the JSON writer escapes control characters, so the
// only NUL in it is the terminator). Everything is compiled with -fno-exceptions: nothing here or in the
// engine throws (options are parsed with nlohmann/json's non-throwing API).
#include <malloc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "whosaid/whosaid.h"

extern "C" {

char* whosaid_extract(const char* utf8, size_t len, const char* options_json) {
  whosaid::Options options;
  whosaid::Result result;
  if (options_json) result.error = whosaid::parse_options(options_json, &options);
  if (result.ok()) result = whosaid::extract(std::string_view(utf8 ? utf8 : "", utf8 ? len : 0), options);
  std::string json = whosaid::to_json(result);
  if (json.size() > UINT32_MAX) return nullptr;  // a wasm32 memory cannot hold that much anyway
  char* out = static_cast<char*>(std::malloc(4 + json.size() + 1));
  if (!out) return nullptr;
  const uint32_t n = static_cast<uint32_t>(json.size());
  std::memcpy(out, &n, 4);  // wasm is little-endian
  std::memcpy(out + 4, json.c_str(), json.size() + 1);
  return out;
}

void whosaid_free(char* p) { std::free(p); }

const char* whosaid_version() { return whosaid::version(); }

void whosaid_prepare() { whosaid::prepare(); }

size_t whosaid_heap_in_use() { return static_cast<size_t>(mallinfo().uordblks); }

}  // extern "C"
