// Markup: the stretches of an article's text that are not prose -- web addresses, e-mail addresses,
// @handles, #hashtags, and HTML-like tags that pages and corpora leave in the text (embedded tweets:
// <tweet author="…">). Words in them are never names or reporting verbs: "@Uber_Sydney" is no speaker.
//
// Found with RE2, one pass over the text in linear time whatever the input (RE2 never backtracks).
#ifndef WHOSAID_MARKUP_H_
#define WHOSAID_MARKUP_H_

#include <string_view>
#include <vector>

#include "analysis.h"

namespace whosaid {

// Non-prose spans of `text`, in order and not overlapping (byte offsets).
std::vector<ByteSpan> find_markup(std::string_view text);

}  // namespace whosaid

#endif  // WHOSAID_MARKUP_H_
