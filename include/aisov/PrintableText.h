#pragma once

// Text from files and arguments, made safe to print: a name or message
// that carries a terminal escape sequence ("\x1b]0;...", "\x1b[2J") must
// never move the cursor, retitle the window or hide the rest of a line.

#include "aisov/InputProblem.h"

#include <optional>
#include <string>
#include <string_view>

namespace aisov {

// `text` with every control character written as a visible escape: C0
// characters but line feed and tab ("\x1b"), DEL ("\x7f"), and C1 (U+0080
// to U+009F, "\u009b"). Bytes that are not UTF-8 are escaped too ("\xff").
// Everything else passes as it is.
std::string printableText(std::string_view text);

// Why `text` cannot be a name or code: it holds a control character, a
// bidirectional override or isolate (U+202A-U+202E, U+2066-U+2069, which
// can make "ABC" display as "CBA"), or a zero-width or invisible character
// (U+200B-U+200F, U+2060, U+FEFF, U+061C), any of which makes two
// different names look the same. Empty when `text` is fine.
std::optional<Problem> hiddenCharacterProblem(std::string_view text);

} // namespace aisov
