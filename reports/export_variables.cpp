// The variables of the labelled exports and one response as a row of them; see
// export_variables.h.
#include "reports/export_variables.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "base/messages.h"
#include "engine/show_if.h"

namespace peiling {

std::string_view missing_label(MissingReason reason, Language language) {
  switch (reason) {
    case MissingReason::not_answered: return phrase_in(language, Msg::export_not_answered);
    case MissingReason::not_asked: return phrase_in(language, Msg::export_not_asked);
    case MissingReason::not_coded: return phrase_in(language, Msg::export_not_coded);
  }
  return "";
}

namespace {

constexpr std::string_view kSources[] = {"web", "terminal", "import", "demo"};

// Seconds since 1970-01-01 UTC of a stored time, "2026-11-30T04:40:58Z".
std::optional<std::int64_t> unix_seconds(std::string_view iso) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  char zone = 0;
  const std::string text(iso);
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &year, &month, &day, &hour, &minute, &second, &zone) != 7 ||
      zone != 'Z')
    return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok() || hour > 23 || minute > 59 || second > 60) return std::nullopt;
  return std::chrono::sys_days(date).time_since_epoch().count() * 86'400LL + hour * 3'600 + minute * 60 + second;
}

// The first user-missing code: -1, or below the smallest number a number question allows,
// so a missing code is never a value someone could have given.
int first_missing_code(const Question& question) {
  if (question.type != QuestionType::number || question.min > -1) return -1;
  return static_cast<int>(std::floor(std::max(question.min, -2e9))) - 1;  // an int, as value labels are
}

// Missing codes count down from the first: not answered, not asked, not coded.
void set_missing(ExportVariable& variable, const Question& question, bool codes) {
  const int first = first_missing_code(question);
  variable.missing[static_cast<std::size_t>(MissingReason::not_answered)] = first;
  if (!question.groups.empty() || question.show_if)
    variable.missing[static_cast<std::size_t>(MissingReason::not_asked)] = first - 1;
  if (codes) variable.missing[static_cast<std::size_t>(MissingReason::not_coded)] = first - 2;
}

std::vector<ValueLabel> numbered(const std::vector<std::string>& labels) {
  std::vector<ValueLabel> values;
  for (std::size_t i = 0; i < labels.size(); ++i) values.push_back({static_cast<int>(i + 1), labels[i]});
  return values;
}

std::vector<ValueLabel> item_labels(const Question& question) {
  std::vector<std::string> labels;
  for (const Item& item : question.items) labels.push_back(item.label);
  return numbered(labels);
}

// Rank values 1..n: the two ends say what they mean, the numbers between are themselves.
std::vector<ValueLabel> rank_labels(const Question& question) {
  std::vector<ValueLabel> values;
  const int n = static_cast<int>(question.items.size());
  for (int value = 1; value <= n; ++value) {
    std::string label = std::to_string(value);
    if (value == n && !question.high_label.empty()) label += " " + question.high_label;
    if (value == 1 && !question.low_label.empty()) label += " " + question.low_label;
    values.push_back({value, label});
  }
  return values;
}

// The direction in the variable label, most important end first: "(5 = heel belangrijk,
// 1 = veel minder belangrijk)", or with peiling's words where the definition gives none.
std::string rank_direction(const Question& question, Language language) {
  const std::string n = std::to_string(question.items.size());
  const std::string most = text_in(language, Msg::export_most_important);
  const std::string least = text_in(language, Msg::export_least_important);
  const bool high = question.direction == RankDirection::high_is_most;
  const std::string high_end = n + " = " + (question.high_label.empty() ? (high ? most : least) : question.high_label);
  const std::string low_end = "1 = " + (question.low_label.empty() ? (high ? least : most) : question.low_label);
  return " (" + (high ? high_end + ", " + low_end : low_end + ", " + high_end) + ")";
}

}  // namespace

ExportVariables::ExportVariables(const Questionnaire& questionnaire, Language language,
                                 const std::vector<UnitTally>& units)
    : questionnaire_(questionnaire), language_(language) {
  add_response_variables();
  if (!units.empty()) add_unit_variable(units);
  for (const Question& question : questionnaire.questions) add_question(question);
  for (std::size_t s = 0; s < slots_.size(); ++s) slot_of_[slots_[s].question->id] = s;
  counts_.resize(variables_.size());
  keep_names_clear_of_spss_segments();
}

// One set of names for every format, so the rule of the .sav (export_names.h) holds for all.
void ExportVariables::keep_names_clear_of_spss_segments() {
  for (const ExportVariable& long_string : variables_) {
    if (!long_string.text || long_string.text_bytes <= 255) continue;
    const std::string stem_owner = long_string.name;
    for (ExportVariable& variable : variables_)
      if (clashes_with_spss_segments(variable.name, stem_owner)) variable.name = names_.clear_of_segments(variable.name);
  }
}

ExportVariable& ExportVariables::add(const std::string& wish, std::string label, VariableContent content,
                                     const Question* question, MeasureLevel measure) {
  ExportVariable variable;
  variable.name = names_.unique(wish);
  variable.label = std::move(label);
  variable.content = content;
  variable.question = question;
  variable.measure = measure;
  variables_.push_back(std::move(variable));
  return variables_.back();
}

void ExportVariables::add_response_variables() {
  add("respons", text_in(language_, Msg::export_response_variable),
      VariableContent::response_id, nullptr, MeasureLevel::nominal);
  ExportVariable& group = add("groep", text_in(language_, Msg::report_group), VariableContent::group, nullptr,
                              MeasureLevel::nominal);
  std::vector<std::string> group_labels;
  for (const RespondentGroup& respondents : questionnaire_.groups) group_labels.push_back(respondents.label);
  group.values = numbered(group_labels);
  ExportVariable& source = add("bron", text_in(language_, Msg::export_source_variable),
                               VariableContent::source, nullptr, MeasureLevel::nominal);
  source.values = numbered({std::begin(kSources), std::end(kSources)});
  add("tijd", text_in(language_, Msg::export_time_variable), VariableContent::time, nullptr,
      MeasureLevel::scale);
}

// After tijd, so the response's own variables keep their places (0..3) with or without units.
// A value label names the unit and, where it has one, its label: "klimop (De Klimop)".
void ExportVariables::add_unit_variable(const std::vector<UnitTally>& units) {
  ExportVariable& unit = add("eenheid", text_in(language_, Msg::export_unit_variable), VariableContent::unit, nullptr,
                             MeasureLevel::nominal);
  std::vector<std::string> labels;
  for (const UnitTally& tally : units) {
    labels.push_back(tally.label == tally.unit ? tally.unit : tally.unit + " (" + tally.label + ")");
    unit_value_.emplace(tally.unit, static_cast<int>(labels.size()));
  }
  unit.values = numbered(labels);
}

void ExportVariables::add_question(const Question& question) {
  QuestionSlot slot{&question, variables_.size(), 0};
  const std::string prefix = question.id + ": ";
  const auto per_item = [&](VariableContent content, MeasureLevel measure, const std::string& suffix,
                            const std::vector<ValueLabel>& values) {
    for (const Item& item : question.items) {
      ExportVariable& variable = add(question.id + "_" + item.id, prefix + item.label + suffix, content, &question, measure);
      variable.item = &item;
      variable.values = values;
      set_missing(variable, question, false);
    }
  };
  const auto kind = [&](Msg what) {
    for (std::size_t v = slot.first; v < variables_.size(); ++v) variables_[v].kind = phrase_in(language_, what);
  };
  switch (question.type) {
    case QuestionType::rank:
      per_item(VariableContent::answer, MeasureLevel::ordinal, rank_direction(question, language_), rank_labels(question));
      kind(Msg::export_kind_rank);
      break;
    case QuestionType::matrix:
      per_item(VariableContent::answer, MeasureLevel::ordinal, "", numbered(question.scale));
      kind(Msg::export_kind_matrix);
      break;
    case QuestionType::multi:
      per_item(VariableContent::ticked, MeasureLevel::nominal, text_in(language_, Msg::export_ticked_suffix),
               numbered({}));
      for (std::size_t v = slot.first; v < variables_.size(); ++v)
        variables_[v].values = {{0, text_in(language_, Msg::export_not_ticked)},
                                {1, text_in(language_, Msg::export_ticked)}};
      kind(Msg::export_kind_multi);
      break;
    case QuestionType::number: {
      ExportVariable& variable = add(question.id, question.text + (question.unit.empty() ? "" : " (" + question.unit + ")"),
                                     VariableContent::answer, &question, MeasureLevel::scale);
      variable.whole_numbers = question.integer;
      set_missing(variable, question, false);
      kind(Msg::export_kind_number);
      break;
    }
    case QuestionType::choice:
    case QuestionType::likert: {
      const bool choice = question.type == QuestionType::choice;
      ExportVariable& variable = add(question.id, question.text, VariableContent::answer, &question,
                                     choice ? MeasureLevel::nominal : MeasureLevel::ordinal);
      variable.values = choice ? item_labels(question) : numbered(question.scale);
      set_missing(variable, question, false);
      if (choice) kind(Msg::export_kind_choice);
      else kind(Msg::export_kind_likert);
      break;
    }
    case QuestionType::text: {
      ExportVariable& variable = add(question.id, question.text, VariableContent::open_text, &question, MeasureLevel::nominal);
      variable.text = true;
      variable.text_bytes = question.max_length * 4;  // max_length counts characters; UTF-8 takes up to 4 bytes each
      kind(Msg::export_kind_text);
      if (const CodingFrame* frame = questionnaire_.find_frame(question.coding_frame)) {
        slot.code = variables_.size();
        add_codes(question, *frame);
      }
      break;
    }
  }
  slots_.push_back(slot);
}

void ExportVariables::add_codes(const Question& question, const CodingFrame& frame) {
  const std::string unplaceable = text_in(language_, Msg::report_unplaceable);
  if (!frame.multiple) {
    ExportVariable& variable = add(question.id + "_code", question.id + ": code (" + frame.label + ")",
                                   VariableContent::code, &question, MeasureLevel::nominal);
    std::vector<std::string> labels;
    for (const Code& code : frame.codes) labels.push_back(code.label);
    labels.push_back(unplaceable);
    variable.values = numbered(labels);
    set_missing(variable, question, true);
    return;
  }
  const auto add_ticked = [&](const Code* code) {
    ExportVariable& variable = add(question.id + "_" + (code ? code->id : "np"),
                                   question.id + ": code " + (code ? code->label : unplaceable),
                                   VariableContent::code_ticked, &question, MeasureLevel::nominal);
    variable.code = code;
    variable.values = {{0, text_in(language_, Msg::export_code_not_given)},
                       {1, text_in(language_, Msg::export_code_given)}};
    set_missing(variable, question, true);
  };
  for (const Code& code : frame.codes) add_ticked(&code);
  add_ticked(nullptr);
}

void ExportVariables::fit_text_widths(const std::vector<std::size_t>& longest) {
  for (std::size_t v = 0; v < variables_.size(); ++v)
    if (variables_[v].text) variables_[v].text_bytes = std::max<std::size_t>(1, longest[v]);
}

void ExportVariables::fill(const ResponseView& response, const std::vector<EffectiveCode>& codes,
                           std::vector<ExportCell>& row) {
  reset_row(response.group, row);
  row[0].number = static_cast<double>(response.id);
  for (std::size_t g = 0; g < questionnaire_.groups.size(); ++g)
    if (questionnaire_.groups[g].id == response.group) row[1].number = static_cast<double>(g + 1);
  for (std::size_t s = 0; s < std::size(kSources); ++s)
    if (kSources[s] == response.source) row[2].number = static_cast<double>(s + 1);
  row[3].text.assign(response.submitted_at);  // the R CSV writes it as stored
  if (const auto seconds = unix_seconds(response.submitted_at)) row[3].number = static_cast<double>(*seconds);
  else row[3].missing = MissingReason::not_answered;  // not a time peiling wrote: system-missing, not a wrong time
  if (!unit_value_.empty()) {
    const auto unit = unit_value_.find(std::string(response.unit));
    if (unit != unit_value_.end()) row[4].number = unit->second;
    else row[4].missing = MissingReason::not_answered;  // a unit removed since: system-missing
  }
  const std::vector<StoredAnswerView>& answers = *response.answers;
  for (std::size_t first = 0; first < answers.size();) {  // a question's answers stand together
    std::size_t end = first + 1;
    while (end < answers.size() && answers[end].question == answers[first].question) ++end;
    const auto slot = slot_of_.find(answers[first].question);
    if (slot != slot_of_.end()) put_answers(slots_[slot->second], std::span(answers).subspan(first, end - first), row);
    first = end;
  }
  mark_hidden_questions(answers, row);
  for (const QuestionSlot& slot : slots_)
    if (slot.code && !row[slot.first].missing) put_codes(slot, codes_of(codes, slot.question->id), row);
  count(row);
}

// A question its show_if condition hid from this respondent was not asked, as a question
// for another group is not (is_shown, the rule the form and the import follow).
void ExportVariables::mark_hidden_questions(const std::vector<StoredAnswerView>& answers,
                                            std::vector<ExportCell>& row) const {
  const bool conditional = std::any_of(questionnaire_.questions.begin(), questionnaire_.questions.end(),
                                       [](const Question& question) { return question.show_if.has_value(); });
  if (!conditional) return;
  std::vector<Answer> given;
  for (const StoredAnswerView& answer : answers)
    given.push_back({std::string(answer.question), std::string(answer.item), std::string(answer.text)});
  for (std::size_t v = 0; v < variables_.size(); ++v) {
    const Question* question = variables_[v].question;
    if (!question || !question->show_if || is_shown(questionnaire_, *question, given)) continue;
    row[v].missing = MissingReason::not_asked;
    row[v].text.clear();
  }
}

// Every question's variables missing: not asked to this group, or (until an answer says
// otherwise) not answered.
void ExportVariables::reset_row(std::string_view group, std::vector<ExportCell>& row) const {
  row.resize(variables_.size());
  for (std::size_t v = 0; v < variables_.size(); ++v) {
    ExportCell& cell = row[v];
    cell.number = 0;
    cell.text.clear();
    const Question* question = variables_[v].question;
    cell.missing = !question ? std::nullopt
                   : question->asked_to(group) ? std::optional(MissingReason::not_answered)
                                               : std::optional(MissingReason::not_asked);
  }
  row[1].missing = row[2].missing = std::nullopt;  // group and source: always known
}

namespace {

std::optional<double> number_of(const StoredAnswerView& answer) {
  if (answer.number) return answer.number;
  double value = 0;
  if (parse_typed_number(std::string(answer.text), value)) return value;
  return std::nullopt;
}

std::optional<std::size_t> item_index(const Question& question, std::string_view item_id) {
  for (std::size_t i = 0; i < question.items.size(); ++i)
    if (question.items[i].id == item_id) return i;
  return std::nullopt;
}

void set_number(ExportCell& cell, std::optional<double> number) {
  if (!number) return;  // not a number: left as not answered
  cell.number = *number;
  cell.missing.reset();
}

}  // namespace

void ExportVariables::put_answers(const QuestionSlot& slot, std::span<const StoredAnswerView> answers,
                                  std::vector<ExportCell>& row) const {
  const Question& question = *slot.question;
  switch (question.type) {
    case QuestionType::number:
    case QuestionType::likert:
      set_number(row[slot.first], number_of(answers.front()));
      break;
    case QuestionType::choice:
      if (const auto option = item_index(question, answers.front().text))
        set_number(row[slot.first], static_cast<double>(*option + 1));
      break;
    case QuestionType::rank:
    case QuestionType::matrix:
      for (const StoredAnswerView& answer : answers)
        if (const auto item = item_index(question, answer.item)) set_number(row[slot.first + *item], number_of(answer));
      break;
    case QuestionType::multi:
      for (std::size_t i = 0; i < question.items.size(); ++i) set_number(row[slot.first + i], 0.0);
      for (const StoredAnswerView& answer : answers)
        if (const auto option = item_index(question, answer.item)) set_number(row[slot.first + *option], 1.0);
      break;
    case QuestionType::text:
      if (!answers.front().text.empty()) {
        row[slot.first].text.assign(answers.front().text);
        row[slot.first].missing.reset();
      }
      break;
  }
}

// The codes of an answered open question: its code (a frame with one code per answer) or
// a 0/1 per code (a `multiple` frame); not coded while no coder placed it in the frame.
void ExportVariables::put_codes(const QuestionSlot& slot, std::span<const EffectiveCode> codes,
                                std::vector<ExportCell>& row) const {
  const CodingFrame& frame = *questionnaire_.find_frame(slot.question->coding_frame);
  const auto position = [&](std::string_view code) -> std::optional<std::size_t> {
    if (code == kUnplaceable) return frame.codes.size();
    for (std::size_t c = 0; c < frame.codes.size(); ++c)
      if (frame.codes[c].id == code) return c;
    return std::nullopt;  // a code no longer in the frame: as if not coded
  };
  const std::size_t count = frame.multiple ? frame.codes.size() + 1 : 1;
  for (std::size_t v = slot.code; v < slot.code + count; ++v) row[v].missing = MissingReason::not_coded;
  for (const EffectiveCode& code : codes) {
    const auto at = position(code.code);
    if (!at) continue;
    if (!frame.multiple) {
      set_number(row[slot.code], static_cast<double>(*at + 1));
      continue;
    }
    for (std::size_t v = slot.code; v < slot.code + count; ++v)
      if (row[v].missing) set_number(row[v], 0.0);
    set_number(row[slot.code + *at], 1.0);
  }
}

void ExportVariables::count(const std::vector<ExportCell>& row) {
  for (std::size_t v = 0; v < variables_.size(); ++v) {
    const ExportCell& cell = row[v];
    VariableCounts& counts = counts_[v];
    if (cell.missing) {
      ++counts.missing[static_cast<std::size_t>(*cell.missing)];
      continue;
    }
    if (variables_[v].text) {
      counts.valid += cell.text.empty() ? 0 : 1;
      continue;
    }
    ++counts.valid;
    if (!variables_[v].values.empty() && cell.number == std::floor(cell.number))
      ++counts.by_value[static_cast<int>(cell.number)];
  }
}

}  // namespace peiling
