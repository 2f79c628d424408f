#include "CliRenderModule.h"

#include <dlfcn.h>
#include <unistd.h>

#include <array>
#include <stdexcept>

namespace {

// The directory of the running executable, with its trailing slash; empty
// when /proc does not say.
std::string executableDirectory()
{
    std::array<char, 4096> path{};
    const ssize_t length = readlink("/proc/self/exe", path.data(), path.size() - 1);
    if (length <= 0)
        return {};
    const std::string executable(path.data(), static_cast<std::size_t>(length));
    return executable.substr(0, executable.rfind('/') + 1);
}

const CliRenderModule& loadModule()
{
    const std::string directory = executableDirectory();
    // Beside the executable (the build tree), then where the package
    // installs it, relative to the executable's directory.
    const std::array<std::string, 2> candidates{
        directory + kCliRenderModuleFile,
        directory + AISOV_CLI_RENDER_MODULE_DIR + "/" + kCliRenderModuleFile,
    };
    std::string failures;
    for (const std::string& candidate : candidates) {
        if (access(candidate.c_str(), F_OK) != 0) {
            failures += "; " + candidate + ": not found";
            continue;
        }
        // Never closed: Qt keeps state for the life of the process.
        void* handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            const char* error = dlerror();
            failures += "; " + std::string(error != nullptr ? error : candidate);
            continue;
        }
        using Entry = const CliRenderModule* (*)();
        // dlsym returns an object pointer; POSIX guarantees it converts.
        // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast)
        const auto entry = reinterpret_cast<Entry>(dlsym(handle, kCliRenderModuleEntry));
        if (entry == nullptr) {
            failures += "; " + candidate + ": no " + kCliRenderModuleEntry;
            continue;
        }
        return *entry();
    }
    throw std::runtime_error(
        "the rendering module (charts, briefs, translations) cannot be loaded" + failures);
}

} // namespace

const CliRenderModule& cliRenderModule()
{
    static const CliRenderModule& module = loadModule();
    return module;
}
