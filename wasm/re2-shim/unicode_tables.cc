// RE2's Unicode tables, empty: in the wasm module only, in place of RE2's unicode_groups.cc and
// unicode_casefold.cc (wasm/dependencies.cmake). They serve \p{...} classes and case folding alone,
// and the engine's one pattern (core/src/markup.cc) has neither: no \p{...} class, no (?i). With them
// empty, a \p{...} class would fail to compile and (?i) would fold nothing; the wasm tests compare the
// module's results with the native engine's, which links the whole of RE2.
#include "re2/unicode_casefold.h"
#include "re2/unicode_groups.h"

namespace re2 {

const UGroup unicode_groups[1] = {};
const int num_unicode_groups = 0;
const CaseFold unicode_casefold[1] = {};
const int num_unicode_casefold = 0;
const CaseFold unicode_tolower[1] = {};
const int num_unicode_tolower = 0;

}  // namespace re2
