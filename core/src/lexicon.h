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
#include <utility>
#include <vector>

namespace whosaid {

struct LexiconEntry {
  std::string_view lemma;
  std::string_view tag;
};

// A read-only hash map from lower-case words to values, flat and open-addressed: the probe table holds
// only 8 bytes a slot (a 32-bit hash and an index), small enough to stay in cache, so a lookup on the
// engine's hot path costs a hash, one or two table reads and one string compare.
template <typename V>
class FlatWordMap {
 public:
  // Inserts `word` (already lower case) with `value` unless present; returns the stored value.
  V& insert(std::string_view word, V value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    uint32_t h = hash(word);
    size_t slot = probe(word, h);
    if (slots_[slot] == 0) {
      entries_.push_back({word, value});
      slots_[slot] = pack(h, entries_.size());
    }
    return entries_[(slots_[slot] & 0xFFFFFFFFu) - 1].second;
  }
  // The value for `word` in any case, or nullptr. Words longer than 48 bytes are in no lexicon. One
  // pass lower-cases and hashes the word.
  const V* find(std::string_view word) const {
    char buf[48];
    if (word.size() > sizeof buf || slots_.empty()) return nullptr;
    uint32_t h = kHashBasis;
    for (size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      h = hash_step(h, buf[i]);
    }
    std::string_view folded(buf, word.size());
    uint64_t s = slots_[probe(folded, h)];
    return s ? &entries_[(s & 0xFFFFFFFFu) - 1].second : nullptr;
  }
  template <typename F>
  void for_each(F f) const {
    for (const auto& e : entries_) f(e.first, e.second);
  }

 private:
  // FNV-1a.
  static constexpr uint32_t kHashBasis = 2166136261u;
  static uint32_t hash_step(uint32_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 16777619u; }
  static uint32_t hash(std::string_view s) {
    uint32_t h = kHashBasis;
    for (char c : s) h = hash_step(h, c);
    return h;
  }
  // A slot: the word's hash above, its entry's index + 1 below; 0 is an empty slot.
  static uint64_t pack(uint32_t h, size_t index_plus_one) { return (uint64_t{h} << 32) | index_plus_one; }

  // The slot that holds `word`, or the empty slot where it would go. The table is never full.
  size_t probe(std::string_view word, uint32_t h) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      uint64_t s = slots_[i];
      if (s == 0 || ((s >> 32) == h && entries_[(s & 0xFFFFFFFFu) - 1].first == word)) return i;
    }
  }

  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, 0);
    for (size_t e = 0; e < entries_.size(); ++e) {
      uint32_t h = hash(entries_[e].first);
      slots_[probe(entries_[e].first, h)] = pack(h, e + 1);
    }
  }

  std::vector<uint64_t> slots_;
  std::vector<std::pair<std::string_view, V>> entries_;
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
