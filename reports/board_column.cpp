// The board beside a unit in the unit's own report; see board_column.h.
#include "reports/board_column.h"

#include "base/messages.h"
#include "reports/report_tables.h"

namespace peiling {

namespace {

constexpr std::string_view kWithheld = "–";  // as in vergelijking-bestuur.*

const RankItemScore* score_of(const RankSummary& summary, const Item* item) {
  for (const RankItemScore& score : summary.items)
    if (score.item && item && (score.item == item || score.item->id == item->id)) return &score;
  return nullptr;
}

}  // namespace

BoardColumn::BoardColumn(const SurveyAnalysis& analysis, int min_group) : analysis_(analysis) {
  if (!analysis.units || analysis.units->focus.empty()) return;
  units_ = analysis.units.get();
  rule_.emplace(analysis.questionnaire, units_->units, min_group);
  unit_label_ = units_->focus_tally() ? units_->focus_tally()->label : units_->focus;
}

std::optional<std::size_t> BoardColumn::index_of(const GroupAnalysis& own) const {
  for (std::size_t g = 0; g < analysis_.groups.size(); ++g)
    if (&analysis_.groups[g] == &own) return g;
  return std::nullopt;
}

const GroupAnalysis& BoardColumn::counts_beside(const GroupAnalysis& own) const {
  const auto g = index_of(own);
  return g ? units_->board_groups[*g] : units_->board_all;
}

const QuestionSummary* BoardColumn::summary_beside(const GroupAnalysis& own, const Question& question) const {
  if (!active()) return nullptr;
  const auto g = index_of(own);
  const bool shown = g ? rule_->shows_board_group(*g) : rule_->shows_board(question);
  return shown ? summary_for(counts_beside(own), question) : nullptr;
}

bool BoardColumn::withholds_any(const Question& question, const std::vector<const GroupAnalysis*>& shown) const {
  if (!active()) return false;
  for (const GroupAnalysis* own : shown)
    if (summary_for(counts_beside(*own), question) && !summary_beside(*own, question)) return true;
  return false;
}

const GroupAnalysis* BoardColumn::owner_of(const Question& question, const RankSummary& summary) const {
  const auto holds = [&](const GroupAnalysis& group) {
    const QuestionSummary* own = summary_for(group, question);
    return own && std::get_if<RankSummary>(&own->result) == &summary;
  };
  for (const GroupAnalysis& group : analysis_.groups)
    if (holds(group)) return &group;
  return holds(analysis_.all_groups) ? &analysis_.all_groups : nullptr;
}

std::string BoardColumn::response_note(Language language) const {
  return text_in(language, Msg::board_column_response_note, units_->units.size(), unit_label_);
}

std::string BoardColumn::note(Language language) const {
  return text_in(language, Msg::board_column_note, units_->units.size(), unit_label_);
}

std::string BoardColumn::chart_sentence(Language language, const std::string& series_name) const {
  return text_in(language, Msg::board_column_chart, units_->units.size(), unit_label_, series_name);
}

std::string BoardColumn::name(Language language) const { return text_in(language, Msg::board_column_board); }

void add_board_columns(Table& table, const BoardColumn& board, const ReportText& text, const Question& question,
                       const RankSummary& summary) {
  if (!board.active()) return;
  const GroupAnalysis* own = board.owner_of(question, summary);
  if (!own) return;
  const QuestionSummary* beside = board.summary_beside(*own, question);
  const RankSummary* board_rank = beside ? std::get_if<RankSummary>(&beside->result) : nullptr;
  table.header.push_back(text_in(text.language(), Msg::board_column_mean));
  table.header.push_back(text_in(text.language(), Msg::board_column_place));
  table.numeric.push_back(true);
  table.numeric.push_back(false);
  if (!table.header_spans.empty()) table.header_spans.push_back({"", 2});
  for (std::size_t i = 0; i < summary.items.size() && i < table.rows.size(); ++i) {
    const RankItemScore* score = board_rank ? score_of(*board_rank, summary.items[i].item) : nullptr;
    const std::string withheld(kWithheld);
    table.rows[i].cells.push_back({{score ? text.mean_of(score->sum, score->answered) : withheld}, false});
    table.rows[i].cells.push_back({{score ? text.place_text(score->place, score->shared_place) : withheld}, false});
  }
}

}  // namespace peiling
