#pragma once

// Internal to aisov_core: how numbers and text are spelt in the CSV files
// the library writes.

#include <cstddef>
#include <string>
#include <string_view>

namespace aisov::detail {

// A text cell of a CSV file: quoted when it holds a comma, a quote or a
// line break, and guarded against spreadsheet formulas (OWASP, "CSV
// Injection"): a cell a spreadsheet would run as a formula (starting with
// "=", "+", "-", "@", a tab or a carriage return) gets a leading "'", which
// the spreadsheet shows as text. So that readCsvText gives back exactly the
// text written, a cell that already starts with quotes before one of those
// characters gets one more.
std::string csvField(const std::string& text);

// The text of a cell csvField wrote: one guarding "'" removed.
std::string readCsvText(const std::string& cell);

// The UTF-8 character at `text[at]`: its code point and length in bytes;
// length 0 when the bytes there are not well-formed UTF-8 (truncated,
// overlong, a surrogate, above U+10FFFF).
struct Utf8Character
{
    char32_t codePoint = 0;
    std::size_t length = 0;
};
Utf8Character decodeUtf8At(std::string_view text, std::size_t at);

// Shortest text that reads back as exactly `value`.
std::string shortestNumber(double value);

// `value` with a fixed number of decimals.
std::string fixedNumber(double value, int decimals);

} // namespace aisov::detail
