#pragma once

#include <ostream>
#include <string>
#include <vector>

// A plain-text table for terminals: columns padded to their widest cell
// (counted in characters, not bytes, so that names with accents line up).
class TableWriter
{
public:
    enum class Align
    {
        Left,
        Right
    };

    void addColumn(std::string header, Align align = Align::Left);
    void addRow(std::vector<std::string> cells);
    void write(std::ostream& out) const;

private:
    std::vector<std::string> m_headers;
    std::vector<Align> m_aligns;
    std::vector<std::vector<std::string>> m_rows;
};

// Display width of UTF-8 text: East Asian wide characters count two.
std::size_t displayWidth(const std::string& text);
// `text` cut to at most `maxWidth` cells, ending in "…" when cut; never
// splits a UTF-8 character.
std::string elideToWidth(const std::string& text, std::size_t maxWidth);
