// The workbench over loopback HTTP: nothing without the key, no form without a CSRF token
// of this server, loopback only by default, uploads limited and checked, and the survey
// actions (create, close, reopen, delete), the import's dry run and the report.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <zip.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <regex>
#include <thread>

#include "app/demo_survey.h"
#include "engine/store.h"
#include "workbench_fixture.h"

using peiling::Store;
using peiling::testing::WorkbenchFixture;

namespace {

const char* const kIbHeader = "groep,hoe-vaak,met-wie,duidelijk,vaker,afspraak\n";

int survey_count(const WorkbenchFixture& bench) {
  Store store(bench.db_path());
  return static_cast<int>(store.list_surveys().size());
}

int response_count(const WorkbenchFixture& bench, std::int64_t survey) {
  Store store(bench.db_path());
  return store.load_survey(survey).summary.responses;
}

}  // namespace

TEST_CASE("workbench: without the key only the page that points to the terminal", "[web][workbench]") {
  WorkbenchFixture bench;
  auto client = bench.client();
  for (const char* path : {"/", "/tellingen", "/peilingen/1/import", "/peilingen/1/rapport", "/peilingen/1/rapport/rapport.html",
                           "/?key=0123456789abcdef0123456789abcdee"}) {
    auto page = client.Get(path);
    REQUIRE(page);
    CHECK(page->status == 403);
    CHECK(page->body.find("Gebruik de link uit het terminalvenster") != std::string::npos);
  }
  CHECK(client.Get("/", {{"Cookie", "peiling_workbench=wrong"}})->status == 403);
  CHECK(client.Post("/peilingen/1/verwijderen", httplib::Params{})->status == 403);

  auto login = client.Get(("/?key=" + bench.key).c_str());
  REQUIRE(login->status == 303);
  CHECK(login->get_header_value("Location").find("key") == std::string::npos);  // the key leaves the address bar
  const std::string cookie = login->get_header_value("Set-Cookie");
  CHECK(cookie.rfind("peiling_workbench=" + bench.key + ";", 0) == 0);
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
  auto page = client.Get("/", {{"Cookie", cookie.substr(0, cookie.find(';'))}});
  CHECK(page->status == 200);
  CHECK(page->body.find("Nieuwe peiling") != std::string::npos);
}

TEST_CASE("workbench: a form without this server's CSRF token changes nothing", "[web][workbench]") {
  WorkbenchFixture bench;
  const auto survey = bench.create_survey("ib-taken-bespreking", "nulmeting");
  const std::string issued = bench.csrf();  // once: each call issues a new token
  const std::string forged = issued.substr(0, 63) + (issued.back() == '0' ? "1" : "0");
  for (const std::string& csrf : {std::string(), forged, std::string("0123456789abcdef0123456789abcdef")}) {
    httplib::MultipartFormDataItems items{{"label", "x", "", ""}};
    if (!csrf.empty()) items.push_back({"csrf", csrf, "", ""});
    CHECK(bench.post("/peilingen/" + std::to_string(survey) + "/verwijderen", items, false)->status == 403);
    CHECK(bench.post("/peilingen/" + std::to_string(survey) + "/sluiten", items, false)->status == 403);
  }
  // urlencoded as well as multipart
  CHECK(bench.client().Post(("/peilingen/" + std::to_string(survey) + "/sluiten").c_str(), bench.with_key(),
                            httplib::Params{{"csrf", forged}})->status == 403);
  CHECK(survey_count(bench) == 1);
  Store store(bench.db_path());
  CHECK(store.load_survey(survey).summary.open);
}

TEST_CASE("workbench: create, close, reopen and delete a survey", "[web][workbench]") {
  WorkbenchFixture bench;
  const auto survey = bench.create_survey("greven-fasen", "nulmeting <2026>", 4);
  {
    Store store(bench.db_path());
    const auto record = store.load_survey(survey);
    CHECK(record.summary.label == "nulmeting <2026>");
    REQUIRE(record.groups.size() == 3);
    for (const auto& group : record.groups) CHECK(group.invited == 4);
  }
  auto list = bench.get("/");
  CHECK(list->body.find("nulmeting &lt;2026&gt;") != std::string::npos);
  CHECK(list->body.find("nulmeting <2026>") == std::string::npos);
  CHECK(bench.get("/tellingen")->body ==
        "{\"surveys\":[{\"id\":" + std::to_string(survey) + ",\"groups\":[0,0,0],\"total\":0}]}");

  const std::string path = "/peilingen/" + std::to_string(survey);
  CHECK(bench.post(path + "/sluiten", {})->status == 303);
  CHECK_FALSE(Store(bench.db_path()).load_survey(survey).summary.open);
  CHECK(bench.post(path + "/heropenen", {})->status == 303);
  CHECK(Store(bench.db_path()).load_survey(survey).summary.open);

  auto confirm = bench.get(path + "/verwijderen");
  CHECK(confirm->status == 200);
  CHECK(confirm->body.find("definitief verwijderen") != std::string::npos);
  CHECK(survey_count(bench) == 1);  // asking is not deleting
  CHECK(bench.post(path + "/verwijderen", {})->status == 303);
  CHECK(survey_count(bench) == 0);
  CHECK(bench.get(path + "/verwijderen")->status == 400);
}

TEST_CASE("workbench: an uploaded definition is checked like 'peiling validate' and limited in size", "[web][workbench]") {
  WorkbenchFixture bench;
  const std::string broken = "{\n  \"id\": \"x\",\n  \"version\": \"1\",\n  \"title\": \"<b>T</b>\",\n  \"groups\": [],\n"
                             "  \"questions\": []\n}\n";
  auto refused = bench.post("/peilingen/nieuw", {{"definition", broken, "eigen.json", "application/json"}});
  REQUIRE(refused);
  CHECK(refused->status == 422);
  CHECK(refused->body.find("eigen.json:") != std::string::npos);  // the validator's message, naming the file
  CHECK(refused->body.find("role=\"alert\"") != std::string::npos);

  auto too_big = bench.post("/peilingen/nieuw", {{"definition", std::string(1024 * 1024 + 1, ' '), "groot.json", ""}});
  CHECK(too_big->status == 422);
  CHECK(too_big->body.find("groter dan 1 MB") != std::string::npos);

  auto over_limit = bench.post("/peilingen/nieuw",
                               {{"definition", std::string(peiling::web::kMaxWorkbenchUploadBytes, ' '), "x.json", ""}});
  CHECK((!over_limit || over_limit->status == 413));
  CHECK(survey_count(bench) == 0);

  // A definition that is fine but named "../" is only a name in messages.
  const std::string text = peiling::testing::read_file(std::string(PEILING_SOURCE_DIR) + "/questionnaires/greven-fasen.json");
  auto fine = bench.post("/peilingen/nieuw", {{"definition", text, "../../mijn.json", "application/json"}});
  CHECK(fine->status == 200);
  CHECK(fine->body.find("mijn.json") != std::string::npos);
  CHECK(fine->body.find("../") == std::string::npos);
}

TEST_CASE("workbench: an import shows every bad row before anything is stored, and stores on confirmation",
          "[web][workbench]") {
  WorkbenchFixture bench;
  const auto survey = bench.create_survey("ib-taken-bespreking", "import");
  const std::string path = "/peilingen/" + std::to_string(survey) + "/import";
  const std::string bad = std::string(kIbHeader) + "ib,nooit,,3,,\nib,nooit,,9,,\nib,vaak,,3,,\n";
  auto refused = bench.post(path, {{"csv", bad, "antwoorden.csv", "text/csv"}});
  REQUIRE(refused);
  CHECK(refused->status == 422);
  CHECK(refused->body.find("2 rijen zijn afgekeurd") != std::string::npos);
  CHECK(refused->body.find("rij 3, duidelijk:") != std::string::npos);
  CHECK(refused->body.find("rij 4, hoe-vaak:") != std::string::npos);
  CHECK(refused->body.find("peiling-werkbank-") == std::string::npos);  // no server paths
  CHECK(response_count(bench, survey) == 0);

  const std::string good = std::string(kIbHeader) + "ib,nooit,,3,,\nleerkrachten,nooit,,2,,\n";
  auto checked = bench.post(path, {{"csv", good, "antwoorden.csv", "text/csv"}});
  REQUIRE(checked->status == 200);
  CHECK(checked->body.find("2 antwoorden zijn klaar om op te slaan") != std::string::npos);
  CHECK(response_count(bench, survey) == 0);  // the dry run stored nothing

  const std::string upload = WorkbenchFixture::hidden_value(checked->body, "upload");
  auto stored = bench.post(path + "/opslaan", {{"upload", upload, "", ""}});
  CHECK(stored->status == 200);
  CHECK(response_count(bench, survey) == 2);
  CHECK(bench.post(path + "/opslaan", {{"upload", upload, "", ""}})->status == 404);  // once
  CHECK(response_count(bench, survey) == 2);

  auto again = bench.post(path, {{"csv", good, "antwoorden.csv", "text/csv"}});  // the same file twice
  CHECK(again->status == 422);
  CHECK(again->body.find("al op") != std::string::npos);
  CHECK(bench.get("/tellingen")->body.find("\"total\":2") != std::string::npos);
}

TEST_CASE("workbench: the report is written as by 'peiling report' and shown in the page", "[web][workbench]") {
  WorkbenchFixture bench;
  const auto survey = bench.create_survey("ib-taken-bespreking", "rapport");
  const std::string path = "/peilingen/" + std::to_string(survey) + "/rapport";
  CHECK(bench.get(path)->body.find("nog geen rapport") != std::string::npos);
  CHECK(bench.post(path, {})->status == 303);
  auto page = bench.get(path);
  CHECK(page->body.find("<iframe class=\"report-frame\" title=\"Het rapport\"") != std::string::npos);
  auto report = bench.get(path + "/rapport.html");
  REQUIRE(report->status == 200);
  CHECK(report->get_header_value("Content-Security-Policy").find("frame-ancestors 'self'") != std::string::npos);
  CHECK(bench.get(path + "/slides.html")->status == 200);
  auto zip = bench.get(path + ".zip");
  REQUIRE(zip->status == 200);
  CHECK(zip->get_header_value("Content-Disposition") ==
        "attachment; filename=\"peiling-" + std::to_string(survey) + "-rapport.zip\"");
  {  // the archive holds every file of the folder, under peiling-ID/, as written
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(zip->body.data(), zip->body.size(), 0, &error);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    REQUIRE(archive);
    const auto folder = bench.dir.path() / "rapporten" / ("peiling-" + std::to_string(survey));
    const auto files = std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator());
    CHECK(zip_get_num_entries(archive, 0) == files);
    const std::string inside = "peiling-" + std::to_string(survey) + "/rapport.html";
    zip_file_t* report_file = zip_fopen(archive, inside.c_str(), 0);
    REQUIRE(report_file);
    std::string unpacked(1 << 20, '\0');
    unpacked.resize(static_cast<std::size_t>(zip_fread(report_file, unpacked.data(), unpacked.size())));
    zip_fclose(report_file);
    zip_close(archive);
    CHECK(unpacked == peiling::testing::read_file(folder / "rapport.html"));
  }
  CHECK(bench.get(path + "/..%2Fpeiling.sqlite")->status == 404);

  bench.post("/peilingen/" + std::to_string(survey) + "/verwijderen", {});
  CHECK_FALSE(std::filesystem::exists(bench.dir.path() / "rapporten" / ("peiling-" + std::to_string(survey))));
}

TEST_CASE("peiling workbench listens on loopback only unless --listen, and warns then", "[web][workbench][cli]") {
  peiling::testing::ScratchDir dir;
  // Starts the program, reads the printed link, returns the port and the listening address
  // from the kernel's table of TCP sockets, then stops it.
  auto listening_address = [&dir](const std::vector<std::string>& extra, std::string& err) {
    std::vector<std::string> args{PEILING_WEB_BINARY, "--workbench", "--db", dir.file("p.sqlite"), "--port", "0"};
    args.insert(args.end(), extra.begin(), extra.end());
    const std::string out_file = dir.file("out.txt"), err_file = dir.file("err.txt");
    const pid_t child = fork();
    if (child == 0) {
      std::freopen(out_file.c_str(), "w", stdout);
      std::freopen(err_file.c_str(), "w", stderr);
      std::vector<char*> argv;
      for (auto& arg : args) argv.push_back(arg.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    std::string out;
    for (int tries = 0; tries < 200 && out.find("?key=") == std::string::npos; ++tries) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      out = peiling::testing::read_file(out_file);
    }
    std::smatch port;
    const bool found = std::regex_search(out, port, std::regex(":(\\d+)/\\?key=[0-9a-f]{32}"));
    std::string address;
    if (found) {
      char hex_port[8];
      std::snprintf(hex_port, sizeof hex_port, "%04X", std::stoi(port[1].str()));
      std::ifstream table("/proc/net/tcp");
      for (std::string line; std::getline(table, line);)
        if (line.find(std::string(":") + hex_port + " 00000000:0000 0A") != std::string::npos)
          address = line.substr(line.find(':') + 2, 8);
    }
    kill(child, SIGTERM);
    int status = 0;
    waitpid(child, &status, 0);
    err = peiling::testing::read_file(err_file);
    return address;
  };
  std::string err;
  CHECK(listening_address({}, err) == "0100007F");  // 127.0.0.1
  CHECK(err.empty());
  CHECK(listening_address({"--listen", "0.0.0.0"}, err) == "00000000");
  CHECK(err.find("Let op: de werkbank luistert op 0.0.0.0") != std::string::npos);
}

TEST_CASE("workbench: coding stores each decision at once, skips and undoes", "[web][workbench]") {
  WorkbenchFixture bench;
  std::int64_t survey = 0;
  {
    Store store(bench.db_path());
    survey = peiling::build_demo_survey(store, std::string(PEILING_SOURCE_DIR) + "/questionnaires/greven-fasen.json");
  }
  const std::string path = "/peilingen/" + std::to_string(survey) + "/coderen";
  CHECK(bench.get(path)->body.find("Je naam als codeur") != std::string::npos);
  CHECK(bench.get(path + "?coder=")->status == 200);
  CHECK(bench.get(path + "?coder=%07bel")->status == 422);

  auto page = bench.get(path + "?coder=ben");
  REQUIRE(page->status == 200);
  CHECK(page->body.find("class=\"answer-card\"") != std::string::npos);
  const std::string response = WorkbenchFixture::hidden_value(page->body, "response");
  const std::string question = WorkbenchFixture::hidden_value(page->body, "question");
  std::smatch code;
  REQUIRE(std::regex_search(page->body, code, std::regex("name=\"code\" value=\"([^\"]+)\" class=\"box")));
  auto ben_codings = [&bench, survey] {
    Store store(bench.db_path());
    std::vector<peiling::CodingRecord> ben;
    for (const auto& coding : store.codings_of(survey))
      if (coding.coder == "ben") ben.push_back(coding);
    return ben;
  };

  // Refused without the CSRF token; stored with it, with its memo.
  httplib::MultipartFormDataItems decision{{"coder", "ben", "", ""}, {"response", response, "", ""},
                                           {"question", question, "", ""}, {"code", code[1].str(), "", ""},
                                           {"memo", "twijfel <b>", "", ""}, {"vanaf", "0", "", ""}};
  CHECK(bench.post(path, decision, false)->status == 403);
  CHECK(ben_codings().empty());
  auto stored = bench.post(path, decision);
  CHECK(stored->status == 303);
  CHECK(stored->get_header_value("Location") == path + "?coder=ben");
  auto ben = ben_codings();
  REQUIRE(ben.size() == 1);
  CHECK(std::to_string(ben[0].response_id) == response);
  CHECK(ben[0].code == code[1].str());
  CHECK(ben[0].memo == "twijfel <b>");
  CHECK(bench.post(path, decision)->status == 400);  // not waiting any more: not stored twice
  auto next = bench.get(path + "?coder=ben");
  CHECK(WorkbenchFixture::hidden_value(next->body, "response") != response);

  auto skipped = bench.get(path + "?coder=ben&vanaf=1");
  CHECK(WorkbenchFixture::hidden_value(skipped->body, "response") !=
        WorkbenchFixture::hidden_value(next->body, "response"));

  CHECK(bench.post(path + "/ongedaan", {{"coder", "ben", "", ""}})->status == 303);
  CHECK(ben_codings().empty());
  CHECK(WorkbenchFixture::hidden_value(bench.get(path + "?coder=ben")->body, "response") == response);
  auto nothing = bench.post(path + "/ongedaan", {{"coder", "ben", "", ""}});
  CHECK(nothing->get_header_value("Location").find("gedaan=niets") != std::string::npos);
}
