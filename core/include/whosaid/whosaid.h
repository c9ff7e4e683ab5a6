// whosaid: find who said what in a news article.
//
// The engine takes the plain text of one article (UTF-8, paragraphs separated by newlines) and returns
// every quotation in it -- direct quotes, partial ("mixed") quotes and reported speech ("indirect") --
// each tied to its speaker, plus one entry per speaker with a canonical name, role and every mention.
//
//   whosaid::Result r = whosaid::extract("“We are close,” Trump said.");
//   if (!r.ok()) { puts(r.error.message.c_str()); return; }
//   for (const whosaid::Quote& q : r.quotes)
//     printf("%s -> %s\n", q.text.c_str(), q.speaker ? r.speakers[*q.speaker].name.c_str() : "?");
//   std::string json = whosaid::to_json(r);   // the Result JSON of DESIGN.md, version 1
//
// All offsets in a Result are UTF-16 code units of the input text (JavaScript string indices), half-open
// [start, end), so that a browser can map them straight back onto the page. Strings are UTF-8.
//
// Errors are values: extract() never throws and never aborts. A Result whose error.code is not kNone
// holds no quotes. Invalid UTF-8 is not an error: bad bytes are read as U+FFFD and a warning says so
// (offsets then refer to the text with those replacements, exactly as a browser's TextDecoder reads it),
// and an input none of whose bytes beyond ASCII is UTF-8 is read as Windows-1252 (Latin-1), with the
// same warning (offsets are then its byte offsets: a byte a character) -- unless bad bytes are so many
// that the input is no text at all, or it is UTF-16 or a web page's HTML (ErrorCode::kNotText).
#ifndef WHOSAID_WHOSAID_H_
#define WHOSAID_WHOSAID_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

inline constexpr int kResultVersion = 1;

// Which kinds of quotation to report.
struct Kinds {
  bool direct = true;    // a whole sentence or more of someone's speech, in quotation marks
  bool mixed = true;     // quoted words inside the writer's own sentence; titles and scare quotes
  bool indirect = true;  // reported speech without quotation marks: the reported clause
};

struct Options {
  // Inputs larger than this are refused with ErrorCode::kInputTooLarge. The default fits any real
  // article many times over (a long article is ~50 KB; a whole saved web page rarely passes 2 MB).
  size_t max_input_bytes = 16u << 20;
  // At most this many quotes in quotation marks (direct and mixed) are reported; the marks past them
  // are read as prose, and a warning (too_many_quotes) says how many quotes were dropped. Reported speech
  // (indirect) does not count: its clauses are bounded by the text's sentences.
  size_t max_quotes = 20000;
  Kinds kinds;
  // Also read the typewriter's doubled marks as double quotation marks: ''like this'' and ``like
  // this''. Off by default: in pages they are rare as quotes, and ../shared/EVAL.md counts only
  // “ ” " « » „ as double quotation marks. News archives typed on keyboards (some of PolNeAR's New
  // York Times articles) write every quote this way; turn it on for them.
  bool typewriter_quotes = false;
};

enum class ErrorCode {
  kNone = 0,
  kInputTooLarge,   // the input is larger than Options::max_input_bytes
  kInvalidOptions,  // parse_options() was given something it does not understand
  kNotText,         // 1 KB or more, of which more than one byte in eight is invalid UTF-8: a binary file,
                    // or text in another encoding; or UTF-16: a UTF-16 byte-order mark first, or more
                    // than one byte in eight of the first KB NUL; or a web page's HTML ("<!DOCTYPE
                    // html" or "<html" first)
};
// The stable identifier of a code, as it appears in the JSON ("input_too_large").
const char* error_code_name(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kNone;
  std::string message;
};

// Something the caller should know that did not stop the work (invalid UTF-8 replaced, quotes dropped).
struct Warning {
  std::string code;  // stable identifier: "invalid_utf8", "too_many_quotes"
  std::string message;
};

struct Span {
  size_t start = 0;  // UTF-16 code units, inclusive
  size_t end = 0;    // UTF-16 code units, exclusive
  std::string text;  // the text of the span, UTF-8
};

enum class QuoteKind { kDirect, kMixed, kIndirect };
const char* quote_kind_name(QuoteKind kind);

struct Quote {
  int id = 0;
  QuoteKind kind = QuoteKind::kDirect;
  Span span;                   // the quoted words without the marks; for kIndirect the reported clause
  std::optional<int> speaker;  // index into Result::speakers; empty when no speaker was found
  std::optional<Span> mention; // the mention of the speaker this quote was attributed through
  std::optional<Span> cue;     // the reporting words ("said", "told reporters", "according to")
  double confidence = 0.0;     // how likely the speaker is right, in [0, 1]
};

enum class SpeakerKind { kPerson, kOrganization, kGroup, kUnknown };
const char* speaker_kind_name(SpeakerKind kind);

struct Speaker {
  int id = 0;
  std::string name;                 // the fullest form of the name in the text ("Donald Trump")
  std::optional<std::string> role;  // from titles and appositives ("US President")
  SpeakerKind kind = SpeakerKind::kUnknown;
  std::vector<std::string> aliases; // other forms used in the text ("Trump", "Mr. Trump")
  std::vector<Span> mentions;       // every mention, pronouns included (span text left empty)
  std::vector<int> quotes;          // ids of this speaker's quotes
};

struct Result {
  Error error;
  std::vector<Warning> warnings;
  std::vector<Quote> quotes;      // in text order
  std::vector<Speaker> speakers;  // in order of first mention

  bool ok() const { return error.code == ErrorCode::kNone; }
};

// Finds the quotes in `text` and who said them. Never throws.
Result extract(std::string_view text, const Options& options = Options());

// Builds the engine's tables (its lexicons and patterns) now, which the first extract() would otherwise
// do. Optional; for hosts that start the engine ahead of the first article, such as a browser
// extension's background worker. Thread-safe, and cheap after the first call.
void prepare();

// The Result JSON of DESIGN.md (version 1). `indent` < 0 gives one line; >= 0 pretty-prints.
std::string to_json(const Result& result, int indent = -1);

// The same JSON text, handed to `sink` in pieces of about a megabyte as it is written, for hosts that
// write it out rather than keep it (the CLI): the text of a large Result is never held whole.
using JsonSink = std::function<void(std::string_view piece)>;
void write_json(const Result& result, const JsonSink& sink, int indent = -1);

// Reads options from JSON, e.g. {"kinds": ["direct", "mixed"], "max_input_bytes": 1000000}.
// Unknown keys and bad values are errors (code kInvalidOptions), so that typos do not pass silently.
Error parse_options(std::string_view json, Options* options);
// Reads a comma-separated list of kind names ("direct,mixed") into `kinds`.
Error parse_kinds(std::string_view list, Kinds* kinds);

// The engine's version, e.g. "0.1.0".
const char* version();

}  // namespace whosaid

#endif  // WHOSAID_WHOSAID_H_
