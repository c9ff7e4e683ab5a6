// Entities: who the mentions are. Groups mentions that name the same speaker -- "US President Donald
// Trump", "Trump", "Mr. Trump", "he", "the president" -- into one entity with a canonical name (its
// fullest form), a role (from titles before the name, or an appositive; not "former" alone, nor the
// "colleague" of "her colleague"), a kind and aliases.
//
// Names are resolved in text order: a name joins the entity whose full name, surname or given name it
// matches (the most mentioned one on a tie; a full name also the given name alone said before; a
// given name of two words or more, "Te Kaurinui", the full name that starts with it, either first),
// or starts a new one. Pronouns look back a few paragraphs for a name of a compatible gender and number:
// the current speaker (of the latest quote, or of the latest claim for a claim's pronoun) when nobody
// else who fits was named since, as news writing continues with the current speaker -- unless a
// pronoun opens its sentence and the sentence before opens with another who fits; else, in the
// nearest sentence that names someone who fits, the first such name, most often that sentence's
// subject (a name of unknown gender where someone works, "an analyst at Fairview Capital", fits none;
// nor does a name that is only a place's or a thing's: "Wall Street", "in Washington", "for Rice
// Krispies Treats", or known by a role that only qualifies, "former").
// Descriptions ("the senator", "the department") join the latest entity whose role ends in
// their head word or its abbreviation ("Sen."), or the latest organisation whose name it heads ("the
// company": a company's name, "Acme Inc."), or stand for themselves; so does a pronoun with no
// antecedent in reach ("she", of unknown kind). Names and roles are written with one space between
// words, whatever the page's source had.
#ifndef WHOSAID_ENTITIES_H_
#define WHOSAID_ENTITIES_H_

#include <string>
#include <string_view>
#include <cstdint>
#include <forward_list>
#include <vector>

#include "analysis.h"
#include "mentions.h"
#include "tokens.h"

namespace whosaid {

class EntityResolver {
 public:
  EntityResolver(std::string_view text, const Tokens& tokens, const MentionReader& reader);

  // Resolves a name of the text, each in text order (MentionReader::for_each_name()), so that later
  // pronouns find their antecedents.
  void add_name(const Mention& m);
  // Resolves a speaker mention to an entity (creating one if needed); returns its index.
  int resolve(Mention* m, int last_speaker);
  // The entities with canonical names, roles, kinds and aliases filled in; speaker mentions only. Called
  // once, last. Only the entities that some of `quotes` are attributed to get their mentions (into
  // *mentions, Entity::mentions_first), and only they get the rest unless `describe_all`: the Result
  // lists its speakers alone, and most entities of a long text are none.
  std::vector<Entity> finish(const std::vector<FoundQuote>& quotes, bool describe_all,
                             std::vector<ByteSpan>* mentions);

 private:
  // A form of a name: a view of the text, split as resolve_name() compares names. Its first and last
  // words carry their folded_hash()es (candidates() looks them up by them): resolve_name() compares
  // words by them first, as integers, and reads a word's bytes only where the hashes agree (most
  // often, the same word). They come first, with the word count, as they are read of every form.
  struct Name {
    uint32_t first_hash;
    uint32_t last_hash;
    uint32_t words;          // in the key
    bool spaced;             // no blank in the key but spaces
    std::string_view text;   // as written
    std::string_view key;    // without a leading article: "the Pentagon" -> "Pentagon"
    std::string_view first;  // the key's first and last words
    std::string_view last;
  };

  // (The fields that candidates() and resolve_name() read of every candidate come first, in one cache
  // line: they were spread over two or three.)
  struct Info {
    // User-provided, though every member has its initialiser: value-initialised (infos_.emplace_back()),
    // an Info without a constructor of its own was zeroed whole by a rep stos, slow to start, before
    // the members' initialisers ran (1,800 entities a dev pass).
    Info() {}
    int first_name = -1;             // its distinct name forms, in the order named: a list through
    int last_name = -1;              // name_forms_ (-1: none)
    int mentions = 0;
    uint32_t listed = 0;             // the candidates() call that last listed it, to list it once
    char gender = '?';
    bool organization = false;
    bool group = false;
    bool person_like = false;        // a gender, a role, or a full name: a pronoun may stand for it
    bool pronoun = false;            // a pronoun with no antecedent, standing for itself: of unknown kind
    // Of its role (set_role()), by which resolve_description() passes over most entities without reading
    // the role: whether it ends in a period ("Sen."), and the folded_hash() of its last word.
    bool role_abbreviated = false;
    uint32_t role_head = 0;
    // A bit (word_bit()) for the first and for the last word of each of its name forms: candidates()
    // passes over an entity that no form of could match the name at hand.
    uint64_t form_starts = 0;
    uint64_t form_ends = 0;
    uint64_t form_names = 0;  // a bit (name_bit()) for each form's first and last words together
    // Views, not copies: of the text, or (a pronoun's description) of its lower-cased form in
    // pronoun_keys_, which holds it in place.
    std::string_view role;
    std::string_view description;    // for entities known only by a description ("officials")
    std::string_view article;        // the article the description was first written with ("The"), or ""
  };
  static std::string described_name(const Info& info);

  // Every entity's name forms in one vector, each entity's linked in the order they were named. Most
  // entities have one or two: a vector per entity cost an allocation, and often a regrowth, each.
  struct NameForm {
    // Built in place by emplace_back(): built whole and pushed, it went through the stack in pieces that
    // larger loads read back (a store-forwarding stall), and value-initialised first, it was zeroed by a
    // `rep stos` (slow to start) before being written.
    explicit NameForm(const Name& n) : next(-1), first_word(-1), name(n) {}
    int next;  // the entity's next form, -1 for its last
    // The WordSlot::id of its first word, by which index_name() lists its entity: -1 if its key holds a
    // blank other than a space, as index_name() splits a key at spaces alone.
    int first_word;
    Name name;
  };
  std::vector<NameForm> name_forms_;

  int resolve_name(const Mention& m);
  int sole_same_person(const Mention& m, const Name& name) const;
  int resolve_pronoun(const Mention& m, int last_speaker) const;
  int resolve_description(const Mention& m);
  int unresolved_pronoun(const Mention& m);
  int counted_group_before(const Mention& m);  // "Twelve towns …. They …": the group "they" stands for
  std::string_view span(size_t first, size_t last) const;  // the text of tokens [first, last)
  Name split_name(size_t first, size_t last) const;  // of tokens [first, last)
  void absorb(int entity, const Mention& m, const Name& name);  // name: of m
  void adopt_role(int entity, const Mention& m);
  void take_role(Info& info, const Mention& m);  // adopt_role()'s, when the entity has none
  void set_role(Info& info, std::string_view role) const;
  int index_name(int entity, const Name& name);  // returns the id of the key's first word (split at spaces)
  void index_whole_name(int entity, int form);
  struct CandidateList {  // entity indices [first, last), valid until the next candidates()
    const int* first;
    const int* last;
    const int* begin() const { return first; }
    const int* end() const { return last; }
  };
  // The entities that share the name's first or last word and may score a match with it, and of those,
  // the ones that may have a form of the same person (Info::form_names).
  struct Candidates {
    CandidateList all;
    CandidateList same_person;
  };
  Candidates candidates(const Name& name);
  bool may_match(const Mention& m, const Name& name, const Info& info) const;  // by kind and gender
  static bool same_person(const Name& form, const Name& name, bool personal);
  static bool extends(const Name& a, const Name& b);
  static bool names_same_organisation(const Name& a, const Name& b);
  int same_person_of(const Mention& m, const Name& name, CandidateList candidates) const;
  int best_match(const Mention& m, const Name& name, CandidateList candidates) const;
  static std::string fold(std::string_view s);
  // Fills *spans with the mentions of each entity that `speaks`, in a run of its own, and sets the
  // entity's Entity::mentions_first and mentions_last.
  void gather_mentions(const std::vector<bool>& speaks, std::vector<Entity>* entities, std::vector<ByteSpan>* spans) const;

  std::string_view text_;
  const Tokens& tokens_;
  const TokenArray toks_;  // tokens_.tokens, read with no load of the vector's address (tokens.h)
  const MentionReader& reader_;
  std::vector<Info> infos_;
  // A resolved name mention, as later lookups need it: 12 bytes, not a Mention's 32 (a long text has a
  // name per few dozen tokens). It lies in one sentence, so its tokens are counted in a byte.
  struct NameMention {
    uint32_t first;
    int entity;
    uint8_t name_offset;  // name_first - first
    uint8_t length;       // last - first
    size_t name_first() const { return first + name_offset; }
    size_t last() const { return first + length; }
  };
  static_assert(kMaxSentenceTokens <= UINT8_MAX, "NameMention counts a sentence's tokens in a byte");
  bool qualifies_next(const NameMention& n) const;  // a name before a title or possessive ("Putin aide")
  // The first of names_ that ends after token `t`, or names_.end(): a search (names_ is in text order,
  // and names do not overlap) from the answer before (last_name_found_).
  std::vector<NameMention>::const_iterator first_name_ending_after(size_t t) const;
  // The name that opens sentence `sentence` (SIZE_MAX: none), its subject, or nullptr.
  const NameMention* opening_name(size_t sentence) const;
  bool role_names_places_of(const Mention& m, std::string_view role) const;
  bool names_description(const NameMention& name, const Mention& m) const;  // see resolve_description()
  bool kin_of_pronoun(size_t first, size_t last) const;  // whether role [first, last) is "colleague" of "her colleague"
  bool only_qualifies(size_t last) const;  // whether a role that ends at token `last` ("former") is none
  bool after_place_word(size_t first) const;  // whether "in", "at" or "for" (and a determiner) precede token `first`
  // Whether a verb's object or an adjective's noun starts at token `first`: "doesn’t carry [Sailor Crisps]"
  bool after_verb_or_adjective(size_t first) const;
  static bool names_place_or_thing(const Name& name);  // "New York", "Wall Street", "Girl Scouts of America"
  std::vector<NameMention> names_;  // every resolved name mention, in text order
  mutable size_t last_name_found_ = 0;  // the index first_name_ending_after() found last
  // Every speaker mention resolve() resolved, with its entity, in the order resolved: finish() gives each
  // entity its own run at its final size, where a list per entity grown mention by mention regrew often.
  struct SpeakerMention {
    int entity;
    ByteSpan span;
  };
  std::vector<SpeakerMention> speaker_mentions_;
  // The entities of each name word (a view of the text, whatever its case), as a list linked from the
  // latest: all words' lists in one vector, not a vector per word.
  struct WordEntity {
    int entity;
    int earlier;  // index of the word's entry before this one, -1 for its first
  };
  std::vector<WordEntity> word_entities_;
  // Each name word's latest entry in word_entities_, in a flat open-addressed table: words that are
  // equal but for the case of ASCII letters share a slot. A node-based map allocated a node per word and
  // hashed through a functor per lookup; this table is one vector, at most half full.
  struct WordSlot {
    std::string_view word;
    uint32_t hash;    // folded_hash(word)
    int latest = -1;  // -1: an empty slot (a word's slot always has an entry)
    int id;           // the count of words inserted before it: its index in word_list_lengths_
  };
  std::vector<WordSlot> word_slots_;
  std::vector<int> word_list_lengths_;  // each word's entries in word_entities_, by WordSlot::id
  uint32_t folded_hash(std::string_view word) const;  // `word`: a view of the text
  size_t word_slot(std::string_view word, uint32_t hash) const;  // its slot, or the empty one it would take
  WordSlot& slot_of_word(std::string_view word);                  // inserted if new
  // Every name form, by its first and last words together (name_hash()), in chains like the words' but
  // in buckets by the hash's low bits (eight times as many as the entries, at least: with twice as many,
  // the entries of other names that share a bucket mispredicted a quarter of sole_same_person()'s
  // tests of a hash): sole_same_person() finds there the forms that may be of the same person as a
  // name, without listing all the entities that share a word with it.
  struct NameEntry {
    uint32_t hash;
    int entity;
    int form;     // in name_forms_
    int earlier;  // the bucket's entry before this one, -1 for its first
  };
  std::vector<NameEntry> name_entries_;
  std::vector<int> name_buckets_ = std::vector<int>(64, -1);  // each bucket's latest entry, -1: none
  // The entity of each description (resolve_description()) and unresolved pronoun, by its key, in a
  // flat open-addressed table as word_slots_: keys equal but for the case of ASCII letters share a slot.
  // A node-based map of lower-cased copies allocated a node per key and a copy per lookup of a long one.
  struct DescriptionSlot {
    std::string_view key;  // a view of the text, or of pronoun_keys_
    uint32_t hash;         // description_hash(key)
    int entity = -1;       // -1: an empty slot
  };
  std::vector<DescriptionSlot> description_slots_;
  size_t descriptions_ = 0;                      // the slots taken
  std::forward_list<std::string> pronoun_keys_;  // unresolved pronouns' lower-cased forms, which stay in place
  size_t description_slot(std::string_view key, uint32_t hash) const;  // its slot, or the empty one it would take
  DescriptionSlot& slot_of_description(std::string_view key);          // taken if new: its entity is the caller's to set
  std::vector<int> candidates_;                                 // candidates()' answer, reused: its size fixed
  std::vector<int> same_person_candidates_;                     // likewise
  uint32_t candidates_calls_ = 0;
};

}  // namespace whosaid

#endif  // WHOSAID_ENTITIES_H_
