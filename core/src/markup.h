// Markup: the stretches of an article's text that are not prose -- web addresses, e-mail addresses,
// @handles, #hashtags, and HTML-like tags that pages and corpora leave in the text (embedded tweets:
// <tweet author="…">). Words in them are never names or reporting verbs: "@Uber_Sydney" is no speaker.
//
// Found with RE2 in linear time whatever the input (RE2 never backtracks), line by line: no markup
// crosses a line, and RE2 reads only the lines that hold a character or string that every kind of
// markup needs ('@', '#', '<', "://", "www.", "pic.twitter.com/"): a small part of most articles.
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
