#include "aisov/Methodology.h"

#include <array>
#include <utility>

namespace aisov {

const Pillar* Methodology::findPillar(const std::string& pillarId) const
{
    for (const auto& pillar : pillars)
        if (pillar.id == pillarId)
            return &pillar;
    return nullptr;
}

const Indicator* Methodology::findIndicator(const std::string& indicatorId) const
{
    const auto index = indicatorIndex(indicatorId);
    return index ? &indicators[*index] : nullptr;
}

std::optional<std::size_t> Methodology::indicatorIndex(const std::string& indicatorId) const
{
    for (std::size_t i = 0; i < indicators.size(); ++i)
        if (indicators[i].id == indicatorId)
            return i;
    return std::nullopt;
}

std::vector<std::size_t> Methodology::indicatorsOfPillar(const std::string& pillarId) const
{
    std::vector<std::size_t> result;
    for (std::size_t i = 0; i < indicators.size(); ++i)
        if (indicators[i].pillar == pillarId)
            result.push_back(i);
    return result;
}

std::string Methodology::bandFor(double score) const
{
    std::string label;
    for (const auto& band : bands)
        if (score >= band.from)
            label = band.label;
    return label;
}

namespace {

// One table per enum: the single place where file-format names live.
template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, const char*>, N>;

constexpr NameTable<Transform, 2> kTransformNames{
    {{Transform::Linear, "linear"}, {Transform::Log, "log"}}};
constexpr NameTable<Direction, 2> kDirectionNames{
    {{Direction::Higher, "higher"}, {Direction::Lower, "lower"}}};
constexpr NameTable<Normalization, 3> kNormalizationNames{
    {{Normalization::Goalposts, "goalposts"},
     {Normalization::MinMax, "minmax"},
     {Normalization::Percentile, "percentile"}}};
constexpr NameTable<Aggregation, 3> kAggregationNames{{{Aggregation::Arithmetic, "arithmetic"},
                                                       {Aggregation::Geometric, "geometric"},
                                                       {Aggregation::Minimum, "minimum"}}};
constexpr NameTable<MissingPolicy, 2> kMissingNames{
    {{MissingPolicy::Reweight, "reweight"}, {MissingPolicy::Zero, "zero"}}};
constexpr NameTable<Language, 2> kLanguageNames{
    {{Language::English, "en"}, {Language::Korean, "ko"}}};
constexpr NameTable<Pooling, 5> kPoolingNames{{{Pooling::Sum, "sum"},
                                               {Pooling::MeanPopulation, "mean_population"},
                                               {Pooling::MeanGdp, "mean_gdp"},
                                               {Pooling::Max, "max"},
                                               {Pooling::Min, "min"}}};

template <typename Enum, std::size_t N>
const char* nameOf(const NameTable<Enum, N>& table, Enum value)
{
    for (const auto& [key, name] : table)
        if (key == value)
            return name;
    return "";
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N>& table, const std::string& text)
{
    for (const auto& [key, name] : table)
        if (text == name)
            return key;
    return std::nullopt;
}

} // namespace

// The one fallback rule of display names: the translation, else English,
// else (a name only) the id.
std::string displayText(const Translations& translations, Language language,
                        std::string Translation::*field, const std::string& english,
                        const std::string& fallback)
{
    if (const auto it = translations.find(language); it != translations.end()) {
        if (!((it->second).*field).empty())
            return (it->second).*field;
    }
    return english.empty() ? fallback : english;
}

std::string displayName(const Pillar& pillar, Language language)
{
    return displayText(pillar.translations, language, &Translation::name, pillar.name, pillar.id);
}
std::string displayName(const Indicator& indicator, Language language)
{
    return displayText(indicator.translations, language, &Translation::name, indicator.name,
                       indicator.id);
}
std::string displayDescription(const Pillar& pillar, Language language)
{
    return displayText(pillar.translations, language, &Translation::description,
                       pillar.description);
}
std::string displayDescription(const Indicator& indicator, Language language)
{
    return displayText(indicator.translations, language, &Translation::description,
                       indicator.description);
}
std::string displayUnit(const Indicator& indicator, Language language)
{
    return displayText(indicator.translations, language, &Translation::unit, indicator.unit);
}
std::string displayLabel(const Band& band, Language language)
{
    return displayText(band.translations, language, &Translation::name, band.label);
}
std::string displayBandLabel(const Methodology& methodology, const std::string& englishLabel,
                             Language language)
{
    for (const auto& band : methodology.bands)
        if (band.label == englishLabel)
            return displayLabel(band, language);
    return englishLabel;
}

const char* toString(Language value)
{
    return nameOf(kLanguageNames, value);
}
std::optional<Language> languageFromString(const std::string& text)
{
    return valueOf(kLanguageNames, text);
}
const std::vector<Language>& allLanguages()
{
    static const std::vector<Language> languages = [] {
        std::vector<Language> list;
        for (const auto& [language, name] : kLanguageNames)
            list.push_back(language);
        return list;
    }();
    return languages;
}

const char* toString(Transform value)
{
    return nameOf(kTransformNames, value);
}
const char* toString(Direction value)
{
    return nameOf(kDirectionNames, value);
}
const char* toString(Normalization value)
{
    return nameOf(kNormalizationNames, value);
}
const char* toString(Aggregation value)
{
    return nameOf(kAggregationNames, value);
}
const char* toString(MissingPolicy value)
{
    return nameOf(kMissingNames, value);
}
const char* toString(Pooling value)
{
    return nameOf(kPoolingNames, value);
}

std::optional<Transform> transformFromString(const std::string& text)
{
    return valueOf(kTransformNames, text);
}
std::optional<Direction> directionFromString(const std::string& text)
{
    return valueOf(kDirectionNames, text);
}
std::optional<Normalization> normalizationFromString(const std::string& text)
{
    return valueOf(kNormalizationNames, text);
}
std::optional<Aggregation> aggregationFromString(const std::string& text)
{
    return valueOf(kAggregationNames, text);
}
std::optional<MissingPolicy> missingPolicyFromString(const std::string& text)
{
    return valueOf(kMissingNames, text);
}
std::optional<Pooling> poolingFromString(const std::string& text)
{
    return valueOf(kPoolingNames, text);
}

} // namespace aisov
