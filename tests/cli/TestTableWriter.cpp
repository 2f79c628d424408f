// The terminal tables of the command line: widths in cells, not bytes.

#include "TableWriter.h"

#include <catch2/catch.hpp>

#include <sstream>

TEST_CASE("display width counts Hangul and CJK as two cells", "[cli][table]")
{
    CHECK(displayWidth("Korea") == 5);
    CHECK(displayWidth("\uD55C\uAD6D") == 4); // 한국
    CHECK(displayWidth("Z\u00FCrich") == 6);  // ü: one cell, two bytes
    CHECK(displayWidth("\u4E2D\u56FD") == 4); // 中国
}

TEST_CASE("eliding keeps whole characters and ends in an ellipsis", "[cli][table]")
{
    CHECK(elideToWidth("Cloudscene", 20) == "Cloudscene"); // fits: unchanged
    CHECK(elideToWidth("Cloudscene", 10) == "Cloudscene");
    CHECK(elideToWidth("Cloudscene", 6) == "Cloud\u2026");
    CHECK(displayWidth(elideToWidth("Cloudscene", 6)) == 6);
    // 한국어 at 4 cells: 한 (2) + … (1); 국 would make 5.
    CHECK(elideToWidth("\uD55C\uAD6D\uC5B4", 4) == "\uD55C\u2026");
    CHECK(elideToWidth("Z\u00FCrich", 3) == "Z\u00FC\u2026");
}

TEST_CASE("table columns line up by display width", "[cli][table]")
{
    TableWriter table;
    table.addColumn("Name");
    table.addColumn("Score", TableWriter::Align::Right);
    table.addRow({"\uD55C\uAD6D", "1.0"});
    table.addRow({"Korea", "10.5"});
    std::ostringstream out;
    table.write(out);
    // "한국" is 4 cells, padded to the 5 of "Korea".
    CHECK(out.str() == "Name   Score\n"
                       "-----  -----\n"
                       "\uD55C\uAD6D     1.0\n"
                       "Korea   10.5\n");
}

TEST_CASE("table cells never carry a raw escape sequence to the terminal", "[cli][table]")
{
    TableWriter table;
    table.addColumn("Name");
    table.addRow({"\x1b[31mred"});
    std::ostringstream out;
    table.write(out);
    CHECK(out.str().find('\x1b') == std::string::npos);
    CHECK(out.str().find("\\x1b[31mred") != std::string::npos);
}
