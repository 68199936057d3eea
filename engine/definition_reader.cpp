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

// Boost's parser speaks English; its messages (boost/property_tree/json_parser/detail/
// parser.hpp) in the catalogue, so a Dutch user reads Dutch. A message not listed here
// (a newer Boost) is shown as the parser gives it.
std::string parser_message(const std::string& message, Language language) {
  struct Known {
    std::string_view english;
    Msg id;
  };
  static constexpr Known kKnown[] = {{"expected value", Msg::def_json_expected_value},
                                     {"garbage after data", Msg::def_json_garbage},
                                     {"expected ':'", Msg::def_json_expected_colon},
                                     {"expected ']' or ','", Msg::def_json_expected_array_end},
                                     {"expected '}' or ','", Msg::def_json_expected_object_end},
                                     {"expected key string", Msg::def_json_expected_key},
                                     {"unterminated string", Msg::def_json_unterminated_string},
                                     {"expected digits after -", Msg::def_json_digit_after_minus},
                                     {"need at least one digit after '.'", Msg::def_json_digit_after_point},
                                     {"need at least one digit in exponent", Msg::def_json_digit_in_exponent},
                                     {"invalid escape sequence", Msg::def_json_bad_escape}};
  for (const Known& known : kKnown)
    if (message == known.english) return text_in(language, known.id);
  for (std::string_view word : {"null", "true", "false"})
    if (message == "expected '" + std::string(word) + "'") return text_in(language, Msg::def_json_expected_word, word);
  if (message.rfind("invalid code", 0) == 0 || message.find("surrogate") != std::string::npos)
    return text_in(language, Msg::def_json_bad_code_point);
  return message;
}

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
    key_where_ = {where_.line, where_.column - 1};  // after its opening quote
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
    const int line = where_.line;
    const int column = where_.column - read;
    TextPosition key_where{line, column};
    if (!stack_.empty()) {
      ptree& parent = *stack_.back().node;
      const bool in_object = stack_.back().kind == JsonKind::object;
      node = &parent.push_back({in_object ? key_ : "", ptree()})->second;
      if (in_object) key_where = key_where_;
      has_key_ = false;
    }
    tree_.info_[node] = {kind, line, column, key_where.line, key_where.column};
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
  TextPosition key_where_;
  bool has_key_ = false;
  std::string* current_text_ = nullptr;
};

JsonTree::JsonTree(const std::string& text, std::string source_name, Language language)
    : source_name_(std::move(source_name)), language_(language) {
  namespace json = boost::property_tree::json_parser;
  const auto at_offset = [&](std::size_t offset, std::string problem) {
    const TextPosition where = text_position(text, offset);
    return DefinitionProblem{source_name_, where.line, where.column, "", std::move(problem)};
  };
  if (const auto problem = prescan_json(text, language_))  // before the parser, which recurses per level
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
    const JsonSlips found = find_json_slips(text, language_);
    std::vector<DefinitionProblem> slips;
    for (const JsonSlip& slip : found.slips) slips.push_back(at_offset(slip.offset, slip.problem));
    if (slips.empty()) {
      DefinitionProblem parser{source_name_, static_cast<int>(error.line()), 0, "",
                               text_in(language_, Msg::def_invalid_json, parser_message(error.message(), language_))};
      if (found.stop != std::string_view::npos && at_offset(found.stop, "").line == parser.line)
        parser.column = at_offset(found.stop, "").column;
      slips.push_back(parser);
    }
    throw DefinitionError(std::move(slips));
  }
}

JsonTree::NodeInfo JsonTree::info(const ptree& node) const {
  auto found = info_.find(&node);
  return found == info_.end() ? NodeInfo{JsonKind::null, 0, 0, 0, 0} : found->second;
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
  return {tree_->source_name(), line(), column(), path_.empty() ? say(Msg::def_top_level) : path_, problem};
}

DefinitionProblem JsonNode::problem_at_key(const std::string& problem) const {
  DefinitionProblem at_key = this->problem(problem);
  at_key.line = tree_->info(*node_).key_line;
  at_key.column = tree_->info(*node_).key_column;
  return at_key;
}

void JsonNode::fail(const std::string& problem) const { throw DefinitionError({this->problem(problem)}); }

std::string JsonNode::child_path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void JsonNode::expect_kind(JsonKind kind) const {
  if (this->kind() != kind) fail(Msg::def_expected_found, to_string(kind, language()), to_string(this->kind(), language()));
}

void JsonNode::expect_object() const {
  expect_kind(JsonKind::object);
  std::set<std::string> seen;
  for (const auto& [key, value] : *node_)
    if (!seen.insert(key).second)
      throw DefinitionError({JsonNode(*tree_, value, child_path(key)).problem_at_key(say(Msg::def_duplicate_key, key))});
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
  const std::string_view near = nearest_word(key, candidates);
  const std::string problem = near.empty() ? say(Msg::def_unknown_key, key) : say(Msg::def_unknown_key_near, key, near);
  return JsonNode(*tree_, node_->find(key)->second, child_path(key)).problem_at_key(problem);
}

std::optional<JsonNode> JsonNode::child(std::string_view key) const {
  auto found = node_->find(std::string(key));
  if (found == node_->not_found()) return std::nullopt;
  return JsonNode(*tree_, found->second, child_path(key));
}

JsonNode JsonNode::required(std::string_view key) const {
  if (auto found = child(key)) return *found;
  const std::vector<std::string_view> wanted{key};
  for (const std::string& present : keys())
    if (!nearest_word(present, wanted).empty() && was_reported(child_path(present)))
      throw DefinitionError(std::vector<DefinitionProblem>{});  // "unknown key 'lable': did you mean 'label'?"
  throw DefinitionError(tree_->source_name(), line(), child_path(key), say(Msg::def_required_missing), column());
}

bool JsonNode::was_reported(const std::string& path) const {
  const auto& problems = tree_->problems();
  return std::any_of(problems.begin(), problems.end(), [&](const DefinitionProblem& problem) { return problem.node_path == path; });
}

std::vector<JsonNode> JsonNode::elements() const {
  expect_kind(JsonKind::array);
  std::vector<JsonNode> elements;
  for (const auto& entry : *node_)
    elements.emplace_back(*tree_, entry.second, path_ + "[" + std::to_string(elements.size()) + "]");
  return elements;
}

std::string JsonNode::text() const {
  if (kind() == JsonKind::object || kind() == JsonKind::array || kind() == JsonKind::null)
    fail(Msg::def_expected_found, to_string(JsonKind::string, language()), to_string(kind(), language()));
  return node_->data();
}

std::string JsonNode::nonempty_text() const {
  std::string value = text();
  if (value.find_first_not_of(" \t\r\n") == std::string::npos) fail(Msg::def_must_not_be_empty);
  return value;
}

double JsonNode::number() const {
  const std::string value = text();
  double number = 0;
  const char* end = value.data() + value.size();
  auto [stop, error] = std::from_chars(value.data(), end, number);
  if (value.empty() || error != std::errc() || stop != end || !std::isfinite(number))
    fail(Msg::def_not_a_number, value);
  return number;
}

long JsonNode::whole_number(long minimum) const {
  const std::string value = text();
  long number = 0;
  const char* end = value.data() + value.size();
  auto [stop, error] = std::from_chars(value.data(), end, number);
  if (value.empty() || error != std::errc() || stop != end)
    fail(Msg::def_not_whole_number, value);
  if (number < minimum) fail(Msg::def_at_least, minimum);
  return number;
}

bool JsonNode::boolean() const {
  const std::string value = text();
  if (value != "true" && value != "false") fail(Msg::def_not_boolean, value);
  return value == "true";
}

std::string to_string(JsonKind kind, Language language) {
  switch (kind) {
    case JsonKind::object: return text_in(language, Msg::def_kind_object);
    case JsonKind::array: return text_in(language, Msg::def_kind_array);
    case JsonKind::string: return text_in(language, Msg::def_kind_string);
    case JsonKind::number: return text_in(language, Msg::def_kind_number);
    case JsonKind::boolean: return text_in(language, Msg::def_kind_boolean);
    case JsonKind::null: return text_in(language, Msg::def_kind_null);
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
