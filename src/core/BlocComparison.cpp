#include "aisov/BlocComparison.h"

namespace aisov {

namespace {

std::vector<std::optional<double>> pillarScoresOf(const ScoreResult& result)
{
    std::vector<std::optional<double>> scores;
    scores.reserve(result.pillars.size());
    for (const auto& pillar : result.pillars)
        scores.push_back(pillar.score);
    return scores;
}

std::vector<BlocPillarGain> pillarGains(const ScoreResult& bloc,
                                        const std::vector<BlocMemberScore>& members)
{
    std::vector<BlocPillarGain> gains;
    for (std::size_t p = 0; p < bloc.pillars.size(); ++p) {
        BlocPillarGain gain;
        gain.pillar = bloc.pillars[p].id;
        gain.blocScore = bloc.pillars[p].score;
        for (const auto& member : members) {
            if (p < member.pillarScores.size() && member.pillarScores[p] &&
                (!gain.bestMemberScore || *member.pillarScores[p] > *gain.bestMemberScore))
                gain.bestMemberScore = member.pillarScores[p];
        }
        if (gain.blocScore && gain.bestMemberScore)
            gain.gain = *gain.blocScore - *gain.bestMemberScore;
        gains.push_back(gain);
    }
    return gains;
}

} // namespace

BlocComparison compareBloc(const std::vector<Profile>& profiles, std::size_t blocIndex,
                           const std::vector<ScoreResult>& results)
{
    const Profile& bloc = profiles.at(blocIndex);
    BlocComparison comparison;
    comparison.code = bloc.code;
    comparison.name = bloc.name;
    comparison.score = results.at(blocIndex).score;

    double weightedSum = 0.0;
    double populationSum = 0.0;
    for (const auto& code : bloc.members) {
        BlocMemberScore member;
        member.code = code;
        for (std::size_t i = 0; i < profiles.size(); ++i) {
            if (profiles[i].code != code || i == blocIndex)
                continue;
            member.found = true;
            member.name = profiles[i].name;
            member.score = results.at(i).score;
            member.population = profiles[i].population;
            member.pillarScores = pillarScoresOf(results.at(i));
            break;
        }
        if (member.score &&
            (!comparison.bestMemberScore || *member.score > *comparison.bestMemberScore)) {
            comparison.bestMemberScore = member.score;
            comparison.bestMemberCode = member.code;
        }
        if (member.score && member.population && *member.population > 0.0) {
            weightedSum += *member.score * *member.population;
            populationSum += *member.population;
        }
        comparison.members.push_back(std::move(member));
    }
    if (populationSum > 0.0)
        comparison.populationWeightedMean = weightedSum / populationSum;
    if (comparison.score && comparison.bestMemberScore)
        comparison.gainOverBestMember = *comparison.score - *comparison.bestMemberScore;
    if (comparison.score && comparison.populationWeightedMean)
        comparison.gainOverMean = *comparison.score - *comparison.populationWeightedMean;
    comparison.pillars = pillarGains(results.at(blocIndex), comparison.members);
    return comparison;
}

Profile makeCoalition(const std::string& code, const std::vector<std::string>& members)
{
    Profile coalition;
    coalition.code = code;
    coalition.name = "Coalition " + code;
    coalition.kind = ProfileKind::Bloc;
    coalition.members = members;
    return coalition;
}

} // namespace aisov
