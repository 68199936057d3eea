// Reading responses.answer_data (written by answer_json.h) back into answers, for the
// passes that read every response of a survey: the analysis and the exports. One reusable
// reader decodes a response's JSON in place with rapidjson's SAX parser, so a million
// responses cost no allocation each and no second parse (SQLite's json_each parsed each
// response once per question asked about it).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace peiling {

// One stored answer: views into the reader's buffer, valid until it reads the next response.
struct StoredAnswerView {
  std::string_view question;
  std::string_view item;           // "" for questions without items
  std::string_view text;           // the value as stored: "12", "7.5", an option id, an open answer
  std::optional<double> number;    // set when the value is a JSON number (rank, number, likert, matrix)
};

class AnswerDataReader {
 public:
  // The answers of one response, in stored order: by question id, then item id, so the
  // answers of one question stand together. Throws std::runtime_error on text that is not
  // answer_data JSON.
  const std::vector<StoredAnswerView>& read(std::string_view answer_data);

 private:
  std::string buffer_;
  std::vector<StoredAnswerView> answers_;
};

}  // namespace peiling
