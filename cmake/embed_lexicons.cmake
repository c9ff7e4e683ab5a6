# Turns the lexicon data files (core/lexicons/*.txt) into one C++ source, so that the engine carries its
# data inside the library and the wasm module without a file system. Run by core/CMakeLists.txt:
#   cmake -DOUT=lexicons_data.cc -DFILES="a.txt;b.txt" -P embed_lexicons.cmake
set(body "// Generated from core/lexicons/*.txt by cmake/embed_lexicons.cmake. Do not edit.\n")
string(APPEND body "#include \"lexicon_data.h\"\n\nnamespace whosaid {\n\n")
string(APPEND body "const LexiconFile kLexiconFiles[] = {\n")
set(count 0)
foreach(file IN LISTS FILES)
  get_filename_component(name "${file}" NAME_WE)
  file(READ "${file}" content)
  # Comments are for people: the module carries only what the engine reads (its size is budgeted). The
  # reader ignores everything from a '#' to the end of its line; blank lines are ignored too.
  string(REGEX REPLACE "[ \t]*#[^\n]*" "" content "${content}")
  string(REGEX REPLACE "\n\n+" "\n" content "${content}")
  string(APPEND body "  {\"${name}\", R\"WHOSAIDLEX(${content})WHOSAIDLEX\"},\n")
  math(EXPR count "${count} + 1")
endforeach()
string(APPEND body "};\nconst size_t kLexiconFileCount = ${count};\n\n}  // namespace whosaid\n")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
