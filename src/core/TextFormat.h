#pragma once

// Internal to aisov_core: how numbers and text are spelt in the CSV files
// the library writes.

#include <string>

namespace aisov::detail {

// Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180).
std::string csvField(const std::string& text);

// Shortest text that reads back as exactly `value`.
std::string shortestNumber(double value);

// `value` with a fixed number of decimals.
std::string fixedNumber(double value, int decimals);

} // namespace aisov::detail
