#include "TableWriter.h"

#include "aisov/PrintableText.h"

#include <algorithm>
#include <utility>

void TableWriter::addColumn(std::string header, Align align)
{
    m_headers.push_back(std::move(header));
    m_aligns.push_back(align);
}

void TableWriter::addRow(std::vector<std::string> cells)
{
    cells.resize(m_headers.size());
    // Names and sources come from files: an escape sequence in one must
    // reach the terminal as text, never as a command to it.
    for (auto& cell : cells)
        cell = aisov::printableText(cell);
    m_rows.push_back(std::move(cells));
}

void TableWriter::write(std::ostream& out) const
{
    std::vector<std::size_t> widths;
    for (const auto& header : m_headers)
        widths.push_back(displayWidth(header));
    for (const auto& row : m_rows)
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    const auto writeRow = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string padding(widths[c] - displayWidth(cells[c]), ' ');
            if (c > 0)
                line += "  ";
            line += m_aligns[c] == Align::Right ? padding + cells[c] : cells[c] + padding;
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << '\n';
    };
    writeRow(m_headers);
    std::vector<std::string> rule;
    rule.reserve(widths.size());
    for (const std::size_t width : widths)
        rule.emplace_back(width, '-');
    writeRow(rule);
    for (const auto& row : m_rows)
        writeRow(row);
}

namespace {

// The width in terminal cells of the UTF-8 character at `text[i]`, and its
// length in bytes.
std::pair<std::size_t, std::size_t> characterAt(const std::string& text, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 1;
    char32_t codePoint = lead;
    if (lead >= 0xF0) {
        length = 4;
        codePoint = lead & 0x07U;
    } else if (lead >= 0xE0) {
        length = 3;
        codePoint = lead & 0x0FU;
    } else if (lead >= 0xC0) {
        length = 2;
        codePoint = lead & 0x1FU;
    }
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
        codePoint = (codePoint << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3FU);
    // Hangul, CJK and full-width forms take two terminal cells.
    const bool wide = (codePoint >= 0x1100 && codePoint <= 0x115F) ||
                      (codePoint >= 0x2E80 && codePoint <= 0xA4CF) ||
                      (codePoint >= 0xAC00 && codePoint <= 0xD7A3) ||
                      (codePoint >= 0xF900 && codePoint <= 0xFAFF) ||
                      (codePoint >= 0xFF00 && codePoint <= 0xFF60);
    return {wide ? 2 : 1, std::min(length, text.size() - i)};
}

} // namespace

std::size_t displayWidth(const std::string& text)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto [cells, length] = characterAt(text, i);
        width += cells;
        i += length;
    }
    return width;
}

std::string elideToWidth(const std::string& text, std::size_t maxWidth)
{
    if (displayWidth(text) <= maxWidth)
        return text;
    const std::string ellipsis = "\u2026";
    std::size_t width = 0;
    std::size_t end = 0;
    while (end < text.size()) {
        const auto [cells, length] = characterAt(text, end);
        if (width + cells + 1 > maxWidth) // keep a cell for the ellipsis
            break;
        width += cells;
        end += length;
    }
    return text.substr(0, end) + ellipsis;
}
