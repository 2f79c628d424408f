#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

// A bad command line: exit code 2 with the message and a usage hint.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Options of a sub-command, after "aisov-cli <command>".
class CliArguments
{
public:
    // `valueOptions` take a value ("--db FILE" or "--db=FILE"); `flags` do not.
    // Throws UsageError for an unknown option or a missing value.
    CliArguments(const std::vector<std::string>& arguments,
                 const std::set<std::string>& valueOptions,
                 const std::set<std::string>& flags = {});

    const std::vector<std::string>& positional() const { return m_positional; }
    bool has(const std::string& option) const { return m_options.count(option) > 0; }
    std::optional<std::string> value(const std::string& option) const;
    // Value of a whole-number option within [minimum, maximum]; UsageError otherwise.
    std::optional<long long> integer(const std::string& option, long long minimum,
                                     long long maximum) const;
    // "--codes A,B" as {"A", "B"}; empty when absent.
    std::vector<std::string> list(const std::string& option) const;

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_options;
};
