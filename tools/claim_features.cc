// claim_features: every candidate claim the engine proposes, with its features, for training the claim
// model (core/src/claim_model.h) -- scripts/train-claims.mjs runs it and labels the candidates against
// the annotations, which this tool never sees.
//
//   claim_features < articles.jsonl > candidates.jsonl
//
// Input: one JSON object per line with "id" and "text". Output: one line per article,
//   {"id", "entities": [{"name", "aliases"}], "quotes": [{"start", "end", "mention": [start, end], "entity"}],
//    "candidates": [{"start", "end", "mention": [start, end], "cue": [start, end], "entity", "score",
//                    "features": [...]}]}
// (quotes: the direct and mixed quotes that have a speaker; candidates: the claims)
// with offsets in UTF-16 code units of "text", as in the Result JSON. The engine runs as extract() does,
// with default options, except that no candidate is dropped by the model.
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "attribution.h"
#include "claim_model.h"
#include "quotes.h"
#include "text.h"
#include "whosaid/whosaid.h"

int main(int argc, char**) {
  using nlohmann::json;
  std::ios::sync_with_stdio(false);
  if (argc > 1) {
    std::cerr << "usage: claim_features < articles.jsonl > candidates.jsonl\n";
    return 2;
  }
  const whosaid::Options options;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    json in = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (in.is_discarded() || !in.contains("text") || !in["text"].is_string()) {
      std::cerr << "claim_features: skipping a line that is no article\n";
      continue;
    }
    size_t invalid = 0;
    std::string text = in["text"].get<std::string>();
    std::string repaired = whosaid::repair_utf8(text, &invalid);  // filled only when some bytes are invalid
    if (invalid) text = std::move(repaired);
    std::vector<whosaid::Paragraph> paragraphs = whosaid::split_paragraphs(text);
    size_t dropped = 0;
    std::vector<whosaid::QuoteMarks> marks =
        whosaid::find_quotes(text, paragraphs, options.max_quotes, options.typewriter_quotes, &dropped);
    std::vector<whosaid::ClaimCandidate> trace;
    whosaid::Analysis analysis = whosaid::attribute(text, paragraphs, marks, &trace);
    whosaid::Utf16Index index(text);
    json out;
    out["id"] = in.value("id", json());
    out["entities"] = json::array();
    for (const whosaid::Entity& e : analysis.entities) out["entities"].push_back({{"name", e.name}, {"aliases", e.aliases}});
    // The quotes with a speaker compete with the claims for the same annotations: the trainer needs them.
    out["quotes"] = json::array();
    for (const whosaid::FoundQuote& q : analysis.quotes)
      if (q.kind != whosaid::QuoteKind::kIndirect && q.entity >= 0 && q.mention)
        out["quotes"].push_back({{"start", index.to_utf16(q.span.begin)},
                                 {"end", index.to_utf16(q.span.end)},
                                 {"mention", {index.to_utf16(q.mention->begin), index.to_utf16(q.mention->end)}},
                                 {"entity", q.entity}});
    out["candidates"] = json::array();
    const whosaid::ClaimModel& used = whosaid::ClaimModel::get();
    for (const whosaid::ClaimCandidate& c : trace) {
      // The engine hashes features as it reads them; the listed ones must weigh the same.
      if (used.score(c.features) != c.score) {
        std::cerr << "claim_features: the listed features score " << used.score(c.features) << ", the engine "
                  << c.score << "\n";
        return 1;
      }
      out["candidates"].push_back({{"start", index.to_utf16(c.span.begin)},
                                   {"end", index.to_utf16(c.span.end)},
                                   {"mention", {index.to_utf16(c.mention.begin), index.to_utf16(c.mention.end)}},
                                   {"cue", {index.to_utf16(c.cue.begin), index.to_utf16(c.cue.end)}},
                                   {"entity", c.entity},
                                   {"score", c.score},
                                   {"features", c.features}});
    }
    std::cout << out.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
  return 0;
}
