// The verbs of the `peiling` command; each takes its arguments after the verb name.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/cli_support.h"
#include "engine/store.h"
#include "reports/report.h"

namespace peiling {

int run_validate(const std::vector<std::string>& args, VerbIo& io);
int run_new(const std::vector<std::string>& args, VerbIo& io);  // a definition to start from
int run_survey(const std::vector<std::string>& args, VerbIo& io);
int run_report(const std::vector<std::string>& args, VerbIo& io);
int run_code(const std::vector<std::string>& args, VerbIo& io);
int run_demo(const std::vector<std::string>& args, VerbIo& io);
int run_print(const std::vector<std::string>& args, VerbIo& io);  // paper form (issue 4)
int run_enter(const std::vector<std::string>& args, VerbIo& io);  // data entry of paper forms (issue 4)
// CSV template, import and export of responses (issue 4).
int run_template(const std::vector<std::string>& args, VerbIo& io);
int run_import(const std::vector<std::string>& args, VerbIo& io);
int run_export(const std::vector<std::string>& args, VerbIo& io);
int run_serve(const std::vector<std::string>& args, VerbIo& io);   // web form (app/verb_serve.cpp)
int run_tokens(const std::vector<std::string>& args, VerbIo& io);  // one-time tokens (app/verb_tokens.cpp)
int run_copy(const std::vector<std::string>& args, VerbIo& io);  // a whole database into another (app/verb_copy.cpp)
int run_workbench(const std::vector<std::string>& args, VerbIo& io);  // the workbench (app/verb_workbench.cpp)

// For verbs with sub-verbs (`survey create`, `code list`): the table and its dispatch.
struct SubVerb {
  const char* name;
  std::string purpose;  // in the user's language (base/messages.h)
  int (*run)(const std::vector<std::string>& args, VerbIo& io);
};
int dispatch_sub_verb(const char* verb, const std::vector<SubVerb>& sub_verbs, const std::vector<std::string>& args,
                      VerbIo& io);

// Opens the --db database of a verb that only works on an existing one; a mistyped path
// gets a message instead of a new, empty database.
Store open_existing_store(const VerbOptions& options);

// After responses came in (import, enter): a warning on `err` for every group that now has
// more responses than people invited (82 of 80), in the user's language.
void warn_when_more_than_invited(Store& store, std::int64_t survey_id, std::ostream& err);
// The same from counts the caller has: `survey` as stored before, plus what it just stored.
void warn_when_more_than_invited(const SurveyRecord& survey, std::ostream& err);
void warn_when_more_than_invited(const Questionnaire& questionnaire, const std::vector<GroupTally>& groups,
                                 const std::string& unit_label, std::ostream& err);

// "--group directie=4" specs (id or label) for every group of the questionnaire once, all
// problems at once (app/verb_survey.cpp; `survey create` and `unit add`).
std::vector<GroupInvitation> parse_invitations(const std::vector<std::string>& specs, const Questionnaire& questionnaire);
int run_unit(const std::vector<std::string>& args, VerbIo& io);  // units of a survey (app/verb_unit.cpp)

// The report options shared by `report` and `demo`.
void add_report_options(VerbOptions& options, const char* default_out);
ReportOptions parse_report_options(const VerbOptions& options);
// Writes the report of an analysed survey and tells where it is.
void announce_report(const SurveyReport& written, const ReportOptions& report, VerbIo& io);

}  // namespace peiling
