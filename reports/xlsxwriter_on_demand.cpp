// The libxlsxwriter functions the Excel export calls, loaded with dlopen on first use instead
// of linked: libxlsxwriter pulls in OpenSSL's libcrypto and minizip, which would cost every
// start of peiling several ms (see the start-time note in CMakeLists.txt). Each function is
// defined here with the header's own signature and forwards to the library's.
#include <dlfcn.h>
#include <xlsxwriter.h>

#include <stdexcept>
#include <string>

namespace {

constexpr const char* kLibrary = "libxlsxwriter.so.4";  // Debian package libxlsxwriter4

void* library() {
  static void* const handle = [] {
    void* opened = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
    if (!opened)
      throw std::runtime_error(std::string("the Excel export needs ") + kLibrary + " (Debian package libxlsxwriter4): " +
                               dlerror());
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

extern "C" {

lxw_workbook* workbook_new_opt(const char* filename, lxw_workbook_options* options) {
  static const auto real = resolve<decltype(&workbook_new_opt)>("workbook_new_opt");
  return real(filename, options);
}

lxw_worksheet* workbook_add_worksheet(lxw_workbook* workbook, const char* sheetname) {
  static const auto real = resolve<decltype(&workbook_add_worksheet)>("workbook_add_worksheet");
  return real(workbook, sheetname);
}

lxw_format* workbook_add_format(lxw_workbook* workbook) {
  static const auto real = resolve<decltype(&workbook_add_format)>("workbook_add_format");
  return real(workbook);
}

lxw_error workbook_close(lxw_workbook* workbook) {
  static const auto real = resolve<decltype(&workbook_close)>("workbook_close");
  return real(workbook);
}

void format_set_bold(lxw_format* format) {
  static const auto real = resolve<decltype(&format_set_bold)>("format_set_bold");
  real(format);
}

void format_set_num_format(lxw_format* format, const char* num_format) {
  static const auto real = resolve<decltype(&format_set_num_format)>("format_set_num_format");
  real(format, num_format);
}

lxw_error worksheet_write_string(lxw_worksheet* worksheet, lxw_row_t row, lxw_col_t col, const char* string,
                                 lxw_format* format) {
  static const auto real = resolve<decltype(&worksheet_write_string)>("worksheet_write_string");
  return real(worksheet, row, col, string, format);
}

lxw_error worksheet_write_number(lxw_worksheet* worksheet, lxw_row_t row, lxw_col_t col, double number,
                                 lxw_format* format) {
  static const auto real = resolve<decltype(&worksheet_write_number)>("worksheet_write_number");
  return real(worksheet, row, col, number, format);
}

char* lxw_strerror(lxw_error error_num) {
  static const auto real = resolve<decltype(&lxw_strerror)>("lxw_strerror");
  return real(error_num);
}

}  // extern "C"
