// Loading a --map file through the definition reader (JsonTree: the UTF-8 and nesting
// checks, line numbers, node paths); see column_mapping.h. Like a definition, a mapping
// reports every problem at once, one per line, in file order.
#include "engine/column_mapping.h"

#include <algorithm>

#include "base/messages.h"

#include "engine/definition_loader.h"
#include "engine/definition_reader.h"
#include "engine/fold_case.h"

namespace peiling {

namespace {

// "columns" and each "values" entry: an object of text -> text.
std::map<std::string, std::string> read_pairs(const JsonNode& node) {
  if (node.kind() != JsonKind::object) node.fail(node.say(Msg::mapping_pairs));
  node.expect_object();  // and no key twice
  std::map<std::string, std::string> pairs;
  for (const std::string& from : node.keys()) {
    node.attempt([&] {
      const JsonNode to = node.required(from);
      if (from.empty() || to.kind() == JsonKind::object || to.kind() == JsonKind::array || to.kind() == JsonKind::null)
        to.fail(to.say(Msg::mapping_entry));
      pairs[fold_case(from)] = to.text();
    });
  }
  return pairs;
}

void read_entry(const JsonNode& node, const std::string& key, ColumnMapping& mapping) {
  if (key == "columns") {
    mapping.columns = read_pairs(node);
  } else if (key == "ignore") {
    for (const JsonNode& header : node.elements())
      node.attempt([&] { mapping.ignored.insert(fold_case(header.text())); });
  } else if (key == "values") {
    if (node.kind() != JsonKind::object) node.fail(node.say(Msg::mapping_columns_object));
    node.expect_object();
    for (const std::string& column : node.keys())
      node.attempt([&] { mapping.values[fold_case(column)] = read_pairs(node.required(column)); });
  } else {
    throw DefinitionError({node.problem_at_key(node.say(Msg::mapping_unknown_key, key))});
  }
}

ColumnMapping read_mapping(const JsonNode& root) {
  root.expect_object();
  ColumnMapping mapping;
  for (const std::string& key : root.keys()) {
    const JsonNode node = root.required(key);
    root.attempt([&] { read_entry(node, key, mapping); });
  }
  return mapping;
}

}  // namespace

const std::string* ColumnMapping::value_for(const std::string& column, const std::string& question_id,
                                            const std::string& folded_cell) const {
  for (const std::string* key : {&column, &question_id}) {
    const auto labels = values.find(fold_case(*key));
    if (labels == values.end()) continue;
    const auto found = labels->second.find(folded_cell);
    if (found != labels->second.end()) return &found->second;
  }
  return nullptr;
}

ColumnMapping parse_column_mapping(const std::string& text, const std::string& source_name) {
  try {
    const JsonTree tree(text, source_name);
    const JsonNode root(tree, tree.root(), "");
    ColumnMapping mapping;
    root.attempt([&] { mapping = read_mapping(root); });
    if (!tree.problems().empty()) throw DefinitionError(in_file_order(tree.problems()));
    return mapping;
  } catch (const DefinitionError& problem) {
    throw MappingError(problem.what());
  }
}

ColumnMapping load_column_mapping(const std::string& path) {
  std::string text;
  try {
    text = read_definition_text(path);
  } catch (const DefinitionError& problem) {
    throw MappingError(problem.what());
  }
  return parse_column_mapping(text, path);
}

}  // namespace peiling
