// aisov-cli: scores, validates, stores and charts AI sovereignty profiles
// from the command line. Usage and exit codes: docs/cli.md.

#include "CliArguments.h"
#include "CliLanguage.h"
#include "CliRenderModule.h"
#include "Commands.h"
#include "ExitCode.h"

#include "aisov/InputError.h"
#include "aisov/PrintableText.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <memory>

namespace {

// Not translated: the synopsis is the interface, and the text changes with
// every new option (docs/translations.md). --lang translates the messages
// around it and the chart labels.
constexpr const char* kUsage =
    R"(Usage: aisov-cli <command> [options]

Commands:
  score     [--methodology FILE] (--profiles FILE | --db FILE) [--codes A,B]
            [--format json|table|csv] [--uncertainty N] [--seed S]
            [--coalition NAME=A,B,C] [--scenario NAME]
  validate  (--methodology FILE | --profiles FILE)
  db        --db FILE (init | import FILE | export FILE | list | check
            | show CODE [--format table|json|csv]
            | set CODE IND=VALUE --source TEXT --year N [--url URL]
              [--confidence high|medium|low] [--note TEXT]
            | snapshot CODE --label TEXT [--scenario NAME] | snapshots CODE
            | scenario CODE --name NAME (--set IND=VALUE[,IND=VALUE]
              [--description TEXT] | --delete) | scenarios CODE)
  chart     (spectrum | radar | compare | delta | levers) [--methodology FILE]
            (--profiles FILE | --db FILE) --codes A,B --out FILE.(png|svg|pdf)
            [--width PX] [--height PX] [--dpi N] [--theme light|dark|high-contrast]
            [--preset slide-16x9|slide-4x3|a4-landscape|a4] [--title TEXT]
            [--uncertainty N] [--seed S] [--coalition NAME=A,B,C] [--scenario NAME]
            [--top N (levers: 1-20, default 8)]
  explain   CODE [--methodology FILE] (--profiles FILE | --db FILE)
            [--coalition NAME=A,B,C] [--scenario NAME]
  levers    CODE [--methodology FILE] (--profiles FILE | --db FILE) [--top N]
            [--format table|json] [--coalition NAME=A,B,C] [--scenario NAME]
            [--templates]
  partners  CODE [--methodology FILE] (--profiles FILE | --db FILE) [--top N]
            [--format table|json]
  brief     CODE [--methodology FILE] (--profiles FILE | --db FILE)
            --out FILE.pdf [--theme light|dark|high-contrast] [--top N (levers: 1-8, default 5)]

--uncertainty N: N Monte Carlo draws over weights, aggregation and data
quality; adds the p5, p50 and p95 of each score, drawn as whiskers by
chart, and, for two or more profiles, how often each holds each rank
(--seed S repeats a run).
--coalition NAME=A,B,C: adds a bloc of those members, pooled and scored
like any other bloc. levers ranks the indicators by what one step (10% of
the goalpost range) adds to the score, and finds the smallest value of each
that reaches the next band; chart levers draws the ranking. levers
--templates ranks the bundled investment templates (an Alps-class
supercomputer, an open national model, ...) by what each adds instead.
partners ranks every other profile by what pooling with it (as a bloc of
the two) adds to CODE's score, and names the requirements the pair newly
meets. brief writes a one-page PDF on one profile: its place on the
spectrum, the radar, the six requirements, coverage, the top levers and
the sources of its values.
explain shows why a profile scores what it scores: each indicator's value,
normalised value and points (which add up to the score).
--scenario NAME: the what-if scenario of that name (saved with db scenario)
next to each profile that has one: a row (table, csv) or "scenario" object
(json) under score, an arrow from base to scenario on the spectrum, a
series of its own on radar and compare, the change of the score and of
each pillar on chart delta; levers starts from the scenario instead of the
profile. Needs --db.

Without --methodology: with --db the store's active methodology, with
--profiles the bundled default.
--lang en|ko (any command): the language of messages and chart labels,
and the methodology's pillar, indicator and band names in tables,
explanations and charts (English where the methodology has no
translation); json and csv keep the English names. Default English.
Exit codes: 0 success, 1 runtime failure, 2 usage error, 3 invalid input.
)";

using Command = std::function<int(const std::vector<std::string>&, std::ostream&)>;

const std::map<std::string, Command>& commands()
{
    static const std::map<std::string, Command> table{
        {"score", runScoreCommand},
        {"validate", runValidateCommand},
        {"db", runDbCommand},
        {"chart",
         [](const std::vector<std::string>& arguments, std::ostream& out) {
             return cliRenderModule().runChartCommand(arguments, out);
         }},
        {"levers", runLeversCommand},
        {"explain", runExplainCommand},
        {"partners", runPartnersCommand},
        {"brief",
         [](const std::vector<std::string>& arguments, std::ostream& out) {
             return cliRenderModule().runBriefCommand(arguments, out);
         }},
    };
    return table;
}

// Runs one command and maps what it throws to an exit code, in one place.
int runCommand(const std::string& name, const Command& command,
               const std::vector<std::string>& rest)
{
    try {
        return command(rest, std::cout);
    } catch (const UsageError& error) {
        std::cerr << "aisov-cli " << aisov::printableText(name) << ": "
                  << aisov::printableText(error.what()) << '\n'
                  << cliText(QT_TRANSLATE_NOOP("cli", "Run 'aisov-cli --help' for usage.")) << '\n';
        return static_cast<int>(ExitCode::UsageError);
    } catch (const aisov::InputError& error) {
        std::cerr << "aisov-cli: " << cliText(QT_TRANSLATE_NOOP("cli", "invalid input:")) << ' '
                  << aisov::printableText(error.what()) << '\n';
        return static_cast<int>(ExitCode::InvalidInput);
    } catch (const aisov::FileError& error) {
        std::cerr << "aisov-cli: " << aisov::printableText(error.what()) << '\n';
        return static_cast<int>(ExitCode::RuntimeFailure);
    } catch (const std::exception& error) {
        std::cerr << "aisov-cli: " << cliText(QT_TRANSLATE_NOOP("cli", "error:")) << ' '
                  << aisov::printableText(error.what()) << '\n';
        return static_cast<int>(ExitCode::RuntimeFailure);
    }
}

// Output that did not reach its destination (a full disk, /dev/full, a
// reader that closed the pipe) is a failure, never success with a
// truncated result.
int finishOutput(int exitCode)
{
    errno = 0;
    std::cout.flush();
    if (!std::cout.fail())
        return exitCode;
    const int writeErrno = errno;
    std::cerr << "aisov-cli: " << cliText(QT_TRANSLATE_NOOP("cli", "cannot write the output"))
              << (writeErrno != 0 ? std::string(": ") + std::strerror(writeErrno) : std::string())
              << "; " << cliText(QT_TRANSLATE_NOOP("cli", "the output is incomplete")) << '\n';
    return exitCode == 0 ? static_cast<int>(ExitCode::RuntimeFailure) : exitCode;
}

} // namespace

int main(int argc, char** argv)
{
    // A closed pipe then fails the write (EPIPE), reported below, instead
    // of killing the process without a word.
    std::signal(SIGPIPE, SIG_IGN);
    std::vector<std::string> arguments(argv + 1, argv + argc);
    // --lang applies to every command, so it is taken out first; its
    // application (translators need one) lives until the command is done.
    std::unique_ptr<TranslatedLanguage> translatedLanguage;
    try {
        if (const auto language = takeLanguageOption(arguments))
            translatedLanguage = startLanguage(*language);
    } catch (const UsageError& error) {
        std::cerr << "aisov-cli: " << aisov::printableText(error.what()) << '\n';
        return static_cast<int>(ExitCode::UsageError);
    } catch (const std::exception& error) {
        std::cerr << "aisov-cli: " << aisov::printableText(error.what()) << '\n';
        return static_cast<int>(ExitCode::RuntimeFailure);
    }
    if (arguments.empty()) {
        std::cerr << kUsage;
        return static_cast<int>(ExitCode::UsageError);
    }
    if (arguments.front() == "--help" || arguments.front() == "-h" || arguments.front() == "help") {
        std::cout << kUsage;
        return finishOutput(static_cast<int>(ExitCode::Success));
    }
    if (arguments.front() == "--version") {
        std::cout << "aisov-cli " << AISOV_VERSION << '\n';
        return finishOutput(static_cast<int>(ExitCode::Success));
    }
    const auto command = commands().find(arguments.front());
    if (command == commands().end()) {
        std::cerr << "aisov-cli: " << cliText(QT_TRANSLATE_NOOP("cli", "unknown command")) << " \""
                  << aisov::printableText(arguments.front()) << "\"\n\n"
                  << kUsage;
        return static_cast<int>(ExitCode::UsageError);
    }
    const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
    return finishOutput(runCommand(arguments.front(), command->second, rest));
}
