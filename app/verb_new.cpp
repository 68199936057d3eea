// `peiling new FILE [--from QUESTIONNAIRE]`: a definition to start from, that validates as
// written: a small starter whose own texts say what to replace (JSON has no comments, and
// the format keeps no comment keys: every key is one peiling reads), or a copy of a bundled
// or other definition with a new id. Both name the JSON Schema for editors.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "app/questionnaire_files.h"
#include "app/verbs.h"
#include "base/escape.h"
#include "base/messages.h"
#include "engine/definition_loader.h"

namespace peiling {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSchemaKey = "\"$schema\": \"";

// The starter: every question type a short poll needs, a conditional question, and texts
// that say what to change, in Dutch (the default). %ID%, %SCHEMA% are filled in.
constexpr std::string_view kStarter = R"({
  "$schema": "%SCHEMA%",
  "id": "%ID%",
  "version": "1",
  "title": "Vervang deze titel door de titel van je peiling",
  "language": "nl",
  "intro": "Vervang deze tekst: waarvoor is de peiling, wat gebeurt er met de antwoorden, en dat ze anoniem zijn. Alle sleutels staan in docs/questionnaire-format.md.",
  "groups": [
    {"id": "directie", "label": "Directie"},
    {"id": "ib", "label": "Intern begeleiders"},
    {"id": "leerkrachten", "label": "Leerkrachten"}
  ],
  "questions": [
    {
      "id": "hoe-vaak",
      "type": "choice",
      "text": "Een vraag met één antwoord: hoe vaak ...?",
      "help": "Kies één antwoord.",
      "required": true,
      "options": [
        {"id": "nooit", "label": "Nooit"},
        {"id": "soms", "label": "Soms"},
        {"id": "vaak", "label": "Vaak"}
      ]
    },
    {
      "id": "waarom-niet",
      "type": "text",
      "text": "Een vervolgvraag, alleen voor wie 'Nooit' koos: waarom niet?",
      "show_if": {"question": "hoe-vaak", "is": ["nooit"]},
      "max_length": 1000
    },
    {
      "id": "eens",
      "type": "likert",
      "text": "Een stelling op een schaal: ik vind ... belangrijk.",
      "scale": ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"]
    },
    {
      "id": "tip",
      "type": "text",
      "text": "Een open vraag: wat kan er beter?",
      "max_length": 1000
    }
  ]
}
)";

// The same starter for a user who works in English (--lang en): a questionnaire in English.
constexpr std::string_view kStarterEnglish = R"({
  "$schema": "%SCHEMA%",
  "id": "%ID%",
  "version": "1",
  "title": "Replace this title with the title of your survey",
  "language": "en",
  "intro": "Replace this text: what the survey is for, what happens to the answers, and that they are anonymous. Every key is described in docs/questionnaire-format.md.",
  "groups": [
    {"id": "management", "label": "Management"},
    {"id": "coordinators", "label": "Special needs coordinators"},
    {"id": "teachers", "label": "Teachers"}
  ],
  "questions": [
    {
      "id": "how-often",
      "type": "choice",
      "text": "A question with one answer: how often do you ...?",
      "help": "Choose one answer.",
      "required": true,
      "options": [
        {"id": "never", "label": "Never"},
        {"id": "sometimes", "label": "Sometimes"},
        {"id": "often", "label": "Often"}
      ]
    },
    {
      "id": "why-not",
      "type": "text",
      "text": "A follow-up question, only for those who chose 'Never': why not?",
      "show_if": {"question": "how-often", "is": ["never"]},
      "max_length": 1000
    },
    {
      "id": "agree",
      "type": "likert",
      "text": "A statement on a scale: I find ... important.",
      "scale": ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"]
    },
    {
      "id": "tip",
      "type": "text",
      "text": "An open question: what could be better?",
      "max_length": 1000
    }
  ]
}
)";

// The file's name as an id: lowercase, spaces as '-', only a-z, 0-9, '_' and '-'.
std::string id_from_file_name(const fs::path& file) {
  std::string id;
  for (char c : file.stem().string()) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ') c = '-';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') id += c;
  }
  return id.empty() ? "mijn-peiling" : id;
}

// Where the schema is, seen from the new file, so an editor finds it.
std::string schema_reference(const fs::path& file) {
  const fs::path schema = fs::absolute(fs::path(bundled_questionnaire_dir()) / "peiling-questionnaire.schema.json");
  const fs::path relative = schema.lexically_relative(fs::absolute(file).parent_path());
  return relative.empty() ? schema.generic_string() : relative.generic_string();
}

void replace_first(std::string& text, const std::string& from, const std::string& to) {
  if (const auto at = text.find(from); at != std::string::npos) text.replace(at, from.size(), to);
}

// A copy of the definition at `source` with the id `id`: the first "id" of the text is the
// questionnaire's own in every definition peiling writes; the check after writing says so
// when it is not.
std::string copy_with_id(const std::string& source, const std::string& id, const std::string& schema) {
  std::string definition = read_definition_text(source);
  const Questionnaire original = parse_definition(definition, source);
  replace_first(definition, "\"id\": \"" + original.id + "\"", "\"id\": \"" + id + "\"");
  if (const auto at = definition.find(kSchemaKey); at != std::string::npos) {
    const auto value = at + kSchemaKey.size();
    definition.replace(value, definition.find('"', value) - value, schema);
  }
  return definition;
}

}  // namespace

int run_new(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::new_usage), text(Msg::new_purpose));
  const std::string file_help = text(Msg::new_option_file);
  const std::string from_help = text(Msg::new_option_from);
  options.add()("file", po::value<std::string>()->required(), file_help.c_str())(
      "from", po::value<std::string>(), from_help.c_str());
  options.positional("file", 1);
  if (!options.parse(args, io)) return 0;
  const fs::path file = options.get<std::string>("file");
  if (fs::exists(file)) throw std::runtime_error(text(Msg::new_exists, file.string()));
  const std::string id = id_from_file_name(file);
  const std::string schema = schema_reference(file);
  std::string definition;
  if (options.has("from")) {
    definition = copy_with_id(resolve_questionnaire_path(options.get<std::string>("from")), id, schema);
  } else {
    definition = user_language() == Language::en ? kStarterEnglish : kStarter;
    replace_first(definition, "%SCHEMA%", schema);
    replace_first(definition, "%ID%", id);
  }
  const Questionnaire written = parse_definition(definition, file.string());  // never write what would not validate
  if (written.id != id) throw std::runtime_error(text(Msg::new_copy_id_failed, file.string(), id));
  std::ofstream out(file, std::ios::binary);
  out << definition;
  if (!out) throw std::runtime_error(text(Msg::new_cannot_write, file.string()));
  io.out << escape_terminal(file.string() + ": " + summarize(written)) << "\n"
         << escape_terminal(text(Msg::new_check_hint, file.string())) << "\n";
  return 0;
}

}  // namespace peiling
