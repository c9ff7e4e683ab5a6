#include "attribution.h"

namespace whosaid {

Analysis attribute(std::string_view text, const std::vector<Paragraph>& paragraphs,
                   const std::vector<QuoteMarks>& quotes) {
  (void)text;
  (void)paragraphs;
  Analysis a;
  for (const QuoteMarks& q : quotes) {
    FoundQuote f;
    f.kind = QuoteKind::kMixed;
    f.span = {q.begin, q.end};
    a.quotes.push_back(f);
  }
  return a;
}

}  // namespace whosaid
