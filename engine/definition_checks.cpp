// Cross-node checks of a questionnaire definition.
#include "engine/definition_checks.h"

#include <algorithm>
#include <set>

#include "engine/definition_loader.h"

namespace peiling {

namespace {

// Reports each problem for the node at `path`, where the tree knows it to be.
class Checker {
 public:
  Checker(const Questionnaire& questionnaire, const JsonTree& tree, const ReadCompleteness& complete)
      : questionnaire_(questionnaire), tree_(tree), complete_(complete) {}

  void check() const {
    check_groups();
    check_frames();
    check_questions();
  }

 private:
  void fail(const std::string& path, const std::string& problem) const {
    const JsonTree::Position where = tree_.position_of(path);
    tree_.report({{tree_.source_name(), where.line, where.column, path, problem}});
  }

  template <typename... Values>
  std::string say(Msg id, const Values&... values) const {
    return text_in(tree_.language(), id, values...);
  }
  template <typename... Values>
  void fail(const std::string& path, Msg id, const Values&... values) const {
    fail(path, say(id, values...));
  }

  static std::string at(const std::string& list, std::size_t index) {
    return list + "[" + std::to_string(index) + "]";
  }

  void require_count(std::size_t count, std::size_t minimum, const std::string& path, const std::string& needs) const {
    if (count < minimum) fail(path, Msg::def_needs_at_least, needs, minimum, noun(path, minimum));
  }

  // What the list at `path` holds, as many as `count`: "groups", "scale labels".
  std::string noun(const std::string& path, std::size_t count) const {
    const std::size_t dot = path.find_last_of('.');
    const std::string key = dot == std::string::npos ? path : path.substr(dot + 1);
    const bool one = count == 1;
    if (key == "groups") return say(one ? Msg::def_noun_group : Msg::def_noun_groups);
    if (key == "questions") return say(one ? Msg::def_noun_question : Msg::def_noun_questions);
    if (key == "codes") return say(one ? Msg::def_noun_code : Msg::def_noun_codes);
    if (key == "options") return say(one ? Msg::def_noun_option : Msg::def_noun_options);
    if (key == "statements") return say(one ? Msg::def_noun_statement : Msg::def_noun_statements);
    if (key == "scale") return say(one ? Msg::def_noun_scale_label : Msg::def_noun_scale_labels);
    return say(one ? Msg::def_noun_item : Msg::def_noun_items);
  }

  // The singular noun for an item word of the type table ("option").
  std::string item_noun(std::string_view word) const {
    if (word == "option") return say(Msg::def_noun_option);
    if (word == "statement") return say(Msg::def_noun_statement);
    return say(Msg::def_noun_item);
  }

  // Fails at `list[i].id` for each id seen before; `what` names the kind of id. An empty
  // id could not be read: its problem is reported already.
  template <typename Range>
  void require_unique_ids(const Range& range, const std::string& list, const std::string& what) const {
    std::set<std::string_view> seen;
    std::size_t index = 0;
    for (const auto& element : range) {
      if (!element.id.empty() && !seen.insert(element.id).second)
        fail(at(list, index) + ".id", Msg::def_duplicate_id, what, element.id);
      ++index;
    }
  }

  void require_unique_texts(const std::vector<std::string>& texts, const std::string& list, Msg where) const {
    std::set<std::string_view> seen;
    for (std::size_t index = 0; index < texts.size(); ++index)
      if (!seen.insert(texts[index]).second) fail(at(list, index), Msg::def_listed_twice, texts[index], say(where));
  }

  void check_groups() const {
    if (!complete_.groups) return;
    require_count(questionnaire_.groups.size(), 1, "groups", say(Msg::def_a_questionnaire));
    require_unique_ids(questionnaire_.groups, "groups", say(Msg::def_noun_group));
  }

  void check_frames() const {
    if (!complete_.coding_frames) return;
    require_unique_ids(questionnaire_.coding_frames, "coding_frames", say(Msg::def_noun_coding_frame));
    for (std::size_t index = 0; index < questionnaire_.coding_frames.size(); ++index) {
      const CodingFrame& frame = questionnaire_.coding_frames[index];
      const std::string path = at("coding_frames", index) + ".codes";
      require_count(frame.codes.size(), 1, path, say(Msg::def_a_coding_frame));
      require_unique_ids(frame.codes, path, say(Msg::def_noun_code));
    }
  }

  void check_questions() const {
    if (!complete_.question_list) return;
    require_count(questionnaire_.questions.size(), 1, "questions", say(Msg::def_a_questionnaire));
    require_unique_ids(questionnaire_.questions, "questions", say(Msg::def_noun_question));
    for (std::size_t index = 0; index < questionnaire_.questions.size(); ++index)
      if (complete_.questions[index]) {
        check_question(questionnaire_.questions[index], at("questions", index));
        check_show_if(index);
      }
  }

  // A condition looks at an earlier choice or multi question (so conditions cannot form a
  // cycle), names its options, and that question is asked to every group this one is.
  void check_show_if(std::size_t index) const {
    const Question& question = questionnaire_.questions[index];
    if (!question.show_if) return;
    const ShowIf& condition = *question.show_if;
    const std::string path = at("questions", index) + ".show_if";
    const auto& questions = questionnaire_.questions;
    const auto found = std::find_if(questions.begin(), questions.end(),
                                    [&](const Question& other) { return other.id == condition.question; });
    const std::size_t source_index = static_cast<std::size_t>(found - questions.begin());
    if (found == questions.end()) return fail(path + ".question", Msg::def_show_if_unknown_question, condition.question);
    if (source_index == index) return fail(path + ".question", Msg::def_show_if_self);
    if (source_index > index)
      return fail(path + ".question", Msg::def_show_if_later, condition.question, at("questions", source_index));
    if (!complete_.questions[source_index]) return;  // its own problems are reported there
    const Question& source = *found;
    if (!source.kind().options)
      return fail(path + ".question", Msg::def_show_if_not_options, condition.question, to_string(source.type));
    require_unique_texts(condition.is, path + ".is", Msg::def_in_condition);
    for (std::size_t option = 0; option < condition.is.size(); ++option)
      if (source.find_item(condition.is[option]) == nullptr)
        fail(at(path + ".is", option), Msg::def_show_if_not_an_option, condition.is[option], source.id, item_ids(source));
    if (!complete_.groups) return;
    for (const RespondentGroup& group : questionnaire_.groups)
      if (question.asked_to(group.id) && !source.asked_to(group.id))
        fail(path + ".question", Msg::def_show_if_group, source.id, group.id);
  }

  static std::string item_ids(const Question& question) {
    std::string ids;
    for (const Item& item : question.items) ids += (ids.empty() ? "" : ", ") + item.id;
    return ids;
  }

  void check_question(const Question& question, const std::string& path) const {
    check_question_groups(question, path);
    check_frame_reference(question, path);
    const std::string kind = say(Msg::def_a_type_question, to_string(question.type));
    switch (question.type) {
      case QuestionType::rank:
      case QuestionType::choice:
        check_items(question, path, kind);
        break;
      case QuestionType::multi:
        check_items(question, path, kind);
        check_choice_limits(question, path);
        break;
      case QuestionType::number:
        if (question.min > question.max)
          fail(path + ".min", Msg::def_min_above_max, format_number(question.min), format_number(question.max));
        break;
      case QuestionType::likert: check_scale(question, path, kind); break;
      case QuestionType::matrix:
        check_items(question, path, kind);
        check_scale(question, path, kind);
        break;
      case QuestionType::text:
        break;
    }
  }

  void check_scale(const Question& question, const std::string& path, const std::string& kind) const {
    require_count(question.scale.size(), 2, path + ".scale", kind);
    require_unique_texts(question.scale, path + ".scale", Msg::def_in_scale);
  }

  void check_question_groups(const Question& question, const std::string& path) const {
    require_unique_texts(question.groups, path + ".groups", Msg::def_in_groups);
    if (!complete_.groups) return;
    for (std::size_t index = 0; index < question.groups.size(); ++index)
      if (questionnaire_.find_group(question.groups[index]) == nullptr)
        fail(at(path + ".groups", index), Msg::def_unknown_group, question.groups[index], group_ids());
  }

  void check_frame_reference(const Question& question, const std::string& path) const {
    if (question.coding_frame.empty() || !complete_.coding_frames || questionnaire_.find_frame(question.coding_frame))
      return;
    std::string known;
    for (const auto& frame : questionnaire_.coding_frames) known += (known.empty() ? "" : ", ") + frame.id;
    if (known.empty()) return fail(path + ".coding_frame", Msg::def_unknown_frame_none, question.coding_frame);
    fail(path + ".coding_frame", Msg::def_unknown_frame, question.coding_frame, known);
  }

  void check_items(const Question& question, const std::string& path, const std::string& kind) const {
    const QuestionTypeInfo& info = question.kind();
    const std::string list = path + "." + std::string(info.items_key);
    require_count(question.items.size(), info.min_items, list, kind);
    require_unique_ids(question.items, list, item_noun(info.item_word));
    const CodingFrame* frame = questionnaire_.find_frame(question.coding_frame);
    for (std::size_t index = 0; index < question.items.size(); ++index) {
      const std::string& code = question.items[index].code;
      if (code.empty()) continue;
      const std::string code_path = at(list, index) + ".code";
      if (question.coding_frame.empty()) fail(code_path, Msg::def_item_code_needs_frame);
      if (frame == nullptr) continue;  // an unknown frame is reported at the question's coding_frame
      if (frame->find_code(code) == nullptr)
        fail(code_path, Msg::def_code_not_in_frame, code, frame->id);
    }
  }

  void check_choice_limits(const Question& question, const std::string& path) const {
    const int options = static_cast<int>(question.items.size());
    if (question.max_choices > 0 && question.min_choices > question.max_choices)
      fail(path + ".min_choices", Msg::def_min_choices_above_max, question.min_choices, question.max_choices);
    if (question.max_choices > options) fail(path + ".max_choices", Msg::def_max_choices_above_options, question.max_choices, options);
    if (question.min_choices > options) fail(path + ".min_choices", Msg::def_min_choices_above_options, question.min_choices, options);
  }

  std::string group_ids() const {
    std::string ids;
    for (const auto& group : questionnaire_.groups) ids += (ids.empty() ? "" : ", ") + group.id;
    return ids;
  }

  static std::string format_number(double value) {
    std::string text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text;
  }

  const Questionnaire& questionnaire_;
  const JsonTree& tree_;
  const ReadCompleteness& complete_;
};

}  // namespace

void check_definition(const Questionnaire& questionnaire, const JsonTree& tree, const ReadCompleteness& complete) {
  Checker(questionnaire, tree, complete).check();
}

}  // namespace peiling
