// The engine's C ABI for WebAssembly: what whosaid.mjs calls, and nothing else.
//
//   char* json = whosaid_extract(utf8, len, options_json);  // options_json may be NULL: the defaults
//   ...read the NUL-terminated Result JSON...
//   whosaid_free(json);
//   whosaid_heap_in_use();  // bytes malloc'd and not yet freed: lets tests prove that calls do not leak
//   whosaid_prepare();      // builds the lexicons and patterns now rather than in the first call
//
// whosaid_extract() always answers with a Result JSON (version 1, DESIGN.md): bad options and inputs that
// are too large come back as its "error", never as a trap. It returns NULL only when memory runs out. The
// string is malloc'd and NUL-terminated; the JSON writer escapes control characters, so the only NUL in it
// is the terminator. Everything is compiled with -fno-exceptions: nothing here or in the engine throws
// (options are parsed with nlohmann/json's non-throwing API).
#include <malloc.h>

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
  char* out = static_cast<char*>(std::malloc(json.size() + 1));
  if (out) std::memcpy(out, json.c_str(), json.size() + 1);
  return out;
}

void whosaid_free(char* p) { std::free(p); }

const char* whosaid_version() { return whosaid::version(); }

void whosaid_prepare() { whosaid::prepare(); }

size_t whosaid_heap_in_use() { return static_cast<size_t>(mallinfo().uordblks); }

}  // extern "C"
