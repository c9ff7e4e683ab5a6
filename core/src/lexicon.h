// Lexicons: the engine's word lists (reporting verbs, titles, pronouns, first names...), kept as data in
// core/lexicons/*.txt and compiled in. The format, for every file:
//
//   # a comment
//   say says said saying        every word on a line is a form of the line's first word (its lemma)
//   john : m                    an optional tag after " : " applies to every word of the line
//
// Words are lower case; lookups lower-case ASCII letters first, so "Said" finds "said". The files are
// parsed once, on first use, into hash maps keyed by views of the compiled-in text (no copies).
#ifndef WHOSAID_LEXICON_H_
#define WHOSAID_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>

namespace whosaid {

struct LexiconEntry {
  std::string_view lemma;
  std::string_view tag;
};

class WordList {
 public:
  void add(std::string_view word, LexiconEntry entry) { entries_.emplace(word, entry); }
  // The entry for `word` (any case), or nullptr.
  const LexiconEntry* find(std::string_view word) const;
  bool contains(std::string_view word) const { return find(word) != nullptr; }

 private:
  std::unordered_map<std::string_view, LexiconEntry> entries_;
};

// All lexicons, by file name. Thread-safe; built once.
const WordList& lexicon(std::string_view name);

}  // namespace whosaid

#endif  // WHOSAID_LEXICON_H_
