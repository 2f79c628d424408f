#include "aisov/PrintableText.h"

#include "TextFormat.h"

#include <cstdio>

namespace aisov {

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

bool isHiddenFormatting(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || c == 0x061C;
}

std::string hexEscape(const char* format, unsigned value)
{
    char escaped[16];
    std::snprintf(escaped, sizeof escaped, format, value);
    return escaped;
}

} // namespace

std::string printableText(std::string_view text)
{
    std::string printable;
    printable.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const detail::Utf8Character decoded = detail::decodeUtf8At(text, at);
        if (decoded.length == 0) {
            printable += hexEscape("\\x%02x", static_cast<unsigned char>(text[at]));
            ++at;
            continue;
        }
        const char32_t c = decoded.codePoint;
        if (isControl(c) && c != '\n' && c != '\t')
            printable += hexEscape(c < 0x80 ? "\\x%02x" : "\\u%04x", static_cast<unsigned>(c));
        else
            printable.append(text.substr(at, decoded.length));
        at += decoded.length;
    }
    return printable;
}

std::optional<Problem> hiddenCharacterProblem(std::string_view text)
{
    for (std::size_t at = 0; at < text.size();) {
        const detail::Utf8Character decoded = detail::decodeUtf8At(text, at);
        if (decoded.length == 0)
            return Problem{InputProblem::TextNotUtf8};
        if (isControl(decoded.codePoint))
            return Problem{InputProblem::ControlCharacter,
                           {hexEscape("U+%04X", static_cast<unsigned>(decoded.codePoint))}};
        if (isHiddenFormatting(decoded.codePoint))
            return Problem{InputProblem::HiddenCharacter,
                           {hexEscape("U+%04X", static_cast<unsigned>(decoded.codePoint))}};
        at += decoded.length;
    }
    return std::nullopt;
}

} // namespace aisov
