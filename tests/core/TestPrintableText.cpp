// Text made safe to print, and the hidden characters refused in names
// (PrintableText.h).

#include "aisov/PrintableText.h"

#include <catch2/catch.hpp>

using namespace aisov;

TEST_CASE("control characters are printed as visible escapes", "[printable][security]")
{
    // ESC [ 2 J clears a terminal; ESC ] 0 ; retitles its window.
    CHECK(printableText("a\x1b[2Jb") == "a\\x1b[2Jb");
    CHECK(printableText("\x1b]0;owned\x07") == "\\x1b]0;owned\\x07");
    CHECK(printableText("del\x7f") == "del\\x7f");
    // C1 control U+009B (CSI) in UTF-8, and a byte that is not UTF-8.
    CHECK(printableText("\xc2\x9b"
                        "2J") == "\\u009b2J");
    CHECK(printableText("bad\xff") == "bad\\xff");
    // Line breaks, tabs and other characters pass as they are.
    CHECK(printableText("Côte d'Ivoire\n\tok") == "Côte d'Ivoire\n\tok");
}

TEST_CASE("hidden and direction-changing characters are named", "[printable][security]")
{
    CHECK_FALSE(hiddenCharacterProblem("Côte d'Ivoire"));
    CHECK(englishText(*hiddenCharacterProblem("A\u202EBC")) ==
          "holds an invisible or direction-changing character (U+202E), which can make two "
          "different names look the same");
    CHECK(englishText(*hiddenCharacterProblem("A\u2066B")).find("U+2066") != std::string::npos);
    CHECK(englishText(*hiddenCharacterProblem("zero\u200Bwidth")).find("U+200B") !=
          std::string::npos);
    CHECK(englishText(*hiddenCharacterProblem("\xEF\xBB\xBF"
                                              "bom"))
              .find("U+FEFF") != std::string::npos);
    CHECK(englishText(*hiddenCharacterProblem("tab\there")) ==
          "holds a control character (U+0009)");
    CHECK(englishText(*hiddenCharacterProblem("\xff")) == "is not valid UTF-8");
}
