#include "claim_model.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "lexicon.h"
#include "model_data.h"
#include "text.h"

namespace whosaid {

namespace {

constexpr size_t kMaxFeature = 48;  // bytes: FlatWordMap's longest key

constexpr const char* kRuleName[] = {"label", "according", "noun", "after", "before", "paren", "inverted", "relative"};
static_assert(sizeof kRuleName / sizeof kRuleName[0] == static_cast<size_t>(ClaimRule::kCount));

constexpr const char* kMentionName[] = {"name", "pronoun", "description"};

// Token counts in a few bands: what matters is short or long, not the exact count.
const char* band(size_t n) {
  if (n <= 2) return "1-2";
  if (n <= 4) return "3-4";
  if (n <= 7) return "5-7";
  if (n <= 12) return "8-12";
  if (n <= 20) return "13-20";
  if (n <= 35) return "21-35";
  return "36+";
}

const char* distance_band(size_t n) {
  if (n == 0) return "0";
  if (n == 1) return "1";
  if (n <= 3) return "2-3";
  if (n <= 8) return "4-8";
  return "9+";
}

// A token's word as a feature value, lower case, in a buffer of its own: no allocation. Numbers read
// "#"; past either end of the text, "^" and "$". A word too long for any feature reads as itself, and
// every feature with it is longer than kMaxFeature, hence left out.
class Word {
 public:
  Word(const MentionReader& r, const std::vector<Token>& toks, size_t i, bool before = false) {
    if (before ? i == 0 : i >= toks.size()) {
      set(before ? "^" : "$");
    } else {
      if (before) --i;
      if (toks[i].type == TokenType::kNumber) {
        set("#");
      } else {
        std::string_view w = r.word(i);
        size_t n = std::min(w.size(), kMaxFeature + 1);
        for (size_t k = 0; k < n; ++k) buf_[k] = kAsciiLower[static_cast<unsigned char>(w[k])];
        size_ = n;
      }
    }
  }
  std::string_view view() const { return {buf_, size_}; }
  operator std::string_view() const { return view(); }

 private:
  void set(std::string_view s) {
    std::memcpy(buf_, s.data(), s.size());
    size_ = s.size();
  }
  char buf_[kMaxFeature + 1];
  size_t size_ = 0;
};

// A feature's key in the model: a hash of its bytes, read 8 at a time from a buffer zero-padded to a
// multiple of 8 (little-endian, as on every target: x86, ARM, wasm) -- for a model file's features when
// it is parsed, for a claim's features from their parts copied into such a buffer (FeatureScore).
constexpr size_t kHashBuffer = (kMaxFeature + 7) / 8 * 8;

uint64_t feature_hash(const char (&padded)[kHashBuffer], size_t n) {
  uint64_t h = 0x9E3779B97F4A7C15u ^ n;
  for (size_t k = 0; k < n; k += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, padded + k, 8);
    h = (h ^ chunk) * 0xBF58476D1CE4E5B9u;
    h ^= h >> 31;
  }
  return h | 1;  // never 0, the empty slot
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
  int64_t sum() const { return sum_; }

 private:
  const ClaimModel* model_;
  int64_t sum_ = 0;
};

// The features of claim `c` (claim_model.h says which), given to `sink`.
template <typename Sink>
void features(const MentionReader& reader, const Tokens& tokens, const Claim& c, const ClaimContext& context,
              Sink& sink) {
  const std::vector<Token>& toks = tokens.tokens;
  auto add = [&](std::initializer_list<std::string_view> parts) { sink.add(parts); };
  auto word = [&](size_t i) { return Word(reader, toks, i); };
  auto word_before = [&](size_t i) { return Word(reader, toks, i, /*before=*/true); };
  const std::string_view rule = kRuleName[static_cast<size_t>(c.rule)];
  const size_t head = c.cue_last - 1;  // the reporting word: "said" of "has said", "to" of "according to"
  const Word v = word(head);
  const LexiconEntry* e = lexicon(Lex::kCueVerbs).find(v);
  const std::string_view lemma = e ? e->lemma : v.view();

  add({"bias"});
  add({"r=", rule});
  if (c.flags & kClaimShort) add({"short"});
  if (c.flags & kClaimPreposition) add({"prep=", word(c.first)});
  if (c.flags & kClaimExtraCue) add({"extra"});
  if (c.flags) {
    const char flag_digit[2] = {static_cast<char>('0' + c.flags), 0};
    add({"flags=", flag_digit, "|", rule});
  }
  add({"v=", v});
  add({"l=", lemma});
  add({"lr=", lemma, "|", rule});
  if (!e) add({"t=none"});
  else if (e->tag.find("stance") != std::string_view::npos) add({"t=stance"});
  else if (e->tag.find("obj") != std::string_view::npos) add({"t=obj"});
  else add({"t=speech"});
  if (e)
    add({v.view() == e->lemma ? "form=base" : has_suffix(v, "ing") ? "form=ing" : has_suffix(v, "s") ? "form=s" : "form=past"});
  if (c.cue_first < head) add({"mod=", word(c.cue_first)});

  const Word before = word_before(c.cue_first), after = word(head + 1);
  add({"p1=", before});
  add({"n1=", after});

  add({"f1=", word(c.first)});
  const Word before_claim = word_before(c.first);
  add({"b1=", before_claim});
  if (c.first >= c.cue_last) add({"skip=", distance_band(c.first - c.cue_last)});
  if (toks[c.first].capitalized) add({"f1cap"});
  if (before_claim.view() == "that") {
    add({"that"});
    add({"lthat=", lemma});
  }
  const size_t length = c.last - c.first;
  add({"len=", band(length)});
  size_t quoted = 0, cues_inside = 0;
  for (size_t i = c.first; i < c.last; ++i) {
    quoted += toks[i].in_quote;
    cues_inside += toks[i].cue;
  }
  add({quoted == 0 ? "q=none" : quoted * 2 < length ? "q=some" : "q=most"});
  if (cues_inside) add({"inner_cue"});

  const Sentence& s = tokens.sentences[tokens.sentence_of(head)];
  if (c.first == s.first) add({"claim_opens"});
  size_t end = c.last;
  while (end < s.last && toks[end].type == TokenType::kPunct && !toks[end].in_quote) ++end;
  if (end == s.last) add({"claim_ends"});
  if (c.cue_first == s.first) add({"cue_opens"});
  if (reader.word(s.last - 1) == "?") add({"question"});
  if (toks[s.first].paragraph_start) add({"para_opens"});
  size_t quoted_in_sentence = 0, cues_in_sentence = 0;
  for (size_t i = s.first; i < s.last; ++i) {
    quoted_in_sentence += toks[i].in_quote;
    cues_in_sentence += toks[i].cue;
  }
  if (quoted_in_sentence) add({"sentence_quotes"});
  add({"cues=", cues_in_sentence <= 1 ? "1" : cues_in_sentence == 2 ? "2" : "3+"});
  if (context.speaker_quoted) {
    add({"speaker_quoted"});
    add({"lsq=", lemma});
  }

  const Mention& m = c.speaker;
  const std::string_view type = kMentionName[static_cast<size_t>(m.type)];
  add({"m=", type});
  if (m.group) add({"m_group"});
  if (m.organization) add({"m_org"});
  if (m.relative >= 0) add({"m_relative"});
  add({"mlen=", band(m.last - m.first)});
  if (m.type != MentionType::kName) add({"mh=", word(m.last - 1)});
  bool speaker_first = m.last <= c.cue_first;
  size_t gap = speaker_first ? c.cue_first - m.last : m.first >= c.cue_last ? m.first - c.cue_last : 0;
  add({speaker_first ? "gap<=" : "gap>=", distance_band(gap)});
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The next blank-separated field of `line` from *pos, or an empty view.
std::string_view field(std::string_view line, size_t* pos) {
  size_t i = *pos;
  while (i < line.size() && is_blank(line[i])) ++i;
  size_t start = i;
  while (i < line.size() && !is_blank(line[i])) ++i;
  *pos = i;
  return line.substr(start, i - start);
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

ClaimModel::ClaimModel(std::string_view text) : text_(text) {
  std::vector<std::pair<uint64_t, int32_t>> weights;
  std::string_view all = text_;
  size_t begin = 0;
  while (begin < all.size()) {
    size_t nl = all.find('\n', begin);
    if (nl == std::string_view::npos) nl = all.size();
    std::string_view line = all.substr(begin, nl - begin);
    begin = nl + 1;
    size_t pos = 0;
    std::string_view kind = field(line, &pos);
    if (kind == "w") {  // w WEIGHT FEATURE
      std::string weight(field(line, &pos));
      std::string_view feature = field(line, &pos);
      if (!feature.empty() && feature.size() <= kMaxFeature)
        weights.emplace_back(feature_hash(feature), static_cast<int32_t>(std::strtol(weight.c_str(), nullptr, 10)));
    } else if (kind == "cue") {  // cue WORD
      std::string_view word = field(line, &pos);
      if (word.empty() || word.size() > kMaxFeature) continue;
      ++cue_count_;
#if WHOSAID_CLAIM_TRACE
      extra_cues_.insert(word, true);
#endif
    }
  }
  size_t size = 16;
  while (size < weights.size() * 2) size *= 2;
  slots_.assign(size, {0, 0});
  for (const auto& [key, w] : weights) {
    size_t i = key & (size - 1);
    while (slots_[i].first != 0 && slots_[i].first != key) i = (i + 1) & (size - 1);
    slots_[i] = {key, w};
  }
  weight_count_ = weights.size();
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
