#pragma once

// The partner finder ("collaborative sovereignty", docs/methodology-advanced.md,
// "Partners"): for one profile, what pooling with each other profile would add.
// The essays' second way up the spectrum is to pool with others; this answers
// "with whom?" by pooling the pair as a two-member bloc, each indicator with
// its own pooling rule, exactly as a stored bloc is pooled.

#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/Scoring.h"

#include <optional>
#include <string>
#include <vector>

namespace aisov {

struct PartnerGain
{
    std::string code; // the partner's
    std::string name;
    std::optional<double> partnerScore; // the partner alone
    std::optional<double> pairScore;    // the subject and the partner pooled
    double gain = 0.0; // pairScore - the subject's score (a subject without data counts 0)
    std::string pairBand;
    int pairMet = 0; // pillars the pair meets
    // Pillars the pair meets that the subject alone does not, in methodology order.
    std::vector<std::string> pillarsGained;
};

struct PartnerRanking
{
    std::string code;
    std::string name;
    std::optional<double> score; // the subject alone
    std::string band;
    int met = 0;
    // Best first: by gain, then pillars the pair meets, then code. A pair
    // without a score comes last.
    std::vector<PartnerGain> partners;
};

// Ranks every other profile of `scored` as a partner of scored.profiles[subject].
// Left out: a bloc that already has the subject as a member, and, when the
// subject is a bloc, its own members (pooling them again would count them
// twice). Each pair is scored against `scored.context`, the normalisation of
// the set as it is: adding a hypothetical pair does not move the goalposts
// of minmax or percentile normalisation (the same rule as the levers).
PartnerRanking rankPartners(const ScoredSet& scored, std::size_t subject,
                            const Methodology& methodology);

} // namespace aisov
