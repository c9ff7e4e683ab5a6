// The engine's internal picture of an article, in byte offsets: what the attribution and claims stages
// produce and extract.cc turns into a Result (UTF-16 offsets, speakers re-indexed).
#ifndef WHOSAID_ANALYSIS_H_
#define WHOSAID_ANALYSIS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "whosaid/whosaid.h"

namespace whosaid {

// Byte offsets fit 32 bits: extract() refuses inputs of 4 GiB and more.
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// A person, organisation or group the article mentions: a candidate speaker. Only an entity some quote
// is attributed to is filled in; the others stay empty (all are named when attribute() traces claims,
// for the claim model's trainer: attribution.h).
struct Entity {
  std::string name;
  std::optional<std::string> role;
  SpeakerKind kind = SpeakerKind::kUnknown;
  std::vector<std::string> aliases;
  // Its mentions, in text order: Analysis::mentions[mentions_first, mentions_last), for an entity some
  // quote is attributed to (else none).
  uint32_t mentions_first = 0;
  uint32_t mentions_last = 0;
};

// A ByteSpan or none, in the 8 bytes of a ByteSpan: the spans it holds, of whole tokens, are never
// empty, so an empty one stands for none. std::optional's flag, padded, made a FoundQuote 48 bytes, not
// 40; long texts hold one per quote and claim, twice over while their vector grows.
class OptionalSpan {
 public:
  OptionalSpan() = default;
  OptionalSpan(ByteSpan s) : span_(s) {}  // implicit, as std::optional's
  explicit operator bool() const { return span_.end > span_.begin; }
  const ByteSpan& operator*() const { return span_; }
  const ByteSpan* operator->() const { return &span_; }
  void reset() { span_ = {}; }

 private:
  ByteSpan span_;
};

struct FoundQuote {
  QuoteKind kind = QuoteKind::kDirect;
  ByteSpan span;
  int entity = -1;  // index into Analysis::entities, -1 when unknown
  OptionalSpan mention;
  OptionalSpan cue;
  double confidence = 0.0;
};
static_assert(sizeof(FoundQuote) == 40, "a long text holds many found quotes");

struct Analysis {
  std::vector<FoundQuote> quotes;  // in text order
  std::vector<Entity> entities;
  // The entities' mentions, each's in a run of its own: one vector, not one per speaker (an allocation
  // each, 636 a pass on PolNeAR dev).
  std::vector<ByteSpan> mentions;
  bool english = true;  // false: the text reads as another language, so its quotes have no speakers
};

}  // namespace whosaid

#endif  // WHOSAID_ANALYSIS_H_
