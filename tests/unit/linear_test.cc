// Linear time, proved by counting work rather than timing it.
//
// In the sanitizer build (scripts/test.sh configures build-asan with -DWHOSAID_COUNT_WORK=ON) the
// engine library is compiled with clang's -fsanitize-coverage=trace-pc-guard, which calls
// __sanitizer_cov_trace_pc_guard() on every edge of the engine's control-flow graph that runs. This file
// defines that hook as a counter, so the count is the number of basic-block transitions the engine went
// through: deterministic, independent of the machine and its load, and invisible to the public API
// (the engine's sources know nothing of it). Work done inside RE2 and libc (memchr, memcpy) is not
// counted; both are linear in what they are given, but a stage that hands them the same text over and
// over would not show here.
//
// Each pathological shape is run at size n and 8n. Linear work grows 8 times; a quadratic step would
// grow 64 times, an n log n one about 9.5 times at these sizes. The bound allows 10.
//
// In other builds there is no counter, and these tests are not compiled.
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

#include "whosaid/whosaid.h"

#if WHOSAID_COUNT_WORK

namespace {
uint64_t g_edges = 0;
}  // namespace

extern "C" void __sanitizer_cov_trace_pc_guard_init(uint32_t*, uint32_t*) {}
extern "C" void __sanitizer_cov_trace_pc_guard(uint32_t*) { ++g_edges; }

namespace {

// The engine's work on `text`: extract() and the JSON of its result.
uint64_t work(const std::string& text) {
  whosaid::Options options;
  options.max_quotes = size_t{1} << 40;  // the cap would hide the growth it is there to bound
  g_edges = 0;
  whosaid::Result r = whosaid::extract(text, options);
  std::string json = whosaid::to_json(r);
  uint64_t edges = g_edges;
  REQUIRE(r.ok());
  return edges;
}

std::string repeat(const std::string& unit, size_t n) {
  std::string out;
  out.reserve(unit.size() * n);
  for (size_t i = 0; i < n; ++i) out += unit;
  return out;
}

// Checks that the work on shape(8n) is at most 10 times the work on shape(n).
void check_linear(const char* name, const std::function<std::string(size_t)>& shape, size_t n) {
  work("“Warm up,” the engine said.");  // one-time set-up (lexicons) is not per-input work
  uint64_t small = work(shape(n));
  uint64_t large = work(shape(8 * n));
  double ratio = static_cast<double>(large) / static_cast<double>(small);
  INFO(name << ": " << small << " edges at n=" << n << ", " << large << " at 8n, ratio " << ratio);
  CHECK(small > 0);
  CHECK(ratio <= 10.0);
  if (std::getenv("WHOSAID_LINEAR_VERBOSE"))
    std::printf("%-45s n=%-8zu %12llu edges, 8n: %12llu, ratio %.2f\n", name, n,
                static_cast<unsigned long long>(small), static_cast<unsigned long long>(large), ratio);
}

}  // namespace

TEST_CASE("work is linear on pathological mark patterns", "[linear]") {
  check_linear("100,000 straight double quotes", [](size_t n) { return repeat("\"", n); }, 100000);
  check_linear("100,000 straight single quotes", [](size_t n) { return repeat("'", n); }, 100000);
  check_linear("100,000 opening curly quotes", [](size_t n) { return repeat("“", n); }, 100000);
  check_linear("100,000 closing curly quotes", [](size_t n) { return repeat("”", n); }, 100000);
  check_linear("deeply nested marks", [](size_t n) { return repeat("“a ‘b ", n) + repeat(" c’ d”", n); },
               10000);
  check_linear("nested openers only", [](size_t n) { return repeat("“‘«„", n); }, 20000);
  check_linear("apostrophes and elisions", [](size_t n) { return repeat("rock ’n’ roll, ’em ’90s O’Brien ", n); },
               5000);
  check_linear("an empty quote of spaces", [](size_t n) { return "“" + std::string(n, ' ') + "”"; }, 100000);
}

TEST_CASE("work is linear on huge paragraphs and many paragraphs", "[linear]") {
  check_linear("one huge paragraph of quotes",
               [](size_t n) { return repeat("The minister said “we will act” and left. ", n); }, 5000);
  check_linear("one quote that never closes", [](size_t n) { return "“" + repeat("word ", n); }, 20000);
  check_linear("10 MB without a newline", [](size_t n) { return std::string(n, 'a'); }, (10u << 20) / 8);
  check_linear("quotes reopened in every paragraph", [](size_t n) { return repeat("“a\n", n); }, 20000);
  check_linear("blank paragraphs", [](size_t n) { return repeat("\r\n \n", n); }, 50000);
  // (One bad byte in sixteen: an input with more than one in eight is no text, refused at once.)
  check_linear("invalid UTF-8", [](size_t n) { return repeat("\xFF the ferry is “\xC0 late”, she said. ", n); }, 20000);
}

// Thousands of quotes in one sentence (no sentence end between them). Regression: attribution
// scanned the whole sentence for every quote, so the work grew 62 times for 8 times the input (20,000
// such quotes took 9 s natively); fixed by ending sentences after 200 tokens (734ac9f).
TEST_CASE("work is linear with thousands of quotes in one sentence", "[linear]") {
  check_linear("alternating ' and \"", [](size_t n) { return repeat("'\"", n); }, 1000);
  check_linear("alternating ' and \" between letters", [](size_t n) { return repeat("a'b\"", n); }, 1000);
  check_linear("alternating guillemets both ways", [](size_t n) { return repeat("«a»b»c«", n); }, 500);
  check_linear("invalid UTF-8 in one sentence", [](size_t n) { return repeat("\xFF quoted words “\xC0 more words” ", n); }, 500);
  check_linear("many short quotes in one sentence", [](size_t n) { return repeat("“q” ", n); }, 500);
}

// Commas (or dashes) in a row before a cue verb. Regression: found by extract_fuzzer (a 115-byte input
// took 13 s): MentionReader::phrase_before() tried up to three appositive separators and recursed on
// each, so every further comma multiplied the work; it now steps over at most two appositives.
TEST_CASE("work is linear with commas in a row before a cue verb", "[linear]") {
  check_linear("commas before 'said'", [](size_t n) { return std::string(n, ',') + " said "; }, 4);
  check_linear("dashes before 'said'", [](size_t n) { return repeat("— ", n) + "said "; }, 4);
}

TEST_CASE("work is linear on attribution-heavy text", "[linear]") {
  check_linear("many quotes and cues in one sentence",
               [](size_t n) { return repeat("“yes,” said Ann and ", n); }, 300);
  check_linear("quotes with named speakers",
               [](size_t n) { return repeat("“We are close,” said Maria Lopez, the finance minister. ", n); },
               2000);
  check_linear("quotes with pronouns, one per paragraph",
               [](size_t n) { return repeat("“Not yet,” he said. She added that it was “too soon”.\n", n); },
               2000);
  check_linear("many capitalised names and no quotes",
               [](size_t n) { return repeat("Alice Brown, Carol Davis and Mr. Evan Ford of Acme Corp. ", n); },
               2000);
  check_linear("cue words without quotes",
               [](size_t n) { return repeat("said told according to added claimed ", n); }, 2000);
  check_linear("reported speech", [](size_t n) { return repeat("The mayor said that the bridge would open soon. ", n); },
               2000);
}

#endif  // WHOSAID_COUNT_WORK
