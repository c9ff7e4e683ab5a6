#include "claim_model.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "lexicon.h"
#include "model_data.h"
#include "out_of_line.h"
#include "text.h"

namespace whosaid {

namespace {

constexpr size_t kMaxFeature = 48;  // bytes: a longer feature is left out

constexpr std::string_view kRuleName[] = {"label", "according", "noun", "after", "before", "paren", "inverted",
                                            "continued"};
static_assert(sizeof kRuleName / sizeof kRuleName[0] == static_cast<size_t>(ClaimRule::kCount));

// The features of the reporting verb that its lexicon entry decides, in the order of
// ClaimModel::verb_weight(): "v=" and the word, its form ("form=past", a constant feature), "l=",
// "lthat=", "lsq=" and the lemma, and "lr=", the lemma, "|" and the rule's name, at kLemmaRule + the
// rule.
enum VerbFeature : size_t { kVerbWord, kVerbForm, kLemmaAlone, kLemmaThat, kLemmaSpeakerQuoted, kLemmaRule };
constexpr std::string_view kVerbPrefix[] = {"v=", "form=", "l=", "lthat=", "lsq=", "lr="};
static_assert(kLemmaRule + static_cast<size_t>(ClaimRule::kCount) == ClaimModel::kVerbFeatureCount);

// The lemma that a lemma feature names ("say" of "l=say" and of "lr=say|after"), or nothing when
// `feature` is none.
std::optional<std::string_view> lemma_named(std::string_view feature) {
  for (size_t f = kLemmaAlone; f <= kLemmaRule; ++f) {
    const std::string_view prefix = kVerbPrefix[f];
    if (feature.substr(0, prefix.size()) != prefix) continue;
    const std::string_view rest = feature.substr(prefix.size());
    return f == kLemmaRule ? rest.substr(0, rest.rfind('|')) : rest;
  }
  return std::nullopt;
}

// Token counts in a few bands: what matters is short or long, not the exact count. The band's index
// in the tables of constant features below ("len=1-2", "len=3-4", ... "len=36+"). Read from a table of
// the bands of the counts up to 36, with no branch: a chain of ifs mispredicted ~25K times on dev x10
// (and GCC compiled a sum of the compares to branches too).
constexpr struct Bands {
  uint8_t of[37];
  constexpr Bands() : of() {
    for (size_t n = 0; n <= 36; ++n) of[n] = (n > 2) + (n > 4) + (n > 7) + (n > 12) + (n > 20) + (n > 35);
  }
} kBands;

size_t band(size_t n) { return kBands.of[std::min<size_t>(n, 36)]; }

// The same for distances: "0", "1", "2-3", "4-8", "9+".
constexpr struct DistanceBands {
  uint8_t of[10];
  constexpr DistanceBands() : of() {
    for (size_t n = 0; n <= 9; ++n) of[n] = (n > 0) + (n > 1) + (n > 3) + (n > 8);
  }
} kDistanceBands;

size_t distance_band(size_t n) { return kDistanceBands.of[std::min<size_t>(n, 9)]; }

// Eight bytes with their ASCII capitals lower-cased at once, other bytes (UTF-8 included) unchanged:
// kAsciiLower of each.
uint64_t ascii_lower(uint64_t x) {
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Fu, kHigh = 0x8080808080808080u;
  const uint64_t low7 = x & kLow7;
  const uint64_t at_least_a = low7 + 0x3F3F3F3F3F3F3F3Fu;  // the high bit set where a byte >= 'A'
  const uint64_t above_z = low7 + 0x2525252525252525u;     // ... where a byte > 'Z'
  return x | ((at_least_a & ~above_z & ~x & kHigh) >> 2);  // 0x80 >> 2 == 0x20, the case bit
}

// A token's word as a feature value, lower case, in a buffer of its own: no allocation. Numbers read
// "#"; past either end of the text, "^" and "$". A word too long for any feature reads as itself, and
// every feature with it is longer than kMaxFeature, hence left out. `text_end`: where the text ends,
// so that the word is read eight bytes at a time where eight more can be read -- a loop a byte at a
// time mispredicted its exit, at the words' random lengths, 8K times a dev pass.
class Word {
 public:
  Word(const MentionReader& r, const std::vector<Token>& toks, const char* text_end, size_t i,
       bool before = false) {
    if (before ? i == 0 : i >= toks.size()) {
      set(before ? '^' : '$');
    } else {
      if (before) --i;
      if (toks[i].type == TokenType::kNumber) {
        set('#');
      } else {
        std::string_view w = r.word(i);
        size_ = std::min(w.size(), kMaxFeature + 1);
        copy_lower(w.data(), text_end);
      }
    }
  }
  // The parts' bytes one after the other, as they are: "say", "say|after". Parts longer together than
  // any feature are cut where every feature with them is still longer than kMaxFeature.
  explicit Word(std::initializer_list<std::string_view> parts) {
    std::memset(buf_, 0, sizeof buf_);
    append(parts);
  }
  std::string_view view() const { return {buf_, size_}; }
  operator std::string_view() const { return view(); }
  // The word's bytes, zero-padded to a multiple of 8.
  const char* padded() const { return buf_; }
  size_t size() const { return size_; }

 private:
  void set(char c) {
    std::memset(buf_, 0, 8);
    buf_[0] = c;
    size_ = 1;
  }
  // Appends `parts` to a word whose buffer is zero past its bytes.
  void append(std::initializer_list<std::string_view> parts) {
    for (std::string_view p : parts) {
      const size_t n = std::min(p.size(), kMaxFeature + 1 - size_);
      std::memcpy(buf_ + size_, p.data(), n);
      size_ += n;
    }
  }
  // The size_ bytes at `p`, lower-cased and zero-padded.
  void copy_lower(const char* p, const char* text_end) {
    const size_t chunks = (size_ + 7) / 8;
    if (text_end - p < static_cast<std::ptrdiff_t>(8 * chunks)) {  // among the text's last bytes
      std::memset(buf_, 0, sizeof buf_);
      for (size_t k = 0; k < size_; ++k) buf_[k] = kAsciiLower[static_cast<unsigned char>(p[k])];
      return;
    }
    const uint64_t last_mask = ~uint64_t{0} >> (8 * (8 * chunks - size_));  // its last chunk's bytes
    for (size_t k = 0; k < chunks; ++k) {
      uint64_t chunk;
      std::memcpy(&chunk, p + 8 * k, 8);
      chunk = ascii_lower(chunk) & (k + 1 == chunks ? last_mask : ~uint64_t{0});
      std::memcpy(buf_ + 8 * k, &chunk, 8);
    }
  }
  char buf_[(kMaxFeature + 1 + 7) / 8 * 8];
  size_t size_ = 0;
};

// A claim's reporting verb, as the verb's features read it: its entry in the reporting verbs' lexicon, if
// any ("to" of "according to" and a label's colon have none); its word, unless the sink reads a
// lexicon verb's features from the model's table and no word was built; the lemma's text (the word's
// when there is no entry); the claim's rule.
struct Verb {
  const LexiconEntry* entry;
  const Word* word;
  std::string_view lemma;
  ClaimRule rule;
};

// A feature's key in the model: a hash of its bytes, read 8 at a time from a buffer zero-padded to a
// multiple of 8 (little-endian, as on every target: x86, ARM, wasm) -- for a model file's features when
// it is parsed, for a claim's features from their parts copied into such a buffer (FeatureScore).
constexpr size_t kHashBuffer = (kMaxFeature + 7) / 8 * 8;

constexpr uint64_t hash_start(size_t n) { return 0x9E3779B97F4A7C15u ^ n; }
constexpr uint64_t hash_chunk(uint64_t h, uint64_t chunk) {
  h = (h ^ chunk) * 0xBF58476D1CE4E5B9u;
  return h ^ (h >> 31);
}

uint64_t feature_hash(const char* padded, size_t n) {  // n <= kMaxFeature
  uint64_t h = hash_start(n);
  for (size_t k = 0; k < n; k += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, padded + k, 8);
    h = hash_chunk(h, chunk);
  }
  return h | 1;  // never 0, the empty slot
}

// The features whose text is known when the engine is compiled: most of a claim's features are such
// ("bias", "q=none", "len=8-12"). The model looks up their weights once, when it is parsed, and keeps
// them by their index here (ClaimModel::constant_weight()): summing one costs a load, not a copy, a
// hash and a lookup in the model's table (370K instructions a dev pass).
constexpr std::string_view kConstantFeatures[] = {
    "r=label", "r=according", "r=noun", "r=after", "r=before", "r=paren", "r=inverted", "r=continued",
    "m=name", "m=pronoun", "m=description",
    "len=1-2", "len=3-4", "len=5-7", "len=8-12", "len=13-20", "len=21-35", "len=36+",
    "mlen=1-2", "mlen=3-4", "mlen=5-7", "mlen=8-12", "mlen=13-20", "mlen=21-35", "mlen=36+",
    "skip=0", "skip=1", "skip=2-3", "skip=4-8", "skip=9+",
    "gap<=0", "gap<=1", "gap<=2-3", "gap<=4-8", "gap<=9+",
    "gap>=0", "gap>=1", "gap>=2-3", "gap>=4-8", "gap>=9+",
    "cues=1", "cues=2", "cues=3+",
    "bias", "t=none", "t=stance", "t=obj", "t=speech", "form=base", "form=ing", "form=s", "form=past", "f1cap",
    "that", "q=none", "q=some", "q=most", "inner_cue", "claim_opens", "claim_ends", "cue_opens", "question",
    "para_opens", "sentence_quotes", "speaker_quoted", "m_group", "m_org", "m_relative", "in_claim"};
constexpr size_t kConstantCount = sizeof kConstantFeatures / sizeof kConstantFeatures[0];
static_assert(kConstantCount == ClaimModel::kConstantFeatureCount, "claim_model.h counts the constant features");

struct Constant {
  std::string_view text;
  size_t index;  // in kConstantFeatures
};

// Not constexpr: constant() of a text not in kConstantFeatures fails to compile.
inline void not_a_constant_feature() {}

constexpr Constant constant(std::string_view text) {
  size_t index = 0;
  while (index < kConstantCount && kConstantFeatures[index] != text) ++index;
  if (index == kConstantCount) not_a_constant_feature();
  return {text, index};
}

constexpr Constant kRule[] = {constant("r=label"), constant("r=according"), constant("r=noun"),
                              constant("r=after"), constant("r=before"), constant("r=paren"),
                              constant("r=inverted"), constant("r=continued")};
static_assert(sizeof kRule / sizeof kRule[0] == static_cast<size_t>(ClaimRule::kCount));
constexpr Constant kMention[] = {constant("m=name"), constant("m=pronoun"), constant("m=description")};
constexpr Constant kLength[] = {constant("len=1-2"), constant("len=3-4"), constant("len=5-7"), constant("len=8-12"),
                                constant("len=13-20"), constant("len=21-35"), constant("len=36+")};
constexpr Constant kMentionLength[] = {constant("mlen=1-2"), constant("mlen=3-4"), constant("mlen=5-7"),
                                       constant("mlen=8-12"), constant("mlen=13-20"), constant("mlen=21-35"),
                                       constant("mlen=36+")};
constexpr Constant kSkip[] = {constant("skip=0"), constant("skip=1"), constant("skip=2-3"), constant("skip=4-8"),
                              constant("skip=9+")};
constexpr Constant kGapBefore[] = {constant("gap<=0"), constant("gap<=1"), constant("gap<=2-3"),
                                   constant("gap<=4-8"), constant("gap<=9+")};
constexpr Constant kGapAfter[] = {constant("gap>=0"), constant("gap>=1"), constant("gap>=2-3"),
                                  constant("gap>=4-8"), constant("gap>=9+")};
constexpr Constant kCues[] = {constant("cues=1"), constant("cues=2"), constant("cues=3+")};
constexpr Constant kBias = constant("bias"),
                   kNoTag = constant("t=none"), kStance = constant("t=stance"), kObject = constant("t=obj"),
                   kSpeech = constant("t=speech"), kBase = constant("form=base"), kIng = constant("form=ing"),
                   kFormS = constant("form=s"), kPast = constant("form=past"), kFirstCapital = constant("f1cap"),
                   kThat = constant("that"), kNoneQuoted = constant("q=none"), kSomeQuoted = constant("q=some"),
                   kMostQuoted = constant("q=most"), kInnerCue = constant("inner_cue"),
                   kClaimOpens = constant("claim_opens"), kClaimEnds = constant("claim_ends"),
                   kCueOpens = constant("cue_opens"), kQuestion = constant("question"),
                   kParagraphOpens = constant("para_opens"), kSentenceQuotes = constant("sentence_quotes"),
                   kSpeakerQuoted = constant("speaker_quoted"), kGroup = constant("m_group"),
                   kOrganization = constant("m_org"), kRelative = constant("m_relative"),
                   kInClaim = constant("in_claim");

// The form of a reporting verb's word, lower case, of its entry `e`: the lemma itself, or in -ing, -s or
// neither.
Constant form_of(std::string_view word, const LexiconEntry& e) {
  return word == e.lemma ? kBase : has_suffix(word, "ing") ? kIng : has_suffix(word, "s") ? kFormS : kPast;
}

// Whether `w` holds no ASCII capital, as a word read lower case.
bool lower_case(std::string_view w) {
  return std::none_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

uint64_t feature_hash(std::string_view feature) {  // feature.size() <= kMaxFeature
  char padded[kHashBuffer] = {};
  std::memcpy(padded, feature.data(), feature.size());
  return feature_hash(padded, feature.size());
}

// The two things done with a claim's features: list them (for training, native builds only) or sum
// their weights. features() is a template over the two, so that the wasm module, which only sums, holds
// one copy of it and no virtual call.
#if WHOSAID_CLAIM_TRACE
class FeatureList {
 public:
  explicit FeatureList(std::vector<std::string>* out) : out_(out) {}
  void add(std::initializer_list<std::string_view> parts) {
    size_t n = 0;
    for (std::string_view p : parts) n += p.size();
    if (n > kMaxFeature) return;
    std::string f;
    f.reserve(n);
    for (std::string_view p : parts) f.append(p);
    out_->push_back(std::move(f));
  }
  void add(std::string_view prefix, const Word& w) { add({prefix, w}); }
  static constexpr bool kReadsVerbTable = false;  // features() builds the verb's word
  void add_verb(VerbFeature f, const Verb& v) {
    if (f == kVerbWord) add(kVerbPrefix[f], *v.word);
    else if (f == kVerbForm) add(form_of(*v.word, *v.entry));
    else if (f == kLemmaRule) add({kVerbPrefix[f], v.lemma, "|", kRuleName[static_cast<size_t>(v.rule)]});
    else add({kVerbPrefix[f], v.lemma});
  }
  void add(const Constant& c) { out_->emplace_back(c.text); }
  void add_if(bool holds, const Constant& c) {
    if (holds) add(c);
  }

 private:
  std::vector<std::string>* out_;
};
#endif

class FeatureScore {
 public:
  explicit FeatureScore(const ClaimModel* model) : model_(model) {}
  void add(std::initializer_list<std::string_view> parts) {
    char buf[kHashBuffer] = {};
    size_t n = 0;
    for (std::string_view p : parts) {
      if (n + p.size() > kMaxFeature) return;  // as FeatureList: no feature this long
      for (char ch : p) buf[n++] = ch;         // a few bytes: no memcpy call
    }
    sum_ += model_->weight(feature_hash(buf, n));
  }
  // The most common shape, a short prefix (1 to 7 bytes) and a word: the feature's chunks are read from
  // the word's zero-padded chunks, each shifted past the prefix and joined with the bytes the one before
  // pushed out -- the same chunks as feature_hash() reads of the feature's bytes, built with no buffer to
  // copy the bytes into and read back (120K instructions a dev pass).
  void add(std::string_view prefix, const Word& w) {
    const size_t n = prefix.size() + w.size();
    if (n > kMaxFeature) return;
    const unsigned shift = 8 * static_cast<unsigned>(prefix.size());  // 8 to 56
    uint64_t carry = 0;  // the bytes of the chunk at hand from before the word chunk: first, the prefix
    for (size_t k = 0; k < prefix.size(); ++k) carry |= uint64_t{static_cast<unsigned char>(prefix[k])} << (8 * k);
    const size_t word_chunks = (w.size() + 7) / 8;
    uint64_t h = hash_start(n);
    for (size_t k = 0; 8 * k < n; ++k) {
      uint64_t word_chunk = 0;
      if (k < word_chunks) std::memcpy(&word_chunk, w.padded() + 8 * k, 8);
      h = hash_chunk(h, (word_chunk << shift) | carry);
      carry = word_chunk >> (64 - shift);
    }
    sum_ += model_->weight(h | 1);  // as feature_hash()
  }
  // A lexicon verb's from the model's table, with no word built, no copy and no hash (0.33M
  // instructions a dev pass for the lemma's, 0.25M more for the word's); the others' hashed from their
  // bytes. (kVerbForm is a lexicon verb's only.)
  static constexpr bool kReadsVerbTable = true;
  void add_verb(VerbFeature f, const Verb& v) {
    const size_t rule = static_cast<size_t>(v.rule);
    if (v.entry) sum_ += model_->verb_weight(v.entry, f == kLemmaRule ? kLemmaRule + rule : f);
    else if (f == kVerbWord) add(kVerbPrefix[f], *v.word);
    else add(kVerbPrefix[f], f == kLemmaRule ? Word({v.lemma, "|", kRuleName[rule]}) : Word({v.lemma}));
  }
  void add(const Constant& c) { sum_ += model_->constant_weight(c.index); }
  // The weight times 0 or 1: no branch, on what is as likely as not for many of the constant features
  // (a branch each had mispredicted ~40K times on dev x10, together).
  void add_if(bool holds, const Constant& c) { sum_ += model_->constant_weight(c.index) * int64_t{holds}; }
  int64_t sum() const { return sum_; }

 private:
  const ClaimModel* model_;
  int64_t sum_ = 0;
};

// How many tokens of [first, last) are in quotes, and how many are cues.
struct Counts {
  size_t quoted = 0;
  size_t cues = 0;
};

Counts count(const std::vector<Token>& toks, size_t first, size_t last) {
  Counts n;
  for (size_t i = first; i < last; ++i) {
    n.quoted += toks[i].in_quote;
    n.cues += toks[i].cue;
  }
  return n;
}

// The features of claim `c` (claim_model.h says which), given to `sink`.
template <typename Sink>
void features(const MentionReader& reader, const Tokens& tokens, const Claim& c, const ClaimContext& context,
              Sink& sink) {
  const std::vector<Token>& toks = tokens.tokens;
  auto add = [&](std::initializer_list<std::string_view> parts) { sink.add(parts); };
  auto add_word = [&](std::string_view prefix, const Word& w) { sink.add(prefix, w); };
  auto add_verb = [&](VerbFeature f, const Verb& verb) { sink.add_verb(f, verb); };
  auto add_constant = [&](const Constant& f) { sink.add(f); };
  auto add_constant_if = [&](bool holds, const Constant& f) { sink.add_if(holds, f); };
  const std::string_view last_word = reader.word(toks.size() - 1);
  const char* text_end = last_word.data() + last_word.size();  // a claim has tokens
  auto word = [&](size_t i) { return Word(reader, toks, text_end, i); };
  auto word_before = [&](size_t i) { return Word(reader, toks, text_end, i, /*before=*/true); };
  const std::string_view rule = kRuleName[static_cast<size_t>(c.rule)];
  const size_t head = c.cue_last - 1;  // the reporting word: "said" of "has said", "to" of "according to"
  // The token's entry, found in any case as its word would be ("to" and a label's colon have none).
  const LexiconEntry* e = c.verb;
  std::optional<Word> v;  // the word, when some feature is built from it
  if (!e || !Sink::kReadsVerbTable) v.emplace(word(head));
  const Verb verb{e, v ? &*v : nullptr, e ? e->lemma : v->view(), c.rule};

  add_constant(kBias);
  add_constant(kRule[static_cast<size_t>(c.rule)]);
  if (c.flags & kClaimPreposition) add_word("prep=", word(c.first));
  if (c.flags) {
    const char flag_digit[2] = {static_cast<char>('0' + c.flags), 0};
    add({"flags=", flag_digit, "|", rule});
  }
  add_verb(kVerbWord, verb);
  add_verb(kLemmaAlone, verb);
  add_verb(kLemmaRule, verb);
  if (!e) add_constant(kNoTag);
  else if (e->has(kTagStance)) add_constant(kStance);
  else if (e->has(kTagObject)) add_constant(kObject);
  else add_constant(kSpeech);
  if (e) add_verb(kVerbForm, verb);
  if (c.cue_first < head) add_word("mod=", word(c.cue_first));

  const Word before = word_before(c.cue_first), after = word(head + 1);
  add_word("p1=", before);
  add_word("n1=", after);

  add_word("f1=", word(c.first));
  const Word before_claim = word_before(c.first);
  add_word("b1=", before_claim);
  if (c.first >= c.cue_last) add_constant(kSkip[distance_band(c.first - c.cue_last)]);
  add_constant_if(toks[c.first].capitalized, kFirstCapital);
  if (before_claim.view() == "that") {
    add_constant(kThat);
    add_verb(kLemmaThat, verb);
  }
  const size_t length = c.last - c.first;
  add_constant(kLength[band(length)]);
  const Sentence& s = tokens.sentences[c.sentence];
  const Counts in_claim = count(toks, c.first, c.last);
  const size_t quoted = in_claim.quoted;
  add_constant(quoted == 0 ? kNoneQuoted : quoted * 2 < length ? kSomeQuoted : kMostQuoted);
  add_constant_if(in_claim.cues, kInnerCue);

  add_constant_if(c.first == s.first, kClaimOpens);
  size_t end = c.last;
  while (end < s.last && toks[end].type == TokenType::kPunct && !toks[end].in_quote) ++end;
  add_constant_if(end == s.last, kClaimEnds);
  add_constant_if(c.cue_first == s.first, kCueOpens);
  add_constant_if(reader.word(s.last - 1) == "?", kQuestion);
  add_constant_if(toks[s.first].paragraph_start, kParagraphOpens);
  add_constant_if(c.sentence_quoted, kSentenceQuotes);
  add_constant(kCues[std::clamp<size_t>(c.sentence_cues, 1, 3) - 1]);
  add_constant_if(context.in_claim, kInClaim);
  if (context.speaker_quoted) {
    add_constant(kSpeakerQuoted);
    add_verb(kLemmaSpeakerQuoted, verb);
  }

  const Mention& m = c.speaker;
  add_constant(kMention[static_cast<size_t>(m.type)]);
  add_constant_if(m.group, kGroup);
  add_constant_if(m.organization, kOrganization);
  add_constant_if(m.relative >= 0, kRelative);
  add_constant(kMentionLength[band(m.last - m.first)]);
  if (m.type != MentionType::kName) add_word("mh=", word(m.last - 1));
  add_word("mb1=", word_before(m.first));
  bool speaker_first = m.last <= c.cue_first;
  size_t gap = speaker_first ? c.cue_first - m.last : m.first >= c.cue_last ? m.first - c.cue_last : 0;
  add_constant((speaker_first ? kGapBefore : kGapAfter)[distance_band(gap)]);
}

}  // namespace

#if WHOSAID_CLAIM_TRACE
void claim_features(const MentionReader& reader, const Tokens& tokens, const Claim& c, const ClaimContext& context,
                    std::vector<std::string>* out) {
  out->clear();
  FeatureList list(out);
  features(reader, tokens, c, context, list);
}
#endif

int64_t ClaimModel::score(const MentionReader& reader, const Tokens& tokens, const Claim& c,
                          const ClaimContext& context) const {
  FeatureScore sum(this);
  features(reader, tokens, c, context, sum);
  return sum.sum();
}

ClaimModel::ClaimModel(std::string_view text) : verbs_(lexicon(Lex::kCueVerbs)) {
  Weights weights;
  std::vector<std::string_view> words;  // that the model's "v=" features name
  WordList lemmas;                      // that its lemma features name, found in any case
  for_each_line(text, [&](std::string_view line) {
    size_t pos = 0;
    std::string_view kind = next_field(line, &pos);
    if (kind == "w") {  // w WEIGHT FEATURE
      std::string weight(next_field(line, &pos));
      std::string_view feature = next_field(line, &pos);
      if (!feature.empty() && feature.size() <= kMaxFeature) {
        weights.emplace_back(feature_hash(feature), static_cast<int32_t>(std::strtol(weight.c_str(), nullptr, 10)));
        if (std::optional<std::string_view> lemma = lemma_named(feature)) lemmas.add(*lemma, {});
        else if (feature.substr(0, kVerbPrefix[kVerbWord].size()) == kVerbPrefix[kVerbWord])
          words.push_back(feature.substr(kVerbPrefix[kVerbWord].size()));
      }
    }
  });
  size_t slots = 4;
  while (slots < 2 * weights.size()) slots *= 2;
  while (!fill(weights, slots)) slots *= 2;
  weight_count_ = weights.size();
  for (size_t k = 0; k < kConstantCount; ++k) constant_weights_[k] = weight(feature_hash(kConstantFeatures[k]));
  weigh_verbs(words, lemmas);
}

// The verbs' features, by entry. The words that "v=" features name are looked up in the lexicon; the
// lemmas, as the lexicon lists the forms of each one after the other, once for them all, and only those
// that the model names (every feature of every form had cost the CLI's start-up 4M instructions). The
// others weigh nothing. The loop over the entries is kept small, its rare work out of line: in the
// WebAssembly build, where it runs during the first extract(), a loop body of 2.7 KB had V8 recompile
// it with its optimising tier, 7 ms of CPU competing with that call.
void ClaimModel::weigh_verbs(const std::vector<std::string_view>& words, const WordList& lemmas) {
  verb_weights_.resize(verbs_.size() + 1);
  const LexiconEntry* previous = nullptr;
  verbs_.for_each_entry([&](std::string_view word, const LexiconEntry& verb) {
    VerbWeights& w = verb_weights_[verbs_.number_of(&verb)];
    w[kVerbForm] = constant_weight(form_of(word, verb).index);
    if (previous && verb.lemma == previous->lemma) {
      const VerbWeights& same = verb_weights_[verbs_.number_of(previous)];
      std::copy(same.begin() + kLemmaAlone, same.end(), w.begin() + kLemmaAlone);
    } else if (lemmas.contains(verb.lemma)) {
      weigh_lemma(verb.lemma, &w);
    }
    previous = &verb;
  });
  // (A word with capitals is no verb's: a verb's word is read lower case.)
  for (std::string_view word : words)
    if (const LexiconEntry* verb = verbs_.find(word); verb && lower_case(word))
      verb_weights_[verbs_.number_of(verb)][kVerbWord] = weight_of({kVerbPrefix[kVerbWord], word});
}

WHOSAID_OUT_OF_LINE void ClaimModel::weigh_lemma(std::string_view lemma, VerbWeights* w) const {
  for (size_t f = kLemmaAlone; f < kLemmaRule; ++f) (*w)[f] = weight_of({kVerbPrefix[f], lemma});
  for (size_t r = 0; r < static_cast<size_t>(ClaimRule::kCount); ++r)
    (*w)[kLemmaRule + r] = weight_of({kVerbPrefix[kLemmaRule], lemma, "|", kRuleName[r]});
}

WHOSAID_OUT_OF_LINE int32_t ClaimModel::weight_of(std::initializer_list<std::string_view> parts) const {
  char feature[kHashBuffer] = {};
  size_t n = 0;
  for (std::string_view p : parts) {
    if (n + p.size() > kMaxFeature) return 0;  // no feature this long
    std::memcpy(feature + n, p.data(), p.size());
    n += p.size();
  }
  return weight(feature_hash(feature, n));
}

// Cuckoo hashing: a key that finds both its slots taken takes one and moves the key there to that
// key's other slot, and so on.
bool ClaimModel::fill(const Weights& weights, size_t slots) {
  constexpr int kMaxMoves = 100;
  slots_.assign(slots, {0, 0});
  slot_mask_ = slots - 1;
  auto first_slot = [&](uint64_t key) { return (key >> 1) & slot_mask_; };
  auto second_slot = [&](uint64_t key) { return (key >> 33) & slot_mask_; };
  for (const Slot& entry : weights) {
    Slot* a = &slots_[first_slot(entry.first)];
    Slot* b = &slots_[second_slot(entry.first)];
    if (a->first == entry.first || b->first == entry.first) {  // a feature listed twice keeps its last weight
      (a->first == entry.first ? a : b)->second = entry.second;
      continue;
    }
    Slot moving = entry;
    size_t at = first_slot(moving.first);
    for (int move = 0; slots_[at].first != 0; ++move) {
      if (move == kMaxMoves) return false;
      std::swap(moving, slots_[at]);
      at = at == first_slot(moving.first) ? second_slot(moving.first) : first_slot(moving.first);
    }
    slots_[at] = moving;
  }
  return true;
}

const ClaimModel& ClaimModel::get() {
  static const ClaimModel* model = new ClaimModel(kClaimModelText);  // never destroyed, as lexicons
  return *model;
}

int64_t ClaimModel::score(const std::vector<std::string>& features) const {
  int64_t sum = 0;
  for (const std::string& f : features)
    if (f.size() <= kMaxFeature) sum += weight(feature_hash(f));
  return sum;
}

}  // namespace whosaid
