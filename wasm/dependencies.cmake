# What the engine needs under Emscripten, set up before core/ is added (included from the top-level
# CMakeLists.txt when EMSCRIPTEN is set):
#
#   - one exception mode for every object file: -fno-exceptions (smallest and fastest), no run-time type
#     information (-fno-rtti: nothing asks for it, and its type names and tables were 1.3 KB of the
#     gzipped module), -O2, and libc++'s std::string members instantiated in our objects so that they
#     inline;
#   - re2_wasm: RE2 2022-06-01 (the version Debian's libre2-dev ships natively) compiled from source. The
#     source is the vendor/ folder of the npm package re2@1.17.7, fetched with `npm pack` (never
#     `npm install`: its install script downloads binaries), checked against a pinned SHA-1 and extracted
#     into the build tree. The tarball is cached in <build>/_deps, so a rebuild does not fetch it again;
#     -DWHOSAID_RE2_TARBALL=/path/re2-1.17.7.tgz uses a copy fetched elsewhere (offline machines).
# (The engine does not use nlohmann/json: options are read with core/src/json_scanner.h.)

add_compile_options(-fno-exceptions -fno-rtti)
# libc++ declares std::string's members (push_back, append, ...) extern templates, so every call went to
# the prebuilt library's out-of-line copy, never inlined: 20% of the engine's time in wasm. Instantiating
# them in our own objects let LLVM inline them: ~17% less CPU per article, +9 KB raw / +3 KB gzip.
# (-flto on top gained nothing.)
add_compile_definitions(_LIBCPP_DISABLE_EXTERN_TEMPLATE)
# -O2, not the Release default -O3 (bigger) nor -Os/-Oz (2-4x slower for ~6% less gzip; toolchain.md).
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG")

# --- RE2 ---------------------------------------------------------------------------------------------
set(WHOSAID_RE2_NPM_VERSION 1.17.7)
set(WHOSAID_RE2_SHA1 e14cab85a177a5534c7215c322d1b043c55aa1e9)
set(WHOSAID_DEPS_DIR ${CMAKE_BINARY_DIR}/_deps)
set(WHOSAID_RE2_TARBALL ${WHOSAID_DEPS_DIR}/re2-${WHOSAID_RE2_NPM_VERSION}.tgz
    CACHE FILEPATH "npm pack tarball of re2@${WHOSAID_RE2_NPM_VERSION} (fetched when missing)")
set(WHOSAID_RE2_DIR ${WHOSAID_DEPS_DIR}/re2-${WHOSAID_RE2_NPM_VERSION})

function(whosaid_check_sha1 file out)
  set(${out} FALSE PARENT_SCOPE)
  if(EXISTS ${file})
    file(SHA1 ${file} sum)
    if(sum STREQUAL WHOSAID_RE2_SHA1)
      set(${out} TRUE PARENT_SCOPE)
    endif()
  endif()
endfunction()

whosaid_check_sha1(${WHOSAID_RE2_TARBALL} re2_ok)
if(NOT re2_ok)
  find_program(WHOSAID_NPM npm REQUIRED)
  file(MAKE_DIRECTORY ${WHOSAID_DEPS_DIR})
  message(STATUS "Fetching RE2 source: npm pack re2@${WHOSAID_RE2_NPM_VERSION}")
  execute_process(
    COMMAND ${WHOSAID_NPM} pack re2@${WHOSAID_RE2_NPM_VERSION} --pack-destination ${WHOSAID_DEPS_DIR}
            --silent --ignore-scripts
    RESULT_VARIABLE npm_status OUTPUT_VARIABLE npm_out ERROR_VARIABLE npm_err)
  set(packed ${WHOSAID_DEPS_DIR}/re2-${WHOSAID_RE2_NPM_VERSION}.tgz)
  whosaid_check_sha1(${packed} re2_ok)
  if(NOT npm_status EQUAL 0 OR NOT re2_ok)
    file(REMOVE ${packed})
    message(FATAL_ERROR "npm pack re2@${WHOSAID_RE2_NPM_VERSION} failed or gave a tarball whose SHA-1 is "
                        "not ${WHOSAID_RE2_SHA1} (status ${npm_status}): ${npm_err}")
  endif()
  set(WHOSAID_RE2_TARBALL ${packed} CACHE FILEPATH "" FORCE)
endif()

# Extracted once per tarball: the stamp names the SHA-1 it came from.
set(re2_stamp ${WHOSAID_RE2_DIR}/.extracted-${WHOSAID_RE2_SHA1})
if(NOT EXISTS ${re2_stamp})
  file(REMOVE_RECURSE ${WHOSAID_RE2_DIR})
  file(ARCHIVE_EXTRACT INPUT ${WHOSAID_RE2_TARBALL} DESTINATION ${WHOSAID_RE2_DIR}
       PATTERNS package/vendor)
  file(TOUCH ${re2_stamp})
endif()
set(re2_src ${WHOSAID_RE2_DIR}/package/vendor)

# The library sources of RE2's own CMakeLists.txt (2022-06-01), but for its Unicode tables
# (unicode_groups.cc, unicode_casefold.cc): they serve \p{...} classes and case folding alone, which the
# engine's one pattern (core/src/markup.cc) does not use, and were 22 KB of the module's gzip (199.9 ->
# 177.7 KB). re2-shim/unicode_tables.cc defines them empty; the wasm tests compare the module's results
# with the native engine's, which links the whole of Debian's RE2.
add_library(re2_wasm STATIC
  ${re2_src}/re2/bitstate.cc ${re2_src}/re2/compile.cc ${re2_src}/re2/dfa.cc
  ${re2_src}/re2/filtered_re2.cc ${re2_src}/re2/mimics_pcre.cc ${re2_src}/re2/nfa.cc
  ${re2_src}/re2/onepass.cc ${re2_src}/re2/parse.cc ${re2_src}/re2/perl_groups.cc
  ${re2_src}/re2/prefilter.cc ${re2_src}/re2/prefilter_tree.cc ${re2_src}/re2/prog.cc
  ${re2_src}/re2/re2.cc ${re2_src}/re2/regexp.cc ${re2_src}/re2/set.cc ${re2_src}/re2/simplify.cc
  ${re2_src}/re2/stringpiece.cc ${re2_src}/re2/tostring.cc
  ${re2_src}/util/rune.cc ${re2_src}/util/strutil.cc
  ${CMAKE_CURRENT_LIST_DIR}/re2-shim/unicode_tables.cc)
target_include_directories(re2_wasm SYSTEM PUBLIC ${re2_src})
# RE2's logging without iostreams (re2-shim/util/logging.h says why): found before RE2's own.
target_include_directories(re2_wasm BEFORE PRIVATE ${CMAKE_CURRENT_LIST_DIR}/re2-shim)
target_compile_options(re2_wasm PRIVATE -w -Oz)  # third-party code: the project's -Werror is not for it;
# -Oz: the engine runs one small pattern once per article, so RE2's size matters more than its speed
# (-Oz against -Os: 0.7 KB less gzip; CPU time per extract() in Node the same within noise, on the 10 MB
# text and on dev, four and three alternating fresh processes each)

# --- the engine's own code ---------------------------------------------------------------------------
# Less inlining than -O2's default (threshold 225), for the engine only (RE2 above keeps -Os): V8 runs
# an article's first extract() in its baseline tier and recompiles the hottest functions with its
# optimising tier meanwhile, on the same two cores, in time superlinear in function size (issue 5).
# With clang's default, Attributor::run absorbed every attribution rule (14 KB of wasm, 40-80 ms to
# optimise); at 100 no function passes 5 KB. The first extract() on a 9.8 KB dev article: median
# 33 -> 27 ms (31 fresh Node processes each, alternating, load ~3); the .wasm 8 KB smaller gzipped;
# throughput the same within noise (scripts/wasm-budget.mjs).
# Except for the files whose readers run at every token or cue, at the default (core/CMakeLists.txt):
# whosaid_extract() alone on dev in Node (cachegrind, --no-liftoff --predictable, 23 passes minus 3)
# 73.4M -> 70.7M instructions; the 10 MB seed text and dev 0.96x the CPU time (medians of 8 alternating
# fresh Node processes); the first extract() as before; 1.7 KiB more gzip (scripts/wasm-budget.mjs:
# 197.8 KiB of 200). Every file at the default would cost 6.3 KiB, more than the budget has left then.
add_compile_options("SHELL:-mllvm -inline-threshold=100")
