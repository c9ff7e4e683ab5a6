// Mentions: the noun phrases that can name a speaker, found by reading tokens left or right from a
// point (a reporting verb) without a parser.
//
//   [US President] [Donald Trump]     role words, then a capitalised name
//   [Putin aide] [Yuri Ushakov]       a capitalised modifier and a title make the role
//   Mr. [Obama]                       honorifics are dropped from the name but give a gender
//   the [former president]            a description: no name, the role is the whole phrase
//   officials / a source / he / it    groups, unnamed people, pronouns
//   six in 10 / 46 percent of voters  a share of people, read only where a clause starts
//   [Tim Kaine] of Virginia           a person's name ends before the place they are from
//   [Ann Toft], an analyst at Westbrook Capital
//                                     an appositive with an article after a name is its role (or a
//                                     title: "country director for …"), up to a relative clause;
//                                     in one, the words after "as": "who works as a nurse"
//   Rosa Lind and Uzo Okafor          two people's names joined by "and": one group that speaks
//   union members and leaders         a group joined by "and" to a phrase that opens the clause: one group
//   World Travel and Tourism Council  names joined before an organisation's word: one organisation
//
// A Mention records the whole phrase and where its name starts, so the entity stage can use the name
// for coreference and the rest for the role.
#ifndef WHOSAID_MENTIONS_H_
#define WHOSAID_MENTIONS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "out_of_line.h"
#include "tokens.h"

namespace whosaid {

enum class MentionType : uint8_t { kName, kPronoun, kDescription };

// 32 bytes, token indices in 32 bits (a text has fewer than 2^32 tokens; see tokens.h): a long text
// holds a name mention per few dozen tokens.
struct Mention {
  uint32_t first = 0;       // first token of the phrase
  uint32_t last = 0;        // one past its last token
  uint32_t name_first = 0;  // first token of the name (== last when there is no name)
  MentionType type = MentionType::kName;
  char gender = '?';      // m, f, p (plural), n (neuter), ? (unknown)
  bool organization = false;  // the phrase names an organisation ("the State Department")
  bool group = false;         // a group of people ("officials", "critics")
  int entity = -1;            // set by the entity stage
  // The relative pronoun the phrase was reached through ("Ines Varga, who said …"), or -1. It is the
  // local mention of the speaker; the phrase says who that is.
  int relative = -1;
  // A role said apart from the name ("the city’s transport director, Samuel Okafor"): tokens
  // [role_first, role_last), empty when the role is the words before the name.
  uint32_t role_first = 0;
  uint32_t role_last = 0;

  // The tokens that mention the speaker where the verb is: the relative pronoun, else the phrase.
  size_t local_first() const { return relative >= 0 ? static_cast<size_t>(relative) : first; }
  size_t local_last() const { return relative >= 0 ? static_cast<size_t>(relative) + 1 : last; }
};
static_assert(sizeof(Mention) == 32, "a long text holds many mentions");

// Whether `w` is one of `lower_case_words`, ignoring the case of ASCII letters ("He", "HE", "he").
// (is_any_of() takes the word's bytes and the words as numbers: in the WebAssembly build, where it is a
// call (mentions.cc), a std::string_view or initializer_list argument is written to the stack and passed
// by its address, which had made each call site larger: the .wasm 2 KB smaller gzipped this way.)
bool is_any_of(const char* w, size_t size, const std::string_view* lower_case_words, size_t count);
inline bool is_any(std::string_view w, std::initializer_list<std::string_view> lower_case_words) {
  return is_any_of(w.data(), w.size(), lower_case_words.begin(), lower_case_words.size());
}
// Words kept in a static constexpr ScreenedWords (screened_words()), as the readers called most often
// keep them: in the WebAssembly build an initializer_list's array is built on the stack at every call
// (copied in with memcpy when it is long), a static one is not. And most words are none of the list's
// by their size or first letter alone, told by two bit masks made when compiling, with no call and no
// loop over the words (is_any_of() had been the wasm engine's largest gap against native).
template <size_t N>
struct ScreenedWords {
  std::string_view words[N];
  uint32_t sizes = 0;     // bit n: a word of n bytes (n < 32)
  uint32_t initials = 0;  // bit (b | 0x20) & 31 of each word's first byte b: either case of a letter alike
  // Whether `w` may be one of the words: a word of the same size and the same first byte, folded.
  bool may_hold(std::string_view w) const {
    return w.size() < 32 && (sizes >> w.size() & 1) && (initials >> ((w[0] | 0x20) & 31) & 1);
  }
};

// Not constexpr: screened_words() of an empty word, or of one of 32 bytes or more, fails to compile.
inline void not_a_screened_word() {}

template <size_t N>
constexpr ScreenedWords<N> screened_words(const std::string_view (&lower_case_words)[N]) {
  ScreenedWords<N> list{};
  for (size_t k = 0; k < N; ++k) {
    const std::string_view w = lower_case_words[k];
    if (w.empty() || w.size() >= 32) not_a_screened_word();
    list.words[k] = w;
    list.sizes |= uint32_t{1} << w.size();
    list.initials |= uint32_t{1} << ((w[0] | 0x20) & 31);
  }
  return list;
}

template <size_t N>
bool is_any(std::string_view w, const ScreenedWords<N>& list) {
  return list.may_hold(w) && is_any_of(w.data(), w.size(), list.words, N);
}

// The description [first, last): a phrase read as a speaker with no name in it.
Mention plain_description(size_t first, size_t last);

// Reads the text through tokens with the lexicons at hand.
class MentionReader {
 public:
  // Marks the reporting verbs among the tokens (Token::cue) first: readers ask is_cue() of a token
  // many times, and the answer depends on the words around it. Likewise the words that can be names
  // (is_name_word()), in a bit per token of its own.
  MentionReader(std::string_view text, Tokens& tokens);

  // The speaker phrase that ends just before token `end` (exclusive), read right to left:
  // "Trump has said" -> reads back from "has". Skips reporting-clause modifiers, a year or a month
  // after "in" before a verb ("a panel in 2001 found"), a trailing appositive ("Kamarck, a veteran of
  // ..., said") and a bracketed party tag ("(D-Vt.)").
  std::optional<Mention> phrase_before(size_t end, size_t sentence_first) const;
  // The speaker phrase that starts at token `begin`, read left to right: "said [Priya Nair], who...",
  // with the role of an appositive after a name: "said Priya Nair, an analyst at Westbrook Capital.".
  std::optional<Mention> phrase_at(size_t begin, size_t sentence_last) const;
  // The source after "according to" at token `begin`: a speaker phrase, else whatever noun phrase runs
  // to the next comma or the sentence's end ("according to a count by The Associated Press").
  std::optional<Mention> source_after_according_to(size_t begin, size_t sentence_last) const;
  // The noun that heads the phrase [first, last), for the entity resolver: its last word, or the word
  // before its first preposition or post-modifier -- "a member of the board", "a commissioner on the
  // Council", "attorneys for the family", "sources close to the talks", "a person familiar with the plans";
  // past the "of" of a word of quantity ("a number of experts": "experts").
  size_t head_noun(size_t first, size_t last) const;
  // Speaker phrases no lexicon knows, read by their place alone (a few words, no comma, quote or verb):
  // the words that open a sentence at `sentence_first` up to its verb at `verb` ("Almost half of
  // respondents said …"), and the words after a verb up to the sentence's end ("…, said several
  // observers."; words_to_end(), which also reads a name after a comma as the speaker and the words
  // before it as the role: "…, said a local farmer, Ann Toft.").
  // `after_introduction`: the words follow an introduction's comma ("In May, a spokesman …"), so the
  // first of them need not be capitalised.
  std::optional<Mention> opening_noun_phrase(size_t sentence_first, size_t verb, bool after_introduction = false) const;
  // A share of people that ends just before token `end`, read right to left: "Six in 10", "nearly nine
  // out of 10 voters", "46 percent of them", "a third", "most of the workers", "43", "another". Only
  // where a clause starts before it (the sentence's start, a comma, "and", "but", "that", ...): then it
  // is the subject of the verb at `end`, a group of unnamed people.
  std::optional<Mention> share_before(size_t end, size_t floor) const;
  std::optional<Mention> words_to_end(size_t first, size_t end) const;
  // The name after the comma at token `comma`, read up to `end`, with the words [first, comma) as its
  // role: "the union’s regional secretary, Mark Ellison", "a local farmer, Ann Toft". Nothing when no
  // name follows. Where the name must end is the caller's to say.
  std::optional<Mention> name_after_role(size_t first, size_t comma, size_t end) const;
  // The names `first` and the one after its "and", read left to right as a group ("Mr. Grassley and
  // Mr. Leahy said"), or nothing. (phrase_before() reads such a pair right to left itself.)
  std::optional<Mention> joined_names_from(const Mention& first, size_t end) const;
  // A determiner and a few words that no lexicon knows, tokens [first, last): "the shipping tycoon"
  // before "told", "the baker" after "said". The caller knows the place makes them a speaker.
  std::optional<Mention> short_description(size_t first, size_t last) const;
  // Every capitalised name outside quotes, in text order, from paragraph `first_paragraph` on (a
  // headline's title case makes no names), given to `f` one by one: the antecedents for coreference.
  // Not gathered first: a long text holds a name per few dozen tokens, and a vector of them all had
  // been the engine's peak of memory, with the tokens.
  void for_each_name(int first_paragraph, const std::function<void(const Mention&)>& f) const;

  // No bounds check, as substr() would make: a token lies in the text.
  std::string_view word(size_t i) const { return {text_.data() + toks_[i].begin, toks_[i].end - toks_[i].begin}; }
  bool in(size_t i, Lex id) const { return toks_[i].lexicons & bit(id); }
  // A reporting verb used as one here.
  bool is_cue(size_t i) const { return toks_[i].cue; }
  // Token i's entry in the reporting-verb lexicon (its lemma and tags), or nullptr: a bit test first.
  const LexiconEntry* cue_entry(size_t i) const {
    if (!in(i, Lex::kCueVerbs)) return nullptr;
    if (i != last_cue_.token) last_cue_ = {i, lexicon(Lex::kCueVerbs).find(word(i))};
    return last_cue_.entry;
  }
  // A reporting verb of speech (said, told, added), not of stance (believed, endorsed).
  bool is_speech_cue(size_t i) const;
  // Of the entry of a reporting verb (or null): whether it is a verb of speech.
  static bool is_speech_verb(const LexiconEntry* e) { return e && !e->has(kTagStance); }
  // A reporting verb that can take a listener before what was said ("told reporters that").
  bool takes_listener(size_t i) const;
  // "Trump’s claim", "her statement": a reporting noun owned by its speaker. The owner, or nothing.
  // Inline, the tests that turn most tokens away first.
  std::optional<Mention> owner_of_cue_noun(size_t i, size_t floor) const {
    if (i <= floor || toks_[i].in_quote || !in(i, Lex::kCueNouns)) return std::nullopt;
    return owner_of(i, floor);
  }
  bool is_modifier(size_t i) const;
  bool in_time_phrase(size_t i) const;
  size_t capitalised_run_start(size_t i) const;
  // Whether the reporting word at `i` is the plural noun "one of the …" still needs: "one of the
  // leading academic voices", a determiner after "one of" and no plural or function word between.
  bool completes_one_of(size_t i) const;
  bool plural_verb_after_adverb(size_t i) const;
  bool plural_noun_before_verb(size_t k) const;
  bool object_her(size_t k) const;
  bool looks_like_participle(size_t i) const;
  // Whether "into question" follows the form of "call" at `i`, past a short object: "calls that into question".
  bool calls_into_question(size_t i) const;
  std::optional<Mention> joined_names(const Mention& second, size_t floor) const;
  std::optional<Mention> joined_groups(const Mention& second, size_t floor) const;
  std::optional<Mention> joined(const Mention& first, const Mention& second) const;
  static Mention both_names(const Mention& first, const Mention& second);
  std::optional<Mention> one_organization(const Mention& first, const Mention& second) const;
  bool span_has(const Mention& m, std::string_view w) const;  // a token of m is w
  std::optional<Mention> person_from(size_t floor, size_t verb) const;
  std::optional<Mention> author_before(const Mention& m, size_t floor) const;  // "Lind in a blog post said"
  std::optional<Mention> past_home(const Mention& place, size_t floor, int depth) const;
  // Whether the phrase at token `first` is the object of a relative clause's verb, which a relative
  // pronoun opens a few words before it: "who runs [Westbrook Capital]", "which owns [the Gazette]".
  bool relative_object(size_t first, size_t floor) const;
  // Whether the comma at token `c` joins a place's parts after a preposition: "in Aurora, Colorado, …".
  bool place_comma(size_t c, size_t floor) const;
  bool is_function_word(size_t i) const;  // a lexicon function word, unless written as an acronym (US)
  bool is_past_form(size_t i) const;  // a reporting verb's past form: "said", "noted", not "says", "talks"
  bool is_base_form(size_t i) const;  // a reporting verb's base form: "say", "show", not "says", "said"
  bool is_year_or_month(size_t i) const;  // "2001", "April"
  bool is_participle(size_t i) const;  // a word in -ing: "saying", "Speaking"
  bool is_adverb(size_t i) const;  // "surprisingly", "Manually": an adverb's ending no noun has
  bool is_count(size_t i) const;  // "six", "10", "Sixty-two"
  bool is_form_of_be(size_t i) const;  // "is", "was", "were", "are", "be", "been", "being", "’re", "’m", in lower case
  bool is_auxiliary(size_t i) const;  // "is", "was", "will", "has", "can", "did", ...: a verb that makes a clause
  bool is_org_word(size_t i) const;
  bool is_document(size_t i) const;  // "statement", "tweet", "poll": org_words.txt's words tagged doc
  bool names_organisation(size_t i) const;  // "White" of "the White House"; not "Former"
  bool is_head_noun(size_t i) const;  // a word that can end a description: "officials", "senator", "ministry"
  bool is_title(size_t i) const;      // "president", "senator", "aide" (titles.txt)
  // The TagFlag bits of a noun that heads a description (group_nouns.txt): kTagGroup, kTagPerson or
  // kTagOrg; 0 for any other word.
  uint8_t group_noun_flags(size_t i) const;
  bool is_age(size_t i) const;        // "52-year-old": an age that can head a description
  // Whether [first, last) opens with a name (after honorifics and titles) or a pronoun and its verb: "Trump
  // went after Bush", "Ms. Alvarez tried", "Senator Ines Varga met".
  bool opens_clause(size_t first, size_t last) const;
  // Whether [first, last) has an auxiliary of its own, not in a relative clause: "the plant is hanging
  // on" is a clause; "a veteran who has run two campaigns" is a noun phrase.
  bool has_own_verb(size_t first, size_t last) const;
  bool comma_in(size_t first, size_t last) const;  // whether a comma outside quotes is among [first, last)
  bool is_acronym(size_t i) const;
  // A web page's own words at a sentence start: "Check out the trailer …", "Click here …", "VIDEO:".
  bool is_page_word(size_t i) const;
  // One past the last token of a name mention's name: its end, or the "of" of a place after a given
  // name and a surname ("Sen. Tim Kaine of Virginia" is Tim Kaine, whom "Kaine" names later).
  size_t name_last(size_t name_first, size_t last) const;
  size_t name_last(const Mention& m) const { return name_last(m.name_first, m.last); }
  // Whether the name that starts at token `first` (a sentence starting at `floor`) follows a person's
  // title and "at": "an analyst at Fairview Capital", "a fellow at the Hoover Institution", where they
  // work.
  bool names_workplace(size_t first, size_t floor) const;
  // The first token from `from` on, before `end`, that find_claims() reads closer: outside quotes, a
  // reporting verb (is_cue()), a reporting noun, or "according" ("According"); `end` if none. By a bit
  // per token the constructor works out, where a test of each token's flags had mispredicted at quotes'
  // bounds and at the tokens found.
  size_t next_claim_word(size_t from, size_t end) const;
  // The number of tokens in [first, last) inside quotes, by a bit per token.
  size_t quoted_in(size_t first, size_t last) const;
  // Whether tokens [first, last) are words or numbers outside quotes and none is a reporting verb.
  bool plain_words(size_t first, size_t last) const;

 private:
  // phrase_before(): "…, sources close to X said", "…,” sources close to X said"
  size_t comma_before_phrase(size_t first, size_t floor) const;
  size_t before_dashed_aside(size_t end, size_t floor) const;  // where "-- who … --" before `end` opens
  bool in_title_case_headline(size_t i) const;  // reads_as_cue(): a capitalised verb in a headline
  bool reads_as_cue(size_t i) const;  // whether a cue verb lexicon word is used as one: what is_cue() says
  std::optional<Mention> owner_of(size_t i, size_t floor) const;  // owner_of_cue_noun() for a cue noun
  bool first_name_then_place_word(size_t floor, size_t verb) const;  // person_from()'s test of token bits
  // Whether token i can be a word of a name: a bit the constructor works out once per token
  // (reads_as_name_word()). The readers ask it of the same tokens many times, and for_each_name() finds
  // the names by these bits alone, a block of 64 tokens at a time, where a test of every capitalised
  // token had mispredicted at most of them.
  bool is_name_word(size_t i) const { return (name_words_[i / 64] >> (i % 64)) & 1; }
  // What is_name_word() says of a token that may be a name word by its own flags and lexicons (see the
  // constructor), from its word. Inline, in the constructor, the one caller (mentions.cc): a call for
  // each capitalised word had cost ~10 instructions.
  inline bool reads_as_name_word(size_t i) const;
  // The first token from `from` on that is_name_word(), or the token count.
  size_t next_name_word(size_t from) const;
  // The first token from `from` on that is not, or `limit` if that is nearer (`from` if past it).
  size_t name_run_end(size_t from, size_t limit) const;
  // Whether token i is one of `words`, each of them a function word (function_words.txt): the token's
  // lexicon bit turns most tokens away before the words are compared, comparisons whose branches on
  // the words' sizes mispredicted often.
  WHOSAID_INLINE_IN_WASM bool is_any_function_word(size_t i, std::initializer_list<std::string_view> words) const {
    return in(i, Lex::kFunctionWords) && is_any(word(i), words);
  }
  // The same of words kept in a ScreenedWords, for a reader that asks at every word of a phrase: most
  // function words differ from the words in size or first letter and are turned away with no call of
  // is_any_of(), a call in the WebAssembly build (natively the screen costs what the inline compares did).
  template <size_t N>
  bool is_any_function_word(size_t i, const ScreenedWords<N>& words) const {
    return in(i, Lex::kFunctionWords) && is_any(word(i), words);
  }
  // "Tony-winning", "Harvard-trained", "Chicago-born": a capitalised word made a modifier by its
  // lower-case participle after a hyphen, never a name.
  static bool is_hyphenated_modifier(std::string_view w);
  bool ends_org_name(size_t i) const;       // "Watch" of "Human Rights Watch": no function word there
  bool is_adverb_after_subject(size_t i) const;
  bool document_from(size_t first, size_t floor) const;
  std::optional<Mention> phrase_before_at_depth(size_t end, size_t floor, int depth) const;
  Mention pronoun_mention(size_t i) const;  // token i, gender from the pronoun lexicon
  std::optional<Mention> noun_phrase_after_introduction(size_t floor, size_t verb) const;
  std::optional<Mention> noun_phrase_after_quote(size_t floor, size_t verb) const;
  std::optional<Mention> speaker_phrase_from(size_t first, size_t verb) const;
  bool is_connector(size_t i) const;
  static bool has_particle(std::string_view tag, std::string_view w);  // w is one of the tag's +particles
  size_t count_start(size_t h, size_t floor) const;  // for share_before()
  // Tokens i..i+2 are a nickname in quotation marks that are no quote (quotes.h): Robert “Bobby” Scott.
  bool is_nickname(size_t i) const;
  bool is_person_noun(size_t i) const;  // one person by role: "spokesman", "niece", "voter"
  bool looks_like_occupation(size_t i) const;
  bool is_determiner(size_t i) const;
  bool is_possessive(size_t i) const;
  bool is_qualifier(size_t i, size_t last) const;
  std::optional<Mention> sentence_opening_description(size_t head, size_t cue, size_t floor) const;
  Mention describe(size_t first, size_t name_first, size_t last) const;
  void read_role_after(Mention* m, size_t last) const;
  bool opens_role(size_t i, size_t end) const;
  size_t role_after_as(size_t who, size_t end) const;
  bool heads_person_role(size_t first, size_t last) const;
  size_t past_office(size_t name_first, size_t last) const;
  size_t extend_role_left(size_t first, size_t floor) const;
  bool heads_role(size_t i) const;
  bool is_role_modifier(size_t i) const;
  size_t lower_case_role_start(size_t first, size_t floor) const;
  size_t role_start_after_comma(const Mention& m, size_t floor) const;  // for phrase_before()
  std::optional<Mention> subject_before_who(size_t floor, size_t end) const;  // for phrase_before()
  bool is_plain_lower_case(size_t i) const;
  bool owner_before_noun(size_t k, size_t verb) const;  // for opening_noun_phrase()
  bool number_after_determiner(size_t k) const;  // for opening_noun_phrase()
  bool quantifier_after_of(size_t k) const;  // for opening_noun_phrase(): "leaders of both parties"
  bool opens_noun_phrase(size_t i) const;

  std::string_view text_;
  const Tokens& tokens_;
  const TokenArray toks_;  // tokens_.tokens, read with no load of the vector's address (tokens.h)
  // cue_entry()'s last answer: the stages ask of the same verb several times in a row (a lookup each,
  // which had been a per-cent of the engine's time). Mutable: a reader serves one extract(), in one thread.
  struct CueEntry {
    size_t token;
    const LexiconEntry* entry;
  };
  mutable CueEntry last_cue_ = {SIZE_MAX, nullptr};
  // is_name_word() of each token, bit i % 64 of word i / 64: 1 bit a token.
  std::vector<uint64_t> name_words_;
  std::vector<uint64_t> claim_words_;  // next_claim_word() of each token, as name_words_
  std::vector<uint64_t> quoted_;       // Token::in_quote of each token, as name_words_
};

}  // namespace whosaid

#endif  // WHOSAID_MENTIONS_H_
