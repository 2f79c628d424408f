#include "aisov/Partners.h"

#include "aisov/BlocComparison.h"
#include "aisov/Pooling.h"

#include <algorithm>

namespace aisov {

namespace {

bool hasMember(const Profile& bloc, const std::string& code)
{
    return std::find(bloc.members.begin(), bloc.members.end(), code) != bloc.members.end();
}

// Pooling the pair again would count a member twice.
bool overlaps(const Profile& subject, const Profile& candidate)
{
    return hasMember(candidate, subject.code) || hasMember(subject, candidate.code);
}

PartnerGain scorePair(const ScoredSet& scored, std::size_t subject, std::size_t partner,
                      const Methodology& methodology)
{
    const Profile& alone = scored.profiles[subject];
    const Profile& other = scored.profiles[partner];
    const ScoreResult& aloneResult = scored.results[subject];
    const Profile coalition =
        makeCoalition(alone.code + "+" + other.code, {alone.code, other.code});
    const ScoreResult pair = scoreProfile(poolBloc(coalition, scored.profiles, methodology),
                                          methodology, scored.context);

    PartnerGain gain;
    gain.code = other.code;
    gain.name = other.name;
    gain.partnerScore = scored.results[partner].score;
    gain.pairScore = pair.score;
    if (pair.score && aloneResult.score)
        gain.gain = *pair.score - *aloneResult.score;
    else if (pair.score)
        gain.gain = *pair.score;
    gain.pairBand = pair.band;
    gain.pairMet = pair.met;
    for (std::size_t p = 0; p < pair.pillars.size(); ++p) {
        if (pair.pillars[p].meets && !aloneResult.pillars[p].meets)
            gain.pillarsGained.push_back(pair.pillars[p].id);
    }
    return gain;
}

bool rankedBefore(const PartnerGain& a, const PartnerGain& b)
{
    if (a.pairScore.has_value() != b.pairScore.has_value())
        return a.pairScore.has_value();
    if (a.gain != b.gain)
        return a.gain > b.gain;
    if (a.pairMet != b.pairMet)
        return a.pairMet > b.pairMet;
    return a.code < b.code;
}

} // namespace

PartnerRanking rankPartners(const ScoredSet& scored, std::size_t subject,
                            const Methodology& methodology)
{
    const Profile& alone = scored.profiles[subject];
    const ScoreResult& result = scored.results[subject];
    PartnerRanking ranking;
    ranking.code = alone.code;
    ranking.name = alone.name;
    ranking.score = result.score;
    ranking.band = result.band;
    ranking.met = result.met;
    for (std::size_t i = 0; i < scored.profiles.size(); ++i) {
        if (i == subject || overlaps(alone, scored.profiles[i]))
            continue;
        ranking.partners.push_back(scorePair(scored, subject, i, methodology));
    }
    std::sort(ranking.partners.begin(), ranking.partners.end(), rankedBefore);
    return ranking;
}

} // namespace aisov
