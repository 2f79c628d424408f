#include "aisov/MethodologyIO.h"

#include "JsonReader.h"
#include "TranslationsJson.h"
#include "aisov/InputError.h"
#include "aisov/TextFile.h"
#include "aisov/ValueCheck.h"

#include <cmath>
#include <set>

namespace aisov {

using detail::JsonReader;
using detail::readTranslations;
using detail::translationsToJson;

namespace {

template <typename Enum>
Enum readEnum(const JsonReader& parent, const char* key, Enum fallback,
              std::optional<Enum> (*fromString)(const std::string&),
              std::initializer_list<const char*> names)
{
    if (!parent.has(key))
        return fallback;
    const JsonReader reader = parent.child(key);
    const std::string text = reader.asString();
    if (auto value = fromString(text))
        return *value;
    std::string list;
    for (const char* name : names)
        list += (list.empty() ? "" : ", ") + std::string(name);
    reader.fail({InputProblem::UnknownValue, {text, list}});
}

std::string indexPath(const char* array, std::size_t index)
{
    return std::string("$.") + array + "[" + std::to_string(index) + "]";
}

Pillar readPillar(const JsonReader& reader)
{
    reader.requireObject();
    reader.allowOnlyKeys({"id", "name", "weight", "threshold", "description", "translations"});
    Pillar pillar;
    pillar.id = reader.requiredString("id");
    pillar.name = reader.optionalString("name", pillar.id);
    pillar.weight = reader.optionalNumber("weight").value_or(1.0);
    pillar.threshold = reader.optionalNumber("threshold").value_or(60.0);
    pillar.description = reader.optionalString("description");
    pillar.translations = readTranslations(reader, detail::kPillarKeys);
    return pillar;
}

Indicator readIndicator(const JsonReader& reader, bool goalpostsRequired)
{
    reader.requireObject();
    reader.allowOnlyKeys({"id", "pillar", "name", "unit", "direction", "transform", "goalposts",
                          "weight", "pooling", "description", "source_hint", "log_floor",
                          "translations"});
    Indicator indicator;
    indicator.id = reader.requiredString("id");
    indicator.pillar = reader.requiredString("pillar");
    indicator.name = reader.optionalString("name", indicator.id);
    indicator.unit = reader.optionalString("unit");
    indicator.direction =
        readEnum(reader, "direction", Direction::Higher, directionFromString, {"higher", "lower"});
    indicator.transform =
        readEnum(reader, "transform", Transform::Linear, transformFromString, {"linear", "log"});
    if (reader.has("goalposts")) {
        const JsonReader goalposts = reader.child("goalposts");
        goalposts.requireArray();
        if (goalposts.size() != 2)
            goalposts.fail({InputProblem::GoalpostCount, {std::to_string(goalposts.size())}});
        indicator.goalpostLow = goalposts.element(0).asNumber();
        indicator.goalpostHigh = goalposts.element(1).asNumber();
    } else if (goalpostsRequired) {
        reader.fail({InputProblem::GoalpostsMissing});
    }
    indicator.weight = reader.optionalNumber("weight").value_or(1.0);
    indicator.pooling = readEnum(reader, "pooling", Pooling::Sum, poolingFromString,
                                 {"sum", "mean_population", "mean_gdp", "max", "min"});
    indicator.description = reader.optionalString("description");
    indicator.sourceHint = reader.optionalString("source_hint");
    indicator.logFloor = reader.optionalNumber("log_floor");
    indicator.translations = readTranslations(reader, detail::kIndicatorKeys);
    return indicator;
}

// A floor is a positive value below the high goalpost, under a log transform.
template <typename Fail>
void validateLogFloor(const Indicator& indicator, const std::string& where, const Fail& fail)
{
    if (!indicator.logFloor)
        return;
    const double floor = *indicator.logFloor;
    if (indicator.transform != Transform::Log)
        fail(where + ".log_floor", {InputProblem::LogFloorNeedsLog});
    if (!std::isfinite(floor) || floor <= 0.0)
        fail(where + ".log_floor", {InputProblem::MustBePositive});
    if (floor >= indicator.goalpostHigh)
        fail(where + ".log_floor", {InputProblem::LogFloorTooHigh});
}

} // namespace

Methodology parseMethodology(const std::string& jsonText, const std::string& sourceName)
{
    const nlohmann::json document = detail::parseJsonDocument(jsonText, sourceName);
    const JsonReader root(document, "$", sourceName);
    root.requireObject();
    root.allowOnlyKeys({"format", "id", "name", "version", "description", "pillars", "indicators",
                        "aggregation", "normalization", "missing", "bands", "minimum_coverage"});
    const JsonReader format = root.child("format");
    if (format.asString() != kMethodologyFormat)
        format.fail({InputProblem::UnknownFormat, {format.asString(), kMethodologyFormat}});

    Methodology methodology;
    methodology.id = root.requiredString("id");
    methodology.name = root.optionalString("name", methodology.id);
    methodology.version = root.requiredString("version");
    methodology.description = root.optionalString("description");
    methodology.normalization =
        readEnum(root, "normalization", Normalization::Goalposts, normalizationFromString,
                 {"goalposts", "minmax", "percentile"});
    methodology.missing = readEnum(root, "missing", MissingPolicy::Reweight,
                                   missingPolicyFromString, {"reweight", "zero"});
    methodology.minimumCoverage = root.optionalNumber("minimum_coverage").value_or(0.0);
    if (root.has("aggregation")) {
        const JsonReader aggregation = root.child("aggregation");
        aggregation.requireObject();
        aggregation.allowOnlyKeys({"indicators", "pillars"});
        methodology.indicatorAggregation =
            readEnum(aggregation, "indicators", Aggregation::Arithmetic, aggregationFromString,
                     {"arithmetic", "geometric", "minimum"});
        methodology.pillarAggregation =
            readEnum(aggregation, "pillars", Aggregation::Geometric, aggregationFromString,
                     {"arithmetic", "geometric", "minimum"});
    }

    const JsonReader pillars = root.child("pillars");
    pillars.requireArray();
    for (std::size_t i = 0; i < pillars.size(); ++i)
        methodology.pillars.push_back(readPillar(pillars.element(i)));

    const JsonReader indicators = root.child("indicators");
    indicators.requireArray();
    const bool goalpostsRequired = methodology.normalization == Normalization::Goalposts;
    for (std::size_t i = 0; i < indicators.size(); ++i)
        methodology.indicators.push_back(readIndicator(indicators.element(i), goalpostsRequired));

    if (root.has("bands")) {
        const JsonReader bands = root.child("bands");
        bands.requireArray();
        for (std::size_t i = 0; i < bands.size(); ++i) {
            const JsonReader band = bands.element(i);
            band.requireObject();
            band.allowOnlyKeys({"from", "label", "translations"});
            methodology.bands.push_back({band.requiredNumber("from"), band.requiredString("label"),
                                         readTranslations(band, detail::kBandKeys)});
        }
    }

    validateMethodology(methodology, sourceName);
    return methodology;
}

void validateMethodology(const Methodology& methodology, const std::string& sourceName)
{
    const auto fail = [&](const std::string& where, Problem problem) {
        throw InputError(sourceName, where, std::move(problem));
    };
    const auto checkText = [&](const std::string& where, TextField field, const std::string& text) {
        if (const auto problem = textFieldProblem(field, text))
            fail(where, *problem);
    };
    checkText("$.id", TextField::Identifier, methodology.id);
    checkText("$.version", TextField::Identifier, methodology.version);
    checkText("$.name", TextField::Name, methodology.name);
    checkText("$.description", TextField::Description, methodology.description);
    if (methodology.id.empty())
        fail("$.id", {InputProblem::MustNotBeEmpty});
    if (methodology.version.empty())
        fail("$.version", {InputProblem::MustNotBeEmpty});
    if (methodology.pillars.empty())
        fail("$.pillars", {InputProblem::NoPillars});
    if (methodology.indicators.empty())
        fail("$.indicators", {InputProblem::NoIndicators});
    if (!(methodology.minimumCoverage >= 0.0 && methodology.minimumCoverage <= 1.0))
        fail("$.minimum_coverage", {InputProblem::CoverageNotShare});

    std::set<std::string> pillarIds;
    double pillarWeightSum = 0.0;
    for (std::size_t i = 0; i < methodology.pillars.size(); ++i) {
        const Pillar& pillar = methodology.pillars[i];
        const std::string where = indexPath("pillars", i);
        checkText(where + ".id", TextField::Identifier, pillar.id);
        checkText(where + ".name", TextField::Name, pillar.name);
        checkText(where + ".description", TextField::Description, pillar.description);
        detail::checkTranslations(sourceName, where, pillar.translations, "name");
        if (pillar.id.empty())
            fail(where + ".id", {InputProblem::MustNotBeEmpty});
        if (!pillarIds.insert(pillar.id).second)
            fail(where + ".id", {InputProblem::DuplicatePillar, {pillar.id}});
        if (!std::isfinite(pillar.weight) || pillar.weight < 0.0)
            fail(where + ".weight", {InputProblem::NegativeWeight});
        if (!(pillar.threshold >= 0.0 && pillar.threshold <= 100.0))
            fail(where + ".threshold", {InputProblem::ThresholdOutOfRange});
        pillarWeightSum += pillar.weight;
    }
    if (pillarWeightSum <= 0.0)
        fail("$.pillars", {InputProblem::PillarWeightsZero});

    std::set<std::string> indicatorIds;
    for (std::size_t i = 0; i < methodology.indicators.size(); ++i) {
        const Indicator& indicator = methodology.indicators[i];
        const std::string where = indexPath("indicators", i);
        checkText(where + ".id", TextField::Identifier, indicator.id);
        checkText(where + ".name", TextField::Name, indicator.name);
        checkText(where + ".unit", TextField::Name, indicator.unit);
        checkText(where + ".description", TextField::Description, indicator.description);
        checkText(where + ".source_hint", TextField::Source, indicator.sourceHint);
        detail::checkTranslations(sourceName, where, indicator.translations, "name");
        if (indicator.id.empty())
            fail(where + ".id", {InputProblem::MustNotBeEmpty});
        if (!indicatorIds.insert(indicator.id).second)
            fail(where + ".id", {InputProblem::DuplicateIndicator, {indicator.id}});
        if (methodology.findPillar(indicator.pillar) == nullptr)
            fail(where + ".pillar", {InputProblem::UnknownPillar, {indicator.pillar}});
        if (!std::isfinite(indicator.weight) || indicator.weight < 0.0)
            fail(where + ".weight", {InputProblem::NegativeWeight});
        if (methodology.normalization == Normalization::Goalposts) {
            if (!std::isfinite(indicator.goalpostLow) || !std::isfinite(indicator.goalpostHigh))
                fail(where + ".goalposts", {InputProblem::GoalpostsNotFinite});
            if (indicator.goalpostLow == indicator.goalpostHigh)
                fail(where + ".goalposts", {InputProblem::GoalpostsEqual});
            if (indicator.goalpostLow > indicator.goalpostHigh)
                fail(where + ".goalposts", {InputProblem::GoalpostsReversed});
            if (indicator.transform == Transform::Log && indicator.goalpostLow <= 0.0)
                fail(where + ".goalposts", {InputProblem::LogGoalpostNotPositive,
                                            {std::to_string(indicator.goalpostLow)}});
        }
        validateLogFloor(indicator, where, fail);
    }

    for (std::size_t i = 0; i < methodology.pillars.size(); ++i) {
        const auto members = methodology.indicatorsOfPillar(methodology.pillars[i].id);
        if (members.empty())
            fail(indexPath("pillars", i),
                 {InputProblem::PillarWithoutIndicators, {methodology.pillars[i].id}});
        double weightSum = 0.0;
        for (const std::size_t index : members)
            weightSum += methodology.indicators[index].weight;
        if (weightSum <= 0.0)
            fail(indexPath("pillars", i),
                 {InputProblem::IndicatorWeightsZero, {methodology.pillars[i].id}});
    }

    for (std::size_t i = 0; i < methodology.bands.size(); ++i) {
        const Band& band = methodology.bands[i];
        const std::string where = indexPath("bands", i);
        checkText(where + ".label", TextField::Name, band.label);
        detail::checkTranslations(sourceName, where, band.translations, "label");
        if (band.label.empty())
            fail(where + ".label", {InputProblem::MustNotBeEmpty});
        if (i == 0 && band.from != 0.0)
            fail(where + ".from", {InputProblem::FirstBandNotZero});
        if (!(band.from >= 0.0 && band.from <= 100.0))
            fail(where + ".from", {InputProblem::BandOutOfRange});
        if (i > 0 && band.from <= methodology.bands[i - 1].from)
            fail(where + ".from", {InputProblem::BandsNotAscending});
    }
}

Methodology loadMethodologyFile(const std::string& path)
{
    return parseMethodology(readTextFile(path), path);
}

std::string methodologyToJson(const Methodology& methodology)
{
    nlohmann::ordered_json root;
    root["format"] = kMethodologyFormat;
    root["id"] = methodology.id;
    root["name"] = methodology.name;
    root["version"] = methodology.version;
    if (!methodology.description.empty())
        root["description"] = methodology.description;
    root["pillars"] = nlohmann::ordered_json::array();
    for (const auto& pillar : methodology.pillars) {
        nlohmann::ordered_json item;
        item["id"] = pillar.id;
        item["name"] = pillar.name;
        item["weight"] = pillar.weight;
        item["threshold"] = pillar.threshold;
        if (!pillar.description.empty())
            item["description"] = pillar.description;
        if (!pillar.translations.empty())
            item["translations"] = translationsToJson(pillar.translations, "name");
        root["pillars"].push_back(item);
    }
    root["indicators"] = nlohmann::ordered_json::array();
    for (const auto& indicator : methodology.indicators) {
        nlohmann::ordered_json item;
        item["id"] = indicator.id;
        item["pillar"] = indicator.pillar;
        item["name"] = indicator.name;
        item["unit"] = indicator.unit;
        item["direction"] = toString(indicator.direction);
        item["transform"] = toString(indicator.transform);
        item["goalposts"] = {indicator.goalpostLow, indicator.goalpostHigh};
        item["weight"] = indicator.weight;
        item["pooling"] = toString(indicator.pooling);
        if (!indicator.description.empty())
            item["description"] = indicator.description;
        if (!indicator.sourceHint.empty())
            item["source_hint"] = indicator.sourceHint;
        if (indicator.logFloor)
            item["log_floor"] = *indicator.logFloor;
        if (!indicator.translations.empty())
            item["translations"] = translationsToJson(indicator.translations, "name");
        root["indicators"].push_back(item);
    }
    root["aggregation"] = {{"indicators", toString(methodology.indicatorAggregation)},
                           {"pillars", toString(methodology.pillarAggregation)}};
    root["normalization"] = toString(methodology.normalization);
    root["missing"] = toString(methodology.missing);
    if (methodology.minimumCoverage > 0.0)
        root["minimum_coverage"] = methodology.minimumCoverage;
    root["bands"] = nlohmann::ordered_json::array();
    for (const auto& band : methodology.bands) {
        nlohmann::ordered_json item{{"from", band.from}, {"label", band.label}};
        if (!band.translations.empty())
            item["translations"] = translationsToJson(band.translations, "label");
        root["bands"].push_back(item);
    }
    return root.dump(2) + "\n";
}

} // namespace aisov
