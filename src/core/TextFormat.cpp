#include "TextFormat.h"

#include <charconv>
#include <string_view>

namespace aisov::detail {

namespace {

// Quotes, then a character that makes a spreadsheet read a formula.
bool startsLikeFormula(const std::string& text)
{
    const auto first = text.find_first_not_of('\'');
    return first != std::string::npos &&
           std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos;
}

} // namespace

std::string csvField(const std::string& rawText)
{
    const std::string text = startsLikeFormula(rawText) ? "'" + rawText : rawText;
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string readCsvText(const std::string& cell)
{
    if (!cell.empty() && cell.front() == '\'' && startsLikeFormula(cell.substr(1)))
        return cell.substr(1);
    return cell;
}

std::string shortestNumber(double value)
{
    char buffer[64];
    const auto [ptr, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? std::string(buffer, ptr) : std::string();
}

std::string fixedNumber(double value, int decimals)
{
    char buffer[400];
    const auto [ptr, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return error == std::errc() ? std::string(buffer, ptr) : std::string();
}

} // namespace aisov::detail
