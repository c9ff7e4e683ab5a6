// Attribution: who said each quote, and whether it is a direct or a mixed quote.
//
// For each quote, in text order, the stage looks for a reporting verb ("cue") and the phrase that is
// its subject, in this order of trust:
//   1. right after the quote:        “…,” Trump said.  /  “…,” said Putin aide Yuri Ushakov.
//                                    or a signature paragraph after it: "— Clinton."
//   2. right before it:              Trump replied, “…”  /  Devine responded: “…”
//   3. before it, in its clause:     Trump said: “…”  /  Trump said it had been a “good day”
//                                    the clause's first verb governs (a nearer one is usually inside
//                                    the reported words); "while", "but" and ";" start a new clause;
//                                    a verb with no subject of its own ("and urged", ", saying")
//                                    takes the subject before it; "Trump’s claim that “…”" too
//   4. after it, in its sentence:    The talks were described as “very useful” by Yuri Ushakov.
//   5. "according to X" anywhere in the sentence; "Clinton: “…”"; "She turned to them: “…”".
// A quote with no cue of its own that opens its sentence continues the speaker of the quote before it
// (same paragraph, or the paragraph before when nothing but a photo's caption or a subheading
// intervenes: news runs a speaker's quotes on), of a line ending in a colon ("From Chairwoman Y:"), or of the sentence before ("…, Schiff
// said. “…”"); verbs of stance ("believed", "endorsed") do not pass their subject on. Short quotes in
// title case are titles of works (and so are words in title case that "it" holds, "It includes the
// original “Rez”"), and title-case headlines have no speakers; other mixed quotes without
// a cue stay unattributed: they are scare quotes. A text that does not read as English (few of its
// words are English function words) gets its quotes' kinds and nothing more: the lexicons are English.
//
// Speaker phrases are read by MentionReader and resolved to entities by EntityResolver; the
// confidence of each attribution comes from the rule that made it, lowered for pronouns. Reported
// speech without quotation marks is found by the claims stage (claims.h), judged by the claim model
// (claim_model.h) and merged in text order.
#ifndef WHOSAID_ATTRIBUTION_H_
#define WHOSAID_ATTRIBUTION_H_

#include <string_view>
#include <vector>

#include "analysis.h"
#include "quotes.h"
#include "text.h"

namespace whosaid {

struct ClaimCandidate;  // claim_model.h
class ClaimModel;

// For training the claim model only (tools/claim_features.cc): with a `trace`, every candidate claim,
// doubtful ones included, is kept and recorded, and every entity named. `model` replaces the compiled-in one (in tests).
Analysis attribute(std::string_view text, const std::vector<Paragraph>& paragraphs,
                   const std::vector<QuoteMarks>& quotes, std::vector<ClaimCandidate>* trace = nullptr,
                   const ClaimModel* model = nullptr);

}  // namespace whosaid

#endif  // WHOSAID_ATTRIBUTION_H_
