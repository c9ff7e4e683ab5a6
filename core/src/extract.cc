// extract(): the engine's pipeline, stage by stage, and the conversion of its byte-offset Analysis into
// the public Result (UTF-16 offsets, one Speaker per entity that has quotes).
//
//   input bytes --repair_utf8--> valid UTF-8: bad bytes read as U+FFFD, or all of the input read as
//     Windows-1252 when none of its bytes beyond ASCII is UTF-8 (or the error not_text: a web page's
//     HTML, UTF-16, or bad bytes everywhere)
//     --split_paragraphs--> paragraphs
//     --find_quotes (quotes.h)--> quotation marks
//     --attribute (attribution.h)--> tokens and sentences (tokens.h), speaker phrases (mentions.h),
//         entities (entities.h), quotes with kinds, cues and speakers, and claims (claims.h) -- or, in a
//         text that does not read as English, the quotes' kinds alone (warning not_english)
//     --to_result--> Result, keeping the kinds Options::kinds asks for
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <utility>

#include "analysis.h"
#include "attribution.h"
#include "lexicon.h"
#include "markup.h"
#include "quotes.h"
#include "text.h"
#include "whosaid/whosaid.h"

namespace whosaid {

namespace {

constexpr size_t kMinBytesToJudgeText = 1024;

// Whether `input` is a web page's markup rather than an article's text: after a byte-order mark and
// blank space, "<!DOCTYPE html" or "<html" (in any case). Its quotes would be the page's attributes and
// scripts; the CLI's users meet this first, with a saved page, and the answer says what to do.
bool html_page(std::string_view input) {
  if (input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
  input.remove_prefix(std::min(input.size(), input.find_first_not_of(" \t\r\n")));
  const auto opens_with = [&](std::string_view tag) {
    if (input.size() < tag.size()) return false;
    for (size_t i = 0; i < tag.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(input[i])) != tag[i]) return false;
    return true;
  };
  return opens_with("<!doctype html") || opens_with("<html");
}

// Why `input` is no article's text, or "" when it may be one: it is a web page's markup (html_page()), or
// UTF-16 or binary: it starts with a UTF-16 byte-order mark, or more than one byte in eight of its first
// KB is NUL, which text never holds and UTF-16 holds in every other byte of English (whatever its size:
// no text looks like that). Only the head is read, so that this costs nothing to speak of on a long text.
std::string not_text(std::string_view input) {
  if (html_page(input))
    return "the input is a web page's HTML, not an article's text: give whosaid the article's text (the "
           "browser extension reads it from the page)";
  if (input.substr(0, 2) == "\xFF\xFE" || input.substr(0, 2) == "\xFE\xFF")
    return "the input starts with a UTF-16 byte-order mark: it is UTF-16, not UTF-8";
  const std::string_view head = input.substr(0, kMinBytesToJudgeText);
  if (!std::memchr(head.data(), 0, head.size())) return "";
  const size_t nul = static_cast<size_t>(std::count(head.begin(), head.end(), '\0'));
  if (nul * 8 <= head.size()) return "";
  return std::to_string(nul) + " of the input's first " + std::to_string(head.size()) +
         " bytes are NUL: it is not text, or it is UTF-16, not UTF-8";
}

// Sets *s, a new Span, to the byte span `b`, in UTF-16 offsets, and its text when `with_text`. The
// Result's spans are filled where they stay, not built and moved there: moving a short string copies its
// bytes (through a call to memcpy that branches on their count), and these copies mispredicted ~4K times
// per pass on PolNeAR dev. The text is appended to the empty string, not assigned: libstdc++'s assign
// takes a path that allows for the text overlapping the string's own (2M instructions more on dev x10).
void set_span(std::string_view text, const Utf16Index& index, ByteSpan b, bool with_text, Span* s) {
  s->start = index.to_utf16(b.begin);
  s->end = index.to_utf16(b.end);
  if (with_text) s->text.append(text.data() + b.begin, b.end - b.begin);
}

// Whether Options::kinds asks for each QuoteKind, indexed by its value: a lookup per quote, where a
// switch on the kind mispredicted (kinds come in no order: ~1.9K mispredicts per pass on PolNeAR dev).
class WantedKinds {
 public:
  explicit WantedKinds(const Kinds& kinds) : wanted_{kinds.direct, kinds.mixed, kinds.indirect} {}
  bool operator()(QuoteKind kind) const { return wanted_[static_cast<size_t>(kind)]; }

 private:
  bool wanted_[3];
};

// Speakers are the entities that have at least one reported quote, in order of first mention. Each
// entity becomes a speaker once at most: its strings are moved, not copied. Quotes and speakers are
// made in place (see set_span()).
void to_result(std::string_view text, Analysis analysis, const Kinds& kinds, Result* result) {
  Utf16Index index(text);
  const WantedKinds wanted(kinds);
  std::vector<int> speaker_of_entity(analysis.entities.size(), -1);
  result->quotes.reserve(analysis.quotes.size());  // at most: Options::kinds may leave some out
  // Each speaker's quote list is allocated once, at its size: counted first, not regrown quote by quote.
  std::vector<int> quotes_of_entity(analysis.entities.size(), 0);
  size_t speakers = 0;
  for (const FoundQuote& fq : analysis.quotes)
    if (fq.entity >= 0 && wanted(fq.kind) && ++quotes_of_entity[fq.entity] == 1) ++speakers;
  result->speakers.reserve(speakers);
  for (const FoundQuote& fq : analysis.quotes) {
    if (!wanted(fq.kind)) continue;
    Quote& q = result->quotes.emplace_back();
    q.id = static_cast<int>(result->quotes.size() - 1);
    q.kind = fq.kind;
    set_span(text, index, fq.span, true, &q.span);
    if (fq.mention) set_span(text, index, *fq.mention, true, &q.mention.emplace());
    if (fq.cue) set_span(text, index, *fq.cue, true, &q.cue.emplace());
    q.confidence = fq.confidence;
    if (fq.entity >= 0) {
      int& sid = speaker_of_entity[fq.entity];
      if (sid < 0) {
        sid = static_cast<int>(result->speakers.size());
        Entity& e = analysis.entities[fq.entity];
        Speaker& s = result->speakers.emplace_back();
        s.id = sid;
        s.name = std::move(e.name);
        s.role = std::move(e.role);
        s.kind = e.kind;
        s.aliases = std::move(e.aliases);
        s.mentions.resize(e.mentions_last - e.mentions_first);
        for (size_t i = 0; i < s.mentions.size(); ++i)
          set_span(text, index, analysis.mentions[e.mentions_first + i], false, &s.mentions[i]);
        s.quotes.reserve(quotes_of_entity[fq.entity]);
      }
      q.speaker = sid;
      result->speakers[sid].quotes.push_back(q.id);
    }
  }
}

}  // namespace

void prepare() {
  lexicon(Lex::kCueVerbs);  // parses every lexicon
  find_markup("");          // compiles the markup pattern
}

Result extract(std::string_view input, const Options& options) {
  Result result;
  // Offsets inside the engine are 32-bit (see tokens.h): nothing of 4 GiB or more, whatever the option.
  const size_t limit = std::min<size_t>(options.max_input_bytes, 0xFFFFFFFEu);
  if (input.size() > limit) {
    result.error = {ErrorCode::kInputTooLarge,
                    "input is " + std::to_string(input.size()) + " bytes; the limit is " +
                        std::to_string(limit) + " (option max_input_bytes)"};
    return result;
  }
  if (std::string why = not_text(input); !why.empty()) {
    result.error = {ErrorCode::kNotText, why};
    return result;
  }
  size_t invalid = 0;
  std::string repaired = repair_utf8(input, &invalid);
  // Text in UTF-8 has a stray bad byte or a few; a binary file, or Latin-1 with an accent in every
  // word, has them everywhere. (A short snippet is given the benefit of the doubt.)
  if (input.size() >= kMinBytesToJudgeText && invalid * 8 > input.size()) {
    result.error = {ErrorCode::kNotText, std::to_string(invalid) + " of the input's " + std::to_string(input.size()) +
                                             " bytes are not UTF-8: it is not text, or not in UTF-8"};
    return result;
  }
  // Invalid bytes with no valid multi-byte sequence beside them are no stray bad bytes of UTF-8 but all
  // of the text in another encoding, as a byte a character: read as Latin-1 would lose its letters.
  if (invalid && !holds_utf8_sequence(input)) {
    repaired = decode_windows_1252(input);
    result.warnings.push_back({"invalid_utf8", "the input is not UTF-8 (" + std::to_string(invalid) +
                                                   " bytes are not): it was read as Windows-1252 (Latin-1)"});
  } else if (invalid) {
    result.warnings.push_back({"invalid_utf8", std::to_string(invalid) +
                                                   " bytes of invalid UTF-8 were read as U+FFFD"});
  }
  std::string_view text = invalid ? std::string_view(repaired) : input;

  std::vector<Paragraph> paragraphs = split_paragraphs(text);
  size_t dropped = 0;
  std::vector<QuoteMarks> marks = find_quotes(text, paragraphs, options.max_quotes, options.typewriter_quotes, &dropped);
  if (dropped)
    result.warnings.push_back({"too_many_quotes", std::to_string(dropped) +
                                                      " quotes past the limit were not reported"});
  Analysis analysis = attribute(text, paragraphs, marks);
  if (!analysis.english)
    result.warnings.push_back({"not_english", "the text does not read as English: its quotes are reported "
                                              "without speakers, and no claims are looked for"});
  to_result(text, std::move(analysis), options.kinds, &result);
  return result;
}

}  // namespace whosaid
