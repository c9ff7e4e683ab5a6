// bench_extract: the native engine's throughput, timed in process, for scripts/bench.sh (tests/bench/
// bench.mjs reads its output). A benchmark driver, not a test: it measures and never judges.
//
//   bench_extract [--min-runs=N] [--max-runs=N] [--min-seconds=S] [--max-seconds=S] [--no-warmup]
//                 [--stages] FILE...
//       Reads each FILE into memory, then runs whosaid::extract() + whosaid::to_json() on its whole
//       text (one article, however large: max_input_bytes is lifted) once untimed (unless --no-warmup),
//       then at least N times and for at least S seconds (at most --max-runs, and no new run once
//       --max-seconds have passed), and prints one JSON line per file:
//         {"file", "bytes", "runs", "median_ns", "min_ns", "median_cpu_ns", "quotes", "json_bytes",
//          "warnings": [codes]}
//       Timed, by wall clock and by the process's CPU time: extract() and to_json() only -- no file
//       reading, no output. --stages adds the median CPU time of each stage, run one by one as extract() runs them
//       (core/src/extract.cc): "stages_ns": {"repair_utf8", "split_paragraphs", "find_quotes",
//       "tokenize", "attribute" (tokenize included), "extract" (all, plus the Result), "to_json"}.
//
//   bench_extract --rss -- COMMAND ARG...
//       Runs COMMAND with its stdout on /dev/null and prints {"status", "wall_ns", "cpu_ns",
//       "max_rss_bytes"}: the child's exit status, wall time, user + system time and peak resident set
//       (getrusage via wait4), so that the CLI's memory needs no /usr/bin/time.
#include <sys/resource.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "attribution.h"
#include "quotes.h"
#include "text.h"
#include "markup.h"
#include "tokens.h"
#include "whosaid/whosaid.h"

namespace {

using Clock = std::chrono::steady_clock;

int64_t ns_since(Clock::time_point t0) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count();
}

// CPU time of this process (user + system): less sensitive than wall time to other processes that
// share the cores, which is the usual state of the machines these figures come from.
int64_t cpu_ns() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64_t median(std::vector<int64_t> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// Minimal JSON string escaping for file names and warning codes.
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

struct Config {
  int min_runs = 5;
  int max_runs = 1000;
  double min_seconds = 1.0;
  double max_seconds = 1e9;
  bool warmup = true;
  bool stages = false;
};

bool enough(const Config& c, size_t runs, int64_t total_ns) {
  if (static_cast<int>(runs) >= c.max_runs) return true;
  if (runs >= 1 && total_ns >= static_cast<int64_t>(c.max_seconds * 1e9)) return true;
  return static_cast<int>(runs) >= c.min_runs && total_ns >= static_cast<int64_t>(c.min_seconds * 1e9);
}

// Times one stage `f` the way the main loop times extract(): median CPU time of the configured runs.
template <typename F>
int64_t time_stage(const Config& c, F f) {
  std::vector<int64_t> t;
  int64_t total = 0;
  while (!enough(c, t.size(), total)) {
    int64_t c0 = cpu_ns();
    f();
    t.push_back(cpu_ns() - c0);
    total += t.back();
  }
  return median(t);
}

int bench_file(const Config& c, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "bench_extract: cannot read %s\n", path.c_str());
    return 1;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  whosaid::Options options;
  options.max_input_bytes = std::numeric_limits<size_t>::max();

  size_t quotes = 0, json_bytes = 0;
  std::vector<std::string> warnings;
  auto run = [&] {
    whosaid::Result r = whosaid::extract(text, options);
    std::string json = whosaid::to_json(r);
    quotes = r.quotes.size();
    json_bytes = json.size();
    warnings.clear();
    for (const whosaid::Warning& w : r.warnings) warnings.push_back(w.code);
  };
  if (c.warmup) run();  // lexicons, allocator, caches
  std::vector<int64_t> times, cpu_times;
  int64_t total = 0;
  while (!enough(c, times.size(), total)) {
    Clock::time_point t0 = Clock::now();
    int64_t c0 = cpu_ns();
    run();
    times.push_back(ns_since(t0));
    cpu_times.push_back(cpu_ns() - c0);
    total += times.back();
  }

  std::string line = "{\"file\":" + quoted(path) + ",\"bytes\":" + std::to_string(text.size()) +
                     ",\"runs\":" + std::to_string(times.size()) +
                     ",\"median_ns\":" + std::to_string(median(times)) +
                     ",\"min_ns\":" + std::to_string(*std::min_element(times.begin(), times.end())) +
                     ",\"median_cpu_ns\":" + std::to_string(median(cpu_times)) +
                     ",\"quotes\":" + std::to_string(quotes) + ",\"json_bytes\":" + std::to_string(json_bytes) +
                     ",\"warnings\":[";
  for (size_t i = 0; i < warnings.size(); ++i) line += (i ? "," : "") + quoted(warnings[i]);
  line += "]";

  if (c.stages) {
    // The pipeline of extract(), stage by stage; each stage's input is computed once, outside its timing.
    std::map<std::string, int64_t> st;
    size_t invalid = 0;
    st["repair_utf8"] = time_stage(c, [&] { std::string r = whosaid::repair_utf8(text, &invalid); });
    std::string repaired = whosaid::repair_utf8(text, &invalid);
    std::string_view t = invalid ? std::string_view(repaired) : std::string_view(text);
    st["split_paragraphs"] = time_stage(c, [&] { auto p = whosaid::split_paragraphs(t); });
    const std::vector<whosaid::Paragraph> paragraphs = whosaid::split_paragraphs(t);
    size_t dropped = 0;
    st["find_quotes"] = time_stage(c, [&] { auto q = whosaid::find_quotes(t, paragraphs, options.max_quotes, options.typewriter_quotes, &dropped); });
    const std::vector<whosaid::QuoteMarks> marks = whosaid::find_quotes(t, paragraphs, options.max_quotes, options.typewriter_quotes, &dropped);
    st["tokenize"] = time_stage(c, [&] { whosaid::Tokens k = whosaid::tokenize(t, paragraphs, marks, whosaid::find_markup(t)); });
    st["attribute"] = time_stage(c, [&] { whosaid::Analysis a = whosaid::attribute(t, paragraphs, marks); });
    st["extract"] = time_stage(c, [&] { whosaid::Result r = whosaid::extract(text, options); });
    const whosaid::Result r = whosaid::extract(text, options);
    st["to_json"] = time_stage(c, [&] { std::string j = whosaid::to_json(r); });
    line += ",\"stages_ns\":{";
    bool first = true;
    for (const auto& [name, ns] : st) {
      line += (first ? "" : ",") + quoted(name) + ":" + std::to_string(ns);
      first = false;
    }
    line += "}";
  }
  std::printf("%s}\n", line.c_str());
  std::fflush(stdout);
  return 0;
}

int run_measured(char** argv) {
  Clock::time_point t0 = Clock::now();
  pid_t pid = fork();
  if (pid < 0) {
    std::perror("bench_extract: fork");
    return 1;
  }
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, 1);
    execvp(argv[0], argv);
    std::perror("bench_extract: exec");
    _exit(127);
  }
  int status = 0;
  struct rusage ru;
  std::memset(&ru, 0, sizeof ru);
  if (wait4(pid, &status, 0, &ru) < 0) {
    std::perror("bench_extract: wait4");
    return 1;
  }
  int64_t wall = ns_since(t0);
  auto ns = [](const timeval& tv) { return static_cast<int64_t>(tv.tv_sec) * 1000000000 + tv.tv_usec * 1000; };
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::printf("{\"status\":%d,\"wall_ns\":%" PRId64 ",\"cpu_ns\":%" PRId64 ",\"max_rss_bytes\":%" PRId64 "}\n",
              code, wall, ns(ru.ru_utime) + ns(ru.ru_stime), static_cast<int64_t>(ru.ru_maxrss) * 1024);
  return 0;
}

int usage() {
  std::fprintf(stderr,
               "usage: bench_extract [--min-runs=N] [--max-runs=N] [--min-seconds=S] [--max-seconds=S]\n"
               "                     [--no-warmup] [--stages] FILE...\n"
               "       bench_extract --rss -- COMMAND ARG...\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Config c;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    if (!std::strcmp(a, "--rss")) {
      if (i + 2 >= argc || std::strcmp(argv[i + 1], "--")) return usage();
      return run_measured(argv + i + 2);
    } else if (!std::strncmp(a, "--min-runs=", 11)) {
      c.min_runs = std::max(1, std::atoi(a + 11));
    } else if (!std::strncmp(a, "--max-runs=", 11)) {
      c.max_runs = std::max(1, std::atoi(a + 11));
    } else if (!std::strncmp(a, "--min-seconds=", 14)) {
      c.min_seconds = std::atof(a + 14);
    } else if (!std::strncmp(a, "--max-seconds=", 14)) {
      c.max_seconds = std::atof(a + 14);
    } else if (!std::strcmp(a, "--no-warmup")) {
      c.warmup = false;
    } else if (!std::strcmp(a, "--stages")) {
      c.stages = true;
    } else if (a[0] == '-' && a[1] == '-') {
      return usage();
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) return usage();
  c.min_runs = std::min(c.min_runs, c.max_runs);
  int status = 0;
  for (const std::string& f : files) status |= bench_file(c, f);
  return status;
}
