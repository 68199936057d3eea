// docs/questionnaire-format.md against the loader: every key the loader accepts is in the
// reference's table for its kind of object (a row starting "| `key` |" after a
// "<!-- keys: OBJECT -->" marker), every documented key is accepted, and every JSON
// example on the page loads (a question on its own is loaded inside a minimal definition).
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "engine/definition_loader.h"

using namespace peiling;

namespace {

const std::string kReference = PEILING_SOURCE_DIR "/docs/questionnaire-format.md";

std::vector<std::string> reference_lines() {
  std::ifstream file(kReference);
  REQUIRE(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(file, line);) lines.push_back(line);
  return lines;
}

// The keys of each "<!-- keys: OBJECT -->" table: the first cell of each row, `key`.
std::map<std::string, std::set<std::string>> documented_keys(const std::vector<std::string>& lines) {
  const std::string marker = "<!-- keys: ";
  std::map<std::string, std::set<std::string>> tables;
  for (std::size_t at = 0; at < lines.size(); ++at) {
    if (lines[at].rfind(marker, 0) != 0) continue;
    const std::string object = lines[at].substr(marker.size(), lines[at].find(" -->") - marker.size());
    std::set<std::string>& keys = tables[object];
    for (std::size_t row = at + 1; row < lines.size() && lines[row].rfind("|", 0) == 0; ++row)
      if (lines[row].rfind("| `", 0) == 0) keys.insert(lines[row].substr(3, lines[row].find('`', 3) - 3));
  }
  return tables;
}

// The text of every ```json block.
std::vector<std::string> json_examples(const std::vector<std::string>& lines) {
  std::vector<std::string> examples;
  bool inside = false;
  for (const std::string& line : lines) {
    if (!inside && line == "```json") {
      inside = true;
      examples.emplace_back();
    } else if (inside && line == "```") {
      inside = false;
    } else if (inside) {
      examples.back() += line + "\n";
    }
  }
  return examples;
}

}  // namespace

TEST_CASE("the format reference documents exactly the keys the loader accepts") {
  const auto documented = documented_keys(reference_lines());
  for (const DefinitionKeyTable& table : accepted_definition_keys()) {
    INFO("object: " << table.object);
    const auto found = documented.find(table.object);
    REQUIRE(found != documented.end());
    for (std::string_view key : table.keys) {
      INFO("key accepted by the loader but not in the reference: " << key);
      CHECK(found->second.count(std::string(key)) == 1);
    }
    for (const std::string& key : found->second) {
      INFO("key in the reference that the loader does not accept: " << key);
      CHECK(std::find(table.keys.begin(), table.keys.end(), key) != table.keys.end());
    }
  }
  CHECK(documented.size() == accepted_definition_keys().size());
}

TEST_CASE("every example in the format reference loads") {
  const auto examples = json_examples(reference_lines());
  REQUIRE(examples.size() >= 9);
  for (const std::string& example : examples) {
    INFO(example);
    const bool whole = example.find("\"questions\"") != std::string::npos;
    const std::string definition =
        whole ? example
              : R"({"id": "t", "title": "T", "groups": [{"id": "a", "label": "A"}], "questions": [)" + example + "]}";
    CHECK_NOTHROW(parse_definition(definition, "example.json"));
  }
}
