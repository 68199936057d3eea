// JSON parsing with line numbers, and the node-level checks of a definition file.
#include "engine/definition_reader.h"

#include <algorithm>
#include <boost/property_tree/json_parser/detail/read.hpp>
#include <charconv>
#include <cmath>
#include <iterator>
#include <set>

#include "base/utf8.h"
#include "engine/definition_loader.h"
#include "engine/json_prescan.h"
#include "engine/json_slips.h"

namespace peiling {

using boost::property_tree::ptree;

namespace {

// An input iterator over the text that counts the newlines and characters it passes, so
// the parser's callbacks can tell on which line and column each value starts.
class LineCountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  LineCountingIterator() = default;
  LineCountingIterator(const char* position, TextPosition* where) : position_(position), where_(where) {}

  reference operator*() const { return *position_; }
  LineCountingIterator& operator++() {
    if (*position_ == '\n') {
      ++where_->line;
      where_->column = 1;
    } else if ((static_cast<unsigned char>(*position_) & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
      ++where_->column;
    }
    ++position_;
    return *this;
  }
  LineCountingIterator operator++(int) {
    LineCountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const LineCountingIterator& other) const { return position_ == other.position_; }

 private:
  const char* position_ = nullptr;
  TextPosition* where_ = nullptr;
};

constexpr std::string_view kRootPath = "top level";

}  // namespace

// Parser callbacks that build the ptree as Boost's standard_callbacks do, and also record
// each node's kind and first line in the JsonTree.
class JsonTreeBuilder {
 public:
  using char_type = char;

  JsonTreeBuilder(JsonTree& tree, const TextPosition& where) : tree_(tree), where_(where) {}

  // The parser calls back after it has read a literal, or the opening bracket or quote of
  // a container or string (a number's first digit it passes before reading it): `read`
  // is how many characters back the node starts.
  void on_null() { new_scalar(JsonKind::null, 4) = "null"; }
  void on_boolean(bool value) { new_scalar(JsonKind::boolean, value ? 4 : 5) = value ? "true" : "false"; }
  void on_begin_number() { new_scalar(JsonKind::number, 0); }
  void on_digit(char digit) { *current_text_ += digit; }
  void on_end_number() {}
  void on_begin_string() {
    if (stack_.empty() || stack_.back().kind != JsonKind::object || has_key_) {
      new_scalar(JsonKind::string, 1);
      return;
    }
    key_.clear();
    current_text_ = &key_;
    has_key_ = true;
  }
  void on_code_unit(char unit) { *current_text_ += unit; }
  void on_end_string() {}
  void on_begin_array() { stack_.push_back({JsonKind::array, &new_node(JsonKind::array, 1)}); }
  void on_end_array() { stack_.pop_back(); }
  void on_begin_object() { stack_.push_back({JsonKind::object, &new_node(JsonKind::object, 1)}); }
  void on_end_object() { stack_.pop_back(); }

 private:
  struct Container {
    JsonKind kind;
    ptree* node;
  };

  ptree& new_node(JsonKind kind, int read) {
    ptree* node = &tree_.root_;
    if (!stack_.empty()) {
      ptree& parent = *stack_.back().node;
      node = &parent.push_back({stack_.back().kind == JsonKind::object ? key_ : "", ptree()})->second;
      has_key_ = false;
    }
    tree_.info_[node] = {kind, where_.line, where_.column - read};
    return *node;
  }
  std::string& new_scalar(JsonKind kind, int read) {
    current_text_ = &new_node(kind, read).data();
    return *current_text_;
  }

  JsonTree& tree_;
  const TextPosition& where_;
  std::vector<Container> stack_;
  std::string key_;
  bool has_key_ = false;
  std::string* current_text_ = nullptr;
};

JsonTree::JsonTree(const std::string& text, std::string source_name)
    : source_name_(std::move(source_name)) {
  namespace json = boost::property_tree::json_parser;
  const auto at_offset = [&](std::size_t offset, std::string problem) {
    const TextPosition where = text_position(text, offset);
    return DefinitionProblem{source_name_, where.line, where.column, "", std::move(problem)};
  };
  if (const auto problem = prescan_json(text))  // before the parser, which recurses per level
    throw DefinitionError({at_offset(problem->offset, problem->problem)});
  const bool bom = text.rfind("\xEF\xBB\xBF", 0) == 0;  // the parser skips it; it is no column
  TextPosition where{1, bom ? 0 : 1};
  JsonTreeBuilder builder(*this, where);
  json::detail::utf8_utf8_encoding encoding;
  LineCountingIterator first(text.data(), &where);
  LineCountingIterator last(text.data() + text.size(), &where);
  try {
    json::detail::read_json_internal(first, last, encoding, builder, source_name_);
  } catch (const json::json_parser_error& error) {
    // The slip finder names the usual mistakes, all of them, with line and column; the
    // parser's own message is the fallback when it finds none.
    const JsonSlips found = find_json_slips(text);
    std::vector<DefinitionProblem> slips;
    for (const JsonSlip& slip : found.slips) slips.push_back(at_offset(slip.offset, slip.problem));
    if (slips.empty()) {
      DefinitionProblem parser{source_name_, static_cast<int>(error.line()), 0, "", "invalid JSON: " + error.message()};
      if (found.stop != std::string_view::npos && at_offset(found.stop, "").line == parser.line)
        parser.column = at_offset(found.stop, "").column;
      slips.push_back(parser);
    }
    throw DefinitionError(std::move(slips));
  }
}

JsonTree::NodeInfo JsonTree::info(const ptree& node) const {
  auto found = info_.find(&node);
  return found == info_.end() ? NodeInfo{JsonKind::null, 0, 0} : found->second;
}

JsonTree::Position JsonTree::position_of(std::string_view path) const {
  const ptree* node = &root_;
  Position position{info(*node).line, info(*node).column};
  while (!path.empty()) {
    const std::size_t end = path.find_first_of(".[", 1);
    std::string_view step = path.substr(0, end);
    path = end == std::string_view::npos ? "" : path.substr(end);
    if (step.front() == '.') step.remove_prefix(1);
    const ptree* next = nullptr;
    if (step.front() == '[') {
      std::size_t index = 0;
      std::from_chars(step.data() + 1, step.data() + step.size(), index);
      if (index < node->size()) next = &std::next(node->begin(), static_cast<long>(index))->second;
    } else if (auto child = node->find(std::string(step)); child != node->not_found()) {
      next = &child->second;
    }
    if (next == nullptr) break;
    node = next;
    position = {info(*node).line, info(*node).column};
  }
  return position;
}

void JsonTree::report(std::vector<DefinitionProblem> problems) const {
  problems_.insert(problems_.end(), std::make_move_iterator(problems.begin()), std::make_move_iterator(problems.end()));
}

JsonNode::JsonNode(const JsonTree& tree, const ptree& node, std::string path)
    : tree_(&tree), node_(&node), path_(std::move(path)) {}

DefinitionProblem JsonNode::problem(const std::string& problem) const {
  return {tree_->source_name(), line(), column(), path_.empty() ? std::string(kRootPath) : path_, problem};
}

void JsonNode::fail(const std::string& problem) const { throw DefinitionError({this->problem(problem)}); }

std::string JsonNode::child_path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void JsonNode::expect_kind(JsonKind kind, std::string_view expected) const {
  if (this->kind() != kind)
    fail("expected " + std::string(expected) + ", found " + std::string(to_string(this->kind())));
}

void JsonNode::expect_object() const {
  expect_kind(JsonKind::object, "an object");
  std::set<std::string> seen;
  for (const auto& [key, value] : *node_)
    if (!seen.insert(key).second)
      JsonNode(*tree_, value, child_path(key)).fail("duplicate key '" + key + "'");
}

std::vector<std::string> JsonNode::keys() const {
  std::vector<std::string> keys;
  for (const auto& entry : *node_) keys.push_back(entry.first);
  return keys;
}

void JsonNode::check_keys(std::span<const std::string_view> allowed) const {
  std::vector<DefinitionProblem> problems;
  for (const auto& entry : *node_)
    if (std::find(allowed.begin(), allowed.end(), entry.first) == allowed.end())
      problems.push_back(unknown_key(entry.first, std::vector<std::string_view>(allowed.begin(), allowed.end())));
  if (!problems.empty()) throw DefinitionError(std::move(problems));
}

DefinitionProblem JsonNode::unknown_key(const std::string& key, const std::vector<std::string_view>& candidates) const {
  std::string problem = "unknown key '" + key + "'";
  if (std::string_view near = nearest_word(key, candidates); !near.empty())
    problem += " (did you mean '" + std::string(near) + "'?)";
  return JsonNode(*tree_, node_->find(key)->second, child_path(key)).problem(problem);
}

std::optional<JsonNode> JsonNode::child(std::string_view key) const {
  auto found = node_->find(std::string(key));
  if (found == node_->not_found()) return std::nullopt;
  return JsonNode(*tree_, found->second, child_path(key));
}

JsonNode JsonNode::required(std::string_view key) const {
  if (auto found = child(key)) return *found;
  throw DefinitionError(tree_->source_name(), line(), child_path(key), "required key is missing", column());
}

std::vector<JsonNode> JsonNode::elements() const {
  expect_kind(JsonKind::array, "an array");
  std::vector<JsonNode> elements;
  for (const auto& entry : *node_)
    elements.emplace_back(*tree_, entry.second, path_ + "[" + std::to_string(elements.size()) + "]");
  return elements;
}

std::string JsonNode::text() const {
  if (kind() == JsonKind::object || kind() == JsonKind::array || kind() == JsonKind::null)
    fail("expected a string, found " + std::string(to_string(kind())));
  return node_->data();
}

std::string JsonNode::nonempty_text() const {
  std::string value = text();
  if (value.find_first_not_of(" \t\r\n") == std::string::npos) fail("must not be empty");
  return value;
}

double JsonNode::number() const {
  const std::string value = text();
  double number = 0;
  const char* end = value.data() + value.size();
  auto [stop, error] = std::from_chars(value.data(), end, number);
  if (value.empty() || error != std::errc() || stop != end || !std::isfinite(number))
    fail("'" + value + "' is not a number");
  return number;
}

long JsonNode::whole_number(long minimum) const {
  const std::string value = text();
  long number = 0;
  const char* end = value.data() + value.size();
  auto [stop, error] = std::from_chars(value.data(), end, number);
  if (value.empty() || error != std::errc() || stop != end)
    fail("'" + value + "' is not a whole number");
  if (number < minimum) fail("must be at least " + std::to_string(minimum));
  return number;
}

bool JsonNode::boolean() const {
  const std::string value = text();
  if (value != "true" && value != "false") fail("'" + value + "' is not true or false");
  return value == "true";
}

std::string_view to_string(JsonKind kind) {
  switch (kind) {
    case JsonKind::object: return "an object";
    case JsonKind::array: return "an array";
    case JsonKind::string: return "a string";
    case JsonKind::number: return "a number";
    case JsonKind::boolean: return "true or false";
    case JsonKind::null: return "null";
  }
  return "?";
}

namespace {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
// neighbouring letters each cost 1, so "itmes" is 1 away from "items".
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::string_view nearest_word(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::size_t limit = word.size() <= 4 ? 1 : 2;
  std::string_view best;
  std::size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace peiling
