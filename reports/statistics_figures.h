// The figures of the statistics section as printed, and the words read off them. A verdict
// printed beside a number must be true of that number as the reader sees it: "p = 0,05"
// cannot be "below 0,05", nor "W = 0,70" merely "fairly agree" when 0,70 is "strongly"
// elsewhere. So a figure gets more decimals (up to four) where its usual ones would round
// it onto the other side of a threshold ("p = 0,047", "W = 0,697"), and the verdict is read
// off the printed value, so that even where four decimals cannot separate them
// (p = 0.04996 prints as 0,0500) the words match the figure.
#pragma once

#include <initializer_list>
#include <string>

#include "analysis/statistics_types.h"
#include "base/language.h"

namespace peiling {

struct PrintedFigure {
  std::string text;  // "0,047"
  double value = 0;  // what the text says: 0.047
  int decimals = 0;
};

// `value` with `decimals` places, or more (up to four) where that many would put it on
// the other side of one of `thresholds` (a value is on a threshold's upper side when it
// is at or above it).
PrintedFigure printed_figure(double value, int decimals, std::initializer_list<double> thresholds, Language language);

struct PrintedP {
  std::string text;   // "p = 0,047", "p ≈ 0,27", "p ≈ 0,049 ± 0,003", "p < 0,001"
  bool rare = false;  // the printed p is below kRareBelow
};

// "=" when counted exactly, "≈" when estimated, "<" when tiny; a Monte Carlo estimate
// carries its standard error ("±", rounded up) where that is larger than the explanation
// promises or where kRareBelow lies within two of it. Not for PMethod::none: there is no p.
PrintedP printed_p(const PValue& p, Language language);

// How much a group agrees on an order, in the words of the report: W from 0.7 on is
// "strongly", from 0.4 "fairly", below that "little".
enum class Agreement { little, fair, strong };
constexpr double kFairAgreement = 0.4, kStrongAgreement = 0.7;

struct PrintedW {
  std::string text;  // "0,96"
  Agreement agreement = Agreement::little;
};

PrintedW printed_w(double w, Language language);

}  // namespace peiling
