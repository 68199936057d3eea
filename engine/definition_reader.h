// Reading a JSON definition node by node, with the file, line and path every error needs.
// JsonTree parses with Boost.PropertyTree's JSON parser but also keeps, for every node, the
// line it starts on and what kind of JSON value it was (PropertyTree itself cannot tell
// `[]` from `{}` or `""`). JsonNode is a view of one node that checks shape, unknown and
// duplicate keys and scalar types, and throws DefinitionError naming the node's path.
#pragma once

#include <boost/property_tree/ptree.hpp>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace peiling {

enum class JsonKind { object, array, string, number, boolean, null };

class JsonTree {
 public:
  // Parses `text`; a syntax error throws DefinitionError with the parser's line; text that
  // is not UTF-8 or nests deeper than kMaxJsonNesting (json_prescan.h), with line and column.
  JsonTree(const std::string& text, std::string source_name);
  JsonTree(const JsonTree&) = delete;  // nodes are looked up by address
  JsonTree& operator=(const JsonTree&) = delete;

  struct NodeInfo {
    JsonKind kind;
    int line;
  };

  const boost::property_tree::ptree& root() const { return root_; }
  const std::string& source_name() const { return source_name_; }
  NodeInfo info(const boost::property_tree::ptree& node) const;

  // The line of the node at `path` (e.g. "questions[2].items[0]"), or of its deepest
  // existing ancestor when the path leads to a missing key; 0 when nothing matches.
  int line_of(std::string_view path) const;

 private:
  friend class JsonTreeBuilder;
  boost::property_tree::ptree root_;
  std::string source_name_;
  std::unordered_map<const boost::property_tree::ptree*, NodeInfo> info_;
};

class JsonNode {
 public:
  JsonNode(const JsonTree& tree, const boost::property_tree::ptree& node, std::string path);

  const std::string& path() const { return path_; }
  int line() const { return tree_->info(*node_).line; }
  JsonKind kind() const { return tree_->info(*node_).kind; }
  [[noreturn]] void fail(const std::string& problem) const;

  // Objects. expect_object also rejects duplicate keys; check_keys rejects keys outside
  // `allowed`, suggesting a near miss ("did you mean 'items'?").
  void expect_object() const;
  void check_keys(std::span<const std::string_view> allowed) const;
  [[noreturn]] void fail_unknown_key(const std::string& key,
                                     const std::vector<std::string_view>& candidates) const;
  std::vector<std::string> keys() const;
  std::optional<JsonNode> child(std::string_view key) const;
  JsonNode required(std::string_view key) const;  // fails "required key is missing"
  std::string child_path(std::string_view key) const;

  // Arrays: the elements, with paths like `groups[0]`.
  std::vector<JsonNode> elements() const;

  // Scalars, read from the node's text as PropertyTree stores them.
  std::string text() const;  // a string, number or boolean
  std::string nonempty_text() const;
  double number() const;
  long whole_number(long minimum) const;
  bool boolean() const;

 private:
  void expect_kind(JsonKind kind, std::string_view expected) const;

  const JsonTree* tree_;
  const boost::property_tree::ptree* node_;
  std::string path_;
};

std::string_view to_string(JsonKind kind);

// The candidate closest to `word` within a small edit distance, or "" when none is close.
std::string_view nearest_word(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace peiling
