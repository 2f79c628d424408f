#include "aisov/Pooling.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace aisov {

namespace {

// Each weight is divided by the largest first, so the sum of weights stays
// at most the number of members and each value enters as a share of at
// most 1: no weight, however large, overflows the sum to infinity (and the
// mean to infinity / infinity = NaN).
std::optional<double> weightedMean(const std::vector<PoolingInput>& members,
                                   std::optional<double> PoolingInput::*weightOf)
{
    double largest = 0.0;
    for (const auto& member : members)
        if (const auto& weight = member.*weightOf; weight && *weight > largest)
            largest = *weight;
    if (!(largest > 0.0) || !std::isfinite(largest))
        return std::nullopt;
    double weightSum = 0.0;
    for (const auto& member : members)
        if (const auto& weight = member.*weightOf; weight && *weight > 0.0)
            weightSum += *weight / largest;
    double mean = 0.0;
    for (const auto& member : members)
        if (const auto& weight = member.*weightOf; weight && *weight > 0.0)
            mean += member.value * (*weight / largest / weightSum);
    return mean;
}

int confidenceRank(Confidence confidence)
{
    return static_cast<int>(confidence); // High < Medium < Low
}

} // namespace

std::optional<double> poolValues(Pooling rule, const std::vector<PoolingInput>& members)
{
    if (members.empty())
        return std::nullopt;
    switch (rule) {
    case Pooling::Sum: {
        double sum = 0.0;
        for (const auto& member : members)
            sum += member.value;
        return sum;
    }
    case Pooling::MeanPopulation:
        return weightedMean(members, &PoolingInput::population);
    case Pooling::MeanGdp:
        return weightedMean(members, &PoolingInput::gdpUsd);
    case Pooling::Max:
        return std::max_element(members.begin(), members.end(),
                                [](const auto& a, const auto& b) { return a.value < b.value; })
            ->value;
    case Pooling::Min:
        return std::min_element(members.begin(), members.end(),
                                [](const auto& a, const auto& b) { return a.value < b.value; })
            ->value;
    }
    return std::nullopt;
}

Profile poolBloc(const Profile& bloc, const std::vector<Profile>& all,
                 const Methodology& methodology)
{
    Profile pooled = bloc;
    pooled.values.clear();

    std::vector<const Profile*> members;
    std::vector<std::string> absentMembers;
    for (const auto& code : bloc.members) {
        const Profile* member = findProfile(all, code);
        if (member != nullptr && member != &bloc)
            members.push_back(member);
        else
            absentMembers.push_back(code);
    }

    const auto sumOf = [&](std::optional<double> Profile::*field) -> std::optional<double> {
        if (members.empty() || !absentMembers.empty())
            return std::nullopt;
        double sum = 0.0;
        for (const Profile* member : members) {
            if (!(member->*field))
                return std::nullopt;
            sum += *(member->*field);
        }
        // Beyond what a double holds (members built in code, unchecked):
        // unknown, never infinite.
        return std::isfinite(sum) ? std::optional<double>(sum) : std::nullopt;
    };
    if (!pooled.population)
        pooled.population = sumOf(&Profile::population);
    if (!pooled.gdpUsd)
        pooled.gdpUsd = sumOf(&Profile::gdpUsd);

    for (const auto& indicator : methodology.indicators) {
        std::vector<PoolingInput> inputs;
        std::vector<std::string> contributors; // member code of each input
        std::vector<std::string> lacking = absentMembers;
        int latestYear = 0;
        Confidence confidence = Confidence::High;
        for (const Profile* member : members) {
            const IndicatorValue* value = member->findValue(indicator.id);
            if (value == nullptr) {
                lacking.push_back(member->code);
                continue;
            }
            inputs.push_back({value->value, member->population, member->gdpUsd});
            contributors.push_back(member->code);
            if (value->year)
                latestYear = std::max(latestYear, *value->year);
            if (confidenceRank(value->confidence) > confidenceRank(confidence))
                confidence = value->confidence;
        }
        // A weighted mean over only the members whose weight is known would
        // silently change what the mean means; without every weight, fall
        // back to the plain mean and say so.
        std::string unweightedNote;
        Pooling rule = indicator.pooling;
        if (rule == Pooling::MeanPopulation || rule == Pooling::MeanGdp) {
            const bool byPopulation = rule == Pooling::MeanPopulation;
            std::string unknownWeight;
            for (std::size_t k = 0; k < inputs.size(); ++k) {
                const auto& weight = byPopulation ? inputs[k].population : inputs[k].gdpUsd;
                if (!weight || *weight <= 0.0)
                    unknownWeight += (unknownWeight.empty() ? "" : ", ") + contributors[k];
            }
            if (!unknownWeight.empty()) {
                for (auto& input : inputs)
                    input.population = 1.0;
                rule = Pooling::MeanPopulation;
                unweightedNote = std::string("Unweighted mean: no ") +
                                 (byPopulation ? "population" : "GDP") + " for " + unknownWeight;
            }
        }
        const auto pooledValue = poolValues(rule, inputs);
        if (!pooledValue)
            continue;
        IndicatorValue value;
        value.indicator = indicator.id;
        value.value = *pooledValue;
        if (latestYear > 0)
            value.year = latestYear;
        value.source = std::string("Pooled from ") + std::to_string(inputs.size()) + " of " +
                       std::to_string(bloc.members.size()) + " members (" +
                       toString(indicator.pooling) + ")";
        value.confidence = confidence;
        if (!lacking.empty()) {
            value.confidence = Confidence::Low;
            std::string list;
            for (const auto& code : lacking)
                list += (list.empty() ? "" : ", ") + code;
            value.note = "No value for " + list;
        }
        if (!unweightedNote.empty()) {
            value.confidence = Confidence::Low;
            value.note += (value.note.empty() ? "" : "; ") + unweightedNote;
        }
        pooled.values.push_back(std::move(value));
    }
    return pooled;
}

Profile applyOverrides(const Profile& base, const std::vector<IndicatorValue>& overrides,
                       const std::vector<Profile>& all, const Methodology& methodology)
{
    Profile result = base.isPooledBloc() ? poolBloc(base, all, methodology) : base;
    for (const auto& value : overrides)
        result.setValue(value);
    return result;
}

} // namespace aisov
