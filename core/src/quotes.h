// Quote detection: finds the spans of text that a writer put inside quotation marks.
//
// One pass over the text, paragraph by paragraph, stopping only at bytes that can start a quotation
// mark. Each mark is judged by its neighbours, as CommonMark judges emphasis: a mark followed by a word
// and preceded by a space or punctuation "can open", the mirror image "can close". Curly marks say which
// way they face, except where languages disagree (“ closes „ in German; ” opens in Swedish; » opens in
// German), and straight marks get their direction from context alone. Apostrophes (don’t, Reuters’,
// ’90s, rock ’n’ roll) are recognised and never taken for quotation marks.
//
// Open marks go on a small stack (bounded depth, so the pass stays linear whatever the input); a closing
// mark closes the nearest open mark it pairs with, and when the stack empties, the outermost quote is
// reported: quotes nested in quotes are reported once, as the outer one. A quote ends at the end of its
// paragraph at the latest. When the next paragraph reopens it with the same kind of mark -- the
// convention for a quote that runs over several paragraphs -- that paragraph's words are a quote of
// their own, from the reopening mark on: one quote per paragraph, each where the reader sees it (and a
// transcript's turns, "WALLACE: …", "PENCE: …", each with its own speaker). A single-quote ‘…’ that does not close within its
// paragraph is dropped: unlike double marks, a lone single mark is far more often an apostrophe.
// Two apostrophes in a row ('') are a double mark only when the caller asks for typewriter quotes. A
// nickname between a given name and a surname (Robert “Bobby” Scott) is part of the name: no quote;
// nor are marks around words a pipe separates (« Previous | Next »): a pager's or a menu's links, which
// nobody says.
#ifndef WHOSAID_QUOTES_H_
#define WHOSAID_QUOTES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text.h"

namespace whosaid {

// A quotation found in the text. Byte offsets into the text, in 32 bits as everywhere in the engine.
struct QuoteMarks {
  uint32_t open;      // the opening mark (== begin when the quote has none)
  uint32_t begin;     // the first byte of the quoted words (whitespace trimmed)
  uint32_t end;       // one past the last byte of the quoted words (whitespace trimmed)
  uint32_t close;     // one past the closing mark (== end when the quote has none)
  bool closed;        // false when the quote ran to the end of its paragraph without a closing mark
  bool single;        // ‘…’ '…' ‚…‘ ‹…›: single marks rather than double ones
};

// Quotes of `text` in text order, at most `max_quotes` of them (the rest are dropped, and *dropped says
// how many). Nested quotes are reported once, as their outermost quote. `paragraphs` are in text order,
// as split_paragraphs() makes them.
// `typewriter_quotes`: read '' and `` as double marks (otherwise such a pair is no mark at all).
std::vector<QuoteMarks> find_quotes(std::string_view text, const std::vector<Paragraph>& paragraphs,
                                    size_t max_quotes, bool typewriter_quotes, size_t* dropped);

}  // namespace whosaid

#endif  // WHOSAID_QUOTES_H_
