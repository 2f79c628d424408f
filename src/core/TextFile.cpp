#include "aisov/TextFile.h"

#include "TextFormat.h"
#include "aisov/InputError.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <system_error>

#include <sys/stat.h>
#include <unistd.h>

namespace aisov {

namespace {
constexpr std::size_t kMebibyte = std::size_t{1024} * 1024;
} // namespace

std::string readTextFile(const std::string& path, std::size_t maxBytes)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throw FileError(path + ": cannot open: no such file");
    if (std::filesystem::is_directory(status))
        throw FileError(path + ": cannot open: is a directory");
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > maxBytes)
        throw InputError(
            path, "",
            {InputProblem::FileTooLarge,
             {std::to_string(size / kMebibyte), std::to_string(maxBytes / kMebibyte)}});
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError(path + ": cannot open: " + std::strerror(errno));
    std::string content;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
        // Special files (pipes, /dev/zero) report no size: enforce the limit while reading.
        if (content.size() > maxBytes)
            throw InputError(path, "",
                             {InputProblem::FileOverLimit, {std::to_string(maxBytes / kMebibyte)}});
    }
    if (in.bad())
        throw FileError(path + ": read error");
    return content;
}

void writeFileAtomically(const std::string& path, const std::string& content)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    // Writing through a link would change a file outside the chosen path
    // (a link planted in a shared folder, say): refuse and say why.
    std::error_code error;
    if (fs::is_symlink(fs::symlink_status(target, error)))
        throw FileError(path + ": cannot write: it is a symbolic link (to " +
                        fs::read_symlink(target, error).string() +
                        "); remove the link or choose another file name");
    if (fs::is_directory(target, error))
        throw FileError(path + ": cannot write: it is a directory");
    // A file the user write-protected is kept, not replaced (rename would
    // ignore its permissions); one that exists keeps its permissions.
    struct stat existing
    {};
    const bool exists = ::stat(target.c_str(), &existing) == 0;
    if (exists && ((existing.st_mode & 0222) == 0 || ::access(target.c_str(), W_OK) != 0))
        throw FileError(path + ": cannot write: the file is write-protected; make it writable "
                               "or choose another file name");
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::random_device seed;
    // Appended piecewise: GCC 12 warns wrongly (-Wrestrict, its bug 105651)
    // about "." + std::string at -O3.
    std::string temporaryName(".");
    temporaryName.append(target.filename().string()).append(".tmp-").append(std::to_string(seed()));
    const fs::path temporary = directory / temporaryName;
    // "x": create exclusively, so the temporary name can never be a planted link.
    std::FILE* file = std::fopen(temporary.c_str(), "wbx");
    if (file == nullptr)
        throw FileError(path + ": cannot write: " + std::strerror(errno));
    // fchmod is not limited by the umask: the replacement gets exactly the
    // old file's permissions (a chmod 600 file stays private).
    if (exists && ::fchmod(::fileno(file), existing.st_mode & 07777) != 0) {
        const int chmodErrno = errno;
        std::fclose(file);
        std::remove(temporary.c_str());
        throw FileError(path + ": cannot write: cannot keep the file's permissions: " +
                        std::strerror(chmodErrno));
    }
    const bool written = std::fwrite(content.data(), 1, content.size(), file) == content.size() &&
                         std::fflush(file) == 0 && ::fsync(::fileno(file)) == 0;
    const int writeErrno = errno;
    if (std::fclose(file) != 0 || !written) {
        std::remove(temporary.c_str());
        throw FileError(path + ": cannot write: " + std::strerror(written ? errno : writeErrno));
    }
    fs::rename(temporary, target, error);
    if (error) {
        std::remove(temporary.c_str());
        throw FileError(path + ": cannot write: " + error.message());
    }
}

void refuseOverwritingInput(const std::string& output, const std::string& input)
{
    std::error_code error;
    if (std::filesystem::equivalent(output, input, error) && !error)
        throw FileError(output + ": cannot write: it is " + input +
                        ", which this command reads; choose another file name");
}

bool isValidUtf8(const std::string& text)
{
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = detail::decodeUtf8At(text, at).length;
        if (length == 0)
            return false;
        at += length;
    }
    return true;
}

} // namespace aisov
