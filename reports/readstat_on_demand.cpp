// The ReadStat functions the SPSS and Stata exports call, loaded with dlopen on first use
// instead of linked, as libxlsxwriter is (xlsxwriter_on_demand.cpp): linked, libreadstat
// and the shared zlib it needs would be loaded at every start of peiling (see the
// start-time note in CMakeLists.txt). Each function is defined here with the header's own
// signature and forwards to the library's.
#include <dlfcn.h>
#include <readstat.h>

#include <stdexcept>
#include <string>

namespace {

constexpr const char* kLibrary = "libreadstat.so.1";  // Debian package libreadstat1

void* library() {
  static void* const handle = [] {
    void* opened = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
    if (!opened)
      throw std::runtime_error(std::string("the SPSS and Stata exports need ") + kLibrary +
                               " (Debian package libreadstat1): " + dlerror());
    return opened;
  }();
  return handle;
}

template <typename Function>
Function resolve(const char* name) {
  void* symbol = dlsym(library(), name);
  if (!symbol) throw std::runtime_error(std::string(kLibrary) + " has no function " + name);
  return reinterpret_cast<Function>(symbol);
}

}  // namespace

// Defines `name` with the parameters `parameters` (a parenthesised list) forwarding the
// arguments `arguments` to the library's function of that name.
#define PEILING_FORWARD(result, name, parameters, arguments)                  \
  result name parameters {                                                    \
    static const auto real = resolve<decltype(&name)>(#name);                 \
    return real arguments;                                                    \
  }

extern "C" {

PEILING_FORWARD(readstat_writer_t*, readstat_writer_init, (void), ())
PEILING_FORWARD(void, readstat_writer_free, (readstat_writer_t * writer), (writer))
PEILING_FORWARD(readstat_error_t, readstat_set_data_writer, (readstat_writer_t * writer, readstat_data_writer data_writer),
                (writer, data_writer))
PEILING_FORWARD(readstat_label_set_t*, readstat_add_label_set,
                (readstat_writer_t * writer, readstat_type_t type, const char* name), (writer, type, name))
PEILING_FORWARD(void, readstat_label_int32_value, (readstat_label_set_t * label_set, int32_t value, const char* label),
                (label_set, value, label))
PEILING_FORWARD(void, readstat_label_tagged_value, (readstat_label_set_t * label_set, char tag, const char* label),
                (label_set, tag, label))
PEILING_FORWARD(readstat_variable_t*, readstat_add_variable,
                (readstat_writer_t * writer, const char* name, readstat_type_t type, size_t storage_width),
                (writer, name, type, storage_width))
PEILING_FORWARD(void, readstat_variable_set_label, (readstat_variable_t * variable, const char* label), (variable, label))
PEILING_FORWARD(void, readstat_variable_set_label_set, (readstat_variable_t * variable, readstat_label_set_t* label_set),
                (variable, label_set))
PEILING_FORWARD(void, readstat_variable_set_format, (readstat_variable_t * variable, const char* format), (variable, format))
PEILING_FORWARD(void, readstat_variable_set_measure, (readstat_variable_t * variable, readstat_measure_t measure),
                (variable, measure))
PEILING_FORWARD(readstat_error_t, readstat_variable_add_missing_double_value, (readstat_variable_t * variable, double value),
                (variable, value))
PEILING_FORWARD(readstat_error_t, readstat_writer_set_file_label, (readstat_writer_t * writer, const char* file_label),
                (writer, file_label))
PEILING_FORWARD(readstat_error_t, readstat_writer_set_file_format_version,
                (readstat_writer_t * writer, uint8_t file_format_version), (writer, file_format_version))
PEILING_FORWARD(readstat_error_t, readstat_writer_set_compression,
                (readstat_writer_t * writer, readstat_compress_t compression), (writer, compression))
PEILING_FORWARD(readstat_error_t, readstat_begin_writing_sav, (readstat_writer_t * writer, void* user_ctx, long row_count),
                (writer, user_ctx, row_count))
PEILING_FORWARD(readstat_error_t, readstat_begin_writing_dta, (readstat_writer_t * writer, void* user_ctx, long row_count),
                (writer, user_ctx, row_count))
PEILING_FORWARD(readstat_error_t, readstat_validate_metadata, (readstat_writer_t * writer), (writer))
PEILING_FORWARD(readstat_error_t, readstat_validate_variable,
                (readstat_writer_t * writer, const readstat_variable_t* variable), (writer, variable))
PEILING_FORWARD(readstat_error_t, readstat_begin_row, (readstat_writer_t * writer), (writer))
PEILING_FORWARD(readstat_error_t, readstat_insert_double_value,
                (readstat_writer_t * writer, const readstat_variable_t* variable, double value), (writer, variable, value))
PEILING_FORWARD(readstat_error_t, readstat_insert_int32_value,
                (readstat_writer_t * writer, const readstat_variable_t* variable, int32_t value), (writer, variable, value))
PEILING_FORWARD(readstat_error_t, readstat_insert_string_value,
                (readstat_writer_t * writer, const readstat_variable_t* variable, const char* value), (writer, variable, value))
PEILING_FORWARD(readstat_error_t, readstat_insert_missing_value,
                (readstat_writer_t * writer, const readstat_variable_t* variable), (writer, variable))
PEILING_FORWARD(readstat_error_t, readstat_insert_tagged_missing_value,
                (readstat_writer_t * writer, const readstat_variable_t* variable, char tag), (writer, variable, tag))
PEILING_FORWARD(readstat_error_t, readstat_end_row, (readstat_writer_t * writer), (writer))
PEILING_FORWARD(readstat_error_t, readstat_end_writing, (readstat_writer_t * writer), (writer))
PEILING_FORWARD(const char*, readstat_error_message, (readstat_error_t error_code), (error_code))

}  // extern "C"
