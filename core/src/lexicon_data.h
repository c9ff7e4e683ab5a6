// The lexicon files compiled into the engine (generated into lexicons_data.cc at build time).
#ifndef WHOSAID_LEXICON_DATA_H_
#define WHOSAID_LEXICON_DATA_H_

#include <cstddef>

namespace whosaid {

struct LexiconFile {
  const char* name;     // file name without extension: "cue_verbs"
  const char* content;  // the file's text
};
extern const LexiconFile kLexiconFiles[];
extern const size_t kLexiconFileCount;

}  // namespace whosaid

#endif  // WHOSAID_LEXICON_DATA_H_
