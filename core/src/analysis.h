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

// A person, organisation or group the article mentions: a candidate speaker.
struct Entity {
  std::string name;
  std::optional<std::string> role;
  SpeakerKind kind = SpeakerKind::kUnknown;
  std::vector<std::string> aliases;
  std::vector<ByteSpan> mentions;
};

struct FoundQuote {
  QuoteKind kind = QuoteKind::kDirect;
  ByteSpan span;
  int entity = -1;  // index into Analysis::entities, -1 when unknown
  std::optional<ByteSpan> mention;
  std::optional<ByteSpan> cue;
  double confidence = 0.0;
};

struct Analysis {
  std::vector<FoundQuote> quotes;  // in text order
  std::vector<Entity> entities;
  bool english = true;  // false: the text reads as another language, so its quotes have no speakers
};

}  // namespace whosaid

#endif  // WHOSAID_ANALYSIS_H_
