#include "aisov/ValueCheck.h"

#include "TextFormat.h"

#include "aisov/PrintableText.h"

#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>
#include <tuple>

namespace aisov {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view trimSpaces(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// A non-zero digit before the exponent: the literal is not a spelling of 0,
// so reading it as 0 (underflow) would misstate it.
bool hasNonZeroMantissa(std::string_view text)
{
    for (const char c : text) {
        if (c == 'e' || c == 'E')
            return false;
        if (c >= '1' && c <= '9')
            return true;
    }
    return false;
}

// The number written at the start of `text`, and what follows it.
std::optional<std::pair<double, std::string_view>> leadingNumber(std::string_view text)
{
    double value = 0.0;
    const auto [ptr, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || !std::isfinite(value))
        return std::nullopt;
    return std::pair{value, text.substr(static_cast<std::size_t>(ptr - text.data()))};
}

// "0-100" or "0 to 10" at the start of `text`.
std::optional<ValueRange> rangeAt(std::string_view text)
{
    const auto low = leadingNumber(text);
    if (!low)
        return std::nullopt;
    std::string_view rest = low->second;
    if (rest.substr(0, 1) == "-")
        rest.remove_prefix(1);
    else if (rest.substr(0, 4) == " to ")
        rest.remove_prefix(4);
    else
        return std::nullopt;
    const auto high = leadingNumber(rest);
    if (!high || high->first <= low->first)
        return std::nullopt;
    return ValueRange{low->first, high->first};
}

// The first range written in a unit ("index score 0-100"); a number starts
// at a digit that follows no other digit, or at a '-' that starts a word.
std::optional<ValueRange> rangeInUnit(std::string_view unit)
{
    for (std::size_t i = 0; i < unit.size(); ++i) {
        const bool wordStart = i == 0 || unit[i - 1] == ' ';
        const bool numberStart =
            (isDigit(unit[i]) && (i == 0 || !isDigit(unit[i - 1]))) ||
            (unit[i] == '-' && wordStart && i + 1 < unit.size() && isDigit(unit[i + 1]));
        if (numberStart && (i == 0 || unit[i - 1] != '.'))
            if (const auto range = rangeAt(unit.substr(i)))
                return range;
    }
    return std::nullopt;
}

std::string lowerCase(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

// `word` as a whole word of `text`, ignoring case.
bool hasWord(std::string_view text, std::string_view word)
{
    const std::string lower = lowerCase(text);
    const auto isLetter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    for (auto at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at == 0 || !isLetter(lower[at - 1])) && (end == lower.size() || !isLetter(lower[end])))
            return true;
    }
    return false;
}

bool isPercentUnit(std::string_view unit)
{
    return unit.substr(0, 1) == "%" || lowerCase(unit.substr(0, 7)) == "percent";
}

} // namespace

std::optional<double> parseNumber(std::string_view text)
{
    std::string_view digits = trimSpaces(text);
    const std::string_view literal = digits;
    if (!digits.empty() && (digits.front() == '+' || digits.front() == '-'))
        digits.remove_prefix(1);
    // from_chars would also take "inf", "nan" and a second sign: a plain
    // decimal starts with a digit or a point.
    if (digits.empty() || !(isDigit(digits.front()) || digits.front() == '.'))
        return std::nullopt;
    double value = 0.0;
    const auto [ptr, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value,
                                              std::chars_format::general);
    if (error != std::errc() || ptr != digits.data() + digits.size() || !std::isfinite(value))
        return std::nullopt;
    if (value == 0.0 && hasNonZeroMantissa(digits))
        return std::nullopt;
    return literal.front() == '-' ? -value : value;
}

ValueRange allowedRange(const Indicator& indicator)
{
    if (const auto written = rangeInUnit(indicator.unit))
        return *written;
    if (isPercentUnit(indicator.unit)) {
        const bool netBalance = hasWord(indicator.name, "net") || hasWord(indicator.unit, "net");
        return {netBalance ? std::nullopt : std::optional<double>(0.0), 100.0};
    }
    if (indicator.unit.empty())
        return {};
    return {0.0, kMaxQuantity};
}

std::optional<Problem> profileAmountProblem(std::string_view field, double amount)
{
    if (!(std::isfinite(amount) && amount > 0.0))
        return Problem{InputProblem::MustBePositive};
    const bool population = field == "population";
    const double bound = population ? kMaxPopulation : kMaxGdpUsd;
    if (amount > bound)
        return Problem{population ? InputProblem::PopulationTooLarge : InputProblem::GdpTooLarge,
                       {detail::shortestNumber(bound), detail::shortestNumber(amount)}};
    return std::nullopt;
}

std::optional<Problem> logValueProblem(const Indicator& indicator, double value)
{
    // Under a log floor a known zero is data; without one, log needs x > 0.
    const bool zeroAllowed = indicator.logFloor.has_value();
    if (indicator.transform != Transform::Log || value > 0.0 || (zeroAllowed && value == 0.0))
        return std::nullopt;
    return Problem{zeroAllowed ? InputProblem::LogValueNegative : InputProblem::LogValueNotPositive,
                   {indicator.id, detail::shortestNumber(value)}};
}

std::optional<Problem> valueProblem(const Indicator& indicator, double value)
{
    if (!std::isfinite(value))
        return Problem{InputProblem::ValueNotFinite, {indicator.id}};
    if (auto problem = logValueProblem(indicator, value))
        return problem;
    const ValueRange range = allowedRange(indicator);
    const bool tooLow = range.minimum && value < *range.minimum;
    const bool tooHigh = range.maximum && value > *range.maximum;
    if (!tooLow && !tooHigh)
        return std::nullopt;
    const std::string found = detail::shortestNumber(value);
    if (range.minimum && range.maximum)
        return Problem{InputProblem::ValueOutsideRange,
                       {indicator.id, indicator.unit, detail::shortestNumber(*range.minimum),
                        detail::shortestNumber(*range.maximum), found}};
    if (range.minimum)
        return Problem{
            InputProblem::ValueBelowMinimum,
            {indicator.id, indicator.unit, detail::shortestNumber(*range.minimum), found}};
    return Problem{InputProblem::ValueAboveMaximum,
                   {indicator.id, indicator.unit, detail::shortestNumber(*range.maximum), found}};
}

std::optional<Problem> yearProblem(int year, int currentYear)
{
    if (year > currentYear)
        return Problem{InputProblem::YearInFuture,
                       {std::to_string(year), std::to_string(currentYear)}};
    if (year < kOldestValueYear)
        return Problem{InputProblem::YearTooOld,
                       {std::to_string(year), std::to_string(kOldestValueYear)}};
    return std::nullopt;
}

std::optional<Problem> confidenceProblem(const std::string& text)
{
    if (confidenceFromString(text))
        return std::nullopt;
    return Problem{InputProblem::UnknownConfidence, {text}};
}

std::optional<Problem> indicatorValueProblem(const IndicatorValue& value,
                                             const Methodology& methodology, int currentYear)
{
    const Indicator* indicator = methodology.findIndicator(value.indicator);
    if (indicator == nullptr)
        return Problem{InputProblem::UnknownIndicator, {value.indicator, methodology.id}};
    if (auto problem = valueProblem(*indicator, value.value))
        return problem;
    if (value.year)
        if (const auto problem = yearProblem(*value.year, currentYear))
            return inField("year", *problem);
    return std::nullopt;
}

bool sameValueRules(const Methodology& a, const Methodology& b)
{
    const auto rulesOf = [](const Indicator& indicator) {
        return std::tie(indicator.id, indicator.unit, indicator.name, indicator.transform,
                        indicator.logFloor);
    };
    return std::equal(
        a.indicators.begin(), a.indicators.end(), b.indicators.begin(), b.indicators.end(),
        [&](const Indicator& x, const Indicator& y) { return rulesOf(x) == rulesOf(y); });
}

int currentYear()
{
    using namespace std::chrono;
    const year_month_day today{floor<days>(system_clock::now())};
    return static_cast<int>(today.year());
}

std::size_t maxCharacters(TextField field)
{
    switch (field) {
    case TextField::Name:
        return kMaxNameCharacters;
    case TextField::Identifier:
        return kMaxIdentifierCharacters;
    case TextField::Source:
        return kMaxSourceCharacters;
    case TextField::Url:
        return kMaxUrlCharacters;
    case TextField::Note:
        return kMaxNoteCharacters;
    case TextField::Description:
        return kMaxDescriptionCharacters;
    case TextField::ScenarioName:
        return kMaxScenarioNameCharacters;
    case TextField::SnapshotLabel:
        return kMaxSnapshotLabelCharacters;
    }
    return kMaxNameCharacters;
}

std::optional<Problem> textFieldProblem(TextField field, std::string_view text)
{
    const std::size_t maximum = maxCharacters(field);
    if (text.size() > maximum) { // at most one character per byte: count only when it may matter
        std::size_t characters = 0;
        for (const char c : text) // every byte but UTF-8 continuation bytes starts a character
            characters += (static_cast<unsigned char>(c) & 0xc0U) != 0x80U ? 1 : 0;
        if (characters > maximum)
            return Problem{InputProblem::TextTooLong,
                           {std::to_string(characters), std::to_string(maximum)}};
    }
    const bool namesSomething = field == TextField::Name || field == TextField::Identifier ||
                                field == TextField::ScenarioName ||
                                field == TextField::SnapshotLabel;
    if (namesSomething)
        return hiddenCharacterProblem(text);
    return std::nullopt;
}

} // namespace aisov
