// Reads a questionnaire definition into the model: node by node through JsonNode (shape,
// keys, scalar values, ids), then the cross-node checks of definition_checks.h.
#include "engine/definition_loader.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <span>
#include <sstream>

#include "engine/definition_checks.h"
#include "engine/definition_reader.h"
#include "base/language.h"

namespace peiling {

namespace {

// The keys each kind of object accepts. docs/questionnaire-format.md documents every one
// (a test compares them, through accepted_definition_keys()).
constexpr std::array<std::string_view, 10> kQuestionnaireKeys{"$schema", "id",     "version",       "title",
                                                              "language", "intro",  "groups",        "questions",
                                                              "coding_frames", "linking_code"};
constexpr std::array<std::string_view, 2> kGroupKeys{"id", "label"};
constexpr std::array<std::string_view, 4> kFrameKeys{"id", "label", "codes", "multiple"};
constexpr std::array<std::string_view, 5> kCodeKeys{"id", "label", "description", "keywords", "signal_words"};
constexpr std::array<std::string_view, 4> kItemKeys{"id", "label", "description", "code"};
constexpr std::array<std::string_view, 7> kCommonQuestionKeys{"id",       "type",   "text",   "help",
                                                               "required", "groups", "show_if"};
constexpr std::array<std::string_view, 2> kShowIfKeys{"question", "is"};

// The keys each question type accepts besides the common ones.
std::vector<std::string_view> type_keys(QuestionType type) {
  switch (type) {
    case QuestionType::rank: return {"items", "direction", "high_label", "low_label", "coding_frame"};
    case QuestionType::number: return {"min", "max", "unit", "integer"};
    case QuestionType::text: return {"coding_frame", "max_length"};
    case QuestionType::choice: return {"options"};
    case QuestionType::multi: return {"options", "min_choices", "max_choices"};
    case QuestionType::likert: return {"scale"};
    case QuestionType::matrix: return {"statements", "scale"};
  }
  return {};
}

// "an option", "a statement": for messages.
std::string one_item(const JsonNode& node, QuestionType type) {
  const std::string_view word = type_info(type).item_word;
  if (word == "option") return node.say(Msg::def_an_option);
  if (word == "statement") return node.say(Msg::def_a_statement);
  return node.say(Msg::def_an_item);
}

bool is_id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

std::string read_id(const JsonNode& node) {
  std::string id = node.nonempty_text();
  if (!std::all_of(id.begin(), id.end(), is_id_char))
    node.fail(Msg::def_invalid_id, id);
  return id;
}

// The text of an optional key, or `fallback` when it is absent. Present texts must not be
// empty when `nonempty`.
std::string optional_text(const JsonNode& object, std::string_view key, bool nonempty,
                          const std::string& fallback = "") {
  auto child = object.child(key);
  if (!child) return fallback;
  return nonempty ? child->nonempty_text() : child->text();
}

std::vector<std::string> read_texts(const JsonNode& node) {
  std::vector<std::string> texts;
  for (const JsonNode& element : node.elements()) texts.push_back(element.nonempty_text());
  return texts;
}

std::vector<std::string> read_ids(const JsonNode& node) {
  std::vector<std::string> ids;
  for (const JsonNode& element : node.elements()) ids.push_back(read_id(element));
  return ids;
}

// Reads a list element by element; an element with a problem stays as far as it was
// read (a default element when it was not an object), so the others keep their indices.
template <typename Read>
auto read_list(const JsonNode& list, Read read) {
  std::vector<decltype(read(list))> elements;
  list.attempt([&] {
    for (const JsonNode& element : list.elements()) {
      elements.emplace_back();
      element.attempt([&] { elements.back() = read(element); });
    }
  });
  return elements;
}

RespondentGroup read_group(const JsonNode& node) {
  node.expect_object();
  RespondentGroup group;
  node.attempt([&] { node.check_keys(kGroupKeys); });
  node.attempt([&] { group.id = read_id(node.required("id")); });
  node.attempt([&] { group.label = node.required("label").nonempty_text(); });
  return group;
}

Code read_code(const JsonNode& node) {
  node.expect_object();
  Code code;
  node.attempt([&] { node.check_keys(kCodeKeys); });
  node.attempt([&] { code.id = read_id(node.required("id")); });
  node.attempt([&] { code.label = node.required("label").nonempty_text(); });
  node.attempt([&] { code.description = optional_text(node, "description", false); });
  node.attempt([&] { if (auto keywords = node.child("keywords")) code.keywords = read_texts(*keywords); });
  node.attempt([&] { if (auto words = node.child("signal_words")) code.signal_words = read_texts(*words); });
  return code;
}

CodingFrame read_frame(const JsonNode& node) {
  node.expect_object();
  CodingFrame frame;
  node.attempt([&] { node.check_keys(kFrameKeys); });
  node.attempt([&] { frame.id = read_id(node.required("id")); });
  node.attempt([&] { frame.label = node.required("label").nonempty_text(); });
  node.attempt([&] { if (auto multiple = node.child("multiple")) frame.multiple = multiple->boolean(); });
  node.attempt([&] { frame.codes = read_list(node.required("codes"), read_code); });
  return frame;
}

// A rank item (which may name a code), an option of a choice or multi question, or a
// statement of a matrix.
Item read_item(const JsonNode& node, QuestionType type) {
  node.expect_object();
  Item item;
  node.attempt([&] {
    if (type != QuestionType::rank && node.child("code"))
      throw DefinitionError({node.child("code")->problem_at_key(node.say(Msg::def_code_only_rank, one_item(node, type)))});
  });
  node.attempt([&] { node.check_keys(kItemKeys); });
  node.attempt([&] { item.id = read_id(node.required("id")); });
  node.attempt([&] { item.label = node.required("label").nonempty_text(); });
  node.attempt([&] { item.description = optional_text(node, "description", false); });
  node.attempt([&] { if (type == QuestionType::rank) item.code = optional_text(node, "code", true); });
  return item;
}

// The type's key `key`; when it is missing because a key of another type stands in for it
// (reported by check_keys_apply), fails without a second problem for the same slip.
JsonNode required_own(const JsonNode& node, std::string_view key, std::span<const std::string_view> stood_in_for) {
  if (!node.child(key) && std::find(stood_in_for.begin(), stood_in_for.end(), key) != stood_in_for.end())
    throw DefinitionError(std::vector<DefinitionProblem>{});
  return node.required(key);
}

std::vector<Item> read_items(const JsonNode& question, QuestionType type,
                             std::span<const std::string_view> stood_in_for) {
  return read_list(required_own(question, type_info(type).items_key, stood_in_for),
                   [type](const JsonNode& item) { return read_item(item, type); });
}

QuestionType read_type(const JsonNode& node) {
  const std::string name = node.nonempty_text();
  if (auto type = question_type_from_string(name)) return *type;
  std::string known;
  for (const QuestionTypeInfo& info : question_types()) known += (known.empty() ? "" : ", ") + std::string(info.name);
  node.fail(Msg::def_unknown_type, name, known);
}

std::vector<std::string_view> all_question_keys() {
  std::vector<std::string_view> all(kCommonQuestionKeys.begin(), kCommonQuestionKeys.end());
  for (const QuestionTypeInfo& info : question_types())
    for (std::string_view key : type_keys(info.type))
      if (std::find(all.begin(), all.end(), key) == all.end()) all.push_back(key);
  return all;
}

// Rejects keys no question type knows, then keys the question's own type does not use.
void check_question_keys(const JsonNode& node) {
  const auto all = all_question_keys();
  std::vector<DefinitionProblem> problems;
  for (const std::string& key : node.keys())
    if (std::find(all.begin(), all.end(), key) == all.end()) problems.push_back(node.unknown_key(key, all));
  if (!problems.empty()) throw DefinitionError(std::move(problems));
}

// The types whose own keys hold `key`, as a message says them: "choice- of multi",
// "choice or multi".
std::string types_owning(const JsonNode& node, const std::string& key) {
  std::vector<std::string_view> owners;
  for (const QuestionTypeInfo& info : question_types()) {
    const auto keys = type_keys(info.type);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) owners.push_back(info.name);
  }
  std::string said = owners.empty() ? "" : std::string(owners.front());
  for (std::size_t i = 1; i < owners.size(); ++i)
    said = node.say(i + 1 == owners.size() ? Msg::def_types_or : Msg::def_types_comma, said, owners[i]);
  return said;
}

// The key of `type` that does the work `key` (a key of another type) does elsewhere: the
// key it lists its items in, or its scale ("options" on a likert: 'scale'); "" when it has
// none (a number question has no list).
std::string_view counterpart(const std::string& key, QuestionType type) {
  const bool lists = key == "items" || key == "options" || key == "statements" || key == "scale";
  if (!lists) return "";
  const std::string_view items_key = type_info(type).items_key;
  if (!items_key.empty() && key != items_key && (key != "scale" || !type_info(type).scaled)) return items_key;
  if (type_info(type).scaled && key != "scale") return "scale";
  return "";
}

// What this type's counterpart key lists, for the message: "opties", "schaalpunten".
std::string what_it_lists(const JsonNode& node, std::string_view key, QuestionType type) {
  if (key == "scale") return node.say(Msg::def_noun_scale_labels);
  const std::string_view word = type_info(type).item_word;
  if (word == "option") return node.say(Msg::def_noun_options);
  if (word == "statement") return node.say(Msg::def_noun_statements);
  return node.say(Msg::def_noun_items);
}

// `key`, a key of another type, does not apply: which type it belongs to, and what this
// type uses instead where it has such a key ("'options' belongs to a choice or multi
// question, not to a likert question; a likert question lists its scale labels in 'scale'").
std::string does_not_apply(const JsonNode& node, const std::string& key, QuestionType type) {
  const std::string owners = types_owning(node, key);
  const std::string_view type_name = to_string(type);
  const std::string_view instead = counterpart(key, type);
  if (instead.empty()) return node.say(Msg::def_key_of_other_type, key, owners, type_name);
  return node.say(Msg::def_key_of_other_type_use, key, owners, type_name, what_it_lists(node, instead, type), instead);
}

// Reports the keys of other types on this question, one problem each, at the key. Returns
// the keys of this type that such a key stands in for and that are missing ("scale" when a
// likert has "options" instead): their absence is the same slip, said once.
std::vector<std::string_view> check_keys_apply(const JsonNode& node, QuestionType type) {
  const auto own = type_keys(type);
  const auto all = all_question_keys();  // a key outside these is reported by check_question_keys
  std::vector<DefinitionProblem> problems;
  std::vector<std::string_view> stood_in_for;
  for (const std::string& key : node.keys()) {
    if (std::find(kCommonQuestionKeys.begin(), kCommonQuestionKeys.end(), key) != kCommonQuestionKeys.end() ||
        std::find(own.begin(), own.end(), key) != own.end() || std::find(all.begin(), all.end(), key) == all.end())
      continue;
    problems.push_back(node.child(key)->problem_at_key(does_not_apply(node, key, type)));
    const std::string_view instead = counterpart(key, type);
    if (!instead.empty() && !node.child(instead)) stood_in_for.push_back(instead);
  }
  node.attempt([&] { if (!problems.empty()) throw DefinitionError(std::move(problems)); });
  return stood_in_for;
}

RankDirection read_direction(const JsonNode& node) {
  const std::string direction = node.text();
  if (direction == "high") return RankDirection::high_is_most;
  if (direction == "low") return RankDirection::low_is_most;
  node.fail(Msg::def_unknown_direction, direction);
}

void read_rank(const JsonNode& node, Question& question, std::span<const std::string_view> stood_in_for) {
  question.items = read_items(node, question.type, stood_in_for);
  if (auto direction = node.child("direction")) question.direction = read_direction(*direction);
  question.high_label = optional_text(node, "high_label", true);
  question.low_label = optional_text(node, "low_label", true);
  question.coding_frame = optional_text(node, "coding_frame", true);
}

void read_number(const JsonNode& node, Question& question) {
  node.attempt([&] { question.min = node.required("min").number(); });
  node.attempt([&] { question.max = node.required("max").number(); });
  question.unit = optional_text(node, "unit", false);
  if (auto integer = node.child("integer")) question.integer = integer->boolean();
}

void read_text(const JsonNode& node, Question& question) {
  question.coding_frame = optional_text(node, "coding_frame", true);
  if (auto max_length = node.child("max_length"))
    question.max_length = static_cast<std::size_t>(max_length->whole_number(1));
}

void read_multi(const JsonNode& node, Question& question, std::span<const std::string_view> stood_in_for) {
  question.items = read_items(node, question.type, stood_in_for);
  if (auto min_choices = node.child("min_choices")) question.min_choices = static_cast<int>(min_choices->whole_number(0));
  if (auto max_choices = node.child("max_choices")) question.max_choices = static_cast<int>(max_choices->whole_number(0));
}

// `stood_in_for`: keys of this type whose absence check_keys_apply has already explained.
void read_type_fields(const JsonNode& node, Question& question, std::span<const std::string_view> stood_in_for) {
  switch (question.type) {
    case QuestionType::rank: return read_rank(node, question, stood_in_for);
    case QuestionType::number: return read_number(node, question);
    case QuestionType::text: return read_text(node, question);
    case QuestionType::choice: question.items = read_items(node, question.type, stood_in_for); return;
    case QuestionType::multi: return read_multi(node, question, stood_in_for);
    case QuestionType::likert: question.scale = read_texts(required_own(node, "scale", stood_in_for)); return;
    case QuestionType::matrix:
      node.attempt([&] { question.items = read_items(node, question.type, stood_in_for); });
      question.scale = read_texts(required_own(node, "scale", stood_in_for));
      return;
  }
}

ShowIf read_show_if(const JsonNode& node) {
  node.expect_object();
  node.check_keys(kShowIfKeys);
  ShowIf condition{read_id(node.required("question")), {}};
  const JsonNode options = node.required("is");
  condition.is = read_ids(options);
  if (condition.is.empty()) options.fail(Msg::def_show_if_no_option, condition.question);
  return condition;
}

Question read_question(const JsonNode& node) {
  node.expect_object();
  Question question;
  node.attempt([&] { check_question_keys(node); });
  const bool typed = node.attempt([&] { question.type = read_type(node.required("type")); });
  std::vector<std::string_view> stood_in_for;
  if (typed) stood_in_for = check_keys_apply(node, question.type);
  node.attempt([&] { question.id = read_id(node.required("id")); });
  node.attempt([&] { question.text = node.required("text").nonempty_text(); });
  node.attempt([&] { question.help = optional_text(node, "help", false); });
  node.attempt([&] { if (auto required = node.child("required")) question.required = required->boolean(); });
  node.attempt([&] {
    if (auto groups = node.child("groups")) {
      question.groups = read_ids(*groups);
      if (question.groups.empty()) groups->fail(Msg::def_groups_empty);
    }
  });
  node.attempt([&] { if (auto show_if = node.child("show_if")) question.show_if = read_show_if(*show_if); });
  if (typed) node.attempt([&] { read_type_fields(node, question, stood_in_for); });
  return question;
}

std::string read_language(const JsonNode& root) {
  auto node = root.child("language");
  if (!node) return "nl";
  const std::string language = node->text();
  if (!language_from_string(language)) node->fail(Msg::def_unknown_language, language);
  return language;
}

// Reads one piece of the definition, noting whether it read without a problem.
template <typename Read>
bool read_cleanly(const JsonNode& node, Read read) {
  const std::size_t before = node.problem_count();
  node.attempt(read);
  return node.problem_count() == before;
}

Questionnaire read_questionnaire(const JsonNode& root, ReadCompleteness& complete) {
  root.expect_object();
  Questionnaire questionnaire;
  root.attempt([&] { root.check_keys(kQuestionnaireKeys); });
  root.attempt([&] { optional_text(root, "$schema", false); });  // for editors; only its type matters
  root.attempt([&] { questionnaire.id = read_id(root.required("id")); });
  root.attempt([&] { questionnaire.version = optional_text(root, "version", true, "1"); });
  root.attempt([&] { questionnaire.title = root.required("title").nonempty_text(); });
  root.attempt([&] { questionnaire.language = read_language(root); });
  root.attempt([&] { questionnaire.intro = optional_text(root, "intro", false); });
  complete.groups = read_cleanly(root, [&] { questionnaire.groups = read_list(root.required("groups"), read_group); });
  complete.coding_frames = read_cleanly(root, [&] {
    if (auto frames = root.child("coding_frames")) questionnaire.coding_frames = read_list(*frames, read_frame);
  });
  complete.question_list = root.attempt([&] {
    for (const JsonNode& element : root.required("questions").elements()) {
      questionnaire.questions.emplace_back();
      complete.questions.push_back(
          read_cleanly(element, [&] { questionnaire.questions.back() = read_question(element); }));
    }
  });
  root.attempt([&] {
    if (auto linking_code = root.child("linking_code")) questionnaire.linking_code = linking_code->boolean();
  });
  return questionnaire;
}

std::string count_of(std::size_t count, Language language, Msg singular, Msg plural) {
  return text_in(language, count == 1 ? singular : plural, count);
}

}  // namespace

namespace {

std::string joined_lines(const std::vector<DefinitionProblem>& problems) {
  std::string lines;
  for (const DefinitionProblem& problem : problems) lines += (lines.empty() ? "" : "\n") + to_string(problem);
  return lines;
}

}  // namespace

std::vector<DefinitionProblem> in_file_order(std::vector<DefinitionProblem> problems) {
  std::stable_sort(problems.begin(), problems.end(), [](const DefinitionProblem& a, const DefinitionProblem& b) {
    return std::pair(a.line, a.column) < std::pair(b.line, b.column);
  });
  return problems;
}

std::string to_string(const DefinitionProblem& problem) {
  const bool has_line = problem.line > 0;
  return problem.file + (has_line ? ":" + std::to_string(problem.line) : "") +
         (has_line && problem.column > 0 ? ":" + std::to_string(problem.column) : "") +
         (problem.node_path.empty() ? "" : ": " + problem.node_path) + ": " + problem.problem;
}

DefinitionError::DefinitionError(std::vector<DefinitionProblem> problems)
    : std::runtime_error(joined_lines(problems)), problems_(std::move(problems)) {}

DefinitionError::DefinitionError(std::string file, int line, std::string node_path, std::string problem, int column)
    : DefinitionError(std::vector<DefinitionProblem>{
          {std::move(file), line, column, std::move(node_path), std::move(problem)}}) {}

Questionnaire parse_definition(const std::string& text, const std::string& source_name, Language language) {
  const JsonTree tree(text, source_name, language);
  ReadCompleteness complete;
  const JsonNode root(tree, tree.root(), "");
  Questionnaire questionnaire;
  if (root.attempt([&] { questionnaire = read_questionnaire(root, complete); }))
    check_definition(questionnaire, tree, complete);
  if (!tree.problems().empty()) throw DefinitionError(in_file_order(tree.problems()));
  return questionnaire;
}

Questionnaire load_definition_file(const std::string& path, Language language) {
  return parse_definition(read_definition_text(path, language), path, language);
}

std::string read_definition_text(const std::string& path, Language language) {
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored))
    throw DefinitionError(path, 0, "", text_in(language, Msg::def_cannot_read_directory));
  std::ifstream file(path, std::ios::binary);
  if (!file) throw DefinitionError(path, 0, "", text_in(language, Msg::def_cannot_read, std::strerror(errno)));
  std::ostringstream text;
  text << file.rdbuf();
  if (file.bad()) throw DefinitionError(path, 0, "", text_in(language, Msg::def_cannot_read_plain));
  return text.str();
}

std::vector<DefinitionKeyTable> accepted_definition_keys() {
  const auto table = [](std::string name, std::span<const std::string_view> keys) {
    return DefinitionKeyTable{std::move(name), {keys.begin(), keys.end()}};
  };
  std::vector<DefinitionKeyTable> tables{table("questionnaire", kQuestionnaireKeys), table("group", kGroupKeys),
                                         table("coding_frame", kFrameKeys),          table("code", kCodeKeys),
                                         table("item", kItemKeys),                   table("question", kCommonQuestionKeys),
                                         table("show_if", kShowIfKeys)};
  for (const QuestionTypeInfo& info : question_types()) tables.push_back(table(std::string(info.name), type_keys(info.type)));
  return tables;
}

std::string summarize(const Questionnaire& questionnaire, Language language) {
  std::vector<std::pair<QuestionType, int>> per_type;  // in order of first appearance
  for (const Question& question : questionnaire.questions) {
    auto found = std::find_if(per_type.begin(), per_type.end(), [&](const auto& entry) { return entry.first == question.type; });
    if (found == per_type.end()) per_type.emplace_back(question.type, 1);
    else ++found->second;
  }
  std::string types;
  for (const auto& [type, count] : per_type)
    types += (types.empty() ? "" : ", ") + std::to_string(count) + " " + std::string(to_string(type));
  return questionnaire.id + " " + questionnaire.version + ": " + questions_counted(questionnaire, language) + " (" +
         types + "), " + groups_counted(questionnaire, language) + ", " +
         count_of(questionnaire.coding_frames.size(), language, Msg::def_count_frames_one, Msg::def_count_frames);
}

std::string questions_counted(const Questionnaire& questionnaire, Language language) {
  return count_of(questionnaire.questions.size(), language, Msg::def_count_questions_one, Msg::def_count_questions);
}

std::string groups_counted(const Questionnaire& questionnaire, Language language) {
  return count_of(questionnaire.groups.size(), language, Msg::def_count_groups_one, Msg::def_count_groups);
}

}  // namespace peiling
