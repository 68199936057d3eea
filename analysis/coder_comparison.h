// Two or more coders' codings of one survey side by side: per open question the table of
// answers by coders that agreement.h measures, the statistics per question and overall,
// and the answers the coders disagree on (what `code compare` prints and `code resolve`
// walks through).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/agreement.h"
#include "engine/effective_codings.h"
#include "engine/store.h"

namespace peiling {

// An answer that at least one compared coder coded, with each coder's value: their codes
// joined by "+" in code order ("f3+f4"), kUnplaceable, or "" when they did not code it.
struct ComparedAnswer {
  std::int64_t response_id = 0;
  const Question* question = nullptr;
  std::string group;
  std::string text;  // verbatim
  CodedUnit unit;
  std::vector<std::string> agreed;  // the agreed codes already recorded; empty if none

  bool disagreement() const;  // two coders gave it different values
};

struct QuestionAgreement {
  const Question* question = nullptr;
  std::vector<ComparedAnswer> answers;  // by response id
  AgreementStats stats;
};

struct CoderComparison {
  std::vector<std::string> coders;
  std::vector<QuestionAgreement> questions;  // open questions with a coding frame, definition order
  AgreementStats overall;                    // all answers of all questions pooled

  std::vector<const ComparedAnswer*> disagreements() const;
};

// The coders' values for every coded answer of the survey. `questionnaire` must be the
// survey's own and outlive the result.
CoderComparison compare_coders(Store& store, std::int64_t survey_id, const Questionnaire& questionnaire,
                               const std::vector<std::string>& coders);

// The coders who coded anything in the survey, in order of their first coding.
std::vector<std::string> coders_of(Store& store, std::int64_t survey_id);

// Who coded and how far they agreed, for the report's method section.
struct CoderCount {
  std::string coder;
  int answers = 0;  // answers this coder coded
};
struct CodingMethod {
  std::vector<CoderCount> coders;  // in order of their first coding
  int open_answers = 0;            // non-empty answers to open questions with a frame
  int coded_answers = 0;           // of those, coded by at least one coder
  // By the codes the report uses (agreed, else the last coder's), as in the ordered shoebox:
  int placed_answers = 0;          // under at least one code of the frame
  int unplaceable_answers = 0;     // marked kUnplaceable
  int agreed_answers = 0;          // answers with an agreed code (`code resolve`)
  bool compared = false;           // two or more coders: the fields below are filled in
  AgreementStats agreement;        // all coders, all questions pooled
  int disagreements = 0;
};

// Adds the coders to `method`, whose answer counts the analysis's pass over the responses
// filled in, as were the coders and how many answers each coded; with two or more coders,
// their agreement.
void add_coders(Store& store, std::int64_t survey_id, const Questionnaire& questionnaire,
                const std::vector<CoderTally>& coders, CodingMethod& method);

// The value that stands for a set of codes in the agreement table: "f3+f4".
std::string joined_codes(std::vector<std::string> codes);
// And back: "f3+f4" into its codes ({} for "").
std::vector<std::string> split_joined_codes(const std::string& value);

}  // namespace peiling
