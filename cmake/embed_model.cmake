# Turns the claim model (core/models/claims.txt, written by scripts/train-claims.mjs) into a C++ source,
# as embed_lexicons.cmake does for the lexicons, so that the library and the wasm module carry it.
#   cmake -DOUT=model_data.cc -DFILE=claims.txt -P embed_model.cmake
set(content "")
if(EXISTS "${FILE}")
  file(READ "${FILE}" content)
  # Comment lines are for people: the module carries only what the engine reads (its size is budgeted).
  string(REGEX REPLACE "^#[^\n]*\n" "" content "${content}")
  string(REGEX REPLACE "\n#[^\n]*" "" content "${content}")
endif()
set(body "// Generated from core/models/claims.txt by cmake/embed_model.cmake. Do not edit.\n")
string(APPEND body "#include \"model_data.h\"\n\nnamespace whosaid {\n\n")
string(APPEND body "const char kClaimModelText[] = R\"WHOSAIDMODEL(${content})WHOSAIDMODEL\";\n\n}  // namespace whosaid\n")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
