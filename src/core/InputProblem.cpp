#include "aisov/InputProblem.h"

namespace aisov {

const char* englishTemplate(InputProblem code)
{
    switch (code) {
    case InputProblem::FileEmpty:
        return "the file is empty";
    case InputProblem::FileNotUtf8:
        return "the file is not valid UTF-8 text";
    case InputProblem::FileTooLarge:
        return "file is %1 MiB, larger than the limit of %2 MiB";
    case InputProblem::FileOverLimit:
        return "file is larger than the limit of %1 MiB";
    case InputProblem::JsonSyntax:
        return "not valid JSON: %1";
    case InputProblem::JsonDuplicateKey:
        return R"(duplicate key "%1" in an object)";
    case InputProblem::JsonTooDeep:
        return "JSON nested deeper than %1 levels";
    case InputProblem::NumberTooLarge:
        return "number %1 is too large";
    case InputProblem::NumberTooSmall:
        return "number %1 is too small: it would read as 0";
    case InputProblem::ExpectedObject:
        return "expected an object, found %1";
    case InputProblem::ExpectedArray:
        return "expected an array, found %1";
    case InputProblem::ExpectedNumber:
        return "expected a number, found %1";
    case InputProblem::ExpectedString:
        return "expected a string, found %1";
    case InputProblem::ExpectedBoolean:
        return "expected true or false";
    case InputProblem::ExpectedWholeNumber:
        return "expected a whole number, found %1";
    case InputProblem::NumberOutOfRange:
        return "must be between %1 and %2, found %3";
    case InputProblem::NumberNotFinite:
        return "number is not finite (too large)";
    case InputProblem::UnknownKey:
        return R"(unknown key "%1" (expected one of: %2))";
    case InputProblem::MissingKey:
        return R"(missing required key "%1")";
    case InputProblem::UnknownFormat:
        return R"(unknown format "%1" (this version reads "%2"))";
    case InputProblem::UnknownValue:
        return R"(unknown value "%1" (expected one of: %2))";
    case InputProblem::MustNotBeEmpty:
        return "must not be empty";
    case InputProblem::MustBePositive:
        return "must be a positive number";
    case InputProblem::GoalpostCount:
        return "expected two numbers [low, high], found %1 elements";
    case InputProblem::GoalpostsMissing:
        return R"(missing required key "goalposts" (normalization is "goalposts"))";
    case InputProblem::LogFloorNeedsLog:
        return R"(a log floor needs "transform": "log")";
    case InputProblem::LogFloorTooHigh:
        return "must be below the high goalpost";
    case InputProblem::UnknownLanguage:
        return R"(unknown language "%1" (expected one of: %2))";
    case InputProblem::EnglishTranslation:
        return "English is the item's own text, not a translation";
    case InputProblem::NoPillars:
        return "a methodology needs at least one pillar";
    case InputProblem::NoIndicators:
        return "a methodology needs at least one indicator";
    case InputProblem::CoverageNotShare:
        return "must be a share between 0 and 1";
    case InputProblem::DuplicatePillar:
        return R"(duplicate pillar id "%1")";
    case InputProblem::NegativeWeight:
        return "weight must be a non-negative number";
    case InputProblem::ThresholdOutOfRange:
        return "threshold must be between 0 and 100";
    case InputProblem::PillarWeightsZero:
        return "pillar weights are all zero; at least one must be positive";
    case InputProblem::DuplicateIndicator:
        return R"(duplicate indicator id "%1")";
    case InputProblem::UnknownPillar:
        return R"(unknown pillar "%1")";
    case InputProblem::GoalpostsNotFinite:
        return "goalposts must be finite numbers";
    case InputProblem::GoalpostsEqual:
        return "goalposts are equal; low must be below high";
    case InputProblem::GoalpostsReversed:
        return R"(goalposts must be [low, high] with low < high; use "direction": "lower" when less is better)";
    case InputProblem::LogGoalpostNotPositive:
        return "log transform needs positive goalposts, found low = %1";
    case InputProblem::PillarWithoutIndicators:
        return R"(pillar "%1" has no indicators)";
    case InputProblem::IndicatorWeightsZero:
        return R"(the indicator weights of pillar "%1" are all zero)";
    case InputProblem::FirstBandNotZero:
        return "the first band must start at 0";
    case InputProblem::BandOutOfRange:
        return "must be between 0 and 100";
    case InputProblem::BandsNotAscending:
        return R"(bands must be in ascending order of "from")";
    case InputProblem::PopulationTooLarge:
        return "must be at most %1 (people); found %2";
    case InputProblem::GdpTooLarge:
        return "must be at most %1 (US dollars); found %2";
    case InputProblem::LogValueNotPositive:
        return R"(indicator "%1" uses a log transform, so its value must be positive; found %2)";
    case InputProblem::LogValueNegative:
        return R"(indicator "%1" uses a log transform, so its value must be zero or positive; found %2)";
    case InputProblem::ValueNotFinite:
        return R"(indicator "%1": the value is not a finite number)";
    case InputProblem::ValueOutsideRange:
        return R"(indicator "%1" (unit "%2") allows values from %3 to %4; found %5)";
    case InputProblem::ValueBelowMinimum:
        return R"(indicator "%1" (unit "%2") allows values of at least %3; found %4)";
    case InputProblem::ValueAboveMaximum:
        return R"(indicator "%1" (unit "%2") allows values of at most %3; found %4)";
    case InputProblem::YearInFuture:
        return "%1 is in the future (the current year is %2)";
    case InputProblem::YearTooOld:
        return "%1 is before %2, too old to be the year of a measured value";
    case InputProblem::YearNotWhole:
        return "expected a whole number (a year), found %1";
    case InputProblem::UnknownConfidence:
        return R"(unknown confidence "%1" (expected high, medium or low))";
    case InputProblem::UnknownIndicator:
        return R"(unknown indicator "%1" (not in methodology "%2"))";
    case InputProblem::TextTooLong:
        return "is %1 characters long; at most %2 are allowed";
    case InputProblem::TextNotUtf8:
        return "is not valid UTF-8";
    case InputProblem::ControlCharacter:
        return "holds a control character (%1)";
    case InputProblem::HiddenCharacter:
        return "holds an invisible or direction-changing character (%1), which can make two "
               "different names look the same";
    case InputProblem::NotANumber:
        return "not a number";
    case InputProblem::TextNotNumber:
        return R"("%1" is not a number)";
    case InputProblem::TextNotFiniteNumber:
        return R"("%1" is not a finite number)";
    case InputProblem::CountryCodeInvalid:
        return R"(country code "%1" is not three upper-case letters (ISO 3166-1 alpha-3))";
    case InputProblem::BlocCodeInvalid:
        return R"(bloc code "%1" must be 2-16 upper-case letters, digits, '_' or '-')";
    case InputProblem::CodeInvalid:
        return R"("%1" is neither an ISO 3166-1 alpha-3 code nor an upper-case bloc id)";
    case InputProblem::UnknownKind:
        return R"(unknown kind "%1" (expected country or bloc))";
    case InputProblem::MembersNeedBlocKind:
        return R"(only a bloc has members (set "kind": "bloc"))";
    case InputProblem::MembersNeedBloc:
        return "only a bloc has members";
    case InputProblem::MemberNotAlpha3:
        return R"(member "%1" is not an ISO 3166-1 alpha-3 code)";
    case InputProblem::MemberTwice:
        return R"(member "%1" is listed twice)";
    case InputProblem::IndicatorTwice:
        return R"(indicator "%1" has two values in this profile)";
    case InputProblem::IndicatorTwiceInFile:
        return R"(indicator "%1" of %2 appears twice)";
    case InputProblem::DuplicateProfileCode:
        return R"(duplicate profile code "%1")";
    case InputProblem::BlocListsItself:
        return R"(bloc "%1" lists itself as a member)";
    case InputProblem::BlocMemberMissing:
        return R"(bloc "%1" lists member "%2", which is not one of the profiles; add a profile for %2 or remove it from the bloc's members)";
    case InputProblem::CsvQuoteNotClosed:
        return "quoted field is not closed";
    case InputProblem::CsvTextAfterQuote:
        return "unexpected text after a closing quote";
    case InputProblem::CsvQuoteInField:
        return "a quote inside an unquoted field";
    case InputProblem::CsvEmpty:
        return "the file is empty (expected the header %1)";
    case InputProblem::CsvHeader:
        return R"(expected the header "%1", found "%2")";
    case InputProblem::CsvFieldCount:
        return "expected %1 fields, found %2";
    case InputProblem::ProfileNeedsName:
        return "a profile needs a name";
    case InputProblem::UnknownFileType:
        return "unknown file type: the name must end in .json or .csv";
    case InputProblem::TemplateWithoutChanges:
        return "a template needs at least one change";
    case InputProblem::DuplicateTemplate:
        return R"(duplicate template id "%1")";
    case InputProblem::PerMillionWithoutPopulation:
        return R"(indicator "%1" is changed per million people, and the profile has no population)";
    case InputProblem::NoProfile:
        return R"(no profile with code "%1")";
    case InputProblem::NoProfileHere:
        return "no profile with this code";
    case InputProblem::NoProfileToday:
        return R"(no profile with code "%1" today)";
    case InputProblem::NoProfileOrSnapshots:
        return R"(no profile and no snapshots with code "%1")";
    case InputProblem::CoalitionNameTaken:
        return R"(coalition name "%1" is already a profile code)";
    case InputProblem::CoalitionWithoutMembers:
        return R"(coalition "%1" needs at least one member)";
    case InputProblem::OverriddenTwice:
        return "indicator overridden twice";
    case InputProblem::SnapshotWithoutProfile:
        return "the snapshot holds no profile";
    case InputProblem::NoSuchSnapshot:
        return "no such snapshot";
    case InputProblem::ScenarioNeedsName:
        return "a scenario needs a name";
    case InputProblem::NoScenarioBase:
        return R"(no profile with code "%1" to base a scenario on)";
    case InputProblem::NoScenario:
        return R"(no scenario "%1" on %2)";
    case InputProblem::ScenarioNameTaken:
        return R"(another scenario of %1 is named "%2")";
    case InputProblem::NotSqlite:
        return "the file is not an SQLite database (%1)";
    case InputProblem::DatabaseCorrupt:
        return "the database file is corrupt (%1); it was left unchanged; restore a backup, or "
               "salvage what can still be read into a new file with 'aisov-cli db recover %2 --out "
               "NEW.sqlite'";
    case InputProblem::DatabaseCorruptUnchanged:
        return "the database file is corrupt (%1); it was left unchanged";
    case InputProblem::ForeignApplication:
        return "an SQLite database of another application (application_id %1), not an AI "
               "Sovereignty Spectrum store; it was left unchanged";
    case InputProblem::DamagedSchema:
        return "a damaged store: schema version %1 is not one this program ever writes; it was "
               "left unchanged";
    case InputProblem::NewerSchema:
        return "the store has schema version %1, newer than version %2 that this program reads; "
               "use a newer version of the program (the file was left unchanged)";
    case InputProblem::ForeignTables:
        return "an SQLite database that is not an AI Sovereignty Spectrum store (it has tables of "
               "its own); it was left unchanged";
    case InputProblem::WriteAheadLog:
        return "read with its write-ahead log %1 (which may belong to another database: if it is "
               "not this store's, move it away and try again), %2";
    case InputProblem::UnknownExportFormat:
        return "unknown export format: the file name must end in .json or .csv";
    case InputProblem::ProfileExists:
        return R"(a profile with code "%1" exists already)";
    case InputProblem::NoValueOfIndicator:
        return R"(profile "%1" has no value for indicator "%2")";
    case InputProblem::RecordWithoutCode:
        return "a profile record without a code cannot be restored";
    case InputProblem::RecordOfOtherIndicator:
        return R"(the record to restore is of indicator "%1", not "%2")";
    case InputProblem::DanglingProfileRow:
        return R"(a row refers to profile "%1", which the profiles table lacks: the database is inconsistent ("aisov-cli db check" lists such rows))";
    case InputProblem::DanglingScenarioBase:
        return R"(a scenario is based on profile "%1", which the profiles table lacks: the database is inconsistent)";
    case InputProblem::NoSuchMethodology:
        return "no such methodology in the store";
    case InputProblem::NoActiveMethodology:
        return "the store has no active methodology";
    case InputProblem::MethodologyVersionTaken:
        return "a different methodology with this id and version is already stored; give the "
               "changed methodology a new version (snapshots rely on a stored version never "
               "changing)";
    case InputProblem::StoreCheckFailed:
        return "check found %1 problem(s): %2";
    case InputProblem::NoDatabase:
        return "no database is open";
    case InputProblem::ScenarioNameInUse:
        return "another scenario of %1 has this name";
    case InputProblem::NoScenarioBaseHere:
        return "no profile with this code to base a scenario on";
    case InputProblem::SnapshotNeedsLabel:
        return "a snapshot needs a label";
    case InputProblem::NoPillarHere:
        return "no pillar with this id";
    case InputProblem::NoIndicatorHere:
        return "no indicator with this id";
    case InputProblem::LeverNotAlone:
        return "this indicator alone does not reach the next band";
    case InputProblem::NoFittingTemplate:
        return "no investment template with this id fits the methodology";
    case InputProblem::ProfileIsBlocMember:
        return R"(profile "%1" is a member of the bloc(s) %2; remove it from their members first)";
    case InputProblem::Count:
        break;
    }
    return "";
}

std::string fillArguments(std::string_view pattern, const std::vector<std::string>& args)
{
    std::string text;
    text.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const bool placeholder = pattern[i] == '%' && i + 1 < pattern.size() &&
                                 pattern[i + 1] >= '1' && pattern[i + 1] <= '9';
        if (!placeholder) {
            text += pattern[i];
            continue;
        }
        const auto index = static_cast<std::size_t>(pattern[++i] - '1');
        if (index < args.size())
            text += args[index];
    }
    return text;
}

std::string englishText(const Problem& problem)
{
    const std::string text = fillArguments(englishTemplate(problem.code), problem.args);
    return problem.field.empty() ? text : problem.field + ": " + text;
}

Problem inField(std::string field, Problem problem)
{
    problem.field = std::move(field);
    return problem;
}

} // namespace aisov
