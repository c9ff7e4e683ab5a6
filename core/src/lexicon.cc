#include "lexicon.h"

#include <cstring>
#include <memory>
#include <utility>
#include <vector>

#include "lexicon_data.h"
#include "out_of_line.h"

namespace whosaid {

namespace {

constexpr const char* kFileOfLexicon[] = {
    "abbreviations",
    "adjectives",
    "cue_modifiers",
    "cue_nouns",
    "cue_verbs",
    "determiners",
    "first_names",
    "function_words",
    "group_nouns",
    "honorifics",
    "number_words",
    "org_words",
    "page_words",
    "pronouns",
    "time_words",
    "titles",
};
static_assert(sizeof kFileOfLexicon / sizeof kFileOfLexicon[0] == static_cast<size_t>(Lex::kCount));

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

uint8_t tag_flags(std::string_view tag) {
  auto holds = [&](std::string_view part) { return tag.find(part) != std::string_view::npos; };
  return (holds("stance") ? kTagStance : 0) | (holds("obj") ? kTagObject : 0) | (holds("+") ? kTagParticles : 0) |
         (tag == "org" ? kTagOrg : 0) | (tag == "group" ? kTagGroup : 0) | (tag == "person" ? kTagPerson : 0) |
         (tag == "doc" ? kTagDoc : 0) | (holds("audience") ? kTagAudience : 0);
}

// The position of the first " : " in `line`, or npos. By its colon: std::string_view::find(" : ")
// calls memchr for every space of the line (~3,300 calls, 70K instructions at start-up).
size_t tag_separator(std::string_view line) {
  for (size_t c = line.find(':', 1); c != std::string_view::npos; c = line.find(':', c + 1))
    if (line[c - 1] == ' ' && c + 1 < line.size() && line[c + 1] == ' ') return c - 1;
  return std::string_view::npos;
}

// A word of a lexicon file and its entry.
using ParsedWord = std::pair<std::string_view, LexiconEntry>;

// Out of line (out_of_line.h): inlined, its loops made Registry() one that V8 recompiled with its
// optimising tier, though it runs once.
WHOSAID_OUT_OF_LINE void parse_line(std::string_view line, std::vector<ParsedWord>* words) {
  size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  std::string_view tag;
  size_t colon = tag_separator(line);
  if (colon != std::string_view::npos) {
    tag = line.substr(colon + 3);
    while (!tag.empty() && is_blank(tag.back())) tag.remove_suffix(1);
    while (!tag.empty() && is_blank(tag.front())) tag.remove_prefix(1);
    line = line.substr(0, colon);
  }
  std::string_view lemma;
  const uint8_t flags = tag_flags(tag);
  size_t pos = 0;
  for (std::string_view word = next_field(line, &pos); !word.empty(); word = next_field(line, &pos)) {
    if (lemma.empty()) lemma = word;
    words->push_back({word, {lemma, tag, flags}});
  }
}

struct Registry {
  WordList lists[static_cast<size_t>(Lex::kCount)];
  FlatWordMap<uint32_t> bits;

  Registry() {
    std::vector<ParsedWord> parsed;
    for (size_t f = 0; f < kLexiconFileCount; ++f) {
      size_t id = 0;
      while (id < static_cast<size_t>(Lex::kCount) && std::strcmp(kFileOfLexicon[id], kLexiconFiles[f].name)) ++id;
      if (id == static_cast<size_t>(Lex::kCount)) continue;  // a data file no code reads yet
      // A file's words are parsed first and inserted with room for all of them: the map then neither
      // rehashes nor moves its entries as it fills (~250K instructions at start-up).
      parsed.clear();
      for_each_line(kLexiconFiles[f].content, [&](std::string_view line) { parse_line(line, &parsed); });
      lists[id].reserve(parsed.size());
      for (const auto& [word, entry] : parsed) lists[id].add(word, entry);
    }
    // Room in the combined map for every word of every list at once: it neither rehashes nor moves.
    size_t words = 0;
    for (const WordList& list : lists) words += list.size();
    bits.reserve(words);
    for (size_t id = 0; id < static_cast<size_t>(Lex::kCount); ++id)
      lists[id].for_each([&](std::string_view word) { bits.insert(word, 0) |= 1u << id; });
  }
};

const Registry& registry() {
  static const Registry* r = new Registry();  // never destroyed: lookups may run during exit
  return *r;
}

}  // namespace

const WordList* lexicon_lists() { return registry().lists; }

const FlatWordMap<uint32_t>& lexicon_bits() { return registry().bits; }

std::string_view next_field(std::string_view line, size_t* pos) {
  size_t i = *pos;
  while (i < line.size() && is_blank(line[i])) ++i;
  size_t start = i;
  while (i < line.size() && !is_blank(line[i])) ++i;
  *pos = i;
  return line.substr(start, i - start);
}

}  // namespace whosaid
