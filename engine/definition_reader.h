// Reading a JSON definition node by node, with the file, line and path every error needs.
// JsonTree parses with Boost.PropertyTree's JSON parser but also keeps, for every node, the
// line it starts on and what kind of JSON value it was (PropertyTree itself cannot tell
// `[]` from `{}` or `""`). JsonNode is a view of one node that checks shape, unknown and
// duplicate keys and scalar types, and throws DefinitionError naming the node's path.
// The reader goes on after a problem: each piece is read with JsonNode::attempt, which
// keeps what a piece throws in the tree's problem list, so one run finds every problem.
// The problems are worded in the tree's language (the catalogue, messages/definition.def).
#pragma once

#include <boost/property_tree/ptree.hpp>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/messages.h"
#include "engine/definition_loader.h"

namespace peiling {

enum class JsonKind { object, array, string, number, boolean, null };

class JsonTree {
 public:
  // Parses `text`; a syntax error throws DefinitionError with the parser's line; text that
  // is not UTF-8 or nests deeper than kMaxJsonNesting (json_prescan.h), with line and column.
  JsonTree(const std::string& text, std::string source_name, Language language = user_language());
  JsonTree(const JsonTree&) = delete;  // nodes are looked up by address
  JsonTree& operator=(const JsonTree&) = delete;

  struct NodeInfo {
    JsonKind kind;
    int line;
    int column;  // in characters (UTF-8 code points) from 1
    int key_line;  // where its key starts in the object holding it; else where the node starts
    int key_column;
  };
  struct Position {
    int line;
    int column;
  };

  const boost::property_tree::ptree& root() const { return root_; }
  const std::string& source_name() const { return source_name_; }
  Language language() const { return language_; }
  NodeInfo info(const boost::property_tree::ptree& node) const;

  // Where the node at `path` (e.g. "questions[2].items[0]") starts, or its deepest
  // existing ancestor when the path leads to a missing key; line 0 when nothing matches.
  Position position_of(std::string_view path) const;

  // The problems found while reading the tree, in the order they were found.
  void report(std::vector<DefinitionProblem> problems) const;
  const std::vector<DefinitionProblem>& problems() const { return problems_; }

 private:
  friend class JsonTreeBuilder;
  boost::property_tree::ptree root_;
  std::string source_name_;
  Language language_;
  std::unordered_map<const boost::property_tree::ptree*, NodeInfo> info_;
  mutable std::vector<DefinitionProblem> problems_;  // reading is const; what it finds is kept
};

class JsonNode {
 public:
  JsonNode(const JsonTree& tree, const boost::property_tree::ptree& node, std::string path);

  const std::string& path() const { return path_; }
  int line() const { return tree_->info(*node_).line; }
  int column() const { return tree_->info(*node_).column; }
  JsonKind kind() const { return tree_->info(*node_).kind; }
  Language language() const { return tree_->language(); }
  DefinitionProblem problem(const std::string& problem) const;  // at this node (its value)
  DefinitionProblem problem_at_key(const std::string& problem) const;  // at the key that names it
  std::size_t problem_count() const { return tree_->problems().size(); }
  [[noreturn]] void fail(const std::string& problem) const;

  // A message of the catalogue in the tree's language; fail with one.
  template <typename... Values>
  std::string say(Msg id, const Values&... values) const {
    return text_in(language(), id, values...);
  }
  template <typename... Values>
  [[noreturn]] void fail(Msg id, const Values&... values) const {
    fail(say(id, values...));
  }

  // Runs `read`; a DefinitionError it throws goes to the tree's problem list and false is
  // returned, so the reader can go on with the next piece.
  template <typename Read>
  bool attempt(Read&& read) const {
    try {
      read();
      return true;
    } catch (const DefinitionError& error) {
      tree_->report(error.problems());
      return false;
    }
  }

  // Objects. expect_object also rejects duplicate keys; check_keys rejects every key
  // outside `allowed` (all in one DefinitionError), suggesting a near miss ("did you mean
  // 'items'?"). Both are reported at the key.
  void expect_object() const;
  void check_keys(std::span<const std::string_view> allowed) const;
  DefinitionProblem unknown_key(const std::string& key, const std::vector<std::string_view>& candidates) const;
  std::vector<std::string> keys() const;
  std::optional<JsonNode> child(std::string_view key) const;
  // Fails "required key is missing"; but when the key is missing because it is misspelt
  // (an unknown key near it was reported, "did you mean 'label'?"), fails without a second
  // problem for the same slip.
  JsonNode required(std::string_view key) const;
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
  void expect_kind(JsonKind kind) const;
  bool was_reported(const std::string& path) const;  // a problem at `path` is on the tree's list

  const JsonTree* tree_;
  const boost::property_tree::ptree* node_;
  std::string path_;
};

// "an array", "een lijst ([...])": for messages.
std::string to_string(JsonKind kind, Language language);

// The candidate closest to `word` within a small edit distance, or "" when none is close.
std::string_view nearest_word(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace peiling
