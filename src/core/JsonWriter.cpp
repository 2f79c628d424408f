#include "JsonWriter.h"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>

namespace aisov::detail {

namespace {

// Text nlohmann writes as it is, between quotes: printable ASCII other
// than the quote and the backslash.
bool needsNoEscape(std::string_view text)
{
    for (const char c : text)
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
            return false;
    return true;
}

} // namespace

void JsonWriter::newLine()
{
    m_out += '\n';
    m_out.append(2 * m_levels.size(), ' ');
}

// The separator and indentation before an array element; inside an
// object, key() wrote them.
void JsonWriter::beforeValue()
{
    if (m_levels.empty() || !m_levels.back().array)
        return;
    if (!m_levels.back().empty)
        m_out += ',';
    m_levels.back().empty = false;
    newLine();
}

void JsonWriter::key(std::string_view name)
{
    if (!m_levels.back().empty)
        m_out += ',';
    m_levels.back().empty = false;
    newLine();
    value(name);
    m_out += ": ";
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back({false, true});
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.push_back({true, true});
}

// nlohmann writes an empty container as "{}" or "[]", a full one with its
// closing bracket on a line of its own.
void JsonWriter::end(char close)
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newLine();
    m_out += close;
}

void JsonWriter::endObject()
{
    end('}');
}

void JsonWriter::endArray()
{
    end(']');
}

void JsonWriter::value(std::string_view text)
{
    beforeValue();
    if (needsNoEscape(text)) {
        m_out += '"';
        m_out += text;
        m_out += '"';
        return;
    }
    // Escapes and UTF-8 checks (it throws on invalid UTF-8) exactly as before.
    m_out += nlohmann::json(std::string(text)).dump();
}

void JsonWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number)) {
        m_out += "null"; // as nlohmann writes NaN and infinities
        return;
    }
    std::array<char, 64> buffer{};
    const char* end =
        nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
    m_out.append(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
}

void JsonWriter::value(int number)
{
    beforeValue();
    std::array<char, 16> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
    m_out.append(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::value(const std::optional<double>& number)
{
    if (number)
        value(*number);
    else
        null();
}

} // namespace aisov::detail
