#pragma once

// What of aisov-cli needs Qt lives in a module of its own,
// aisov-cli-render.so (RenderModule.cpp: the chart and brief commands, the
// translations of --lang, profile names as the application shows them), so
// that the commands that do not draw start without loading Qt's ~49
// libraries (docs/performance.md, "the fixed part"). The executable loads it
// on first use, from beside itself (the build tree) or from the installed
// library directory (lib/.../aisov/, relative to bin/); the module takes
// everything else (arguments, inputs, the store, the scoring) from the
// executable, which exports its symbols for it.

#include <ostream>
#include <string>
#include <vector>

struct CliRenderModule
{
    int (*runChartCommand)(const std::vector<std::string>& arguments, std::ostream& out);
    int (*runBriefCommand)(const std::vector<std::string>& arguments, std::ostream& out);
    // Starts the offscreen application and installs the translations of a
    // language other than English; throws std::runtime_error when they
    // cannot be loaded. stopLanguage ends that application.
    void (*startLanguage)(const std::string& language);
    void (*stopLanguage)();
    // QCoreApplication::translate("cli", source), as UTF-8.
    std::string (*translate)(const char* source);
    // aisov::render::nameWithCode, as UTF-8.
    std::string (*nameWithCode)(const std::string& name, const std::string& code);
};

// The module's one entry point, looked up by name.
extern "C" const CliRenderModule* aisovCliRenderModule();
inline constexpr const char* kCliRenderModuleEntry = "aisovCliRenderModule";
inline constexpr const char* kCliRenderModuleFile = "aisov-cli-render.so";

// The executable's side: loads the module on the first call; throws
// std::runtime_error naming the paths tried when it cannot be loaded.
const CliRenderModule& cliRenderModule();
