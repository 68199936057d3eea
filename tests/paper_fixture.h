// What the paper-form and data-entry tests share: a definition with one question of every
// type, texts that try to break out of HTML and the terminal, and questions limited to one
// group; and a look into a database's stored responses.
#pragma once

#include <string>
#include <vector>

#include "engine/definition_loader.h"
#include "engine/sqlite.h"

namespace peiling::testing {

// Groups "team" (Team) and "leiding" (De Leiding); "uren" and "aanpak" only for "team",
// "visie" only for "leiding".
inline const char* const kAllTypesDefinition = R"({
  "id": "alle-typen", "version": "2", "title": "Alle <b>typen</b> & \"meer\"", "language": "nl",
  "intro": "Inleiding <script>alert('x')</script> \u001b[31mrood",
  "groups": [{"id": "team", "label": "Team"}, {"id": "leiding", "label": "De Leiding"}],
  "questions": [
    {"id": "uren", "type": "number", "text": "Hoeveel uur per week?", "groups": ["team"],
     "min": 0.5, "max": 7.5, "unit": "uur", "integer": false},
    {"id": "volgorde", "type": "rank", "text": "Orden <i>deze</i> drie", "required": true,
     "high_label": "belangrijkst", "low_label": "minst belangrijk",
     "items": [{"id": "a", "label": "Alfa <img src=x onerror=alert(1)>", "description": "Uitleg \u001b[2Jvan alfa"},
               {"id": "b", "label": "Bravo \u001b[1m"}, {"id": "c", "label": "Charlie"}]},
    {"id": "vaak", "type": "choice", "text": "Hoe vaak?", "required": true,
     "options": [{"id": "nooit", "label": "Nooit"}, {"id": "soms", "label": "Soms"}, {"id": "vaak", "label": "Vaak"}]},
    {"id": "wie", "type": "multi", "text": "Met wie?", "max_choices": 2,
     "options": [{"id": "dir", "label": "De directie"}, {"id": "team", "label": "Het team, samen"},
                 {"id": "ouders", "label": "Ouders"}]},
    {"id": "eens", "type": "likert", "text": "Het is duidelijk.",
     "scale": ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"]},
    {"id": "aanpak", "type": "text", "text": "Wat is jouw aanpak?", "groups": ["team"], "max_length": 40},
    {"id": "visie", "type": "text", "text": "Wat is de visie van de leiding?", "groups": ["leiding"]}
  ]
})";

inline Questionnaire all_types_questionnaire() { return parse_definition(kAllTypesDefinition, "alle-typen.json"); }

// Every stored answer of a database as "response group source question item value" lines.
inline std::vector<std::string> stored_answers(const std::string& database_path) {
  SqliteDatabase db(database_path);
  Statement query(db,
                  "SELECT r.id, r.group_id, r.source, a.question_id, a.item_id, a.value FROM responses r "
                  "JOIN answers a ON a.response_id = r.id ORDER BY r.id, a.question_id, a.item_id");
  std::vector<std::string> rows;
  while (query.step())
    rows.push_back(std::to_string(query.column_int(0)) + " " + query.column_text(1) + " " + query.column_text(2) +
                   " " + query.column_text(3) + " " + query.column_text(4) + " " + query.column_text(5));
  return rows;
}

inline int stored_response_count(const std::string& database_path) {
  SqliteDatabase db(database_path);
  Statement query(db, "SELECT count(*) FROM responses");
  query.step();
  return static_cast<int>(query.column_int(0));
}

}  // namespace peiling::testing
