// The claim model: a linear classifier, learned from PolNeAR train, that decides which of the claims the
// rules of claims.h propose are kept -- and that lets the rules propose claims they would not make
// alone: a clause that opens with a preposition ("spoke about the economy") or one of a word or two
// ("endorsed Rubio").
//
// Why a learned filter: the rules find a claim wherever a reporting word has a readable subject, but
// how often that is reported speech depends on the word and its surroundings in ways no one rule
// says: "said" is right nine times in ten, "states" one time in eight, "support" one in four, and a
// pronoun subject, a clause of three words or a verb that opens its sentence all change those odds. The
// model weighs such cheap facts about each candidate claim, which the engine reads anyway:
//
//   the rule that made it (claims.h ClaimRule), the reporting word and its lemma, the lexicon's tag
//   (stance, obj), the words just before and after the reporting word, the first word of the clause,
//   "that" before the clause, the clause's length in tokens (bucketed), how much of it is quoted,
//   where it lies in its sentence and paragraph, the speaker phrase's kind (name, pronoun, description,
//   group, organisation) and its last word when that is no name, the word before it ("if" or
//   "whether" make it hypothetical), whether its speaker has quotes, how
//   many reporting verbs and quotes its sentence holds, whether another candidate claim of its
//   sentence holds its clause, and the lemma paired with the rule and with "that".
//   (Pairs of the lemma with the next word, the length or the speaker kind gained nothing in
//   cross-validation and cost time: left out.)
//
// Each feature is a short string (at most 48 bytes); the model is a table from feature to integer
// weight (in the units the model file's header gives). A claim is kept when the sum of its features' weights is above zero (the
// decision threshold is folded into the weight of "bias"). Integers make the decision the same on every
// platform. In the engine a feature is never built as a string: its parts are copied into a buffer and
// hashed, and the hash is looked up in a cuckoo table (two slots to read) -- a few dozen lookups per
// candidate claim, none per byte of text; the weights of features fixed at compile time ("bias",
// "len=8-12") are looked up once, when the model is parsed, and kept in a small array, and so are those
// of the reporting verbs' words and lemmas ("v=said", "l=say", "lr=say|after"), in a table by lexicon
// entry.
// Unknown features weigh nothing.
//
// The model proposes no reporting words of its own. PolNeAR's annotators mark actions as attributions
// too ("launched", "hired", "went"); learned from their cues, such words had Russia "launching an
// invasion" and a bulldozer "pushing the mound" among the claims. A reporting word is in cue_verbs.txt
// or it is none.
//
// The model changes claims only, never quotes: a quote inside a claim takes that claim's speaker when
// the rules make the claim, whether the model keeps it or not (attribution.cc, quotes_inside_claims).
//
// The model is data: core/models/claims.txt, compiled in (cmake/embed_model.cmake) and written by
// scripts/train-claims.mjs, which reads ../shared/corpus/polnear-train.jsonl, runs the engine's
// candidates through build/claim_features (tools/claim_features.cc: every candidate claim with its
// features, before the model's decision) and fits an L2-regularised logistic regression:
//
//   cmake --build build -j2 --target claim_features && node scripts/train-claims.mjs
//
// A build without a model file (or with an empty one) keeps every claim: the rules alone.
#ifndef WHOSAID_CLAIM_MODEL_H_
#define WHOSAID_CLAIM_MODEL_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "claims.h"
#include "lexicon.h"
#include "mentions.h"
#include "tokens.h"

// The training trace (ClaimCandidate, claim_features()) is built natively only: the wasm module never
// trains, and leaving it out keeps the module within its size budget.
#if defined(__EMSCRIPTEN__)
#define WHOSAID_CLAIM_TRACE 0
#else
#define WHOSAID_CLAIM_TRACE 1
#endif

namespace whosaid {

// What the attribution stage knows of a claim beyond its tokens.
struct ClaimContext {
  bool speaker_quoted = false;  // its speaker's entity has a direct or mixed quote in the text
  // Another candidate claim of its sentence, a doubtful one too, holds its clause, or has the same one:
  // "Ana said Ben told her the pier would close" (Ben's claim is in Ana's), or "said" and "added" read
  // as the reporting words of one clause. On train such a claim is right one time in eight (84 of 676),
  // the others two times in three.
  bool in_claim = false;
};

// The features of claim `c`, in *out (cleared first).
void claim_features(const MentionReader& reader, const Tokens& tokens, const Claim& c, const ClaimContext& context,
                    std::vector<std::string>* out);

class ClaimModel {
 public:
  // The compiled-in model, parsed on first use. Thread-safe.
  static const ClaimModel& get();

  // Parses a model file (the format is described at the top of core/models/claims.txt); keeps a copy.
  explicit ClaimModel(std::string_view text);

  // The score of claim `c`: the sum of its features' weights (integers). The claim is kept when
  // it is above 0. No allocation: features are hashed as they are read, never built as strings.
  int64_t score(const MentionReader& reader, const Tokens& tokens, const Claim& c, const ClaimContext& context) const;
  // The same for features listed by claim_features().
  int64_t score(const std::vector<std::string>& features) const;
  // Whether the model has no weight: then the rules alone decide.
  bool empty() const { return weight_count_ == 0; }
  // The weight of the feature whose feature_hash() is `key`; 0 when the model has none. A key is in
  // one of the two slots its bits pick (bit 0 is always set), or nowhere: both are compared without a
  // branch, where a probe slot by slot mispredicted whether the feature was in the model. Two slots,
  // not a bucket of four: half the instructions of a lookup, of which a claim makes two dozen.
  int32_t weight(uint64_t key) const {
    const Slot& a = slots_[(key >> 1) & slot_mask_];
    const Slot& b = slots_[(key >> 33) & slot_mask_];
    return (a.second & -static_cast<int32_t>(a.first == key)) | (b.second & -static_cast<int32_t>(b.first == key));
  }
  // The weight of the constant feature `index` (kConstantFeatures in claim_model.cc), looked up when
  // the model was parsed.
  static constexpr size_t kConstantFeatureCount = 69;
  int32_t constant_weight(size_t index) const { return constant_weights_[index]; }
  // The features of a reporting verb that its lexicon entry decides, in this order: "v=WORD", its form
  // ("form=base", "form=ing", "form=s" or "form=past"), "l=LEMMA", "lthat=LEMMA", "lsq=LEMMA", then
  // "lr=LEMMA|RULE" for each ClaimRule.
  static constexpr size_t kVerbFeatureCount = 5 + static_cast<size_t>(ClaimRule::kCount);
  using VerbWeights = std::array<int32_t, kVerbFeatureCount>;
  // The weight of feature `feature` of `verb`, an entry of the reporting verbs' lexicon: looked up when
  // the model was parsed (weigh_verbs()), as the constant features are.
  int32_t verb_weight(const LexiconEntry* verb, size_t feature) const {
    return verb_weights_[verbs_.number_of(verb)][feature];
  }

 private:
  using Slot = std::pair<uint64_t, int32_t>;  // key 0: an empty slot
  using Weights = std::vector<Slot>;           // by feature_hash()
  // Puts `weights` in `slots` slots (a power of two), each key in one of its two; false when they do
  // not fit.
  bool fill(const Weights& weights, size_t slots);
  // Fills verb_weights_, given the words and the lemmas that the model's features of the verb name.
  void weigh_verbs(const std::vector<std::string_view>& words, const WordList& lemmas);
  // The lemma features of `lemma`, into *w.
  void weigh_lemma(std::string_view lemma, VerbWeights* w) const;
  // The weight of the feature made of `parts`, one after the other; 0 for one too long.
  int32_t weight_of(std::initializer_list<std::string_view> parts) const;

  Weights slots_;
  size_t slot_mask_ = 0;
  size_t weight_count_ = 0;
  std::array<int32_t, kConstantFeatureCount> constant_weights_{};
  const WordList& verbs_;  // lexicon(Lex::kCueVerbs)
  std::vector<VerbWeights> verb_weights_;  // by verbs_.number_of()
};

// What the claims stage proposed, for training (tools/claim_features.cc): every claim whose speaker
// resolved, with its features and the model's score, whether it was kept or not.
struct ClaimCandidate {
  ByteSpan span;
  ByteSpan mention;
  ByteSpan cue;
  int entity;
  std::vector<std::string> features;
  int64_t score;
};

}  // namespace whosaid

#endif  // WHOSAID_CLAIM_MODEL_H_
