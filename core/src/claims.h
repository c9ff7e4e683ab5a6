// Claims: reported speech without quotation marks -- "Zelensky told the BBC that territorial issues
// could be discussed", "According to the Kremlin, the talks were constructive", "…, officials said."
//
// Every reporting verb outside quotes whose speaker can be read (as for quotes: MentionReader) makes a
// claim, and the claim's words are the clause it reports:
//   X said (that) CLAUSE            after the verb, past its particle ("pointed out"), its listener ("told
//                                   reporters", "told a crowd in Ohio that", "asked the mayor whether",
//                                   "told a crowd she …"),
//                                   its setting ("on Friday", "in a statement", "for weeks", "after
//                                   the vote" to "that" or a pronoun subject; not words
//                                   with an auxiliary, "said this change could …, raising …"; without "that", to a
//                                   pronoun subject or past the time: "said on Tuesday she …", "said
//                                   last week the …") and "that", to the end of
//                                   the sentence or to a word that starts a new clause (while, but, ;,
//                                   a dash and a contrast: "— though …", the writer's turn,
//                                   "and" and a reporting verb -- not one in the present after a past,
//                                   the reported clause's own: "said she is proud and expects …";
//                                   not the speaker's reason: ", because …", ", though …"; nor "but"
//                                   and an auxiliary after a clause with a verb: "said the pier was
//                                   unsafe but would reopen"; nor ", but rather …", what the speaker
//                                   puts in its place; nor ", when" after a year or a day:
//                                   "… closed in 1978, when …"),
//                                   an aside on its last noun (", which …", ", a move that …"; not one
//                                   on its subject that an auxiliary follows: ", who was ousted, has …"), where it
//                                   was said ("praised the crew in a statement": not before "that"), a
//                                   comparison (", compared with 41 percent …") or the
//                                   speaker's next act after an object ("denied the charges and
//                                   accused her of …": not after said, told, added) or a short time
//                                   that ends it after an object ("praised the pier last week", "… on
//                                   Monday", "… after they rescued …": not after said, told, added), the end
//                                   of an aside the speaker speaks in ("Ines Varga, who said …, voted") or
//                                   the subject's own verb after a relative clause on it ("Pilots who
//                                   believe the rule is unsafe stayed home"), the verb after a
//                                   participle on the subject ("Activists hoping to stop it say …",
//                                   whose speaker the subject is; "Voters fearing higher taxes
//                                   backed …"); none
//                                   when a quote closes right before X ("“…,” X said outside", "“…,”
//                                   X, 69, said outside"): the quote is what was said
//   CLAUSE, X said / said X         the sentence before the comma that opens the reporting clause (or
//                                   before a stray closing mark: "CLAUSE" said X", its opening one missing;
//                                   or before "?" or "!" and typewriter marks: "''Why?'' said X");
//                                   said X with a verb of speech only ("…, retweeted a photo": an object);
//                                   also when the verb goes on past its setting across a comma, colon
//                                   or dash ("…, X said on Friday, two days after …": the writer's
//                                   words), and, across a semicolon, with the clause after it too;
//                                   not a mere introduction ("In May, X said", "Speaking to reporters, X
//                                   said": a participle and its preposition)
//   As X said, CLAUSE               a verb of speech in an introduction that opens with "As" and ends
//                                   right after it (not "As X spoke, …": when)
//   CLAUSE, as X has acknowledged   the clause before ", as", when the verb ends the sentence or only
//                                   where or when follows it, to the end or a dash ("…, as she said at
//                                   the outset - …"); not a verb like "applauded", about whom ("…, as
//                                   the crowd applauded"); X is never read with its "as"
//   according to X, CLAUSE          and CLAUSE, according to X (but "In addition, according to X, CLAUSE":
//                                   a short setting before it is CLAUSE's, not what X reported; as a
//                                   claim of its own, only when it is no time alone: "On Monday"), also
//                                   with no comma or after a dash ("… leads by 27 votes according to
//                                   X"), unless a conjunction or a colon opens the clause after
//   In a POLL, CLAUSE               the poll or survey an opening "In" names ("In a Gazette poll
//                                   conducted last week, 52 percent …"; not "poll released Monday,", whose
//                                   verb reports it)
//   X’s claim / statement that …    a reporting noun owned by its speaker, or after "made" its subject's
//                                   ("X made it clear that …", "X made the case that …")
//   ''…,'' X said. ''NEXT''         after a reporting clause that ends its sentence, the next sentence of
//                                   the paragraph when it opens with typewriter marks (two apostrophes,
//                                   as archives write quotes), to the marks that close it
// A reporting clause inside the claim may hold a listener ("A, Trump told CNN, B"); the words before one
// that a quoted sentence follows are no claim ("Holding a book, Beck said, “I …”": the quote is what was
// said), unless a reporting verb opens them ("Lamenting their luck, they say, ''…''"). After one, "and",
// "but" ("A, the airline added, and B"), a preposition ("A, Devine said, by the primary calendar") or a
// participle ("…, including …") goes on with what was said -- unless a quote in typewriter marks comes
// before (", he said, referring to …").
// Typewriter marks are no sentence's bounds: a claim after the verb that opens with them runs on to
// the marks that close them ("X said, ''A. B.''"), and one before the comma starts at the marks that
// open them ("''A. B,'' X said") when they open a sentence, within the paragraph. After the verb, the
// quoted words they open may go on with "and" or "but" ("''A,'' X said, ''and B''"), which elsewhere
// opens the next verb's clause ("laughed and said").
// A verb with no subject of its own takes one: a participle or a verb after "and", "but", ",", "before",
// "after", "while", "by", "since" the subject of the verb before ("… replied before adding that …"), a
// verb after "tried to", "quick to", "more likely to" the subject of those words; one after "led X to",
// "prompted X to", "forced X to" takes X, made to act, not the subject, the cause.
// An adjective of stance before "that" reports as its verb would: "are optimistic that …", "is worried
// that …" (after "is", no passive; but "were told that": the listeners were told); so does a verb of
// coming to know: "learned that …", "realized that …" (not "learned Spanish"), and a finding or a ruling:
// "ordered that …" (not "ordered a recount").
// "A poll released Monday showed …", "a report published last week found …": a participle and a time
// after the subject are the subject's; the verb after them reports, the participle does not.
// A subject no reader names may be read by its place after a comma or a conjunction inside the sentence
// ("…, and port records show …"), when a determiner, an owner or a name opens it or a plural ends it.
// A description right before a verb's base form is no subject when it is one thing ("a closing quote",
// "a liberal think tank", "used customer demand": the verb is a noun there), unless its head is a
// plural, a count or a group's noun ("majority": not one person's, "customer").
// A claim whose words are mostly one quotation is left out: the quote already reports it (and once
// speakers are known, attribution.cc leaves out a claim that is at least half one quote of its
// speaker's). So is one whose speaker is "I" inside typewriter marks ("she said. ''I think …''"): the
// quotation's speaker, whose words those are already, not the writer "I" names elsewhere. No parser
// is involved: clause edges are read from punctuation and a handful of words, which is what keeps the
// stage linear and small enough for the browser.
//
// With a claim model (claim_model.h), the stage also proposes what the rules doubt -- a clause that
// opens with a preposition, and one shorter than three tokens -- flagged, and the model keeps or drops
// each claim. A short one is mostly an object the rules would rather drop ("denied it", "Earlier, Trump
// said"), but the model keeps what the word makes a stance ("endorsed Rubio", "opposes the deal"): on
// PolNeAR dev claims F1 0.616 -> 0.620. Never proposed, model or not, is what follows "asked about"
// (the speaker was asked, or asked what about), "found himself" (where someone ended up) or "found a
// way" ("finds its way", "found common ground": something reached, no finding), what a speaker did not
// say or might have said (but what they declined or refused to do is theirs, and so is a question they
// left open: "would not say whether …", and a view or a wish they deny: "doesn’t think …", "does not
// want to …"), an adverb or a connective alone ("Still, she said, …"), a time or a listener alone
// ("plans in the next few months", "told union workers in Ohio", "spoke to reporters": but whom a verb
// like "criticized" or "praised" is about is its claim, without where or when, "criticized Trump at a
// rally"), whom one advises with no advice after ("a pollster who advises Haines": a client), a speaker
// that "no" opens ("no group claimed responsibility": no one), what a speaker went on doing ("continued
// his push", "continued campaigning"; not "continued to question …", "continued: …"), how or where
// someone spoke or talked with no "about" or "of" after ("spoke over boos", "spoke Hebrew"), a
// statement announced ("released the following statement:"), a source's anonymity, a thing's name ("a
// company called X"), the writer's question to the reader ("did I mention …?"), what a thing supports,
// offers or highlights now ("the app supports Atmos": a description with no noun of people, an
// organisation or a document; in the past, "the dispute highlighted …", PolNeAR marks it), how a thing
// seems ("feels like a chore", "felt just as solid"), or a numbered paragraph of one line with no stop
// ("7  Harbour board vows to cut fares": a page's list of headlines). A clause after "that" may open
// with its own setting ("said that on a trip to Oslo, she …"), and "a statement saying X" reports X, as
// its issuer's ("Gowdy released a statement highlighting …": Gowdy, not the statement).
#ifndef WHOSAID_CLAIMS_H_
#define WHOSAID_CLAIMS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "mentions.h"
#include "tokens.h"

namespace whosaid {

// Which reading of the sentence made a claim: a feature of the claim model (claim_model.h).
enum class ClaimRule : uint8_t {
  kLabel,          // "Paul Ryan: CLAUSE"
  kAccordingTo,    // "according to X, CLAUSE" / "CLAUSE, according to X"
  kNoun,           // "X’s claim that CLAUSE"
  kVerbAfter,      // "X said (that) CLAUSE"
  kVerbBefore,     // "CLAUSE, X said"
  kParenthetical,  // "CLAUSE, X said, …"
  kInverted,       // "CLAUSE, said X"
  kContinued,      // "''CLAUSE,'' X said. ''NEXT.''": the next sentence in typewriter marks
  kCount,
};

// Claim::flags: what makes a claim doubtful, proposed only when a claim model judges them.
constexpr uint8_t kClaimPreposition = 2;  // opens with a preposition: often circumstances ("said in …")
constexpr uint8_t kClaimShort = 4;        // fewer than three tokens: an object ("denied it", "endorsed Rubio")

struct Claim {         // token indices in 32 bits, as in Mention
  uint32_t first;      // first token of the reported clause
  uint32_t last;       // one past its last token
  Mention speaker;
  uint32_t cue_first;  // the reporting words
  uint32_t cue_last;
  // The last reporting word's entry in the reporting verbs' lexicon (MentionReader::cue_entry()), or
  // null: looked up as the claim is found, while the reader's last answer is still that word's, and
  // read by the later stages (the attribution stage, the claim model) with no lookup of their own.
  const LexiconEntry* verb;
  ClaimRule rule;
  uint8_t flags;
  // Of the sentence that holds the reporting words (features of the claim model): how many of its
  // tokens are in quotes, and how many are reporting verbs (Token::cue).
  uint8_t sentence_quoted;
  uint8_t sentence_cues;
  // That sentence's index in Tokens::sentences, known as the claim is found: the claim model had
  // searched for it (Tokens::sentence_of()) for each claim. (In what had been the struct's padding.)
  uint32_t sentence;
};
static_assert(sizeof(Claim) <= 64, "a claim in 64 bytes: on 64-bit targets its sentence index fills padding");

// The claims of the text, in text order of their reporting verbs. With `doubtful`, also the doubtful
// ones (Claim::flags), for a claim model to judge; without, the rules' claims alone.
std::vector<Claim> find_claims(const MentionReader& reader, const Tokens& tokens, bool doubtful = false);
// The same claims, in the same order, handed to `sink` a few hundred at a time as they are found: a
// long text has a hundred thousand candidates, which the caller judges and mostly drops, so few are
// held. Not one at a time: a call per claim alternated between the finder's code and the caller's (the
// speaker's entity, the claim model), and each pushed the other out of the instruction cache -- a
// third of the engine's I-cache misses on PolNeAR dev.
using ClaimSink = std::function<void(const std::vector<Claim>&)>;
void find_claims(const MentionReader& reader, const Tokens& tokens, bool doubtful, const ClaimSink& sink);

}  // namespace whosaid

#endif  // WHOSAID_CLAIMS_H_
