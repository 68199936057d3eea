// libFuzzer harness for the JSON readers: a definition file (parse_definition: the pre-scan,
// Boost's parser, the node checks and check_definition) and a --map file. Either the text
// is refused with a DefinitionError or MappingError, or what it gives is usable; any other
// exception, a crash or a sanitizer report is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/column_mapping.h"
#include "engine/csv_columns.h"
#include "engine/definition_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const peiling::Questionnaire questionnaire = peiling::parse_definition(text, "fuzz.json");
    (void)peiling::summarize(questionnaire);
    (void)peiling::canonical_columns(questionnaire);
  } catch (const peiling::DefinitionError&) {
  }
  try {
    const peiling::ColumnMapping mapping = peiling::parse_column_mapping(text, "fuzz.map.json");
    (void)mapping.value_for("groep", "groep", "x");
  } catch (const peiling::MappingError&) {
  }
  return 0;
}
