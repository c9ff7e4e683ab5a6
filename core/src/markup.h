// Markup: the stretches of an article's text that are not prose -- web addresses, e-mail addresses,
// @handles, #hashtags, and HTML-like tags that pages and corpora leave in the text (embedded tweets:
// <tweet author="…">). Words in them are never names or reporting verbs: "@Uber_Sydney" is no speaker.
//
// Found line by line in linear time whatever the input: no markup crosses a line, and only the lines
// that hold a character or string every kind needs ('@', '#', '<', "://", "www.", "pic.twitter.com/"),
// a small part of most articles, are searched; those strings are found in one pass over the text. Tags are read by hand; the other kinds with one RE2
// pattern (RE2 never backtracks). None of those can start at or hold the '<' that starts every tag, so
// the leftmost markup is the leftmost of the two searches' next matches, as one pattern would find.
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
