#pragma once

// What is wrong with an input, as a code and its arguments rather than as
// finished English text, so that each front end can say it in its own
// language: the CLI and the libraries' messages use the English text here
// (englishText, the one place it is written), the desktop application its
// translated table (src/app/ProblemText.cpp), which covers every code.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aisov {

enum class InputProblem
{
    FileEmpty,
    FileNotUtf8,
    FileTooLarge,
    FileOverLimit,
    JsonSyntax,
    JsonDuplicateKey,
    JsonTooDeep,
    NumberTooLarge,
    NumberTooSmall,
    ExpectedObject,
    ExpectedArray,
    ExpectedNumber,
    ExpectedString,
    ExpectedBoolean,
    ExpectedWholeNumber,
    NumberOutOfRange,
    NumberNotFinite,
    UnknownKey,
    MissingKey,
    UnknownFormat,
    UnknownValue,
    MustNotBeEmpty,
    MustBePositive,
    GoalpostCount,
    GoalpostsMissing,
    LogFloorNeedsLog,
    LogFloorTooHigh,
    UnknownLanguage,
    EnglishTranslation,
    NoPillars,
    NoIndicators,
    CoverageNotShare,
    DuplicatePillar,
    NegativeWeight,
    ThresholdOutOfRange,
    PillarWeightsZero,
    DuplicateIndicator,
    UnknownPillar,
    GoalpostsNotFinite,
    GoalpostsEqual,
    GoalpostsReversed,
    LogGoalpostNotPositive,
    PillarWithoutIndicators,
    IndicatorWeightsZero,
    FirstBandNotZero,
    BandOutOfRange,
    BandsNotAscending,
    PopulationTooLarge,
    GdpTooLarge,
    LogValueNotPositive,
    LogValueNegative,
    ValueNotFinite,
    ValueOutsideRange,
    ValueBelowMinimum,
    ValueAboveMaximum,
    YearInFuture,
    YearTooOld,
    YearNotWhole,
    UnknownConfidence,
    UnknownIndicator,
    TextTooLong,
    TextNotUtf8,
    ControlCharacter,
    HiddenCharacter,
    NotANumber,
    TextNotNumber,
    TextNotFiniteNumber,
    CountryCodeInvalid,
    BlocCodeInvalid,
    CodeInvalid,
    UnknownKind,
    MembersNeedBlocKind,
    MembersNeedBloc,
    MemberNotAlpha3,
    MemberTwice,
    IndicatorTwice,
    IndicatorTwiceInFile,
    DuplicateProfileCode,
    BlocListsItself,
    BlocMemberMissing,
    CsvQuoteNotClosed,
    CsvTextAfterQuote,
    CsvQuoteInField,
    CsvEmpty,
    CsvHeader,
    CsvFieldCount,
    ProfileNeedsName,
    UnknownFileType,
    TemplateWithoutChanges,
    DuplicateTemplate,
    PerMillionWithoutPopulation,
    NoProfile,
    NoProfileHere,
    NoProfileToday,
    NoProfileOrSnapshots,
    CoalitionNameTaken,
    CoalitionWithoutMembers,
    OverriddenTwice,
    SnapshotWithoutProfile,
    NoSuchSnapshot,
    ScenarioNeedsName,
    NoScenarioBase,
    NoScenario,
    ScenarioNameTaken,
    NotSqlite,
    DatabaseCorrupt,
    DatabaseCorruptUnchanged,
    ForeignApplication,
    DamagedSchema,
    NewerSchema,
    ForeignTables,
    WriteAheadLog,
    UnknownExportFormat,
    ProfileExists,
    NoValueOfIndicator,
    RecordWithoutCode,
    RecordOfOtherIndicator,
    DanglingProfileRow,
    DanglingScenarioBase,
    NoSuchMethodology,
    NoActiveMethodology,
    MethodologyVersionTaken,
    StoreCheckFailed,
    NoDatabase,
    ScenarioNameInUse,
    NoScenarioBaseHere,
    SnapshotNeedsLabel,
    NoPillarHere,
    NoIndicatorHere,
    LeverNotAlone,
    NoFittingTemplate,
    ProfileIsBlocMember,
    Count // not a problem: the number of codes, for tests that cover them all
};

struct Problem
{
    // Implicit, so that a throw site reads InputError(file, where, {code, {args}}).
    Problem(InputProblem problemCode = InputProblem::FileEmpty,
            std::vector<std::string> arguments = {}, std::string inField = {})
        : code(problemCode)
        , args(std::move(arguments))
        , field(std::move(inField))
    {}

    InputProblem code;
    // The values the text names, in order: %1, %2, ... of the template.
    std::vector<std::string> args;
    // The field the problem is in, when the place does not say it (a CSV
    // column: "year"); the text then reads "year: <problem>".
    std::string field;

    friend bool operator==(const Problem&, const Problem&) = default;
};

// The English text of `code` with %1, %2, ... where its arguments go.
const char* englishTemplate(InputProblem code);

// `pattern` with each %1 ... %9 replaced by that argument (a missing one
// by nothing). One pass: an argument that holds "%1" stays as it is.
std::string fillArguments(std::string_view pattern, const std::vector<std::string>& args);

// The English text of `problem`: its template filled, after "field: ".
std::string englishText(const Problem& problem);

// `problem` in `field` (see Problem::field).
Problem inField(std::string field, Problem problem);

} // namespace aisov
