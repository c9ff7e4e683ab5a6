// Attribution: who said each quote, and whether it is a direct or a mixed quote.
//
// For each quote, in text order, the stage looks for a reporting verb ("cue") and the phrase that is
// its subject, in this order of trust:
//   1. right after the quote:        “…,” Trump said.  /  “…,” said Putin aide Yuri Ushakov.
//   2. before it, in its clause:     Trump said: “…”  /  Trump said it had been a “good day”
//                                    the clause's first verb governs (a nearer one is usually inside
//                                    the reported words); "while", "but" and ";" start a new clause;
//                                    a verb with no subject of its own -- "and urged" -- takes the
//                                    subject of the verb before it
//   3. after it, in its sentence:    The talks were described as “very useful” by Yuri Ushakov.
//   4. "according to X" anywhere in the sentence.
// A direct quote with no cue in its sentence continues the previous quote's speaker when it follows
// it in the same paragraph or opens the next one (news writing runs a speaker's quotes on), and a
// quote paragraph after a line ending in a colon ("From Chairwoman Y:") takes that line's speaker.
// Mixed quotes without a cue stay unattributed: they are titles and scare quotes.
//
// Speaker phrases are read by MentionReader and resolved to entities by EntityResolver; the
// confidence of each attribution comes from the rule that made it, lowered for pronouns.
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
