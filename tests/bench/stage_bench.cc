// Micro-benchmarks of the engine's stages (Google Benchmark), so that a slowdown of extract() shows
// where it came from. Not a test: built on request only (target stage_bench, EXCLUDE_FROM_ALL) and run
// by `./scripts/bench.sh --stages`, or directly:
//
//   cmake --build build --target stage_bench && build/tests/bench/stage_bench
//   build/tests/bench/stage_bench --benchmark_filter=Attribute --benchmark_repetitions=5
//
// Every benchmark runs on real text read from ../shared at run time, never copied into the project:
//   dev   all article texts of ../shared/corpus/polnear-dev.jsonl, joined by blank lines (~1 MB)
//   seed  ../shared/corpus/seed-article.txt (~2 KB): the per-call overhead on one short article
// Without ../shared nothing runs: the program says so and exits 0. Throughput (bytes_per_second) always
// counts the bytes of the input text, so the stages' MB/s figures add up like their times do.
//
// The stages, in pipeline order (core/src/extract.cc):
//   RepairUtf8        repair_utf8() on valid text (the common case: a scan, no copy) and on text with
//                     one bad byte per KB (the copy)
//   SplitParagraphs   split_paragraphs()
//   FindQuotes        find_quotes()
//   Tokenize          tokenize() (lexicon lookups included)
//   AllNames          MentionReader::for_each_name(): every capitalised name, the coreference antecedents
//   AddNames          EntityResolver::add_name() on each of those names
//   Claims            find_claims() (while core/src/claims.h exists)
//   Attribute         attribute(): tokenize + names + entities + quotes attributed (+ claims)
//   Utf16Index        building the byte -> UTF-16 index, and converting every quote's span with it
//   Extract           the public extract(): all of the above plus the conversion to a Result
//   ToJson            to_json() of that Result
//   ExtractToJson     extract() + to_json(): what the CLI and the wasm module do per article
//   ExtractPerArticle extract() + to_json() article by article over the dev corpus (as the CLI's --jsonl)
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "attribution.h"
#include "entities.h"
#include "mentions.h"
#include "quotes.h"
#include "text.h"
#include "markup.h"
#include "tokens.h"
#include "whosaid/whosaid.h"
#if __has_include("claims.h")
#include "claims.h"
#define WHOSAID_BENCH_CLAIMS 1
#endif

namespace {

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

// The inputs, loaded once.
struct Inputs {
  std::vector<std::string> articles;  // dev article texts
  std::string dev;                    // the same, joined by blank lines
  std::string seed;
  std::string missing;                // why inputs are absent, or empty
};

const Inputs& inputs() {
  static const Inputs in = [] {
    Inputs r;
    const std::string dir = std::string(WHOSAID_SHARED_DIR) + "/corpus/";
    std::string jsonl;
    if (!read_file(dir + "polnear-dev.jsonl", &jsonl) || !read_file(dir + "seed-article.txt", &r.seed)) {
      r.missing = "../shared/corpus (polnear-dev.jsonl, seed-article.txt) is absent";
      return r;
    }
    std::istringstream lines(jsonl);
    for (std::string line; std::getline(lines, line);) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
      r.articles.push_back(j["text"].get<std::string>());
    }
    for (const std::string& a : r.articles) {
      if (!r.dev.empty()) r.dev += "\n\n";
      r.dev += a;
    }
    return r;
  }();
  return in;
}

void set_bytes(benchmark::State& state, const std::string& text) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}

// Everything the stages before `attribute` produce, computed once per benchmark (outside the timing).
struct Prepared {
  std::vector<whosaid::Paragraph> paragraphs;
  std::vector<whosaid::QuoteMarks> quotes;
  explicit Prepared(std::string_view text) {
    paragraphs = whosaid::split_paragraphs(text);
    size_t dropped = 0;
    quotes = whosaid::find_quotes(text, paragraphs, whosaid::Options().max_quotes, false, &dropped);
  }
};

void RepairUtf8(benchmark::State& state, const std::string& text) {
  for (auto _ : state) {
    size_t invalid = 0;
    std::string out = whosaid::repair_utf8(text, &invalid);
    benchmark::DoNotOptimize(out);
    benchmark::DoNotOptimize(invalid);
  }
  set_bytes(state, text);
}

void RepairUtf8Invalid(benchmark::State& state, const std::string& valid) {
  std::string text = valid;
  for (size_t i = 500; i < text.size(); i += 1000) text[i] = '\xFF';  // one stray byte per KB
  for (auto _ : state) {
    size_t invalid = 0;
    std::string out = whosaid::repair_utf8(text, &invalid);
    benchmark::DoNotOptimize(out);
  }
  set_bytes(state, text);
}

void SplitParagraphs(benchmark::State& state, const std::string& text) {
  for (auto _ : state) {
    std::vector<whosaid::Paragraph> p = whosaid::split_paragraphs(text);
    benchmark::DoNotOptimize(p.data());
  }
  set_bytes(state, text);
}

void FindQuotes(benchmark::State& state, const std::string& text) {
  std::vector<whosaid::Paragraph> paragraphs = whosaid::split_paragraphs(text);
  size_t n = 0;
  for (auto _ : state) {
    size_t dropped = 0;
    std::vector<whosaid::QuoteMarks> q =
        whosaid::find_quotes(text, paragraphs, whosaid::Options().max_quotes, false, &dropped);
    n = q.size();
    benchmark::DoNotOptimize(q.data());
  }
  state.counters["quotes"] = static_cast<double>(n);
  set_bytes(state, text);
}

void Tokenize(benchmark::State& state, const std::string& text) {
  Prepared p(text);
  size_t n = 0;
  for (auto _ : state) {
    whosaid::Tokens t = whosaid::tokenize(text, p.paragraphs, p.quotes, whosaid::find_markup(text));
    n = t.tokens.size();
    benchmark::DoNotOptimize(t.tokens.data());
  }
  state.counters["tokens"] = static_cast<double>(n);
  set_bytes(state, text);
}

void AllNames(benchmark::State& state, const std::string& text) {
  Prepared p(text);
  whosaid::Tokens tokens = whosaid::tokenize(text, p.paragraphs, p.quotes, whosaid::find_markup(text));
  whosaid::MentionReader reader(text, tokens);
  size_t n = 0;
  for (auto _ : state) {
    n = 0;
    reader.for_each_name(0, [&](const whosaid::Mention& m) {
      benchmark::DoNotOptimize(m);
      ++n;
    });
  }
  state.counters["names"] = static_cast<double>(n);
  set_bytes(state, text);
}

void AddNames(benchmark::State& state, const std::string& text) {
  Prepared p(text);
  whosaid::Tokens tokens = whosaid::tokenize(text, p.paragraphs, p.quotes, whosaid::find_markup(text));
  whosaid::MentionReader reader(text, tokens);
  std::vector<whosaid::Mention> names;
  reader.for_each_name(0, [&](const whosaid::Mention& m) { names.push_back(m); });
  for (auto _ : state) {
    // Timed with the stage: an empty resolver. Pausing the timer instead would cost more than it does on
    // the seed article.
    whosaid::EntityResolver resolver(text, tokens, reader);
    for (const whosaid::Mention& m : names) resolver.add_name(m);
    benchmark::DoNotOptimize(&resolver);  // its address: the resolver has const members, which "+m" cannot take
  }
  set_bytes(state, text);
}

#ifdef WHOSAID_BENCH_CLAIMS
void Claims(benchmark::State& state, const std::string& text) {
  Prepared p(text);
  whosaid::Tokens tokens = whosaid::tokenize(text, p.paragraphs, p.quotes, whosaid::find_markup(text));
  whosaid::MentionReader reader(text, tokens);
  size_t n = 0;
  for (auto _ : state) {
    std::vector<whosaid::Claim> claims = whosaid::find_claims(reader, tokens);
    n = claims.size();
    benchmark::DoNotOptimize(claims.data());
  }
  state.counters["claims"] = static_cast<double>(n);
  set_bytes(state, text);
}
#endif

void Attribute(benchmark::State& state, const std::string& text) {
  Prepared p(text);
  for (auto _ : state) {
    whosaid::Analysis a = whosaid::attribute(text, p.paragraphs, p.quotes);
    benchmark::DoNotOptimize(a.quotes.data());
  }
  set_bytes(state, text);
}

void Utf16IndexBuild(benchmark::State& state, const std::string& text) {
  for (auto _ : state) {
    whosaid::Utf16Index index(text);
    benchmark::DoNotOptimize(index);
  }
  set_bytes(state, text);
}

// The conversions to_result() makes: every quote's begin and end (mentions and cues are as many again).
void Utf16IndexLookups(benchmark::State& state, const std::string& text) {
  Prepared p(text);
  whosaid::Utf16Index index(text);
  for (auto _ : state) {
    size_t sum = 0;
    for (const whosaid::QuoteMarks& q : p.quotes) sum += index.to_utf16(q.begin) + index.to_utf16(q.end);
    benchmark::DoNotOptimize(sum);
  }
  state.counters["lookups"] = static_cast<double>(2 * p.quotes.size());
  set_bytes(state, text);
}

void Extract(benchmark::State& state, const std::string& text) {
  size_t n = 0;
  for (auto _ : state) {
    whosaid::Result r = whosaid::extract(text);
    n = r.quotes.size();
    benchmark::DoNotOptimize(r.quotes.data());
  }
  state.counters["quotes"] = static_cast<double>(n);
  set_bytes(state, text);
}

void ToJson(benchmark::State& state, const std::string& text) {
  const whosaid::Result r = whosaid::extract(text);
  size_t n = 0;
  for (auto _ : state) {
    std::string json = whosaid::to_json(r);
    n = json.size();
    benchmark::DoNotOptimize(json.data());
  }
  state.counters["json_bytes"] = static_cast<double>(n);
  set_bytes(state, text);
}

void ExtractToJson(benchmark::State& state, const std::string& text) {
  for (auto _ : state) {
    std::string json = whosaid::to_json(whosaid::extract(text));
    benchmark::DoNotOptimize(json.data());
  }
  set_bytes(state, text);
}

void ExtractPerArticle(benchmark::State& state, const std::vector<std::string>& articles) {
  size_t bytes = 0;
  for (const std::string& a : articles) bytes += a.size();
  for (auto _ : state) {
    for (const std::string& a : articles) {
      std::string json = whosaid::to_json(whosaid::extract(a));
      benchmark::DoNotOptimize(json.data());
    }
  }
  state.counters["articles"] = static_cast<double>(articles.size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  const Inputs& in = inputs();
  if (!in.missing.empty()) {
    std::fprintf(stderr, "stage_bench: skipped: %s\n", in.missing.c_str());
    return 0;
  }
  using Stage = void (*)(benchmark::State&, const std::string&);
  const std::pair<const char*, Stage> stages[] = {
      {"RepairUtf8", RepairUtf8},
      {"RepairUtf8Invalid", RepairUtf8Invalid},
      {"SplitParagraphs", SplitParagraphs},
      {"FindQuotes", FindQuotes},
      {"Tokenize", Tokenize},
      {"AllNames", AllNames},
      {"AddNames", AddNames},
#ifdef WHOSAID_BENCH_CLAIMS
      {"Claims", Claims},
#endif
      {"Attribute", Attribute},
      {"Utf16IndexBuild", Utf16IndexBuild},
      {"Utf16IndexLookups", Utf16IndexLookups},
      {"Extract", Extract},
      {"ToJson", ToJson},
      {"ExtractToJson", ExtractToJson},
  };
  // The dev runs take milliseconds; the seed ones print in microseconds.
  for (const auto& [name, fn] : stages)
    benchmark::RegisterBenchmark((std::string(name) + "/dev").c_str(), fn, in.dev)
        ->Unit(benchmark::kMillisecond)->MinTime(0.3);
  for (const auto& [name, fn] : stages)
    benchmark::RegisterBenchmark((std::string(name) + "/seed").c_str(), fn, in.seed)
        ->Unit(benchmark::kMicrosecond)->MinTime(0.1);
  benchmark::RegisterBenchmark("ExtractPerArticle/dev", ExtractPerArticle, in.articles)
      ->Unit(benchmark::kMillisecond)->MinTime(0.3);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
