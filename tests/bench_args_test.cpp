// The benchmarks' command-line reader (bench/bench_args.h): a bad number names the option and
// the value (it used to print only "stoi"), an unknown option is refused with the known ones,
// --help lists every option with its default, and good words set their variables.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "bench/bench_args.h"

using peiling::bench::BenchArgs;
using peiling::bench::BenchFailure;

namespace {

struct ServeOptions {
  int clients = 64;
  bool keep = false;
  std::vector<int> servers{1, 2, 4};
  std::string db;
  std::int64_t survey = 0;

  BenchArgs reader() {
    return std::move(BenchArgs("bench_serve [options]")
                         .whole_number("--clients", clients, "concurrent clients", 1)
                         .flag("--keep", keep, "leave the folder")
                         .number_list("--postgres-servers", servers, "servers per run")
                         .text("--db", "FILE", db, "a database")
                         .whole_number("--survey", survey, "a survey"));
  }
};

// The message of the BenchFailure reading `words` throws, or "" when it reads them.
std::string refusal(const std::vector<std::string>& words) {
  ServeOptions options;
  try {
    options.reader().read(words);
  } catch (const BenchFailure& failure) {
    return failure.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a benchmark's options set their variables, a later word winning", "[bench]") {
  ServeOptions options;
  CHECK(options.reader().read({"--clients", "8", "--postgres-servers", "2,3", "--keep", "--db", "a.sqlite",
                               "--survey", "9000000000", "--clients", "16"}));
  CHECK(options.clients == 16);
  CHECK(options.keep);
  CHECK(options.servers == std::vector<int>{2, 3});
  CHECK(options.db == "a.sqlite");
  CHECK(options.survey == 9'000'000'000);
}

TEST_CASE("a bad number in a benchmark's options names the option and the value", "[bench]") {
  CHECK(refusal({"--postgres-servers", "x"}) == "--postgres-servers: 'x' is not a whole number");
  CHECK(refusal({"--postgres-servers", "1,,4"}) == "--postgres-servers: '' is not a whole number");
  CHECK(refusal({"--clients", "12abc"}) == "--clients: '12abc' is not a whole number");
  CHECK(refusal({"--clients", "-3"}) == "--clients: '-3' is not a whole number");
  CHECK(refusal({"--clients", "0"}) == "--clients: '0' is less than 1");
  CHECK(refusal({"--clients", "99999999999"}) == "--clients: '99999999999' is too large");
  CHECK(refusal({"--clients"}) == "--clients: needs a value (N)");
}

TEST_CASE("an unknown benchmark option is refused with the list of known ones", "[bench]") {
  CHECK(refusal({"--client", "8"}) ==
        "unknown option '--client'; the options are: --clients, --keep, --postgres-servers, --db, --survey, --help");
  CHECK(refusal({"8"}) ==
        "unknown option '8'; the options are: --clients, --keep, --postgres-servers, --db, --survey, --help");
}

TEST_CASE("--help lists a benchmark's options with their defaults and sets nothing", "[bench]") {
  ServeOptions options;
  std::FILE* out = std::tmpfile();
  REQUIRE(out);
  CHECK_FALSE(options.reader().read({"--clients", "8", "--help"}, out));
  CHECK(options.clients == 64);
  std::rewind(out);
  std::string help;
  for (int c; (c = std::fgetc(out)) != EOF;) help += static_cast<char>(c);
  std::fclose(out);
  CHECK_THAT(help, Catch::StartsWith("usage: bench_serve [options]\n"));
  CHECK_THAT(help, Catch::Contains("--clients N") && Catch::Contains("concurrent clients (default 64)"));
  CHECK_THAT(help, Catch::Contains("--postgres-servers N,N,...") && Catch::Contains("(default 1,2,4)"));
  CHECK_THAT(help, Catch::Contains("--db FILE") && Catch::Contains("--keep") && Catch::Contains("--help"));
}
