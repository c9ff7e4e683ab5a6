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
#include <vector>

namespace whosaid {

struct LexiconEntry {
  std::string_view lemma;
  std::string_view tag;
};

// A read-only hash map from lower-case words to values, flat and open-addressed: lookups on the
// engine's hot path touch one or two cache lines, where a node-based map chases pointers.
template <typename V>
class FlatWordMap {
 public:
  // Inserts `word` (already lower case) with `value` unless present; returns the stored value.
  V& insert(std::string_view word, V value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    Slot& s = slots_[probe(word, hash(word))];
    if (!s.used) {
      s = {true, hash(word), word, value};
      ++size_;
    }
    return s.value;
  }
  // The value for `word` in any case, or nullptr. Words longer than 48 bytes are in no lexicon.
  const V* find(std::string_view word) const {
    char buf[48] = {};
    if (word.size() > sizeof buf || slots_.empty()) return nullptr;
    for (size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    std::string_view folded(buf, word.size());
    const Slot& s = slots_[probe(folded, hash(folded))];
    return s.used ? &s.value : nullptr;
  }
  template <typename F>
  void for_each(F f) const {
    for (const Slot& s : slots_)
      if (s.used) f(s.word, s.value);
  }

 private:
  struct Slot {
    bool used = false;
    uint64_t hash = 0;
    std::string_view word;
    V value{};
  };

  static uint64_t hash(std::string_view s) {  // FNV-1a
    uint64_t h = 14695981039346656037ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }

  // The slot that holds `word`, or the empty slot where it would go. The table is never full.
  size_t probe(std::string_view word, uint64_t h) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask)
      if (!slots_[i].used || (slots_[i].hash == h && slots_[i].word == word)) return i;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
    for (const Slot& s : old)
      if (s.used) slots_[probe(s.word, s.hash)] = s;
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

class WordList {
 public:
  void add(std::string_view word, LexiconEntry entry) { entries_.insert(word, entry); }
  // The entry for `word` (any case), or nullptr.
  const LexiconEntry* find(std::string_view word) const { return entries_.find(word); }
  bool contains(std::string_view word) const { return find(word) != nullptr; }
  template <typename F>
  void for_each(F f) const {
    entries_.for_each([&](std::string_view w, const LexiconEntry&) { f(w); });
  }

 private:
  FlatWordMap<LexiconEntry> entries_;
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
