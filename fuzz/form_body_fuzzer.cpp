// libFuzzer harness for a posted web form, the way the server's POST /g/GROUP takes it:
// read_form_body (cpp-httplib's form parsing, fed in chunks), the UTF-8 check, then
// draft_from_fields, validate_response, problems_by_question and the form page shown again
// with the entered values and the problems. The page must always be valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <cstdlib>
#include <string>

#include "base/utf8.h"
#include "engine/definition_loader.h"
#include "web/form_fields.h"
#include "web/form_page.h"
#include "web/server_state.h"

namespace {

using namespace peiling;

const Questionnaire& questionnaire() {
  static const Questionnaire loaded = load_definition_file(PEILING_SOURCE_DIR "/questionnaires/ib-taken-bespreking.json");
  return loaded;
}

bool all_utf8(const web::FormFields& fields) {
  for (const auto& [name, value] : fields)
    if (!is_valid_utf8(name) || !is_valid_utf8(value)) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string body(reinterpret_cast<const char*>(data), size);
  httplib::Request request;
  request.headers.emplace("Content-Type", "application/x-www-form-urlencoded");
  const httplib::ContentReader reader(
      [&body](httplib::ContentReceiver receive) {
        for (std::size_t at = 0; at < body.size(); at += 1000)  // in chunks, as a socket delivers it
          if (!receive(body.data() + at, std::min<std::size_t>(1000, body.size() - at))) return false;
        return true;
      },
      [](httplib::MultipartContentHeader, httplib::ContentReceiver) { return false; });
  web::FormFields fields;
  if (web::read_form_body(request, reader, fields) != web::BodyRead::ok || !all_utf8(fields)) return 0;

  const Questionnaire& survey = questionnaire();
  for (const RespondentGroup& group : survey.groups) {
    const ResponseDraft draft = web::draft_from_fields(survey, group.id, fields);
    const auto problems = validate_response(survey, draft);
    web::FormState state{fields, web::problems_by_question(problems), "csrf", "nonce", ""};
    if (!is_valid_utf8(web::form_page(survey, group, state))) std::abort();
  }
  return 0;
}
