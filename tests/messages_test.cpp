// The message catalogue (messages/*.def): every message in both languages, with the same
// values in each (a language may put them in its own order); the command speaks Dutch by
// default and English with --lang en (anywhere on the line) or PEILING_LANG=en.
#include <catch2/catch.hpp>

#include <set>

#include "base/messages.h"
#include "test_support.h"

using namespace peiling;

namespace {

// The values a text uses, by number: {} takes the next in order, {2} the second.
std::set<int> values_used(std::string_view text) {
  std::set<int> used;
  int next = 1;
  for (std::size_t at = text.find('{'); at != std::string_view::npos; at = text.find('{', at + 1)) {
    if (text.substr(at, 2) == "{}") used.insert(next++);
    else if (at + 2 < text.size() && text[at + 1] >= '1' && text[at + 1] <= '9' && text[at + 2] == '}')
      used.insert(text[at + 1] - '0');
  }
  return used;
}

// Messages where one language leaves a value out: the Dutch findings name the group
// ("de meeste leerkrachten kozen ..."), the English ones say "most".
const std::set<std::string> kValueInDutchOnly{"report_most_chosen", "report_as_many_chose"};

// Messages that are rightly the same in both languages (a word both use, a command line).
const std::set<std::string> kSameInBoth{"state_open",     "report_code",    "report_percentage", "def_noun_code",
                                        "def_noun_codes", "def_noun_item",  "def_noun_items", "unit_list_usage"};

}  // namespace

TEST_CASE("every message of the catalogue is in Dutch and in English, with the same values", "[messages]") {
  for (const MessagePair& message : all_messages()) {
    INFO(message.name);
    CHECK_FALSE(message.dutch.empty());
    CHECK_FALSE(message.english.empty());
    if (!kValueInDutchOnly.count(message.name)) CHECK(values_used(message.dutch) == values_used(message.english));
    if (!kSameInBoth.count(message.name)) CHECK(message.dutch != message.english);
  }
}

TEST_CASE("a message's values go where its language puts them", "[messages]") {
  CHECK(message_in(Language::nl, Msg::show_if_clause, std::array<std::string, 2>{"\"Hoe vaak?\"", "nooit"}) ==
        "je bij \"Hoe vaak?\" koos voor nooit");
  CHECK(message_in(Language::en, Msg::show_if_clause, std::array<std::string, 2>{"\"How often?\"", "never"}) ==
        "you chose never at \"How often?\"");
}

TEST_CASE("a message is filled in the chosen language", "[messages]") {
  CHECK(message_in(Language::nl, Msg::survey_closed_now, std::array<std::string, 2>{"3", "3"}) ==
        "peiling 3 is gesloten; heropenen kan met 'peiling survey reopen 3'");
  CHECK(message_in(Language::en, Msg::no_such_survey, std::array<std::string, 1>{"9"}) ==
        "there is no survey 9 (see 'peiling survey list')");
}

#ifdef PEILING_BINARY
TEST_CASE("the command speaks Dutch by default and English with --lang en or PEILING_LANG=en", "[messages][cli]") {
  using peiling::testing::run_process;
  peiling::testing::ScratchDir dir;
  const auto dutch = run_process(PEILING_BINARY, {"survey", "list"}, dir.path());
  CHECK_THAT(dutch.err, Catch::Contains("die database bestaat niet"));
  const auto leading = run_process(PEILING_BINARY, {"--lang", "en", "survey", "list"}, dir.path());
  CHECK_THAT(leading.err, Catch::Contains("no such database"));
  const auto trailing = run_process(PEILING_BINARY, {"survey", "show", "1", "--lang", "en"}, dir.path());
  CHECK_THAT(trailing.err, Catch::Contains("no such database"));
  const auto help = run_process(PEILING_BINARY, {"--lang", "en", "--help"}, dir.path());
  CHECK_THAT(help.out, Catch::Contains("usage: peiling <command>") && Catch::Contains("close and reopen surveys"));
  const auto verb_help = run_process(PEILING_BINARY, {"survey", "create", "--help", "--lang=en"}, dir.path());
  CHECK_THAT(verb_help.out, Catch::Contains("usage: peiling survey create") && Catch::Contains("Options"));
  setenv("PEILING_LANG", "en", 1);
  const auto environment = run_process(PEILING_BINARY, {"survey", "close", "1"}, dir.path());
  unsetenv("PEILING_LANG");
  CHECK_THAT(environment.err, Catch::Contains("no such database"));
}
#endif
