#include "aisov/ProfileIO.h"

#include "JsonReader.h"
#include "TextFormat.h"
#include "TranslationsJson.h"
#include "aisov/InputError.h"
#include "aisov/PrintableText.h"
#include "aisov/TextFile.h"
#include "aisov/ValueCheck.h"

#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace aisov {

using detail::csvField;
using detail::JsonReader;

namespace {

// Whole numbers beyond this are no year at all; within it yearProblem judges.
constexpr double kLargestYearNumber = 1e6;

// The reason `number` (read from a file) cannot be the year of a value.
std::optional<Problem> yearNumberProblem(double number)
{
    if (number != std::floor(number) || std::abs(number) > kLargestYearNumber)
        return Problem{InputProblem::YearNotWhole, {detail::shortestNumber(number)}};
    return yearProblem(static_cast<int>(number), currentYear());
}

bool isUpperAlnumCode(const std::string& code, std::size_t minLength, std::size_t maxLength)
{
    if (code.size() < minLength || code.size() > maxLength)
        return false;
    for (const char c : code)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    return true;
}

bool isAlpha3(const std::string& code)
{
    if (code.size() != 3)
        return false;
    for (const char c : code)
        if (c < 'A' || c > 'Z')
            return false;
    return true;
}

// Country codes are ISO 3166-1 alpha-3; blocs take any upper-case id.
std::optional<Problem> codeProblem(const std::string& code, ProfileKind kind)
{
    if (kind == ProfileKind::Country && !isAlpha3(code))
        return Problem{InputProblem::CountryCodeInvalid, {code}};
    if (kind == ProfileKind::Bloc && !isUpperAlnumCode(code, 2, 16))
        return Problem{InputProblem::BlocCodeInvalid, {code}};
    return std::nullopt;
}

// An optional text key, refused at its JSON path when too long.
std::string readText(const JsonReader& reader, const char* key, TextField field)
{
    std::string text = reader.optionalString(key);
    if (const auto problem = textFieldProblem(field, text))
        reader.child(key).fail(*problem);
    return text;
}

// "note: is 12000 characters long; ...", or nothing when the value's texts fit.
std::optional<Problem> valueTextProblem(const IndicatorValue& value)
{
    for (const auto& [key, field, text] : {std::tuple{"source", TextField::Source, &value.source},
                                           std::tuple{"url", TextField::Url, &value.url},
                                           std::tuple{"note", TextField::Note, &value.note}})
        if (const auto problem = textFieldProblem(field, *text))
            return inField(key, *problem);
    return std::nullopt;
}

IndicatorValue readValue(const JsonReader& reader)
{
    reader.requireObject();
    reader.allowOnlyKeys({"indicator", "value", "year", "source", "url", "confidence", "note"});
    IndicatorValue value;
    value.origin = reader.path();
    value.indicator = reader.requiredString("indicator");
    if (value.indicator.empty())
        reader.child("indicator").fail({InputProblem::MustNotBeEmpty});
    value.value = reader.requiredNumber("value");
    if (reader.has("year")) {
        const JsonReader year = reader.child("year");
        const double number = year.asNumber();
        if (const auto problem = yearNumberProblem(number))
            year.fail(*problem);
        value.year = static_cast<int>(number);
    }
    value.source = readText(reader, "source", TextField::Source);
    value.url = readText(reader, "url", TextField::Url);
    if (reader.has("confidence")) {
        const JsonReader confidence = reader.child("confidence");
        if (const auto problem = confidenceProblem(confidence.asString()))
            confidence.fail(*problem);
        value.confidence = *confidenceFromString(confidence.asString());
    }
    value.note = readText(reader, "note", TextField::Note);
    return value;
}

Profile readProfile(const JsonReader& reader)
{
    reader.requireObject();
    reader.allowOnlyKeys(
        {"code", "name", "translations", "kind", "population", "gdp_usd", "members", "values"});
    Profile profile;
    profile.origin = reader.path();
    if (reader.has("kind")) {
        const JsonReader kind = reader.child("kind");
        const auto parsed = profileKindFromString(kind.asString());
        if (!parsed)
            kind.fail({InputProblem::UnknownKind, {kind.asString()}});
        profile.kind = *parsed;
    }
    profile.code = reader.requiredString("code");
    if (const auto problem = codeProblem(profile.code, profile.kind))
        reader.child("code").fail(*problem);
    profile.name = reader.requiredString("name");
    if (profile.name.empty())
        reader.child("name").fail({InputProblem::MustNotBeEmpty});
    if (const auto problem = textFieldProblem(TextField::Name, profile.name))
        reader.child("name").fail(*problem);
    profile.translations = detail::readTranslations(reader, detail::kProfileKeys);
    detail::checkTranslations(reader.file(), reader.path(), profile.translations, "name");
    for (const char* key : {"population", "gdp_usd"}) {
        if (!reader.has(key))
            continue;
        const double number = reader.requiredNumber(key);
        if (const auto problem = profileAmountProblem(key, number))
            reader.child(key).fail(*problem);
        (std::string(key) == "population" ? profile.population : profile.gdpUsd) = number;
    }
    if (reader.has("members")) {
        const JsonReader members = reader.child("members");
        members.requireArray();
        if (profile.kind != ProfileKind::Bloc && members.size() > 0)
            members.fail({InputProblem::MembersNeedBlocKind});
        std::set<std::string> seen;
        for (std::size_t i = 0; i < members.size(); ++i) {
            const JsonReader member = members.element(i);
            const std::string code = member.asString();
            if (!isAlpha3(code))
                member.fail({InputProblem::MemberNotAlpha3, {code}});
            if (!seen.insert(code).second)
                member.fail({InputProblem::MemberTwice, {code}});
            profile.members.push_back(code);
        }
    }
    if (reader.has("values")) {
        const JsonReader values = reader.child("values");
        values.requireArray();
        std::set<std::string> seen;
        for (std::size_t i = 0; i < values.size(); ++i) {
            IndicatorValue value = readValue(values.element(i));
            if (!seen.insert(value.indicator).second)
                values.element(i)
                    .child("indicator")
                    .fail({InputProblem::IndicatorTwice, {value.indicator}});
            profile.values.push_back(std::move(value));
        }
    }
    return profile;
}

// --- CSV -----------------------------------------------------------------

struct CsvRecord
{
    std::size_t line = 0; // physical line where the record starts
    std::vector<std::string> fields;
};

// RFC 4180: comma separated, fields may be quoted, "" is a quote inside a
// quoted field, quoted fields may span lines; LF or CRLF line ends.
std::vector<CsvRecord> splitCsv(const std::string& text, const std::string& sourceName)
{
    std::vector<CsvRecord> records;
    std::size_t i = 0;
    std::size_t line = 1;
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        i = 3;
    const std::size_t n = text.size();
    while (i < n) {
        CsvRecord record;
        record.line = line;
        std::string field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < n && text[i] == '"') {
                const std::size_t quoteLine = line;
                ++i;
                while (true) {
                    if (i >= n)
                        throw InputError(sourceName, "line " + std::to_string(quoteLine),
                                         {InputProblem::CsvQuoteNotClosed});
                    if (text[i] == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (text[i] == '\n')
                        ++line;
                    field += text[i++];
                }
                if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                    throw InputError(sourceName, "line " + std::to_string(line),
                                     {InputProblem::CsvTextAfterQuote});
            } else {
                while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    if (text[i] == '"')
                        throw InputError(sourceName, "line " + std::to_string(line),
                                         {InputProblem::CsvQuoteInField});
                    field += text[i++];
                }
            }
            record.fields.push_back(field);
            if (i < n && text[i] == ',') {
                ++i;
            } else {
                if (i < n && text[i] == '\r')
                    ++i;
                if (i < n && text[i] == '\n')
                    ++i;
                ++line;
                endOfRecord = true;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields[0].empty();
        if (!blank)
            records.push_back(std::move(record));
    }
    return records;
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    if (text.size() < suffix.size())
        return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        const char c = text[text.size() - suffix.size() + i];
        if (std::tolower(static_cast<unsigned char>(c)) != suffix[i])
            return false;
    }
    return true;
}

} // namespace

std::vector<Profile> parseProfilesJson(const std::string& jsonText, const std::string& sourceName)
{
    const nlohmann::json document = detail::parseJsonDocument(jsonText, sourceName);
    const JsonReader root(document, "$", sourceName);
    root.requireObject();
    root.allowOnlyKeys({"format", "profiles"});
    const JsonReader format = root.child("format");
    if (format.asString() != kProfilesFormat)
        format.fail({InputProblem::UnknownFormat, {format.asString(), kProfilesFormat}});
    const JsonReader list = root.child("profiles");
    list.requireArray();
    std::vector<Profile> profiles;
    std::set<std::string> codes;
    for (std::size_t i = 0; i < list.size(); ++i) {
        Profile profile = readProfile(list.element(i));
        if (!codes.insert(profile.code).second)
            list.element(i).child("code").fail(
                {InputProblem::DuplicateProfileCode, {profile.code}});
        profiles.push_back(std::move(profile));
    }
    return profiles;
}

// code, indicator, source, url, confidence, note: the cells csvField wrote.
constexpr std::size_t kCsvTextColumns[] = {0, 1, 4, 5, 6, 7};

std::vector<Profile> parseProfilesCsv(const std::string& csvText, const std::string& sourceName)
{
    if (!isValidUtf8(csvText))
        throw InputError(sourceName, "", {InputProblem::FileNotUtf8});
    const std::vector<CsvRecord> records = splitCsv(csvText, sourceName);
    if (records.empty())
        throw InputError(sourceName, "", {InputProblem::CsvEmpty, {kProfilesCsvHeader}});
    std::string header;
    for (const auto& field : records.front().fields)
        header += (header.empty() ? "" : ",") + field;
    if (header != kProfilesCsvHeader)
        throw InputError(sourceName, "line " + std::to_string(records.front().line),
                         {InputProblem::CsvHeader, {kProfilesCsvHeader, header}});

    std::vector<Profile> profiles;
    std::map<std::string, std::size_t> indexOfCode;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records[r];
        const std::string where = "line " + std::to_string(record.line);
        const auto fail = [&](Problem problem) {
            throw InputError(sourceName, where, std::move(problem));
        };
        if (record.fields.size() != 8)
            fail({InputProblem::CsvFieldCount, {"8", std::to_string(record.fields.size())}});
        // Text cells as written, without the formula guard of csvField.
        std::vector<std::string> f = record.fields;
        for (const std::size_t text : kCsvTextColumns)
            f[text] = detail::readCsvText(f[text]);
        if (!isUpperAlnumCode(f[0], 2, 16))
            fail({InputProblem::CodeInvalid, {f[0]}, "code"});
        IndicatorValue value;
        value.origin = where;
        value.indicator = f[1];
        if (value.indicator.empty())
            fail({InputProblem::MustNotBeEmpty, {}, "indicator"});
        const auto number = parseNumber(f[2]);
        if (!number)
            fail({InputProblem::TextNotFiniteNumber, {f[2]}, "value"});
        value.value = *number;
        if (!f[3].empty()) {
            const auto year = parseNumber(f[3]);
            if (!year)
                fail({InputProblem::TextNotNumber, {f[3]}, "year"});
            if (const auto problem = yearNumberProblem(*year))
                fail(inField("year", *problem));
            value.year = static_cast<int>(*year);
        }
        value.source = f[4];
        value.url = f[5];
        if (!f[6].empty()) {
            if (const auto problem = confidenceProblem(f[6]))
                fail(inField("confidence", *problem));
            value.confidence = *confidenceFromString(f[6]);
        }
        value.note = f[7];
        if (const auto problem = valueTextProblem(value))
            fail(*problem);

        auto [it, inserted] = indexOfCode.try_emplace(f[0], profiles.size());
        if (inserted) {
            Profile profile;
            profile.code = f[0];
            profile.name = f[0];
            profile.kind = isAlpha3(f[0]) ? ProfileKind::Country : ProfileKind::Bloc;
            profile.origin = where;
            profiles.push_back(std::move(profile));
        }
        Profile& profile = profiles[it->second];
        if (profile.findValue(value.indicator) != nullptr)
            fail({InputProblem::IndicatorTwiceInFile, {value.indicator, f[0]}});
        profile.values.push_back(std::move(value));
    }
    return profiles;
}

std::vector<Profile> loadProfilesFile(const std::string& path)
{
    const std::string text = readTextFile(path);
    return endsWith(path, ".csv") ? parseProfilesCsv(text, path) : parseProfilesJson(text, path);
}

std::string profilesToJson(const std::vector<Profile>& profiles)
{
    nlohmann::ordered_json root;
    root["format"] = kProfilesFormat;
    root["profiles"] = nlohmann::ordered_json::array();
    for (const auto& profile : profiles) {
        nlohmann::ordered_json item;
        item["code"] = profile.code;
        item["name"] = profile.name;
        if (!profile.translations.empty())
            item["translations"] = detail::translationsToJson(profile.translations, "name");
        item["kind"] = toString(profile.kind);
        if (profile.population)
            item["population"] = *profile.population;
        if (profile.gdpUsd)
            item["gdp_usd"] = *profile.gdpUsd;
        if (profile.kind == ProfileKind::Bloc)
            item["members"] = profile.members;
        item["values"] = nlohmann::ordered_json::array();
        for (const auto& value : profile.values) {
            nlohmann::ordered_json entry;
            entry["indicator"] = value.indicator;
            entry["value"] = value.value;
            if (value.year)
                entry["year"] = *value.year;
            entry["source"] = value.source;
            entry["url"] = value.url;
            entry["confidence"] = toString(value.confidence);
            entry["note"] = value.note;
            item["values"].push_back(entry);
        }
        root["profiles"].push_back(item);
    }
    return root.dump(2) + "\n";
}

std::string profilesToCsv(const std::vector<Profile>& profiles)
{
    std::string text = std::string(kProfilesCsvHeader) + "\n";
    for (const auto& profile : profiles) {
        for (const auto& value : profile.values) {
            text += csvField(profile.code) + "," + csvField(value.indicator) + "," +
                    detail::shortestNumber(value.value) + "," +
                    (value.year ? std::to_string(*value.year) : std::string()) + "," +
                    csvField(value.source) + "," + csvField(value.url) + "," +
                    toString(value.confidence) + "," + csvField(value.note) + "\n";
        }
    }
    return text;
}

namespace {

// "population: must be at most ...", or empty when the name and its
// translations are clean and both amounts are plausible.
std::optional<Problem> namedFieldsProblem(const Profile& profile)
{
    if (const auto problem = textFieldProblem(TextField::Name, profile.name))
        return inField("name", *problem);
    for (const auto& [language, translation] : profile.translations) {
        const std::string field = std::string("translations.") + toString(language) + ".name";
        if (language == Language::English)
            return inField(field, {InputProblem::EnglishTranslation});
        if (const auto problem = textFieldProblem(TextField::Name, translation.name))
            return inField(field, *problem);
    }
    for (const auto& [key, amount] :
         {std::pair{"population", profile.population}, std::pair{"gdp_usd", profile.gdpUsd}})
        if (const auto problem = amount ? profileAmountProblem(key, *amount) : std::nullopt)
            return inField(key, *problem);
    return std::nullopt;
}

} // namespace

void validateProfileAttributes(const Profile& profile, const std::string& sourceName)
{
    const std::string where = profile.origin.empty() ? profile.code : profile.origin;
    const auto fail = [&](Problem problem) {
        throw InputError(sourceName, where, std::move(problem));
    };
    if (const auto problem = codeProblem(profile.code, profile.kind))
        fail(*problem);
    if (profile.name.empty())
        fail({InputProblem::MustNotBeEmpty, {}, "name"});
    if (const auto problem = namedFieldsProblem(profile))
        fail(*problem);
    if (profile.kind != ProfileKind::Bloc && !profile.members.empty())
        fail({InputProblem::MembersNeedBloc, {}, "members"});
    std::set<std::string> members;
    for (const auto& member : profile.members) {
        if (!isAlpha3(member))
            fail({InputProblem::MemberNotAlpha3, {member}});
        if (!members.insert(member).second)
            fail({InputProblem::MemberTwice, {member}});
    }
    std::set<std::string> indicators;
    for (const auto& value : profile.values)
        if (!indicators.insert(value.indicator).second)
            fail({InputProblem::IndicatorTwice, {value.indicator}});
}

void validateProfiles(const std::vector<Profile>& profiles, const Methodology& methodology,
                      const std::string& sourceName)
{
    const int thisYear = currentYear();
    for (const auto& profile : profiles) {
        for (const auto& value : profile.values)
            for (const auto& problem :
                 {indicatorValueProblem(value, methodology, thisYear), valueTextProblem(value)})
                if (problem)
                    throw InputError(sourceName, value.origin.empty() ? profile.code : value.origin,
                                     *problem);
        // A profile built in code (a coalition, an edit) gets the readers' bounds too.
        if (const auto problem = namedFieldsProblem(profile))
            throw InputError(sourceName, profile.origin.empty() ? profile.code : profile.origin,
                             *problem);
        for (const auto& member : profile.members)
            if (member == profile.code)
                throw InputError(sourceName, profile.origin.empty() ? profile.code : profile.origin,
                                 {InputProblem::BlocListsItself, {profile.code}});
    }
}

namespace {

struct MissingMember
{
    const Profile* bloc = nullptr;
    std::string member;
};

std::optional<MissingMember> findMissingMember(const std::vector<Profile>& profiles)
{
    std::set<std::string> codes;
    for (const auto& profile : profiles)
        codes.insert(profile.code);
    for (const auto& profile : profiles)
        for (const auto& member : profile.members)
            if (codes.count(member) == 0)
                return MissingMember{&profile, member};
    return std::nullopt;
}

Problem missingMemberProblem(const std::string& bloc, const std::string& member)
{
    return {InputProblem::BlocMemberMissing, {bloc, member}};
}

} // namespace

std::optional<Problem> missingBlocMemberProblem(const std::vector<Profile>& profiles)
{
    const auto missing = findMissingMember(profiles);
    if (!missing)
        return std::nullopt;
    return missingMemberProblem(missing->bloc->code, missing->member);
}

void validateBlocMembers(const std::vector<Profile>& profiles, const std::string& sourceName)
{
    const auto missing = findMissingMember(profiles);
    if (!missing)
        return;
    const Profile& bloc = *missing->bloc;
    std::string where = bloc.origin.empty() ? bloc.code : bloc.origin;
    if (where.starts_with("$.")) // a JSON path: point at the list
        where += ".members";
    throw InputError(sourceName, where, missingMemberProblem(bloc.code, missing->member));
}

} // namespace aisov
