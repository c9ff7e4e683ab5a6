// Quote detection: pairing, each mark style, apostrophes, nesting, multi-paragraph and stray marks.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "quotes.h"
#include "text.h"

using whosaid::find_quotes;
using whosaid::split_paragraphs;

namespace {

// The quoted words of every quote found in `text`.
std::vector<std::string> quoted(const std::string& text, bool typewriter_quotes = false) {
  size_t dropped = 0;
  std::vector<std::string> out;
  for (const auto& q : find_quotes(text, split_paragraphs(text), 1000, typewriter_quotes, &dropped))
    out.push_back(text.substr(q.begin, q.end - q.begin));
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("curly double quotes", "[quotes]") {
  CHECK(quoted("She said “we are ready” and left.") == Strings{"we are ready"});
  CHECK(quoted("“One,” he said. “Two.”") == Strings{"One,", "Two."});
}

TEST_CASE("straight double quotes are paired by context", "[quotes]") {
  CHECK(quoted("He called it \"a farce\" and \"a joke.\"") == Strings{"a farce", "a joke."});
  CHECK(quoted("\"We won,\" she said.") == Strings{"We won,"});
  CHECK(quoted("The board is 6\" wide.").empty());
}

TEST_CASE("a straight double mark between spaces closes the quote that is open", "[quotes]") {
  // Typed after a nested quote's closing mark, with a space between the two.
  CHECK(quoted("\"They will say, 'now we sail,' \" she said. Then she left.") ==
        Strings{"They will say, 'now we sail,'"});
  CHECK(quoted("\"We said 'never' \"\nThe end.") == Strings{"We said 'never'"});
  // With no quote open it opens none.
  CHECK(quoted("The gap is 6 \" wide, he said.").empty());
}

TEST_CASE("a straight mark after a comma or a period, a space behind it, opens no quote", "[quotes]") {
  // Its opening mark lost: the words after it are not quoted.
  CHECK(quoted("The pier is for members only,\" said Ann Toft. \"It was hard,\" she said.") ==
        Strings{"It was hard,"});
  CHECK(quoted("It shut at noon.\" Then she left.").empty());
  // A word right behind it: it may open one.
  CHECK(quoted("He said,\"We sail at noon.\"") == Strings{"We sail at noon."});
}

TEST_CASE("every mark style", "[quotes]") {
  CHECK(quoted("Il a dit « c’est fini » hier.") == Strings{"c’est fini"});
  CHECK(quoted("Er sagte „Es reicht“ und ging.") == Strings{"Es reicht"});
  CHECK(quoted("Er sagte »Es reicht« und ging.") == Strings{"Es reicht"});
  CHECK(quoted("Er sagte ‚nein‘ leise.") == Strings{"nein"});
  CHECK(quoted("Il a dit ‹ non › hier.") == Strings{"non"});
  CHECK(quoted("彼は「行く」と言った。") == Strings{"行く"});
  CHECK(quoted("彼は『行く』と言った。") == Strings{"行く"});
  CHECK(quoted("Han sa ”det är klart” igår.") == Strings{"det är klart"});
  CHECK(quoted("She called it ‘silly’ twice.") == Strings{"silly"});
  CHECK(quoted("She called it 'silly' twice.") == Strings{"silly"});
}

TEST_CASE("apostrophes are not quotation marks", "[quotes]") {
  CHECK(quoted("Don’t ask what Reuters’ editors think of the ’90s.").empty());
  CHECK(quoted("It was rock ’n’ roll, and they’d love ’em.").empty());
  CHECK(quoted("She said ‘we don’t know’ twice.") == Strings{"we don’t know"});
  CHECK(quoted("She said ‘rock ’n’ roll is dead’ twice.") == Strings{"rock ’n’ roll is dead"});
  CHECK(quoted("O'Brien said 'it isn't over' today.") == Strings{"it isn't over"});
}

TEST_CASE("nested quotes are reported once, as the outer quote", "[quotes]") {
  CHECK(quoted("“He told me ‘never again,’ and meant it,” she said.") ==
        Strings{"He told me ‘never again,’ and meant it,"});
  CHECK(quoted("\"He said 'no' twice,\" she said.") == Strings{"He said 'no' twice,"});
}

TEST_CASE("a quote over several paragraphs is a quote per paragraph", "[quotes]") {
  std::string text = "“First part of it.\n“Second part of it.\n“Last part,” she said.";
  CHECK(quoted(text) == Strings{"First part of it.", "Second part of it.", "Last part,"});
  // A paragraph that does not reopen the quote ends it where it stands.
  CHECK(quoted("“First part of it.\nNo mark here.") == Strings{"First part of it."});
}

TEST_CASE("an unclosed quote ends at its paragraph", "[quotes]") {
  std::string text = "He said “this never ends.\nA new paragraph with “a quote” in it.";
  CHECK(quoted(text) == Strings{"this never ends.", "a quote"});
}

TEST_CASE("an unclosed single quote is dropped", "[quotes]") {
  CHECK(quoted("The ‘plan was never finished.\nNext “one” here.") == Strings{"one"});
}

TEST_CASE("a typo'd “…“ still closes", "[quotes]") {
  CHECK(quoted("It was a “good day“ for all.") == Strings{"good day"});
}

TEST_CASE("typewriter quotes ('' and ``) are read only when asked for", "[quotes]") {
  const std::string text = "''We are ready,'' she said, and ``the ferry'' left.";
  CHECK(quoted(text) == Strings{});
  CHECK(quoted(text, true) == Strings{"We are ready,", "the ferry"});
  // Not asked for, a doubled apostrophe is no mark at all, not two single ones.
  CHECK(quoted("The Jones'' boat is 'old', they said.") == Strings{"old"});
}

TEST_CASE("marks around links a pipe separates are no quote", "[quotes]") {
  CHECK(quoted("« Back   |   Forward »\nShe called it « une farce ».") == Strings{"une farce"});
  CHECK(quoted("The menu read “Home | Sport | Weather” all week.").empty());
}
