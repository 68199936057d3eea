// The workbench's definition editor as HTML (no HTTP here): the definition in a text area,
// the validator's problems listed and shown beside the lines they are about, and, once the
// definition is sound, a preview of the form per group in a phone-sized frame.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/definition_loader.h"
#include "web/workbench_pages.h"

namespace peiling::web {

struct DefinitionEditorView {
  std::string text;                        // the definition as typed
  std::string file_name = "vragenlijst.json";
  std::vector<BundledDefinition> bundled;  // to start from
  bool checked = false;                    // the text went through the validator
  std::vector<DefinitionProblem> problems;
  std::optional<Questionnaire> questionnaire;  // when checked and sound
  std::string preview_id;                  // the previews' frames load /definitie/voorbeeld/ID/GROUP
  std::string csrf;
  std::string error;                       // plain text, or ""
};

std::string definition_editor_page(const DefinitionEditorView& view);

// The lines of `text` around each problem's line, numbered, each problem right under its
// line (the column marked in words); problems without a line are not in it.
std::string problem_listing(const std::string& text, const std::vector<DefinitionProblem>& problems);

}  // namespace peiling::web
