// The print style sheet of the paper form: A4 pages, boxes big enough for a handwritten
// digit, a question never split over two pages.
#pragma once

namespace peiling {

const char* paper_form_style();

}  // namespace peiling
