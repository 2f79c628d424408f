#pragma once

// "Collaborative sovereignty": scoring a bloc from its members.

#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <vector>

namespace aisov {

// Builds the values of `bloc` from those of its members found in `all`,
// with each indicator's pooling rule (docs/methodology-advanced.md,
// "Blocs"). A member lacking a value is left out of that indicator, and the
// pooled value then says so in its note and gets low confidence, since a
// sum over fewer members understates the bloc. Population and GDP of the bloc become the members'
// sums when the bloc has none of its own.
Profile poolBloc(const Profile& bloc, const std::vector<Profile>& all,
                 const Methodology& methodology);

// Pooled value of one indicator from (value, population, gdp) of members;
// empty when no member can contribute (e.g. mean_gdp with no member GDP).
struct PoolingInput
{
    double value = 0.0;
    std::optional<double> population;
    std::optional<double> gdpUsd;
};
std::optional<double> poolValues(Pooling rule, const std::vector<PoolingInput>& members);

// The profile as a what-if scenario sees it: `base` with `overrides`
// replacing (or adding) values. A pooled bloc is pooled from its members in
// `all` first, so that overriding one indicator does not drop the others.
Profile applyOverrides(const Profile& base, const std::vector<IndicatorValue>& overrides,
                       const std::vector<Profile>& all, const Methodology& methodology);

} // namespace aisov
