// Lexicons: the engine's word lists (reporting verbs, titles, pronouns, first names...), kept as data in
// core/lexicons/*.txt and compiled in. The format, for every file:
//
//   # a comment
//   say says said saying        every word on a line is a form of the line's first word (its lemma)
//   john : m                    an optional tag after " : " applies to every word of the line
//
// Words are lower case; lookups lower-case ASCII letters first, so "Said" finds "said". The files are
// parsed once, on first use, into hash maps that keep views of the compiled-in text and each word's
// key (its bytes in 64-bit chunks, see FlatWordMap). Besides one WordList per file, a combined map
// gives every word the set of lexicons that hold it, so that the tokenizer looks each token up once
// and later stages test bits (Token::lexicons).
#ifndef WHOSAID_LEXICON_H_
#define WHOSAID_LEXICON_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace whosaid {

// Words of a tag that the engine tests, as flags worked out when the lexicons are parsed: a test reads
// a bit where it had searched the tag's text at each reporting verb (~60K instructions a dev pass),
// or compared it at each word of a name (describe(), mentions.cc).
enum TagFlag : uint8_t {
  kTagStance = 1,     // "stance" in the tag: a verb of stance, not of speech (cue_verbs.txt)
  kTagObject = 2,     // "obj": the verb can take a listener, "told reporters that"
  kTagParticles = 4,  // a "+particle": the verb reports only with one of them, "weighed in"
  kTagOrg = 8,        // the tag is "org": an organisation's word (org_words.txt, group_nouns.txt)
  kTagGroup = 16,     // the tag is "group": a noun of a group, "officials" (group_nouns.txt)
  kTagPerson = 32,    // the tag is "person": one person by role, "spokesman" (group_nouns.txt)
  kTagDoc = 64,       // the tag is "doc": a document, "statement", "tweet" (org_words.txt)
  kTagAudience = 128, // "audience": the verb's object is who heard it, "told reporters" (not "praised the crew")
};

struct LexiconEntry {
  std::string_view lemma;
  std::string_view tag;
  uint8_t flags = 0;  // TagFlag bits of the tag
  bool has(TagFlag f) const { return flags & f; }
};

// Bytes with ASCII capitals lower-cased.
inline constexpr struct AsciiLower {
  char table[256];
  constexpr AsciiLower() : table() {
    for (int c = 0; c < 256; ++c) table[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  char operator[](unsigned char c) const { return table[c]; }
} kAsciiLower;

// A read-only hash map from lower-case words to values, flat and cuckoo-hashed: a word can be in one of
// two slots only, and a lookup reads both and picks the one that holds the word (or none) by
// conditional moves, not branches: an open-addressed probe loop's exit, taken or not as the word is in
// the map or not, mispredicted at nearly every word the tokenizer looked up (70K times a dev pass). A
// slot (16 bytes) holds a word's first eight bytes, marked with its length, so that a word of at most
// eight bytes -- most words -- is found without reading its entry; values are kept apart from the keys,
// compactly, for the same reason. A word is looked up as a Key: lower-cased and zero-padded into 64-bit
// chunks, so that hashing and comparing it take a few machine words, not a loop over its bytes. Words
// are valid UTF-8, as the engine's text is (see tagged()).
template <typename V>
class FlatWordMap {
 public:
  // values_[0]: the value of no entry, V{}. Slots from the start, even for no word: a lookup then
  // needs no test for a map without them (a branch and three instructions per word the tokenizer
  // looks up).
  FlatWordMap() : values_(1) { rehash(kMinSlots); }
  // The longest word a map holds: the lexicons' longest, "characterization" (a test checks them). A
  // bound kept tight, for a word's Key, which its entry holds: of 48 bytes, entries of 80 bytes had
  // made the lexicons' maps ~1.1 MB, 75 page faults more at start-up (~2 us each).
  static constexpr size_t kMaxWordBytes = 16;
  // Inserts `word` (already lower case, of at most kMaxWordBytes) with `value` unless present; returns
  // the stored value.
  V& insert(std::string_view word, V value) {
    Key key(word);
    uint32_t e = entry_of(key);
    if (e == 0) {
      entries_.push_back({key});
      values_.push_back(value);
      e = static_cast<uint32_t>(entries_.size());
      if (e * 2 > slots_.size() || !place(e)) grow();
    }
    return values_[e];
  }
  // The value for `word` in any case, or nullptr. Words longer than kMaxWordBytes are in none.
  const V* find(std::string_view word) const { return find(word.data(), word.size()); }
  // The same of the `size` bytes at `data`. (The WebAssembly build passes a std::string_view argument
  // through memory, written to the caller's stack: find() is a call there, from many places.)
  const V* find(const char* data, size_t size) const {
    if (size > Key::kMaxBytes) return nullptr;
    // 1 to 8 bytes, in one unsigned compare (an empty word wraps around): 180K instructions less on the
    // dev benchmark than the two compares the compiler keeps for !word.empty() && word.size() <= 8.
    uint32_t e = size - 1 < 8   ? short_entry(Key::lower(Key::only_bytes(data, size)), size)
                 : size - 9 < 8 ? medium_entry(data, size)
                                : entry_of(Key(std::string_view(data, size)));
    return e ? &values_[e] : nullptr;
  }
  // The value of a word of 1 to 8 bytes given as its bytes zero-padded to 64 bits (little-endian), as a
  // caller that may read eight bytes at the word reads it: in one load, masked, where find() branches
  // on the word's length to read no byte past it (branches that mispredict, lengths being random).
  // V{} when the word is in no entry: no branch on whether it is.
  const V& find_short(uint64_t bytes, size_t n) const { return find_lower_short(Key::lower(bytes), n); }
  // find_short() of bytes whose ASCII capitals are lower-cased already.
  const V& find_lower_short(uint64_t bytes, size_t n) const {
    return values_[short_entry(bytes, n)];
  }
  // The value of a word of 9 to 16 bytes given as its two chunks, zero-padded and lower-cased already,
  // as a caller that read them finds them: its first eight bytes, and its last (n - 8) bytes. Where
  // find() takes each word's length class and lower-cases its bytes again.
  const V& find_lower_medium(uint64_t first, uint64_t second, size_t n) const {
    return values_[medium_entry_of(first, second, n)];
  }
  template <typename F>
  void for_each(F f) const {
    for (size_t e = 0; e < entries_.size(); ++e) f(entries_[e].word(), values_[e + 1]);
  }
  // The number of the entry whose value find() returned: 1 to size(), an index for tables kept beside
  // the map.
  size_t number_of(const V* value) const { return static_cast<size_t>(value - values_.data()); }
  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }
  // Room for `n` words in all, so that inserting them neither rehashes nor moves entries.
  void reserve(size_t n) {
    entries_.reserve(n);
    values_.reserve(n + 1);
    size_t slots = slots_.size();
    while (slots < 2 * n) slots *= 2;
    if (slots != slots_.size()) rehash(slots);
  }

 private:
  // A word, ASCII letters lower-cased and padded with zero bytes (words hold none), as 64-bit chunks;
  // with its length and a hash of its chunks. Only words of at most kMaxBytes are looked up. The chunks
  // are read straight from the word, never from bytes stored one at a time: a load that follows such
  // stores waits for them (a store-forwarding stall), which had been a tenth of the tokenizer's time.
  struct Key {
    static constexpr size_t kMaxBytes = kMaxWordBytes;
    uint64_t chunk[kMaxBytes / 8] = {};  // only the first chunks() count
    uint64_t hash;
    uint32_t size;

    explicit Key(std::string_view word) : size(static_cast<uint32_t>(std::min(word.size(), kMaxBytes))) {
      const char* p = word.data();
      size_t full = size / 8, rest = size % 8;
      for (size_t k = 0; k < full; ++k) chunk[k] = lower(load<uint64_t>(p + 8 * k));
      if (rest) chunk[full] = lower(size >= 8 ? load<uint64_t>(p + size - 8) >> (8 * (8 - rest)) : only_bytes(p, rest));
      if (size <= 8) {
        hash = short_hash(tagged(chunk[0], size));
      } else {
        hash = word.size();
        for (size_t k = 0; k < chunks(); ++k) hash = mix(hash, chunk[k]);
      }
    }
    // The hash of a word of 1 to 8 bytes: of its tagged() chunk, which holds its length too, so that
    // a lookup hashes the chunk it compares (two instructions less than mixing in the length).
    static uint64_t short_hash(uint64_t tagged_chunk) { return mix(0, tagged_chunk); }
    // The bytes of a word of 1 to 8 bytes, zero-padded: its one chunk, but not yet lower-cased. By two
    // loads that overlap rather than a loop; eight bytes as two loads of four, as four to seven are, not
    // one of eight: a branch less, which mispredicted as words' lengths came.
    static uint64_t only_bytes(const char* p, size_t n) {
      if (n >= 4) return load<uint32_t>(p) | load<uint32_t>(p + n - 4) << (8 * (n - 4));
      if (n >= 2) return load<uint16_t>(p) | load<uint16_t>(p + n - 2) << (8 * (n - 2));
      return static_cast<unsigned char>(p[0]);
    }
    static uint64_t mix(uint64_t h, uint64_t chunk) { return (h ^ chunk) * 0x9E3779B97F4A7C15u; }
    size_t chunks() const { return (size + 7) / 8; }
    bool operator==(const Key& o) const {
      if (size != o.size) return false;
      for (size_t k = 0; k < chunks(); ++k)
        if (chunk[k] != o.chunk[k]) return false;
      return true;
    }

    // ASCII capitals in the eight bytes lower-cased at once; other bytes (UTF-8 included) unchanged.
    static uint64_t lower(uint64_t x) {
      constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Fu, kHigh = 0x8080808080808080u;
      uint64_t low7 = x & kLow7;
      uint64_t at_least_a = low7 + 0x3F3F3F3F3F3F3F3Fu;  // the high bit set where a byte >= 'A'
      uint64_t above_z = low7 + 0x2525252525252525u;     // ... where a byte > 'Z'
      uint64_t capitals = at_least_a & ~above_z & ~x & kHigh;
      return x | (capitals >> 2);  // 0x80 >> 2 == 0x20, the case bit
    }

    template <typename T>
    static uint64_t load(const char* p) {
      T v;
      std::memcpy(&v, p, sizeof v);
      return v;
    }

  };
  // A word's entry: its Key, whose chunks hold the word itself, lower case and zero-padded, its bytes
  // in order (the engine's targets are little-endian, as the loads of chunks assume). A view of the
  // word as well had made every entry half as large again (~100 KB, 26 page faults at start-up).
  struct Entry {
    Key key;
    std::string_view word() const { return {reinterpret_cast<const char*>(key.chunk), key.size}; }
  };
  // A word's first chunk marked with its length (tagged()), its size, and its entry's number (its
  // index + 1; 0 in an empty slot).
  struct Slot {
    uint64_t chunk = 0;
    uint32_t size = 0;
    uint32_t entry = 0;
  };

  // The first chunk of a word of `n` bytes with its length in its eighth byte: 0xF8 + n for a word of
  // fewer than eight bytes, where that byte pads it; 0xF8 for a word of more than eight, in place of its
  // eighth byte; nothing for a word of eight. No byte of UTF-8 text is 0xF8 or more, so that a slot's
  // tagged chunk alone tells whether it holds a given word of up to eight bytes, with no compare of
  // sizes (ten instructions less a lookup).
  static uint64_t tagged(uint64_t chunk, size_t n) {
    constexpr uint64_t kLastByte = uint64_t{0xFF} << 56;
    return n < 8 ? chunk | (uint64_t{0xF8} + n) << 56 : n == 8 ? chunk : (chunk & ~kLastByte) | uint64_t{0xF8} << 56;
  }
  // tagged() of words of 1 to 8 bytes, at hand: kShortTags[n] is OR-ed into the chunk.
  static constexpr uint64_t kShortTags[9] = {0, 0xF9ull << 56, 0xFAull << 56, 0xFBull << 56, 0xFCull << 56,
                                             0xFDull << 56, 0xFEull << 56, 0xFFull << 56, 0};

  // The two slots a word of hash `h` may be in: two sets of the top bits of two products, which depend
  // on every bit of the hash.
  size_t first_slot(uint64_t h) const { return h >> shift_; }
  size_t second_slot(uint64_t h) const { return (h * 0xC2B2AE3D27D4EB4Fu) >> shift_; }

  // The entry number of a word of 1 to 8 bytes given as `chunk`, its Key's one chunk; 0 when absent.
  // An empty slot matches only a chunk of eight zero bytes, and holds no entry; a word is in one slot
  // at most, so at most one entry number is kept by its mask (all ones when its slot holds the word):
  // no branch, where ?: made two.
  uint32_t short_entry(uint64_t chunk, size_t n) const {
    const uint64_t tag = chunk | kShortTags[n];
    const uint64_t h = Key::short_hash(tag);
    const Slot& a = slots_[first_slot(h)];
    const Slot& b = slots_[second_slot(h)];
    const uint32_t in_a = 0u - static_cast<uint32_t>(a.chunk == tag);
    const uint32_t in_b = 0u - static_cast<uint32_t>(b.chunk == tag);
    return (a.entry & in_a) | (b.entry & in_b);
  }
  // The entry number of a word of 9 to 16 bytes at `p`, as entry_of(Key(word)) finds it, without
  // building the Key: its two chunks are read by two loads that overlap, and compared with the
  // entry's only when the slot's tagged chunk and size match. Words of this length are about one in
  // ten of a text's, and a Key had cost each twice the lookup of a shorter word.
  uint32_t medium_entry(const char* p, size_t n) const {
    const uint64_t first = Key::lower(Key::template load<uint64_t>(p));
    const uint64_t second = Key::lower(Key::template load<uint64_t>(p + n - 8) >> (8 * (16 - n)));
    return medium_entry_of(first, second, n);
  }
  // medium_entry() of the word's two chunks, lower-cased.
  uint32_t medium_entry_of(uint64_t first, uint64_t second, size_t n) const {
    const uint64_t h = Key::mix(Key::mix(n, first), second);
    const uint64_t tag = tagged(first, n);
    for (size_t slot : {first_slot(h), second_slot(h)}) {
      const Slot& s = slots_[slot];
      if ((s.chunk == tag) & (s.size == n)) {
        const Key& key = entries_[s.entry - 1].key;
        if (key.chunk[0] == first && key.chunk[1] == second) return s.entry;
      }
    }
    return 0;
  }
  // The entry number of `key`, of any length; 0 when absent. A slot's tagged chunk and size are
  // compared in one branch (by bitwise &), mostly not taken, before the entry's whole key is.
  uint32_t entry_of(const Key& key) const {
    if (key.size == 0) return 0;  // an empty word would match an empty slot
    const uint64_t tag = tagged(key.chunk[0], key.size);
    for (size_t slot : {first_slot(key.hash), second_slot(key.hash)}) {
      const Slot& s = slots_[slot];
      if ((s.chunk == tag) & (s.size == key.size) && entries_[s.entry - 1].key == key) return s.entry;
    }
    return 0;
  }

  // Puts entry `e` in one of its two slots, moving the entry there, if any, to its other slot, and so
  // on; false when that runs in circles (the entry moved last is then in no slot).
  bool place(uint32_t e) {
    const uint64_t h = entries_[e - 1].key.hash;
    size_t slot = slots_[first_slot(h)].entry == 0 ? first_slot(h) : second_slot(h);
    for (size_t moves = 0; moves < 64; ++moves) {
      const Key& key = entries_[e - 1].key;
      std::swap(e, slots_[slot].entry);
      slots_[slot].chunk = tagged(key.chunk[0], key.size);
      slots_[slot].size = key.size;
      if (e == 0) return true;
      const uint64_t moved = entries_[e - 1].key.hash;
      slot = slot == first_slot(moved) ? second_slot(moved) : first_slot(moved);
    }
    return false;
  }

  static constexpr size_t kMinSlots = 64;
  void grow() { rehash(slots_.size() * 2); }
  // Places every entry anew in `slots` slots, or in twice as many when they do not fit.
  void rehash(size_t slots) {
    for (bool placed = false; !placed; slots *= 2) {
      slots_.assign(slots, Slot{});
      shift_ = 64;
      for (size_t n = slots; n > 1; n /= 2) --shift_;
      placed = true;
      for (uint32_t e = 1; placed && e <= entries_.size(); ++e) placed = place(e);
    }
  }

  std::vector<Slot> slots_;  // a power of two of them
  int shift_ = 64;           // 64 - log2(slots_.size())
  std::vector<Entry> entries_;
  std::vector<V> values_;  // per entry number: values_[0] is V{}, for none
};

class WordList {
 public:
  void add(std::string_view word, LexiconEntry entry) { entries_.insert(word, entry); }
  size_t size() const { return entries_.size(); }
  // Room for `n` words in all (FlatWordMap::reserve()).
  void reserve(size_t n) { entries_.reserve(n); }
  // The entry for `word` (any case), or nullptr.
  const LexiconEntry* find(std::string_view word) const { return entries_.find(word); }
  bool contains(std::string_view word) const { return find(word) != nullptr; }
  template <typename F>
  void for_each(F f) const {
    entries_.for_each([&](std::string_view w, const LexiconEntry&) { f(w); });
  }
  // f(word, entry) for each entry.
  template <typename F>
  void for_each_entry(F f) const {
    entries_.for_each(f);
  }
  // The number of an entry find() returned (FlatWordMap::number_of()).
  size_t number_of(const LexiconEntry* e) const { return entries_.number_of(e); }

 private:
  FlatWordMap<LexiconEntry> entries_;
};

enum class Lex : uint8_t {
  kAbbreviations,  // abbreviations.txt
  kAdjectives,  // adjectives.txt
  kCueModifiers,  // cue_modifiers.txt
  kCueNouns,  // cue_nouns.txt
  kCueVerbs,  // cue_verbs.txt
  kDeterminers,  // determiners.txt
  kFirstNames,  // first_names.txt
  kFunctionWords,  // function_words.txt
  kGroupNouns,  // group_nouns.txt
  kHonorifics,  // honorifics.txt
  kNumberWords,  // number_words.txt
  kOrgWords,  // org_words.txt
  kPageWords,  // page_words.txt
  kPronouns,  // pronouns.txt
  kTimeWords,  // time_words.txt
  kTitles,  // titles.txt
  kCount,
};

constexpr uint32_t bit(Lex id) { return 1u << static_cast<unsigned>(id); }

// The lexicons, indexed by Lex. Thread-safe; all are built once, on first use.
const WordList* lexicon_lists();
// One lexicon. Inline, its lists' address kept at hand: the later stages ask for a lexicon at each
// word they look up in one (~30,000 times a dev pass), and a call into lexicon.cc cost each of them.
inline const WordList& lexicon(Lex id) {
  static const WordList* const lists = lexicon_lists();
  return lists[static_cast<size_t>(id)];
}
// Every word of the lexicons, with the set of lexicons that hold it as bit(id) flags. A map, not a
// function of the word: the tokenizer keeps it at hand and looks up every word inline.
const FlatWordMap<uint32_t>& lexicon_bits();

// Reading the engine's data files (lexicons, the claim model): `f` is called with each line of `text`,
// without its '\n'.
template <typename F>
void for_each_line(std::string_view text, F f) {
  for (size_t begin = 0; begin < text.size();) {
    size_t nl = text.find('\n', begin);
    if (nl == std::string_view::npos) nl = text.size();
    f(text.substr(begin, nl - begin));
    begin = nl + 1;
  }
}
// The next field of `line` from *pos, fields being separated by blanks (spaces, tabs, '\r'); an empty
// view when none is left. Moves *pos past it.
std::string_view next_field(std::string_view line, size_t* pos);

}  // namespace whosaid

#endif  // WHOSAID_LEXICON_H_
