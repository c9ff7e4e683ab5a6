#include "entities.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "lexicon.h"
#include "out_of_line.h"

namespace whosaid {

namespace {

constexpr int kPronounWindowParagraphs = 3;   // how far back a pronoun looks for its antecedent
constexpr int kDescriptionWindowParagraphs = 6;
// How many earlier names a pronoun or description looks at, and how many entities a name is compared
// with, at most: bounds that keep the stage linear on texts with huge paragraphs or thousands of names.
constexpr int kMaxNamesBack = 64;
constexpr size_t kMaxCandidates = 32;
// How many other fitting names a pronoun looks past, for one of the right gender, before it settles on
// the nearest name of unknown gender.
constexpr int kUnknownGenderLead = 1;

// Case-insensitive equality of ASCII letters. The sizes are compared inline, the bytes out of line
// (out_of_line.h): resolve_name() compares a name with many forms, and inlined, each comparison was a loop.
WHOSAID_OUT_OF_LINE bool same_ci_bytes(std::string_view a, std::string_view b) {
  for (size_t i = 0; i < a.size(); ++i)
    if (kAsciiLower[static_cast<unsigned char>(a[i])] != kAsciiLower[static_cast<unsigned char>(b[i])]) return false;
  return true;
}

// Whether `a` and `b`, of the same size, 4 to 8 bytes, are the same bytes: two loads each, which
// overlap. A name is most often compared with the same name, spelt the same, and most names' words
// are that long.
bool same_short_bytes(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  return load32(a.data()) == load32(b.data()) && load32(a.data() + n - 4) == load32(b.data() + n - 4);
}

bool same_ci(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.size() - 4 <= 4 && same_short_bytes(a, b)) return true;  // 4 to 8 bytes, spelt the same
  return same_ci_bytes(a, b);
}

// same_ci() of two words of names, told apart first by their folded hashes (which words equal but for
// case share): an integer compare rules out most, without reading their bytes.
bool same_word(uint32_t a_hash, std::string_view a, uint32_t b_hash, std::string_view b) {
  return a_hash == b_hash && same_ci(a, b);
}

// Whether the last word of `s` (after its last space) is `word` but for case, without searching `s` for
// its last space -- `word` (a token) holds no space, so it is enough that `s` ends with it after a space
// or nothing.
bool ends_with_word(std::string_view s, std::string_view word) {
  if (s.size() < word.size() || (s.size() > word.size() && s[s.size() - word.size() - 1] != ' ')) return false;
  return same_ci(s.substr(s.size() - word.size()), word);
}

// "Jr.", "III": a word after a name that tells a person from a parent of the same name.
bool is_generation(std::string_view w) { return is_any(w, {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}); }

// A word's bit in an entity's form_starts or form_ends: of its folded hash, so that words equal but for
// case share it.
uint64_t word_bit(uint32_t hash) { return uint64_t{1} << (hash & 63); }

// A hash of a name's first and last words together, of their folded hashes: forms of the same person
// share it (their first and last words are the same but for case). (The last's halves are swapped, so
// that a name of one word, the same first and last, has low bits as varied as its word's.)
uint32_t name_hash(uint32_t first_hash, uint32_t last_hash) { return first_hash ^ (last_hash << 16 | last_hash >> 16); }

// A name's bit in an entity's form_names.
uint64_t name_bit(uint32_t first_hash, uint32_t last_hash) { return word_bit(name_hash(first_hash, last_hash)); }

size_t word_count(std::string_view s) { return std::count(s.begin(), s.end(), ' ') + 1; }

// The blanks between a name's words: a web page's source lines leave tabs and line breaks there.
bool is_blank(char c) { return (c == ' ') | (c == '\t') | (c == '\n') | (c == '\r'); }

// Whether one of the words of `s` (between blanks) is `word`, but for case.
bool has_word(std::string_view s, std::string_view word) {
  for (size_t begin = 0; begin < s.size();) {
    size_t end = begin;
    while (end < s.size() && !is_blank(s[end])) ++end;
    if (same_ci(s.substr(begin, end - begin), word)) return true;
    begin = end + 1;
  }
  return false;
}

std::string_view last_word(std::string_view s) {
  size_t space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

// "Sen." abbreviates "senator", "Gov." "governor": titles.txt lists a title first on its abbreviations' line.
bool abbreviates(std::string_view abbreviation, std::string_view title) {
  if (abbreviation.empty() || abbreviation.back() != '.') return false;
  const LexiconEntry* e = lexicon(Lex::kTitles).find(abbreviation);
  return e && same_ci(e->lemma, title);
}


// Whether `s` has one space between its words, and no other blank. (Each byte is tested with bitwise
// operators, not branches: the branches of || and && took a third more instructions, measured.)
bool is_spaced(std::string_view s) {
  if (s.empty()) return true;
  const bool blank_front = is_blank(s.front()), blank_back = is_blank(s.back());
  bool unspaced = blank_front | blank_back;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const bool blank = is_blank(s[i]), other_blank = s[i] != ' ', blank_next = is_blank(s[i + 1]);
    unspaced |= blank & (other_blank | blank_next);  // a blank other than a space, or two in a row
  }
  return !unspaced;
}

// "Rebecca          Solnit", as a web page's source lines leave it in the DOM's text: one space between
// words, for the names and roles a reader sees.
std::string one_space(std::string_view s) {
  // Most are spaced so already: copied whole after a pass that says so, not rebuilt byte by byte.
  if (is_spaced(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  bool blank = false;
  for (char c : s) {
    if (is_blank(c)) {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

bool strip_article(std::string_view* s) {
  // Most names open with no article, and their first letter says so: one test, before eight compares.
  if (s->empty() || (((*s)[0] | 0x20) != 't' && ((*s)[0] | 0x20) != 'a')) return false;
  for (std::string_view a : {"the ", "The ", "a ", "A ", "an ", "An ", "this ", "This "})
    if (s->substr(0, a.size()) == a) { s->remove_prefix(a.size()); return true; }
  return false;
}

// "the company", "the firm": a noun for any business, which a company's name does not hold ("Acme
// Inc.") but says by the word that ends it.
bool is_business_noun(std::string_view w) {
  static constexpr auto kBusinessNouns = screened_words({"company", "firm", "corporation"});
  return is_any(w, kBusinessNouns);
}
bool ends_business_name(std::string_view w) {
  return is_any(w, {"inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "llc", "plc", "company", "corporation", "holdings"});
}

}  // namespace

EntityResolver::EntityResolver(std::string_view text, const Tokens& tokens, const MentionReader& reader)
    : text_(text), tokens_(tokens), toks_(tokens.tokens), reader_(reader), candidates_(2 * kMaxCandidates),
      same_person_candidates_(2 * kMaxCandidates) {}

std::string_view EntityResolver::span(size_t first, size_t last) const {
  if (first >= last) return std::string_view();
  return text_.substr(toks_[first].begin, toks_[last - 1].end - toks_[first].begin);
}

EntityResolver::Name EntityResolver::split_name(size_t first, size_t last) const {
  Name n;
  n.text = n.key = span(first, last);
  strip_article(&n.key);
  // One pass finds the key's first and last blanks and counts its words: its first and last words and
  // its word count, which a find(), an rfind() and a count() found in three. Blanks run ("Rosa\t
  // Lind") where a web page's source lines are kept in its text. A token holds no blank, so only the
  // gaps between the tokens are read, not every byte of the name.
  size_t first_blank = std::string_view::npos, last_blank = 0;
  uint32_t words = 1;
  bool spaced = true;
  if (!n.key.empty()) {
    const size_t key_begin = n.key.data() - text_.data(), key_end = key_begin + n.key.size();
    for (size_t k = first; k + 1 < last; ++k)
      for (size_t p = std::max<size_t>(toks_[k].end, key_begin); p < toks_[k + 1].begin; ++p) {
        if (!is_blank(text_[p])) continue;
        spaced &= text_[p] == ' ';
        if (first_blank == std::string_view::npos) first_blank = p - key_begin;
        last_blank = p - key_begin;
        words += p + 1 < key_end && !is_blank(text_[p + 1]);
      }
  }
  n.first = n.key.substr(0, first_blank);
  n.last = words > 1 ? n.key.substr(last_blank + 1) : n.key;
  n.words = words;
  n.spaced = spaced;
  n.first_hash = folded_hash(n.first);
  n.last_hash = words > 1 ? folded_hash(n.last) : n.first_hash;
  return n;
}

void EntityResolver::add_name(const Mention& m) {
  const int entity = resolve_name(m);
  NameMention& n = names_.emplace_back();  // in place, field by field (see slot_of_word())
  n.first = m.first;
  n.entity = entity;
  n.name_offset = static_cast<uint8_t>(m.name_first - m.first);
  n.length = static_cast<uint8_t>(m.last - m.first);
}

// A name joins the entity that has a form of the same person for sure, if one has (the most mentioned);
// else the one it matches best. Most names are said again as before: the few entities that may have
// such a form (candidates().same_person) are tried first, and all only if none has, where trying all
// mispredicted a few times a name, at the entities that share a surname or given name with it.
int EntityResolver::resolve_name(const Mention& m) {
  const Name name = split_name(m.name_first, reader_.name_last(m));
  int best = sole_same_person(m, name);
  if (best < 0) {
    const Candidates found = candidates(name);
    best = same_person_of(m, name, found.same_person);
    if (best < 0) best = best_match(m, name, found.all);
  }
  if (best < 0) {
    best = static_cast<int>(infos_.size());
    infos_.emplace_back();
  }
  absorb(best, m, name);
  return best;
}

bool EntityResolver::may_match(const Mention& m, const Name& name, const Info& info) const {
  const bool kind_must_agree = m.organization || name.words > 1;
  if (kind_must_agree && info.organization != m.organization) return false;
  return m.gender == '?' || info.gender == '?' || m.gender == info.gender || m.gender == 'p';
}

// Whether form `f` names the same person as `name` for sure (best_match()'s score 3): the same key,
// or, neither an organisation's (`personal`), the same given name and surname ("George W. Bush",
// "George Bush").
bool EntityResolver::same_person(const Name& f, const Name& name, bool personal) {
  if (f.first_hash != name.first_hash || f.last_hash != name.last_hash) return false;  // (no byte read)
  // (Two full names of persons: their keys are the same only if these words are, and these words are
  // shorter, most often compared in two loads.)
  if (personal && f.words > 1 && name.words > 1) return same_ci(f.first, name.first) && same_ci(f.last, name.last);
  return same_ci(f.key, name.key);
}

// The one entity that has a form of the same person, if it is sure to be the one that same_person_of()
// would find among the candidates, else -1. It is when no other has such a form, and one of its such
// forms lists it by the name's first word, whose list is not so long that candidates() reads only its
// latest entries. Found by the name's hash (name_entries_): most names are said again as before, and
// listing every entity that shares a word with them took the most of resolve_name()'s time, as a long
// text names many that share a surname or a given name.
int EntityResolver::sole_same_person(const Mention& m, const Name& name) const {
  const uint32_t hash = name_hash(name.first_hash, name.last_hash);
  int sole = -1;
  bool listed = false;
  for (int i = name_buckets_[hash & (name_buckets_.size() - 1)]; i >= 0; i = name_entries_[i].earlier) {
    const NameEntry& entry = name_entries_[i];
    if (entry.hash != hash) continue;
    const Info& info = infos_[entry.entity];
    const NameForm& form = name_forms_[entry.form];
    if (!may_match(m, name, info) || !same_person(form.name, name, !m.organization && !info.organization)) continue;
    if (sole >= 0 && sole != entry.entity) return -1;  // not alone
    sole = entry.entity;
    listed |= form.first_word >= 0 && word_list_lengths_[form.first_word] <= static_cast<int>(kMaxCandidates);
  }
  return listed ? sole : -1;
}

// The most mentioned (the first on a tie) of the candidates that have a form of the same person, or -1.
int EntityResolver::same_person_of(const Mention& m, const Name& name, CandidateList candidates) const {
  int best = -1;
  for (int e : candidates) {
    const Info& info = infos_[e];
    if (!may_match(m, name, info)) continue;
    const bool personal = !m.organization && !info.organization;
    bool same = false;
    for (int n = info.first_name; n >= 0 && !same; n = name_forms_[n].next)
      same = same_person(name_forms_[n].name, name, personal);
    if (same && (best < 0 || info.mentions > infos_[best].mentions)) best = e;
  }
  return best;
}

// Whether the longer of two names is the shorter and more words of a name (not "Jr.", "III").
bool EntityResolver::extends(const Name& a, const Name& b) {
  const Name& longer = a.words > b.words ? a : b;
  const Name& shorter = a.words > b.words ? b : a;
  const std::string_view start = shorter.key;
  return longer.key.size() > start.size() && longer.key[start.size()] == ' ' &&
         same_ci(longer.key.substr(0, start.size()), start) && !is_generation(longer.last);
}

// Whether two organisations' names of two words or more are one the other's end: "New Zealand
// Department of Conservation" and "Department of Conservation", "Harbour Ferry Authority" and "Ferry
// Authority". Not "Party" of "Republican Party" (a word alone says too little), nor "Saudi Arabia" of
// "Friends of Saudi Arabia" (what follows "of" is another).
bool EntityResolver::names_same_organisation(const Name& a, const Name& b) {
  if (a.words < 2 || b.words < 2 || a.words == b.words) return false;
  const Name& longer = a.words > b.words ? a : b;
  const Name& shorter = a.words > b.words ? b : a;
  if (!ends_with_word(longer.key, shorter.key)) return false;
  const std::string_view head = longer.key.substr(0, longer.key.size() - shorter.key.size());
  return !ends_with_word(head.substr(0, head.size() - 1), "of");  // (its last byte is the space)
}

// How well a name matches an entity's name forms: 3 same person for sure, 2 a surname (or an
// organisation's name the end of the other), 1 a given name, 0 no match. The best match (the most
// mentioned on a tie, the first of those), or -1.
int EntityResolver::best_match(const Mention& m, const Name& name, CandidateList candidates) const {
  int best = -1, best_score = 0;
  for (int e : candidates) {  // (each has a name: its forms' words led to it)
    const Info& info = infos_[e];
    if (!may_match(m, name, info)) continue;
    bool conflicting_given = false;
    int score = 0;
    for (int n = info.first_name; n >= 0; n = name_forms_[n].next) {
      const Name& f = name_forms_[n].name;
      int s = 0;
      // (A one-word key is its first word, of hash first_hash.)
      if (same_ci(f.key, name.key)) s = 3;
      else if (m.organization && info.organization) s = names_same_organisation(f, name) ? 2 : 0;
      else if (m.organization || info.organization) s = 0;
      else if (name.words == 1 && f.words > 1 && same_word(f.last_hash, f.last, name.first_hash, name.key)) s = 2;
      else if (name.words == 1 && f.words > 1 && same_word(f.first_hash, f.first, name.first_hash, name.key)) s = 1;
      else if (name.words > 1 && f.words == 1 && same_word(f.first_hash, f.key, name.last_hash, name.last)) s = 2;
      // "her mother, Fiona, said …" and later "Fiona Parry": a given name alone, then in full.
      else if (name.words > 1 && f.words == 1 && same_word(f.first_hash, f.key, name.first_hash, name.first) &&
               lexicon(Lex::kFirstNames).contains(f.key))
        s = 1;
      // "Te Kaurinui Robert Parata" and "Te Kaurinui", either first: a given name of two words or more,
      // alone (not "Donald Trump" of "Donald Trump Jr.").
      else if (name.words > 1 && f.words > 1 && f.words != name.words &&
               same_word(f.first_hash, f.first, name.first_hash, name.first) && extends(f, name))
        s = 1;
      else if (name.words > 1 && f.words > 1 && same_word(f.last_hash, f.last, name.last_hash, name.last)) {
        if (same_word(f.first_hash, f.first, name.first_hash, name.first)) s = 3;
        else conflicting_given = true;
      }
      score = std::max(score, s);
    }
    if (conflicting_given && score < 3) continue;
    if (score > best_score || (score == best_score && score > 0 && info.mentions > infos_[best].mentions)) {
      best = e;
      best_score = score;
    }
  }
  return best;
}

std::string EntityResolver::fold(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = kAsciiLower[static_cast<unsigned char>(c)];  // (a test per byte mispredicted)
  return out;
}

// Of the word's size and bytes with the case bit (0x20) set, so that words equal but for the case of
// ASCII letters share a hash (so do a few others, which same_ci() tells apart): of its first eight
// bytes and its last eight (the same, for a word of eight or fewer), which overlap, in two loads and
// no branch. A loop over the bytes, and then one over eight bytes at a time, mispredicted its exit
// about once a word, words being of random lengths. A word lies in the text, so eight bytes can be read
// at it unless it ends the text.
uint32_t EntityResolver::folded_hash(std::string_view word) const {
  const size_t n = word.size();
  if (n == 0) return 0;
  const uint64_t mask = ~uint64_t{0} >> (64 - 8 * std::min<size_t>(n, 8));  // its first n bytes (little-endian)
  const char* const p = word.data();
  const char* const tail = p + std::max<size_t>(n, 8) - 8;  // the last eight bytes, or the first
  uint64_t head_bytes = 0, tail_bytes = 0;
  if (text_.data() + text_.size() - p >= 8) {
    std::memcpy(&head_bytes, p, 8);
    std::memcpy(&tail_bytes, tail, 8);
  } else {  // fewer than eight bytes to the text's end: the word is shorter
    for (size_t b = 0; b < n; ++b) head_bytes |= uint64_t{static_cast<unsigned char>(p[b])} << (8 * b);
    tail_bytes = head_bytes;
  }
  const uint64_t h = (n ^ ((head_bytes | 0x2020202020202020u) & mask)) * 0x9E3779B97F4A7C15u;
  return static_cast<uint32_t>(((h ^ ((tail_bytes | 0x2020202020202020u) & mask)) * 0x9E3779B97F4A7C15u) >> 32);
}

size_t EntityResolver::word_slot(std::string_view word, uint32_t hash) const {
  size_t mask = word_slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const WordSlot& s = word_slots_[i];
    if (s.latest < 0 || (s.hash == hash && same_ci(s.word, word))) return i;
  }
}

EntityResolver::WordSlot& EntityResolver::slot_of_word(std::string_view word) {
  if ((word_list_lengths_.size() + 1) * 2 > word_slots_.size()) {  // grow: twice the slots, every word in its new one
    std::vector<WordSlot> old(word_slots_.empty() ? 32 : 2 * word_slots_.size());
    old.swap(word_slots_);
    for (const WordSlot& s : old)
      if (s.latest >= 0) word_slots_[word_slot(s.word, s.hash)] = s;
  }
  uint32_t hash = folded_hash(word);
  WordSlot& s = word_slots_[word_slot(word, hash)];
  if (s.latest < 0) {
    // Field by field: built whole, the slot was written to the stack in pieces and read back in one
    // 16-byte load, which waits for the pieces' stores to retire (a store-forwarding stall, a fifth
    // of this function's time on PolNeAR dev).
    s.word = word;
    s.hash = hash;
    s.id = static_cast<int>(word_list_lengths_.size());
    word_list_lengths_.push_back(0);
  }
  return s;
}

namespace {

// Of the bytes of a description's key with ASCII letters lower-cased (FNV-1a), as same_ci() compares
// keys. Unlike folded_hash(), of any string, not only a view of the text.
uint32_t description_hash(std::string_view key) {
  uint32_t h = 2166136261u;
  for (char c : key) h = (h ^ kAsciiLower[static_cast<unsigned char>(c)]) * 16777619u;
  return h;
}

}  // namespace

size_t EntityResolver::description_slot(std::string_view key, uint32_t hash) const {
  const size_t mask = description_slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const DescriptionSlot& s = description_slots_[i];
    if (s.entity < 0 || (s.hash == hash && same_ci(s.key, key))) return i;
  }
}

EntityResolver::DescriptionSlot& EntityResolver::slot_of_description(std::string_view key) {
  if ((descriptions_ + 1) * 2 > description_slots_.size()) {  // grow as slot_of_word()
    std::vector<DescriptionSlot> old(description_slots_.empty() ? 32 : 2 * description_slots_.size());
    old.swap(description_slots_);
    for (const DescriptionSlot& s : old)
      if (s.entity >= 0) description_slots_[description_slot(s.key, s.hash)] = s;
  }
  const uint32_t hash = description_hash(key);
  DescriptionSlot& s = description_slots_[description_slot(key, hash)];
  if (s.entity < 0) {
    s.key = key;
    s.hash = hash;
    ++descriptions_;
  }
  return s;
}

// Every word of a name leads to its entity, so that resolve_name() looks only at entities that share a
// word with the name at hand, not at all of them.
int EntityResolver::index_name(int entity, const Name& name) {
  std::string_view key = name.key;
  int first_word = -1;
  size_t begin = 0;
  while (begin <= key.size()) {
    size_t space = key.find(' ', begin);
    if (space == std::string_view::npos) space = key.size();
    WordSlot& slot = slot_of_word(key.substr(begin, space - begin));
    if (slot.latest < 0 || word_entities_[slot.latest].entity != entity) {
      word_entities_.push_back({entity, slot.latest});
      slot.latest = static_cast<int>(word_entities_.size()) - 1;
      ++word_list_lengths_[slot.id];
    }
    if (begin == 0) first_word = slot.id;
    begin = space + 1;
  }
  return first_word;
}

void EntityResolver::index_whole_name(int entity, int form) {
  if (name_entries_.size() * 8 >= name_buckets_.size()) {  // grow: twice the buckets, every entry relinked
    name_buckets_.assign(2 * name_buckets_.size(), -1);
    for (size_t i = 0; i < name_entries_.size(); ++i) {
      int& latest = name_buckets_[name_entries_[i].hash & (name_buckets_.size() - 1)];
      name_entries_[i].earlier = latest;
      latest = static_cast<int>(i);
    }
  }
  const Name& name = name_forms_[form].name;
  const uint32_t hash = name_hash(name.first_hash, name.last_hash);
  int& latest = name_buckets_[hash & (name_buckets_.size() - 1)];
  NameEntry& entry = name_entries_.emplace_back();  // in place, field by field (see slot_of_word())
  entry.hash = hash;
  entry.entity = entity;
  entry.form = form;
  entry.earlier = latest;
  latest = static_cast<int>(name_entries_.size()) - 1;
}

// The entities that share the first or last word of the name, the latest kMaxCandidates of each, in
// the order named, less those that no form of could score: resolve_name() scores a form only if it ends
// in the name's last word (the same name, or the same surname), or, a form of one word, is the name's
// first word (a given name said alone), or, the name being one word, the form starts or ends with it,
// or starts with the name's first word (a given name of two words said alone: "Te Kaurinui").
// An entity's form_starts and form_ends tell that (but for the odd other word of the same bit): many
// entities that a word lists are others who share a given name or a word of an organisation's, and were
// scored for nothing, at a mispredict or two each.
// Of those, the ones whose form_names hold the name's bit may have a form of the same person.
// Each entity is written at each list's end, which moves past it only if it was not listed yet and
// belongs there: no branch, where a push_back() behind one mispredicted at the many entities that a
// word lists twice.
EntityResolver::Candidates EntityResolver::candidates(const Name& name) {
  int* const out = candidates_.data();  // reused: room for kMaxCandidates of each word (see the constructor)
  int* const same_out = same_person_candidates_.data();
  size_t count = 0, same_count = 0;
  ++candidates_calls_;
  const uint64_t ends_wanted = word_bit(name.first_hash) | word_bit(name.last_hash);
  const uint64_t starts_wanted = word_bit(name.first_hash);
  const uint64_t name_wanted = name_bit(name.first_hash, name.last_hash);
  std::string_view words[] = {name.first, name.last};
  uint32_t hashes[] = {name.first_hash, name.last_hash};
  size_t lookups = name.words == 1 ? 1 : 2;  // a one-word name is looked up once
  for (size_t k = 0; k < lookups; ++k) {
    if (word_slots_.empty()) break;
    const WordSlot& slot = word_slots_[word_slot(words[k], hashes[k])];
    int recent[kMaxCandidates];  // latest first
    size_t n = 0;
    for (int e = slot.latest; e >= 0 && n < kMaxCandidates; e = word_entities_[e].earlier)
      recent[n++] = word_entities_[e].entity;
    while (n > 0) {  // in the order they were named
      int id = recent[--n];
      Info& info = infos_[id];
      const bool may_score = ((info.form_ends & ends_wanted) | (info.form_starts & starts_wanted)) != 0;
      const bool may_be_same = (info.form_names & name_wanted) != 0;
      const bool unlisted = info.listed != candidates_calls_;
      out[count] = id;
      count += unlisted & may_score;
      same_out[same_count] = id;
      same_count += unlisted & may_be_same;
      info.listed = candidates_calls_;
    }
  }
  return {{out, out + count}, {same_out, same_out + same_count}};
}

// A role said apart from the name ("the city’s transport director, Samuel Okafor") becomes the
// entity's role when it has none yet.
void EntityResolver::adopt_role(int entity, const Mention& m) {
  // (Whether the mention has a role first: most have none, and the entity is then not read. The rest
  // apart: its stack frame was set up at every call.)
  if (m.role_last > m.role_first && infos_[entity].role.empty()) take_role(infos_[entity], m);
}

void EntityResolver::take_role(Info& info, const Mention& m) {
  size_t first = m.role_first;
  while (first < m.role_last && reader_.is_function_word(first)) ++first;
  if (only_qualifies(m.role_last - 1)) return;
  if (kin_of_pronoun(first, m.role_last)) {
    info.person_like = true;
    return;
  }
  set_role(info, span(first, m.role_last));
  // "Uber, the ride-sharing service": a role whose head is an organisation's makes one.
  size_t head = reader_.head_noun(first, m.role_last);
  if (reader_.in(head, Lex::kOrgWords) && !reader_.in(head, Lex::kTitles))
    info.organization = true;
  else
    info.person_like = true;
}

// "her colleague Linda Park", "his brother Freddy": a person's noun that is no title, after a
// possessive pronoun, says how the person stands to someone the reader of a role alone cannot tell.
// No role, then, but a person.
bool EntityResolver::kin_of_pronoun(size_t first, size_t last) const {
  if (last != first + 1 || first == 0 || reader_.is_title(first) || !(reader_.group_noun_flags(first) & kTagPerson))
    return false;
  return is_any(reader_.word(first - 1), {"his", "her", "their", "its", "our", "my"});
}

// "former Fed", "a prominent Republican National Committee": a role that ends in a word that only
// qualifies a title (the title after the name, "former Fed governor", or none) is none: it says
// nothing of the speaker alone, and would make the Fed a person that "she" may stand for.
bool EntityResolver::only_qualifies(size_t last) const {
  static constexpr auto kQualifiers = screened_words(
      {"former", "acting", "interim", "current", "prominent", "senior", "junior", "retired", "longtime", "late",
       "younger", "elder", "older"});
  return is_any(reader_.word(last), kQualifiers);
}

// "New York", "Kansas City", "Wall Street", "Election Day", "Girl Scouts of America": a name that
// opens or ends with a place's word, or holds "of", is no person's (it may be an organisation's).
bool EntityResolver::names_place_or_thing(const Name& name) {
  static constexpr auto kPlaceFirst = screened_words(
      {"new", "north", "south", "east", "west", "united", "great", "central", "san", "santa", "los", "las"});
  static constexpr auto kPlaceLast = screened_words(
      {"street", "avenue", "road", "valley", "wall", "war", "sea", "ocean", "river", "island", "islands", "shoal",
       "strip", "belt", "republic", "city", "county", "states", "nations", "asia", "america", "year", "day", "coast"});
  return is_any(name.first, kPlaceFirst) || is_any(name.last, kPlaceLast) || has_word(name.key, "of");
}

bool EntityResolver::after_place_word(size_t first) const {
  if (first == 0) return false;
  size_t before = first - 1;
  if (before > 0 && reader_.in(before, Lex::kDeterminers)) --before;  // "at the Monitor Breakfast"
  return is_any(reader_.word(before), {"in", "at", "for"});
}

// "doesn’t carry Sailor Crisps", "the gigantic Harbour Trade Pact": a name right after a word in lower
// case (no function word, reporting verb, title or person's noun) that follows an auxiliary, a negation
// or a determiner is a verb's object or a thing an adjective qualifies, which says nothing of a person.
bool EntityResolver::after_verb_or_adjective(size_t first) const {
  if (first < 2) return false;
  const size_t before = first - 1;
  const std::string_view w = reader_.word(before);
  if (w.empty() || w[0] < 'a' || w[0] > 'z' || reader_.is_function_word(before) ||
      reader_.in(before, Lex::kCueVerbs) || reader_.is_head_noun(before) || reader_.is_title(before))
    return false;
  const std::string_view opener = reader_.word(before - 1);
  return reader_.in(before - 1, Lex::kDeterminers) || reader_.is_auxiliary(before - 1) || opener == "not" ||
         opener == "n't" || opener == "n’t" || ends_in_not(opener);
}

void EntityResolver::set_role(Info& info, std::string_view role) const {
  info.role = role;
  info.role_abbreviated = !role.empty() && role.back() == '.';
  info.role_head = folded_hash(last_word(role));
}

void EntityResolver::absorb(int entity, const Mention& m, const Name& name) {
  Info& info = infos_[entity];
  ++info.mentions;
  if (m.type == MentionType::kName) {
    bool known = false;
    for (int n = info.first_name; n >= 0 && !known; n = name_forms_[n].next)
      known = name_forms_[n].name.text == name.text;
    if (!known) {
      const int form = static_cast<int>(name_forms_.size());
      name_forms_.emplace_back(name);
      (info.last_name >= 0 ? name_forms_[info.last_name].next : info.first_name) = form;
      info.last_name = form;
      info.form_starts |= word_bit(name.first_hash);
      info.form_ends |= word_bit(name.last_hash);
      info.form_names |= name_bit(name.first_hash, name.last_hash);
      const int first_word = index_name(entity, name);
      if (name.spaced) name_forms_[form].first_word = first_word;
      index_whole_name(entity, form);
    }
    adopt_role(entity, m);
    // (In one test, seldom passed: the two tests apart mispredicted at a third of the names.)
    const bool untitled = info.role.empty();
    if (untitled & (m.first < m.name_first)) {
      size_t first = m.first;
      while (first < m.name_first && (reader_.is_function_word(first) ||
                                      reader_.in(first, Lex::kHonorifics)))
        ++first;
      size_t last = m.name_first;  // "candidate Dr. Ann Toft": the honorific is none of the role
      while (last > first && reader_.in(last - 1, Lex::kHonorifics)) --last;
      if (kin_of_pronoun(first, last)) info.person_like = true;
      else if (last > first && !only_qualifies(last - 1)) set_role(info, span(first, last));
    }
  }
  // "the taxi service Uber": a role headed by an organisation's noun makes an organisation; "secretary
  // of state Ines Varga" is headed by its title.
  bool role_of_organization = false;
  if (m.type == MentionType::kName && m.first < m.name_first) {
    size_t head = m.name_first - 1;
    if (head >= m.first + 2 && reader_.word(head - 1) == "of") head -= 2;
    role_of_organization = reader_.in(head, Lex::kOrgWords) && !reader_.in(head, Lex::kTitles);
  }
  // (The traits are updated with bitwise operators and a conditional move, not branches: these
  // mispredicted, mentions being as they come.)
  const bool gendered = (m.gender == 'm') | (m.gender == 'f');
  info.gender = ((info.gender == '?') & gendered) ? m.gender : info.gender;
  info.organization = info.organization | m.organization | role_of_organization;
  info.person_like = info.person_like | gendered | (!info.role.empty() & !role_of_organization);
  // A full name is a person's, but not one "in" or "at" a place: "at the Monitor Breakfast in
  // Washington D.C. He said …" is no event's or city's; nor one a thing is "for" ("the ingredients for
  // Rice Krispies Treats"), a verb's object or a thing an adjective qualifies ("doesn’t carry Rice
  // Krispies"), nor a name of a place or a thing by its words. (Asked only of an entity not known for a
  // person yet: most names are of one.)
  const bool full_name = !info.person_like && (m.type == MentionType::kName) & (m.last - m.name_first >= 2) &&
                         !after_place_word(m.first) && !after_verb_or_adjective(m.first) &&
                         !names_place_or_thing(name);
  info.person_like = info.person_like | full_name;
  info.group = info.group | m.group;
}

int EntityResolver::resolve_pronoun(const Mention& m, int last_speaker) const {
  if (m.gender == 's') return -1;  // "I" outside quotes: the writer, never an earlier speaker
  size_t window_first = tokens_.first_token_of_paragraph(tokens_.paragraph_of(m.first) - kPronounWindowParagraphs);
  auto compatible = [&](int e, bool exact) {
    const Info& info = infos_[e];
    switch (m.gender) {
      case 'm': case 'f': {  // (bitwise operators, not the branches of && and ||, which mispredicted)
        const bool person = !info.organization & !info.group;
        const bool may_be_of_gender = !exact & (info.gender == '?') & info.person_like;
        return static_cast<bool>(person & ((info.gender == m.gender) | may_be_of_gender));
      }
      case 'p': return info.group || (info.organization && !exact);
      case 'n': return info.organization;
      default: return false;
    }
  };
  auto before = first_name_ending_after(m.first);
  // The current speaker, if nobody else who fits was named since their last mention -- or, for a
  // pronoun that opens its sentence, only later in the sentence before, where the speaker was the
  // subject: "“…,” Obama said after meeting Putin. He didn't suggest …" is Obama.
  if (last_speaker >= 0 && compatible(last_speaker, false)) {
    size_t previous_sentence = tokens_.tokens[m.first].sentence_start ? tokens_.sentence_of(m.first) - 1 : SIZE_MAX;
    // Whether token t is in that sentence: by its bounds, not a search for t's sentence at each name.
    auto in_previous_sentence = [&](size_t t) {
      return previous_sentence < tokens_.sentences.size() && tokens_.sentences[previous_sentence].first <= t &&
             t < tokens_.sentences[previous_sentence].last;
    };
    bool passed_other = false;
    for (auto it = before; it != names_.begin();) {
      --it;
      if (before - it > kMaxNamesBack || it->first < window_first) break;
      if (passed_other && !in_previous_sentence(it->first)) break;
      if (it->entity == last_speaker) {
        // "Mr. Bezos owns the Post, which has covered Mr. Trump. He said …": unless the sentence before
        // opens with another who fits, its subject.
        const NameMention* subject = passed_other ? nullptr : opening_name(previous_sentence);
        if (!subject || subject->entity == last_speaker || !compatible(subject->entity, true)) return last_speaker;
        break;
      }
      if (!compatible(it->entity, false)) continue;
      if (passed_other || !in_previous_sentence(it->first)) break;
      passed_other = true;
    }
  }
  // "Bush went after Trump at the debate, when he called …": a subject pronoun later in a sentence is
  // its subject's, when that is a name of the same gender.
  if (is_any(reader_.word(m.first), {"he", "she"})) {
    size_t sentence_first = tokens_.sentences[tokens_.sentence_of(m.first)].first;
    for (auto it = before; it != names_.begin() && (it - 1)->first >= sentence_first;) {
      --it;
      if (it->first == sentence_first && compatible(it->entity, true)) return it->entity;
    }
  }
  // Else the nearest name that fits -- the first of its sentence that fits, as that is most often the
  // subject: "Clinton criticized officer Betty Shelby for …. “…,” she said." is Clinton. A name of
  // unknown gender ("Tomasz Wiśniewski") is passed over only for a name of the right gender that is
  // almost as near.
  int unknown = -1;
  int names_seen = 0;
  for (auto it = before; it != names_.begin();) {
    --it;
    if (before - it > kMaxNamesBack || it->first < window_first) break;
    if (!compatible(it->entity, false)) continue;
    const bool exact = compatible(it->entity, true);
    // "Priya Patel, an analyst at Fairview Capital": no one of unknown gender where someone works.
    if (!exact && reader_.names_workplace(it->first, tokens_.sentences[tokens_.sentence_of(it->first)].first)) continue;
    ++names_seen;
    if (exact) {
      // The names before it in its sentence: those that start at its first token or after.
      const size_t sentence_first = tokens_.sentences[tokens_.sentence_of(it->first)].first;
      int first = it->entity;
      for (auto earlier = it; earlier != names_.begin() && (earlier - 1)->first >= sentence_first;) {
        --earlier;
        if (compatible(earlier->entity, true) && !qualifies_next(*earlier)) first = earlier->entity;
      }
      return first;
    }
    if (unknown < 0) unknown = it->entity;
    else if (names_seen > kUnknownGenderLead) break;
  }
  // "Obama administration officials said … They said …": a group that spoke last outranks an
  // organisation only named since ("Sudan"), which "they" fits less well -- however many other
  // organisations were named before it ("Harvard University": the search above stops at them).
  if (unknown >= 0 && m.gender == 'p' && last_speaker >= 0 && infos_[last_speaker].group && !infos_[unknown].group)
    return last_speaker;
  if (unknown >= 0) return unknown;
  // Nothing fits better: the current speaker, unless the pronoun is plural and the speaker one person.
  if (last_speaker >= 0) {
    const Info& current = infos_[last_speaker];
    // (Never the writer, "I", for "he" or "she".)
    bool fits = m.gender == 'p' ? current.group || current.organization
                                : current.gender != (m.gender == 'm' ? 'f' : 'm') && current.gender != 's';
    if (fits) return last_speaker;
  }
  return -1;
}

// Names are looked up in nearly text order (quote by quote, then claim by claim), so the answer lies
// near the one before: the search widens from it in steps that double, until a name on the far side
// bounds the answer, then halves that range. A binary search of all the names had read names all over
// a long text, each step a cache miss that waited for the one before (the first half of resolve()'s
// time on the 10 MB seed text). Its halving steps are conditional moves, not branches:
// std::upper_bound()'s branches mispredicted about every other step.
std::vector<EntityResolver::NameMention>::const_iterator EntityResolver::first_name_ending_after(size_t t) const {
  auto ends_by_t = [&](size_t k) { return names_[k].last() <= t; };  // true for every name before the answer
  const size_t count = names_.size();
  size_t lo = std::min(last_name_found_, count), hi = lo;  // the answer lies in [lo, hi]
  if (lo < count && ends_by_t(lo)) {  // after the answer before
    size_t step = 1;
    for (lo = lo + 1; lo + step <= count && ends_by_t(lo + step - 1); step *= 2) lo += step;
    hi = std::min(lo + step - 1, count);
  } else {  // at or before it
    size_t step = 1;
    for (; hi >= step && !ends_by_t(hi - step); step *= 2) hi -= step;
    lo = hi >= step ? hi - step + 1 : 0;
  }
  size_t base = lo;
  for (size_t n = hi - lo; n > 1;) {  // the answer lies in [base, base + n]
    const size_t half = n / 2;
    base = ends_by_t(base + half) ? base + half : base;
    n -= half;
  }
  if (base < hi) base += ends_by_t(base);
  last_name_found_ = base;
  return names_.begin() + static_cast<std::ptrdiff_t>(base);
}

// "Putin aide Yuri Ushakov", "Trump’s campaign manager": a name before a title or a possessive only
// qualifies the person the phrase names.
const EntityResolver::NameMention* EntityResolver::opening_name(size_t sentence) const {
  if (sentence >= tokens_.sentences.size()) return nullptr;
  const size_t first = tokens_.sentences[sentence].first;
  auto it = std::lower_bound(names_.begin(), names_.end(), first,
                             [](const NameMention& n, size_t t) { return n.first < t; });
  return it != names_.end() && it->first == first && !qualifies_next(*it) ? &*it : nullptr;
}

bool EntityResolver::qualifies_next(const NameMention& n) const {
  size_t after = n.last();
  if (after >= tokens_.tokens.size()) return false;
  std::string_view w = reader_.word(after);
  return reader_.in(after, Lex::kTitles) || w == "’s" || w == "'s";
}

// Whether `role` holds the capitalised words of description `m` before its head: "the Florida senator" is
// the "Florida Sen." named before, not any "Sen.".
bool EntityResolver::role_names_places_of(const Mention& m, std::string_view role) const {
  for (size_t i = m.first; i + 1 < m.last; ++i)
    if (tokens_.tokens[i].capitalized && role.find(reader_.word(i)) == std::string_view::npos) return false;
  return true;
}

bool EntityResolver::names_description(const NameMention& name, const Mention& m) const {
  std::string_view text = span(name.name_first(), name.last());
  std::string_view head = reader_.word(m.last - 1);
  size_t of = text.find(" of ");
  std::string_view name_head = last_word(of == std::string_view::npos ? text : text.substr(0, of));
  if (!same_ci(name_head, head) && !(is_business_noun(head) && ends_business_name(name_head))) return false;
  for (size_t i = m.first; i + 1 < m.last; ++i)
    if (!reader_.in(i, Lex::kDeterminers) && !has_word(text, reader_.word(i))) return false;
  return true;
}

int EntityResolver::resolve_description(const Mention& whole) {
  // Compared with the roles and names before: the description up to its head noun. "A spokeswoman for
  // the president" is no president, "the mayor of Springfield" a mayor.
  const size_t head_index = reader_.head_noun(whole.first, whole.last);
  Mention m = whole;
  m.last = head_index + 1;
  std::string_view head = reader_.word(head_index);
  size_t window_first = tokens_.first_token_of_paragraph(tokens_.paragraph_of(m.first) - kDescriptionWindowParagraphs);
  const bool org_head = reader_.in(m.last - 1, Lex::kOrgWords) && m.last - m.first <= 3;
  if (!reader_.in(m.last - 1, Lex::kGroupNouns) || reader_.in(m.last - 1, Lex::kTitles)) {
    const uint32_t head_hash = folded_hash(head);
    auto before = first_name_ending_after(m.first);
    for (auto it = before; it != names_.begin();) {
      --it;
      if (before - it > kMaxNamesBack || it->first < window_first) break;
      const Info& info = infos_[it->entity];
      // (Most are ruled out by their role's last word's hash, an abbreviation by its period, an
      // organisation by the description's head: in one test, most often taken, not three that mispredicted.)
      const bool may_be = (info.role_head == head_hash) | info.role_abbreviated | (org_head & info.organization);
      if (!may_be) continue;
      const std::string_view role = info.role;
      if (ends_with_word(role, head) ||
          (!role.empty() && role.back() == '.' && abbreviates(last_word(role), head) && role_names_places_of(m, role)))
        return it->entity;
      // "the department" is the "Department of Conservation" named before, "the budget office" the
      // "Congressional Budget Office": a short description whose words the name holds, headed by the
      // organisation's word that heads the name too (not "the trade group" for "UnitedHealth Group"), or
      // "the company" for a company's name ("Acme Inc.").
      if (org_head && info.organization && names_description(*it, m)) return it->entity;
    }
  }
  const std::string_view as_written = span(whole.first, whole.last);
  std::string_view key = as_written;
  strip_article(&key);
  DescriptionSlot& known = slot_of_description(key);
  if (known.entity >= 0) return known.entity;
  known.entity = static_cast<int>(infos_.size());
  infos_.emplace_back();
  Info& info = infos_.back();
  info.description = key;
  info.article = as_written.substr(0, as_written.size() - key.size());
  info.gender = whole.gender;
  // Its kind, from the noun that heads it: "a spokeswoman for the mayor" is a person, "attorneys for
  // the family" a group, "the newspaper" an organisation.
  const uint8_t head_flags = reader_.group_noun_flags(head_index);
  info.group = whole.group | ((head_flags & kTagGroup) != 0);
  info.organization = whole.organization | ((head_flags & kTagOrg) != 0);
  info.person_like = (head_flags & kTagPerson) || reader_.is_title(head_index);
  return static_cast<int>(infos_.size() - 1);
}

// "Twelve towns are suing the board before the Court of Appeals. They argue …": "they" that opens a
// sentence stands for a counted group that opened the sentence before -- a count and a few words in
// lower case up to a plural noun -- rather than for an organisation named since, which resolve_pronoun()
// finds (it looks back at names only). -1 when there is none.
int EntityResolver::counted_group_before(const Mention& m) {
  const size_t sentence = tokens_.sentence_of(m.first);
  if (!tokens_.tokens[m.first].sentence_start || sentence == 0) return -1;
  const size_t first = tokens_.sentences[sentence - 1].first;
  const size_t end = std::min<size_t>(tokens_.sentences[sentence - 1].last, first + 4);
  if (!reader_.is_count(first)) return -1;
  for (size_t k = first + 1; k < end && !reader_.is_function_word(k); ++k) {
    const std::string_view w = reader_.word(k);
    if (w.size() < 3 || w[0] < 'a' || w[0] > 'z') return -1;
    if (w.back() == 's') {
      Mention group = plain_description(first, k + 1);
      group.group = true;
      return resolve_description(group);
    }
  }
  return -1;
}

// A pronoun with no antecedent in reach still tells that someone spoke: it stands for itself, so the
// quote keeps a speaker the reader can see ("he", kind unknown: who it is, person or not, is not
// known), one entity per pronoun form. (Dropping the speaker instead lost the quotes whose gold source
// is the pronoun itself: speaker accuracy 729 -> 726 on PolNeAR dev, 5982 -> 5971 on train.)
int EntityResolver::unresolved_pronoun(const Mention& m) {
  // "I" outside quotes is the article's writer.
  DescriptionSlot& known = slot_of_description(m.gender == 's' ? std::string_view("the writer") : span(m.first, m.last));
  if (known.entity >= 0) return known.entity;
  known.entity = static_cast<int>(infos_.size());
  known.key = pronoun_keys_.emplace_front(fold(known.key));  // it names the entity: lower-cased, as "he"
  infos_.emplace_back();
  infos_.back().description = known.key;
  infos_.back().gender = m.gender;  // 's' for the writer: no "he" or "she" stands for them
  infos_.back().person_like = m.gender == 's';
  infos_.back().pronoun = m.gender != 's';
  return static_cast<int>(infos_.size() - 1);
}

int EntityResolver::resolve(Mention* m, int last_speaker) {
  int e = -1;
  switch (m->type) {
    case MentionType::kName: {
      // The same tokens were already resolved as a name; reuse that decision.
      auto it = first_name_ending_after(m->name_first);
      if (it != names_.end() && it->name_first() <= m->name_first && it->last() >= m->last) {
        e = it->entity;
        adopt_role(e, *m);
      } else {
        e = resolve_name(*m);
      }
      break;
    }
    case MentionType::kPronoun:
      e = resolve_pronoun(*m, last_speaker);
      if (m->gender == 'p' && (e < 0 || !infos_[e].group)) {
        const int counted = counted_group_before(*m);
        if (counted >= 0) e = counted;
      }
      if (e < 0) e = unresolved_pronoun(*m);
      break;
    case MentionType::kDescription: e = resolve_description(*m); break;
  }
  m->entity = e;
  if (e >= 0) {
    SpeakerMention& s = speaker_mentions_.emplace_back();  // in place, field by field (see slot_of_word())
    s.entity = e;
    s.span.begin = toks_[m->local_first()].begin;
    s.span.end = toks_[m->local_last() - 1].end;
  }
  return e;
}

namespace {

// One mention per start, the longest: a total order, so that every standard library keeps the same.
// A lambda, not a function: std::sort() inlines its calls.
constexpr auto in_order = [](ByteSpan a, ByteSpan b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; };

// Merges the sorted runs [first, middle) and [middle, last) in place, through `scratch` (a copy of
// the first run), reused from call to call: std::inplace_merge allocated a buffer at each call (~380 a
// pass on PolNeAR dev). Each output lands at or before the second run's next unread element.
void merge_runs(ByteSpan* first, ByteSpan* middle, ByteSpan* last, std::vector<ByteSpan>& scratch) {
  scratch.assign(first, middle);
  auto a = scratch.begin();
  while (a != scratch.end() && middle != last) *first++ = in_order(*middle, *a) ? *middle++ : *a++;
  std::copy(a, scratch.end(), first);
}

// Sorts [first, last) in_order. A speaker's mentions most often come as two runs in text order, those
// of its quotes, then those of its claims (attribute() resolves them in two passes): told by a pass over
// them, the two are merged, where std::sort() had read a long run many times (on the 10 MB seed text,
// whose every speaker's mentions make two such runs, ~0.3% less of a wasm call). Any other order is sorted.
void sort_mentions(ByteSpan* first, ByteSpan* last, std::vector<ByteSpan>& scratch) {
  ByteSpan* const middle = std::is_sorted_until(first, last, in_order);
  if (middle == last) return;
  if (std::is_sorted(middle, last, in_order))
    merge_runs(first, middle, last, scratch);
  else
    std::sort(first, last, in_order);
}

// Sorts an entity's name forms, fullest first (more words, then more bytes), keeping the order named
// among equals: an insertion sort, as an entity has a few forms, where std::stable_sort allocated a
// buffer at each call.
void sort_fullest_first(std::vector<std::string>& forms) {
  auto fuller = [](std::string_view a, std::string_view b) {
    size_t wa = word_count(a), wb = word_count(b);
    return wa != wb ? wa > wb : a.size() > b.size();
  };
  for (auto it = forms.begin() + 1; it < forms.end(); ++it)
    std::rotate(std::upper_bound(forms.begin(), it, *it, fuller), it, it + 1);
}

}  // namespace

// Each speaker's run is allocated in *spans at once, to hold its speaker mentions, counted first, and
// its name mentions, which are among the mentions it absorbed (Info::mentions). Its speaker mentions are
// sorted; its name mentions follow them in text order, so that the two are merged, not sorted together;
// then one mention is kept per start.
// The runs are filled apart from the Infos, through ends of their own: a mention's entity is any of the
// text's, and reading its Info at each mention read a line of the large Infos at nearly every mention
// of a long text, a cache miss (~1.3% of the time on the 10 MB seed text).
void EntityResolver::gather_mentions(const std::vector<bool>& speaks, std::vector<Entity>* entities,
                                     std::vector<ByteSpan>* spans) const {
  std::vector<uint32_t> speaker_count(infos_.size());
  for (const SpeakerMention& m : speaker_mentions_) ++speaker_count[m.entity];
  // Each speaker's run's end as it is filled, kNone for the others: at each mention, an int to read,
  // not a bit of `speaks`.
  constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> end(infos_.size(), kNone);
  uint32_t size = 0;
  for (size_t e = 0; e < infos_.size(); ++e) {
    if (!speaks[e]) continue;
    (*entities)[e].mentions_first = end[e] = size;
    size += speaker_count[e] + infos_[e].mentions;
  }
  spans->resize(size);
  ByteSpan* const at = spans->data();
  for (const SpeakerMention& m : speaker_mentions_)
    if (uint32_t& i = end[m.entity]; i != kNone) at[i++] = m.span;
  std::vector<ByteSpan> scratch;  // merge_runs()', reused
  for (size_t e = 0; e < infos_.size(); ++e)
    if (end[e] != kNone) sort_mentions(at + (*entities)[e].mentions_first, at + end[e], scratch);
  for (const NameMention& m : names_)
    if (uint32_t& i = end[m.entity]; i != kNone) at[i++] = {toks_[m.first].begin, toks_[m.last() - 1].end};
  for (size_t e = 0; e < infos_.size(); ++e) {
    if (end[e] == kNone) continue;
    Entity& ent = (*entities)[e];
    ByteSpan* const first = at + ent.mentions_first;
    merge_runs(first, first + speaker_count[e], at + end[e], scratch);
    ent.mentions_last = static_cast<uint32_t>(
        std::unique(first, at + end[e], [](ByteSpan a, ByteSpan b) { return a.begin == b.begin; }) - at);
  }
}

// The name of an entity known by a description: the description with the article it was first
// written with, in lower case: "the city", "a report released Monday" (not "city": the key that joins
// "a city" and "the city" has none).
std::string EntityResolver::described_name(const Info& info) {
  if (info.article.empty()) return one_space(info.description);
  std::string name = one_space(info.article);  // "The", whatever blanks followed it
  name[0] = static_cast<char>(name[0] | 0x20);
  return name + ' ' + one_space(info.description);
}

std::vector<Entity> EntityResolver::finish(const std::vector<FoundQuote>& quotes, bool describe_all,
                                           std::vector<ByteSpan>* mentions) {
  std::vector<Entity> out(infos_.size());
  std::vector<bool> speaks(infos_.size());
  for (const FoundQuote& q : quotes)
    if (q.entity >= 0) speaks[q.entity] = true;
  gather_mentions(speaks, &out, mentions);
  std::vector<std::string> forms;  // an entity's name forms, fullest first; reused
  for (size_t e = 0; e < infos_.size(); ++e) {
    if (!speaks[e] && !describe_all) continue;
    const Info& info = infos_[e];
    Entity& ent = out[e];
    if (info.first_name < 0) {
      ent.name = described_name(info);
    } else {
      forms.clear();
      for (int n = info.first_name; n >= 0; n = name_forms_[n].next) forms.push_back(one_space(name_forms_[n].name.text));
      sort_fullest_first(forms);
      ent.name = std::move(forms[0]);
      for (size_t n = 1; n < forms.size(); ++n)  // forms that differed only in their spaces are one
        if (forms[n] != ent.name && std::find(ent.aliases.begin(), ent.aliases.end(), forms[n]) == ent.aliases.end())
          ent.aliases.push_back(std::move(forms[n]));
    }
    if (!info.role.empty()) ent.role = one_space(info.role);
    if (info.organization) ent.kind = SpeakerKind::kOrganization;
    else if (info.group) ent.kind = SpeakerKind::kGroup;
    else if (!info.pronoun && (info.person_like || info.gender == 'm' || info.gender == 'f'))
      ent.kind = SpeakerKind::kPerson;
  }
  return out;
}

}  // namespace whosaid
