// Attribution: who said each quote.
#ifndef WHOSAID_ATTRIBUTION_H_
#define WHOSAID_ATTRIBUTION_H_

#include <string_view>
#include <vector>

#include "analysis.h"
#include "quotes.h"
#include "text.h"

namespace whosaid {

Analysis attribute(std::string_view text, const std::vector<Paragraph>& paragraphs,
                   const std::vector<QuoteMarks>& quotes);

}  // namespace whosaid

#endif  // WHOSAID_ATTRIBUTION_H_
