#include "ProblemText.h"

#include "AppStrings.h"

#include <QCoreApplication>

namespace app {

using aisov::InputProblem;

// The one table of translated problem texts: the same placeholders as
// aisov::englishTemplate (TestProblemText checks every code).
QString problemTemplate(InputProblem code)
{
    switch (code) {
    case InputProblem::FileEmpty:
        return QCoreApplication::translate("InputProblem", "the file is empty");
    case InputProblem::FileNotUtf8:
        return QCoreApplication::translate("InputProblem", "the file is not valid UTF-8 text");
    case InputProblem::FileTooLarge:
        return QCoreApplication::translate("InputProblem",
                                           "file is %1 MiB, larger than the limit of %2 MiB");
    case InputProblem::FileOverLimit:
        return QCoreApplication::translate("InputProblem",
                                           "file is larger than the limit of %1 MiB");
    case InputProblem::JsonSyntax:
        return QCoreApplication::translate("InputProblem", "not valid JSON: %1");
    case InputProblem::JsonDuplicateKey:
        return QCoreApplication::translate("InputProblem", R"(duplicate key "%1" in an object)");
    case InputProblem::JsonTooDeep:
        return QCoreApplication::translate("InputProblem", "JSON nested deeper than %1 levels");
    case InputProblem::NumberTooLarge:
        return QCoreApplication::translate("InputProblem", "number %1 is too large");
    case InputProblem::NumberTooSmall:
        return QCoreApplication::translate("InputProblem",
                                           "number %1 is too small: it would read as 0");
    case InputProblem::ExpectedObject:
        return QCoreApplication::translate("InputProblem", "expected an object, found %1");
    case InputProblem::ExpectedArray:
        return QCoreApplication::translate("InputProblem", "expected an array, found %1");
    case InputProblem::ExpectedNumber:
        return QCoreApplication::translate("InputProblem", "expected a number, found %1");
    case InputProblem::ExpectedString:
        return QCoreApplication::translate("InputProblem", "expected a string, found %1");
    case InputProblem::ExpectedBoolean:
        return QCoreApplication::translate("InputProblem", "expected true or false");
    case InputProblem::ExpectedWholeNumber:
        return QCoreApplication::translate("InputProblem", "expected a whole number, found %1");
    case InputProblem::NumberOutOfRange:
        return QCoreApplication::translate("InputProblem", "must be between %1 and %2, found %3");
    case InputProblem::NumberNotFinite:
        return QCoreApplication::translate("InputProblem", "number is not finite (too large)");
    case InputProblem::UnknownKey:
        return QCoreApplication::translate("InputProblem",
                                           R"(unknown key "%1" (expected one of: %2))");
    case InputProblem::MissingKey:
        return QCoreApplication::translate("InputProblem", R"(missing required key "%1")");
    case InputProblem::UnknownFormat:
        return QCoreApplication::translate("InputProblem",
                                           R"(unknown format "%1" (this version reads "%2"))");
    case InputProblem::UnknownValue:
        return QCoreApplication::translate("InputProblem",
                                           R"(unknown value "%1" (expected one of: %2))");
    case InputProblem::MustNotBeEmpty:
        return QCoreApplication::translate("InputProblem", "must not be empty");
    case InputProblem::MustBePositive:
        return QCoreApplication::translate("InputProblem", "must be a positive number");
    case InputProblem::GoalpostCount:
        return QCoreApplication::translate("InputProblem",
                                           "expected two numbers [low, high], found %1 elements");
    case InputProblem::GoalpostsMissing:
        return QCoreApplication::translate(
            "InputProblem", R"(missing required key "goalposts" (normalization is "goalposts"))");
    case InputProblem::LogFloorNeedsLog:
        return QCoreApplication::translate("InputProblem",
                                           R"(a log floor needs "transform": "log")");
    case InputProblem::LogFloorTooHigh:
        return QCoreApplication::translate("InputProblem", "must be below the high goalpost");
    case InputProblem::UnknownLanguage:
        return QCoreApplication::translate("InputProblem",
                                           R"(unknown language "%1" (expected one of: %2))");
    case InputProblem::EnglishTranslation:
        return QCoreApplication::translate("InputProblem",
                                           "English is the item's own text, not a translation");
    case InputProblem::NoPillars:
        return QCoreApplication::translate("InputProblem",
                                           "a methodology needs at least one pillar");
    case InputProblem::NoIndicators:
        return QCoreApplication::translate("InputProblem",
                                           "a methodology needs at least one indicator");
    case InputProblem::CoverageNotShare:
        return QCoreApplication::translate("InputProblem", "must be a share between 0 and 1");
    case InputProblem::DuplicatePillar:
        return QCoreApplication::translate("InputProblem", R"(duplicate pillar id "%1")");
    case InputProblem::NegativeWeight:
        return QCoreApplication::translate("InputProblem", "weight must be a non-negative number");
    case InputProblem::ThresholdOutOfRange:
        return QCoreApplication::translate("InputProblem", "threshold must be between 0 and 100");
    case InputProblem::PillarWeightsZero:
        return QCoreApplication::translate(
            "InputProblem", "pillar weights are all zero; at least one must be positive");
    case InputProblem::DuplicateIndicator:
        return QCoreApplication::translate("InputProblem", R"(duplicate indicator id "%1")");
    case InputProblem::UnknownPillar:
        return QCoreApplication::translate("InputProblem", R"(unknown pillar "%1")");
    case InputProblem::GoalpostsNotFinite:
        return QCoreApplication::translate("InputProblem", "goalposts must be finite numbers");
    case InputProblem::GoalpostsEqual:
        return QCoreApplication::translate("InputProblem",
                                           "goalposts are equal; low must be below high");
    case InputProblem::GoalpostsReversed:
        return QCoreApplication::translate(
            "InputProblem",
            R"(goalposts must be [low, high] with low < high; use "direction": "lower" when less is better)");
    case InputProblem::LogGoalpostNotPositive:
        return QCoreApplication::translate(
            "InputProblem", "log transform needs positive goalposts, found low = %1");
    case InputProblem::PillarWithoutIndicators:
        return QCoreApplication::translate("InputProblem", R"(pillar "%1" has no indicators)");
    case InputProblem::IndicatorWeightsZero:
        return QCoreApplication::translate("InputProblem",
                                           R"(the indicator weights of pillar "%1" are all zero)");
    case InputProblem::FirstBandNotZero:
        return QCoreApplication::translate("InputProblem", "the first band must start at 0");
    case InputProblem::BandOutOfRange:
        return QCoreApplication::translate("InputProblem", "must be between 0 and 100");
    case InputProblem::BandsNotAscending:
        return QCoreApplication::translate("InputProblem",
                                           R"(bands must be in ascending order of "from")");
    case InputProblem::PopulationTooLarge:
        return QCoreApplication::translate("InputProblem", "must be at most %1 (people); found %2");
    case InputProblem::GdpTooLarge:
        return QCoreApplication::translate("InputProblem",
                                           "must be at most %1 (US dollars); found %2");
    case InputProblem::LogValueNotPositive:
        return QCoreApplication::translate(
            "InputProblem",
            R"(indicator "%1" uses a log transform, so its value must be positive; found %2)");
    case InputProblem::LogValueNegative:
        return QCoreApplication::translate(
            "InputProblem",
            R"(indicator "%1" uses a log transform, so its value must be zero or positive; found %2)");
    case InputProblem::ValueNotFinite:
        return QCoreApplication::translate("InputProblem",
                                           R"(indicator "%1": the value is not a finite number)");
    case InputProblem::ValueOutsideRange:
        return QCoreApplication::translate(
            "InputProblem", R"(indicator "%1" (unit "%2") allows values from %3 to %4; found %5)");
    case InputProblem::ValueBelowMinimum:
        return QCoreApplication::translate(
            "InputProblem", R"(indicator "%1" (unit "%2") allows values of at least %3; found %4)");
    case InputProblem::ValueAboveMaximum:
        return QCoreApplication::translate(
            "InputProblem", R"(indicator "%1" (unit "%2") allows values of at most %3; found %4)");
    case InputProblem::YearInFuture:
        return QCoreApplication::translate("InputProblem",
                                           "%1 is in the future (the current year is %2)");
    case InputProblem::YearTooOld:
        return QCoreApplication::translate(
            "InputProblem", "%1 is before %2, too old to be the year of a measured value");
    case InputProblem::YearNotWhole:
        return QCoreApplication::translate("InputProblem",
                                           "expected a whole number (a year), found %1");
    case InputProblem::UnknownConfidence:
        return QCoreApplication::translate(
            "InputProblem", R"(unknown confidence "%1" (expected high, medium or low))");
    case InputProblem::UnknownIndicator:
        return QCoreApplication::translate("InputProblem",
                                           R"(unknown indicator "%1" (not in methodology "%2"))");
    case InputProblem::TextTooLong:
        return QCoreApplication::translate("InputProblem",
                                           "is %1 characters long; at most %2 are allowed");
    case InputProblem::TextNotUtf8:
        return QCoreApplication::translate("InputProblem", "is not valid UTF-8");
    case InputProblem::ControlCharacter:
        return QCoreApplication::translate("InputProblem", "holds a control character (%1)");
    case InputProblem::HiddenCharacter:
        return QCoreApplication::translate(
            "InputProblem", "holds an invisible or direction-changing character (%1), which can "
                            "make two different names look the same");
    case InputProblem::NotANumber:
        return QCoreApplication::translate("InputProblem", "not a number");
    case InputProblem::TextNotNumber:
        return QCoreApplication::translate("InputProblem", R"("%1" is not a number)");
    case InputProblem::TextNotFiniteNumber:
        return QCoreApplication::translate("InputProblem", R"("%1" is not a finite number)");
    case InputProblem::CountryCodeInvalid:
        return QCoreApplication::translate(
            "InputProblem",
            R"(country code "%1" is not three upper-case letters (ISO 3166-1 alpha-3))");
    case InputProblem::BlocCodeInvalid:
        return QCoreApplication::translate(
            "InputProblem",
            R"(bloc code "%1" must be 2-16 upper-case letters, digits, '_' or '-')");
    case InputProblem::CodeInvalid:
        return QCoreApplication::translate(
            "InputProblem",
            R"("%1" is neither an ISO 3166-1 alpha-3 code nor an upper-case bloc id)");
    case InputProblem::UnknownKind:
        return QCoreApplication::translate("InputProblem",
                                           R"(unknown kind "%1" (expected country or bloc))");
    case InputProblem::MembersNeedBlocKind:
        return QCoreApplication::translate("InputProblem",
                                           R"(only a bloc has members (set "kind": "bloc"))");
    case InputProblem::MembersNeedBloc:
        return QCoreApplication::translate("InputProblem", "only a bloc has members");
    case InputProblem::MemberNotAlpha3:
        return QCoreApplication::translate("InputProblem",
                                           R"(member "%1" is not an ISO 3166-1 alpha-3 code)");
    case InputProblem::MemberTwice:
        return QCoreApplication::translate("InputProblem", R"(member "%1" is listed twice)");
    case InputProblem::IndicatorTwice:
        return QCoreApplication::translate("InputProblem",
                                           R"(indicator "%1" has two values in this profile)");
    case InputProblem::IndicatorTwiceInFile:
        return QCoreApplication::translate("InputProblem", R"(indicator "%1" of %2 appears twice)");
    case InputProblem::DuplicateProfileCode:
        return QCoreApplication::translate("InputProblem", R"(duplicate profile code "%1")");
    case InputProblem::BlocListsItself:
        return QCoreApplication::translate("InputProblem", R"(bloc "%1" lists itself as a member)");
    case InputProblem::BlocMemberMissing:
        return QCoreApplication::translate(
            "InputProblem",
            R"(bloc "%1" lists member "%2", which is not one of the profiles; add a profile for %2 or remove it from the bloc's members)");
    case InputProblem::CsvQuoteNotClosed:
        return QCoreApplication::translate("InputProblem", "quoted field is not closed");
    case InputProblem::CsvTextAfterQuote:
        return QCoreApplication::translate("InputProblem", "unexpected text after a closing quote");
    case InputProblem::CsvQuoteInField:
        return QCoreApplication::translate("InputProblem", "a quote inside an unquoted field");
    case InputProblem::CsvEmpty:
        return QCoreApplication::translate("InputProblem",
                                           "the file is empty (expected the header %1)");
    case InputProblem::CsvHeader:
        return QCoreApplication::translate("InputProblem",
                                           R"(expected the header "%1", found "%2")");
    case InputProblem::CsvFieldCount:
        return QCoreApplication::translate("InputProblem", "expected %1 fields, found %2");
    case InputProblem::ProfileNeedsName:
        return QCoreApplication::translate("InputProblem", "a profile needs a name");
    case InputProblem::UnknownFileType:
        return QCoreApplication::translate("InputProblem",
                                           "unknown file type: the name must end in .json or .csv");
    case InputProblem::TemplateWithoutChanges:
        return QCoreApplication::translate("InputProblem", "a template needs at least one change");
    case InputProblem::DuplicateTemplate:
        return QCoreApplication::translate("InputProblem", R"(duplicate template id "%1")");
    case InputProblem::PerMillionWithoutPopulation:
        return QCoreApplication::translate(
            "InputProblem",
            R"(indicator "%1" is changed per million people, and the profile has no population)");
    case InputProblem::NoProfile:
        return QCoreApplication::translate("InputProblem", R"(no profile with code "%1")");
    case InputProblem::NoProfileHere:
        return QCoreApplication::translate("InputProblem", "no profile with this code");
    case InputProblem::NoProfileToday:
        return QCoreApplication::translate("InputProblem", R"(no profile with code "%1" today)");
    case InputProblem::NoProfileOrSnapshots:
        return QCoreApplication::translate("InputProblem",
                                           R"(no profile and no snapshots with code "%1")");
    case InputProblem::CoalitionNameTaken:
        return QCoreApplication::translate("InputProblem",
                                           R"(coalition name "%1" is already a profile code)");
    case InputProblem::CoalitionWithoutMembers:
        return QCoreApplication::translate("InputProblem",
                                           R"(coalition "%1" needs at least one member)");
    case InputProblem::OverriddenTwice:
        return QCoreApplication::translate("InputProblem", "indicator overridden twice");
    case InputProblem::SnapshotWithoutProfile:
        return QCoreApplication::translate("InputProblem", "the snapshot holds no profile");
    case InputProblem::NoSuchSnapshot:
        return QCoreApplication::translate("InputProblem", "no such snapshot");
    case InputProblem::ScenarioNeedsName:
        return QCoreApplication::translate("InputProblem", "a scenario needs a name");
    case InputProblem::NoScenarioBase:
        return QCoreApplication::translate("InputProblem",
                                           R"(no profile with code "%1" to base a scenario on)");
    case InputProblem::NoScenario:
        return QCoreApplication::translate("InputProblem", R"(no scenario "%1" on %2)");
    case InputProblem::ScenarioNameTaken:
        return QCoreApplication::translate("InputProblem",
                                           R"(another scenario of %1 is named "%2")");
    case InputProblem::NotSqlite:
        return QCoreApplication::translate("InputProblem",
                                           "the file is not an SQLite database (%1)");
    case InputProblem::DatabaseCorrupt:
        return QCoreApplication::translate(
            "InputProblem", "the database file is corrupt (%1); it was left unchanged; restore a "
                            "backup, or salvage what can still be read into a new file with "
                            "'aisov-cli db recover %2 --out NEW.sqlite'");
    case InputProblem::DatabaseCorruptUnchanged:
        return QCoreApplication::translate(
            "InputProblem", "the database file is corrupt (%1); it was left unchanged");
    case InputProblem::ForeignApplication:
        return QCoreApplication::translate(
            "InputProblem", "an SQLite database of another application (application_id %1), not an "
                            "AI Sovereignty Spectrum store; it was left unchanged");
    case InputProblem::DamagedSchema:
        return QCoreApplication::translate("InputProblem",
                                           "a damaged store: schema version %1 is not one this "
                                           "program ever writes; it was left unchanged");
    case InputProblem::NewerSchema:
        return QCoreApplication::translate(
            "InputProblem",
            "the store has schema version %1, newer than version %2 that this program reads; use a "
            "newer version of the program (the file was left unchanged)");
    case InputProblem::ForeignTables:
        return QCoreApplication::translate(
            "InputProblem", "an SQLite database that is not an AI Sovereignty Spectrum store (it "
                            "has tables of its own); it was left unchanged");
    case InputProblem::WriteAheadLog:
        return QCoreApplication::translate(
            "InputProblem", "read with its write-ahead log %1 (which may belong to another "
                            "database: if it is not this store's, move it away and try again), %2");
    case InputProblem::UnknownExportFormat:
        return QCoreApplication::translate(
            "InputProblem", "unknown export format: the file name must end in .json or .csv");
    case InputProblem::ProfileExists:
        return QCoreApplication::translate("InputProblem",
                                           R"(a profile with code "%1" exists already)");
    case InputProblem::NoValueOfIndicator:
        return QCoreApplication::translate("InputProblem",
                                           R"(profile "%1" has no value for indicator "%2")");
    case InputProblem::RecordWithoutCode:
        return QCoreApplication::translate("InputProblem",
                                           "a profile record without a code cannot be restored");
    case InputProblem::RecordOfOtherIndicator:
        return QCoreApplication::translate(
            "InputProblem", R"(the record to restore is of indicator "%1", not "%2")");
    case InputProblem::DanglingProfileRow:
        return QCoreApplication::translate(
            "InputProblem",
            R"(a row refers to profile "%1", which the profiles table lacks: the database is inconsistent ("aisov-cli db check" lists such rows))");
    case InputProblem::DanglingScenarioBase:
        return QCoreApplication::translate(
            "InputProblem",
            R"(a scenario is based on profile "%1", which the profiles table lacks: the database is inconsistent)");
    case InputProblem::NoSuchMethodology:
        return QCoreApplication::translate("InputProblem", "no such methodology in the store");
    case InputProblem::NoActiveMethodology:
        return QCoreApplication::translate("InputProblem", "the store has no active methodology");
    case InputProblem::MethodologyVersionTaken:
        return QCoreApplication::translate(
            "InputProblem",
            "a different methodology with this id and version is already stored; give the changed "
            "methodology a new version (snapshots rely on a stored version never changing)");
    case InputProblem::StoreCheckFailed:
        return QCoreApplication::translate("InputProblem", "check found %1 problem(s): %2");
    case InputProblem::NoDatabase:
        return QCoreApplication::translate("InputProblem", "no database is open");
    case InputProblem::ScenarioNameInUse:
        return QCoreApplication::translate("InputProblem", "another scenario of %1 has this name");
    case InputProblem::NoScenarioBaseHere:
        return QCoreApplication::translate("InputProblem",
                                           "no profile with this code to base a scenario on");
    case InputProblem::SnapshotNeedsLabel:
        return QCoreApplication::translate("InputProblem", "a snapshot needs a label");
    case InputProblem::NoPillarHere:
        return QCoreApplication::translate("InputProblem", "no pillar with this id");
    case InputProblem::NoIndicatorHere:
        return QCoreApplication::translate("InputProblem", "no indicator with this id");
    case InputProblem::LeverNotAlone:
        return QCoreApplication::translate("InputProblem",
                                           "this indicator alone does not reach the next band");
    case InputProblem::NoFittingTemplate:
        return QCoreApplication::translate(
            "InputProblem", "no investment template with this id fits the methodology");
    case InputProblem::ProfileIsBlocMember:
        return QCoreApplication::translate(
            "InputProblem",
            R"(profile "%1" is a member of the bloc(s) %2; remove it from their members first)");
    case InputProblem::Count:
        break;
    }
    return {};
}

QString problemText(const aisov::Problem& problem)
{
    QString text =
        toQString(aisov::fillArguments(toStdString(problemTemplate(problem.code)), problem.args));
    if (problem.field.empty())
        return text;
    return QCoreApplication::translate("InputProblem", "%1: %2")
        .arg(toQString(problem.field), text);
}

QString inputErrorText(const aisov::InputError& error)
{
    const QString file = error.file().empty()
                             ? QCoreApplication::translate("InputProblem", "<input>")
                             : toQString(error.file());
    const QString reason = problemText(error.problem());
    if (error.where().empty())
        return QCoreApplication::translate("InputProblem", "%1: %2").arg(file, reason);
    return QCoreApplication::translate("InputProblem", "%1: %2: %3")
        .arg(file, toQString(error.where()), reason);
}

} // namespace app
