#pragma once

// Reading and writing methodology files ("aisov.methodology/1").
// Every reader validates fully and throws InputError naming the file, the
// JSON path and the reason; it never returns a half-valid methodology.

#include "aisov/Methodology.h"

#include <string>

namespace aisov {

inline constexpr const char* kMethodologyFormat = "aisov.methodology/1";

// `sourceName` is the file name used in error messages.
Methodology parseMethodology(const std::string& jsonText, const std::string& sourceName);
Methodology loadMethodologyFile(const std::string& path);
std::string methodologyToJson(const Methodology& methodology);

// Semantic checks shared by every way a methodology is built (file, store,
// editor): ids unique, weights non-negative and not all zero, goalposts
// increasing and positive under log, bands ascending from 0, ...
// Throws InputError with `sourceName` as the file.
void validateMethodology(const Methodology& methodology, const std::string& sourceName);

} // namespace aisov
