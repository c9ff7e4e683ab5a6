#include "claims.h"

#include <cstring>
#include <optional>

#include "out_of_line.h"

namespace whosaid {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kMaxLabel = 5;        // tokens in a speaker label before a colon: "Paul Ryan:"
constexpr size_t kMaxListener = 12;    // tokens from a listener to "that": "told the Varna Gazette and Courier on Saturday that"
// Tokens of a setting before "that": "said in an interview with the Harbour Gazette last week that".
constexpr size_t kMaxSetting = 12;
constexpr size_t kMinClaimTokens = 3;  // shorter "claims" are objects ("denied it"), not statements
constexpr size_t kMaxInvertedSpeaker = 6;  // tokens of the speaker after an inverted verb: "said Rosa Lind"
constexpr size_t kMaxIntroduction = 12;  // tokens of an introductory phrase before a sentence's subject
constexpr size_t kMaxInnerSubject = 10;  // tokens of a subject read by its place inside a sentence
constexpr size_t kMaxSettingBeforeSource = 4;  // "In addition, according to X, CLAUSE": the setting of CLAUSE
constexpr size_t kMaxMadeToAct = 6;      // tokens of whom a verb made act: "led [the harbour's chief engineer] to say"
constexpr size_t kMaxTime = 3;           // tokens of a time: "in early June", "last week", "on Monday"
constexpr size_t kMaxContinued = 150;    // tokens of typewriter-quoted sentences after a reporting clause
// Claims handed to the sink at once: enough that the finder's code and the sink's each stay in the
// instruction cache for a while (find_claims() in claims.h).
constexpr size_t kBatch = 256;

// A listed word has fewer bytes than this (word_list() says so when one has not).
constexpr size_t kMaxListedWord = 16;

// A word of fewer than 16 bytes as two numbers: its bytes from the lowest (little-endian, as on every
// target), zero-padded. Two words are the same when their numbers are.
struct PackedWord {
  uint64_t low = 0;
  uint64_t high = 0;
};

// By a word's size (below kMaxListedWord), the bits of a PackedWord that its bytes fill.
constexpr struct PackedMasks {
  PackedWord of[kMaxListedWord];
  constexpr PackedMasks() : of() {
    for (size_t n = 0; n < kMaxListedWord; ++n)
      for (size_t k = 0; k < n; ++k) (k < 8 ? of[n].low : of[n].high) |= uint64_t{0xFF} << (8 * (k % 8));
  }
} kPackedMasks;

// By a word's size up to 8 (8: 8 or more), the masks that make ClaimFinder::packed_short() of its first
// eight bytes: the bits of its bytes kept (keep), and none set (set) -- or for a word of 8 bytes or more,
// all set, as no word of a list reads.
constexpr struct ShortWordMasks {
  struct Masks {
    uint64_t set = 0;
    uint64_t keep = 0;
  } of[9];
  constexpr ShortWordMasks() : of() {
    for (size_t n = 0; n < 8; ++n) of[n].keep = kPackedMasks.of[n].low;
    of[8] = {~uint64_t{0}, ~uint64_t{0}};
  }
} kShortWordMasks;

constexpr PackedWord packed(std::string_view w) {
  PackedWord p;
  for (size_t k = 0; k < w.size(); ++k)
    (k < 8 ? p.low : p.high) |= uint64_t{static_cast<unsigned char>(w[k])} << (8 * (k % 8));
  return p;
}

// A long list of words for ClaimFinder::is(), made when the engine is compiled: its words packed, and
// a table of 64 slots, each naming the one word (if any) whose hash falls in it -- a hash without
// collisions among the list's words, found then by trying seeds. A token is in the list when it is the
// word of its slot: a hash, a load and two compares, with no branch. Not an initializer_list, whose
// array GCC 12 builds on the stack at every call (two stores a word), nor string compares (a memcmp()
// call each), nor a loop over the words of the token's length, whose exit mispredicted 11K times a dev
// pass. (Shorter lists are compared inline: see ClaimFinder::is().)
constexpr size_t kListSlots = 64;

template <size_t N>
struct WordList {
  static_assert(N < kListSlots / 2, "a longer list needs more slots to hash without collisions");
  PackedWord words[N + 1];         // words[0] is no word: zero, as no token of a byte or more packs
  uint8_t slot_word[kListSlots];   // the index in words of the word in each slot; 0 where none
  uint64_t seed = 0;
};

// The slot of a packed word, given a list's seed: the top bits of a multiplicative hash.
constexpr size_t list_slot(const PackedWord& p, uint64_t seed) {
  return static_cast<size_t>(((p.low ^ (p.high * 0x9E3779B97F4A7C15u)) * seed) >> 58);  // 64 slots: 6 bits
}

// Not constexpr: word_list() of a word too long, or one whose words no seed tried hashes apart, fails to
// compile.
inline void word_too_long_for_a_word_list() {}
inline void no_seed_hashes_the_words_apart() {}

template <size_t N>
constexpr WordList<N> word_list(const std::string_view (&words)[N]) {
  WordList<N> list{};
  for (size_t k = 0; k < N; ++k) {
    if (words[k].empty() || words[k].size() >= kMaxListedWord) word_too_long_for_a_word_list();
    list.words[k + 1] = packed(words[k]);
  }
  for (uint64_t tried = 0; tried < 1000; ++tried) {  // (the lists below need 120 at most)
    const uint64_t seed = ((tried + 1) * 0x9E3779B97F4A7C15u ^ 0xD6E8FEB86659FD93u) | 1;  // odd, unrelated
    uint64_t taken = 0;
    bool apart = true;
    for (size_t k = 1; k <= N && apart; ++k) {
      const uint64_t slot_bit = uint64_t{1} << list_slot(list.words[k], seed);
      apart = !(taken & slot_bit);
      taken |= slot_bit;
    }
    if (!apart) continue;
    list.seed = seed;
    for (size_t k = 1; k <= N; ++k) list.slot_word[list_slot(list.words[k], seed)] = static_cast<uint8_t>(k);
    return list;
  }
  no_seed_hashes_the_words_apart();
  return list;
}

// The days and times of day that may close a setting ("in an interview on Monday") or a time that a
// "when" describes ("on Friday, when …").
constexpr auto kDaysAndTimesOfDay = word_list({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "night", "morning",
    "afternoon", "evening", "today", "yesterday"});

// [[gnu::hot]] on verb(), clause_start(), clause_end() and add(), run at every reporting verb, places them
// beside the MentionReader's hot phrase readers they call (mentions.cc says why): dev x10, 3K fewer I1
// misses and 20K fewer mispredicts.
class ClaimFinder {
 public:
  ClaimFinder(const MentionReader& reader, const Tokens& tokens, bool doubtful, const ClaimSink& sink)
      : r_(reader), toks_(tokens.tokens), sentences_(tokens.sentences), sink_(sink), propose_more_(doubtful) {
    if (!toks_.empty()) {
      const std::string_view last = r_.word(toks_.size() - 1);
      text_end_ = last.data() + last.size();
    }
  }

  void run() {
    for (const Sentence& s : sentences_) {
      sentence(s, static_cast<uint32_t>(&s - sentences_.data()));
      if (found_.size() >= kBatch) flush();
    }
    flush();
  }

 private:
  void flush() {
    if (found_.empty()) return;
    sink_(found_);
    found_.clear();
  }

  std::string_view word(size_t i) const { return r_.word(i); }
  bool outside(size_t i) const { return !toks_[i].in_quote; }
  // Whether token `i` is one of `words`, as they are written (case counts). The words are string
  // literals, whose lengths are known when compiling: each compare is a few instructions inline. (An
  // initializer_list of string_views had its array built on the stack at every call, and called
  // memcmp() for every word of the token's length.) Long lists are WordLists.
  template <size_t... N>
  bool is(size_t i, const char (&... words)[N]) const {
    const std::string_view w = word(i);
    if constexpr (((N == 2) && ...)) {
      // Marks of one byte (",", "-"): the token's first byte, which every token has, is read whatever
      // its size, and the two tests joined by bitwise &, one branch: a branch on the size first had
      // mispredicted at the other tokens of one byte (periods, quotation marks).
      const char c = w[0];
      return (w.size() == 1) & (... | (c == words[0]));
    }
    return (... || equals(w, words));
  }
  // Whether a word packed by packed_short() is one of `words`, each of fewer than 8 bytes: a compare
  // of numbers each, with no branch.
  template <size_t... N>
  static bool is_short(uint64_t packed_word, const char (&... words)[N]) {
    static_assert(((N - 1 < 8) && ...), "a short word has fewer than 8 bytes");
    // (Each compare as an int: clang rejects `|` between bools and a call.)
    return (... | static_cast<int>(packed_word == packed(std::string_view(words, N - 1)).low)) != 0;
  }
  // Whether token `i` is in `list`.
  template <size_t N>
  bool is(size_t i, const WordList<N>& list) const {
    const std::string_view w = word(i);
    return listed(w.data(), w.size(), list.words, list.slot_word, list.seed);
  }
  // Kept out of line: a copy at each list's test cost more in I-cache misses than the calls do. The word
  // comes as its bytes and size, not a std::string_view: the WebAssembly build passes a struct through
  // memory, stored by the caller and loaded back here (a load that waits for the two stores it spans).
  [[gnu::noinline]] bool listed(const char* data, size_t size, const PackedWord* words, const uint8_t* slot_word,
                                uint64_t seed) const {
    if (size == 0 || size >= kMaxListedWord) return false;  // (an empty one would match words[0])
    const PackedWord p = packed_token({data, size});
    const PackedWord& candidate = words[slot_word[list_slot(p, seed)]];
    const bool low = p.low == candidate.low, high = p.high == candidate.high;
    return low & high;
  }
  // packed() of a token's word of fewer than 16 bytes: two loads, masked by the masks of its size,
  // where 16 bytes of the text can be read from it. (The masks are read from a table: GCC had compiled
  // their tests of the size to branches, which mispredicted ~20K times on dev x10.)
  PackedWord packed_token(std::string_view w) const {
    if (text_end_ - w.data() < 16) return packed(w);  // among the text's last bytes
    PackedWord p;
    std::memcpy(&p.low, w.data(), 8);
    std::memcpy(&p.high, w.data() + 8, 8);
    const PackedWord& mask = kPackedMasks.of[w.size()];  // w.size() < kMaxListedWord
    p.low &= mask.low;
    p.high &= mask.high;
    return p;
  }

  // The sentence without its final punctuation (a closing quotation mark stays: it belongs to a quote).
  size_t content_end(const Sentence& s) const {
    size_t e = s.last;
    while (e > s.first && outside(e - 1) && toks_[e - 1].type == TokenType::kPunct &&
           is(e - 1, ".", "!", "?", ":", ";", ",", "…"))
      --e;
    return e;
  }

  // Sentence s, of index `index` in Tokens::sentences.
  void sentence(const Sentence& s, uint32_t index) {
    last_subject_.reset();
    main_verb_ = kNone;
    if (continued_ && !toks_[s.first].paragraph_start) continuation(s);
    continued_.reset();
    const size_t claims = found_.size();
    size_t end = numbered_line(s) ? s.first : content_end(s);
    size_t intro_end = introduction_end(s, end);
    label(s, end);
    if (is(s.first, "In")) poll_opening(s, end);  // (the word first: most sentences open otherwise)
    // The tokens are read through a local pointer: through toks_, the vector's data was loaded again
    // for every token, as the calls below might have changed it (150K instructions a dev pass).
    const Token* const toks = toks_.data();
    SentenceCounts counts;
    counts.quoted = static_cast<uint8_t>(r_.quoted_in(s.first, end));  // after `end`: punctuation outside quotes
    for (size_t c = r_.next_claim_word(s.first, end); c < end; c = r_.next_claim_word(c + 1, end)) {
      const Token& t = toks[c];
      if (is(c, "according", "According") && c + 1 < end && is(c + 1, "to")) {  // no cue
        according_to(s, c, end);
        continue;
      }
      if (t.cue) {
        ++counts.cues;
        verb(s, c, c < intro_end ? intro_end : end);
      } else if ((t.lexicons & bit(Lex::kCueNouns)) && c + 1 < end && is(c + 1, "that")) {  // as noun() asks: first
        noun(s, c, end);
      }
    }
    for (size_t k = claims; k < found_.size(); ++k) {
      found_[k].sentence_quoted = counts.quoted;
      found_[k].sentence_cues = counts.cues;
      found_[k].sentence = index;
    }
    previous_counts_ = counts;
    previous_sentence_ = index;
  }

  // "7  Harbour board vows to cut fares": a paragraph of one line that a number opens and no stop ends, a
  // page's list of links ("most read"), whose headlines the article does not report: no claims.
  bool numbered_line(const Sentence& s) const {
    const Token& first = toks_[s.first];
    if (first.type != TokenType::kNumber || !first.paragraph_start || first.end - first.begin > 2 ||
        s.first + 1 >= s.last || !toks_[s.first + 1].capitalized)
      return false;
    const bool ends_paragraph = s.last == toks_.size() || toks_[s.last].paragraph_start;
    return ends_paragraph && !is(s.last - 1, ".", "!", "?");
  }

  // Claim::sentence_quoted and sentence_cues, counted by sentence() (of at most kMaxSentenceTokens
  // tokens) once for all the claims of the sentence: the claim model had counted them again for each
  // claim.
  struct SentenceCounts {
    uint8_t quoted = 0;
    uint8_t cues = 0;
  };
  static_assert(kMaxSentenceTokens <= UINT8_MAX, "a sentence's counts fit in a byte");

  // Adds the claim [first, last) unless it is empty, too short, mostly a quote, or not a clause; says
  // whether. With a claim model, a claim that opens with a preposition or is shorter than `min_tokens`
  // is proposed all the same, flagged for the model to judge, but reported as not added: the rules go
  // on as without a model.
  // "no group claimed responsibility", "No official said …": a speaker that "no" opens is no one. (Not
  // "None has offered plans", "Nobody opposed him": PolNeAR reads those as stances, train's claims F1
  // 0.5978 -> 0.5976 without them.)
  bool nobody(const Mention& speaker) const {
    // (A lower-case "no" is no determiner of the lexicon: the phrase may start after it.)
    const bool opens = speaker.last > speaker.first + 1 && is(speaker.first, "no", "No");
    return opens || (speaker.first > 0 && speaker.type == MentionType::kDescription && is(speaker.first - 1, "no"));
  }

  // Whether the speaker is "I" inside typewriter marks, its paragraph's marks before it left open:
  // "she said. ''I think it will pass.''" -- the quotation's speaker, not the writer, whom "I" names
  // outside quotes. (Its words are the quotation's already: a kContinued claim, or the reporting
  // clause's after them.)
  bool quoted_i(const Mention& speaker) const {
    if (speaker.last != speaker.first + 1 || !is(speaker.first, "I")) return false;
    bool inside = false;
    for (size_t k = speaker.first; k-- > 0 && speaker.first - k < kMaxContinued;) {
      if (typewriter_pair(k)) {
        inside = !inside;
        if (k > 0 && typewriter_pair(k - 1)) --k;  // three marks: a pair and a single one
      }
      if (toks_[k].paragraph_start) break;
    }
    return inside;
  }

  // Whether the writer asks the claim, ending at `last`, of the reader: "… and did I mention the crossing
  // takes six hours?" -- "I" or "we" after an auxiliary, outside quotes, and a question mark: no statement.
  bool writer_asks(const Mention& speaker, size_t last) const {
    return speaker.last == speaker.first + 1 && speaker.first > 0 && is(speaker.first, "I", "we") &&
           outside(speaker.first) && r_.is_auxiliary(speaker.first - 1) && last < toks_.size() && is(last, "?");
  }

  [[gnu::hot]] bool add(ClaimRule rule, size_t first, size_t last, const Mention& speaker, size_t cue_first, size_t cue_last,
           size_t min_tokens = kMinClaimTokens) {
    static constexpr auto kDoubtfulPrepositions = word_list({
        "in", "to", "as", "when", "about", "at", "with", "by", "after", "before", "during", "while", "from",
        "of", "on", "for", "since", "until", "through", "into"});
    const size_t opened = first;
    while (first < last && toks_[first].type == TokenType::kPunct && outside(first)) ++first;
    while (last > first && toks_[last - 1].type == TokenType::kPunct && outside(last - 1) && is(last - 1, ",", "—", "–", "-"))
      --last;
    if (last <= first || mostly_quoted(first, last) || says_nothing(first, last) || nobody(speaker) ||
        quoted_i(speaker) || writer_asks(speaker, last))
      return false;
    uint8_t flags = 0;
    // "denied it", "said in an interview on the radio" (what is left after the setting), "Earlier,
    // Trump said": mostly no statement to read, but "endorsed Rubio" is a stance. An answer is a whole
    // statement: "Asked if the ferry should run, 46 percent said yes."
    if (last < first + min_tokens && !(last == first + 1 && is(first, "yes", "no"))) flags |= kClaimShort;
    // "laughed and said": the next verb's, always -- unless typewriter marks open it, quoted words going
    // on ("''…,'' Lind said, ''and the fares will rise.''").
    if (is(first, "and", "but", "or", "then") && !(first > opened && is_typewriter_mark(first - 1))) return false;
    // (After "that", a clause may open with its own setting: "said that on a trip to Oslo, he …", "said
    // that, since then, …".)
    if (is(first, kDoubtfulPrepositions) &&
        !(is(first, "to") && first + 1 < last && infinitive_follows(first + 1)) &&
        // ("about 40 percent", "about half": "about" rounds a count, and opens no topic.)
        !(is(first, "about") && first + 1 < last && (r_.is_count(first + 1) || is(first + 1, "half"))) &&
        !(first > cue_last && (is(first - 1, "that") || (is(first - 1, ",") && first > cue_last + 1 &&
                                                               is(first - 2, "that")))) &&
        !interrupts(rule, first, speaker, cue_last))
      flags |= kClaimPreposition;
    // A clause that opens with a preposition is doubtful: "spoke about the plan", "pointed to the vote"
    // report something, but "said in his interview", "told reporters after the meeting", "added as she
    // left" only say where or when.
    // "did not respond to requests for comment": the request, not an answer.
    if (is(first, "to") && mentions_request(first + 1, last)) return false;
    // "released the following statement", "issued a statement": the statement comes after; "spoke on
    // condition of anonymity": how, not what.
    if (only_statement_noun(first, last) || anonymity(first, last)) return false;
    first = past_statement_saying(first, last);
    // "Asked about her emails, Lind said …", "asked about it in an interview": the speaker was asked, or
    // asked only what about -- no statement either way.
    if (is(first, "about") && is_form_of(cue_last - 1, "ask")) return false;
    // "spoke to reporters", "spoke with the host", "spoke for 77 minutes", "spoke at the convention",
    // "speaking by phone from Paris": to whom, how long, where or how, not what ("spoke about …", "spoke
    // of …", "spoke at length about …" say what).
    if (speaks_to_where_or_how(first, last) && is_form_of(cue_last - 1, "speak")) return false;
    if (thing_offers(speaker, cue_last - 1)) return false;
    bool rules_add = flags == 0;
    if (!rules_add && (!propose_more_ || is_saying(cue_last - 1))) return false;
    auto index = [](size_t i) { return static_cast<uint32_t>(i); };
    // (Counts of the sentence set by sentence() once it has read it; a kContinued claim's reporting
    // words are in the sentence before, read already.)
    // Written in place, field by field: pushed whole, the claim was stored on the stack in pieces and
    // read back by wider loads, each waiting for the stores it spans (a store-forwarding stall).
    Claim& claim = found_.emplace_back();
    claim.first = index(first);
    claim.last = index(last);
    claim.speaker = speaker;
    claim.cue_first = index(cue_first);
    claim.cue_last = index(cue_last);
    claim.verb = r_.cue_entry(cue_last - 1);
    claim.rule = rule;
    claim.flags = flags;
    claim.sentence_quoted = previous_counts_.quoted;
    claim.sentence_cues = previous_counts_.cues;
    claim.sentence = previous_sentence_;
    return rules_add;
  }

  // Whether the verb at `cue` says what a thing can do or has on offer, not what anyone holds: "the
  // Harbourflix app also supports Atmos", "the update highlights dark scenes". A verb of support, offer
  // or highlight, not in the past, whose speaker is a description with no noun of people, an
  // organisation or a document, nor a share of people ("those", "two-thirds").
  bool thing_offers(const Mention& speaker, size_t cue) const {
    if (speaker.type != MentionType::kDescription || r_.is_past_form(cue) ||
        !(is_form_of(cue, "support") || is_form_of(cue, "offer") || is_form_of(cue, "highlight")))
      return false;
    for (size_t k = speaker.first; k < speaker.last; ++k)
      if (r_.is_head_noun(k) || r_.is_count(k) || is(k, "those", "Those") || has_suffix(word(k), "thirds") ||
          has_suffix(word(k), "quarters"))
        return false;
    return true;
  }

  // Whether the claim after a verb at `first` goes on with a clause that a reporting clause set off by
  // commas interrupts: "The argument would be aided, Devine said, by the primary calendar" (the
  // preposition is the interrupted clause's, no setting of the verb's).
  bool interrupts(ClaimRule rule, size_t first, const Mention& speaker, size_t cue_last) const {
    return rule == ClaimRule::kVerbAfter && first == cue_last + 1 && is(cue_last, ",") && speaker.first > 0 &&
           is(speaker.first - 1, ",");
  }

  // "did not say", "never claimed", "didn’t apologize", "might have suggested": the words after the
  // verb are what the speaker did not (surely) say or do -- reporting them as a claim would put them in
  // the speaker's mouth. (Not "declined to comment", "refused to release the files": what a speaker
  // refuses is their stance, a claim as PolNeAR marks it -- on train 78 more right of 111 more claims.
  // Nor "would not say whether …", "did not say when …": a question left open, no statement put in
  // their mouth, and PolNeAR marks it.)
  bool denied(size_t cue_first, size_t c) const {
    static constexpr auto kQuestionWords = word_list({"whether", "if", "when", "why", "how", "what", "where", "who"});
    for (size_t i = cue_first; i < c; ++i) {
      const bool negated = is(i, "not", "never", "n't", "n’t") || ends_in_not(word(i)) ||
                           (is(i, "might") && i + 1 < c && is(i + 1, "have"));
      if (negated) return !(c + 1 < toks_.size() && is(c + 1, kQuestionWords));
    }
    return false;
  }

  // "does not want to …", "doesn’t think the pier is safe", "never expected …": a view or a wish denied
  // is still the speaker's stance (the cue shows the negation), unlike a statement not made -- but not
  // a passive's ("is not expected to attend": someone else expects).
  bool negated_stance(size_t cue_first, size_t c) const {
    static constexpr auto kNegatedBe = word_list({"isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t", "weren't",
                                                  "weren’t"});
    const LexiconEntry* e = r_.cue_entry(c);
    if (!e || !(e->lemma == "want" || e->lemma == "think" || e->lemma == "expect" || e->lemma == "believe"))
      return false;
    if (has_suffix(word(c), "ing")) return true;  // "’re not expecting"
    for (size_t k = cue_first; k < c; ++k)
      if (r_.is_form_of_be(k) || is(k, kNegatedBe)) return false;
    return true;
  }

  // "earlier this year", "last Monday morning", "in the next few months": only when, no statement; nor
  // is an adverb or a connective alone ("basically", "Still, she said").
  bool says_nothing(size_t first, size_t last) const {
    if (last == first + 1 && (r_.is_adverb(first) || is(first, "Still", "still", "Then", "then", "too"))) return true;
    static constexpr auto kWordsOfTime = word_list({
        "earlier", "later", "this", "last", "next", "year", "week", "month", "day", "morning", "afternoon",
        "evening", "night", "ago", "today", "yesterday", "recently", "years", "weeks", "months", "days",
        "hours", "few", "coming", "past", "several"});
    static constexpr auto kDaysAndMonths = word_list({
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"});
    // "Monday", "March", "today" -- a capitalised function word inside a sentence; at its start only a
    // day, a month or a conjunction before them ("But the next day"): "Instead, she said, …" opens what
    // she said.
    auto word_of_time = [&](size_t i) {
      const bool capitalised_time =
          toks_[i].capitalized && r_.is_function_word(i) &&
          (!toks_[i].sentence_start || is(i, kDaysAndMonths) || is(i, "But", "And", "Yet", "So"));
      return capitalised_time || is(i, kWordsOfTime);
    };
    // The last word first: no preposition or article may end the words of time, and most clauses end in
    // another word, which decides at once. (Read from the first word, the clause had been turned away
    // only at its second or third, "the" or "in" passed: the test of those words on their sizes
    // mispredicted 19K times on dev x10.)
    if (last > first && !word_of_time(last - 1)) return false;
    for (size_t i = first; i < last; ++i) {
      bool time = word_of_time(i) ||
                  (i + 1 < last && is(i, "in", "on", "at", "during", "over", "within", "the", "a"));  // "in the next few months"
      if (!time) return false;
    }
    return true;
  }

  // "requests for comment", "a request for comment", "inquiries", "emails seeking comment": what was
  // asked of the speaker.
  bool mentions_request(size_t i, size_t last) const {
    static constexpr auto kRequests = word_list({
        "request", "requests", "inquiry", "inquiries", "message", "messages", "email", "emails", "call",
        "calls", "questions"});
    if (i < last && is(i, "a", "an", "the", "several", "repeated", "multiple")) ++i;
    return i < last && is(i, kRequests);
  }

  // "the following statement", "a written statement: “…”": a reporting noun and no more, or only the
  // quote it announces.
  bool only_statement_noun(size_t first, size_t last) const {
    if (!r_.in(first, Lex::kDeterminers)) return false;
    for (size_t k = first + 1; k < last && k <= first + 2; ++k)
      if (is(k, "statement", "statements", "remarks", "comment", "comments", "release", "message"))
        return k + 1 == last || is(k + 1, ":");
    return false;
  }

  // "issued a statement saying (that) the port would close": what the statement says is the claim.
  size_t past_statement_saying(size_t first, size_t last) const {
    if (first + 3 >= last || !r_.in(first, Lex::kDeterminers) ||
        !is(first + 1, "statement", "release", "message", "tweet", "email", "letter", "memo") ||
        !is(first + 2, "saying", "stating"))
      return first;
    size_t k = first + 3;
    if (is(k, "that") && k + 1 < last) ++k;
    return k;
  }

  // "on the condition of anonymity", "to the newspaper on condition of anonymity": why a source is not
  // named.
  bool anonymity(size_t first, size_t last) const {
    for (size_t i = first; i + 2 < last; ++i)
      if (is(i, "condition") && is(i + 1, "of", "that") && is(i + 2, "anonymity", "they", "he", "she"))
        return !(first < i && is(first, "that"));
    return false;
  }

  // A form of "say", "tell" or "add".
  bool is_saying(size_t i) const {
    const LexiconEntry* e = r_.cue_entry(i);
    return e && (e->lemma == "say" || e->lemma == "tell" || e->lemma == "add");
  }

  // "to meet", "to sign up" (a verb after "to"), not "to the nominee", "to Trump", "to him".
  bool infinitive_follows(size_t i) const {
    static constexpr auto kNounPhraseOpeners = word_list({
        "the", "a", "an", "his", "her", "their", "its", "him", "them", "me", "us", "this", "that"});
    return !toks_[i].capitalized && toks_[i].type == TokenType::kWord && !is(i, kNounPhraseOpeners);
  }

  // Whether [first, last) is a quotation with at most a few words around it ("said: “…”"): then the
  // quote itself is the report. "Russia and Ukraine “are very close to a deal”" is a claim of its own.
  bool mostly_quoted(size_t first, size_t last) const {
    if (outside(first)) return false;
    size_t quoted = 0;
    for (size_t i = first; i < last; ++i) quoted += !outside(i);
    return quoted * 5 > (last - first) * 4;
  }

  // "Paul Ryan: FBI decision defies explanation", "TAPPER: Do you think …": a short speaker label and a
  // colon open the sentence, and what follows is theirs.
  WHOSAID_OUT_OF_LINE void label(const Sentence& s, size_t end) {
    size_t colon = s.first;
    while (colon < end && colon - s.first <= kMaxLabel && !is(colon, ":")) ++colon;
    if (colon == s.first || colon >= end || !is(colon, ":") || !outside(colon)) return;
    // "Officers arrived around 11:45 and …": a clock time's colon, no label's.
    if (clock_colon(colon, end)) return;
    // "Q: Have you talked to her?": an interview's question, its asker unnamed.
    if (colon == s.first + 1 && word(s.first).size() == 1) return;
    // "Analysis: …", "UPDATE: …", "The Latest: …": the page's labels.
    if (r_.is_page_word(s.first) || (is(s.first, "The") && r_.is_page_word(s.first + 1))) return;
    std::optional<Mention> m = r_.phrase_at(s.first, colon);
    if (!m || m->last != colon) m = label_words(s.first, colon);
    // "Rosa Lind: 555-0100 or rosa@example.com": a byline's contacts, not a statement.
    for (size_t k = colon + 1; k < end; ++k)
      if (toks_[k].markup) return;
    if (names_only(colon + 1, end)) return;
    if (m) add(ClaimRule::kLabel, colon + 1, end, *m, colon, colon + 1);
  }

  // Whether [first, last) lists names and no statement: "Ohio: Ann Toft, Rob Lind, Tomas Brandt" (two
  // commas or more, and no word in lower case but "and").
  bool names_only(size_t first, size_t last) const {
    size_t commas = 0;
    for (size_t k = first; k < last; ++k) {
      if (is(k, ",")) ++commas;
      else if (toks_[k].type == TokenType::kWord && !toks_[k].capitalized && !is(k, "and")) return false;
    }
    return commas >= 2;
  }

  // "In a Gazette poll conducted Monday, 52 percent backed the pier": the poll or survey that the opening
  // "In" of sentence s names reports the clause after its comma, as "according to" it would.
  WHOSAID_OUT_OF_LINE void poll_opening(const Sentence& s, size_t end) {
    if (s.first + 3 >= end || !r_.in(s.first + 1, Lex::kDeterminers)) return;
    size_t k = s.first + 2;
    while (k < end && k - s.first < kMaxIntroduction && !is(k, "poll", "survey", ",")) ++k;
    if (k >= end || !is(k, "poll", "survey")) return;
    const size_t comma = first_comma(k + 1, end);
    // ("poll [conducted last week],"; not "poll released Monday,", whose verb reports already.)
    if (comma + 1 >= end || comma - k > kMaxTime + 2 || cue_in(k, comma)) return;
    add(ClaimRule::kAccordingTo, comma + 1, clause_end(comma + 1, end), plain_description(s.first + 1, k + 1), s.first,
        s.first + 1);
  }

  // Where an introductory clause ends ("After Nides chimed in, Clinton said …": at its comma), or
  // s.first when the sentence opens with none. What its verb reports ends there too.
  size_t introduction_end(const Sentence& s, size_t end) const {
    static constexpr auto kIntroductionOpeners = word_list({
        "After", "When", "As", "While", "Before", "Once", "If", "Because", "Since", "Although", "Though",
        "Until", "Unless"});
    if (!is(s.first, kIntroductionOpeners)) return s.first;
    const size_t comma = first_comma(s.first + 1, end);
    return comma < end ? comma : s.first;
  }

  // Words that can label a speaker: capitalised first, none a function word, reporting verb or
  // auxiliary ("Poll", "Clinton camp", "Hacker Guccifer"; not "Related", "11", "Watch", nor the clause
  // "Lind has one more worry", which the colon explains, nor a section's heading).
  std::optional<Mention> label_words(size_t first, size_t last) const {
    if (!toks_[first].capitalized || r_.is_function_word(first) || !r_.plain_words(first, last) ||
        auxiliary_in(first, last) || section_heading(first, last))
      return std::nullopt;
    return plain_description(first, last);
  }

  // Whether the words [first, last) before a colon head a section, no one to quote: "Campaign funding",
  // "Focus on security" -- lower-case words after the first, none a noun of people, an organisation or a
  // document ("Clinton camp", "Carrier's message" speak).
  bool section_heading(size_t first, size_t last) const {
    if (last < first + 2) return false;
    for (size_t k = first + 1; k < last; ++k)
      if (toks_[k].capitalized || r_.is_head_noun(k) || is(k, "’s", "'s")) return false;
    return true;
  }

  // "according to the Kremlin, CLAUSE" and "CLAUSE, according to the Kremlin". Inside a clause,
  // "Fundraising, according to the campaign, has surged": both pieces are what the source reports, each a
  // claim (as a reporting clause inside one gives two: kParenthetical), unless the first reports itself
  // ("Politico reported, according to …").
  WHOSAID_OUT_OF_LINE void according_to(const Sentence& s, size_t c, size_t end) {
    std::optional<Mention> m = r_.source_after_according_to(c + 2, end);
    if (!m) return;
    size_t k = m->last;
    while (k < end && !is(k, ",") && k - m->last < 8) ++k;
    bool clause_after = k + 1 < end && is(k, ",");
    // (The comma may come before typewriter marks that close the clause: "''…,'' according to X".)
    const size_t comma = comma_before(c, s.first);
    if (comma != kNone && !(clause_after && only_setting(s.first, comma))) {
      add(ClaimRule::kAccordingTo, typewriter_start(s.first, comma), comma, *m, c, c + 2);
      return;
    }
    // "Lind leads by 27 votes according to a count by the Gazette", "… 115 crossings — according to
    // …": no comma, but a clause before, is what the source reports, not the clause after (which a
    // conjunction or a colon opens: "said that according to X, CLAUSE", "…: According to X, CLAUSE").
    const size_t before = c > s.first + 1 && is(c - 1, "—", "–", "-") ? c - 2 : c - 1;  // the word before a dash
    if (comma == kNone && c > s.first && !is(before, ":", "that", "while", "and", "but", "because", "as", "if") &&
        !only_setting(s.first, c) && !quoted_in(s.first, c)) {
      add(ClaimRule::kAccordingTo, s.first, c, *m, c, c + 2);
      return;
    }
    // (Not a time alone before it, "On Monday, according to X, CLAUSE": when CLAUSE happened, no
    // statement; a setting of other words, "Over the long term", is the source's as often.)
    if (clause_after && add(ClaimRule::kAccordingTo, k + 1, clause_end(k + 1, end), *m, c, c + 2) &&
        comma != kNone && !cue_in(s.first, comma) &&
        !(comma > s.first && only_setting(s.first, comma) && names_time(comma - 1)))
      add(ClaimRule::kParenthetical, s.first, comma, *m, c, c + 2, /*min_tokens=*/1);
  }

  // Whether [first, last) is too short to be what was reported, only the setting of the clause after
  // it: "In addition", "But the next day", "About 10 p.m." (", according to X, CLAUSE"). A clock time,
  // three tokens ("10:03"), is one word of it.
  bool only_setting(size_t first, size_t last) const {
    size_t words = last - first;
    for (size_t k = first + 1; k + 1 < last; ++k)
      if (clock_colon(k, last)) words -= 2;
    return words <= kMaxSettingBeforeSource && !r_.comma_in(first, last);
  }

  // Whether token k, after the first and before `end`, is the colon of a clock time: "11:45".
  bool clock_colon(size_t k, size_t end) const {
    return k > 0 && k + 1 < end && is(k, ":") && toks_[k - 1].type == TokenType::kNumber &&
           toks_[k + 1].type == TokenType::kNumber;
  }

  // "''The harbour is closed,'' she said. ''It will reopen in May.''": archives write quotes in
  // typewriter marks, which are no quotation marks to quotes.h (unless typewriter_quotes), so the
  // quoted words after the reporting clause are reported speech of the same speaker, up to the marks
  // that close them -- over the sentence's end, within the paragraph.
  WHOSAID_OUT_OF_LINE void continuation(const Sentence& s) {
    if (!typewriter_pair(s.first)) return;
    size_t first = s.first + 2;
    for (size_t k = first; k + 1 < toks_.size() && k - first < kMaxContinued && !toks_[k].paragraph_start; ++k) {
      if (typewriter_pair(k)) {
        add(ClaimRule::kContinued, first, k, continued_->speaker, continued_->cue_first, continued_->cue_last);
        return;
      }
    }
  }

  // "she said, ''It is sad. That is all I can say.''": a quotation in typewriter marks that opens the
  // claim [first, last) and does not close in its sentence (which ends at `end`) runs on to the marks
  // that close it, within the paragraph. `last` when there are none.
  size_t typewriter_end(size_t first, size_t last, size_t end) const {
    if (!typewriter_pair(first)) return last;
    for (size_t k = first + 2; k < toks_.size() && k - first < kMaxContinued && !toks_[k].paragraph_start; ++k)
      if (typewriter_pair(k)) return k >= end ? k : last;
    return last;
  }

  // "''It is sad. That is all I can say,'' she said.": the claim before the comma at `comma` starts
  // where the typewriter marks that close after it opened an earlier sentence of the paragraph;
  // `first` when the marks do not close there, open in the sentence, or open inside another sentence
  // (words quoted by its writer: "The rules ''only require …. By …,'' the report says").
  size_t typewriter_start(size_t first, size_t comma) const {
    if (!typewriter_pair(comma + 1)) return first;
    for (size_t k = first; k < comma; ++k)
      if (typewriter_pair(k)) return first;
    for (size_t k = first; k-- > 0 && first - k < kMaxContinued;) {
      if (typewriter_pair(k)) return toks_[k].sentence_start ? k + 2 : first;
      if (toks_[k].paragraph_start) break;
    }
    return first;
  }

  // Whether two typewriter marks that touch are among the tokens [from, end).
  bool typewriter_pair_in(size_t from, size_t end) const {
    for (size_t k = from; k < end; ++k)
      if (typewriter_pair(k)) return true;
    return false;
  }

  // Two typewriter marks that touch (''), outside any quote.
  bool typewriter_pair(size_t i) const {
    return i + 1 < toks_.size() && is_typewriter_mark(i) && is_typewriter_mark(i + 1) &&
           toks_[i].end == toks_[i + 1].begin;
  }

  // "Gowdy released a statement highlighting …", "His office put out a statement saying …": the one
  // who issued the statement speaks, not the statement. `m`, the phrase before the participle, when it
  // is no statement; the issuer when it is one and can be read; nothing when it cannot.
  std::optional<Mention> issuer_if_statement(const Mention& m, size_t floor) const {
    if (m.last != m.first + 2 || !is(m.first, "a", "the") ||
        !is(m.first + 1, "statement", "release", "letter", "memo", "message"))
      return m;
    size_t verb = m.first > floor ? m.first - 1 : floor;
    if (verb > floor && is(verb, "out")) --verb;  // "put out", "sent out"
    if (verb == floor || toks_[verb].capitalized || toks_[verb].type != TokenType::kWord) return std::nullopt;
    return r_.phrase_before(verb, floor);
  }

  // "Trump’s claim that CLAUSE", "her warning that CLAUSE"; "X made (it) clear that CLAUSE", "X made the
  // case that CLAUSE": a reporting noun after "made", whose subject speaks.
  WHOSAID_OUT_OF_LINE void noun(const Sentence& s, size_t c, size_t end) {
    if (std::optional<Mention> owner = r_.owner_of_cue_noun(c, s.first)) {
      add(ClaimRule::kNoun, c + 2, clause_end(c + 2, end), *owner, c, c + 1);
      return;
    }
    size_t made = c;
    if (made > s.first && is(made - 1, "it", "the")) --made;
    if (made == s.first || !is(made - 1, "made", "make", "makes", "making")) return;
    if (std::optional<Mention> maker = r_.phrase_before(made - 1, s.first))
      add(ClaimRule::kNoun, c + 2, clause_end(c + 2, end), *maker, made - 1, c + 1);
  }

  [[gnu::hot]] WHOSAID_OUT_OF_LINE void verb(const Sentence& s, size_t c, size_t end) {
    size_t cue_first = c;
    while (cue_first > s.first && r_.is_modifier(cue_first - 1)) --cue_first;
    if (is_passive(cue_first, c)) return;  // "Clinton was supported by 42 percent": the subject is no speaker
    if (names_a_thing(c)) return;          // "a company called Cambridge Analytica": a name, no call
    if (agent_follows(c, end)) return;     // "…, called on by tribes": a participle with its agent
    // "did not say the vote was rigged": nobody said it
    if (denied(cue_first, c) && !negated_stance(cue_first, c)) return;
    // "found himself on the street", "finds herself in a retail job": where someone ended up, no finding.
    if (c + 1 < end && is(c + 1, "himself", "herself", "itself", "themselves", "myself", "ourselves") &&
        is_form_of(c, "find"))
      return;
    // "found a way to …", "finds its way to …", "find common ground": something reached, no finding.
    if (is(c, "find", "finds", "found", "finding") && way_found(c + 1, end)) return;
    // "feels like a chore", "felt just as solid": how a thing seems to be, no thought reported (but "feel
    // like they had a say" is a thought).
    if (c + 2 < end && feels_like_thing(c)) return;
    // "A poll released Monday showed …": the participle and its time are the subject's, and the verb
    // after them reports what the poll showed; the participle reports nothing.
    if (reports_after_time(c, end)) return;
    // (The verb after a participle on the subject is the subject's, not its object's: "Residents
    // opposing Ines Varga said …".)
    std::optional<Mention> m = c == main_verb_ ? last_subject_ : r_.phrase_before(c, s.first);
    if (m && examples_of_thing(*m, s.first, c)) return;
    // "Activists hoping to stop the bridge say …": the participle's clause ends at the sentence's verb,
    // whose subject is the same.
    if (m && m->first == s.first && m->last == c && cue_first == c && r_.is_participle(c))
      if (size_t v = verb_after_participle(c, end); v != kNone) {
        main_verb_ = v;
        for (end = v; end > c + 1 && r_.is_modifier(end - 1);) --end;  // "… now say", "… have said"
      }
    if (!m) m = object_led_to(s, cue_first);
    const size_t participle = m ? kNone : participle_before(c, s.first);
    if (participle != kNone) m = r_.phrase_before(participle, s.first);
    if (m && object_before_aside(*m, s, cue_first) && r_.is_participle(c)) m.reset();
    if (m && !(m = issuer_if_statement(*m, s.first))) return;
    if (!m) m = short_phrase_after_comma(s, cue_first);
    // "Rubio tried to explain …", "she is quick to point out …", "voters were more likely to say …": the
    // subject of the word before "to".
    if (!m)
      if (size_t before = catenative_before(s, cue_first); before != kNone) m = r_.phrase_before(before, s.first);
    // "…, Moreno said on Tuesday, calling the work …", "… replied before adding that …", "… rose by saying
    // that …": a participle shares the subject of the verb before; so does a verb after "and" or "but"
    // ("… was late but added that …").
    if (!m && cue_first > s.first &&
        (is(cue_first - 1, "and", "but") ||
         (is(cue_first - 1, ",", "before", "after", "while", "by", "since") && r_.is_participle(c))))
      m = last_subject_ ? last_subject_ : subject_of_sentence(s, cue_first);
    // "“…,” said Rosa Lind, adding that …": or the speaker of an inverted verb before the comma.
    if (!m && cue_first > s.first + 2 && is(cue_first - 1, ",") && r_.is_participle(c))
      m = inverted_speaker_before(s, cue_first - 1);
    // (Not for a verb after "who": "The harbour hired a pilot who said …", whose speaker is the pilot.
    // The subject opens the words after a short heading or clause and its colon: "Yet coverage was
    // merciless: The Union Leader said …".)
    if (!m && !last_subject_ && !(cue_first > s.first && is(cue_first - 1, "who"))) {
      const size_t verb = participle == kNone ? cue_first : participle;
      m = r_.opening_noun_phrase(after_label(s, verb), verb);
    }
    if (!m) m = subject_of_inner_clause(s, cue_first);
    if (m && m->last == c && disagrees(*m, c)) return;
    if (m) {
      last_subject_ = m;
      // "…, the mayor’s niece, Rosa Lind, said": the speaker's words start at a role said apart.
      size_t speaker_first = m->role_last > m->role_first ? std::min<size_t>(m->first, m->role_first) : m->first;
      // "CLAUSE, as Lind has acknowledged", "CLAUSE, as she said at the outset": the clause before "as"
      // (not what a verb like "applauded" is about: "…, as the crowd applauded" is when).
      if (m->last == cue_first && as_after_clause(s, speaker_first) && nothing_said_after(c, end) && !about_whom(c)) {
        add(ClaimRule::kVerbBefore, typewriter_start(s.first, speaker_first - 2), speaker_first - 2, *m, cue_first, c + 1);
        return;
      }
      size_t comma = comma_before(speaker_first, s.first);
      bool after_comma = comma != kNone;
      // "The museum, Mr. Bush said, celebrated …": a reporting clause inside the claim reports both halves.
      // (After a verb of telling, past its listener: "The answer, the pilot told them, was simple".)
      const size_t verb_comma = after_comma ? comma_after_listener(c, end) : end;
      bool parenthetical = verb_comma < end;
      // An introduction before it is part of the claim only when one follows: not "As a phone rang, the
      // announcer said, “…”".
      bool introduction = parenthetical && only_introduction(s.first, comma);
      // Nor at all when a quoted sentence of its own follows: "Holding a book, Beck said, “I …”", "Still,
      // she added, ''We …''" -- the quote is what was said, and the words before it its setting (unless
      // a reporting verb opens them, the speaker's stance: "Lamenting their luck, they say, ''…''").
      const bool quoted_sentence_after =
          parenthetical && !toks_[s.first].cue && opens_quoted_sentence(verb_comma + 1, end);
      // Nor when a quote and its own reporting clause come first: "“…,” Lind wrote in a post on
      // Thursday, 21 months, she said, after …".
      if (parenthetical && !introduction && !quoted_sentence_after &&
          !(quoted_in(s.first, comma) && cue_in(s.first, comma)))
        add(ClaimRule::kParenthetical, s.first, comma, *m, cue_first, c + 1, /*min_tokens=*/1);
      // "''We are in a bubble,'' he said recently in New York": typewriter marks close the clause before
      // the comma, which is what was said; what follows the verb is where and when. (Not after a
      // speaker read for an earlier verb: "''…,'' he added, noting that …".)
      bool typewriter_quote_before = after_comma && !parenthetical && comma + 1 < m->first && m->last == cue_first;
      size_t start = typewriter_quote_before ? end
                     : parenthetical && verb_comma > c + 1 ? verb_comma + 1
                                                           : clause_start(c, end);
      // "He had no ties, the airline added, and had passed all checks": after a reporting clause inside
      // the claim, "and" or "but" goes on with what was said, not with the speaker's next act.
      if (parenthetical && start + 1 < end && start == c + 2 && is(start, "and", "but")) ++start;
      // "“We are in a bubble,” he said outside the building", "…,” Kasich told a crowd in Berea": the
      // quote that closes before the speaker is what was said, and the words after the verb are
      // where, when and to whom -- unless "that" opens a clause of its own or the quote goes on after
      // them ("…,” she told Hewitt, “…”).
      if (start < end && (m->last == cue_first || aside_before(*m, cue_first)) && quote_closes_before(speaker_first) &&
          !(start > c + 1 && is(start - 1, "that")) && !quoted_in(start, end))
        start = end;
      // "CLAUSE, officials said on Friday, two days after …", "CLAUSE, insiders said: …": after a clause
      // and its speaker's comma, what the verb reaches only across a comma, colon or dash is the
      // writer's, and the clause before is what was said; across a semicolon, both are ("CLAUSE, he
      // said; his agents found …"). Not when quoted words follow: "Asked …, Daley said: ''Of course.''"
      if (const size_t stop = after_comma && !parenthetical && start < end ? stop_in(c + 1, start) : kNone;
          stop != kNone && !quote_follows(stop + 1, end) && !only_introduction(s.first, comma)) {
        if (!is(stop, ";")) start = end;
        else add(ClaimRule::kVerbBefore, typewriter_start(s.first, comma), comma, *m, cue_first, c + 1);
      }
      // "As the Gazette reported, the pier …": the verb of an introduction reports the clause after its comma.
      if ((start >= end || (start + 1 == end && is(start, "out"))) && reports_after_introduction(s, *m, c, end)) {
        add(ClaimRule::kVerbAfter, end + 1, clause_end(end + 1, content_end(s), c), *m, cue_first, c + 1);
        return;
      }
      bool participle_follows = start > c + 1 && is(start - 1, ",") && start < end && r_.is_participle(start) &&
                                !(parenthetical && start == c + 2 && !is_typewriter_mark(comma + 1));
      // (Nor is the clause before its comma then.)
      if (start < end && (keeps_doing(c, start, end) || speaks_of_nothing(c, start, end))) return;
      if (start < end && !participle_follows && !only_listener(c, start, end) && !only_client(c, start, end) &&
          add(ClaimRule::kVerbAfter, start, said_end(c, *m, start, end), *m, cue_first, c + 1)) {
        if (introduction && !quoted_sentence_after)
          add(ClaimRule::kParenthetical, s.first, comma, *m, cue_first, c + 1, /*min_tokens=*/1);
        return;
      }
      if (after_comma && !parenthetical && !only_introduction(s.first, comma))  // "CLAUSE, officials said."
        if (add(ClaimRule::kVerbBefore, typewriter_start(s.first, comma), comma, *m, cue_first, c + 1))
          continued_ = Continued{*m, cue_first, c + 1};
      return;
    }
    // "CLAUSE, said Trump.", "CLAUSE, said several observers." A verb of stance is not inverted: after
    // "…, retweeted" or "…, endorsed" comes its object ("a photo").
    if (size_t comma = comma_before(c, s.first); comma != kNone && r_.is_speech_cue(c)) {
      std::optional<Mention> m = r_.phrase_at(c + 1, end);
      // "…, said the mayor is not fit to serve": a verb after the phrase makes it the subject of what
      // was said, no speaker.
      if (m && m->last < end && r_.is_auxiliary(m->last)) m.reset();
      // "…, including the Gazette, said he isn’t fit to serve": so does a pronoun that the sentence goes
      // on after ("…, said he." ends it).
      if (m && m->last < end && m->type == MentionType::kPronoun) return;
      if (!m) m = r_.words_to_end(c + 1, end);
      if (m && !only_introduction(s.first, comma) &&
          add(ClaimRule::kInverted, typewriter_start(s.first, comma), comma, *m, c, c + 1))
        continued_ = Continued{*m, c, c + 1};
    }
  }

  // Whether `m` names examples after "such as" of things whose offer or support the verb at `c` says,
  // no one's stance: "Game publishers such as Nordlight are offering most titles" (thing_offers() of
  // the words before "such as"). The name alone is the speaker elsewhere, as in the gold ("groups such
  // as the Chamber of Commerce wanted …").
  bool examples_of_thing(const Mention& m, size_t floor, size_t c) const {
    if (m.first < floor + 3 || !is(m.first - 1, "as") || !is(m.first - 2, "such")) return false;
    std::optional<Mention> things = r_.phrase_before(m.first - 2, floor);
    if (!things || things->last != m.first - 2) things = r_.opening_noun_phrase(floor, m.first - 2);
    return things && things->last == m.first - 2 && thing_offers(plain_description(things->first, m.last), c);
  }

  // The verb after the participle at `c` on the subject that opens the sentence, when the participle's
  // words run into it with no comma, quote, pronoun or relative pronoun, within a few words: a reporting
  // verb ("Activists hoping to stop the bridge say …", "Workers fearing layoffs said …") or a past form
  // in -ed; else kNone.
  size_t verb_after_participle(size_t c, size_t end) const {
    constexpr size_t kMaxParticiple = 10;  // tokens from the participle to the verb
    for (size_t k = c + 1; k < end && k - c <= kMaxParticiple; ++k) {
      // (No clause of its own before it: "… saying they want …".)
      if (!outside(k) || toks_[k].type == TokenType::kPunct ||
          is(k, "that", "who", "which", "and", "or", "he", "she", "they", "we", "I", "it"))
        return kNone;
      if (toks_[k].cue && !r_.is_participle(k) && !is(k - 1, "to")) return k;
      // Or the subject's verb of another kind, a past form in -ed after the participle's object
      // ("Voters fearing higher taxes backed Varga"; not one "by" follows: "plans proposed by …").
      if (k > c + 1 && toks_[k].type == TokenType::kWord && !toks_[k].capitalized && has_suffix(word(k), "ed") &&
          verb_may_follow(k - 1) && !(k + 1 < end && is(k + 1, "by")))
        return k;
    }
    return kNone;
  }

  // "Overall, port records show …", "… and public records show …", "…, although the suit claims …": a
  // noun phrase that opens a clause inside the sentence, after a comma or a conjunction, and runs up to
  // the verb at `cue_first`, read by its place as opening_noun_phrase() reads a sentence's first words.
  // There an adjective and a noun ("tactical challenges", "deepest blue states") or a verb and its object
  // ("raising questions") come as often, so a determiner, an owner or a name must open the words ("the
  // suit claims", "Clinton allies believe"), or a plural end them before a verb not in -s ("public
  // records show"); no adverb, participle or object pronoun may be among them ("fiercely opposed"), nor
  // the verb be a participle ("the survey data showing").
  std::optional<Mention> subject_of_inner_clause(const Sentence& s, size_t cue_first) const {
    static constexpr auto kConjunctions = word_list({"and", "but", "although", "though", "while", "if", "because"});
    static constexpr auto kObjectPronouns = word_list({"him", "them", "it", "me", "us"});
    // (The cheap tests first: most verbs that come here follow a word that ends no noun phrase. And a
    // token's type or lexicon bit before a list is asked: the lists' look-ups had cost 90K instructions
    // a dev pass.)
    const size_t before = cue_first - 1;
    if (cue_first <= s.first + 1 || toks_[before].type != TokenType::kWord || !outside(before) ||
        r_.is_function_word(before) || r_.is_participle(cue_first))
      return std::nullopt;
    size_t k = before;
    bool opener = false;  // a comma or a conjunction before token k
    for (; k > s.first && cue_first - k <= kMaxInnerSubject && outside(k - 1); --k) {
      const size_t j = k - 1;
      opener = toks_[j].type == TokenType::kPunct ? is(j, ",") : r_.in(j, Lex::kFunctionWords) && is(j, kConjunctions);
      if (opener) break;
    }
    if (!opener) return std::nullopt;
    const bool opened = r_.in(k, Lex::kDeterminers) || toks_[k].capitalized || r_.is_count(k);  // "the", "his"
    const bool plural = has_suffix(word(before), "s") && !has_suffix(word(cue_first), "s");
    if (!opened && !plural) return std::nullopt;
    for (size_t i = k; i < cue_first; ++i)
      if (r_.is_adverb(i) || r_.is_participle(i) || (r_.in(i, Lex::kPronouns) && is(i, kObjectPronouns)))
        return std::nullopt;
    std::optional<Mention> m = r_.opening_noun_phrase(k, cue_first, /*after_introduction=*/true);
    return m && m->first == k && m->last == cue_first ? m : std::nullopt;
  }

  // Where the verb or adjective that takes the reporting verb at `cue_first` after "to" starts ("tried",
  // "quick", "more likely"), when one does; else kNone. (Not "began", "started", "tended", "managed":
  // no more right than wrong on train.)
  size_t catenative_before(const Sentence& s, size_t cue_first) const {
    static constexpr auto kCatenatives = word_list({
        "quick", "likely", "eager", "ready", "tried", "tries", "try", "trying"});
    if (cue_first < s.first + 3 || !is(cue_first - 1, "to") || !is(cue_first - 2, kCatenatives)) return kNone;
    size_t k = cue_first - 2;
    while (k > s.first + 1 && is(k - 1, "more", "less", "slightly", "far", "much", "very", "so")) --k;
    return k;
  }

  // "The delay led many residents to wonder whether …", "prompted the mayor to say …": the object of a
  // verb that makes someone act, before "to" and the verb at `cue_first`, speaks -- not the subject,
  // the cause.
  std::optional<Mention> object_led_to(const Sentence& s, size_t cue_first) const {
    static constexpr auto kCausatives = word_list({
        "led", "lead", "leads", "leading", "prompted", "prompt", "prompts", "prompting", "left", "leave",
        "leaves", "leaving", "caused", "cause", "causes", "causing", "forced", "force", "forces", "forcing",
        "drove", "driving", "allowed", "allow", "allows", "allowing", "pushed", "pushing"});
    if (cue_first < s.first + 3 || !is(cue_first - 1, "to")) return std::nullopt;
    // (The verb first, a few words back, and not past a reporting verb ("declined to comment", "wants to
    // say"): most verbs after "to" follow none, and the phrase is not read.)
    size_t k = cue_first - 2;
    while (k > s.first && cue_first - k <= kMaxMadeToAct + 1 && toks_[k].type == TokenType::kWord && !toks_[k].cue &&
           !is(k, kCausatives))
      --k;
    if (k == s.first || !is(k, kCausatives)) return std::nullopt;
    std::optional<Mention> m = r_.phrase_at(k + 1, cue_first - 1);
    return m && m->first == k + 1 && m->last + 1 == cue_first ? m : std::nullopt;
  }

  // Whether the introduction "As X VERB," ends with its comma at `end`, X being `m` and VERB at `c` a verb
  // of speech, and a clause follows: "As the Gazette reported, CLAUSE", "As Lind has pointed out,
  // CLAUSE" (not "As he spoke, CLAUSE": when).
  bool reports_after_introduction(const Sentence& s, const Mention& m, size_t c, size_t end) const {
    return is(s.first, "As") && m.first == s.first + 1 && end + 1 < content_end(s) && is(end, ",") &&
           MentionReader::is_speech_verb(r_.cue_entry(c));
  }

  // Where what speaker `m` said after the verb at `c`, from `start`, ends, in a sentence that ends at `end`:
  // with the aside it is said in, after the people a verb like "criticized" is about, where the clause
  // ends, or where typewriter marks that open it close.
  size_t said_end(size_t c, const Mention& m, size_t start, size_t end) const {
    return typewriter_end(start, clause_end(start, target_end(c, start, aside_end(m, start, end)), c), end);
  }

  // Where what a speaker said in an aside ends: at the comma that closes it, not with the sentence -- an
  // aside on the speaker ("Ines Varga, who said the pier was safe, voted …"), one on what was said
  // ("The plan, which Ines Varga said would fail, passed …") or one in an introduction ("Among voters
  // who said …, most …"). `end` when the speaker is in no such aside.
  size_t aside_end(const Mention& m, size_t start, size_t end) const {
    const bool on_speaker = m.relative > 0 && is(static_cast<size_t>(m.relative) - 1, ",");
    const bool on_claim = m.first >= 2 && is(m.first - 1, "which") && is(m.first - 2, ",");
    return on_speaker || on_claim || in_introduction(m) ? first_comma(start, end) : subject_verb_after(m, start, end);
  }

  // Whether speaker `m`, read through a relative pronoun, is the object of a preposition that opens the
  // sentence: "Among voters who said …, most …" -- an introduction, which a comma ends.
  bool in_introduction(const Mention& m) const {
    return m.relative > 0 && m.first >= 1 && toks_[m.first - 1].sentence_start &&
           is(m.first - 1, "Among", "Amid", "Despite", "For", "From", "With", "Of", "In", "At", "On", "By", "Like", "Unlike");
  }

  // "Pilots who have long supported Clara Haines said …": a relative clause on the subject (no comma
  // before "who") that the subject's own verb of speech follows says what they are, not what they said
  // ("who accused X of …", "who opposed his candidacy"): it reports nothing, and `start` is returned.
  // Else what was said ends before the subject's own verb of another kind, when one can be told
  // (subject_verb()); `end` when none can.
  size_t subject_verb_after(const Mention& m, size_t start, size_t end) const {
    if (m.relative <= 0 || is(static_cast<size_t>(m.relative) - 1, ",")) return end;
    for (size_t k = start; k < end; ++k) {
      if (!toks_[k].cue || !outside(k) || !r_.is_speech_cue(k)) continue;
      std::optional<Mention> subject = r_.phrase_before(k, m.first);
      if (subject && subject->first == m.first && subject->last == m.last) return start;
    }
    return subject_verb(start, end);
  }

  // "Pilots who believe the rule is unsafe stayed home", "Voters who say the economy is weak were
  // divided": after a clause with an auxiliary of its own, a past form in -ed (not "lower-skilled") or
  // an auxiliary is the subject's verb, and the clause ends before it -- when verb_may_follow() the word
  // before, and no comma, conjunction or relative pronoun, which may start a clause of their own, comes
  // first. `end` when none is.
  size_t subject_verb(size_t start, size_t end) const {
    bool own_verb = false;
    for (size_t k = start; k < end; ++k) {
      if (!outside(k) || is(k, ",", ";", "and", "or", "but", "who", "which", "that")) return end;
      if (own_verb && toks_[k].type == TokenType::kWord && !toks_[k].capitalized &&
          ((has_suffix(word(k), "ed") && word(k).find('-') == std::string_view::npos) || r_.is_auxiliary(k)) &&
          verb_may_follow(k - 1))
        return k;
      own_verb = own_verb || r_.is_auxiliary(k);
    }
    return end;
  }

  // Whether token `k` may end a clause's last noun phrase: a word, not an auxiliary ("was criticized"),
  // a function word, a pronoun or an adverb ("widely criticized", "lower-skilled").
  bool verb_may_follow(size_t k) const {
    return toks_[k].type == TokenType::kWord && !r_.is_auxiliary(k) && !r_.is_function_word(k) &&
           !r_.in(k, Lex::kPronouns) && !r_.is_adverb(k) && !has_suffix(word(k), "ly");
  }

  // The comma that ends the clause before token `i`, if one does: right before it, or before the
  // typewriter marks that close the clause (''It is fair,'' she said) when those are not read as
  // quotation marks. kNone when there is none.
  size_t comma_before(size_t i, size_t floor) const {
    size_t k = i;
    while (k > floor && is_typewriter_mark(k - 1)) --k;
    if (k == floor) return kNone;
    // ("''Why now?'' she asked": a question or an exclamation closes the marks as a comma does.)
    const bool closes = is(k - 1, ",") || (k < i && is(k - 1, "?", "!")) || is_stray_closing_mark(k - 1, floor);
    return closes && outside(k - 1) ? k - 1 : kNone;
  }

  // "… a closing quote only" said Jane Smith": a double mark that closes no quote (its opening one
  // missing), right after a word, ends the clause as a comma would.
  bool is_stray_closing_mark(size_t i, size_t floor) const {
    return i > floor && is(i, "\"", "”") && outside(i) && toks_[i - 1].end == toks_[i].begin &&
           toks_[i - 1].type == TokenType::kWord;
  }

  // Whether an aside on speaker `m`, set off by commas, stands between it and the verb at `cue_first`:
  // "Rosa Lind, 69, said", "Rosa Lind, the harbour's director, said".
  bool aside_before(const Mention& m, size_t cue_first) const {
    return m.last + 2 < cue_first && is(m.last, ",") && is(cue_first - 1, ",") && outside(m.last) &&
           !quoted_in(m.last, cue_first);
  }

  // Whether a quotation that opens a sentence closes with its clause right before token `i`: "“…,” he
  // said", "“…”, he said", "“…?” she asked" (where the quote is a sentence of its own); not a title
  // ("On Fox News’s “Hannity,” he said …").
  bool quote_closes_before(size_t i) const {
    // (Not a quote that ends the paragraph before: "“…?”⏎⏎The council said it …" reports the clause after.)
    if (toks_[i].paragraph_start) return false;
    size_t k = i;
    // A token outside quotes right before `i` must be a comma after the quote: the token before it, in
    // the quote, is tested first, as it seldom is (the test of the comma first had mispredicted 8K times
    // on dev x10, commas being as common before a speaker as other words).
    if (k < 2) return false;
    if (outside(k - 1)) {
      if (outside(k - 2) || !is(k - 1, ",")) return false;
      --k;
    }
    if (k < 2 || outside(k - 1) || toks_[k - 1].type != TokenType::kPunct) return false;
    if (k == i && !is(k - 2, ",", "?", "!")) return false;
    size_t q = k - 1;  // back to the opening mark
    while (q > 0 && !outside(q - 1) && !toks_[q].sentence_start) --q;
    return toks_[q].sentence_start;
  }

  bool cue_in(size_t first, size_t last) const {
    for (size_t i = first; i < last; ++i)
      if (outside(i) && r_.is_cue(i)) return true;
    return false;
  }

  bool quoted_in(size_t first, size_t last) const {
    for (size_t i = first; i < last; ++i)
      if (!outside(i)) return true;
    return false;
  }

  bool is_typewriter_mark(size_t i) const {
    std::string_view w = word(i);
    // The first byte first: most words are turned away without a call to find_first_not_of(), and by a
    // test that is well predicted, where outside() had not been near quotes (15K mispredicts on dev x10).
    return !w.empty() && (w[0] == '\'' || w[0] == '`') && outside(i) &&
           w.find_first_not_of("'`") == std::string_view::npos;
  }

  // Whether a description right before the verb at `c` is one thing, which that form of the verb does
  // not agree with: "another paragraph with a closing quote", "a liberal think tank" -- the verb's base
  // form is a noun there. (Not "voters in a poll say", whose head is the subject; nor a count or a
  // group, "half of voters say", "the police say".)
  bool disagrees(const Mention& m, size_t c) const {
    // (Its base form: the lemma, but not one in -s, "rules" of "rules against".)
    std::string_view verb = word(c);
    if (m.type != MentionType::kDescription || verb != r_.cue_entry(c)->lemma ||
        (has_suffix(verb, "s") && !has_suffix(verb, "ss")))
      return false;
    const size_t head = r_.head_noun(m.first, m.last);
    std::string_view w = word(head);
    // (A group's noun is plural, "majority" or "some"; a person's, "customer", is one: "used customer
    // demand to force …" holds no speaker.)
    if (has_suffix(w, "s") || r_.is_count(head) || (r_.group_noun_flags(head) & kTagGroup) ||
        is(head, "number", "lot", "couple", "handful", "dozen", "%") || is(head, "polled", "surveyed", "questioned"))
      return false;  // "a majority of voters", "a number of members", "42% of riders", "those polled"
    if (is(m.first, "a", "an", "another", "each", "every", "A", "An", "Another", "Each", "Every")) return true;
    return !toks_[head].capitalized && !r_.is_function_word(head);
  }

  // Whether the verb at `c` (a token before its sentence's end follows) is "feel" and a comparison with
  // a thing: "like" or "just like" and an article or a possessive, or "just as".
  bool feels_like_thing(size_t c) const {
    size_t k = c + 1;
    if (is(k, "just") && k + 2 < toks_.size()) {
      if (is(k + 1, "as")) return is_form_of(c, "feel");
      ++k;
    }
    return is(k, "like") && is(k + 1, "a", "an", "the", "your", "his", "her", "its", "their", "our", "my") &&
           is_form_of(c, "feel");
  }

  // "Trump … and said it was another step": the verb shares the subject that opens the sentence, after
  // any short introductory phrase ("When the results came in, he gave a speech, predicting …") and
  // any heading or label before a colon ("Cool the rhetoric: The bluster …, proposing …" -- no "Cool").
  std::optional<Mention> subject_of_sentence(const Sentence& s, size_t before) const {
    size_t start = after_label(s, before);
    if (!r_.opens_clause(start, before))
      if (size_t subject = subject_after_introduction(start, before); subject != kNone) start = subject;
    std::optional<Mention> m = r_.phrase_at(start, before);
    if (!m || m->last >= before) return std::nullopt;
    return m;
  }

  // Where the sentence s goes on after a short label or heading and its colon ("Cool the rhetoric:"),
  // before the token `before`; s.first when it opens with none.
  size_t after_label(const Sentence& s, size_t before) const {
    for (size_t k = s.first + 1; k < before && k - s.first <= kMaxLabel; ++k)
      if (is(k, ":") && outside(k) && !clock_colon(k, before)) return k + 1;
    return s.first;
  }

  // Whether `m`, read back from the verb at `cue_first` after a comma, is the object of a verb before it:
  // "Rosa Lind attacked [Tomas Brandt], the harbour master, saying …", "met [the mayor, Tomas Brandt],
  // saying …". A participle there shares the sentence's subject, not the object's. (After a verb of
  // speech with no listener the phrase is its speaker: "said Rosa Lind, an analyst, adding …".)
  bool object_before_aside(const Mention& m, const Sentence& s, size_t cue_first) const {
    const size_t first = m.role_last > m.role_first ? std::min<size_t>(m.first, m.role_first) : m.first;
    if (first <= s.first || !is(cue_first - 1, ",")) return false;
    const Token& before = toks_[first - 1];
    return before.type == TokenType::kWord && !before.capitalized && outside(first - 1) &&
           !r_.is_function_word(first - 1) && (!r_.is_speech_cue(first - 1) || r_.takes_listener(first - 1));
  }

  // The speaker after a verb of speech that ends right before the comma at `comma`: "said Rosa Lind" of
  // "“…,” said Rosa Lind, adding that …". Nothing when there is none.
  std::optional<Mention> inverted_speaker_before(const Sentence& s, size_t comma) const {
    for (size_t k = comma - 1; k > s.first && comma - k <= kMaxInvertedSpeaker; --k) {
      if (toks_[k - 1].type != TokenType::kWord || !outside(k - 1)) return std::nullopt;
      if (!r_.is_speech_cue(k - 1)) continue;
      std::optional<Mention> m = r_.phrase_at(k, comma);
      return m && m->last == comma ? m : std::nullopt;
    }
    return std::nullopt;
  }

  // Where the subject after a short introduction starts: after the first of its commas that a name or
  // pronoun and its verb follow, which may come after a place's commas ("In Dover, Delaware, Ms. Alvarez
  // tried …"); else after the first that any speaker phrase and its verb follow ("When the results came
  // in, the mayor gave …"). kNone when there is none.
  size_t subject_after_introduction(size_t first, size_t before) const {
    size_t any_phrase = kNone;
    for (size_t k = first; k < before && k - first <= kMaxIntroduction && outside(k); ++k) {
      if (!is(k, ",")) continue;
      if (r_.opens_clause(k + 1, before)) return k + 1;
      if (any_phrase == kNone && subject_and_verb(k + 1, before)) any_phrase = k + 1;
    }
    return any_phrase;
  }

  // Whether [first, last) opens with a speaker phrase of any kind and a verb in lower case: "the
  // Wisconsin senator criticized", "Mr. Haines was forced" (MentionReader::opens_clause() takes only a
  // bare name or pronoun, as a quote's speaker must).
  bool subject_and_verb(size_t first, size_t last) const {
    std::optional<Mention> m = r_.phrase_at(first, last);
    if (!m || m->first != first || m->last >= last || is(m->last, "’s", "'s")) return false;
    size_t k = m->last;
    while (k < last && r_.is_modifier(k)) ++k;
    return k < last && toks_[k].type == TokenType::kWord && !toks_[k].capitalized && outside(k) &&
           !r_.is_function_word(k) && !r_.is_head_noun(k) && !r_.is_cue(k);
  }

  // The words between the last comma and a verb that ends its sentence, when they are few and no
  // other reader found a speaker in them: "…, one slide says."
  std::optional<Mention> short_phrase_after_comma(const Sentence& s, size_t cue_first) const {
    // The verb must end the sentence: tested first, as most verbs do not, and the words before them
    // are then not read. (Read after them, the words had cost 16K mispredicts on dev x10.)
    size_t after = cue_first;
    while (after < toks_.size() && r_.is_cue(after)) ++after;
    if (after < s.last && !is(after, ".", "!", "?")) return std::nullopt;
    size_t k = cue_first;
    while (k > s.first && cue_first - k < 7 && !is(k - 1, ",") && outside(k - 1) &&
           toks_[k - 1].type == TokenType::kWord)
      --k;
    if (k == cue_first || k == s.first || !is(k - 1, ",") || !outside(k - 1)) return std::nullopt;
    if (k + 1 < cue_first && is(k, "as")) ++k;  // "…, as some pilots said": the pilots
    return plain_description(k, cue_first);
  }

  // "Wiśniewski told the Riverside Courier.", "Viguerie tells Breitbart News in an interview.": all that
  // follows a verb of telling is whom it was told, and then where or when.
  bool only_listener(size_t cue, size_t start, size_t end) const {
    if (!tells(cue)) return false;
    const size_t k = people_end(start, end);
    return k == end || (k != kNone && !word_in(k, end, "that"));
  }

  // "a pollster who advises Haines", "is advising the board on its budget": whom one advises, with no
  // advice reported after ("advised the board to cut fares", "… that fares were too high"), is a client.
  bool only_client(size_t cue, size_t start, size_t end) const {
    return is(cue, "advises", "advised", "advising", "advise") && !quoted_in(start, end) &&
           !word_in(cue + 1, end, "to", "that", "whether", "how", "what", "against");
  }

  // "criticized Trump at a rally", "praised the crews during the storm": after a verb whose object is
  // who it was about (not whom it was told, only_listener()), the claim is those people, and not where or
  // when. `end` otherwise.
  size_t target_end(size_t cue, size_t start, size_t end) const {
    if (!r_.takes_listener(cue) || tells(cue)) return end;
    const size_t k = people_end(start, end);
    return k == kNone ? end : k;
  }

  // Where people, groups and their organisations' words from `start` on end, at a word of where or when
  // ("union workers in Los Angeles") or at `end`; kNone when another word comes first.
  size_t people_end(size_t start, size_t end) const {
    static constexpr auto kWhereOrWhen = word_list({
        "in", "on", "at", "during", "after", "before", "last", "this", "earlier", "over"});
    for (size_t i = start; i < end; ++i) {
      if (i > start && is(i, kWhereOrWhen)) return i;
      if (!people_word(i)) return kNone;
    }
    return end;
  }

  // A word of people, a group or an organisation, or of their names: "NBC’s “Today”", "CBS’ Face the
  // Nation", "a Senate panel".
  bool people_word(size_t i) const {
    return toks_[i].capitalized || r_.in(i, Lex::kGroupNouns) || r_.in(i, Lex::kOrgWords) ||
           is(i, "’s", "'s", "’", "“", "”", "\"") ||
           is(i, "the", "a", "him", "her", "them", "us", "me", "reporters", "journalists", "panel", "rally");
  }

  // Whether the verb at `c` takes whom it is about ("praised", "applauded"; not "told", "warned").
  bool about_whom(size_t c) const {
    const LexiconEntry* e = r_.cue_entry(c);
    return e && e->has(kTagObject) && !e->has(kTagAudience);
  }

  // Whether ", as" comes right before the speaker at `speaker_first`, after words of the sentence.
  bool as_after_clause(const Sentence& s, size_t speaker_first) const {
    return speaker_first >= s.first + 3 && is(speaker_first - 1, "as") && is(speaker_first - 2, ",");
  }

  // Whether the verb at `c` ends its sentence, or only where or when follows it ("said at the outset",
  // "noted recently in a column", "point out."), to the sentence's end or a dash or semicolon: it
  // reports nothing after it. (Not before a comma: "But, as Lind said, CLAUSE" reports the clause after it.)
  bool nothing_said_after(size_t c, size_t end) const {
    static constexpr auto kSettings = word_list({"at", "in", "on", "last", "earlier", "recently", "this", "during", "before"});
    size_t k = c + 1 < end && is(c + 1, "out") ? c + 2 : c + 1;
    if (k == end || is(k, ";", "—", "–", "-")) return true;
    if (!is(k, kSettings)) return false;
    size_t stop = k;
    while (stop < end && !is(stop, ",", ";", "—", "–", "-")) ++stop;
    return (stop == end || !is(stop, ",")) && !auxiliary_in(k, stop);
  }

  // The first comma, colon, semicolon or dash among the tokens [first, last] (`last` before the
  // sentence's end), or kNone; none after "that", whose clause may open with a setting ("said that, in
  // May, …").
  size_t stop_in(size_t first, size_t last) const {
    for (size_t k = first; k <= last && !is(k, "that"); ++k)
      if (toks_[k].type == TokenType::kPunct && outside(k) && is(k, ",", ":", ";", "—", "–", "-")) return k;
    return kNone;
  }

  // Whether quoted words, or typewriter marks, open at token `i`.
  bool quote_follows(size_t i, size_t end) const {
    return i < end && (is_typewriter_mark(i) || quoted_in(i, std::min(i + 2, end)));
  }

  // The comma right after the verb at `c`, or after the listener of a verb of telling ("told them,",
  // "told CNN,"); `end` when none follows there.
  size_t comma_after_listener(size_t c, size_t end) const {
    size_t k = c + 1;
    if (k < end && !is(k, ",") && tells(c))
      while (k < end && k - c <= kMaxListener && outside(k) && !is(k, ",") && people_word(k)) ++k;
    return k < end && is(k, ",") ? k : end;
  }

  // Whether the words after "speak" that start at `first` open with to whom, how long, where or how it was
  // spoken: "to", "with", "for", "at" (not "at length"), "by", "from".
  bool speaks_to_where_or_how(size_t first, size_t last) const {
    if (is(first, "at")) return !(first + 1 < last && is(first + 1, "length"));
    return is(first, "to", "with", "for", "by", "from");
  }

  // Whether the verb at `cue` is one of telling or asking, whose object is who heard it ("told
  // reporters", "warned voters"), not who or what it was about ("criticized Trump", "praised the crew"):
  // cue_verbs.txt tags it "audience".
  bool tells(size_t cue) const {
    const LexiconEntry* e = r_.cue_entry(cue);
    return e && e->has(kTagAudience);
  }

  // Whether [first, last) is only an introductory phrase ("On the subject of Israel", "Even after it
  // closed", "But in a call with reporters"), which reports nothing: a preposition opens it and no comma
  // ends a clause in it.
  bool only_introduction(size_t first, size_t last) const {
    size_t k = first;
    if (k < last && is(k, "But", "And", "Yet", "So", "Even")) ++k;
    // "Speaking to reporters, he said", "Talking about how he felt, he said": a participle and its
    // preposition open the speaker's own sentence.
    if (k + 1 < last && toks_[k].capitalized && r_.is_participle(k) &&
        is_any(word(k + 1), {"about", "to", "at", "on", "in", "with"}))
      return true;
    if (k >= last || !is_any(word(k), {"on", "in", "at", "during", "after", "before", "while", "when", "among", "despite",
                                 "amid", "unlike", "since", "following", "with", "without", "over", "for", "as",
                                 "if", "because", "although", "though", "once", "until"}))
      return false;
    return !r_.comma_in(k, last);
  }

  // Whether a named subject and a participle of its own start at token `i`, after ", with": "with
  // Varga now pressing …" (not "with 40 percent backing him", a poll's own figures).
  bool absolute_follows(size_t i, size_t end) const {
    if (!toks_[i].capitalized) return false;
    for (size_t k = i + 1; k < end && k < i + 6; ++k) {
      if (!outside(k) || toks_[k].type != TokenType::kWord) return false;
      if (r_.is_participle(k) && !toks_[k].capitalized) return true;
    }
    return false;
  }

  // Whether one of the first two words from token `i` names what a statement or an act amounts to:
  // "move", "charge", "controversial proposal", "modest boost".
  bool writers_comment(size_t i, size_t end) const {
    static constexpr auto kCommentNouns = word_list({
        "move", "message", "proposal", "argument", "charge", "claim", "remark", "reference", "comment",
        "tactic", "point", "play", "boost", "step", "sign", "nod", "jab", "swipe", "rebuke", "signal"});
    for (size_t k = i; k < end && k < i + 2; ++k)
      if (is(k, kCommentNouns)) return true;
    return false;
  }

  bool subject_and_cue_follow(size_t i, size_t end) const {
    for (size_t k = i; k < end && k < i + 4; ++k) {
      if (r_.is_cue(k)) return k > i;
      if (!outside(k) || toks_[k].type != TokenType::kWord) return false;
    }
    return false;
  }

  // The first comma outside quotes among the tokens [from, end), or `end`.
  size_t first_comma(size_t from, size_t end) const {
    for (size_t i = from; i < end; ++i)
      if (outside(i) && is(i, ",")) return i;
    return end;
  }

  // Whether one of `words` stands outside quotes among the tokens [from, end): "that", a dash, "and" or
  // "or" (a list goes on).
  template <size_t... N>
  bool word_in(size_t from, size_t end, const char (&... words)[N]) const {
    for (size_t k = from; k < end; ++k)
      if (outside(k) && is(k, words...)) return true;
    return false;
  }

  bool agent_follows(size_t verb, size_t end) const {
    size_t k = verb + 1;
    if (k >= end) return false;
    // The word after the verb is packed once and compared with each word with no branch on its size: is()
    // had branched on the size for each test, and mispredicted 22K times on dev x10.
    const uint64_t next = packed_short(k);
    // ("said by telephone": how it was said, no agent.)
    if (is_short(next, "by")) return !(k + 1 < end && is(k + 1, "telephone", "phone", "email", "e-mail", "video"));
    if (!is_short(next, "on", "upon", "in", "out")) return false;
    ++k;
    // "A report released on Monday by Stanford": a day between the participle and its agent.
    if (k + 1 < end && is_short(next, "on") && toks_[k].capitalized && r_.is_function_word(k)) ++k;
    return k < end && is_short(packed_short(k), "by");
  }

  // "released", "published", "issued", "conducted", "taken": a participle a time may follow ("A poll
  // released Monday showed …", "Polls taken in May show …").
  bool dated_participle(size_t i) const { return is(i, "released", "published", "issued", "conducted", "taken"); }

  // Where a time that starts at token `i` ends: "Monday", "on Friday", "last week", "this month", "in
  // May"; kNone when none starts there.
  size_t past_time(size_t i, size_t end) const {
    static constexpr auto kDays = word_list({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                             "Sunday", "yesterday", "today"});
    if (i < end && is(i, "on")) ++i;
    if (i < end && is(i, kDays)) return i + 1;
    if (i + 1 < end && is(i, "last", "this") && is(i + 1, "week", "month", "year")) return i + 2;
    if (i + 1 < end && is(i, "in") && r_.is_year_or_month(i + 1)) return i + 2;
    return kNone;
  }

  // Whether the verb at `c` is a participle and a time that a reporting verb follows. (A reporting verb
  // two or three tokens on first, by its bit: most verbs have none there.)
  bool reports_after_time(size_t c, size_t end) const {
    const bool verb_follows = (c + 2 < end && toks_[c + 2].cue) || (c + 3 < end && toks_[c + 3].cue);
    if (!verb_follows || !dated_participle(c)) return false;
    const size_t next = past_time(c + 1, end);
    return next != kNone && next < end && toks_[next].cue;
  }

  // The participle before a time that ends right before the verb at `c` ("released" of "A poll released
  // Monday showed"), where the subject ends; kNone when none. (The word before the verb first, by its
  // bits: a day's name is a capitalised function word, "week" a time word; most verbs follow neither.)
  size_t participle_before(size_t c, size_t floor) const {
    if (c < floor + 3) return kNone;
    const Token& t = toks_[c - 1];
    if (!(t.capitalized && r_.in(c - 1, Lex::kFunctionWords)) && !r_.in(c - 1, Lex::kTimeWords)) return kNone;
    for (size_t k = c - 2; k > floor && c - k <= kMaxTime + 1; --k)
      if (dated_participle(k) && past_time(k + 1, c + 1) == c) return k;
    return kNone;
  }

  // "a company called Cambridge Analytica", "a new group called …": the name a thing goes by -- no one
  // calls it anything.
  bool names_a_thing(size_t c) const {
    if (!is(c, "called")) return false;
    for (size_t k = c; k-- > 0 && c - k <= 3;) {
      if (is(k, "a", "an")) return true;
      if (toks_[k].type != TokenType::kWord || toks_[k].capitalized) return false;
    }
    return false;
  }

  // "was supported", "are seen", "been criticized": a form of "be" right before the verb, without
  // "has"/"had" before it that would make it active ("has been saying"). Not a stance before "that":
  // "is worried that", "were convinced that" (cue_verbs.txt's adjectives) hold what their subject thinks.
  bool is_passive(size_t first, size_t verb) const {
    if (verb == first || !r_.is_form_of_be(verb - 1)) return false;
    if (has_suffix(word(verb), "ing")) return false;
    return !(verb + 1 < toks_.size() && is(verb + 1, "that") && !MentionReader::is_speech_verb(r_.cue_entry(verb)));
  }

  // Where the reported clause after a verb starts: past the listener of a verb of telling ("told
  // reporters", "told the BBC"; not the object of "praised her record"), the setting ("on Friday", "in a
  // statement", "late on Friday") and "that".
  [[gnu::hot]] size_t clause_start(size_t cue, size_t end) const {
    static constexpr auto kSettingOpeners = word_list({
        "on", "in", "at", "during", "after", "before", "late", "early", "last", "this", "earlier", "later", "yesterday", "today",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"});
    static constexpr auto kLongSpans = word_list({"days", "weeks", "months", "years", "decades"});
    bool listener = tells(cue);
    size_t i = cue + 1;
    // (The word after the verb packed, and compared with each particle with no branch on its size:
    // is() had branched on the size at each test, and mispredicted 17K times on dev x10.)
    uint64_t next = i + 1 < end ? packed_short(i) : 0;
    // "called for a special prosecutor", "called on Congress to act": the demand follows the particle.
    if (is_short(next, "for", "on", "upon") && is_form_of(cue, "call")) {
      ++i;
      next = i + 1 < end ? packed_short(i) : 0;
    }
    // "pointed out that …", "lashed out at …", "weighed in on …": the particle is the verb's, not the claim's.
    if (is_short(next, "out", "up") || (is_short(next, "in") && is(i + 1, "on", "with"))) ++i;
    for (int guard = 0; guard < 4 && i < end; ++guard) {
      size_t before = i;
      if (is(i, ":", ",")) ++i;
      if (listener && i < end && is(i, "reporters", "him", "her", "them", "us", "me", "journalists")) ++i;
      // (And "for weeks", "for years": how long it has been said.)
      if (i < end && (is(i, kSettingOpeners) || (is(i, "for") && i + 1 < end && is(i + 1, kLongSpans)))) {
        size_t k = i + 1;
        while (k < end && k - i < kMaxSetting && outside(k) && !is(k, "that", ",") && !r_.is_cue(k)) ++k;
        // (Not "said this effect could …, keeping …": a verb of its own makes the words a clause, what
        // was said, and no setting. After "after" or "before", only "that" and a subject end one: not
        // "said after the talks, because …", nor "told reporters after the meeting that was held …".)
        const bool event = is(i, "after", "before");
        if (k < end && is(k, "that", ",") && !auxiliary_in(i + 1, k) &&
            !(event && (is(k, ",") || (k + 1 < end && r_.is_auxiliary(k + 1)))))
          i = k;
        else i = past_setting(i, end);
      }
      if (listener) i = past_listener(i, end);
      // "said on Monday that on a trip to Oslo, she …": the clause starts after "that", its own setting and all.
      if (i < end && is(i, "that")) return i + 1;
      if (i == before) break;
    }
    return i;
  }

  // Whether an auxiliary or a form of "be" ("could", "is", "has") is among the tokens [first, last).
  bool auxiliary_in(size_t first, size_t last) const {
    for (size_t i = first; i < last; ++i)
      if (r_.is_auxiliary(i)) return true;
    return false;
  }

  // Past the listener of a verb of telling or asking, to the "that", question word or pronoun subject
  // that opens what was told: "told the Gazette on Sunday that …", "asked the mayor whether …", "told a
  // crowd how …", "told a crowd in Ohio she …" (the listener is not what was said). A listener is a few
  // words with no verb or comma of their own: not "told him it could not be said". After a listener in
  // lower case, "that" must open a clause ("told a crowd that the pier …"), as it does not in "blamed an
  // explosion that hit …"; after "about", "of" or "for" a pronoun is a relative clause's ("told the
  // story of a ship she sailed"). `i` when none ends so.
  size_t past_listener(size_t i, size_t end) const {
    static constexpr auto kNoListenerWords = word_list({
        "it", "you", "to", "not", "has", "have", "had", "will", "would", "can", "could", "should", "may",
        "might", "must", "did", "does", "do"});
    if (i >= end || is(i, "that", "how", "what", "why", "whether", "if")) return i;  // no listener, or past it
    bool named = (toks_[i].capitalized && !toks_[i].sentence_start) ||
                 (is(i, "the") && i + 1 < end && toks_[i + 1].capitalized);
    bool of_what = false;  // "asked about a remark he made", "told the story of a speech he gave"
    for (size_t k = i; k < end && k - i < kMaxListener; ++k) {
      if (k > i && is(k, "how", "what", "why", "whether", "if")) return k;
      if (k > i && is(k, "that")) return named || subject_follows(k + 1, end) ? k : i;
      // "told CNN the deadline was artificial", "told the council the bridge would close": after a named
      // listener, or one of a determiner and a word or two, a noun phrase and its verb.
      const bool short_listener = named || (k - i <= 3 && !of_what && is(i, "the", "a", "an"));
      if (k > i && short_listener && is(k, "the", "a", "an", "his", "her", "their", "its") && verb_follows(k + 1, end))
        return k;
      if (is(k, "he", "she", "they", "we", "I")) return of_what ? i : k;  // "told a crowd in Ohio he would …"
      of_what |= is(k, "about", "of", "for");
      bool listener_word = outside(k) && (toks_[k].type == TokenType::kWord || is(k, "’s", "'s"));
      if (!listener_word || r_.is_cue(k) || r_.is_form_of_be(k) || is(k, kNoListenerWords)) return i;
    }
    return i;
  }

  // Whether an auxiliary or a form of "be" comes within a few words from token `i`, all of them plain
  // words, some perhaps quoted: "deadline was", "failure to pass gun laws is", "failure to pass “common
  // sense laws” is" (the quotation marks count as no words; the auxiliary is the writer's).
  bool verb_follows(size_t i, size_t end) const {
    size_t words = 0;
    for (size_t k = i; k < end && words < 8; ++k) {
      if (!outside(k) && is(k, "“", "”", "\"")) continue;
      if (toks_[k].type != TokenType::kWord) return false;
      if (r_.is_auxiliary(k) && outside(k)) return words > 0;
      ++words;
    }
    return false;
  }

  // Whether token `i` can open a clause's subject: a name, a pronoun, a determiner, a number, "there".
  bool subject_follows(size_t i, size_t end) const {
    return i < end && outside(i) &&
           (toks_[i].capitalized || toks_[i].type == TokenType::kNumber || r_.in(i, Lex::kPronouns) ||
            r_.in(i, Lex::kDeterminers) || is(i, "there"));
  }

  bool is_form_of(size_t i, std::string_view lemma) const {
    const LexiconEntry* e = r_.cue_entry(i);
    return e && e->lemma == lemma;
  }

  // Whether the words at `i`, after a form of "find", are a way or a place reached ("a way", "ways",
  // "its way", "common ground", "a home"), no finding reported.
  bool way_found(size_t i, size_t end) const {
    if (i < end && is(i, "a", "its", "his", "her", "their", "new", "common", "some")) ++i;
    return i < end && is(i, "way", "ways", "ground", "home");
  }

  // Whether the verb at `c` is a form of "speak" or "talk" and the words at `start` say how, where, when
  // or to whom, but not what about ("spoke over boos", "spoke Hebrew", "talks to everybody all the
  // time"): what was spoken of comes after "about" or "of" within a few words ("talks to voters about
  // …", "spoke highly of …"), or after a particle ("spoke out against …", "talked up …").
  bool speaks_of_nothing(size_t c, size_t start, size_t end) const {
    constexpr size_t kMaxBeforeTopic = 6;  // tokens before "about": "is talking to his inner circle about"
    if (!is(c, "speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking") ||
        is(start - 1, "out", "up"))
      return false;
    for (size_t k = start; k < end && k - start < kMaxBeforeTopic; ++k)
      if (is(k, "about", "of")) return false;
    return true;
  }

  // Whether the words at `i` open a quotation with a sentence of its own: its marks (quotation marks or
  // typewriter ones), then a capital ("“I just want …", "''We are …").
  bool opens_quoted_sentence(size_t i, size_t end) const {
    size_t k = i;
    while (k < end && k - i < 2 && toks_[k].type == TokenType::kPunct && (is_typewriter_mark(k) || toks_[k].in_quote))
      ++k;
    return k > i && k < end && toks_[k].type == TokenType::kWord && toks_[k].capitalized;
  }

  // Whether the verb at `c` is a form of "continue" and the words at `start` what its speaker went on
  // doing ("continued his push on Twitter", "continued campaigning", "continued to be …"), no statement:
  // speech goes on after a colon, "that" or typewriter marks, or as "to" and a reporting verb
  // ("continued to question …").
  bool keeps_doing(size_t c, size_t start, size_t end) const {
    if (!is(c, "continue", "continues", "continued", "continuing") || is_typewriter_mark(start) ||
        is(start - 1, ":", "that"))
      return false;
    return !(is(start, "to") && start + 1 < end && toks_[start + 1].cue);
  }

  // Where something was said, when token `i` opens it: "in a statement", "in her speech", "in a recent
  // interview" -- the token of its noun ("statement"), or kNone.
  size_t statement_noun(size_t i, size_t end) const {
    static constexpr auto kStatements = word_list({"statement", "interview", "email", "letter", "speech", "post",
                                                   "tweet", "release"});
    if (!(i + 2 < end && is(i, "in") && is(i + 1, "a", "an", "his", "her", "their", "its"))) return kNone;
    if (is(i + 2, kStatements)) return i + 2;
    // (One word that describes it: "recent", "rare", "fundraising".)
    const bool described = i + 3 < end && toks_[i + 2].type == TokenType::kWord && !toks_[i + 2].capitalized &&
                           !r_.is_adverb(i + 2) && is(i + 3, kStatements);
    return described ? i + 3 : kNone;
  }

  // Past a setting with no "that" or comma after it, which token `i` opens: "said in a statement
  // Thursday night they …", "said on Tuesday she would …", "said last week the ferry …", "said in
  // Ohio it was …" -- to a pronoun subject (not one a preposition takes: "said after he left"), else
  // past the last word of time. `i` when neither follows within a few words: "said in his speech
  // …" stays a doubtful claim that opens with a preposition.
  size_t past_setting(size_t i, size_t end) const {
    static constexpr auto kTimeWords = word_list({
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday",
        "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "ago"});
    static constexpr auto kPrepositionsBeforePronoun = word_list({
        "after", "before", "on", "in", "at", "during", "while", "when", "since", "until"});
    if (size_t k = past_statement(i, end); k != i) return k;
    size_t after_time = i;
    for (size_t k = i; k < end && k - i < 6 && outside(k) && !r_.is_cue(k); ++k) {
      if (k > i && is(k, "he", "she", "they", "we", "I", "it") && !is(k - 1, kPrepositionsBeforePronoun))
        return k;
      if (is(k, kTimeWords) && !(k + 1 < end && is(k + 1, "’s", "'s")))  // not "said Thursday’s debate …"
        after_time = k + 1;
    }
    return after_time;
  }

  // Past "in a statement", "in an interview on Monday", when token `i` opens one; else `i`.
  size_t past_statement(size_t i, size_t end) const {
    const size_t noun = statement_noun(i, end);
    if (noun == kNone) return i;
    size_t k = noun + 1;
    if (k < end && is(k, "on")) ++k;
    while (k < end && is(k, kDaysAndTimesOfDay)) ++k;
    return k;
  }

  // Whether clause_end() may end a clause at token `k`: each of its tests asks for one of these words
  // outside quotes. Most tokens are none, and are turned away by this one test, not compared by each:
  // the token's word, packed, is looked up in a WordList with no branch (a switch on the word's size
  // had compiled to a jump whose target mispredicted 110K times on dev x10). A quoted token reads as
  // a word of none, so that one compare decides (GCC made a branch of each test joined by `&`).
  bool may_end_clause(size_t k) const {
    static constexpr auto kClauseEnders = word_list({
        ",", ";", "in", "and", "but", "while", "whereas",  // "in": statement_noun()
        "on", "last", "this",  // setting_after_object()
        "—", "–", "-",  // writers_comment()
        "as",  // "as she left"
        "when", "after"});  // when, after an object
    const uint64_t w = packed_short(k) | -static_cast<uint64_t>(toks_[k].in_quote);
    return w == kClauseEnders.words[kClauseEnders.slot_word[list_slot({w, 0}, kClauseEnders.seed)]].low;
  }

  // The first token from `k` on at which clause_end() may end a clause, or `end` if none. A loop of its
  // own, with no call, so that the tokens and the text are not loaded again at every token.
  size_t next_clause_ender(size_t k, size_t end) const {
    while (k < end && !may_end_clause(k)) ++k;
    return k;
  }

  // packed() of the word of token `i` when it has fewer than 8 bytes (all in PackedWord::low), else all
  // ones, no listed word's: one load, masked, with no branch on the word's size.
  uint64_t packed_short(size_t i) const {
    const std::string_view w = word(i);
    const size_t n = w.size();
    if (text_end_ - w.data() < 8) return n < 8 ? packed(w).low : ~uint64_t{0};  // among the text's last bytes
    uint64_t low;
    std::memcpy(&low, w.data(), 8);
    // The bits of its bytes kept, the others cleared, or all set for a word of 8 bytes or more: two
    // masks of a table, where masks computed from the size had cost six instructions more a token.
    const ShortWordMasks::Masks& masks = kShortWordMasks.of[std::min<size_t>(n, 8)];
    return (low | masks.set) & masks.keep;
  }

  // Where a reported clause ends: the sentence end, or a word that starts a new clause with a speaker
  // of its own ("…, while the Kremlin described …"). `cue` is the reporting verb the clause follows, if
  // any.
  [[gnu::hot]] size_t clause_end(size_t i, size_t end, size_t cue = kNone) const {
    static constexpr auto kOwnClauseOpeners = word_list({
        "he", "she", "they", "we", "I", "has", "have", "had", "is", "was", "will", "would", "did", "does",
        "could", "may", "might", "then"});
    for (size_t k = next_clause_ender(i + 1, end); k < end; k = next_clause_ender(k + 1, end)) {
      // "… endorsed Trump last week", "… praised the plan on Monday": when, after an object. (First, and
      // "on", "last" and "this" are asked nothing else: these words are common.)
      if (is(k, "in", "on", "last", "this")) {
        if (cue != kNone && k + kMaxTime >= end && setting_after_object(i, k, end, cue)) return k;
        if (!is(k, "in")) continue;
      }
      if (is(k, ";", "whereas")) return k;
      // "… will protect rights, while her opponent …" ends it; "… took a hard line while accepting
      // millions …" does not: "while" and a participle are the same act.
      if (is(k, "while") && !(k + 1 < end && (r_.is_participle(k + 1) || is(k + 1, "also")))) return k;
      // "… and warned that …", "…, adding that …": a second verb of the same speaker starts a new claim --
      // not one in the present after a verb in the past, the reported clause's own: "said he is proud and
      // expects to win".
      if (is(k, "and", ",") && k + 1 < end && (r_.is_cue(k + 1) || (k + 2 < end && r_.is_modifier(k + 1) && r_.is_cue(k + 2))) &&
          !(is(k, "and") && cue != kNone && r_.is_past_form(cue) && in_present(k + 1)))
        return k;
      // "… and she accused …": a pronoun and a verb of speech in the past start the next report.
      if (is(k, "and") && k + 2 < end && is(k + 1, "he", "she", "they") && r_.is_cue(k + 2) && r_.is_past_form(k + 2))
        return k;
      // "… asked for privacy as they sought answers": when, the writer's (not "even as …", "as long as …",
      // nor "as they were …", "as he has …", as often a comparison in what was said).
      if (is(k, "as") && k + 2 < end && is(k + 1, "he", "she", "they") && !r_.is_auxiliary(k + 2) &&
          !is(k - 1, "even", "long", "much", "far", "soon", "well", "just", "same"))
        return k;
      // ", but …", ", when …": the writer goes on. Not ", because …", ", since …", ", though …": the
      // speaker's reason or concession is part of what they said ("said the pier must close, because
      // its piles are rotten"); nor ", but that …", the verb's second clause ("said the pier would
      // close, but that the ferry would run"), nor ", but rather …", ", but instead …", what the speaker
      // puts in its place ("said the pier would not close, but rather be rebuilt"); nor ", when …"
      // after a year or a day, which it describes ("said the pier closed in 1978, when the ferry came").
      if (is(k, ",") && k + 1 < end && is(k + 1, "but", "while", "whereas", "after", "before", "when") &&
          !(k + 2 < end && is(k + 1, "but") &&
            (is(k + 2, "that", "rather", "instead") || second_predicate(i, k + 2, end))) &&
          !(is(k + 1, "when") && names_time(k - 1)))
        return k;
      // ", even as the crowd booed …": the writer's contrast, as after ", while" (not ", even as a
      // candidate, …", a role of the clause's subject).
      if (is(k, ",") && k + 3 < end && is(k + 1, "even") && is(k + 2, "as") && !is(k + 3, "a", "an"))
        return k;
      // ", with Varga taking to the radio …": someone else's act beside the claim, the writer's.
      if (is(k, ",") && k + 2 < end && is(k + 1, "with") && absolute_follows(k + 2, end)) return k;
      // "… respects her passion but argues that …", "… but he also noted …", "… but has since said …":
      // "but" and a verb or a subject of its own (not "large but growing", "not Oslo but Moscow").
      if (is(k, "but") && k + 1 < end && outside(k + 1) &&
          (r_.is_cue(k + 1) || (k + 2 < end && r_.is_modifier(k + 1) && r_.is_cue(k + 2)) ||
           is(k + 1, kOwnClauseOpeners)) && !second_predicate(i, k + 1, end))
        return k;
      // "…, he clarified that …", "…, Mr. Obama added": a comma, a short subject and a verb of its own.
      if (is(k, ",") && subject_and_cue_follow(k + 1, end)) return k;
      // "… expect a level of service,'' Mr. Ruiz said": typewriter marks that touch the comma before them
      // (", ''" opens a quotation), with none in the clause before, close the quotation the clause ran
      // in; what follows is who said it.
      if (is(k, ",") && typewriter_pair(k + 1) && toks_[k].end == toks_[k + 1].begin && !typewriter_pair_in(i, k))
        return k;
      // ", hours after …", ", days before …"
      if (is(k, ",") && k + 2 < end && is(k + 2, "after", "before") && !toks_[k + 1].capitalized) return k;
      // "… stop at Port Ellen, which lost its service", ", according to the minutes": an aside on the
      // clause's last noun, a second source. (Not ", PARTICIPLE": as often the reported clause goes on
      // -- ", including …", ", earning 51 percent" -- as the speaker's next act follows.)
      // (But "said that Ines Varga, who was ousted in May, has been …": an aside on the clause's subject,
      // which the clause's verb follows.)
      if (is(k, ",") && k + 1 < end && is(k + 1, "which", "who", "whose", "whom") && !aside_on_subject(k + 1, end)) return k;
      // "… repeal the Hyde Amendment, a federal provision that …", "…, a move that could …": an
      // apposition that runs to the sentence's end (not "CNN, a fellow network, has …").
      if (is(k, ",") && k + 2 < end && is(k + 1, "a", "an") && !r_.comma_in(k + 1, end)) return k;
      // So is ", the measure that …", after a clause of a few words (not "…, the pilots and the crews", a
      // list; not "after the storm, the pier was closed", a clause after its opening phrase).
      if (is(k, ",") && k + 2 < end && is(k + 1, "the") && k >= i + kMinClaimTokens && !r_.comma_in(k + 1, end) &&
          !word_in(k + 1, end, "and", "or") && !only_introduction(i, k) && !r_.has_own_verb(k + 2, end))
        return k;
      // "… would close the pier — a move that …", "— a charge that …": after a dash, the writer's word
      // on what was said or done, when no dash follows.
      if (is(k, "—", "–", "-") && k + 2 < end && is(k + 1, "a", "an") && writers_comment(k + 2, end) &&
          !word_in(k + 1, end, "—", "–", "-"))
        return k;
      // "… will seek reelection in 2018 - though it is unclear …", "— but the campaign rejected …": after
      // a dash, a contrast is the writer's turn against what was said.
      if (is(k, "—", "–", "-") && k + 1 < end && is(k + 1, "but", "though", "although", "yet")) return k;
      if (is(k, ",") && k + 2 < end && is(k + 1, "according") && is(k + 2, "to")) return k;
      // "… would vote for her, compared with 41 percent in May": the writer's comparison of polls.
      if (is(k, ",") && k + 2 < end && is(k + 1, "compared") && is(k + 2, "with", "to")) return k;
      // "… praised the crew in a statement on Friday": where it was said, not what -- unless what was
      // said follows ("… voiced doubts in an interview that the pier …") or came after "that" ("said
      // that the numbers in his speech are wrong").
      if (const size_t noun = statement_noun(k, end);
          noun != kNone && !word_in(noun + 1, end, "that") && !(i > 0 && is(i - 1, "that")))
        return k;
      // "… denied the charges and accused her of theft": a second act of the speaker's after an object.
      if (is(k, "and") && cue != kNone && !is_saying(cue) && second_act(i, k, end)) return k;
      // "… backed the bill when it came to a vote", "… praised Varga after she spoke": when, a pronoun's
      // clause after an object with no verb of its own (not after said, told, added, whose clause it may
      // end; nor "after the debate", as often part of what was said; nor "the days when", "where and
      // when", which the object holds).
      if (is(k, "when", "after") && k > i && k + 1 < end && is(k + 1, "he", "she", "it", "they") &&
          cue != kNone && !is_saying(cue) && !is(i, "he", "she", "it", "they", "I", "we") &&
          !is(k - 1, "and", "or", "days") && !names_time(k - 1) && !verb_form_in(i, k))
        return k;
    }
    return end;
  }

  // Whether token `j`, after "but", opens a second predicate of the subject of the clause [first, j): an
  // auxiliary with no reporting verb right after, when the clause has a verb of its own or a pronoun
  // subject ("said the pier was unsafe but would reopen", "…, but hasn't decided"; not "… but has since
  // said", the speaker's next report, nor "criticized the plan but has voted …": an object has no
  // predicate).
  bool second_predicate(size_t first, size_t j, size_t end) const {
    const bool auxiliary = r_.is_auxiliary(j) || ends_in_not(word(j));
    return outside(j) && auxiliary && !(j + 1 < end && r_.is_cue(j + 1)) && !(j + 2 < end && r_.is_cue(j + 2)) &&
           (r_.has_own_verb(first, j) || is(first, "he", "she", "they", "it", "we", "I"));
  }

  // Whether token `j` ends a past time, which a "when" after it describes: "in 1978, when …", "on
  // Friday, when …", "last week, when …", "recently, when …". (Not a date, "before April 26, when …": as
  // often still to come, or a deadline, which the writer explains.)
  bool names_time(size_t j) const {
    const bool year = toks_[j].type == TokenType::kNumber && word(j).size() == 4;
    return year || r_.in(j, Lex::kTimeWords) || is(j, kDaysAndTimesOfDay) || is(j, "recently");
  }

  // Whether the verb at token `i` (or the auxiliary before it) is in the present: "expects", "tell", "is
  // seeking", "has said" -- not "warned", "would tell", nor a participle; nor "says", "tells", "adds",
  // which report again as often.
  bool in_present(size_t i) const {
    if (is(i, "is", "are", "has", "have", "does", "do", "can", "will")) return true;
    return r_.is_cue(i) && !r_.is_past_form(i) && !r_.is_participle(i) && !is_saying(i);
  }

  // Whether token `k` opens a time of at most kMaxTime tokens that ends the clause, after an object
  // [first, k) of the verb at `cue` -- a few words with no verb of its own: "last week", "this year", "in
  // March", "in early June", "on Monday". Not after said, told or added, which report a clause, whose verb
  // may be irregular ("said fares rose in May"); nor a longer setting: PolNeAR's annotators keep "in a
  // speech at …" in the claim as often as not.
  bool setting_after_object(size_t first, size_t k, size_t end, size_t cue) const {
    static constexpr auto kTimeNouns = word_list({"week", "weekend", "month", "year", "morning", "afternoon",
                                                  "evening", "night", "spring", "summer", "fall", "winter"});
    static constexpr auto kEarlyOrLate = word_list({"early", "late", "mid", "recent"});
    constexpr size_t kMaxObject = 6;  // tokens
    const bool opens_object = toks_[first].capitalized || r_.in(first, Lex::kDeterminers) ||
                              is(first, "him", "her", "them", "it", "his", "their", "its");
    if (k == first || k - first > kMaxObject || end - k > kMaxTime || k + 1 >= end || !outside(k + 1) ||
        !opens_object || is_saying(cue) || verb_form_in(first, k))
      return false;
    if (is(k, "last", "this")) return is(k + 1, kTimeNouns);
    if (!is(k, "in", "on")) return false;
    const bool day_or_month = toks_[k + 1].capitalized && r_.is_function_word(k + 1);  // "Monday", "March"
    return day_or_month || toks_[k + 1].type == TokenType::kNumber || is(k + 1, kEarlyOrLate);
  }

  // Whether [first, k) holds a verb of its own, read from its form: a past in -ed, an auxiliary, a form of
  // "be", a reporting verb, or a relative clause's word. (An irregular past, "rose", goes unseen. Not
  // MentionReader::has_own_verb(), which asks for an auxiliary outside a relative clause alone.)
  bool verb_form_in(size_t first, size_t k) const {
    static constexpr auto kClauseVerbs = word_list({
        "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "did",
        "does", "do", "who", "which", "that"});
    for (size_t j = first; j < k; ++j)
      if (outside(j) && (has_suffix(word(j), "ed") || r_.is_form_of_be(j) || r_.is_cue(j) || is(j, kClauseVerbs)))
        return true;
    return false;
  }

  // Whether the relative clause that opens at `k` ends at a comma followed by an auxiliary: "…, who was
  // ousted in May, has been …" (the aside was on the subject of "has").
  bool aside_on_subject(size_t k, size_t end) const {
    const size_t comma = first_comma(k, end);
    return comma + 1 < end && r_.is_auxiliary(comma + 1);
  }

  // Whether "and" at `k` opens a second act of the speaker's -- a verb in -ed and its object, or an
  // auxiliary of its own -- after a clause [first, k) with no verb of its own: "denied the charges and
  // accused her …", "urged voters to stay and thanked the …", "endorsed Haines and has campaigned for
  // her"; not "defended the ferry that sailed and returned …" or "denied the claims and counterclaims".
  // Verbs are read from their forms: a past in -ed, an auxiliary, a form of "be", a reporting verb. An
  // irregular past ("rose") goes unseen, so "said", "told" and "added", which report a whole clause, are
  // left alone: "said fares rose and dropped the …".
  bool second_act(size_t first, size_t k, size_t end) const {
    if (k + 2 >= end) return false;
    const bool auxiliary = is(k + 1, "has", "have", "had", "was", "is");
    if (!auxiliary && (!outside(k + 1) || toks_[k + 1].capitalized || !has_suffix(word(k + 1), "ed") ||
                       !(r_.in(k + 2, Lex::kDeterminers) || r_.in(k + 2, Lex::kPronouns) || is(k + 2, "to"))))
      return false;
    return !verb_form_in(first, k);
  }

  const MentionReader& r_;
  const std::vector<Token>& toks_;
  const std::vector<Sentence>& sentences_;
  const char* text_end_ = nullptr;  // where the last token ends: no word is read past it
  const ClaimSink& sink_;
  std::vector<Claim> found_;  // the claims of the latest sentences, not yet handed to sink_
  SentenceCounts previous_counts_;  // of the sentence before the one at hand
  uint32_t previous_sentence_ = 0;  // its index
  std::optional<Mention> last_subject_;  // the speaker of the sentence's latest verb
  size_t main_verb_ = kNone;  // the verb after a participle on the sentence's subject (verb_after_participle())
  struct Continued {
    Mention speaker;
    size_t cue_first;
    size_t cue_last;
  };
  std::optional<Continued> continued_;  // the previous sentence ended with this reporting clause
  bool propose_more_;  // a model judges the claims: propose the doubtful ones too
};

}  // namespace

std::vector<Claim> find_claims(const MentionReader& reader, const Tokens& tokens, bool doubtful) {
  std::vector<Claim> claims;
  find_claims(reader, tokens, doubtful, [&](const std::vector<Claim>& found) {
    claims.insert(claims.end(), found.begin(), found.end());
  });
  return claims;
}

void find_claims(const MentionReader& reader, const Tokens& tokens, bool doubtful, const ClaimSink& sink) {
  ClaimFinder(reader, tokens, doubtful, sink).run();
}

}  // namespace whosaid
