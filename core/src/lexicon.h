// Lexicons: the engine's word lists (reporting verbs, titles, pronouns, first names...), kept as data in
// core/lexicons/*.txt and compiled in. The format, for every file:
//
//   # a comment
//   say says said saying        every word on a line is a form of the line's first word (its lemma)
//   john : m                    an optional tag after " : " applies to every word of the line
//
// Words are lower case; lookups lower-case ASCII letters first, so "Said" finds "said". The files are
// parsed once, on first use, into hash maps keyed by views of the compiled-in text (no copies). Besides
// one WordList per file, a combined map gives every word the set of lexicons that hold it, so that the
// tokenizer looks each token up once and later stages test bits (Token::lexicons).
#ifndef WHOSAID_LEXICON_H_
#define WHOSAID_LEXICON_H_

#include <cstdint>
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
  template <typename F>
  void for_each(F f) const {
    for (const auto& e : entries_) f(e.first);
  }

 private:
  std::unordered_map<std::string_view, LexiconEntry> entries_;
};

enum class Lex : uint8_t {
  kAbbreviations,  // abbreviations.txt
  kAdjectives,  // adjectives.txt
  kCueModifiers,  // cue_modifiers.txt
  kCueNouns,  // cue_nouns.txt
  kCueVerbs,  // cue_verbs.txt
  kFirstNames,  // first_names.txt
  kFunctionWords,  // function_words.txt
  kGroupNouns,  // group_nouns.txt
  kHonorifics,  // honorifics.txt
  kOrgWords,  // org_words.txt
  kPronouns,  // pronouns.txt
  kTitles,  // titles.txt
  kCount,
};

constexpr uint32_t bit(Lex id) { return 1u << static_cast<unsigned>(id); }

// One lexicon. Thread-safe; all are built once, on first use.
const WordList& lexicon(Lex id);
// The set of lexicons that hold `word` (any case), as bit(id) flags.
uint32_t lexicon_bits(std::string_view word);

}  // namespace whosaid

#endif  // WHOSAID_LEXICON_H_
