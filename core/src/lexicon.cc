#include "lexicon.h"

#include <cstring>
#include <memory>
#include <vector>

#include "lexicon_data.h"

namespace whosaid {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

void parse_line(std::string_view line, WordList* list) {
  size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  std::string_view tag;
  size_t colon = line.find(" : ");
  if (colon != std::string_view::npos) {
    tag = line.substr(colon + 3);
    while (!tag.empty() && is_blank(tag.back())) tag.remove_suffix(1);
    while (!tag.empty() && is_blank(tag.front())) tag.remove_prefix(1);
    line = line.substr(0, colon);
  }
  std::string_view lemma;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_blank(line[i])) ++i;
    size_t start = i;
    while (i < line.size() && !is_blank(line[i])) ++i;
    if (i == start) break;
    std::string_view word = line.substr(start, i - start);
    if (lemma.empty()) lemma = word;
    list->add(word, {lemma, tag});
  }
}

struct Registry {
  std::unordered_map<std::string_view, WordList> lists;
  WordList empty;

  Registry() {
    for (size_t f = 0; f < kLexiconFileCount; ++f) {
      WordList& list = lists[kLexiconFiles[f].name];
      std::string_view content = kLexiconFiles[f].content;
      size_t begin = 0;
      while (begin < content.size()) {
        size_t nl = content.find('\n', begin);
        if (nl == std::string_view::npos) nl = content.size();
        parse_line(content.substr(begin, nl - begin), &list);
        begin = nl + 1;
      }
    }
  }
};

const Registry& registry() {
  static const Registry* r = new Registry();  // never destroyed: lookups may run during exit
  return *r;
}

}  // namespace

const LexiconEntry* WordList::find(std::string_view word) const {
  char buf[48] = {};
  if (word.size() > sizeof buf) return nullptr;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  auto it = entries_.find(std::string_view(buf, word.size()));
  return it == entries_.end() ? nullptr : &it->second;
}

const WordList& lexicon(std::string_view name) {
  const Registry& r = registry();
  auto it = r.lists.find(name);
  return it == r.lists.end() ? r.empty : it->second;
}

}  // namespace whosaid
