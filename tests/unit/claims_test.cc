// Claims: reported speech without quotation marks, on sentences written for these tests.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "whosaid/whosaid.h"

namespace {

using Claims = std::vector<std::pair<std::string, std::string>>;  // {clause, speaker}

Claims claims_of(const std::string& text) {
  whosaid::Options options;
  options.kinds = {false, false, true};
  whosaid::Result r = whosaid::extract(text, options);
  Claims out;
  for (const whosaid::Quote& q : r.quotes)
    out.emplace_back(q.span.text, q.speaker ? r.speakers[*q.speaker].name : "");
  return out;
}

}  // namespace

TEST_CASE("X said (that) CLAUSE", "[claims]") {
  CHECK(claims_of("Clara Haines said the harbour would reopen in May.") ==
        Claims{{"the harbour would reopen in May", "Clara Haines"}});
  CHECK(claims_of("Clara Haines told reporters on Friday that the harbour would reopen in May.") ==
        Claims{{"the harbour would reopen in May", "Clara Haines"}});
  CHECK(claims_of("Clara Haines told the Gazette that the harbour would reopen in May.") ==
        Claims{{"the harbour would reopen in May", "Clara Haines"}});
  // With no "that": a named listener, then a noun phrase and its verb.
  CHECK(claims_of("Clara Haines told the Gazette the harbour would reopen in May.") ==
        Claims{{"the harbour would reopen in May", "Clara Haines"}});
  CHECK(claims_of("Tomas Brandt tells HNA his failure to open the harbour is his greatest regret.") ==
        Claims{{"his failure to open the harbour is his greatest regret", "Tomas Brandt"}});
  // Quoted words in the noun phrase after the listener: the verb after them still follows it.
  CHECK(claims_of("Tomas Brandt tells the Gazette his failure to pass “safe harbour rules” is his worst regret.") ==
        Claims{{"his failure to pass “safe harbour rules” is his worst regret", "Tomas Brandt"}});
  // Or a listener of a determiner and a word or two -- but no story of something.
  CHECK(claims_of("Clara Haines told the council the harbour would reopen in May.") ==
        Claims{{"the harbour would reopen in May", "Clara Haines"}});
  CHECK(claims_of("Clara Haines told a packed hall the harbour would reopen in May.") ==
        Claims{{"the harbour would reopen in May", "Clara Haines"}});
}

TEST_CASE("said no. ends its sentence: No. abbreviates number only before one", "[claims]") {
  CHECK(claims_of("Asked about the pier, the mayor said no. Harbour officials said repairs would take a year.") ==
        Claims{{"no", "the mayor"}, {"repairs would take a year", "Harbour officials"}});
  CHECK(claims_of("Ines Varga, the No. 2 official at the port, said repairs would take a year.") ==
        Claims{{"repairs would take a year", "Ines Varga"}});
}

TEST_CASE("CLAUSE, X said", "[claims]") {
  CHECK(claims_of("The harbour will reopen in May, officials said.") ==
        Claims{{"The harbour will reopen in May", "officials"}});
  CHECK(claims_of("The harbour will reopen in May, said Clara Haines.") ==
        Claims{{"The harbour will reopen in May", "Clara Haines"}});
}

TEST_CASE("CLAUSE then a pronoun and a person or group said: both speak", "[claims]") {
  CHECK(claims_of("The pier was quiet.\n\nThe ferry will not sail, he and Ms. Park said.") ==
        Claims{{"The ferry will not sail", "he and Ms. Park"}});
  CHECK(claims_of("The pier was quiet.\n\nThe ferry will not sail, she and her aides said.") ==
        Claims{{"The ferry will not sail", "she and her aides"}});
}

TEST_CASE("'another' speaks as 'one' does: one person of several", "[claims]") {
  CHECK(claims_of("The pier was quiet.\n\nAnother says the boats will stay in port.") ==
        Claims{{"the boats will stay in port", "Another"}});
  CHECK(claims_of("The pier was quiet.\n\nThe nets are empty, another said.") ==
        Claims{{"The nets are empty", "another"}});
  // Still a noun after "another" as after "some": "Another report says …" is the report's.
  CHECK(claims_of("Another report says the boats will stay in port.") ==
        Claims{{"the boats will stay in port", "Another report"}});
}

TEST_CASE("SETTING, according to X, CLAUSE: both pieces of the interrupted clause are claims", "[claims]") {
  CHECK(claims_of("Ferry traffic, according to the harbour office, has doubled since May.") ==
        Claims{{"Ferry traffic", "the harbour office"}, {"has doubled since May", "the harbour office"}});
  CHECK(claims_of("The Gazette reported, according to the harbour office, that traffic has doubled.") ==
        Claims{{"that traffic has doubled", "the harbour office"}});
}

TEST_CASE("an adverb or a connective alone before the reporting clause is no claim", "[claims]") {
  CHECK(claims_of("Still, Clara Haines said, the ferry will run in May.") ==
        Claims{{"the ferry will run in May", "Clara Haines"}});
  CHECK(claims_of("Basically, Clara Haines said, the ferry will run in May.") ==
        Claims{{"the ferry will run in May", "Clara Haines"}});
}

TEST_CASE("CLAUSE, ROLE X said: the role's lower-case and capitalised words reach back to the comma", "[claims]") {
  CHECK(claims_of("The harbour will reopen in May, transport ministry spokesman Tomas Varga said.") ==
        Claims{{"The harbour will reopen in May", "Tomas Varga"}});
  CHECK(claims_of("The harbour will reopen in May, Ruritanian foreign affairs ministry spokesman Tomas Varga said "
                  "on Friday.") == Claims{{"The harbour will reopen in May", "Tomas Varga"}});
  // A phrase before the name with no title before it is no role: no speaker is read from a comma there.
  CHECK(claims_of("He did not apologize for his words, something many Democrats had urged him to do.") ==
        Claims{{"to do", "Democrats"}});
}

TEST_CASE("CLAUSE, a role said apart, X said: the claim ends before the role", "[claims]") {
  CHECK(claims_of("The harbour will reopen in May, the mayor’s niece, Clara Haines, said.") ==
        Claims{{"The harbour will reopen in May", "Clara Haines"}});
}

TEST_CASE("X, who runs Y, a firm, said: Y is the relative clause's object, not the speaker", "[claims]") {
  CHECK(claims_of("Mr. Lind, who runs Harbour Metrics, a research firm, said the ferry would lose money.") ==
        Claims{{"the ferry would lose money", "Lind"}});
  CHECK(claims_of("Ines Varga, the senator who leads the Port Committee, which oversees the pier, said it was "
                  "unsafe.") == Claims{{"it was unsafe", "Ines Varga"}});
}

TEST_CASE("X released Monday showed CLAUSE: the verb after the participle and its time reports", "[claims]") {
  CHECK(claims_of("A Harbour Times poll released Monday showed that most voters oppose the ferry plan.") ==
        Claims{{"most voters oppose the ferry plan", "a Harbour Times poll"}});
  CHECK(claims_of("A batch of port board emails released this week showed the close ties between the board and "
                  "the builders.") ==
        Claims{{"the close ties between the board and the builders", "a batch of port board emails"}});
}

TEST_CASE("said by telephone: how it was said, no agent of a passive", "[claims]") {
  CHECK(claims_of("The ferry was stuck in port for a year, Mr. Lind, now 81, said by telephone.") ==
        Claims{{"The ferry was stuck in port for a year", "Lind"}});
  CHECK(claims_of("The plan, called for by the harbour board, was dropped.").empty());
}

TEST_CASE("a web page's labels and captions report nothing", "[claims]") {
  CHECK(claims_of("Analysis: Clara Haines, Harbour News, Westbrook").empty());
  CHECK(claims_of("CLARIFICATION: An earlier version of this story misstated the date the pier reopened.").empty());
  CHECK(claims_of("The Latest: Westbrook Harbour to reopen in May after the storm").empty());
  CHECK(claims_of("Contributing: Clara Haines in Westbrook and Tomas Brandt in Oslo").empty());
  CHECK(claims_of("BYLINE: Clara Haines").empty());
  CHECK(claims_of("Wow: The Harbour Board Just Cut Every Fare in Half").empty());
  CHECK(claims_of("LOOK: Photos Of The New Ferry Are Going Viral").empty());
  CHECK(claims_of("Media caption Clara Haines told the Gazette that the harbour would reopen in May") ==
        Claims{{"the harbour would reopen in May", "Clara Haines"}});
}

TEST_CASE("a count is a share of people only before a plural, and not inside a range", "[claims]") {
  CHECK(claims_of("7 Westbrook vows to reopen the harbour in May.").size() == 1);
  CHECK(claims_of("7 Westbrook vows to reopen the harbour in May.")[0].second != "7 Westbrook");
  CHECK(claims_of("The study took workers between the ages of 25 and 54 compared to the whole town.").empty());
  CHECK(claims_of("Six in 10 Westbrookers say the harbour will reopen.") ==
        Claims{{"the harbour will reopen", "Six in 10 Westbrookers"}});
}

TEST_CASE("nouns, comparisons and verbs without their particle report nothing", "[claims]") {
  CHECK(claims_of("The new ferry weighs two tonnes less than the old one.").empty());
  CHECK(claims_of("Clara Haines weighed in on the plan, saying fares must fall.") ==
        Claims{{"fares must fall", "Clara Haines"}});
  CHECK(claims_of("The ferry runs at 30 knots compared to the old one.").empty());
  CHECK(claims_of("Clara Haines showed up at the pier with the new timetable.").empty());
  CHECK(claims_of("Clara Haines stood at the pier, showing off the new timetable.").empty());
  CHECK(claims_of("Many reports suggest that pilots feel better.") == Claims{{"pilots feel better", "Many reports"}});
  // A reporting word right before a reporting verb heads its subject.
  CHECK(claims_of("One of the leading harbour voices said the pier should close.") ==
        Claims{{"the pier should close", "One of the leading harbour voices"}});
}

TEST_CASE("a contraction of a pronoun, a negated auxiliary or 'Let' is no name", "[claims]") {
  CHECK(claims_of("We’re told the harbour will reopen in May.").empty());
  CHECK(claims_of("I've seen the harbour reopen in May before.").empty());
  for (const auto& claim : claims_of("Aren’t those the fares people say they hate about the ferry?"))
    CHECK(claim.second.rfind("Aren", 0) == std::string::npos);
}

TEST_CASE("a contracted auxiliary is a token of its own: the pronoun or 'who' before it is read", "[claims]") {
  // Not "the Gazette she’d …": the pronoun opens the clause, after the listener.
  CHECK(claims_of("Clara Haines told the Gazette she’d reopen the harbour in May.") ==
        Claims{{"she’d reopen the harbour in May", "Clara Haines"}});
  CHECK(claims_of("They’ve said the pier is unsafe.") == Claims{{"the pier is unsafe", "they"}});
  CHECK(claims_of("They've said the pier is unsafe.") == Claims{{"the pier is unsafe", "they"}});
  CHECK(claims_of("Tomas Brandt, who’d previously endorsed Clara Haines in the race, now backs Ines Varga.") ==
        Claims{{"Clara Haines in the race", "Tomas Brandt"}});
  // "’re" is a form of "be": "they’re worried" is no verb that reports the words after it.
  CHECK(claims_of("''Because they're worried,'' Tomas Brandt said in Oslo.") ==
        Claims{{"Because they're worried", "Tomas Brandt"}});
}

TEST_CASE("after an introduction and its comma, a speaker read by its place", "[claims]") {
  CHECK(claims_of("In May, a spokesman for the city said the pier would close.") ==
        Claims{{"the pier would close", "a spokesman for the city"}});
  CHECK(claims_of("In fact, pilots in Harbour City and West Bay say the ferry is late.") ==
        Claims{{"the ferry is late", "pilots in Harbour City and West Bay"}});
  // An article opens a short phrase, whatever its noun.
  CHECK(claims_of("In May, the ferry brothers said the pier would close.") ==
        Claims{{"the pier would close", "the ferry brothers"}});
  // Not words that name nobody.
  for (const auto& claim : claims_of("On July 6, Rosa Lind made the following comment: the fares will rise."))
    CHECK(claim.second != "Rosa Lind made the following");
}

TEST_CASE("inside a sentence after a comma or a conjunction: a speaker read by its place", "[claims]") {
  CHECK(claims_of("Fares rose in May, and port records show the ferry has lost money since 2010.") ==
        Claims{{"the ferry has lost money since 2010", "port records"}});
  CHECK(claims_of("The pier was closed, although the harbour board’s engineers believe it is safe.") ==
        Claims{{"it is safe", "the harbour board’s engineers"}});
  // Not an adverb and a verb, nor an adverb and a participle.
  CHECK(claims_of("The board met in May, and fiercely opposed the plan to close the pier.").empty());
  CHECK(claims_of("Perhaps oddly, deeply reported features on the harbour draw many readers.").empty());
}

TEST_CASE("a speaker read by its place may hold an owner's possessive", "[claims]") {
  CHECK(claims_of("A clerk familiar with the harbour office's plans said the pier would close.") ==
        Claims{{"the pier would close", "a clerk familiar with the harbour office's plans"}});
}

TEST_CASE("the people a poll asked speak wherever they stand", "[claims]") {
  CHECK(claims_of("Again, those polled said the ferry was late.") == Claims{{"the ferry was late", "those polled"}});
}

TEST_CASE("a speaker read by its place may hold a number after its determiner", "[claims]") {
  CHECK(claims_of("Harbour office records from the 2008 season show the pier was busy.") ==
        Claims{{"the pier was busy", "Harbour office records from the 2008 season"}});
}

TEST_CASE("a speaker read by its place ends before its relative clause", "[claims]") {
  CHECK(claims_of("Ferry pilots who crossed the bay on Friday say the fog will lift.") ==
        Claims{{"the fog will lift", "Ferry pilots"}});
  CHECK(claims_of("The clerks whose offices were closed say the pier will reopen.") ==
        Claims{{"the pier will reopen", "the clerks"}});
}

TEST_CASE("a verb with its particle only, a relative clause after a source, adjectives", "[claims]") {
  CHECK(claims_of("It was a low point for the harbour.").empty());
  CHECK(claims_of("Rosa Lind pointed to the vote as proof that the ferry works.").size() == 1);
  CHECK(claims_of("According to a pilot who found the flaw, the pier is unsafe.") ==
        Claims{{"the pier is unsafe", "a pilot"}});
  CHECK(claims_of("Many leftist pilots openly oppose the ferry plan.") ==
        Claims{{"the ferry plan", "Many leftist pilots"}});
  CHECK(claims_of("The new pier comes with added costs borne by the pilots.").empty());
  CHECK(claims_of("Review: the ferry has a career year.").empty());
}

TEST_CASE("what a speaker did not say is no claim of theirs", "[claims]") {
  CHECK(claims_of("Clara Haines did not say the vote was rigged.").empty());
  CHECK(claims_of("Clara Haines didn’t claim the pier would close.").empty());
  CHECK(claims_of("Clara Haines has never said that fares would fall.").empty());
  CHECK(claims_of("Clara Haines said the vote was fair.") == Claims{{"the vote was fair", "Clara Haines"}});
  // A question left open puts no statement in the speaker's mouth.
  CHECK(claims_of("Clara Haines would not say whether the pier would close.") ==
        Claims{{"whether the pier would close", "Clara Haines"}});
}

TEST_CASE("a view or a wish denied is still the speaker's stance", "[claims]") {
  CHECK(claims_of("Clara Haines doesn’t think the pier is safe.") == Claims{{"the pier is safe", "Clara Haines"}});
  CHECK(claims_of("Tomas Brandt does not want to close the pier.") == Claims{{"to close the pier", "Tomas Brandt"}});
  CHECK(claims_of("Tomas Brandt never expected the fares to fall.") == Claims{{"the fares to fall", "Tomas Brandt"}});
  // A passive's subject holds no view: someone else expects.
  CHECK(claims_of("Clara Haines is not expected to attend the opening.").empty());
  CHECK(claims_of("Clara Haines isn’t expected to attend the opening.").empty());
}

TEST_CASE("what a speaker declined or refused to do is their stance", "[claims]") {
  CHECK(claims_of("Clara Haines declined to release the harbour’s accounts.") ==
        Claims{{"to release the harbour’s accounts", "Clara Haines"}});
  CHECK(claims_of("The ferry board refused to say whether the pier would close.") ==
        Claims{{"to say whether the pier would close", "the ferry board"}});
}

TEST_CASE("a time alone or a byline's contacts is no claim", "[claims]") {
  CHECK(claims_of("The Harbour Gazette reported earlier this year.").empty());
  CHECK(claims_of("Fares rose.\n\nRosa Lind: 555-0100 or rosa@example.com; on Twitter: @rosalind").empty());
  CHECK(claims_of("Rosa Lind: the ferry will run on time.") == Claims{{"the ferry will run on time", "Rosa Lind"}});
}

TEST_CASE("a request for comment is no claim", "[claims]") {
  CHECK(claims_of("A harbour spokesman did not respond to requests for comment.").empty());
  CHECK(claims_of("The ferry company did not immediately respond to a request for comment on Friday.").empty());
}

TEST_CASE("according to X, either side", "[claims]") {
  CHECK(claims_of("According to the port authority, the harbour will reopen in May.") ==
        Claims{{"the harbour will reopen in May", "the port authority"}});
  CHECK(claims_of("The harbour will reopen in May, according to the port authority.") ==
        Claims{{"The harbour will reopen in May", "the port authority"}});
  // Any noun phrase after "according to" is the source, whatever its words.
  CHECK(claims_of("Ferry fares rose by a third last year, according to a tally by the Harbour Gazette.") ==
        Claims{{"Ferry fares rose by a third last year", "a tally by the Harbour Gazette"}});
}

TEST_CASE("a clause ends where a new speaker's clause starts", "[claims]") {
  Claims c = claims_of("Clara Haines said the repairs were on schedule, while the union warned that costs had doubled.");
  REQUIRE(c.size() == 2);
  CHECK(c[0] == std::make_pair(std::string("the repairs were on schedule"), std::string("Clara Haines")));
  CHECK(c[1] == std::make_pair(std::string("costs had doubled"), std::string("the union")));
}

TEST_CASE("a reporting verb after 'tried to', 'quick to', 'more likely to': the speaker is their subject", "[claims]") {
  CHECK(claims_of("Clara Haines tried to explain that the pier was safe.") ==
        Claims{{"the pier was safe", "Clara Haines"}});
  CHECK(claims_of("Harbour officials are quick to point out that the pier is old.") ==
        Claims{{"the pier is old", "Harbour officials"}});
  CHECK(claims_of("Skippers were slightly more likely to say the pier was unsafe.") ==
        Claims{{"the pier was unsafe", "Skippers"}});
}

TEST_CASE("'made it clear that', 'made the case that': the one who made it speaks", "[claims]") {
  CHECK(claims_of("Clara Haines made it clear that the pier would close.") ==
        Claims{{"the pier would close", "Clara Haines"}});
  CHECK(claims_of("Ines Varga made the case that the pier was unsafe.") ==
        Claims{{"the pier was unsafe", "Ines Varga"}});
  CHECK(claims_of("It is clear that the pier is old.").empty());
}

TEST_CASE("a second reporting verb after 'and' starts a new claim, unless it is the clause's own", "[claims]") {
  CHECK(claims_of("Clara Haines said the pier was safe and warned that fares would rise.") ==
        Claims{{"the pier was safe", "Clara Haines"}, {"fares would rise", "Clara Haines"}});
  // In the present after "said": the verb of the reported clause's subject.
  CHECK(claims_of("Clara Haines said she is proud of the crews and expects the pier to reopen in May.") ==
        Claims{{"she is proud of the crews and expects the pier to reopen in May", "Clara Haines"}});
}

TEST_CASE("not claims: passives, circumstances, quotes", "[claims]") {
  CHECK(claims_of("The plan was supported by most of the council members.").empty());
  CHECK(claims_of("Clara Haines said in an interview on the radio.").empty());
  CHECK(claims_of("Clara Haines said: “The harbour will reopen in May.”").empty());
  CHECK(claims_of("Clara Haines laughed and said, “The harbour will reopen in May.”").empty());
}

TEST_CASE("the kinds option leaves claims out", "[claims]") {
  whosaid::Options options;
  options.kinds.indirect = false;
  CHECK(whosaid::extract("Clara Haines said the harbour would reopen in May.", options).quotes.empty());
}

// "Clara Haines’s claim that …": the rules propose it (claim_model_test.cc), but the claim model drops
// most such claims -- PolNeAR's annotators take the whole noun phrase as what the outer verb reports.

TEST_CASE("a participle after the reporting clause is not the claim", "[claims]") {
  Claims c = claims_of("The bridge will close in March, Mayor Alice Moreno said on Tuesday, calling the work overdue.");
  REQUIRE(!c.empty());
  CHECK(c[0] == std::make_pair(std::string("The bridge will close in March"), std::string("Alice Moreno")));
}

TEST_CASE("whom something was told is not a claim", "[claims]") {
  CHECK(claims_of("Clara Haines told the Westbrook Gazette.").empty());
  CHECK(claims_of("Clara Haines told reporters.").empty());
}

TEST_CASE("a reporting word before 'that' and a past verb is a noun with a relative clause", "[claims]") {
  CHECK(claims_of("The two pilots taped an hourlong show that aired on Thursday night.").empty());
  CHECK(claims_of("Clara Haines showed that the harbour would reopen in May.") ==
        Claims{{"the harbour would reopen in May", "Clara Haines"}});
  // A past form is no noun: "that" is the subject of what was said.
  CHECK(claims_of("Clara Haines said that angered the ferry crews.") == Claims{{"angered the ferry crews", "Clara Haines"}});
}

TEST_CASE("'states' or 'plans' before an auxiliary, a relative clause or 'where' is a plural noun", "[claims]") {
  CHECK(claims_of("Northern states that will hold votes in May have few ferries.").empty());
  CHECK(claims_of("And those new harbour states would help the ferry line grow.").empty());
  CHECK(claims_of("The fares rose in two other harbour states where riders pay in cash.").empty());
  CHECK(claims_of("The harbour charter states that fares must fall.") ==
        Claims{{"fares must fall", "the harbour charter"}});
}

TEST_CASE("a participle with its agent is no claim", "[claims]") {
  CHECK(claims_of("Decades later, Ines Varga, 75, is the harbour's pilot, called on by captains from every port.").empty());
}

TEST_CASE("speakers no lexicon knows: the sentence's opening noun phrase, the words after the verb", "[claims]") {
  CHECK(claims_of("Nearly half of the ferry riders said the fares were too high.") ==
        Claims{{"the fares were too high", "Nearly half of the ferry riders"}});
  CHECK(claims_of("The harbour would reopen in May, said several boatmen.") ==
        Claims{{"The harbour would reopen in May", "several boatmen"}});
  // A verb after a comma shares the sentence's subject only as a participle.
  CHECK(claims_of("The port board has raised $4 million, said Clara Haines, its chair.") ==
        Claims{{"The port board has raised $4 million", "Clara Haines"}});
}

TEST_CASE("typewriter marks not read as quotes close a clause like its comma", "[claims]") {
  CHECK(claims_of("''The ferry is late,'' said Clara Haines.") == Claims{{"The ferry is late", "Clara Haines"}});
  CHECK(claims_of("''The ferry is late,'' Clara Haines said.") == Claims{{"The ferry is late", "Clara Haines"}});
}

TEST_CASE("opening noun phrases with quantifiers and possessives, the statement a claim was made in", "[claims]") {
  CHECK(claims_of("Each side said the other would pay for the ferry.") ==
        Claims{{"the other would pay for the ferry", "Each side"}});
  CHECK(claims_of("Her campaign workers said they had knocked on every door.") ==
        Claims{{"they had knocked on every door", "Her campaign workers"}});
  CHECK(claims_of("Skippers in all five harbour towns said the pier was unsafe.") ==
        Claims{{"the pier was unsafe", "Skippers in all five harbour towns"}});
  CHECK(claims_of("The Harbour Board said in a statement Thursday night it would cut the fares.") ==
        Claims{{"it would cut the fares", "Harbour Board"}});
}

TEST_CASE("a call for or on someone: the demand after the particle", "[claims]") {
  CHECK(claims_of("Clara Haines called for a full inquiry into the ferry fares.") ==
        Claims{{"a full inquiry into the ferry fares", "Clara Haines"}});
  CHECK(claims_of("Clara Haines called on the board to cut the fares.") ==
        Claims{{"the board to cut the fares", "Clara Haines"}});
}

TEST_CASE("a speaker label and a colon open a claim", "[claims]") {
  CHECK(claims_of("Clara Haines: The harbour will reopen in May.") ==
        Claims{{"The harbour will reopen in May", "Clara Haines"}});
  CHECK(claims_of("Harbour poll: Most riders want cheaper fares.") ==
        Claims{{"Most riders want cheaper fares", "Harbour poll"}});
  CHECK(claims_of("Correction: The harbour reopens in June.") == Claims{});
  // A list of names after a label states nothing.
  CHECK(claims_of("Harbour board: Ann Toft, Rob Lind, Tomas Brandt and Ines Varga.") == Claims{});
  // A section's heading: lower-case words after the first, none of them a speaker's noun.
  CHECK(claims_of("Campaign funding: The ferry union raised more money than ever.") == Claims{});
  CHECK(claims_of("Focus on safety: The ferry union raised more money than ever.") == Claims{});
  // A camp speaks as an organisation does.
  CHECK(claims_of("Haines camp: The ferry union raised more money than ever.") ==
        Claims{{"The ferry union raised more money than ever", "Haines camp"}});
  CHECK(claims_of("11:50 a.m.: The harbour reopens in June.") == Claims{});
  // A clock time's colon inside the sentence labels no one.
  CHECK(claims_of("Ferry crews arrived around 11:45 and tied up the boats.") == Claims{});
  // An interview's question: its asker has no name.
  CHECK(claims_of("Q: You said the harbour would reopen in May.") == Claims{});
  // Words with a verb of their own before the colon are a sentence that the colon explains, no speaker.
  CHECK(claims_of("Haines has one more worry: The harbour is silting up.") == Claims{});
  CHECK(claims_of("Haines is back: Riders crowded the pier at dawn.") == Claims{});
}

TEST_CASE("what a verb in an introductory clause reports ends with that clause", "[claims]") {
  CHECK(claims_of("When Clara Haines said the ferry would be free, the riders cheered.") ==
        Claims{{"the ferry would be free", "Clara Haines"}});
  CHECK(claims_of("After the harbour attacks, Clara Haines said the port was safe.") ==
        Claims{{"the port was safe", "Clara Haines"}});
}

TEST_CASE("a verb of thought inside a claim is part of what was said", "[claims]") {
  CHECK(claims_of("Most riders say they want the ferry to run at night.") ==
        Claims{{"they want the ferry to run at night", "Most riders"}});
}

TEST_CASE("a relative clause between a speaker and the verb", "[claims]") {
  CHECK(claims_of("Former riders who spoke with the Harbour Gazette said the ferry was always late.") ==
        Claims{{"the ferry was always late", "Former riders"}});
  // Between commas, a relative clause with a place of two parts and a time: the place's last part
  // ("Norway") is none of the speaker, and the commas around it close no aside.
  CHECK(claims_of("Ines Varga, who lost her brother in Bergen, Norway, in 2012, said the ferry was unsafe.") ==
        Claims{{"the ferry was unsafe", "Ines Varga"}});
  CHECK(claims_of("Ines Varga, who moved to Austin, Texas, in 2010, said the ferry was unsafe.") ==
        Claims{{"the ferry was unsafe", "Ines Varga"}});
  // "May" inside a sentence is the month, no auxiliary that makes the aside a clause.
  CHECK(claims_of("Ines Varga, who moved to Austin, Texas, in May 2012, said the ferry was unsafe.") ==
        Claims{{"the ferry was unsafe", "Ines Varga"}});
  CHECK(claims_of("Ines Varga, a ferry pilot since May 2012, said the ferry was unsafe.") ==
        Claims{{"the ferry was unsafe", "Ines Varga"}});
  // An opening place is the sentence's: the name after it speaks.
  CHECK(claims_of("Speaking in Bergen, Varga, without naming him, said the ferry was unsafe.") ==
        Claims{{"the ferry was unsafe", "Varga"}});
}

TEST_CASE("whom something was told, then where or when, is not a claim either", "[claims]") {
  CHECK(claims_of("Clara Haines told the Harbour Gazette in an interview.") == Claims{});
  CHECK(claims_of("Clara Haines told the Harbour Gazette in an interview that the fares would rise.") ==
        Claims{{"the fares would rise", "Clara Haines"}});
  // A listener with an owner, a show's name in quotation marks, or a panel.
  CHECK(claims_of("Clara Haines told NBC’s “Harbour Hour” on Monday.") == Claims{});
  CHECK(claims_of("The fares will rise, Clara Haines told a Senate panel Wednesday.") ==
        Claims{{"The fares will rise", "Clara Haines"}});
  // Whom a verb of criticism or praise is about is its claim, without where or when.
  CHECK(claims_of("The harbour master criticized Ines Varga at a rally on Monday.") ==
        Claims{{"Ines Varga", "the harbour master"}});
  // Its object is no listener to pass over: "her" is of the claim, as "her" after "told" is not.
  CHECK(claims_of("Clara Haines praised her husband’s record as harbour master.") ==
        Claims{{"her husband’s record as harbour master", "Clara Haines"}});
  CHECK(claims_of("Clara Haines told her the pier would close.") ==
        Claims{{"the pier would close", "Clara Haines"}});
}

TEST_CASE("an introductory phrase before a comma reports nothing", "[claims]") {
  CHECK(claims_of("On the subject of ferries, Clara Haines said.") == Claims{});
  CHECK(claims_of("In 2024, the ferry ran late, Clara Haines said.") ==
        Claims{{"In 2024, the ferry ran late", "Clara Haines"}});
  // Nor does a clause that only sets the scene for a quote.
  CHECK(claims_of("As a phone rang, the announcer said, “It is three in the morning.”") == Claims{});
  CHECK(claims_of("As for the ferry, Clara Haines said, “It is late again.”") == Claims{});
}

TEST_CASE("after a reporting clause inside the claim, 'and', a preposition or a participle goes on with it", "[claims]") {
  CHECK(claims_of("The ferry had no faults, the harbour office added, and had passed every check.") ==
        Claims{{"The ferry had no faults", "the harbour office"}, {"had passed every check", "the harbour office"}});
  // So does a preposition: the interrupted clause's, no setting of the verb's.
  CHECK(claims_of("The plan would be helped, Clara Haines said, by the new ferry timetable.") ==
        Claims{{"The plan would be helped", "Clara Haines"}, {"by the new ferry timetable", "Clara Haines"}});
  // And a participle (but after a quote, the speaker's next act: the participle's own claim).
  CHECK(claims_of("The letters covered many topics, the Gazette said, including fares and the pier.") ==
        Claims{{"The letters covered many topics", "Gazette"}, {"including fares and the pier", "Gazette"}});
}

TEST_CASE("a reporting clause inside the claim may hold a listener: 'X told reporters,'", "[claims]") {
  CHECK(claims_of("The ferry, Clara Haines told reporters, would stop in May.") ==
        Claims{{"The ferry", "Clara Haines"}, {"would stop in May", "Clara Haines"}});
  CHECK(claims_of("Instead, Clara Haines told the Gazette, the ferry would merely stop.") ==
        Claims{{"Instead", "Clara Haines"}, {"the ferry would merely stop", "Clara Haines"}});
}

TEST_CASE("an adverb that opens an interrupted clause is part of what was said: a day is not", "[claims]") {
  CHECK(claims_of("Otherwise, the harbour master said, the pier would have to close.") ==
        Claims{{"Otherwise", "the harbour master"}, {"the pier would have to close", "the harbour master"}});
  CHECK(claims_of("Monday, the harbour master said, the pier would have to close.") ==
        Claims{{"the pier would have to close", "the harbour master"}});
}

TEST_CASE("a comma, a short subject and a verb of its own start a new claim", "[claims]") {
  CHECK(claims_of("Clara Haines said the fares would rise, she added that the ferry would run late.") ==
        Claims{{"the fares would rise", "Clara Haines"}, {"the ferry would run late", "Clara Haines"}});
}

TEST_CASE("a participle after the main clause shares its subject, past an introductory phrase", "[claims]") {
  Claims c = claims_of("When the results came in on Tuesday, Ines Varga gave a speech in Narva, predicting she "
                       "would win the county in May.");
  REQUIRE(c.size() == 1);
  CHECK(c[0] == std::make_pair(std::string("she would win the county in May"), std::string("Ines Varga")));
  // So does one after "before", "after", "while", "by", "since".
  CHECK(claims_of("“You win,” Ines Varga replied before adding that she would need the county in May.") ==
        Claims{{"she would need the county in May", "Ines Varga"}});
  CHECK(claims_of("Ines Varga rose in the polls by saying that the harbour board is rigged.") ==
        Claims{{"the harbour board is rigged", "Ines Varga"}});
  // So does one after an inverted verb of speech, and its speaker.
  CHECK(claims_of("The harbour will reopen in May, said Rosa Lind, adding that the ferries would wait.") ==
        Claims{{"The harbour will reopen in May", "Rosa Lind"}, {"the ferries would wait", "Rosa Lind"}});
  CHECK(claims_of("“It is a grim time,” said Rosa Lind, suggesting that the next vote will be calmer.") ==
        Claims{{"the next vote will be calmer", "Rosa Lind"}});
  // Not the object of the verb before, read back across an aside.
  CHECK(claims_of("Rosa Lind met the mayor, Tomas Brandt, saying that he had failed the city.") ==
        Claims{{"he had failed the city", "Rosa Lind"}});
  CHECK(claims_of("Rosa Lind praised Tomas Brandt, the harbour master, adding that the ferries would wait.") ==
        Claims{{"Tomas Brandt, the harbour master", "Rosa Lind"}, {"the ferries would wait", "Rosa Lind"}});
}

TEST_CASE("a heading before a colon is no subject for a later verb to share", "[claims]") {
  CHECK(claims_of("Cool the rhetoric: The mayor spent the week at the pier, proposing a ban on cruise ships.") ==
        Claims{{"a ban on cruise ships", "the mayor"}});
  CHECK(claims_of("Lower the tone: The mayor visited the pier and said the ferries would run.") ==
        Claims{{"the ferries would run", "the mayor"}});
  // Nor a short clause before a colon for a subject that opens the words after it.
  CHECK(claims_of("Yet coverage was merciless: The Westbrook Harbour Leader said the mayor had been rocked.") ==
        Claims{{"the mayor had been rocked", "the Westbrook Harbour Leader"}});
}

TEST_CASE("an introductory phrase may name a place with commas of its own: the subject follows its last", "[claims]") {
  CHECK(claims_of("In Narva, Estonia, Tomas Brandt went after the mayor and said she had failed the city.") ==
        Claims{{"she had failed the city", "Tomas Brandt"}});
  CHECK(claims_of("Speaking in Narva, Estonia, Tomas Brandt went after the mayor, calling the plan a failure.") ==
        Claims{{"the plan a failure", "Tomas Brandt"}});
  // A name after an honorific opens a clause as a bare name does: "Estonia, on Monday, Ms. Varga tried
  // to soften her remark" is no appositive of "Estonia".
  CHECK(claims_of("At a town hall in Narva, Estonia, on Monday, Ms. Varga tried to soften her remark, saying that "
                  "the city should lead.") == Claims{{"the city should lead", "Varga"}});
  // So does one after a title.
  CHECK(claims_of("At a rally in Narva, Estonia, on Tuesday, Senator Ines Varga met the mayor, saying that "
                  "she would fix the harbour.") == Claims{{"she would fix the harbour", "Ines Varga"}});
}

TEST_CASE("typewriter marks after a full stop end the sentence", "[claims]") {
  // Archives write quotes as two apostrophes; read as marks or not, ".''" ends a sentence.
  CHECK(claims_of("''The harbour is closed for the winter.'' The ferry will run again on Monday, officials said.") ==
        Claims{{"The ferry will run again on Monday", "officials"}});
}

TEST_CASE("a reported clause ends before an aside on its last noun", "[claims]") {
  CHECK(claims_of("Clara Haines said the ferry would stop at Port Ellen, which lost its service last year.") ==
        Claims{{"the ferry would stop at Port Ellen", "Clara Haines"}});
  // So does one before "according to X": claim_model_test.cc, since the trained model drops a claim
  // inside another more often than not.
}

TEST_CASE("a question in typewriter marks before 'said X' is X's", "[claims]") {
  CHECK(claims_of("''Do you want the harbour to close?'' said Clara Haines, a pilot. ''And if so, for what?''") ==
        Claims{{"Do you want the harbour to close", "Clara Haines"}, {"And if so, for what?", "Clara Haines"}});
  // Marks that open the text are read back to its start, no further (the sanitizer build checks it).
  CHECK(claims_of("'''' said Clara Haines.").empty());
}

TEST_CASE("typewriter-quoted sentences after a reporting clause", "[claims]") {
  // ''A,'' X said. ''B. C.'': B and C are X's too, up to the marks that close them.
  Claims c = claims_of("''The harbour is closed for the winter,'' Clara Haines said. ''The ferry will run again in May. "
                       "Fares will not change.''\n\nThe council met on Monday.");
  REQUIRE(c.size() == 2);
  CHECK(c[1] == std::make_pair(std::string("The ferry will run again in May. Fares will not change."),
                               std::string("Clara Haines")));
  // Not over a paragraph's end.
  CHECK(claims_of("''The harbour is closed for the winter,'' Clara Haines said.\n\n''The ferry will run in May.''").size() == 1);
  // ''A,'' X said, ''and B'': the quoted words go on after the reporting clause.
  CHECK(claims_of("''The pier is safe,'' Clara Haines said, ''and the fares will rise in May.''") ==
        Claims{{"The pier is safe", "Clara Haines"}, {"and the fares will rise in May.''", "Clara Haines"}});
}

TEST_CASE("I inside typewriter marks is the quotation's speaker, no claim of the writer's", "[claims]") {
  CHECK(claims_of("''The pier is safe,'' Clara Haines said. ''I think the ferry will run in May.''") ==
        Claims{{"The pier is safe", "Clara Haines"}, {"I think the ferry will run in May.", "Clara Haines"}});
  // Outside the marks, "I" is the writer.
  CHECK(claims_of("''The pier is safe,'' Clara Haines said. I think the ferry will run in May.") ==
        Claims{{"The pier is safe", "Clara Haines"}, {"the ferry will run in May", "the writer"}});
}

TEST_CASE("what a thing supports or offers is no one's stance", "[claims]") {
  CHECK(claims_of("The Harbourflix app on the new console also supports Dolby Atmos.") == Claims{});
  // People, a group or an organisation do hold a stance by it.
  CHECK(claims_of("The harbour board supports cheaper fares for students.") ==
        Claims{{"cheaper fares for students", "the harbour board"}});
  CHECK(claims_of("Most riders support cheaper fares for students.") ==
        Claims{{"cheaper fares for students", "Most riders"}});
}

TEST_CASE("what things offer is no one's stance, though a name after 'such as' gives an example", "[claims]") {
  CHECK(claims_of("Game publishers such as Nordlight are offering most major titles at a discount.") == Claims{});
  // The named example of a group speaks for it.
  CHECK(claims_of("Harbour groups such as Sea Watch say the pier is unsafe.") ==
        Claims{{"the pier is unsafe", "Sea Watch"}});
}

TEST_CASE("the writer's own question to the reader states nothing", "[claims]") {
  CHECK(claims_of("The ferry leaves at dawn, and did I mention the crossing takes six hours?") == Claims{});
  CHECK(claims_of("The ferry leaves at dawn, and I mentioned the crossing takes six hours.") ==
        Claims{{"the crossing takes six hours", "the writer"}});
}

TEST_CASE("plural nouns of political life head a speaker phrase", "[claims]") {
  CHECK(claims_of("Speaking on Monday, two veteran pollsters said the race was tighter than it looked.") ==
        Claims{{"the race was tighter than it looked", "two veteran pollsters"}});
}

TEST_CASE("a typewriter-quoted clause before the verb is what was said", "[claims]") {
  CHECK(claims_of("''The ferry will run again in May,'' Clara Haines said on Monday at the harbour office.") ==
        Claims{{"The ferry will run again in May", "Clara Haines"}});
  // A participle after the reporting clause reports what follows it.
  CHECK(claims_of("''The ferry is late,'' Clara Haines added, noting that the fares would rise.") ==
        Claims{{"The ferry is late", "Clara Haines"}, {"the fares would rise", "Clara Haines"}});
}

TEST_CASE("a share of people is a speaker", "[claims]") {
  // A count in figures or words, a fraction, "N in M", "N out of M", "N percent", with "of" and the people.
  const auto speaker_of = [](const std::string& text, const std::string& clause) {
    for (const auto& [c, s] : claims_of(text))
      if (c == clause) return s;
    return std::string("(no claim)");
  };
  CHECK(speaker_of("The ferry poll was close. Six in 10 say the timetable should not change.",
                   "the timetable should not change") != "(no claim)");
  CHECK(speaker_of("In the harbour survey, more than four out of 10 islanders said the fares were too high.",
                   "the fares were too high") != "(no claim)");
  CHECK(speaker_of("The yard shut in May, and most of the welders said they had liked working there.",
                   "they had liked working there") != "(no claim)");
  CHECK(speaker_of("The vote is near, but a third said the council had ignored them.",
                   "the council had ignored them") != "(no claim)");
  CHECK(speaker_of("Last week, 26 percent said the same of the mayor.", "the same of the mayor") != "(no claim)");
  // "18 states": after a plural count a word in -s is a noun, not a verb; and a share inside a clause
  // ("won 46 percent") is an object.
  CHECK(speaker_of("The ferry firm faces 18 states, three unions and the harbour board in court.",
                   "three unions and the harbour board in court") == "(no claim)");
  // Only nouns stand between a count and its verb: "half a percentage point" is no share of people.
  for (const auto& [clause, speaker] : claims_of("Fares rose, half a percentage point less than forecast in May."))
    CHECK(speaker.find("half") == std::string::npos);
  CHECK(speaker_of("The mayor won 46 percent and said the count had been fair.", "the count had been fair") ==
        "the mayor");
}

TEST_CASE("after an introductory phrase, a verb after 'and' shares the subject of any kind", "[claims]") {
  const auto has = [](const Claims& c, const char* clause, const char* speaker) {
    return std::find(c.begin(), c.end(), std::make_pair(std::string(clause), std::string(speaker))) != c.end();
  };
  CHECK(has(claims_of("By the end of the day, Ms. Haines was forced into a retreat and said that her words had "
                      "been twisted."),
            "her words had been twisted", "Haines"));
}

TEST_CASE("a dashed aside after a sentence-opening noun phrase", "[claims]") {
  // The phrase before the aside ends in a preposition's object ("the service"); the speaker is all of it.
  Claims c = claims_of("Many mourners at the chapel — fishermen, ferry crews and their families — said the "
                       "harbour had lost its heart.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].first == "the harbour had lost its heart");
  CHECK(c[0].second != "chapel");
}

TEST_CASE("after a quote that closes before its speaker, the words after the verb are no claim", "[claims]") {
  // The quote is what was said; where, when and to whom follow the verb.
  CHECK(claims_of("“The ferry is late,” Clara Haines said outside the harbour office.").empty());
  CHECK(claims_of("“The ferry is late,” Clara Haines told a crowd in Westbrook on Tuesday.").empty());
  CHECK(claims_of("“The ferry is late?” Clara Haines asked the harbour master.").empty());
  // So too past an aside on the speaker.
  CHECK(claims_of("“The ferry is late,” Clara Haines, 61, told a crowd in Westbrook on Tuesday.").empty());
  CHECK(claims_of("“The ferry is late,” Clara Haines, the harbour master, said over the phone.").empty());
  // "that" opens a clause of its own; a participle reports what it reports.
  CHECK(claims_of("“The ferry is late,” Clara Haines said that the fares would rise.") ==
        Claims{{"the fares would rise", "Clara Haines"}});
  CHECK(claims_of("“The ferry is late,” Clara Haines said, adding that the fares would rise.") ==
        Claims{{"the fares would rise", "Clara Haines"}});
  // A quoted title before the speaker is no quote of theirs.
  CHECK(claims_of("On the radio show “Harbour Hour,” Clara Haines said the fares would rise.") ==
        Claims{{"the fares would rise", "Clara Haines"}});
  // A quote that ends the paragraph before is no quote of the speaker's clause.
  CHECK(claims_of("“Why is the ferry late?”\n\nThe harbour board said it was doing its best to run on time.") ==
        Claims{{"it was doing its best to run on time", "the harbour board"}});
}

TEST_CASE("a reported clause ends at 'but' and a verb or a subject of its own", "[claims]") {
  Claims c = claims_of("Clara Haines said the ferry was late but he also noted that the fares had fallen.");
  REQUIRE(!c.empty());
  CHECK(c[0] == std::make_pair(std::string("the ferry was late"), std::string("Clara Haines")));
  c = claims_of("Clara Haines said the ferry was late but would not say why.");
  REQUIRE(!c.empty());
  CHECK(c[0] == std::make_pair(std::string("the ferry was late"), std::string("Clara Haines")));
  // The verb after "but" shares the subject, as after "and".
  c = claims_of("Clara Haines said the ferry was late but added that the fares had fallen.");
  REQUIRE(c.size() == 2);
  CHECK(c[1] == std::make_pair(std::string("the fares had fallen"), std::string("Clara Haines")));
  // "but" inside the clause: two adjectives, a contrast of nouns.
  CHECK(claims_of("Clara Haines said the harbour had a small but loyal crew.") ==
        Claims{{"the harbour had a small but loyal crew", "Clara Haines"}});
  CHECK(claims_of("Clara Haines said the threat was not the storm but the tide.") ==
        Claims{{"the threat was not the storm but the tide", "Clara Haines"}});
}

TEST_CASE("'while' and a participle do not end a reported clause", "[claims]") {
  CHECK(claims_of("Clara Haines said the port would take a hard line while accepting help from the city.") ==
        Claims{{"the port would take a hard line while accepting help from the city", "Clara Haines"}});
  Claims c = claims_of("Clara Haines said the port would reopen while the union warned that costs had doubled.");
  REQUIRE(!c.empty());
  CHECK(c[0] == std::make_pair(std::string("the port would reopen"), std::string("Clara Haines")));
}

TEST_CASE("a reported clause ends before an apposition that runs to the sentence's end", "[claims]") {
  Claims c = claims_of("Clara Haines vowed to repeal the mooring tax, a levy that hurts small boats.");
  REQUIRE(!c.empty());
  CHECK(c[0] == std::make_pair(std::string("to repeal the mooring tax"), std::string("Clara Haines")));
  // An apposition inside the clause, with its closing comma, is part of it.
  CHECK(claims_of("Clara Haines said the Gazette, a weekly paper, had misquoted her.") ==
        Claims{{"the Gazette, a weekly paper, had misquoted her", "Clara Haines"}});
}

TEST_CASE("a pronoun's speaker is the current one, quoted before it, as for quotes", "[claims]") {
  // "Okafor" names a man the lexicons know nothing of; "Tom Lind" a man named paragraphs before.
  CHECK(claims_of("Tom Lind said the fares would fall.\n\n“The harbour is the problem,” said Uzo Okafor, a "
                  "professor at the port college. If fares rise too much, he noted, the ferries will stay away.") ==
        Claims{{"the fares would fall", "Tom Lind"},
               {"If fares rise too much", "Uzo Okafor"},
               {"the ferries will stay away", "Uzo Okafor"}});
}

TEST_CASE("a time between the speaker and the verb: 'Lind last week said'", "[claims]") {
  CHECK(claims_of("Rosa Lind last week said the mayor had not written the memos.") ==
        Claims{{"the mayor had not written the memos", "Rosa Lind"}});
  CHECK(claims_of("Rosa Lind earlier this year told reporters the mayor had not written the memos.") ==
        Claims{{"the mayor had not written the memos", "Rosa Lind"}});
  CHECK(claims_of("Some harbour pilots now worry that the pier will close.") ==
        Claims{{"the pier will close", "Some harbour pilots"}});
  CHECK(claims_of("The ferry board has since said the fares will rise.") ==
        Claims{{"the fares will rise", "the ferry board"}});
  CHECK(claims_of("The ferry board yesterday said the fares will rise.") ==
        Claims{{"the fares will rise", "the ferry board"}});
}

TEST_CASE("a name set off by commas after a long role: 'One of the authors of that 2013 report, X, said'", "[claims]") {
  CHECK(claims_of("One of the authors of that 2013 report, Rosa Lind, said the port will close.") ==
        Claims{{"the port will close", "Rosa Lind"}});
  // Never the reverse, with the clause after the verb read as the speaker.
  CHECK(claims_of("One of the authors of that 2013 report, Uzo Okafor, said the port will close.") ==
        Claims{{"the port will close", "Uzo Okafor"}});
}

TEST_CASE("a claim starts past the verb's particle and its listener", "[claims]") {
  CHECK(claims_of("Clara Haines pointed out that the pier had been closed for a year.") ==
        Claims{{"the pier had been closed for a year", "Clara Haines"}});
  CHECK(claims_of("Clara Haines told a crowd of fishermen on Friday that the harbour would reopen in May.") ==
        Claims{{"the harbour would reopen in May", "Clara Haines"}});
  CHECK(claims_of("Clara Haines asked the ferry company whether the harbour would reopen in May.") ==
        Claims{{"whether the harbour would reopen in May", "Clara Haines"}});
  CHECK(claims_of("Clara Haines told the Gazette how the harbour had silted up.") ==
        Claims{{"how the harbour had silted up", "Clara Haines"}});
  CHECK(claims_of("Clara Haines told a crowd in Westbrook she would resign from the council.") ==
        Claims{{"she would resign from the council", "Clara Haines"}});
  CHECK(claims_of("Clara Haines told the story of a ferry she sailed as a girl.") ==
        Claims{{"the story of a ferry she sailed as a girl", "Clara Haines"}});
  // Not a listener: the object of blame, and a relative "that".
  CHECK(claims_of("Clara Haines blamed the storm that flooded the pier on poor drainage.") ==
        Claims{{"the storm that flooded the pier on poor drainage", "Clara Haines"}});
  // A verb before "that": what was told starts after the listener, not at "that".
  CHECK(claims_of("Clara Haines told him he could not say that about the pier.") ==
        Claims{{"he could not say that about the pier", "Clara Haines"}});
}

TEST_CASE("a second act after an object is not part of the claim", "[claims]") {
  CHECK(claims_of("Clara Haines defended the new ferry timetable and thanked the harbour staff for their work.") ==
        Claims{{"the new ferry timetable", "Clara Haines"}, {"the harbour staff for their work", "Clara Haines"}});
  // An auxiliary of its own opens a second act too.
  CHECK(claims_of("Clara Haines defended the new ferry timetable and has spent the week at the pier.") ==
        Claims{{"the new ferry timetable", "Clara Haines"}});
  // A clause with a verb of its own goes on; so does a pair of nouns.
  CHECK(claims_of("Clara Haines defended the ferry that sailed at noon and returned the next day.") ==
        Claims{{"the ferry that sailed at noon and returned the next day", "Clara Haines"}});
  CHECK(claims_of("Clara Haines defended the ferry crews and skippers of the harbour.") ==
        Claims{{"the ferry crews and skippers of the harbour", "Clara Haines"}});
  // "said" reports a clause, whose verb may be irregular.
  CHECK(claims_of("Clara Haines said fares rose in May and dropped the next month.") ==
        Claims{{"fares rose in May and dropped the next month", "Clara Haines"}});
}

TEST_CASE("a short time after an object is not part of the claim", "[claims]") {
  CHECK(claims_of("The ferry union praised the new timetable last week.") ==
        Claims{{"the new timetable", "the ferry union"}});
  CHECK(claims_of("The ferry union praised the harbour master’s new timetable on Monday.") ==
        Claims{{"the harbour master’s new timetable", "the ferry union"}});
  // A clause with a verb of its own keeps it, and so does what "said" reports.
  CHECK(claims_of("The ferry union welcomed that the pier was rebuilt in May.") ==
        Claims{{"the pier was rebuilt in May", "the ferry union"}});
  CHECK(claims_of("Clara Haines said the new timetable on Monday.") ==
        Claims{{"the new timetable on Monday", "Clara Haines"}});
}

TEST_CASE("when or after a pronoun's clause, after an object, is not part of the claim", "[claims]") {
  CHECK(claims_of("Clara Haines praised the ferry crews after they rescued two swimmers.") ==
        Claims{{"the ferry crews", "Clara Haines"}});
  CHECK(claims_of("Clara Haines endorsed the harbour bill when it came to a vote.") ==
        Claims{{"the harbour bill", "Clara Haines"}});
  // What "said" reports keeps it, and so does an object that the clause describes.
  CHECK(claims_of("Clara Haines said the ferry would run when it was safe.") ==
        Claims{{"the ferry would run when it was safe", "Clara Haines"}});
  CHECK(claims_of("Clara Haines recalled the days when they sailed to Oslo.") ==
        Claims{{"the days when they sailed to Oslo", "Clara Haines"}});
}

TEST_CASE("a claim ends before the statement it was made in", "[claims]") {
  CHECK(claims_of("Clara Haines praised the harbour crews in a statement on Friday.") ==
        Claims{{"the harbour crews", "Clara Haines"}});
  // A word may describe the statement.
  CHECK(claims_of("Clara Haines praised the harbour crews in a recent interview with the Gazette.") ==
        Claims{{"the harbour crews", "Clara Haines"}});
  // Unless what was said follows it.
  CHECK(claims_of("Clara Haines voiced doubts in an interview that the pier would reopen.") ==
        Claims{{"doubts in an interview that the pier would reopen", "Clara Haines"}});
  CHECK(claims_of("Clara Haines voiced doubts in a rare interview that the pier would reopen.") ==
        Claims{{"doubts in a rare interview that the pier would reopen", "Clara Haines"}});
}

TEST_CASE("a claim ends before the writer's comparison", "[claims]") {
  CHECK(claims_of("Six in 10 Westbrookers say the harbour should reopen, compared with four in 10 last year.") ==
        Claims{{"the harbour should reopen", "Six in 10 Westbrookers"}});
}

TEST_CASE("asked about: a question put to the speaker, or only its topic, is no claim", "[claims]") {
  CHECK(claims_of("Clara Haines asked about the ferry fares at the meeting on Friday.").empty());
  CHECK(claims_of("Clara Haines, asked about the ferry fares at the meeting, said they would fall.") ==
        Claims{{"they would fall", "Clara Haines"}});
}

TEST_CASE("a quotation in typewriter marks runs over its sentences", "[claims]") {
  CHECK(claims_of("Clara Haines said, ''The pier is unsafe. We will close it in May.'' The council agreed.") ==
        Claims{{"The pier is unsafe. We will close it in May.", "Clara Haines"}});
  CHECK(claims_of("''The pier is unsafe. We will close it in May,'' Clara Haines said.") ==
        Claims{{"The pier is unsafe. We will close it in May", "Clara Haines"}});
  // Marks that open and close in the claim's sentence leave it as it was.
  CHECK(claims_of("The council agreed. ''We will close it in May,'' Clara Haines said.") ==
        Claims{{"We will close it in May", "Clara Haines"}});
}

TEST_CASE("the speaker's reason or concession is part of the claim, the writer's 'but' is not", "[claims]") {
  CHECK(claims_of("Clara Haines said the pier must close, because its piles are rotten.") ==
        Claims{{"the pier must close, because its piles are rotten", "Clara Haines"}});
  CHECK(claims_of("Clara Haines said the pier would close, though the ferry would still run.") ==
        Claims{{"the pier would close, though the ferry would still run", "Clara Haines"}});
  CHECK(claims_of("Clara Haines said the pier would close, but the council has not yet voted.") ==
        Claims{{"the pier would close", "Clara Haines"}});
  // ", but that …" is the verb's second clause, what the speaker said too.
  CHECK(claims_of("Clara Haines said the pier would close, but that the ferry would still run.") ==
        Claims{{"the pier would close, but that the ferry would still run", "Clara Haines"}});
}

TEST_CASE("'but' and an auxiliary after a reported clause go on with its subject's second predicate", "[claims]") {
  CHECK(claims_of("Clara Haines said the pier was unsafe, but would reopen after the repairs.") ==
        Claims{{"the pier was unsafe, but would reopen after the repairs", "Clara Haines"}});
  CHECK(claims_of("Clara Haines said the ferry had been late but would run on time in May.") ==
        Claims{{"the ferry had been late but would run on time in May", "Clara Haines"}});
  // Not after an object, which has no predicate to share: the auxiliary is the speaker's.
  CHECK(claims_of("Clara Haines criticized the harbour plan but has voted for its budget.") ==
        Claims{{"the harbour plan", "Clara Haines"}});
}

TEST_CASE("', when' after a year or a day goes on with the claim: it describes that time", "[claims]") {
  CHECK(claims_of("Clara Haines said the pier closed in 1978, when the ferry company left the harbour.") ==
        Claims{{"the pier closed in 1978, when the ferry company left the harbour", "Clara Haines"}});
  CHECK(claims_of("Clara Haines said the trouble began on Friday, when the crew walked out.") ==
        Claims{{"the trouble began on Friday, when the crew walked out", "Clara Haines"}});
  // After other words, ", when" is the writer's going on.
  CHECK(claims_of("Clara Haines said the pier was safe, when the crew asked her.") ==
        Claims{{"the pier was safe", "Clara Haines"}});
}

TEST_CASE("a claim starts past a setting with no 'that': at its pronoun subject or after the time", "[claims]") {
  CHECK(claims_of("Clara Haines said on Tuesday she would resign from the council.") ==
        Claims{{"she would resign from the council", "Clara Haines"}});
  CHECK(claims_of("Clara Haines said last week the ferry would stop running.") ==
        Claims{{"the ferry would stop running", "Clara Haines"}});
  CHECK(claims_of("Clara Haines said in Westbrook it takes time to build trust.") ==
        Claims{{"it takes time to build trust", "Clara Haines"}});
  // A pronoun that a preposition takes, or a day's possessive, is no start.
  CHECK(claims_of("Clara Haines said after he left the pier was closed.").empty());
  CHECK(claims_of("Clara Haines said Tuesday’s vote was a mistake.") ==
        Claims{{"Tuesday’s vote was a mistake", "Clara Haines"}});
}

TEST_CASE("finding oneself somewhere is no finding", "[claims]") {
  CHECK(claims_of("Clara Haines found herself on the pier at midnight.").empty());
  CHECK(claims_of("Clara Haines found that the pier was unsafe.") == Claims{{"the pier was unsafe", "Clara Haines"}});
}

TEST_CASE("typewriter marks that open inside another sentence do not start the claim there", "[claims]") {
  CHECK(claims_of("The pier code ''obliges ferries to report serious faults. The ferries will have to report "
                  "every fault now,'' Clara Haines said.") ==
        Claims{{"The ferries will have to report every fault now", "Clara Haines"}});
}

TEST_CASE("typewriter marks that close after a comma end a clause that ran inside them", "[claims]") {
  // The clause after "expect" stops at the marks: "Clara Haines said" is who said it, not what.
  for (const auto& [clause, speaker] :
       claims_of("Riders may pay more if needed ''because they expect a reliable service,'' Clara Haines said."))
    CHECK(clause.find("Haines") == std::string::npos);
  // Marks after ", " open a quotation: the clause runs on into it.
  CHECK(claims_of("Clara Haines said the council was wrong, ''and the pier must close soon.''") ==
        Claims{{"the council was wrong, ''and the pier must close soon.''", "Clara Haines"}});
}

TEST_CASE("after 'that', a clause may open with its own setting", "[claims]") {
  CHECK(claims_of("Rosa Lind said on Monday that on a trip to Oslo this week, she would meet the ferry owners.") ==
        Claims{{"on a trip to Oslo this week, she would meet the ferry owners", "Rosa Lind"}});
  // A comma after "that" sets the setting off, and changes nothing.
  CHECK(claims_of("Rosa Lind said that, since the spring, the ferry owners had lost money.") ==
        Claims{{"since the spring, the ferry owners had lost money", "Rosa Lind"}});
}

TEST_CASE("a parenthetical 'she said' reports nothing back over a quote and its own reporting clause", "[claims]") {
  Claims c = claims_of("“I thought a lot before writing this,” developer Rosa Lind wrote in a post on Thursday, "
                       "21 months, she said, after she found the fault.");
  for (const auto& claim : c) CHECK(claim.first.find("wrote") == std::string::npos);
}

TEST_CASE("a time alone after its preposition is no claim: 'plans in the next few months'", "[claims]") {
  CHECK(claims_of("The discount is one of more than 300 such promotions Harbour Foods plans in the next few months.").empty());
}

TEST_CASE("the subject of 'went on to say' speaks", "[claims]") {
  CHECK(claims_of("Rosa Lind went on to say the port would close.") == Claims{{"the port would close", "Rosa Lind"}});
}

TEST_CASE("a reporting noun's owner is the name before its possessive, not the sentence's subject", "[claims]") {
  // The claim lends its speaker to the quoted words in it, kept by the claim model or not.
  whosaid::Result r = whosaid::extract(
      "Rosa Lind spoke in Oslo on Monday.\n\nThe Gazette seized on Lind’s claim that the port had lost "
      "“millions of kroner” in May.");
  REQUIRE(r.quotes.size() >= 1);
  const whosaid::Quote& quoted = r.quotes.back();
  CHECK(quoted.span.text == "millions of kroner");
  REQUIRE(quoted.speaker.has_value());
  CHECK(r.speakers[*quoted.speaker].name == "Rosa Lind");
}

TEST_CASE("no claim from a statement announced, a source's anonymity, or a noun read as a verb", "[claims]") {
  CHECK(claims_of("Rosa Lind released the following statement: “We won.”").empty());
  CHECK(claims_of("An aide spoke to the Gazette on condition of anonymity.").empty());
  CHECK(claims_of("The Harbour Court ruling in effect took away the power of the port board.").empty());
  CHECK(claims_of("Other estimates put the number of new workers far higher.").empty());
}

TEST_CASE("a listener and a place after 'told' are no claim", "[claims]") {
  CHECK(claims_of("Rosa Lind told union workers in Oslo.").empty());
  CHECK(claims_of("Rosa Lind told union workers in Oslo that the port would close.") ==
        Claims{{"the port would close", "Rosa Lind"}});
}

TEST_CASE("'seen' is a participle, no report: a caption 'The harbour seen from the hill'", "[claims]") {
  CHECK(claims_of("Oslo Harbour seen from Tamsund, with boats coming up through the silt.").empty());
}

TEST_CASE("before 'who', the place someone is from is not who spoke", "[claims]") {
  Claims c = claims_of("Rosa Lind, 43, of Ashton, Md., who said she had voted twice, called the mayor a fraud.");
  REQUIRE(!c.empty());
  CHECK(c[0] == std::make_pair(std::string("she had voted twice"), std::string("Rosa Lind")));
}

TEST_CASE("what a speaker said inside an aside on the claim ends with the aside", "[claims]") {
  CHECK(claims_of("The harbour plan, which Rosa Lind said would fail by the spring, passed on Monday.") ==
        Claims{{"would fail by the spring", "Rosa Lind"}});
}

TEST_CASE("a participle and its agent after a day: 'released on Monday by …'", "[claims]") {
  CHECK(claims_of("A new report released on Monday by the Harbour Institute calls that into question.").empty());
}

TEST_CASE("what a statement says is the claim: 'issued a statement saying …'", "[claims]") {
  CHECK(claims_of("Rosa Lind issued a statement saying the port would close.") ==
        Claims{{"the port would close", "Rosa Lind"}});
}

TEST_CASE("what someone might have said is no claim", "[claims]") {
  CHECK(claims_of("Rosa Lind might have suggested that the fares would fall.").empty());
}

TEST_CASE("'they' after a group's claim is the group, not a country named since", "[claims]") {
  CHECK(claims_of("Harbour officials said the tolls would be lifted.\n\nNorway has long faced the charges.\n\n"
                  "They said the talks had been productive.") ==
        Claims{{"the tolls would be lifted", "Harbour officials"}, {"the talks had been productive", "Harbour officials"}});
}

TEST_CASE("a long setting between the verb and 'that' is passed over", "[claims]") {
  CHECK(claims_of("Clara Haines said in an interview with the Harbour Gazette last week that the pier would "
                  "close.") == Claims{{"the pier would close", "Clara Haines"}});
}

TEST_CASE("words like 'this' with a verb of their own open what was said: no setting", "[claims]") {
  CHECK(claims_of("Many pilots say this change could slow the ferry, raising fares for everyone.") ==
        Claims{{"this change could slow the ferry, raising fares for everyone", "Many pilots"}});
  // A setting, with no verb, is passed over.
  CHECK(claims_of("Many pilots said this week that the ferry is slow.") ==
        Claims{{"the ferry is slow", "Many pilots"}});
}

TEST_CASE("'said' and a phrase with a verb of its own is no inverted reporting clause", "[claims]") {
  // "the mayor" is the subject of what was said, not the speaker of the words before the comma.
  for (const auto& [clause, speaker] : claims_of("Six local papers, among them the Gazette, said the mayor is not "
                                                 "fit to serve."))
    CHECK(speaker != "mayor");
  CHECK(claims_of("The pier will close in May, said the mayor.") == Claims{{"The pier will close in May", "the mayor"}});
  // Nor a pronoun that the sentence goes on after.
  for (const auto& [clause, speaker] : claims_of("Six local papers, including the Gazette, said he isn’t fit to serve."))
    CHECK(speaker != "he");
}

TEST_CASE("a past form before a reporting word's plural reports it: 'said remarks from …'", "[claims]") {
  CHECK(claims_of("A harbour official said remarks from the mayor were misleading.") ==
        Claims{{"remarks from the mayor were misleading", "a harbour official"}});
  // A plural before a reporting verb still heads its subject.
  CHECK(claims_of("Harbour reports say the ferry will be late.") ==
        Claims{{"the ferry will be late", "Harbour reports"}});
}

TEST_CASE("'about' before a number rounds it: no preposition opens the claim", "[claims]") {
  CHECK(claims_of("The harbour office said about 40 percent of the ferries were late.") ==
        Claims{{"about 40 percent of the ferries were late", "the harbour office"}});
  CHECK(claims_of("The harbour office said about half of the ferries were late.") ==
        Claims{{"about half of the ferries were late", "the harbour office"}});
}

TEST_CASE("how long something has been said is its setting: 'has said for weeks that'", "[claims]") {
  CHECK(claims_of("Clara Haines has said for weeks that the harbour would reopen in May.") ==
        Claims{{"the harbour would reopen in May", "Clara Haines"}});
}

TEST_CASE("an aside set off by dashes between the speaker and the verb", "[claims]") {
  CHECK(claims_of("The harbour master -- who had clashed with the mayor -- said she regretted her words.") ==
        Claims{{"she regretted her words", "the harbour master"}});
  CHECK(claims_of("The harbour master — who had clashed with the mayor — said she regretted her words.") ==
        Claims{{"she regretted her words", "the harbour master"}});
}

TEST_CASE("a headline in title case reports with its capitalised verb", "[claims]") {
  Claims c = claims_of("Clara Haines Says Ferry Will Return in May\n\nThe harbour reopened on Friday.");
  CHECK(c == Claims{{"Ferry Will Return in May", "Clara Haines"}});
  // The verb may end the headline.
  CHECK(claims_of("The Ferry Is Like A Leaky Bucket, Clara Haines Says.\n\nThe harbour reopened on Friday.") ==
        Claims{{"The Ferry Is Like A Leaky Bucket", "Clara Haines"}});
  // A possessive "’s" (four bytes) is no word of four letters in lower case.
  CHECK(claims_of("Clara Haines Says She’s Saved the Harbour’s Ferry\n\nThe harbour reopened on Friday.") ==
        Claims{{"She’s Saved the Harbour’s Ferry", "Clara Haines"}});
  // Not in a sentence of running text, where a capitalised word is a name's.
  CHECK(claims_of("Clara Haines Says Ferry Will Return in May, and the whole town is glad.").empty());
  // A base form there is a noun or a page's furniture: "Most Read Harbour Stories".
  CHECK(claims_of("Ferry Workers Protest Harbour Closure\n\nThe harbour closed on Friday.").empty());
}

TEST_CASE("CLAUSE, a speaker phrase that ends in a preposition's object, said", "[claims]") {
  CHECK(claims_of("The ferry will return in May, sources close to the harbour master said.") ==
        Claims{{"The ferry will return in May", "sources close to the harbour master"}});
  CHECK(claims_of("The ferry will return in May, officials in Westbrook said.") ==
        Claims{{"The ferry will return in May", "officials in Westbrook"}});
}

TEST_CASE("a conjunction or 'even' before a sentence's opening noun phrase", "[claims]") {
  CHECK(claims_of("But the organizer of the rally said the city rules increased the risk.") ==
        Claims{{"the city rules increased the risk", "the organizer of the rally"}});
  CHECK(claims_of("Even the organizers of the rally said the city rules increased the risk.") ==
        Claims{{"the city rules increased the risk", "the organizers of the rally"}});
}

TEST_CASE("a thing's name after 'called', and whom someone spoke to, are no claims", "[claims]") {
  CHECK(claims_of("The council paid a consulting firm called Harbour Analytics for the study.").empty());
  CHECK(claims_of("Clara Haines spoke to the harbour workers for an hour on Friday.").empty());
  CHECK(claims_of("Clara Haines spoke with the ferry crews after the meeting ended.").empty());
}

TEST_CASE("a claim that is mostly its speaker's own quoted words is left to the quote", "[claims]") {
  // At least half of the clause is her quote: the mixed quote reports it.
  CHECK(claims_of("Clara Haines said the ferry timetable was “a mess that nobody in this town can read”.").empty());
  // A few quoted words in a longer clause: the clause is a claim of its own.
  CHECK(claims_of("Clara Haines said the council would vote on the new ferry timetable next spring, once it "
                  "was “readable”.") ==
        Claims{{"the council would vote on the new ferry timetable next spring, once it was “readable”",
                "Clara Haines"}});
  // Several quotes, each a small part of the clause though half of it together: none reports what
  // joins them, the clause does.
  CHECK(claims_of("Clara Haines said the ferry won “a lot of loyal riders” who “ride it every single day”.") ==
        Claims{{"the ferry won “a lot of loyal riders” who “ride it every single day”", "Clara Haines"}});
}

TEST_CASE("whom one advises, with no advice after, is a client: no claim", "[claims]") {
  CHECK(claims_of("Rosa Lind, a pollster who advises the mayor, said the fares would fall.") ==
        Claims{{"the fares would fall", "Rosa Lind"}});
  CHECK(claims_of("Rosa Lind is now advising the harbour board on its budget.").empty());
  CHECK(claims_of("Rosa Lind advised the board to cut the fares.") ==
        Claims{{"the board to cut the fares", "Rosa Lind"}});
  CHECK(claims_of("Rosa Lind advised the board that the fares were too high.") ==
        Claims{{"the fares were too high", "Rosa Lind"}});
}

TEST_CASE("whoever issued a statement speaks through it, not the statement", "[claims]") {
  CHECK(claims_of("Mayor Clara Haines sent out a statement questioning whether the ferry could run all winter.") ==
        Claims{{"whether the ferry could run all winter", "Clara Haines"}});
  CHECK(claims_of("The harbour office put out a statement saying the pier would reopen in May.") ==
        Claims{{"the pier would reopen in May", "the harbour office"}});
}

TEST_CASE("an adverb between a speaker and the reporting verb", "[claims]") {
  CHECK(claims_of("The ferry crews here said the new timetable could not work.") ==
        Claims{{"the new timetable could not work", "the ferry crews"}});
  CHECK(claims_of("Clara Haines has consistently said the pier was too short for the winter boats.") ==
        Claims{{"the pier was too short for the winter boats", "Clara Haines"}});
  CHECK(claims_of("The harbour office firmly denied that the pier would close.") ==
        Claims{{"the pier would close", "the harbour office"}});
}

TEST_CASE("a year in the source after 'according to'", "[claims]") {
  CHECK(claims_of("Most ferry routes lose money in winter, according to a 2019 harbour board study.") ==
        Claims{{"Most ferry routes lose money in winter", "a 2019 harbour board study"}});
}

TEST_CASE("CLAUSE and typewriter marks, according to X", "[claims]") {
  CHECK(claims_of("''The ferry will run again in May,'' according to the harbour office.") ==
        Claims{{"The ferry will run again in May", "the harbour office"}});
}

TEST_CASE("a setting before ', according to X,' is not what X reported: the clause after it is", "[claims]") {
  CHECK(claims_of("But the next day, according to Clara Haines, the ferry left without its crew.") ==
        Claims{{"the ferry left without its crew", "Clara Haines"}});
  // A clause before it is.
  CHECK(claims_of("The pier will close in May, according to the harbour office, and reopen in June.") ==
        Claims{{"The pier will close in May", "the harbour office"}});
}

TEST_CASE("what a speaker said in an aside on them ends with the aside", "[claims]") {
  CHECK(claims_of("Clara Haines, who has said the pier is unsafe, voted against the new ferry on Monday.") ==
        Claims{{"the pier is unsafe", "Clara Haines"}});
}

TEST_CASE("'rules' is a noun unless 'that' or 'against' follows", "[claims]") {
  CHECK(claims_of("Harbour board rules require every ferry to carry two life rafts.").empty());
  CHECK(claims_of("Harbour court rules that the ferry must carry two life rafts.") ==
        Claims{{"the ferry must carry two life rafts", "Harbour court"}});
}

TEST_CASE("a clause between commas is no appositive of the place before it", "[claims]") {
  CHECK(claims_of("In nearby Port Ellen, the ferry is running late, said the ferry company’s chief executive, Clara Haines.") ==
        Claims{{"In nearby Port Ellen, the ferry is running late", "Clara Haines"}});
}

TEST_CASE("CLAUSE, said a description no lexicon knows, a name", "[claims]") {
  CHECK(claims_of("The pier is too short for the winter boats, said a local fisherman, Ann Toft.") ==
        Claims{{"The pier is too short for the winter boats", "Ann Toft"}});
}

TEST_CASE("adverbs in -ly open or end no speaker phrase read by its place", "[claims]") {
  // An adverb and an adjective before a comma, a gerund after an adverb: no noun phrase, no speaker.
  CHECK(claims_of("Endlessly clever and surprisingly challenging, it is a fine way to spend an evening.").empty());
  CHECK(claims_of("Manually swapping the batteries feels like a chore when every other boat has a charger.").empty());
}

TEST_CASE("a verb's base form after one thing is a noun: no speaker of ordinary words", "[claims]") {
  CHECK(claims_of("The pier notice with a closing quote ran to two pages.").empty());
  CHECK(claims_of("The ferry office with a liberal think tank moved to Oslo.").empty());
  // A plural head, a count or a group agrees: "voters in a poll say", "a majority of voters say".
  CHECK(claims_of("Voters in a poll say the pier is too short.") == Claims{{"the pier is too short", "Voters in a poll"}});
  CHECK(claims_of("A majority of ferry riders expect the fares to rise.").size() == 1);
  // One person's noun is one thing too: "customer demand" is a noun, no customer's demand.
  CHECK(claims_of("The ferry line ignored the port and used customer demand to force its fares on the town.").empty());
}

TEST_CASE("a stray closing mark ends the clause before its reporting verb, as a comma would", "[claims]") {
  CHECK(claims_of("The pier notice with a closing quote only\" said Ann Toft.") ==
        Claims{{"The pier notice with a closing quote only", "Ann Toft"}});
  CHECK(claims_of("The pier notice was late” Ann Toft said.") == Claims{{"The pier notice was late", "Ann Toft"}});
}

TEST_CASE("a reporting word that \"one of the …\" needs as its noun is no verb", "[claims]") {
  CHECK(claims_of("Clara Haines, one of the leading local voices on fishing, said the harbour would reopen.") ==
        Claims{{"the harbour would reopen", "Clara Haines"}});
  CHECK(claims_of("One of the harbour officials says the pier will reopen.") ==
        Claims{{"the pier will reopen", "One of the harbour officials"}});
}

TEST_CASE("calling something into question reports nothing", "[claims]") {
  CHECK(claims_of("A study by the Institute for Harbours and Fisheries calls that into question.").empty());
  CHECK(claims_of("The new figures called into question the council’s plan to reopen the pier.").empty());
  CHECK(claims_of("Clara Haines called the plan a disaster.") == Claims{{"the plan a disaster", "Clara Haines"}});
}

TEST_CASE("a numbered line with no stop, a page's list of headlines, reports no claim", "[claims]") {
  CHECK(claims_of("The ferry ran late.\n7 Harbour board vows to cut fares for the winter\n8 Ferry chief says the strike is over").empty());
  // A sentence that a number opens is read as ever.
  CHECK(claims_of("12 pilots said the pier was too short.") == Claims{{"the pier was too short", "12 pilots"}});
}

TEST_CASE("'feel like' a thing or 'just as' some way reports no thought", "[claims]") {
  CHECK(claims_of("The new ferry feels like a floating hotel when the sea is calm.").empty());
  CHECK(claims_of("The old boat felt just as solid in a storm.").empty());
  CHECK(claims_of("On the new pier it will feel just like your old one.").empty());
  // "like" and a clause is a thought, "as if", that the rules propose: claim_model_test.cc, since
  // whether such a claim is kept is the trained model's call ("feel" reports little on train).
}

TEST_CASE("'As X reported, CLAUSE': the introduction's verb of speech reports the clause after it", "[claims]") {
  CHECK(claims_of("As the Harbour Gazette reported, the ferry was late for the third week.") ==
        Claims{{"the ferry was late for the third week", "Harbour Gazette"}});
  CHECK(claims_of("As Clara Haines has pointed out, fares rose in May.") ==
        Claims{{"fares rose in May", "Clara Haines"}});
  CHECK(claims_of("As Clara Haines spoke, the crowd cheered.").empty());  // when, not what
}

TEST_CASE("a form in -s that an adverb of frequency and a plural verb follow is a noun", "[claims]") {
  CHECK(claims_of("Harbour issues always loom large in the council’s budget.").empty());
  CHECK(claims_of("Ferry reports often run late in the winter.").empty());
  // "that" or a pronoun after the adverb: the verb's clause.
  CHECK(claims_of("Clara Haines notes often that the harbour floods in May.") ==
        Claims{{"often that the harbour floods in May", "Clara Haines"}});
}

TEST_CASE("a reporting word after a quantifier of amount is a noun", "[claims]") {
  CHECK(claims_of("More text here.").empty());
  CHECK(claims_of("The pier drew much comment in the spring.").empty());
  // "or less" ends the subject before its verb.
  CHECK(claims_of("A third of pilots or less say the fares are too high.") ==
        Claims{{"the fares are too high", "a third of pilots or less"}});
}

TEST_CASE("a name after 'by' speaks for a document it wrote, not for one it saw", "[claims]") {
  CHECK(claims_of("Harbour reports seen by Reuters suggest that the pier will close.") ==
        Claims{{"the pier will close", "Harbour reports seen by Reuters"}});
  CHECK(claims_of("A survey by the Gazette found that the pier was unsafe.") ==
        Claims{{"the pier was unsafe", "Gazette"}});
  CHECK(claims_of("A study conducted by the Harbour Institute found that the pier was unsafe.") ==
        Claims{{"the pier was unsafe", "Harbour Institute"}});
}

TEST_CASE("a reporting word after 'of the' and a name is a noun, unless a person's name comes before 'of'", "[claims]") {
  CHECK(claims_of("Clara Haines said that the plan would undermine the very qualities of the Harbour Foods brand that make it "
                  "popular.") == Claims{{"the plan would undermine the very qualities of the Harbour Foods brand that make it popular",
                                         "Clara Haines"}});
  CHECK(claims_of("Clara Haines of the Harbour Times points out that the pier is closed.") ==
        Claims{{"the pier is closed", "Clara Haines"}});
}

TEST_CASE("a name before 'in' a post or a speech speaks: not the document", "[claims]") {
  CHECK(claims_of("The fares rose, while Clara Haines in a blog post said the ferry would be cheaper by May.") ==
        Claims{{"the ferry would be cheaper by May", "Clara Haines"}});
}

TEST_CASE("a participle and its preposition before the reporting clause introduce it: no claim", "[claims]") {
  CHECK(claims_of("Talking about how the winter had gone, Clara Haines said “every ferry has its bad days”.").empty());
  CHECK(claims_of("Speaking to reporters on the pier, Clara Haines said “the fares will fall”.").empty());
  // A gerund that is the clause's subject is what was said.
  CHECK(claims_of("Raising the fares would hurt the islands, Clara Haines said.") ==
        Claims{{"Raising the fares would hurt the islands", "Clara Haines"}});
}

TEST_CASE("an aside on the reported clause's subject does not end the clause", "[claims]") {
  CHECK(claims_of("Clara Haines said that Tomas Brandt, who was ousted as harbour master in May, has been mapping out a return.") ==
        Claims{{"Tomas Brandt, who was ousted as harbour master in May, has been mapping out a return", "Clara Haines"}});
  // An aside on the clause's last noun still ends it.
  CHECK(claims_of("Clara Haines said the ferry will stop at Port Ellen, which lost its service in May.") ==
        Claims{{"the ferry will stop at Port Ellen", "Clara Haines"}});
}

TEST_CASE("'they' after a group's claim is the group, past a country named since and other organisations", "[claims]") {
  const std::string text =
      "“We will sail,” said Mr. Reeves, a fellow at the Harbour Institute at Ashton University. “The pier is safe.”\n"
      "Holt administration officials said that they had briefed President-elect Dana Holt’s team, but that they did not "
      "know if Ms. Holt would stick with a policy of warmer relations with Albania.\n"
      "They said that Albania had a long way to go in terms of respecting human rights.";
  const Claims claims = claims_of(text);
  REQUIRE(!claims.empty());
  CHECK(claims.back() == std::make_pair(std::string("Albania had a long way to go in terms of respecting human rights"),
                                        std::string("Holt administration officials")));
}

TEST_CASE("a speaker that 'no' opens is no one: no claim", "[claims]") {
  CHECK(claims_of("Although no group claimed responsibility for the blast, the pier was closed.").empty());
  CHECK(claims_of("No official said the pier would close.").empty());
}

TEST_CASE("a one-word answer, 'yes' or 'no', is a claim: a whole statement", "[claims]") {
  CHECK(claims_of("Asked whether the ferry should run at night, 46 percent of riders said yes.") ==
        Claims{{"yes", "46 percent of riders"}});
  CHECK(claims_of("Asked if the mayor should resign, the council members said yes.") ==
        Claims{{"yes", "the council members"}});
}

TEST_CASE("''QUESTION?'' Mr. X asked: an honorific after the closing marks goes on the question's sentence", "[claims]") {
  CHECK(claims_of("''Why would the board raise the fares now?'' Ms. Lind asked.") ==
        Claims{{"Why would the board raise the fares now", "Lind"}});
  CHECK(claims_of("''Not in this harbour!'' Dr. Haines said.") == Claims{{"Not in this harbour", "Haines"}});
  // After a full stop the marks end the sentence: what follows is a sentence of its own.
  CHECK(claims_of("''The fares will rise.'' Ms. Lind left the room.").empty());
}

TEST_CASE("a count in words opens a sentence's speaker phrase, 'Six' as 'Five' does", "[claims]") {
  CHECK(claims_of("Six newspapers in the county said the mayor should resign.") ==
        Claims{{"the mayor should resign", "Six newspapers in the county"}});
  CHECK(claims_of("Seven riders in the queue said the ferry was late again.") ==
        Claims{{"the ferry was late again", "Seven riders in the queue"}});
}

TEST_CASE("a share written with '%' is a group's speaker, as one in 'percent' is", "[claims]") {
  CHECK(claims_of("On fares, 42% of riders say they are liberal.") ==
        Claims{{"they are liberal", "42% of riders"}});
  CHECK(claims_of("Riders are split; 26% say they are conservative.") ==
        Claims{{"they are conservative", "26%"}});
}

TEST_CASE("'those surveyed' are many people: the verb's base form agrees with them", "[claims]") {
  CHECK(claims_of("By big margins, those surveyed say the ferry should run later.") ==
        Claims{{"the ferry should run later", "those surveyed"}});
  CHECK(claims_of("By a wide margin, those polled say stricter rules would help.") ==
        Claims{{"stricter rules would help", "those polled"}});
}

TEST_CASE("spoke at a place, speaking by phone or from a place: where or how, no claim", "[claims]") {
  CHECK(claims_of("The harbour master spoke at a dinner for the ferry crews in Varna.").empty());
  CHECK(claims_of("The harbour master will speak at the port authority's meeting next week.").empty());
  CHECK(claims_of("Clara Haines later spoke by phone from the ferry terminal in Varna.").empty());
  CHECK(claims_of("Clara Haines spoke at length about the repairs to the pier.") ==
        Claims{{"at length about the repairs to the pier", "Clara Haines"}});
}

TEST_CASE("told a long listener that CLAUSE: the claim starts after the listener", "[claims]") {
  CHECK(claims_of("Mara Voss told the Harbour Gazette and Courier newspaper of Varna on Saturday that the ferry "
                  "would run again.") == Claims{{"the ferry would run again", "Mara Voss"}});
  CHECK(claims_of("Mara Voss told a crowd in a packed hall at the harbour in Varna that the ferry would run again.") ==
        Claims{{"the ferry would run again", "Mara Voss"}});
}

TEST_CASE("even as after a comma: the writer's contrast ends the claim", "[claims]") {
  CHECK(claims_of("Clara Haines said the pier would close in May, even as ferry crews asked for more time.") ==
        Claims{{"the pier would close in May", "Clara Haines"}});
  CHECK(claims_of("Clara Haines said Tomas Varga, even as a candidate, had lived near the pier.") ==
        Claims{{"Tomas Varga, even as a candidate, had lived near the pier", "Clara Haines"}});
}

TEST_CASE("Even after CLAUSE, X has denied …: the opening phrase is no claim", "[claims]") {
  CHECK(claims_of("Even after the photographs of the pier surfaced, the ferry company has denied it happened.") ==
        Claims{{"it happened", "the ferry company"}});
}

TEST_CASE("with NAME doing …, after a comma: the writer's aside ends the claim", "[claims]") {
  CHECK(claims_of("The ferry company denied the pier was unsafe, with Tomas Varga taking to the radio to call "
                  "the report careless.") == Claims{{"the pier was unsafe", "the ferry company"}});
  CHECK(claims_of("A harbour poll showed Mara Voss ahead, with 40 percent backing her and 31 percent backing "
                  "Varga.") == Claims{{"Mara Voss ahead, with 40 percent backing her and 31 percent backing Varga",
                                        "a harbour poll"}});
}

TEST_CASE("an apposition with the after a comma, to the sentence end, ends the claim", "[claims]") {
  CHECK(claims_of("Mara Voss said she would vote against the harbour bill, the measure that would close the old pier.") ==
        Claims{{"she would vote against the harbour bill", "Mara Voss"}});
  // A clause after the comma, or a list, goes on.
  CHECK(claims_of("Mara Voss said that after the long storm, the pier was closed for a week.") ==
        Claims{{"after the long storm, the pier was closed for a week", "Mara Voss"}});
  CHECK(claims_of("Mara Voss said she would thank the harbour crews, the pilots and the ferry staff.") ==
        Claims{{"she would thank the harbour crews, the pilots and the ferry staff", "Mara Voss"}});
}

TEST_CASE("a dash and the writer's word on the claim (a move, a charge) ends the claim", "[claims]") {
  CHECK(claims_of("Mara Voss said the council would close the old pier — a move that angered the ferry crews.") ==
        Claims{{"the council would close the old pier", "Mara Voss"}});
  // Other words after a dash may be the speaker's own.
  CHECK(claims_of("Mara Voss said the harbour was a ruin — a place of rust and rot.") ==
        Claims{{"the harbour was a ruin — a place of rust and rot", "Mara Voss"}});
}

TEST_CASE("but rather or but instead after a comma: what the speaker puts in its place is in the claim", "[claims]") {
  CHECK(claims_of("Mara Voss said the council would not close the pier, but rather rebuild it by June.") ==
        Claims{{"the council would not close the pier, but rather rebuild it by June", "Mara Voss"}});
  CHECK(claims_of("Mara Voss said the ferry should not be sold, but instead the town should run it.") ==
        Claims{{"the ferry should not be sold, but instead the town should run it", "Mara Voss"}});
}

TEST_CASE("a dash and a contrast (but, though) is the writer's turn: it ends the claim", "[claims]") {
  CHECK(claims_of("Mara Voss said the ferry would sail again by June — though no crew has been hired.") ==
        Claims{{"the ferry would sail again by June", "Mara Voss"}});
  CHECK(claims_of("Harbour officials said the pier was safe - but the ferry stayed in port all week.") ==
        Claims{{"the pier was safe", "Harbour officials"}});
}

TEST_CASE("and he/she/they with a verb of speech in the past starts a new claim", "[claims]") {
  CHECK(claims_of("Mara Voss said the pier was unsafe and she warned that the ferry would stop in May.") ==
        Claims{{"the pier was unsafe", "Mara Voss"}, {"the ferry would stop in May", "Mara Voss"}});
}

TEST_CASE("as he/she/they and a verb: the writer's when ends the claim", "[claims]") {
  CHECK(claims_of("Mara Voss said the crew would stay at the pier as they waited for the storm to pass.") ==
        Claims{{"the crew would stay at the pier", "Mara Voss"}});
  CHECK(claims_of("Mara Voss said the crew could stay at the pier as long as they liked.") ==
        Claims{{"the crew could stay at the pier as long as they liked", "Mara Voss"}});
}

TEST_CASE("X is optimistic / worried that CLAUSE: an adjective of stance reports what X thinks", "[claims]") {
  CHECK(claims_of("The skippers are optimistic that the pier will reopen in May.") ==
        Claims{{"the pier will reopen in May", "the skippers"}});
  CHECK(claims_of("The mayor is worried that the pier will close.") == Claims{{"the pier will close", "the mayor"}});
  // Told that: a passive, the listeners' -- no claim of theirs.
  CHECK(claims_of("The skippers were told that the pier would close.") == Claims{});
  // No "that": no report.
  CHECK(claims_of("The mayor is aware of the leak.") == Claims{});
}

TEST_CASE("X learned / realized / recognized that CLAUSE: what X came to know, before 'that' only", "[claims]") {
  CHECK(claims_of("Harbour officials learned that the pier was unsafe.") ==
        Claims{{"the pier was unsafe", "Harbour officials"}});
  CHECK(claims_of("Ines Varga realized that the ferry would not come back.") ==
        Claims{{"the ferry would not come back", "Ines Varga"}});
  CHECK(claims_of("Ines Varga learned Spanish on the ferry.") == Claims{});
}

TEST_CASE("X ordered / demonstrated that CLAUSE: a ruling or a finding, before 'that' only", "[claims]") {
  CHECK(claims_of("The harbour court ordered that the ferry files be released.") ==
        Claims{{"the ferry files be released", "the harbour court"}});
  CHECK(claims_of("The harbour court ordered a new survey of the pier.") == Claims{});
}

TEST_CASE("In a POLL, CLAUSE: the poll that an opening 'In' names reports the clause", "[claims]") {
  CHECK(claims_of("In a Harbour Gazette poll conducted last week, 52 percent of skippers backed the new pier.") ==
        Claims{{"52 percent of skippers backed the new pier", "a Harbour Gazette poll"}});
  CHECK(claims_of("In the harbour, the skippers backed the new pier.") == Claims{});
}

TEST_CASE("X has long argued that CLAUSE: 'long' stands between the speaker and the verb", "[claims]") {
  CHECK(claims_of("Ines Varga has long argued that the pier is unsafe.") == Claims{{"the pier is unsafe", "Ines Varga"}});
}

TEST_CASE("a participle in -ing opens a plural subject before a verb's base form", "[claims]") {
  CHECK(claims_of("Ferry averages show the harbour with a lead over the airport.") ==
        Claims{{"the harbour with a lead over the airport", "Ferry averages"}});
  CHECK(claims_of("Striking dockers say the new pier is unsafe.") ==
        Claims{{"the new pier is unsafe", "Striking dockers"}});
  // A gerund and its object take the verb's -s form: no speaker.
  CHECK(claims_of("Manually swapping the batteries feels like a chore when every other boat has a charger.").empty());
}

TEST_CASE("a quantifier after from is the subject's: officials from both towns say", "[claims]") {
  CHECK(claims_of("Harbour officials from both towns say the ferry should run later.") ==
        Claims{{"the ferry should run later", "Harbour officials from both towns"}});
}

TEST_CASE("X in 2001 found, X in April said: a year or a month between the speaker and the verb", "[claims]") {
  CHECK(claims_of("A harbour review board in 2001 found the old pier was unsafe.") ==
        Claims{{"the old pier was unsafe", "a harbour review board"}});
  CHECK(claims_of("Ines Varga in April said the ferry would run later.") ==
        Claims{{"the ferry would run later", "Ines Varga"}});
  // "the 2013 report": a year before a noun, no verb.
  CHECK(claims_of("The authors of the 2013 report met in Varna.").empty());
}

TEST_CASE("X, a long aside of up to 40 tokens, said CLAUSE: X speaks", "[claims]") {
  CHECK(claims_of("Dr. Ann Lee, who as a navy captain was the harbour doctor in the years of the war and later "
                  "retired from the service as a rear admiral, said that in 1998, the pier was unsafe.") ==
        Claims{{"in 1998, the pier was unsafe", "Ann Lee"}});
}

TEST_CASE("Those close to him say CLAUSE: a preposition's object pronoun ends the subject", "[claims]") {
  CHECK(claims_of("Those close to him say that he would run the harbour again.") ==
        Claims{{"he would run the harbour again", "Those close to him"}});
}

TEST_CASE("X said after EVENT (that) CLAUSE: the event is when, and the clause what was said", "[claims]") {
  CHECK(claims_of("Ines Varga said after the vote she would not accept the offer.") ==
        Claims{{"she would not accept the offer", "Ines Varga"}});
  CHECK(claims_of("Ines Varga said after the vote that she would not accept the offer.") ==
        Claims{{"she would not accept the offer", "Ines Varga"}});
  // A comma or a relative "that" after the event ends no setting: the clause before the verb was said.
  CHECK(claims_of("The pier is unsafe, Ines Varga said after meeting the crew, because the piles are rotten.") ==
        Claims{{"The pier is unsafe", "Ines Varga"}});
  CHECK(claims_of("The pier is unsafe, Ines Varga told reporters after the meeting that was held on a boat.") ==
        Claims{{"The pier is unsafe", "Ines Varga"}});
}

TEST_CASE("X led/prompted/forced Y to VERB: Y, who was made to act, speaks", "[claims]") {
  CHECK(claims_of("The closure led many residents to wonder whether the ferry would ever return.") ==
        Claims{{"whether the ferry would ever return", "many residents"}});
  CHECK(claims_of("The storm forced the mayor to concede that the pier had failed.") ==
        Claims{{"the pier had failed", "the mayor"}});
}

TEST_CASE("X VERBED a Y who said CLAUSE: the phrase before who must run up to it to speak", "[claims]") {
  CHECK(claims_of("The harbour hired a spokesman who said the fares must fall.") ==
        Claims{{"the fares must fall", "a spokesman"}});
  // Not the sentence's subject, when the phrase before "who" cannot be read.
  CHECK(claims_of("The harbour hired a pilot who said the fares must fall.") == Claims{});
}

TEST_CASE("came from X, who said CLAUSE: after a verb from X is no home and X speaks", "[claims]") {
  CHECK(claims_of("The question came from Tomas Brandt, who said the fares must fall.") ==
        Claims{{"the fares must fall", "Tomas Brandt"}});
  CHECK(claims_of("The loudest boos came from Rosa Lind, who said the fares must fall.") ==
        Claims{{"the fares must fall", "Rosa Lind"}});
}

TEST_CASE("The last question came from X: a lone article is no speaker", "[claims]") {
  CHECK(claims_of("The last question came from a pilot.") == Claims{});
  CHECK(claims_of("The first answer came from Rosa Lind.") == Claims{});
}

TEST_CASE("X who have long supported Y said CLAUSE: the relative clause's object is no speaker", "[claims]") {
  CHECK(claims_of("Pilots who have long supported Clara Haines said the fares must fall.") ==
        Claims{{"the fares must fall", "Pilots"}});
  CHECK(claims_of("Others who favor a tougher line against armed groups expressed doubts that the plan would work.") ==
        Claims{{"doubts that the plan would work", "Others"}});
}

TEST_CASE("About 10:03 p.m. then according to X and CLAUSE: a clock time is a short setting", "[claims]") {
  CHECK(claims_of("About 10:03 p.m., according to the harbour office, the ferry left the pier.") ==
        Claims{{"About 10:03 p.m.", "the harbour office"}, {"the ferry left the pier", "the harbour office"}});
}

TEST_CASE("X said that the numbers in his speech are wrong: after that the statement is what was said", "[claims]") {
  CHECK(claims_of("Clara Haines said that the numbers in her speech are wrong.") ==
        Claims{{"the numbers in her speech are wrong", "Clara Haines"}});
}

TEST_CASE("Among voters who said CLAUSE: the preposition that opens the sentence is no speaker's", "[claims]") {
  CHECK(claims_of("Among voters who said the fares must fall, most stayed home.") ==
        Claims{{"the fares must fall", "voters"}});
}

TEST_CASE("Polls taken in May show CLAUSE: the participle and its month are the subject's", "[claims]") {
  CHECK(claims_of("Polls taken in May show the fares must fall.") == Claims{{"the fares must fall", "Polls"}});
}

TEST_CASE("X came away convinced that CLAUSE: the subject of came away is convinced", "[claims]") {
  CHECK(claims_of("Rosa Lind came away convinced that the fares must fall.") ==
        Claims{{"the fares must fall", "Rosa Lind"}});
}

TEST_CASE("CLAUSE, X said on Friday, ASIDE: what the verb reaches across a stop is the writer's", "[claims]") {
  CHECK(claims_of("The ferry fund is nearly empty, the harbour board said on Friday, two days after the vote.") ==
        Claims{{"The ferry fund is nearly empty", "the harbour board"}});
  CHECK(claims_of("The ferry fund is nearly empty, the harbour board reported -- a finding that alarmed the mayor.") ==
        Claims{{"The ferry fund is nearly empty", "the harbour board"}});
  CHECK(claims_of("The ferry fund is nearly empty, pilots said: the board spent it on a new pier.") ==
        Claims{{"The ferry fund is nearly empty", "pilots"}});
  // Across a semicolon, both halves were said.
  CHECK(claims_of("The ferry fund is nearly empty, Rosa Lind said; the board spent it on a new pier.") ==
        Claims{{"The ferry fund is nearly empty", "Rosa Lind"}, {"the board spent it on a new pier", "Rosa Lind"}});
  // Not across the comma after "that", nor before quoted words.
  CHECK(claims_of("The vote was close, Rosa Lind said that, in May, the harbour would reopen.") ==
        Claims{{"in May, the harbour would reopen", "Rosa Lind"}});
  CHECK(claims_of("Asked about the fund, Rosa Lind said: \u201cIt is empty and the board knows it.\u201d") == Claims{});
}

TEST_CASE("CLAUSE, as X has acknowledged: the clause before as is what X said", "[claims]") {
  CHECK(claims_of("The fares rose over the summer, as Rosa Lind has acknowledged.") ==
        Claims{{"The fares rose over the summer", "Rosa Lind"}});
  CHECK(claims_of("The ferry will run again in May, as Rosa Lind said at the outset.") ==
        Claims{{"The ferry will run again in May", "Rosa Lind"}});
  // Not when "as" is when ("as the crowd applauded"), nor before a comma: "But, as X said, CLAUSE".
  CHECK(claims_of("The ferry left the pier, as the crowd applauded.") == Claims{});
  CHECK(claims_of("But, as Rosa Lind said, the ferry will run again in May.") ==
        Claims{{"the ferry will run again in May", "Rosa Lind"}});
}

TEST_CASE("CLAUSE according to X, with no comma or after a dash: the clause before is reported", "[claims]") {
  CHECK(claims_of("Rosa Lind leads Tomas Brandt by 27 votes according to the harbour board, but the race is close.") ==
        Claims{{"Rosa Lind leads Tomas Brandt by 27 votes", "the harbour board"}});
  CHECK(claims_of("In 2014 the ferry made 115 crossings — according to the harbour board.") ==
        Claims{{"In 2014 the ferry made 115 crossings", "the harbour board"}});
  // Not when a conjunction or a colon opens the clause after: that clause is reported.
  CHECK(claims_of("The fares are too high: according to the harbour board, they will rise again.") ==
        Claims{{"they will rise again", "the harbour board"}});
}

TEST_CASE("CLAUSE, as the pilots said: as opens no speaker, and a dash ends where and when", "[claims]") {
  CHECK(claims_of("The fares will not fall soon, as the pilots said.") ==
        Claims{{"The fares will not fall soon", "the pilots"}});
  CHECK(claims_of("The ferry will run again in May, as Rosa Lind said at the outset - no one was surprised.") ==
        Claims{{"The ferry will run again in May", "Rosa Lind"}});
}

TEST_CASE("'her' after a preposition is the object pronoun before a past form: 'People close to her said'", "[claims]") {
  CHECK(claims_of("People close to her said the ferry would stop running in June.") ==
        Claims{{"the ferry would stop running in June", "People close to her"}});
  CHECK(claims_of("Ines Varga said her remarks were misread.") == Claims{{"her remarks were misread", "Ines Varga"}});
}

TEST_CASE("a time alone before 'according to X,' is no claim of X's: 'On Monday, according to X, CLAUSE'", "[claims]") {
  CHECK(claims_of("On Monday, according to the harbour office, the ferry will stop running.") ==
        Claims{{"the ferry will stop running", "the harbour office"}});
  CHECK(claims_of("Last week, according to the harbour office, the ferry stopped running.") ==
        Claims{{"the ferry stopped running", "the harbour office"}});
  CHECK(claims_of("Over the long run, according to the harbour office, the ferry will lose money.") ==
        Claims{{"Over the long run", "the harbour office"}, {"the ferry will lose money", "the harbour office"}});
}

TEST_CASE("what a video of someone shows is no claim of theirs", "[claims]") {
  CHECK(claims_of("Video of Ines Varga shows she was booed by the crowd.").empty());
  CHECK(claims_of("A video of Ines Varga shows she was booed by the crowd.") ==
        Claims{{"she was booed by the crowd", "a video of Ines Varga"}});
}

TEST_CASE("a participle on the subject ends at the sentence's verb, which the subject speaks", "[claims]") {
  CHECK(claims_of("Activists hoping to stop the bridge say the project will ruin the wetlands.") ==
        Claims{{"to stop the bridge", "Activists"}, {"the project will ruin the wetlands", "Activists"}});
  CHECK(claims_of("Workers fearing more layoffs have said the plant would close.") ==
        Claims{{"more layoffs", "Workers"}, {"the plant would close", "Workers"}});
  CHECK(claims_of("Residents opposing Ines Varga said the plan was too slow.") ==
        Claims{{"Ines Varga", "Residents"}, {"the plan was too slow", "Residents"}});
  // The subject's verb of another kind ends it too.
  CHECK(claims_of("Voters fearing higher property taxes backed Ines Varga in the primary.") ==
        Claims{{"higher property taxes", "Voters"}});
  // Not a verb after an auxiliary: "are hoping" is the sentence's verb.
  CHECK(claims_of("Activists are hoping to stop the bridge.") == Claims{{"to stop the bridge", "Activists"}});
}

TEST_CASE("what a relative clause on the subject reports ends before the subject's own verb", "[claims]") {
  CHECK(claims_of("Many pilots who believe the rule is unsafe stayed home on Tuesday.") ==
        Claims{{"the rule is unsafe", "Many pilots"}});
  CHECK(claims_of("Pilots who say the rule is unsafe are staying home.") == Claims{{"the rule is unsafe", "Pilots"}});
  // Not a participle after an auxiliary or an adverb.
  CHECK(claims_of("Pilots who say the rule was widely ignored stayed home.") ==
        Claims{{"the rule was widely ignored", "Pilots"}});
}

TEST_CASE("what a speaker continued doing is no claim, unless it is speech", "[claims]") {
  CHECK(claims_of("Ines Varga continued her tour of the harbour on Friday.").empty());
  CHECK(claims_of("Ines Varga continued campaigning in the port towns.").empty());
  CHECK(claims_of("Ines Varga continued to question the budget of the harbour office.") ==
        Claims{{"to question the budget of the harbour office", "Ines Varga"}});
  CHECK(claims_of("In the afternoon, Ines Varga continued: the pier is safe and the ferry will run.") ==
        Claims{{"the pier is safe and the ferry will run", "Ines Varga"}});
}

TEST_CASE("a way or a place found is no finding: 'found a way to …', 'finds its way'", "[claims]") {
  CHECK(claims_of("Ines Varga found a way to keep the ferry running.").empty());
  CHECK(claims_of("The council has found common ground with the harbour board.").empty());
  CHECK(claims_of("The auditors found the harbour office had overspent by millions.") ==
        Claims{{"the harbour office had overspent by millions", "the auditors"}});
}

TEST_CASE("the words before 'X said,' and a quoted sentence are no claim: the quote is what was said", "[claims]") {
  CHECK(claims_of("Holding open a map, Ines Varga said, “I want to show you the harbour.”").empty());
  CHECK(claims_of("Ines Varga spoke. Still, she added, ''We cannot close the pier.''") ==
        Claims{{"We cannot close the pier.''", "Ines Varga"}});
  // A reporting verb opening them: the speaker's stance.
  CHECK(claims_of("Lamenting the delays, Ines Varga said, “The pier should have reopened in May.”") ==
        Claims{{"Lamenting the delays", "Ines Varga"}});
  // Quoted words that go on with the sentence: the words before are what was said.
  CHECK(claims_of("The pier, Ines Varga said, “is no longer safe.”") == Claims{{"The pier", "Ines Varga"}});
}

TEST_CASE("how, where or to whom someone spoke is no claim, but what they spoke of is", "[claims]") {
  CHECK(claims_of("Ines Varga spoke over boos from the crowd at the pier.").empty());
  CHECK(claims_of("Tomas Brandt talks to everybody all the time.").empty());
  CHECK(claims_of("Ines Varga talked to the crew about the new ferry timetable.") ==
        Claims{{"to the crew about the new ferry timetable", "Ines Varga"}});
  CHECK(claims_of("Ines Varga spoke out against the new ferry timetable.") ==
        Claims{{"against the new ferry timetable", "Ines Varga"}});
}

TEST_CASE("a comma that opens the text before 'according to X' has no time before it to read", "[claims]") {
  CHECK(claims_of(", according to the harbour office, the ferry will stop.") ==
        Claims{{"the ferry will stop", "the harbour office"}});
}

TEST_CASE("a capitalised determiner after an initial or an abbreviation opens a new sentence", "[claims]") {
  CHECK(claims_of("Rosa Lind said the ferry runs to Port A. The pier is closed.") ==
        Claims{{"the ferry runs to Port A.", "Rosa Lind"}});
}
