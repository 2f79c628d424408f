#pragma once

// Runs the built aisov-cli (path in AISOV_CLI) as a real process and
// captures its exit code, standard output and standard error.

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace aisov::test {

struct CliRun
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string shellQuote(const std::string& text)
{
    std::string quoted = "'";
    for (const char c : text) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + "'";
}

inline std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

// Runs the executable at `executable`, e.g. a copy of aisov-cli elsewhere.
inline CliRun runCliAt(const std::string& executable, const std::vector<std::string>& arguments)
{
    const std::string stem = "/tmp/aisov-cli-test-" + std::to_string(::getpid());
    std::string command = shellQuote(executable);
    for (const auto& argument : arguments)
        command += " " + shellQuote(argument);
    command += " >" + stem + ".out 2>" + stem + ".err";
    const int status = std::system(command.c_str());
    CliRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = slurp(stem + ".out");
    run.err = slurp(stem + ".err");
    std::remove((stem + ".out").c_str());
    std::remove((stem + ".err").c_str());
    return run;
}

inline CliRun runCli(const std::vector<std::string>& arguments)
{
    return runCliAt(AISOV_CLI, arguments);
}

} // namespace aisov::test
