// One escaping function per sink. Every string that came from a definition file or a
// respondent passes through the function for the place it is written to.
#pragma once

#include <string>
#include <string_view>

namespace peiling {

// HTML text and attribute values: & < > " ' become entities.
std::string escape_html(std::string_view text);

// SVG (XML) text and attribute values: & < > " ' become entities; control characters
// that XML 1.0 forbids are dropped.
std::string escape_svg(std::string_view text);

// Text painted into an image (the chart PNGs): made valid UTF-8 as for SVG, with control
// characters dropped, since the painter draws every character it is given.
std::string escape_painted_text(std::string_view text);

// A text cell of an xlsx sheet (its XML is written by libxlsxwriter, which turns control
// characters into _xHHHH_ itself): U+FFFE and U+FFFF, which XML forbids, are dropped, and a
// literal _xHHHH_ gets its underscore escaped (_x005F_), else Excel shows a character
// instead of the respondent's text.
std::string escape_xlsx(std::string_view text);

// One CSV field (RFC 4180): quoted when it holds a comma, semicolon, quote or line break.
// A field starting with = + - @ (or a tab or carriage return) gets a leading ' so
// spreadsheets do not run it as a formula (the rule, and its undoing: base/formula_guard.h).
std::string escape_csv(std::string_view text);
// The same, appended to `out` (no string of its own: a report writes a million fields).
void append_csv_field(std::string& out, std::string_view text);

// Markdown (CommonMark with GitHub's tables and strikethrough), escaped so that it reads as
// plain text and renders as exactly its text: a backslash only where a character would act
// there (* _ ~ next to a word, ` [ ], < before a tag or link, & before an entity, \ before
// punctuation, a leading # > - + * or "1." that would open a block, a heading's trailing #,
// | in a table cell); never an HTML entity, so "p < 0,001" stays as it is. Line breaks
// become spaces and other control characters go: one piece of text never starts a block.
// `text` is anywhere outside a table (paragraph, list item, heading, emphasis, image text).
enum class MarkdownPlace { text, table_cell };
std::string escape_markdown(std::string_view text, MarkdownPlace place = MarkdownPlace::text);

// A terminal line: control characters (escape sequences, line breaks) are made visible
// as \\x1b and the like, so an answer cannot move the cursor or recolour the screen, and
// bidirectional controls (U+202E and kin) as \\u202e, so it cannot reorder what follows.
// Used for everything peiling prints that came from a definition or a respondent.
std::string escape_terminal(std::string_view text);

// An R string literal, quotes included: \ and " escaped, control characters as \n \t or
// \x.., every character outside ASCII as \u{...} or \U{...}, so the script means the same
// text whatever encoding R reads it in. R strings cannot hold NUL: it is dropped, as are
// bytes that are not UTF-8 (replaced by U+FFFD).
std::string escape_r_string(std::string_view text);

}  // namespace peiling
