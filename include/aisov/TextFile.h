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

// Throws FileError when `output` is the file `input` names (the same path,
// or another name for it: a link, a hard link, "./" and ".."): writing the
// output would replace what the program is reading, a database it has open
// or the file it reads. An output that does not exist yet is never an input.
void refuseOverwritingInput(const std::string& output, const std::string& input);

// True when `text` is well-formed UTF-8.
bool isValidUtf8(const std::string& text);

} // namespace aisov
