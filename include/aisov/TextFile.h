#pragma once

#include <cstddef>
#include <string>

namespace aisov {

// Largest file a reader accepts. Checked before reading, so that a huge
// file is refused without being loaded into memory.
inline constexpr std::size_t kMaxInputFileBytes = std::size_t{64} * 1024 * 1024;

// Whole file as bytes. Throws FileError when it cannot be read and
// InputError when it is larger than `maxBytes`.
std::string readTextFile(const std::string& path, std::size_t maxBytes = kMaxInputFileBytes);

// Writes to a temporary file beside `path`, flushes, then renames it over
// `path`: readers see the old file or the new one, never half of one.
// Throws FileError.
void writeFileAtomically(const std::string& path, const std::string& content);

// True when `text` is well-formed UTF-8.
bool isValidUtf8(const std::string& text);

} // namespace aisov
