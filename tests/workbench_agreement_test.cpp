// The workbench's pages for a second coder: coding under another name without the first
// coder's codes, the agreement figures as 'peiling code compare' computes them (per question,
// overall, per code), resolving the disagreements side by side into agreed codes as `code
// resolve` stores them, and several codes per answer where the frame allows it.
#include <catch2/catch.hpp>

#include <regex>

#include "base/messages.h"
#include "engine/definition_loader.h"
#include "engine/store.h"
#include "workbench_fixture.h"

using peiling::CodingRecord;
using peiling::ResponseSource;
using peiling::Store;
using peiling::testing::WorkbenchFixture;

namespace {

const std::string kSecond = "codeur <2>";  // a name that must be escaped wherever it is shown
const std::string kSecondInUrl = "codeur%20%3C2%3E";

std::string definition(bool multiple) {
  return std::string(R"({"id": "t", "title": "Taken", "groups": [{"id": "ib", "label": "IB'ers"}],
    "coding_frames": [{"id": "taken", "label": "Taken", "multiple": )") +
         (multiple ? "true" : "false") + R"(, "codes": [
      {"id": "coach", "label": "Coachen"}, {"id": "lvs", "label": "Leerlingvolgsysteem"},
      {"id": "overleg", "label": "Overleg"}]}],
    "questions": [{"id": "wat", "type": "text", "text": "Wat doe je het meest?", "coding_frame": "taken"}]})";
}

// A survey with four answers; returns its id and the answers' response ids.
std::int64_t survey_with_answers(const WorkbenchFixture& bench, bool multiple, std::vector<std::int64_t>& responses) {
  Store store(bench.db_path());
  const std::string text = definition(multiple);
  const auto survey =
      store.create_survey(store.save_questionnaire(text, peiling::parse_definition(text, "t.json")), "taken", {{"ib", 9}});
  for (const char* answer : {"Coachen van collega's", "Het LVS bijhouden <script>", "Overleg met ouders", "Van alles"})
    responses.push_back(store.add_response(survey, {"ib", {{"wat", "", answer}}}, ResponseSource::web));
  return survey;
}

// ben: coach, lvs, overleg, coach; the second coder: coach, coach, overleg, lvs (2 of 4 alike).
void code_both(const WorkbenchFixture& bench, const std::vector<std::int64_t>& responses, bool second_too) {
  Store store(bench.db_path());
  const char* ben[] = {"coach", "lvs", "overleg", "coach"};
  const char* second[] = {"coach", "coach", "overleg", "lvs"};
  for (std::size_t i = 0; i < 4; ++i) {
    store.record_decision(responses[i], "wat", "ben", {ben[i]}, "");
    if (second_too && i > 0) store.record_decision(responses[i], "wat", kSecond, {second[i]}, "");
  }
}

std::vector<CodingRecord> agreed(const WorkbenchFixture& bench, std::int64_t survey) {
  Store store(bench.db_path());
  return store.agreed_codings_of(survey);
}

bool has(const std::string& body, const std::string& part) { return body.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("workbench: a second coder codes unseen, and the agreement page shows the figures per question and code",
          "[web][workbench][agreement]") {
  WorkbenchFixture bench;
  std::vector<std::int64_t> responses;
  const auto survey = survey_with_answers(bench, false, responses);
  const std::string base = "/peilingen/" + std::to_string(survey);
  CHECK(has(bench.get(base + "/overeenstemming")->body, "twee codeurs nodig; in deze peiling heeft er nu 0"));
  code_both(bench, responses, false);

  // The coder page offers the coders so far; the second coder's card shows no code of ben's.
  CHECK(has(bench.get(base + "/coderen")->body, "?coder=ben\">ben</a>"));
  auto card = bench.get(base + "/coderen?coder=" + kSecondInUrl);
  REQUIRE(card->status == 200);
  CHECK(WorkbenchFixture::hidden_value(card->body, "response") == std::to_string(responses[0]));
  CHECK_FALSE(has(card->body, ">ben<"));
  CHECK(has(card->body, "codeur &lt;2&gt;"));
  auto coded = bench.post(base + "/coderen", {{"coder", kSecond, "", ""}, {"response", std::to_string(responses[0]), "", ""},
                                              {"question", "wat", "", ""}, {"code", "coach", "", ""}, {"vanaf", "0", "", ""}});
  CHECK(coded->status == 303);
  code_both(bench, responses, true);

  // By default the survey's first two coders (in order of their first coding).
  CHECK(has(bench.get(base + "/overeenstemming")->body, "<option value=\"codeur &lt;2&gt;\" selected>"));
  const auto page = bench.get(base + "/overeenstemming?a=ben&b=" + kSecondInUrl);
  REQUIRE(page->status == 200);
  const std::string& html = page->body;
  CHECK_FALSE(has(html, "<2>"));
  CHECK(has(html, "<td>4</td><td>50% (2 van 4)</td><td>0,200</td>"));  // kappa (0.5 - 0.375) / 0.625
  CHECK(has(html, "<th scope=\"row\">Alle vragen samen</th><td>4</td><td>50% (2 van 4)</td>"));
  CHECK(has(html, "<td>0,200</td><td>0,300</td><td>2</td><td>2</td></tr>"));  // alpha, disagreements, open
  // Per code: coach 2 and 2 times, once together (2 * 1 / 4); overleg once each, together.
  CHECK(has(html, "<span class=\"code-id\">coach</span> Coachen</th><td>2</td><td>2</td><td>1</td><td>0,500</td>"));
  CHECK(has(html, "<span class=\"code-id\">overleg</span> Overleg</th><td>1</td><td>1</td><td>1</td><td>1,000</td>"));
  CHECK(has(html, "Kruistabel: rijen ben, kolommen codeur &lt;2&gt;"));
  CHECK(has(html, "Verschillen oplossen (2 open)"));

  CHECK(bench.get(base + "/overeenstemming?a=ben&b=zoe")->status == 400);
  CHECK(bench.get(base + "/overeenstemming?a=ben&b=ben")->status == 400);
}

TEST_CASE("workbench: disagreements are resolved side by side into agreed codes, as 'peiling code resolve' stores them",
          "[web][workbench][agreement]") {
  WorkbenchFixture bench;
  std::vector<std::int64_t> responses;
  const auto survey = survey_with_answers(bench, false, responses);
  code_both(bench, responses, true);
  {
    Store store(bench.db_path());
    store.record_decision(responses[0], "wat", kSecond, {"coach"}, "");
  }
  const std::string path = "/peilingen/" + std::to_string(survey) + "/overeenstemming/oplossen";
  const std::string pair = "?a=ben&b=" + kSecondInUrl;
  auto page = bench.get(path + pair);
  REQUIRE(page->status == 200);
  CHECK(has(page->body, "Verschil 1 van 2"));
  CHECK(has(page->body, "Het LVS bijhouden &lt;script&gt;"));
  CHECK(WorkbenchFixture::hidden_value(page->body, "response") == std::to_string(responses[1]));
  // Both coders side by side, each with the button that takes their code.
  CHECK(std::regex_search(page->body, std::regex("<h3 id=\"side-a\">ben</h3><p class=\"side-codes\"><span "
                                                 "class=\"code-id\">lvs</span> Leerlingvolgsysteem</p>")));
  CHECK(std::regex_search(page->body, std::regex("<h3 id=\"side-b\">codeur &lt;2&gt;</h3><p class=\"side-codes\"><span "
                                                 "class=\"code-id\">coach</span> Coachen</p>")));
  CHECK(has(page->body, "type=\"radio\" id=\"own-4\" name=\"codes\" value=\"niet te plaatsen\""));

  auto choose = [&](std::size_t response, const std::string& choice, httplib::MultipartFormDataItems more = {},
                    bool csrf = true) {
    httplib::MultipartFormDataItems items{{"a", "ben", "", ""}, {"b", kSecond, "", ""},
                                          {"response", std::to_string(responses[response]), "", ""},
                                          {"question", "wat", "", ""}, {"choice", choice, "", ""}, {"vanaf", "0", "", ""}};
    items.insert(items.end(), more.begin(), more.end());
    return bench.post(path, items, csrf);
  };
  CHECK(choose(1, "1", {}, false)->status == 403);
  CHECK(agreed(bench, survey).empty());
  CHECK(choose(0, "0")->status == 400);  // they agree on the first answer: nothing to resolve
  CHECK(choose(1, "eigen")->status == 400);  // no code chosen
  CHECK(choose(1, "eigen", {{"codes", "geen-code", "", ""}})->status == 400);  // not in the frame
  CHECK(agreed(bench, survey).empty());

  auto taken = choose(1, "1");  // the second coder's code
  CHECK(taken->status == 303);
  // (the client decodes the Location header: codeur%20%3C2%3E was sent)
  CHECK(taken->get_header_value("Location") == path + "?a=ben&b=" + kSecond + "&vanaf=0&gedaan=1");
  auto own = choose(3, "eigen", {{"codes", "overleg", "", ""}, {"memo", "besproken <b>", "", ""}});
  CHECK(own->status == 303);
  const auto codes = agreed(bench, survey);
  REQUIRE(codes.size() == 2);
  CHECK((codes[0].response_id == responses[1] && codes[0].code == "coach"));
  CHECK((codes[1].response_id == responses[3] && codes[1].code == "overleg" && codes[1].memo == "besproken <b>"));

  auto done = bench.get(path + pair + "&gedaan=1");
  CHECK(has(done->body, "Alle 2 verschillen hebben een overeengekomen code."));
  CHECK(has(done->body, "<td><span class=\"code-id\">overleg</span> Overleg</td></tr>"));  // agreed, in the overview
  CHECK(has(bench.get("/peilingen/" + std::to_string(survey) + "/overeenstemming")->body, "Verschillen oplossen (0 open)"));
}

TEST_CASE("workbench: a frame that allows several codes takes them as one decision, and resolves to several",
          "[web][workbench][agreement]") {
  WorkbenchFixture bench;
  std::vector<std::int64_t> responses;
  const auto survey = survey_with_answers(bench, true, responses);
  const std::string path = "/peilingen/" + std::to_string(survey) + "/coderen";
  auto page = bench.get(path + "?coder=anna");
  REQUIRE(page->status == 200);
  CHECK(has(page->body, "<input type=\"checkbox\" id=\"several-1\" name=\"codes\" value=\"lvs\">"));
  httplib::MultipartFormDataItems decision{{"coder", "anna", "", ""}, {"response", std::to_string(responses[0]), "", ""},
                                           {"question", "wat", "", ""}, {"meer", "1", "", ""}, {"vanaf", "0", "", ""}};
  CHECK(bench.post(path, decision)->status == 400);  // no box ticked
  decision.push_back({"codes", "coach", "", ""});
  decision.push_back({"codes", "lvs", "", ""});
  CHECK(bench.post(path, decision)->status == 303);
  std::vector<std::string> anna;
  {
    Store store(bench.db_path());
    for (const auto& coding : store.codings_of(survey))
      if (coding.coder == "anna") anna.push_back(coding.code);
    store.record_decision(responses[0], "wat", "bo", {"coach"}, "");
  }
  CHECK(anna == std::vector<std::string>{"coach", "lvs"});
  // Single-frame boxes still give one code each: no checkboxes there.
  std::vector<std::int64_t> other;
  const auto single = survey_with_answers(bench, false, other);
  CHECK_FALSE(has(bench.get("/peilingen/" + std::to_string(single) + "/coderen?coder=anna")->body, "name=\"codes\""));

  const std::string resolve = "/peilingen/" + std::to_string(survey) + "/overeenstemming/oplossen";
  auto disagreement = bench.get(resolve + "?a=anna&b=bo");
  CHECK(has(disagreement->body, "<span class=\"code-id\">coach</span> Coachen + <span class=\"code-id\">lvs</span>"));
  CHECK(has(disagreement->body, "type=\"checkbox\" id=\"own-3\" name=\"codes\" value=\"overleg\""));
  auto stored = bench.post(resolve, {{"a", "anna", "", ""}, {"b", "bo", "", ""},
                                     {"response", std::to_string(responses[0]), "", ""}, {"question", "wat", "", ""},
                                     {"choice", "eigen", "", ""}, {"codes", "lvs", "", ""}, {"codes", "overleg", "", ""}});
  CHECK(stored->status == 303);
  const auto codes = agreed(bench, survey);
  REQUIRE(codes.size() == 2);
  CHECK((codes[0].code == "lvs" && codes[1].code == "overleg"));
}

TEST_CASE("workbench: the agreement and resolve pages speak English with --lang en", "[web][workbench][messages]") {
  WorkbenchFixture bench;
  std::vector<std::int64_t> responses;
  const auto survey = survey_with_answers(bench, false, responses);
  code_both(bench, responses, true);
  const std::string base = "/peilingen/" + std::to_string(survey) + "/overeenstemming";
  peiling::set_user_language(peiling::Language::en);
  const auto figures = bench.get(base);
  const auto resolve = bench.get(base + "/oplossen");
  peiling::set_user_language(peiling::Language::nl);
  CHECK(has(figures->body, "<caption>Agreement per code</caption>"));
  CHECK(has(figures->body, "<td>3</td><td>33% (1 of 3)</td>"));
  CHECK(has(resolve->body, "Disagreement 1 of 2"));
  CHECK(has(resolve->body, "Take ben&#39;s code"));
}
