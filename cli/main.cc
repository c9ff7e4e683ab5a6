// whosaid, the command-line tool: the engine for batch work on whole corpora.
//
//   whosaid article.txt              one article (plain text) -> one Result JSON
//   whosaid --jsonl corpus.jsonl     {"id", "text"} per line -> one Result per line, with the id added
//   whosaid --summary article.txt    a readable list of speakers and what they said
//
// Input is streamed: in --jsonl mode one line is held in memory at a time, so memory stays flat however
// long the corpus is (what one line becomes is decided in jsonl.cc, which the fuzzer runs too). Problems
// with the input are reported on stderr with the line number; the exit status is 0 when every article
// was processed, 1 when some input was bad, 2 for a usage error.
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "jsonl.h"
#include "whosaid/whosaid.h"

namespace {

constexpr char kUsage[] = R"(usage: whosaid [options] [FILE]

Finds the quotations in a news article and who said them. Reads FILE, or standard input when FILE is
absent or "-", and writes the Result JSON (version 1; offsets in UTF-16 code units) to standard output.

options (a value follows its option after "=" or a space: --kinds=direct is --kinds direct):
  --jsonl               input is JSON Lines, one object per line with a string "text" and usually an
                        "id"; writes one Result per line, in input order, with the input's "id" added
                        (null when it has none). Blank lines (spaces, tabs, CR) are skipped: no Result,
                        though stderr's line numbers count them.
  --on-bad-line=MODE    in --jsonl mode, what to do with a line that is not a valid object with a
                        string "text": "skip" (default) writes an error Result for it, names the line on
                        stderr and goes on; "stop" names the line and stops. Either way the exit
                        status is 1.
  --kinds=LIST          which quotes to report, comma-separated (default: all): direct (whole
                        sentences of speech in quotation marks), mixed (quoted words inside the
                        writer's sentence), indirect (reported speech, the claims without quotation
                        marks: "she said the plan would fail")
  --max-input-bytes=N   refuse articles larger than N bytes (default 16777216) with an error Result
  --typewriter-quotes   also read two apostrophes or backticks as double quotation marks:
                        ''like this'' and ``like this'', as typed news archives write quotes
  --pretty              indent the JSON (one article only; not with --summary)
  --summary             print a readable summary instead of JSON: speakers and what they said.
                        A quote inside its speaker's reported speech is read there, not listed
                        again, so the summary counts fewer quotes than the JSON holds
  --version             print the engine version
  --help                print this help

exit status: 0 all input processed; 1 some input was bad (see stderr); 2 usage error.
)";

struct CliOptions {
  whosaid::Options engine;
  bool jsonl = false;
  bool stop_on_bad_line = false;
  bool pretty = false;
  bool summary = false;
  std::string file = "-";
};

int usage_error(const std::string& message) {
  std::fprintf(stderr, "whosaid: %s\n(see whosaid --help)\n", message.c_str());
  return 2;
}

// Reads `s`, digits only, into *n: false when it is empty, holds anything else (a sign, spaces), is 0, or
// overflows size_t (strtoull() alone reads "-1" as its largest value and saturates without a word).
bool parse_size(const char* s, size_t* n) {
  if (!*s || std::strspn(s, "0123456789") != std::strlen(s)) return false;
  errno = 0;
  unsigned long long value = std::strtoull(s, nullptr, 10);
  if (errno == ERANGE || value == 0 || value > SIZE_MAX) return false;
  *n = static_cast<size_t>(value);
  return true;
}

// The value of option `name` when argv[*i] is it: "--name=value", or "--name value" (then *i moves on to
// the value). nullptr when argv[*i] is another argument; *missing is set when the value is absent.
const char* value_of(int argc, char** argv, int* i, const char* name, bool* missing) {
  const char* arg = argv[*i];
  size_t n = std::strlen(name);
  if (std::strncmp(arg, name, n) != 0) return nullptr;
  if (arg[n] == '=') return arg + n + 1;
  if (arg[n] != '\0') return nullptr;
  if (*i + 1 >= argc) {
    *missing = true;
    return nullptr;
  }
  return argv[++*i];
}

// Parses argv into *cli. Returns -1 to go on, or an exit status.
int parse_args(int argc, char** argv, CliOptions* cli) {
  bool have_file = false;
  bool on_bad_line = false;
  for (int i = 1; i < argc; ++i) {
    const char* arg = argv[i];
    const char* v = nullptr;
    bool missing = false;
    const auto valued = [&](const char* name) { return (v = value_of(argc, argv, &i, name, &missing)) || missing; };
    if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h")) {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (!std::strcmp(arg, "--version")) {
      std::printf("whosaid %s\n", whosaid::version());
      return 0;
    } else if (!std::strcmp(arg, "--jsonl")) {
      cli->jsonl = true;
    } else if (!std::strcmp(arg, "--pretty")) {
      cli->pretty = true;
    } else if (!std::strcmp(arg, "--summary")) {
      cli->summary = true;
    } else if (!std::strcmp(arg, "--typewriter-quotes")) {
      cli->engine.typewriter_quotes = true;
    } else if (valued("--on-bad-line")) {
      if (missing) return usage_error("--on-bad-line needs a value: skip or stop");
      if (std::strcmp(v, "skip") && std::strcmp(v, "stop"))
        return usage_error(std::string("--on-bad-line ") + v + ": must be skip or stop");
      cli->stop_on_bad_line = !std::strcmp(v, "stop");
      on_bad_line = true;
    } else if (valued("--kinds")) {
      if (missing) return usage_error("--kinds needs a value: a list of direct, mixed, indirect");
      whosaid::Error e = whosaid::parse_kinds(v, &cli->engine.kinds);
      if (e.code != whosaid::ErrorCode::kNone) return usage_error("--kinds " + std::string(v) + ": " + e.message);
    } else if (valued("--max-input-bytes")) {
      if (missing) return usage_error("--max-input-bytes needs a value: a number of bytes");
      if (!parse_size(v, &cli->engine.max_input_bytes))
        return usage_error(std::string("--max-input-bytes ") + v + ": must be a whole number from 1 to " +
                           std::to_string(SIZE_MAX));
    } else if (arg[0] == '-' && arg[1] != '\0') {
      return usage_error(std::string("unknown option ") + arg);
    } else if (have_file) {
      return usage_error("more than one input file");
    } else {
      cli->file = arg;
      have_file = true;
    }
  }
  // Options that would be ignored together are refused: the user meant something they would not get.
  if (cli->jsonl && (cli->pretty || cli->summary))
    return usage_error("--pretty and --summary take one article, not --jsonl");
  if (cli->pretty && cli->summary) return usage_error("--pretty indents JSON, which --summary does not print");
  if (on_bad_line && !cli->jsonl) return usage_error("--on-bad-line is for --jsonl input only");
  return -1;
}

// A text as a terminal should show it: the article is anyone's, and its control characters (ESC and the
// C1 controls that start terminal escape sequences) would reach the terminal as commands. Each becomes
// U+FFFD; runs of whitespace become one space.
std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool blank = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    bool c1 = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
              static_cast<unsigned char>(s[i + 1]) <= 0x9F;
    if (c < 0x20 || c == 0x7F || c1) {
      out += "\xEF\xBF\xBD";
      i += c1;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

// The quotes the summary lists: all but those inside their speaker's reported speech, which are read
// there ("the work “long overdue”", then not "long overdue" again).
std::vector<bool> listed_quotes(const whosaid::Result& r) {
  std::vector<bool> listed(r.quotes.size(), true);
  for (const whosaid::Speaker& s : r.speakers) {
    size_t claim_end = 0;  // the farthest end of the speaker's claims so far (quotes are in text order)
    for (int id : s.quotes) {
      const whosaid::Quote& q = r.quotes[id];
      if (q.kind == whosaid::QuoteKind::kIndirect) claim_end = std::max(claim_end, q.span.end);
      else listed[id] = q.span.end > claim_end;
    }
  }
  return listed;
}

void print_quote(const whosaid::Quote& q) {
  std::printf("  %-8s \"%s\"\n", whosaid::quote_kind_name(q.kind), printable(q.span.text).c_str());
}

void print_summary(const whosaid::Result& r) {
  if (!r.ok()) {
    std::printf("error: %s\n", r.error.message.c_str());
    return;
  }
  const std::vector<bool> listed = listed_quotes(r);
  size_t unattributed = 0;
  for (const whosaid::Quote& q : r.quotes) unattributed += !q.speaker;
  const size_t quotes = static_cast<size_t>(std::count(listed.begin(), listed.end(), true));
  std::printf("%zu %s, %zu %s\n", quotes, quotes == 1 ? "quote" : "quotes", r.speakers.size(),
              r.speakers.size() == 1 ? "speaker" : "speakers");
  for (const whosaid::Speaker& s : r.speakers) {
    std::printf("\n%s", printable(s.name).c_str());
    if (s.role) std::printf(" (%s)", printable(*s.role).c_str());
    std::printf(" [%s]\n", whosaid::speaker_kind_name(s.kind));
    for (int id : s.quotes)
      if (listed[id]) print_quote(r.quotes[id]);
  }
  if (unattributed) {
    std::printf("\nno speaker found\n");
    for (const whosaid::Quote& q : r.quotes)
      if (!q.speaker) print_quote(q);
  }
}

// The input's bytes when it is a regular file (named, or standard input redirected from one), mapped into
// memory read-only: the kernel maps the pages it has cached, all at once (MAP_POPULATE), where reading the
// file into a string had cost a page fault per 4 KiB of the string (~2 us each on the machines measured).
// Empty (ok() false) when the input cannot be mapped: an empty file, a pipe, a terminal; the caller reads
// it then. (As with any tool that maps its input, ripgrep's --mmap for one: a file cut shorter by another
// process while it is read ends this one with SIGBUS: accepted for the 2 ms that mapping saves on a 4 MB
// article, 2 per-cent of its run.)
class MappedFile {
 public:
  explicit MappedFile(const std::string& path) {
    const bool stdin_file = path == "-";
    int fd = stdin_file ? STDIN_FILENO : open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* p = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE | kPopulate, fd, 0);
      if (p != MAP_FAILED) {
        data_ = static_cast<const char*>(p);
        size_ = static_cast<size_t>(st.st_size);
      }
    }
    if (!stdin_file) close(fd);
  }
  ~MappedFile() {
    if (data_) munmap(const_cast<char*>(data_), size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  bool ok() const { return data_ != nullptr; }
  std::string_view text() const { return {data_, size_}; }

 private:
#ifdef MAP_POPULATE
  static constexpr int kPopulate = MAP_POPULATE;
#else
  static constexpr int kPopulate = 0;
#endif
  const char* data_ = nullptr;
  size_t size_ = 0;
};

// The whole of `in`, read into one string without a second copy.
std::string read_all(std::istream& in) {
  std::string text;
  std::streampos start = in.tellg();  // a file: its size, so the string is allocated once
  if (start != std::streampos(-1) && in.seekg(0, std::ios::end)) {
    text.reserve(static_cast<size_t>(in.tellg() - start));
    in.seekg(start);
  }
  in.clear();
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) text.append(chunk, static_cast<size_t>(in.gcount()));
  return text;
}

int run_one(std::string_view text, const CliOptions& cli) {
  whosaid::Result r = whosaid::extract(text, cli.engine);
  if (cli.summary) {
    print_summary(r);
  } else {
    whosaid::write_json(r, [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); },
                        cli.pretty ? 2 : -1);
    std::fputc('\n', stdout);
  }
  for (const whosaid::Warning& w : r.warnings) std::fprintf(stderr, "whosaid: warning: %s\n", w.message.c_str());
  if (!r.ok()) std::fprintf(stderr, "whosaid: %s\n", whosaid_cli::cli_message(r.error).c_str());
  return r.ok() ? 0 : 1;
}

int run_jsonl(std::istream& in, const CliOptions& cli) {
  std::string line;
  size_t line_no = 0;
  bool any_bad = false;
  while (std::getline(in, line)) {
    whosaid_cli::JsonlLine out = whosaid_cli::process_jsonl_line(line, ++line_no, cli.engine);
    if (out.status == whosaid_cli::JsonlStatus::kBlank) continue;
    if (!out.message.empty()) std::fprintf(stderr, "whosaid: %s\n", out.message.c_str());
    out.output += '\n';
    std::fwrite(out.output.data(), 1, out.output.size(), stdout);
    if (out.status == whosaid_cli::JsonlStatus::kOk) continue;
    any_bad = true;
    if (out.status == whosaid_cli::JsonlStatus::kBadLine && cli.stop_on_bad_line) {
      std::fprintf(stderr, "whosaid: stopped at line %zu (--on-bad-line=stop)\n", line_no);
      return 1;
    }
  }
  return any_bad ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  // glibc raises its mmap threshold whenever a large block is freed; the next large arrays (the
  // tokens, the JSON) then come from the brk heap and stay resident after use. A fixed threshold
  // maps each large array on its own and unmaps it when freed: peak RSS stays that of the live data.
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
  std::ios::sync_with_stdio(false);
  CliOptions cli;
  int status = parse_args(argc, argv, &cli);
  if (status >= 0) return status;

  std::ifstream file;
  std::istream* in = &std::cin;
  if (cli.file != "-") {
    file.open(cli.file, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "whosaid: cannot open %s: %s\n", cli.file.c_str(), std::strerror(errno));
      return 1;
    }
    in = &file;
  }
  errno = 0;
  if (cli.file != "-" && file.peek() == std::char_traits<char>::eof() && file.bad()) {  // a directory, for one
    std::fprintf(stderr, "whosaid: cannot read %s: %s\n", cli.file.c_str(), std::strerror(errno ? errno : EIO));
    return 1;
  }
  if (cli.jsonl) return run_jsonl(*in, cli);
  if (MappedFile mapped(cli.file); mapped.ok()) return run_one(mapped.text(), cli);
  return run_one(read_all(*in), cli);
}
