#include "ChartData.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>
#include <set>

namespace aisov::render {

std::vector<const Profile*> provenanceProfiles(const std::string& code,
                                               const std::vector<Profile>& profiles)
{
    const Profile* profile = findProfile(profiles, code);
    if (profile == nullptr)
        return {};
    if (!profile->isPooledBloc())
        return {profile};
    std::vector<const Profile*> members;
    for (const auto& memberCode : profile->members) {
        if (const Profile* member = findProfile(profiles, memberCode))
            members.push_back(member);
    }
    return members;
}

namespace {

DataNote makeDataNote(const std::vector<ScoreResult>& results, const std::vector<Profile>& profiles)
{
    DataNote note;
    std::map<std::string, int> sourceUses;
    std::set<const Profile*> seen; // a country shown alone and in a bloc counts once
    for (const auto& result : results) {
        for (const Profile* profile : provenanceProfiles(result.code, profiles)) {
            if (!seen.insert(profile).second)
                continue;
            for (const auto& value : profile->values) {
                ++note.valueCount;
                if (!value.source.empty())
                    ++sourceUses[value.source];
                if (value.year) {
                    note.firstYear = std::min(note.firstYear.value_or(*value.year), *value.year);
                    note.lastYear = std::max(note.lastYear.value_or(*value.year), *value.year);
                }
            }
        }
    }
    std::vector<std::pair<std::string, int>> ranked(sourceUses.begin(), sourceUses.end());
    // Most used first; ties by name so that the note is deterministic.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [source, uses] : ranked)
        note.sources.append(toQString(source));
    return note;
}

} // namespace

QString toQString(const std::string& utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

ChartData makeChartData(const Methodology& methodology, const std::vector<ScoreResult>& results,
                        const std::vector<Profile>& profiles, Language language)
{
    ChartData data;
    data.methodologyName = toQString(methodology.name.empty() ? methodology.id : methodology.name);
    data.methodologyVersion = toQString(methodology.version);
    for (const auto& pillar : methodology.pillars)
        data.pillars.push_back(
            {toQString(pillar.id), toQString(displayName(pillar, language)), pillar.threshold});
    for (const auto& band : methodology.bands)
        data.bands.push_back({band.from, toQString(displayLabel(band, language))});
    for (const auto& result : results) {
        ChartProfile profile;
        profile.code = toQString(result.code);
        profile.name = toQString(
            result.name.empty() ? result.code
                                : displayResultName(result.name, result.code, profiles, language));
        profile.score = result.score;
        profile.band = toQString(displayBandLabel(methodology, result.band, language));
        profile.met = result.met;
        for (const auto& pillar : methodology.pillars) {
            const PillarResult* pillarResult = result.findPillar(pillar.id);
            profile.pillarScores.push_back(pillarResult ? pillarResult->score : std::nullopt);
            profile.pillarMeets.push_back(pillarResult != nullptr && pillarResult->meets);
        }
        data.profiles.push_back(std::move(profile));
    }
    data.note = makeDataNote(results, profiles);
    return data;
}

void attachUncertainty(ChartData& data, const std::vector<UncertaintySummary>& summaries)
{
    for (const auto& summary : summaries) {
        if (!summary.scored)
            continue; // no data, no interval
        for (auto& profile : data.profiles) {
            if (profile.code == toQString(summary.code))
                profile.uncertainty = ScoreInterval{summary.p5, summary.p95};
        }
    }
}

bool attachScenario(ChartData& data, const ScoreResult& scenario, const QString& label)
{
    for (auto& profile : data.profiles) {
        if (profile.code != toQString(scenario.code))
            continue;
        ChartScenario attached;
        attached.label = label;
        attached.score = scenario.score;
        for (const auto& pillar : data.pillars) {
            const PillarResult* pillarResult = scenario.findPillar(pillar.id.toStdString());
            attached.pillarScores.push_back(pillarResult ? pillarResult->score : std::nullopt);
        }
        profile.scenario = std::move(attached);
        return true;
    }
    return false;
}

std::size_t pillarsWithData(const ChartProfile& profile)
{
    return static_cast<std::size_t>(
        std::count_if(profile.pillarScores.begin(), profile.pillarScores.end(),
                      [](const std::optional<double>& score) { return score.has_value(); }));
}

void attachLevers(ChartData& data, const LeverAnalysis& analysis, const Methodology& methodology,
                  const std::vector<Profile>& profiles, std::size_t top, Language language)
{
    ChartLevers levers;
    levers.profileName =
        toQString(displayResultName(analysis.name, analysis.code, profiles, language));
    levers.score = analysis.score;
    levers.band = toQString(displayBandLabel(methodology, analysis.band, language));
    if (analysis.nextBand) {
        levers.nextBand = toQString(displayLabel(*analysis.nextBand, language));
        levers.nextBandFrom = analysis.nextBand->from;
    }
    levers.stepFraction = analysis.stepFraction;
    for (std::size_t i = 0; i < std::min(top, analysis.levers.size()); ++i) {
        const Lever& lever = analysis.levers[i];
        const Indicator* indicator = methodology.findIndicator(lever.indicator);
        const Pillar* pillar = methodology.findPillar(lever.pillar);
        const std::string unitText = indicator != nullptr ? displayUnit(*indicator, language) : "";
        const QString unit = unitText.empty() ? QString() : QLatin1Char(' ') + toQString(unitText);
        const auto rawValue = [&](double value) {
            return QLocale().toString(value, 'g', 4) + unit;
        };
        ChartLever entry;
        entry.indicatorName =
            toQString(indicator != nullptr ? displayName(*indicator, language) : lever.indicator);
        entry.pillarName =
            toQString(pillar != nullptr ? displayName(*pillar, language) : lever.pillar);
        entry.gain = lever.gain;
        entry.crossesThreshold = lever.crossesThreshold;
        entry.valueNow = lever.currentValue ? rawValue(*lever.currentValue)
                                            : QCoreApplication::translate("ChartData", "missing");
        entry.valueAfter = rawValue(lever.improvedValue);
        levers.levers.push_back(entry);
    }
    data.levers = std::move(levers);
}

ChartHistoryPoint makeHistoryPoint(const QDateTime& takenAt, const QString& label,
                                   const ScoreResult& result, const Methodology& methodology,
                                   Language language)
{
    return {takenAt, label, result.score,
            toQString(displayBandLabel(methodology, result.band, language)),
            toQString(methodology.id) + QLatin1Char(' ') + toQString(methodology.version)};
}

QDateTime timeFromTimestamp(const std::string& timestamp)
{
    return QDateTime::fromString(toQString(timestamp), Qt::ISODateWithMs);
}

QString dataNoteText(const DataNote& note)
{
    // Years and count first: source names can be long, and when the line is
    // elided to the chart's width, only the tail of the sources is lost.
    constexpr qsizetype kSourcesShown = 4;
    QStringList parts;
    if (note.firstYear && note.lastYear) {
        if (*note.firstYear == *note.lastYear)
            parts.append(
                QCoreApplication::translate("ChartData", "Data year %1").arg(*note.firstYear));
        else
            parts.append(QCoreApplication::translate("ChartData", "Data years %1–%2")
                             .arg(*note.firstYear)
                             .arg(*note.lastYear));
    }
    // Two strings rather than "%n value(s)": without an English numerus
    // translation Qt would print the "(s)" as it stands.
    parts.append(note.valueCount == 1
                     ? QCoreApplication::translate("ChartData", "1 value")
                     : QCoreApplication::translate("ChartData", "%1 values").arg(note.valueCount));
    if (!note.sources.isEmpty()) {
        QString sources = note.sources.mid(0, kSourcesShown).join(QStringLiteral("; "));
        if (note.sources.size() > kSourcesShown)
            sources =
                QCoreApplication::translate("ChartData", "%1 (+%n more)", nullptr,
                                            static_cast<int>(note.sources.size() - kSourcesShown))
                    .arg(sources);
        parts.append(QCoreApplication::translate("ChartData", "Sources: %1").arg(sources));
    } else {
        parts.append(QCoreApplication::translate("ChartData", "Sources: not given"));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace aisov::render
