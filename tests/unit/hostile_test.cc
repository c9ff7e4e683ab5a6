// Hostile input: invalid UTF-8 of every class, NUL bytes, byte-order marks, CRLF, right-to-left text,
// zero-width characters, emoji, a 1 MB paragraph, and the limits (input size, quote count, nesting).
// Every case must give correct UTF-16 offsets or a clear error -- never a crash. Offsets are checked
// against an independent decoder written from the WHATWG Encoding Standard (tests/fuzz/fuzz_util.h),
// which is what a browser's TextDecoder does, and against numbers worked out by hand.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "whosaid/whosaid.h"

namespace {

// The message of the warning with `code`, or "" when there is none.
std::string warning(const whosaid::Result& r, const std::string& code) {
  for (const whosaid::Warning& w : r.warnings)
    if (w.code == code) return w.message;
  return "";
}

bool has_warning(const whosaid::Result& r, const std::string& code) { return !warning(r, code).empty(); }

// Quotes in quotation marks only: these tests are about marks and offsets, not reported speech.
whosaid::Options marks_only() {
  whosaid::Options options;
  options.kinds.indirect = false;
  return options;
}

// Extracts `input` and checks every span against the browser's decoding of it and the JSON against
// the Result.
whosaid::Result extract_checked(const std::string& input, const whosaid::Options& options = marks_only()) {
  whosaid::Result r = whosaid::extract(input, options);
  REQUIRE(r.ok());
  std::u16string text16 = fuzz::decode_like_engine(input);
  const auto check = [&](const whosaid::Span& s) {
    REQUIRE(s.start <= s.end);
    REQUIRE(s.end <= text16.size());
    bool valid = false;
    std::u16string span16 = fuzz::utf8_to_utf16(s.text, &valid);
    CHECK(valid);
    CHECK(span16 == text16.substr(s.start, s.end - s.start));
  };
  for (const whosaid::Quote& q : r.quotes) {
    check(q.span);
    if (q.mention) check(*q.mention);
    if (q.cue) check(*q.cue);
  }
  nlohmann::json doc = nlohmann::json::parse(whosaid::to_json(r), nullptr, false);
  REQUIRE(!doc.is_discarded());
  REQUIRE(doc["quotes"].size() == r.quotes.size());
  for (size_t i = 0; i < r.quotes.size(); ++i) {
    CHECK(doc["quotes"][i]["start"] == r.quotes[i].span.start);
    CHECK(doc["quotes"][i]["text"] == r.quotes[i].span.text);
  }
  return r;
}

// The quoted texts of `r`.
std::vector<std::string> texts(const whosaid::Result& r) {
  std::vector<std::string> out;
  for (const whosaid::Quote& q : r.quotes) out.push_back(q.span.text);
  return out;
}

using Strings = std::vector<std::string>;

const std::string kReplacement = "\xEF\xBF\xBD";

}  // namespace

TEST_CASE("invalid UTF-8 of every class is read as a browser reads it", "[hostile][utf8]") {
  struct Case {
    const char* what;
    std::string bytes;
    size_t units;  // U+FFFD a browser's TextDecoder (and Python's "replace") makes of them
  };
  const std::vector<Case> cases = {
      {"truncated 2-byte sequence", "\xC3", 1},
      {"truncated 3-byte sequence", "\xE2\x80", 1},
      {"truncated 4-byte sequence", "\xF0\x9F\x91", 1},
      {"overlong 2-byte /", "\xC0\xAF", 2},
      {"overlong 3-byte /", "\xE0\x80\xAF", 3},
      {"overlong 4-byte /", "\xF0\x80\x80\xAF", 4},
      {"high surrogate U+D800", "\xED\xA0\x80", 3},
      {"low surrogate U+DFFF", "\xED\xBF\xBF", 3},
      {"surrogate pair in CESU-8", "\xED\xA0\xBD\xED\xB1\x8B", 6},
      {"above U+10FFFF (F4 90)", "\xF4\x90\x80\x80", 4},
      {"above U+10FFFF (F5)", "\xF5\x80\x80\x80", 4},
      {"byte FF", "\xFF", 1},
      {"byte FE", "\xFE", 1},
      {"stray continuation byte", "\x80", 1},
      {"two stray continuation bytes", "\xBF\xBF", 2},
  };
  for (const Case& c : cases) {
    SECTION(c.what) {
      REQUIRE(fuzz::decode_like_browser(c.bytes) == std::u16string(c.units, u'\uFFFD'));
      // Before the quote, inside it, and as the very last bytes of the input.
      std::string input = "Before " + c.bytes + " she said “quoted " + c.bytes + " words” today." + c.bytes;
      whosaid::Result r = extract_checked(input);
      CHECK(has_warning(r, "invalid_utf8"));
      REQUIRE(r.quotes.size() == 1);
      const whosaid::Quote& q = r.quotes[0];
      std::string replaced;
      for (size_t i = 0; i < c.units; ++i) replaced += kReplacement;
      CHECK(q.span.text == "quoted " + replaced + " words");
      CHECK(q.span.start == 7 + c.units + 11);  // "Before " + U+FFFD... + " she said “"
      CHECK(q.span.end == q.span.start + 7 + c.units + 6);
    }
  }
}

TEST_CASE("a long input that is mostly invalid UTF-8 is no text: an error, not quotes", "[hostile][utf8]") {
  std::string binary;
  for (int i = 0; i < 2048; ++i) binary += static_cast<char>(i % 3 ? 0x80 + i % 127 : '"');
  whosaid::Result r = whosaid::extract(binary);
  CHECK(r.error.code == whosaid::ErrorCode::kNotText);
  CHECK(r.quotes.empty());
  CHECK(std::string(whosaid::error_code_name(r.error.code)) == "not_text");
  // A long text with a few bad bytes, and a short one with many, are read with U+FFFD.
  std::string text;
  while (text.size() < 2048) text += "“The ferry is late,” said Rosa Lind. ";
  text[100] = '\xFF';
  CHECK(whosaid::extract(text).ok());
  CHECK(whosaid::extract(binary.substr(0, 1000)).ok());
}

// `ascii` as UTF-16, little-endian or big-endian, with or without a byte-order mark (what iconv -t UTF-16
// writes: a mark, then little-endian on this machine).
std::string utf16(std::string_view ascii, bool big_endian, bool mark) {
  std::string out = mark ? (big_endian ? "\xFE\xFF" : "\xFF\xFE") : "";
  for (char c : ascii) {
    out += big_endian ? '\0' : c;
    out += big_endian ? c : '\0';
  }
  return out;
}

TEST_CASE("a saved web page is no article's text: an error that says what to give instead", "[hostile]") {
  for (const char* head : {"<!DOCTYPE html>", "\xEF\xBB\xBF\n  <!doctype HTML>", "<html lang=\"en\">"}) {
    whosaid::Result r = whosaid::extract(std::string(head) +
                                         "<head><meta content=\"news\"></head><body><p>“We will win,” said Rosa Lind.");
    CHECK(r.error.code == whosaid::ErrorCode::kNotText);
    CHECK(r.error.message.find("HTML") != std::string::npos);
    CHECK(r.quotes.empty());
  }
  // Markup later in a text, or a text about HTML, is text.
  CHECK(whosaid::extract("“Use <html> tags,” said Rosa Lind.").ok());
  CHECK(whosaid::extract("HTML pages: “<html> first,” said Rosa Lind.").ok());
}

TEST_CASE("UTF-16, and an input of NUL bytes, are no text: an error, not quotes", "[hostile][utf8]") {
  const std::string sentence = "\"We are close to a deal,\" Mayor Jane Holloway said.";
  for (bool big_endian : {false, true}) {
    for (bool mark : {true, false}) {
      whosaid::Result r = whosaid::extract(utf16(sentence, big_endian, mark));
      CHECK(r.error.code == whosaid::ErrorCode::kNotText);
      CHECK(r.error.message.find("UTF-16") != std::string::npos);
      CHECK(r.quotes.empty());
    }
  }
  whosaid::Result zeros = whosaid::extract(std::string(3000, '\0'));
  CHECK(zeros.error.code == whosaid::ErrorCode::kNotText);
  CHECK(zeros.error.message == "1024 of the input's first 1024 bytes are NUL: it is not text, or it is UTF-16, not UTF-8");
  // A NUL byte here and there is text (see below), and so is a long text whose first KB has few.
  std::string text;
  while (text.size() < 2048) text += std::string("\0", 1) + "“The ferry is late,” said Rosa Lind. ";
  CHECK(whosaid::extract(text).ok());
}

TEST_CASE("valid UTF-8 at the edges of the ranges is not touched", "[hostile][utf8]") {
  // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF: the first and last of each length.
  std::string edges = "\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF";
  whosaid::Result r = extract_checked("“" + edges + "” x");
  CHECK_FALSE(has_warning(r, "invalid_utf8"));
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].span.text == edges);
  CHECK(r.quotes[0].span.end - r.quotes[0].span.start == 6 + 2 * 2);  // two astral characters
}

TEST_CASE("the invalid_utf8 warning counts the bytes replaced", "[hostile][utf8]") {
  whosaid::Result r = whosaid::extract("\xC3\xA9 a\xE2\x80 b\xFF c");  // after a valid é: UTF-8 with bad bytes
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].code == "invalid_utf8");
  CHECK(r.warnings[0].message == "3 bytes of invalid UTF-8 were read as U+FFFD");
}

TEST_CASE("a text that is not UTF-8 at all is read as Windows-1252, its letters kept", "[hostile][utf8]") {
  // Latin-1 (and Windows-1252, whose curly marks are bytes 93 and 94), as old archives and exports write.
  const std::string input = "Mayor Jos\xE9 Mu\xF1oz said on Tuesday. \x93The budget is late,\x94 said Mayor Jos\xE9 Mu\xF1oz.";
  whosaid::Result r = extract_checked(input);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].code == "invalid_utf8");
  CHECK(r.warnings[0].message == "the input is not UTF-8 (6 bytes are not): it was read as Windows-1252 (Latin-1)");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].span.text == "The budget is late,");
  CHECK(r.quotes[0].span.start == input.find("The budget"));  // a byte a character: byte offsets
  REQUIRE(r.speakers.size() == 1);
  CHECK(r.speakers[0].name == "Jos\xC3\xA9 Mu\xC3\xB1oz");
  // One valid multi-byte sequence beside the bad bytes, and they are stray bytes of UTF-8 again.
  whosaid::Result mixed = extract_checked("\xE2\x80\x9CThe budget is late,\xE2\x80\x9D said Jos\xE9 Mu\xF1oz.");
  REQUIRE(mixed.warnings.size() == 1);
  CHECK(mixed.warnings[0].message == "2 bytes of invalid UTF-8 were read as U+FFFD");
}

TEST_CASE("NUL bytes are text like any other", "[hostile]") {
  const char raw[] = "a\0 she said “b\0c” today.\0";
  std::string input(raw, sizeof raw - 1);
  whosaid::Result r = extract_checked(input);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].span.text == std::string("b\0c", 3));
  CHECK(r.quotes[0].span.start == 13);
  CHECK(r.quotes[0].span.end == 16);
  CHECK(whosaid::to_json(r).find("b\\u0000c") != std::string::npos);
}

TEST_CASE("a byte-order mark counts as one unit of the text", "[hostile]") {
  // U+FEFF is part of the input (a JavaScript string that kept it has it at index 0), so offsets count
  // it; a caller that strips it (TextDecoder does by default) must strip it before calling extract().
  whosaid::Result r = extract_checked("\xEF\xBB\xBF“Hi there,” he said.");
  REQUIRE(texts(r) == Strings{"Hi there,"});
  CHECK(r.quotes[0].span.start == 2);
  CHECK(r.quotes[0].span.end == 11);
  // A BOM in the middle is a zero-width no-break space: white space, trimmed from a quote's edges.
  r = extract_checked("He said “\xEF\xBB\xBFyes\xEF\xBB\xBF” twice.");
  REQUIRE(texts(r) == Strings{"yes"});
  CHECK(r.quotes[0].span.start == 10);
}

TEST_CASE("CRLF and lone CR line ends", "[hostile]") {
  whosaid::Result r = extract_checked("“One,” he said.\r\n“Two,” she said.\r\n");
  REQUIRE(texts(r) == Strings{"One,", "Two,"});
  CHECK(r.quotes[1].span.start == 18);  // 15 units, "\r\n", the mark
  CHECK(r.quotes[1].span.end == 22);
  // A quote that runs over two CRLF paragraphs is a quote per paragraph, and its offsets stay exact.
  r = extract_checked("“The first part,\r\n“and the second,” she said.\r\n");
  REQUIRE(texts(r) == Strings{"The first part,", "and the second,"});
  CHECK(r.quotes[1].span.start == 19);  // 16 units, "\r\n", the mark
  // Lone CRs (old Mac line ends) are white space inside one paragraph.
  r = extract_checked("“One,” he said.\r“Two,” she said.\r");
  CHECK(texts(r) == Strings{"One,", "Two,"});
}

TEST_CASE("right-to-left text and bidi controls", "[hostile]") {
  // Hebrew with a right-to-left mark before the quote, Arabic with its own comma, and isolates.
  whosaid::Result r = extract_checked("אמר השר: \xE2\x80\x8F“אנחנו מוכנים”.");
  REQUIRE(texts(r) == Strings{"אנחנו מוכנים"});
  CHECK(r.quotes[0].span.start == 11);
  r = extract_checked("وقال الوزير «نحن مستعدون»، ثم غادر.");
  REQUIRE(texts(r) == Strings{"نحن مستعدون"});
  CHECK(r.quotes[0].span.start == 13);
  r = extract_checked("He said \xE2\x81\xA7“שלום”\xE2\x81\xA9 and \xE2\x80\xAE“reversed”\xE2\x80\xAC left.");
  for (const whosaid::Quote& q : r.quotes) CHECK(q.span.text.find("\xE2\x81") == std::string::npos);
}

TEST_CASE("zero-width characters", "[hostile]") {
  // ZWSP and word joiner are trimmed from a quote's edges; ZWJ and ZWNJ inside words stay.
  whosaid::Result r = extract_checked("He said “\xE2\x80\x8Bready\xE2\x81\xA0” twice.");
  REQUIRE(texts(r) == Strings{"ready"});
  CHECK(r.quotes[0].span.start == 10);
  CHECK(r.quotes[0].span.end == 15);
  r = extract_checked("She wrote “می\xE2\x80\x8Cخواهم and a\xE2\x80\x8D\xC2\xAD" "b” here.");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].span.text == "می\xE2\x80\x8Cخواهم and a\xE2\x80\x8D\xC2\xAD" "b");
  // Zero-width characters between a word and a mark must not crash the context tests.
  r = extract_checked("x\xE2\x80\x8B'\xE2\x80\x8By\xE2\x80\x8D\"\xE2\x80\x8D z \xE2\x80\x8B“\xE2\x80\x8B”");
  (void)r;
}

TEST_CASE("emoji are two UTF-16 units, sequences more", "[hostile]") {
  whosaid::Result r = extract_checked("😀 “👋 hi,” she said.");
  REQUIRE(texts(r) == Strings{"👋 hi,"});
  CHECK(r.quotes[0].span.start == 4);  // 😀 is 2 units
  CHECK(r.quotes[0].span.end == 10);
  // A ZWJ family (8 units), a flag (4), a skin tone (4) and a keycap (3), then a quote.
  r = extract_checked("👨‍👩‍👧 🇫🇷 👋🏽 1️⃣ He said “fine”.");
  REQUIRE(texts(r) == Strings{"fine"});
  CHECK(r.quotes[0].span.start == 8 + 1 + 4 + 1 + 4 + 1 + 3 + 1 + 9);
  // Emoji right against the marks.
  r = extract_checked("Reply:“🔥🔥”👍 and ‘🙂’.");
  CHECK(r.quotes.size() <= 2);
}

TEST_CASE("a 1 MB paragraph without a newline", "[hostile][large]") {
  const std::string sentence = "The minister said “we will act” and left. ";  // 42 units
  std::string input;
  size_t n = 0;
  while (input.size() < (1u << 20)) { input += sentence; ++n; }
  whosaid::Options options = marks_only();
  options.max_quotes = n;
  whosaid::Result r = extract_checked(input, options);
  REQUIRE(r.quotes.size() == n);
  CHECK(r.quotes.back().span.start == (n - 1) * 42 + 19);
  CHECK(r.quotes.back().span.text == "we will act");

  // One quote that opens at the start and never closes: it runs to the end of the paragraph.
  std::string open = "“" + std::string(1u << 20, 'a');
  r = extract_checked(open);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].span.start == 1);
  CHECK(r.quotes[0].span.end == 1 + (1u << 20));

  // 1 MB of multi-byte letters, 4-byte characters and spaces with a quote at the very end.
  std::string wide;
  while (wide.size() < (1u << 20)) wide += "é 字 𝒳 ";
  r = extract_checked(wide + "“end”");
  REQUIRE(texts(r) == Strings{"end"});
}

TEST_CASE("lone surrogates arriving from JavaScript", "[hostile][utf8]") {
  // A JavaScript string may hold a lone surrogate ("\uD800"). TextEncoder encodes it as U+FFFD (one
  // unit, like the surrogate): offsets then match the JavaScript string exactly.
  whosaid::Result r = extract_checked("a\xEF\xBF\xBD “quoted” b");
  CHECK(r.quotes[0].span.start == 4);
  CHECK_FALSE(has_warning(r, "invalid_utf8"));
  // Encoded as a three-byte "UTF-8" surrogate (WTF-8, CESU-8), it is invalid UTF-8 and reads, as in a
  // browser, as three U+FFFD: offsets then count three units where JavaScript counted one. Bindings must
  // therefore encode with TextEncoder (or String.prototype.toWellFormed), never pass surrogates through.
  r = extract_checked("a\xED\xA0\x80 “quoted” b");
  CHECK(has_warning(r, "invalid_utf8"));
  CHECK(r.quotes[0].span.start == 6);
}

TEST_CASE("the input size limit gives a clear error", "[hostile][limits]") {
  whosaid::Options options;
  CHECK(options.max_input_bytes == 16u << 20);  // the documented default
  options.max_input_bytes = 1000;
  std::string at_limit(1000, 'x');
  CHECK(whosaid::extract(at_limit, options).ok());
  whosaid::Result r = whosaid::extract(at_limit + "x", options);
  REQUIRE(r.error.code == whosaid::ErrorCode::kInputTooLarge);
  CHECK(r.error.message == "input is 1001 bytes; the limit is 1000 (option max_input_bytes)");
  CHECK(r.quotes.empty());
  nlohmann::json doc = nlohmann::json::parse(whosaid::to_json(r));
  CHECK(doc["error"]["code"] == "input_too_large");
  CHECK_FALSE(doc.contains("quotes"));
  // The default limit, one byte over.
  r = whosaid::extract(std::string((16u << 20) + 1, ' '));
  CHECK(r.error.code == whosaid::ErrorCode::kInputTooLarge);
}

TEST_CASE("the number of quotes is capped with a warning", "[hostile][limits]") {
  CHECK(whosaid::Options().max_quotes == 20000);  // the documented default
  // 25,000 short quoted sentences (a quote-heavy article has a few hundred).
  std::string input;
  for (int i = 0; i < 25000; ++i) input += "“Q.” ";
  whosaid::Result r = whosaid::extract(input, marks_only());
  REQUIRE(r.ok());
  CHECK(r.quotes.size() == 20000);
  CHECK(warning(r, "too_many_quotes") == "5000 quotes past the limit were not reported");
  whosaid::Options options = marks_only();
  options.max_quotes = 3;
  r = whosaid::extract(input, options);
  CHECK(r.quotes.size() == 3);
  CHECK(r.quotes[2].span.start == 11);  // five units per “Q.” and its space
}

TEST_CASE("100,000 quotation marks of one kind", "[hostile][limits]") {
  for (const std::string mark : {"\"", "'", "“", "”", "‘", "’", "«", "»", "„", "「"}) {
    std::string input;
    for (int i = 0; i < 100000; ++i) input += mark;
    whosaid::Result r = extract_checked(input);
    CHECK(r.quotes.size() <= 1);
  }
}

TEST_CASE("marks nested past the depth limit", "[hostile][limits]") {
  // 10,000 levels of “‘ … ’”, with words between: marks past depth 32 are ignored, and the outermost
  // quote is still reported once.
  std::string open, close;
  for (int i = 0; i < 5000; ++i) {
    open += "“a ‘b ";
    close += " c’ d”";
  }
  whosaid::Result r = extract_checked("He said " + open + "core" + close + " today.");
  REQUIRE(r.quotes.size() >= 1);
  CHECK(r.quotes[0].span.start == 9);
  // Only openers, then only closers.
  std::string openers, closers;
  for (int i = 0; i < 5000; ++i) { openers += "“"; closers += "”"; }
  extract_checked(openers + "x" + closers);
  // Alternating straight marks of both kinds, glued and spaced.
  std::string alternating;
  for (int i = 0; i < 3000; ++i) alternating += i % 3 ? "'\"" : " a'b\"c ";
  extract_checked(alternating);
}

TEST_CASE("to_json writes valid JSON: one comma between members", "[hostile][json]") {
  // Regression: key() wrote the separator twice, so every member after the first of an object was
  // preceded by ",," and no Result with quotes was valid JSON.
  whosaid::Result r = whosaid::extract("He said “yes” twice.");
  std::string json = whosaid::to_json(r);
  CHECK(json.find(",,") == std::string::npos);
  CHECK(json.find("{,") == std::string::npos);
  CHECK_FALSE(nlohmann::json::parse(json, nullptr, false).is_discarded());
  CHECK_FALSE(nlohmann::json::parse(whosaid::to_json(r, 2), nullptr, false).is_discarded());
  CHECK(json.rfind("{\"version\":1,\"quotes\":[{\"id\":0,\"kind\":", 0) == 0);
}

TEST_CASE("error messages that quote invalid UTF-8 still give valid JSON", "[hostile][json]") {
  // Regression (found by kinds_fuzzer): parse_kinds quotes the unknown name, bytes and all.
  whosaid::Kinds kinds;
  whosaid::Result r;
  r.error = whosaid::parse_kinds("indirect,\xFF", &kinds);
  REQUIRE(r.error.code == whosaid::ErrorCode::kInvalidOptions);
  nlohmann::json doc = nlohmann::json::parse(whosaid::to_json(r), nullptr, false);
  REQUIRE_FALSE(doc.is_discarded());
  CHECK(doc["error"]["message"] == "unknown kind '\xEF\xBF\xBD' (expected direct, mixed or indirect)");
  r.error = {};
  r.warnings.push_back({"x\xC0", "y\xE2\x80"});
  CHECK_FALSE(nlohmann::json::parse(whosaid::to_json(r), nullptr, false).is_discarded());
}

TEST_CASE("option errors are clear", "[hostile][limits]") {
  whosaid::Options o;
  CHECK(whosaid::parse_options("{\"max_input_bytes\": 0}", &o).message ==
        "max_input_bytes must be a positive integer");
  CHECK(whosaid::parse_options("{\"max_quotes\": 1099511627777}", &o).message ==
        "max_quotes must be a positive integer");
  CHECK(whosaid::parse_options("{\"max_quote\": 5}", &o).message == "unknown option 'max_quote'");
  CHECK(whosaid::parse_options("{\"typewriter_quotes\": 1}", &o).message == "typewriter_quotes must be true or false");
  CHECK(whosaid::parse_options("{\"typewriter_quotes\": true}", &o).code == whosaid::ErrorCode::kNone);
  CHECK(o.typewriter_quotes);
  CHECK(whosaid::parse_options("[", &o).message == "options are not valid JSON");
  std::string deep(100000, '[');
  CHECK(whosaid::parse_options(deep + std::string(100000, ']'), &o).message ==
        "options must be a JSON object");
  CHECK(whosaid::parse_kinds("direct,", &o.kinds).message ==
        "unknown kind '' (expected direct, mixed or indirect)");
}

TEST_CASE("write_json hands over the same text as to_json, in pieces, however large", "[hostile][json]") {
  // A quote longer than write_json's 1 MB buffer, and many small ones around it, pretty and not.
  std::string text = "“" + std::string(1500000, 'a') + ",” Rosa Lind said.\n";
  for (int i = 0; i < 2000; ++i) text += "“We sail at dawn,” the captain said.\n";
  whosaid::Result r = whosaid::extract(text);
  for (int indent : {-1, 2}) {
    std::string pieces;
    size_t calls = 0;
    whosaid::write_json(r, [&](std::string_view piece) { pieces += piece; ++calls; }, indent);
    CHECK(pieces == whosaid::to_json(r, indent));
    CHECK(calls > 1);
  }
}

TEST_CASE("to_json writes numbers of every size", "[hostile][json]") {
  // Offsets below 10^8 and at or above it are formatted two ways (json.cc: write_digits, std::to_chars).
  const std::vector<size_t> numbers = {0, 7, 10, 99, 100, 12345, 1000000, 9999999, 10000000, 99999999,
                                       100000000, 4294967295u, size_t{1} << 40};
  whosaid::Result r;
  for (size_t n : numbers) {
    whosaid::Speaker s;
    s.id = static_cast<int>(r.speakers.size());
    s.mentions.push_back({n, n + 1, ""});
    r.speakers.push_back(s);
  }
  nlohmann::json doc = nlohmann::json::parse(whosaid::to_json(r));
  for (size_t i = 0; i < numbers.size(); ++i) {
    CHECK(doc["speakers"][i]["mentions"][0]["start"].get<size_t>() == numbers[i]);
    CHECK(doc["speakers"][i]["mentions"][0]["end"].get<size_t>() == numbers[i] + 1);
  }
  CHECK(whosaid::to_json(r).find("{\"start\":100000000,\"end\":100000001}") != std::string::npos);
}

// A text cut off anywhere, even inside a word or a character, is read without a look past its end:
// every rule that reads the words after a cue ("told reporters …", "according to …", "said Ana Diaz,
// director of …", "As the Gazette reported, …") meets the end of the text at every one of its steps.
// Under the sanitizers' build (_GLIBCXX_ASSERTIONS) an index past the last token aborts. Regressions:
// found by extract_fuzzer, a text that ended "… told reporters", and by train's articles cut short,
// "As X reported".
TEST_CASE("a text cut off after any byte is read to its end and no further", "[hostile]") {
  const std::string text =
      "Port authority warns of delays, director says\n"
      "“We will finish the pier by June,” Don Lund told reporters on Monday, adding that the cost "
      "had not changed. He told CNN the deadline was firm. Ana Diaz, director of the Harbour Fund, "
      "said she was “not convinced”, and asked whether the city had a plan.\n"
      "According to the port’s own report, the work is late. The delay, the authority said, is "
      "short. As the Gazette reported, the pier is late. ''It will be fine,'' said Mr. Lund, who spoke by telephone from Oslo. Officials "
      "told him that on a trip to Narva, Estonia, they had seen worse — a claim she denied.\n"
      "“Your Honor,” I said, “the vote is closed.” Critics welcomed the ruling but warned of "
      "“shutdowns”, telling reporters";
  whosaid::Options options;
  options.typewriter_quotes = true;
  for (size_t size = 0; size <= text.size(); ++size) {
    CAPTURE(size);
    REQUIRE(whosaid::extract(std::string_view(text).substr(0, size), options).ok());
  }
}
