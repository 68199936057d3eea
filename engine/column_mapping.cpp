// Loading a --map file with Boost.PropertyTree; see column_mapping.h.
#include "engine/column_mapping.h"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include "engine/fold_case.h"

namespace peiling {

namespace pt = boost::property_tree;

namespace {

void require_object(const pt::ptree& node, const std::string& path, const std::string& name) {
  if (!node.data().empty() && node.empty())
    throw MappingError(path + ": " + name + " must be an object of \"from\": \"to\" pairs");
}

// "columns" and each "values" entry: an object of string -> string.
std::map<std::string, std::string> read_pairs(const pt::ptree& node, const std::string& path, const std::string& name) {
  require_object(node, path, name);
  std::map<std::string, std::string> pairs;
  for (const auto& [from, to] : node) {
    if (from.empty() || !to.empty())
      throw MappingError(path + ": " + name + ": every entry must be \"from\": \"to\" (text to text)");
    pairs[fold_case(from)] = to.data();
  }
  return pairs;
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

ColumnMapping load_column_mapping(const std::string& path) {
  pt::ptree root;
  try {
    pt::read_json(path, root);
  } catch (const pt::json_parser_error& problem) {
    throw MappingError(path + (problem.line() ? ":" + std::to_string(problem.line()) : "") + ": " + problem.message());
  }
  ColumnMapping mapping;
  for (const auto& [key, node] : root) {
    if (key == "columns") {
      mapping.columns = read_pairs(node, path, "columns");
    } else if (key == "ignore") {
      for (const auto& entry : node) mapping.ignored.insert(fold_case(entry.second.data()));
    } else if (key == "values") {
      require_object(node, path, "values");
      for (const auto& [column, labels] : node)
        mapping.values[fold_case(column)] = read_pairs(labels, path, "values." + column);
    } else {
      throw MappingError(path + ": unknown key '" + key + "'; a mapping has columns, ignore and values");
    }
  }
  return mapping;
}

}  // namespace peiling
