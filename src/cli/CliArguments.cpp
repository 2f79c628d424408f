#include "CliArguments.h"

#include <charconv>

CliArguments::CliArguments(const std::vector<std::string>& arguments,
                           const std::set<std::string>& valueOptions,
                           const std::set<std::string>& flags)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument.rfind("--", 0) != 0 || argument == "--") {
            m_positional.push_back(argument);
            continue;
        }
        std::string name = argument;
        std::optional<std::string> inlineValue;
        if (const auto equals = argument.find('='); equals != std::string::npos) {
            name = argument.substr(0, equals);
            inlineValue = argument.substr(equals + 1);
        }
        if (valueOptions.count(name) > 0) {
            if (inlineValue) {
                m_options[name] = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                m_options[name] = arguments[++i];
            } else {
                throw UsageError("option " + name + " needs a value");
            }
        } else if (flags.count(name) > 0 && !inlineValue) {
            m_options[name] = "";
        } else {
            throw UsageError("unknown option " + name);
        }
    }
}

std::optional<std::string> CliArguments::value(const std::string& option) const
{
    const auto it = m_options.find(option);
    if (it == m_options.end())
        return std::nullopt;
    return it->second;
}

std::optional<long long> CliArguments::integer(const std::string& option, long long minimum,
                                               long long maximum) const
{
    const auto text = value(option);
    if (!text)
        return std::nullopt;
    long long number = 0;
    const auto [ptr, error] = std::from_chars(text->data(), text->data() + text->size(), number);
    if (error != std::errc() || ptr != text->data() + text->size() || number < minimum ||
        number > maximum)
        throw UsageError("option " + option + " needs a whole number from " +
                         std::to_string(minimum) + " to " + std::to_string(maximum) + ", found \"" +
                         *text + "\"");
    return number;
}

std::vector<std::string> CliArguments::list(const std::string& option) const
{
    std::vector<std::string> items;
    const auto text = value(option);
    if (!text)
        return items;
    std::size_t start = 0;
    while (start <= text->size()) {
        const auto comma = text->find(',', start);
        const auto end = comma == std::string::npos ? text->size() : comma;
        if (end > start)
            items.push_back(text->substr(start, end - start));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return items;
}
