#pragma once

// Checks of one field at a time: a number typed or read from a file, an
// indicator value, its year and its confidence. They never throw: each
// returns the reason the field is refused (empty when it is fine), so an
// editor can refuse one cell in place, and the file readers, the store and
// the CLI turn the same reason into their error. One rule for every path.

#include "aisov/InputProblem.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <optional>
#include <string>
#include <string_view>

namespace aisov {

// The one number parser of every text input (CSV cells, `db set`, `--set`,
// an editor's cell): a plain decimal with an optional sign, fraction and
// exponent ("-1.5e3"), surrounded by spaces or tabs at most. Refuses empty
// text, hexadecimal ("0x10"), "inf" and "nan", trailing junk, and literals
// that overflow or, being non-zero, would read as 0 ("1e-400").
std::optional<double> parseNumber(std::string_view text);

// The oldest year a value may describe: older figures are typing mistakes.
inline constexpr int kOldestValueYear = 1900;

// The values an indicator's unit allows, read from the unit's text (the
// rule is documented in docs/file-formats.md, "Values and their units"):
// - a range written in the unit ("index score 0-100", "rubric 0 to 10");
// - a percentage (the unit starts with "%" or "percent") is at most 100 and
//   at least 0, unless the indicator is a net balance (the word "net" in its
//   name or unit: net energy imports are negative for an exporter);
// - an empty unit says nothing, so any finite value;
// - any other unit is a count or a quantity ("systems", "TWh per year",
//   "per million people"): from 0 to kMaxQuantity.
// Plausibility bounds. A count or quantity above a million billion, a
// population above 100 billion (twelve times the world's) or a GDP above
// 10^16 US dollars (about ninety times the world's) is a typing mistake;
// bounding them also keeps pooled sums and weighted means far from
// overflowing to infinity.
inline constexpr double kMaxQuantity = 1e15;
inline constexpr double kMaxPopulation = 1e11;
inline constexpr double kMaxGdpUsd = 1e16;

// Why `amount` cannot be a profile's `field` ("population" or "gdp_usd"):
// not a positive finite number, or above its bound.
std::optional<Problem> profileAmountProblem(std::string_view field, double amount);

struct ValueRange
{
    std::optional<double> minimum; // inclusive
    std::optional<double> maximum; // inclusive
};
ValueRange allowedRange(const Indicator& indicator);

// Why `value` cannot be a value of `indicator`: not finite, not allowed by
// a log transform (see logValueProblem), or outside allowedRange.
std::optional<Problem> valueProblem(const Indicator& indicator, double value);

// The log transform's own rule, kept apart so it can change in one place:
// the logarithm of a value <= 0 does not exist.
std::optional<Problem> logValueProblem(const Indicator& indicator, double value);

// Why `year` cannot be the year a value describes: after `currentYear`, or
// before kOldestValueYear. The reason starts with the year ("2031 is ...").
// indicatorValueProblem names the field: "year: 2031 is ...".
std::optional<Problem> yearProblem(int year, int currentYear);

// Why `text` is not a confidence (high, medium or low).
std::optional<Problem> confidenceProblem(const std::string& text);

// Every check of one value of a profile: its indicator exists in
// `methodology`, its number fits the indicator, its year (when given) is
// plausible.
std::optional<Problem> indicatorValueProblem(const IndicatorValue& value,
                                             const Methodology& methodology, int currentYear);

// Whether every value gets the same verdict from indicatorValueProblem
// under `a` as under `b`: the same indicators in the same order, with the
// same id, unit, name, transform and log floor (what the checks read).
// Weights, thresholds, goalposts and aggregation are not among them.
bool sameValueRules(const Methodology& a, const Methodology& b);

// The current calendar year (UTC) of the system clock, for yearProblem.
int currentYear();

// Text fields, each with the longest text it may hold (in characters,
// Unicode code points; docs/file-formats.md, "Text fields"). Long enough
// for any real entry (the bundled data's longest note has 1,294
// characters), short enough that a pasted document or a runaway script is
// refused before it reaches a database, a chart or a terminal.
enum class TextField
{
    Name,          // a profile's, methodology's, pillar's or indicator's name
    Identifier,    // a methodology id or version, a pillar or indicator id
    Source,        // where a value comes from
    Url,           // a value's link
    Note,          // a value's note
    Description,   // a methodology's, pillar's or indicator's text, a scenario's
    ScenarioName,  // a what-if scenario's name
    SnapshotLabel, // a snapshot's label
};
inline constexpr std::size_t kMaxNameCharacters = 200;
inline constexpr std::size_t kMaxIdentifierCharacters = 64;
inline constexpr std::size_t kMaxSourceCharacters = 1000;
inline constexpr std::size_t kMaxUrlCharacters = 2000;
inline constexpr std::size_t kMaxNoteCharacters = 10000;
inline constexpr std::size_t kMaxDescriptionCharacters = 10000;
inline constexpr std::size_t kMaxScenarioNameCharacters = 100;
inline constexpr std::size_t kMaxSnapshotLabelCharacters = 200;
std::size_t maxCharacters(TextField field);

// Why `text` cannot be a `field`: longer than maxCharacters(field), or, for
// the texts that name something on screen (names, identifiers, scenario
// names, snapshot labels), holding a control character or a hidden or
// direction-changing one (hiddenCharacterProblem), which could make two
// different names look the same. The one check of every text field, for
// every path in: the file readers, validateProfiles (so `db set`, store
// edits and the application), the store's scenarios and snapshots.
std::optional<Problem> textFieldProblem(TextField field, std::string_view text);

} // namespace aisov
