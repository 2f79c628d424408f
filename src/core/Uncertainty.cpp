#include "aisov/Uncertainty.h"

#include "HugePageBuffer.h"
#include "LaneMath.h"
#include "OrderStatistics.h"
#include "ParallelRunner.h"
#include "RandomDraws.h"

#include "aisov/Cancelled.h"
#include "aisov/Scoring.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <thread>

// How the draws stay fast (docs/performance.md, "Uncertainty"): everything
// that does not change between draws is computed once into flat arrays
// (normalisation coefficients per value, index ranges per pillar); each
// thread owns preallocated buffers; a normal deviate for value noise is a
// table lookup; pillar and overall scores go through the same `aggregate`
// as scoreProfile, with spans over those buffers, so that with perturbations
// off a draw reproduces scoreProfile bit for bit.

namespace aisov {

namespace {

using detail::DrawRandom;
using detail::kNormalTableSize;
using detail::normalQuantiles;

// ---------------------------------------------------------------- model

// Where a value finds its noise: index of the first entry of its table, or
// kNoNoise when it is not perturbed.
constexpr std::uint32_t kNoNoise = 0xffffffffU;

// Noise tables, kNormalTableSize entries each, in this order: for each
// confidence class (high, medium, low) the factor exp(sigma z) (for linear
// indicators) then the shift sigma z (for log indicators). Single
// precision: noise needs no more, and all six (24 KB) fit the first-level
// cache.
constexpr std::uint32_t kNoiseForms = 2;
constexpr std::uint32_t kFactorForm = 0;
constexpr std::uint32_t kShiftForm = 1;

// One value of one profile, ready for a draw:
// normalized = clamp(a + k * noise, 0, 1), noise from the value's table.
// Linear transform: noise = exp(sigma z), k = x / range, a = -low / range
// (multiplicative noise). Log transform: noise = sigma z, k = 1 / range,
// a = (ln x - low) / range (additive in log space: the same noise).
// Direction "lower" negates a and k and adds 1 to a (1 - clamp(n) =
// clamp(1 - n)). Unperturbed: a = the deterministic normalised value and
// no noise: exactly what scoreProfile computed.
struct ValueSlot
{
    double a = 0.0;
    double k = 0.0;
    std::uint32_t indicator = 0;
    std::uint32_t noiseBase = kNoNoise;
};

struct PillarSlots
{
    std::uint32_t pillar = 0;
    std::uint32_t slotBegin = 0;
    std::uint32_t slotEnd = 0;
};

struct ScoredProfile
{
    std::size_t inputIndex = 0;
    std::uint32_t pillarBegin = 0;
    std::uint32_t pillarEnd = 0;
};

struct WeightGroup
{
    std::vector<std::uint32_t> members; // indices into the weight array
    std::vector<double> shapes;         // Dirichlet parameters, 0 for weight 0
};

struct Model
{
    std::size_t pillarCount = 0;
    std::size_t indicatorCount = 0;
    std::vector<double> pillarWeights;
    std::vector<double> indicatorWeights;
    WeightGroup pillarGroup;
    std::vector<WeightGroup> indicatorGroups; // one per pillar
    Aggregation indicatorAggregation = Aggregation::Arithmetic;
    Aggregation pillarAggregation = Aggregation::Geometric;
    std::vector<ValueSlot> slots;
    std::vector<PillarSlots> pillars;
    std::vector<ScoredProfile> profiles;
    // The ranked profiles (scored profiles, in input order) by rank slot,
    // their row in the rank counts.
    std::vector<std::uint32_t> rankedProfiles;
    std::vector<std::int32_t> rankSlotOf; // per scored profile: its rank slot, or -1
    std::size_t maxSlotsPerPillar = 0;
    std::vector<float> noise; // the noise tables, see kNoiseForms
};

std::uint32_t noiseClassOf(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return 0;
    case Confidence::Medium:
        return 1;
    case Confidence::Low:
        return 2;
    }
    return 1;
}

WeightGroup makeWeightGroup(const std::vector<std::uint32_t>& members,
                            const std::vector<double>& weights, double concentration)
{
    WeightGroup group;
    group.members = members;
    double sum = 0.0;
    for (const auto index : members)
        sum += std::max(0.0, weights[index]);
    for (const auto index : members)
        group.shapes.push_back(sum > 0.0 ? concentration * std::max(0.0, weights[index]) / sum
                                         : 0.0);
    return group;
}

// Coefficients of a perturbed value, or an unperturbed slot when noise does
// not apply (percentile normalisation, degenerate range, bad log value).
ValueSlot makeValueSlot(const IndicatorValue& value, double deterministicNormalized,
                        std::size_t indicatorIndex, const Methodology& methodology,
                        const NormalizationContext& context, bool perturbValues)
{
    ValueSlot slot;
    slot.indicator = static_cast<std::uint32_t>(indicatorIndex);
    slot.a = deterministicNormalized;
    if (!perturbValues || methodology.normalization == Normalization::Percentile)
        return slot;
    const Indicator& indicator = methodology.indicators[indicatorIndex];
    // A value at or below the log floor (a known zero) is exact: no noise.
    if (indicator.logFloor && value.value <= *indicator.logFloor)
        return slot;
    const double t = transformIndicatorValue(value.value, indicator);
    double low = 0.0;
    double high = 0.0;
    if (methodology.normalization == Normalization::Goalposts) {
        low = transformValue(indicator.goalpostLow, indicator.transform);
        high = transformValue(indicator.goalpostHigh, indicator.transform);
    } else { // minmax: the range of the deterministic set, held fixed
        const auto& sorted = context.sortedTransformedValues.at(indicatorIndex);
        if (sorted.empty())
            return slot;
        low = std::min(sorted.front(), t);
        high = std::max(sorted.back(), t);
    }
    const double range = high - low;
    if (!std::isfinite(t) || !std::isfinite(range) || !(range > 0.0))
        return slot;
    ValueSlot noisy;
    noisy.indicator = slot.indicator;
    const bool logTransform = indicator.transform == Transform::Log;
    noisy.noiseBase =
        (noiseClassOf(value.confidence) * kNoiseForms + (logTransform ? kShiftForm : kFactorForm)) *
        static_cast<std::uint32_t>(kNormalTableSize);
    if (logTransform) {
        noisy.a = (t - low) / range;
        noisy.k = 1.0 / range;
    } else {
        noisy.a = -low / range;
        noisy.k = value.value / range;
    }
    if (indicator.direction == Direction::Lower) {
        noisy.a = 1.0 - noisy.a;
        noisy.k = -noisy.k;
    }
    return noisy;
}

Model buildModel(const std::vector<Profile>& scored, const std::vector<ScoreResult>& results,
                 const Methodology& methodology, const NormalizationContext& context,
                 const UncertaintyOptions& options)
{
    Model model;
    model.pillarCount = methodology.pillars.size();
    model.indicatorCount = methodology.indicators.size();
    model.indicatorAggregation = methodology.indicatorAggregation;
    model.pillarAggregation = methodology.pillarAggregation;
    for (const auto& pillar : methodology.pillars)
        model.pillarWeights.push_back(pillar.weight);
    for (const auto& indicator : methodology.indicators)
        model.indicatorWeights.push_back(indicator.weight);

    std::vector<std::uint32_t> allPillars;
    for (std::uint32_t k = 0; k < model.pillarCount; ++k)
        allPillars.push_back(k);
    model.pillarGroup =
        makeWeightGroup(allPillars, model.pillarWeights, options.weightConcentration);
    std::vector<std::vector<std::size_t>> indicatorsOfPillar;
    for (const auto& pillar : methodology.pillars) {
        indicatorsOfPillar.push_back(methodology.indicatorsOfPillar(pillar.id));
        std::vector<std::uint32_t> members;
        for (const auto index : indicatorsOfPillar.back())
            members.push_back(static_cast<std::uint32_t>(index));
        model.indicatorGroups.push_back(
            makeWeightGroup(members, model.indicatorWeights, options.weightConcentration));
    }

    const bool missingIsZero = methodology.missing == MissingPolicy::Zero;
    for (std::size_t p = 0; p < scored.size(); ++p) {
        const ScoreResult& result = results[p];
        if (!result.score)
            continue;
        ScoredProfile entry;
        entry.inputIndex = p;
        entry.pillarBegin = static_cast<std::uint32_t>(model.pillars.size());
        // Mirror scoreProfile: a pillar takes part when it has a score; its
        // parts are its present values (and, under "zero", its missing ones).
        for (std::size_t k = 0; k < model.pillarCount; ++k) {
            if (!result.pillars[k].score)
                continue;
            PillarSlots pillar;
            pillar.pillar = static_cast<std::uint32_t>(k);
            pillar.slotBegin = static_cast<std::uint32_t>(model.slots.size());
            for (const std::size_t i : indicatorsOfPillar[k]) {
                const auto& normalized = result.indicators[i].normalized;
                if (normalized) {
                    const IndicatorValue& value =
                        *scored[p].findValue(methodology.indicators[i].id);
                    model.slots.push_back(makeValueSlot(value, *normalized, i, methodology, context,
                                                        options.perturbValues));
                } else if (missingIsZero) {
                    ValueSlot zero;
                    zero.indicator = static_cast<std::uint32_t>(i);
                    model.slots.push_back(zero);
                }
            }
            pillar.slotEnd = static_cast<std::uint32_t>(model.slots.size());
            model.maxSlotsPerPillar =
                std::max<std::size_t>(model.maxSlotsPerPillar, pillar.slotEnd - pillar.slotBegin);
            model.pillars.push_back(pillar);
        }
        entry.pillarEnd = static_cast<std::uint32_t>(model.pillars.size());
        model.profiles.push_back(entry);
    }
    // A profile below the minimum coverage is not ranked with the others.
    const auto ranked = [&](const ScoredProfile& profile) {
        const std::string& code = scored[profile.inputIndex].code;
        if (results[profile.inputIndex].insufficientData)
            return false;
        return options.rankAmong.empty() ||
               std::find(options.rankAmong.begin(), options.rankAmong.end(), code) !=
                   options.rankAmong.end();
    };
    model.rankSlotOf.assign(model.profiles.size(), -1);
    for (std::uint32_t s = 0; s < model.profiles.size(); ++s)
        if (ranked(model.profiles[s])) {
            model.rankSlotOf[s] = static_cast<std::int32_t>(model.rankedProfiles.size());
            model.rankedProfiles.push_back(s);
        }

    const auto& quantiles = normalQuantiles();
    for (const double sigma : {options.sigmaHigh, options.sigmaMedium, options.sigmaLow}) {
        for (const double z : quantiles) // kFactorForm
            model.noise.push_back(static_cast<float>(std::exp(sigma * z)));
        for (const double z : quantiles) // kShiftForm
            model.noise.push_back(static_cast<float>(sigma * z));
    }
    return model;
}

// ---------------------------------------------------------------- draws

// Draws are computed kLanes at a time: every value of a profile is visited
// once per block and updated for all lanes (draws) at once, as a vector of
// kLanes doubles (GCC's vector extension: AVX2 registers where the CPU has
// them, see drawsVersion, SSE2 otherwise). Each lane keeps its own random stream
// and does exactly the operations a lone draw would, in the same order, so a
// lane's result is bit for bit the scalar one whatever the vector width.
using detail::broadcast;
using detail::clampToUnit;
using detail::kLanes;
using detail::LaneBits;
using detail::LaneDoubles;
using detail::LaneInts;
using detail::loadLanes;
using detail::select;
using detail::storeLanes;

constexpr std::size_t kDrawsPerChunk = 64; // a multiple of kLanes

using LaneFloats = float __attribute__((vector_size(kLanes * sizeof(float))));

// The table indices of the value noise of the lanes' draws, made as they
// are used. A draw's noise stream is the DrawRandom outputs after its
// weights and its aggregation switch (drawChoices), each giving
// kIndicesPerWord indices, lowest bits first; since SplitMix64 is a
// counter, output j is mix64(start + (j + 1) * kWeylIncrement), for all
// lanes at once.
struct LaneNoise
{
    LaneBits state; // per lane: the DrawRandom state before `word`
    LaneBits word{};
    unsigned used = detail::kIndicesPerWord; // indices taken from `word`

    [[gnu::always_inline]] LaneBits nextIndices()
    {
        if (used == detail::kIndicesPerWord) {
            state += detail::kWeylIncrement;
            word = detail::mix64(state);
            used = 0;
        }
        const LaneBits index = (word >> (used * detail::kNormalTableBits)) & (kNormalTableSize - 1);
        ++used;
        return index;
    }
};

// table[index[lane]] for every lane, widened to double.
[[gnu::always_inline]] inline LaneDoubles noiseLanes(const float* table, LaneBits index)
{
    static_assert(kLanes == 4, "one element per lane below");
    const LaneFloats noise{table[index[0]], table[index[1]], table[index[2]], table[index[3]]};
    return __builtin_convertvector(noise, LaneDoubles);
}

// The normalised value of `slot` in every lane: clamp(a + k * noise, 0, 1),
// the noise from the lane's own stream.
[[gnu::always_inline]] inline LaneDoubles
normalizedLanes(const ValueSlot& slot, const float* noiseTables, LaneNoise& noise)
{
    const LaneDoubles a = broadcast(slot.a);
    if (slot.noiseBase == kNoNoise)
        return a;
    return clampToUnit(a + broadcast(slot.k) *
                               noiseLanes(noiseTables + slot.noiseBase, noise.nextIndices()));
}

struct RankedScore
{
    double score = 0.0;
    std::uint32_t slot = 0; // rank slot (Model::rankedProfiles)
};

// Buckets of the first pass of the rank sort, over the scores 0-100.
constexpr std::size_t kRankBuckets = 1024;

// Buffers of one worker thread, allocated once before its first block.
struct Workspace
{
    // The choices of the draws of one chunk, by their place in the chunk.
    std::vector<double> pillarWeights;          // [draw * pillars + pillar]
    std::vector<double> indicatorWeights;       // [draw * indicators + indicator]
    std::vector<Aggregation> drawAggregations;  // [draw]
    std::vector<std::uint64_t> drawNoiseStarts; // [draw]: see LaneNoise
    std::vector<std::uint32_t> drawOrder;       // the chunk's draws, geometric ones first
    // The draws of the current block, one per lane.
    std::array<std::uint32_t, kLanes> lanePlaces{}; // [lane]: the draw's place in the chunk
    std::vector<double> pillarWeightsByLane;        // [pillar * kLanes + lane]
    std::vector<double> indicatorWeightsByLane;     // [indicator * kLanes + lane]
    std::vector<Aggregation> pillarAggregations;    // [lane]
    std::vector<std::uint64_t> noiseStart;          // [lane]: see LaneNoise
    std::vector<double> pillarValues;               // one pillar's values, [value * kLanes + lane]
    std::vector<double> parts;                      // one pillar's values, non-arithmetic path
    std::vector<double> partWeights;
    std::vector<double> pillarParts;       // [part * kLanes + lane]
    std::vector<double> pillarPartWeights; // [part * kLanes + lane]
    std::vector<double> laneParts;         // one lane's pillar parts, "minimum" path
    std::vector<double> lanePartWeights;
    std::vector<double> drawScores;         // [place in the chunk * profiles + profile]
    std::vector<RankedScore> order;         // profiles by score in the current draw
    std::vector<RankedScore> sortedOrder;   // the same, being sorted
    std::vector<std::uint32_t> rankBuckets; // first pass of the rank sort
    std::vector<std::uint32_t> rankCounts;  // [rank slot * ranked profiles + rank]
    // Per scored profile, the least and greatest of its draws in this
    // thread's chunks, for the percentiles (found while the draws are in
    // the cache rather than in a pass over the whole array).
    std::vector<double> lowestScores;
    std::vector<double> highestScores;

    Workspace(const Model& model, bool computeRanks)
        : pillarWeights(kDrawsPerChunk * model.pillarCount)
        , indicatorWeights(kDrawsPerChunk * model.indicatorCount)
        , drawAggregations(kDrawsPerChunk)
        , drawNoiseStarts(kDrawsPerChunk)
        , drawOrder(kDrawsPerChunk)
        , pillarWeightsByLane(kLanes * model.pillarCount)
        , indicatorWeightsByLane(kLanes * model.indicatorCount)
        , pillarAggregations(kLanes, model.pillarAggregation)
        , noiseStart(kLanes)
        , pillarValues(kLanes * model.maxSlotsPerPillar)
        , parts(model.maxSlotsPerPillar)
        , partWeights(model.maxSlotsPerPillar)
        , pillarParts(kLanes * model.pillarCount)
        , pillarPartWeights(kLanes * model.pillarCount)
        , laneParts(model.pillarCount)
        , lanePartWeights(model.pillarCount)
        , drawScores(kDrawsPerChunk * model.profiles.size())
        , lowestScores(model.profiles.size(), HUGE_VAL)
        , highestScores(model.profiles.size(), -HUGE_VAL)
    {
        if (!computeRanks)
            return;
        order.resize(model.rankedProfiles.size());
        sortedOrder.resize(model.rankedProfiles.size());
        rankBuckets.resize(kRankBuckets + 1);
        rankCounts.assign(order.size() * order.size(), 0);
    }
};

void drawDirichlet(const WeightGroup& group, DrawRandom& random, double* weights)
{
    double sum = 0.0;
    for (std::size_t j = 0; j < group.members.size(); ++j) {
        const double gamma = group.shapes[j] > 0.0 ? random.gamma(group.shapes[j]) : 0.0;
        weights[group.members[j]] = gamma;
        sum += gamma;
    }
    if (sum > 0.0)
        for (const auto index : group.members)
            weights[index] /= sum;
}

// Sorts one draw's scores, best first, ties to the lower slot (a strict
// order, so the result is unique). A counting sort on the score's bucket
// (kRankBuckets over 0-100: monotone in the score, so the buckets come out
// in order), then an insertion sort with the exact order that only moves
// scores sharing a bucket. The counting pass has no data-dependent branch,
// which an insertion sort from a fixed start order had on every step: the
// CPU mispredicted it (a quarter of the draws' time before).
void sortByScore(std::vector<RankedScore>& order, std::vector<RankedScore>& sorted,
                 std::vector<std::uint32_t>& buckets)
{
    // Over the range of this draw's scores, not 0-100: scores cluster, and
    // every pair sharing a bucket may cost the insertion pass a move.
    if (order.empty())
        return;
    double lowest = order.front().score;
    double highest = lowest;
    for (const RankedScore& entry : order) {
        lowest = std::min(lowest, entry.score);
        highest = std::max(highest, entry.score);
    }
    const double scale = highest > lowest ? (kRankBuckets - 1) / (highest - lowest) : 0.0;
    const auto bucketOf = [lowest, scale](double score) {
        // Monotone in the score (a rounded subtraction and product are);
        // reversed: bucket 0 holds the highest scores.
        const auto bucket = static_cast<std::size_t>((score - lowest) * scale);
        return kRankBuckets - 1 - std::min(bucket, kRankBuckets - 1);
    };
    std::fill(buckets.begin(), buckets.end(), 0U);
    for (const RankedScore& entry : order)
        ++buckets[bucketOf(entry.score) + 1];
    for (std::size_t b = 1; b < buckets.size(); ++b)
        buckets[b] += buckets[b - 1];
    for (const RankedScore& entry : order) // stable: slots stay in order within a bucket
        sorted[buckets[bucketOf(entry.score)]++] = entry;

    const auto before = [](const RankedScore& x, const RankedScore& y) {
        return x.score > y.score || (x.score == y.score && x.slot < y.slot);
    };
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        const RankedScore moving = sorted[i];
        std::size_t j = i;
        while (j > 0 && before(moving, sorted[j - 1])) {
            sorted[j] = sorted[j - 1];
            --j;
        }
        sorted[j] = moving;
    }
}

// The methodological choices and the noise of draw `draw`, into lane `lane`.
// All randomness of a draw comes from its own stream, in this fixed order.
void drawChoices(std::uint64_t draw, std::size_t place, const Model& model,
                 const UncertaintyOptions& options, Workspace& work)
{
    DrawRandom random(options.seed, draw);
    double* const pillarWeights = work.pillarWeights.data() + place * model.pillarCount;
    double* const indicatorWeights = work.indicatorWeights.data() + place * model.indicatorCount;
    std::copy(model.pillarWeights.begin(), model.pillarWeights.end(), pillarWeights);
    std::copy(model.indicatorWeights.begin(), model.indicatorWeights.end(), indicatorWeights);
    if (options.perturbWeights) {
        drawDirichlet(model.pillarGroup, random, pillarWeights);
        for (const auto& group : model.indicatorGroups)
            drawDirichlet(group, random, indicatorWeights);
    }
    work.drawAggregations[place] = model.pillarAggregation;
    if (options.switchAggregation)
        work.drawAggregations[place] =
            (random.next() >> 63) != 0 ? Aggregation::Geometric : Aggregation::Arithmetic;
    work.drawNoiseStarts[place] = random.state();
}

// Puts the draw at `place` in the chunk into lane `lane` of the block.
void assignLane(std::size_t lane, std::uint32_t place, const Model& model, Workspace& work)
{
    for (std::size_t k = 0; k < model.pillarCount; ++k)
        work.pillarWeightsByLane[k * kLanes + lane] =
            work.pillarWeights[place * model.pillarCount + k];
    for (std::size_t i = 0; i < model.indicatorCount; ++i)
        work.indicatorWeightsByLane[i * kLanes + lane] =
            work.indicatorWeights[place * model.indicatorCount + i];
    work.pillarAggregations[lane] = work.drawAggregations[place];
    work.noiseStart[lane] = work.drawNoiseStarts[place];
    work.lanePlaces[lane] = place;
}

// One pillar of one profile, all lanes, indicators aggregated arithmetically:
// aggregate(Arithmetic) fused into the value loop, the same two sums in the
// same order, hence the same bits (TestUncertainty checks it against
// scoreProfile).
[[gnu::always_inline]] inline LaneDoubles arithmeticPillar(const PillarSlots& pillar,
                                                           const Model& model,
                                                           const Workspace& work, LaneNoise& noise)
{
    // Locals, not members: the stores of a draw cannot alias them, so they
    // stay in registers.
    const ValueSlot* const slots = model.slots.data();
    const double* const weights = work.indicatorWeightsByLane.data();
    const float* const noiseTables = model.noise.data();
    LaneDoubles weightSum{};
    LaneDoubles weightedSum{};
    for (std::uint32_t v = pillar.slotBegin; v < pillar.slotEnd; ++v) {
        const ValueSlot& slot = slots[v];
        const LaneDoubles weight = loadLanes(weights + slot.indicator * kLanes);
        weightSum += weight;
        weightedSum += weight * normalizedLanes(slot, noiseTables, noise);
    }
    return select(LaneDoubles{} < weightSum, weightedSum / weightSum, LaneDoubles{});
}

// The same for any other indicator aggregation, lane by lane through aggregate().
LaneNoise otherPillar(const PillarSlots& pillar, const Model& model, Workspace& work,
                      LaneNoise noise, double* result)
{
    const std::size_t valueCount = pillar.slotEnd - pillar.slotBegin;
    for (std::size_t v = 0; v < valueCount; ++v)
        storeLanes(work.pillarValues.data() + v * kLanes,
                   normalizedLanes(model.slots[pillar.slotBegin + v], model.noise.data(), noise));
    for (std::size_t lane = 0; lane < kLanes; ++lane) {
        for (std::size_t v = 0; v < valueCount; ++v) {
            const ValueSlot& slot = model.slots[pillar.slotBegin + v];
            work.parts[v] = work.pillarValues[v * kLanes + lane];
            work.partWeights[v] = work.indicatorWeightsByLane[slot.indicator * kLanes + lane];
        }
        result[lane] = aggregate(model.indicatorAggregation,
                                 std::span<const double>(work.parts.data(), valueCount),
                                 std::span<const double>(work.partWeights.data(), valueCount));
    }
    return noise;
}

// aggregate(Geometric) of the pillar parts in every lane: the same
// operations on each lane as the scalar loop (a skipped part adds nothing,
// a zero part makes the score 0), so the same bits.
[[gnu::always_inline]] inline LaneDoubles
geometricLanes(std::size_t partCount, LaneDoubles weightSum, const Workspace& work)
{
    LaneDoubles logSum{};
    LaneInts hitsZero{};
    for (std::size_t q = 0; q < partCount; ++q) {
        const LaneDoubles weight = loadLanes(work.pillarPartWeights.data() + q * kLanes);
        const LaneDoubles part = loadLanes(work.pillarParts.data() + q * kLanes);
        const LaneInts counts = ~(weight <= 0.0);
        hitsZero |= counts & (part <= 0.0);
        logSum += select(counts, weight * detail::logLanes(part), LaneDoubles{});
    }
    return select(hitsZero, LaneDoubles{}, detail::expLanes(logSum / weightSum));
}

// The overall scores of one profile in every lane from its pillar parts
// (work.pillarParts, work.pillarPartWeights): aggregate() by each lane's
// pillar aggregation, the arithmetic one for all lanes at once.
[[gnu::always_inline]] inline LaneDoubles overallScores(std::size_t partCount, Workspace& work)
{
    LaneDoubles weightSum{};
    for (std::size_t q = 0; q < partCount; ++q)
        weightSum += loadLanes(work.pillarPartWeights.data() + q * kLanes);
    LaneDoubles weightedSum{};
    for (std::size_t q = 0; q < partCount; ++q)
        weightedSum += loadLanes(work.pillarPartWeights.data() + q * kLanes) *
                       loadLanes(work.pillarParts.data() + q * kLanes);
    LaneDoubles overall = weightedSum / weightSum;
    bool anyGeometric = false;
    for (std::size_t lane = 0; lane < kLanes; ++lane)
        anyGeometric = anyGeometric || work.pillarAggregations[lane] == Aggregation::Geometric;
    const LaneDoubles geometric =
        anyGeometric ? geometricLanes(partCount, weightSum, work) : LaneDoubles{};
    for (std::size_t lane = 0; lane < kLanes; ++lane) {
        const Aggregation aggregation = work.pillarAggregations[lane];
        if (partCount == 0 || weightSum[lane] <= 0.0) {
            overall[lane] = 0.0;
        } else if (aggregation == Aggregation::Geometric) {
            overall[lane] = geometric[lane];
        } else if (aggregation != Aggregation::Arithmetic) {
            for (std::size_t q = 0; q < partCount; ++q) {
                work.laneParts[q] = work.pillarParts[q * kLanes + lane];
                work.lanePartWeights[q] = work.pillarPartWeights[q * kLanes + lane];
            }
            overall[lane] =
                aggregate(aggregation, std::span<const double>(work.laneParts.data(), partCount),
                          std::span<const double>(work.lanePartWeights.data(), partCount));
        }
    }
    const LaneDoubles hundred = broadcast(100.0);
    overall = hundred * overall;
    overall = hundred < overall ? hundred : overall;
    return overall < LaneDoubles{} ? LaneDoubles{} : overall;
}

// Rank counts of the first `count` draws of the chunk, from work.drawScores.
void countRanks(std::size_t count, const Model& model, Workspace& work)
{
    const std::size_t rankedCount = model.rankedProfiles.size();
    const std::size_t profileCount = model.profiles.size();
    for (std::size_t place = 0; place < count; ++place) {
        // Scores next to their slot, so that the sort compares without
        // looking anything up.
        const double* const scores = work.drawScores.data() + place * profileCount;
        for (std::uint32_t slot = 0; slot < rankedCount; ++slot)
            work.order[slot] = {scores[model.rankedProfiles[slot]], slot};
        sortByScore(work.order, work.sortedOrder, work.rankBuckets);
        for (std::size_t rank = 0; rank < rankedCount; ++rank)
            ++work.rankCounts[work.sortedOrder[rank].slot * rankedCount + rank];
    }
}

// The draws in lanes [0, laneCount) of `work` (assignLane), laneCount <=
// kLanes. Unused lanes compute on stale inputs and are never read. Compiled
// into both versions below.
[[gnu::always_inline]] inline void runBlockLanes(std::size_t laneCount, const Model& model,
                                                 Workspace& work)
{
    const bool arithmeticIndicators = model.indicatorAggregation == Aggregation::Arithmetic;
    const std::size_t profileCount = model.profiles.size();
    LaneNoise noise{};
    std::memcpy(&noise.state, work.noiseStart.data(), sizeof noise.state);
    for (std::size_t s = 0; s < profileCount; ++s) {
        const ScoredProfile& profile = model.profiles[s];
        std::size_t partCount = 0;
        for (std::uint32_t q = profile.pillarBegin; q < profile.pillarEnd; ++q, ++partCount) {
            const PillarSlots& pillar = model.pillars[q];
            double* const part = work.pillarParts.data() + partCount * kLanes;
            if (arithmeticIndicators)
                storeLanes(part, arithmeticPillar(pillar, model, work, noise));
            else
                noise = otherPillar(pillar, model, work, noise, part);
            storeLanes(work.pillarPartWeights.data() + partCount * kLanes,
                       loadLanes(work.pillarWeightsByLane.data() + pillar.pillar * kLanes));
        }
        const LaneDoubles overall = overallScores(partCount, work);
        for (std::size_t lane = 0; lane < laneCount; ++lane)
            work.drawScores[work.lanePlaces[lane] * profileCount + s] = overall[lane];
    }
}

using RunBlock = void (*)(std::size_t laneCount, const Model& model, Workspace& work);

// Two versions, for AVX2 and for any x86-64, with the same bits (no fused
// multiply-add: each lane does the scalar operations). TestUncertainty
// checks both against one recorded digest.
void runBlockPortable(std::size_t laneCount, const Model& model, Workspace& work)
{
    runBlockLanes(laneCount, model, work);
}

#if defined(AISOV_AVX2_LANES)
[[gnu::target("avx2")]] void runBlockAvx2(std::size_t laneCount, const Model& model,
                                          Workspace& work)
{
    runBlockLanes(laneCount, model, work);
}
#endif

struct DrawsVersion
{
    RunBlock runBlock;
    const char* name;
};

// Chosen once: AVX2 where the CPU has it, unless AISOV_PORTABLE_LANES is
// set (for the tests of the portable version, and to compare the two).
const DrawsVersion& drawsVersion()
{
    static const DrawsVersion chosen = [] {
#if defined(AISOV_AVX2_LANES)
        if (std::getenv("AISOV_PORTABLE_LANES") == nullptr && __builtin_cpu_supports("avx2"))
            return DrawsVersion{runBlockAvx2, "avx2"};
#endif
        return DrawsVersion{runBlockPortable, "portable"};
    }();
    return chosen;
}

// Draws [begin, end) of one chunk (at most kDrawsPerChunk). The draws go
// into blocks of kLanes ordered by their pillar aggregation, geometric ones
// first, so that most blocks are all geometric or all arithmetic and only
// the former take logarithms. Each draw's result is its own whatever its
// block, so the output does not change.
void runChunk(std::size_t begin, std::size_t end, const Model& model,
              const UncertaintyOptions& options, Workspace& work, double* scoresByProfile,
              std::size_t drawCount)
{
    const RunBlock runBlock = drawsVersion().runBlock;
    const std::size_t count = end - begin;
    for (std::size_t place = 0; place < count; ++place)
        drawChoices(begin + place, place, model, options, work);
    work.drawOrder.clear();
    for (const bool geometric : {true, false})
        for (std::uint32_t place = 0; place < count; ++place)
            if ((work.drawAggregations[place] == Aggregation::Geometric) == geometric)
                work.drawOrder.push_back(place);
    for (std::size_t first = 0; first < count; first += kLanes) {
        const std::size_t laneCount = std::min(kLanes, count - first);
        for (std::size_t lane = 0; lane < laneCount; ++lane) {
            const std::uint32_t place = work.drawOrder[first + lane];
            assignLane(lane, place, model, work);
        }
        runBlock(laneCount, model, work);
    }
    if (options.computeRanks)
        countRanks(count, model, work);
    // Each profile's draws of the chunk are contiguous in scoresByProfile:
    // written here in one run rather than one scattered store per draw.
    const std::size_t profileCount = model.profiles.size();
    for (std::size_t s = 0; s < profileCount; ++s) {
        double* const target = scoresByProfile + s * drawCount + begin;
        double lowest = work.lowestScores[s];
        double highest = work.highestScores[s];
        for (std::size_t place = 0; place < count; ++place) {
            const double score = work.drawScores[place * profileCount + s];
            target[place] = score;
            lowest = std::min(lowest, score);
            highest = std::max(highest, score);
        }
        work.lowestScores[s] = lowest;
        work.highestScores[s] = highest;
    }
}

int threadCountFor(const UncertaintyOptions& options)
{
    int threads = options.threads;
    if (threads <= 0)
        threads = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    return std::min(threads, options.draws);
}

struct MonteCarloRun
{
    Model model;
    // [scored profile * draws + draw]; every entry is written by a draw, so
    // it is left uninitialised rather than zeroed (16 MB for the benchmark).
    detail::HugePageBuffer scoresByProfile;
    std::vector<double> lowestScores; // [scored profile]: the least of its draws
    std::vector<double> highestScores;
    std::vector<std::uint64_t> rankCounts;
    std::size_t inputCount = 0;
};

// `scoredSet`: exactly what scoreProfiles scores (blocs pooled, one
// normalisation context), one entry per input profile.
// Refuses a run before anything is computed.
void checkRunCanStart(const UncertaintyOptions& options, const UncertaintyControl& control)
{
    if (options.draws < 1)
        throw std::invalid_argument("uncertainty needs at least one draw");
    if (control.stop.stop_requested())
        throw Cancelled();
}

MonteCarloRun runMonteCarlo(const ScoredSet& scoredSet, const Methodology& methodology,
                            const UncertaintyOptions& options, const UncertaintyControl& control)
{
    checkRunCanStart(options, control);

    const std::vector<Profile>& scored = scoredSet.profiles;
    const NormalizationContext& context = scoredSet.context;
    const std::vector<ScoreResult>& results = scoredSet.results;

    MonteCarloRun run;
    run.inputCount = scored.size();
    run.model = buildModel(scored, results, methodology, context, options);
    const auto draws = static_cast<std::size_t>(options.draws);
    const std::size_t scoredCount = run.model.profiles.size();
    run.scoresByProfile = detail::HugePageBuffer(scoredCount * draws);
    detail::ProgressReporter progress(control.progress, draws);
    if (scoredCount == 0) {
        progress.finished(draws); // nothing to draw: all done at once
        return run;
    }

    const int threads = threadCountFor(options);
    std::vector<Workspace> workspaces;
    workspaces.reserve(static_cast<std::size_t>(threads));
    for (int t = 0; t < threads; ++t)
        workspaces.emplace_back(run.model, options.computeRanks);
    // Chunks of 64 draws (kDrawsPerChunk): small enough to balance and to
    // stop soon after a cancellation, large enough that the shared counter
    // is touched rarely.
    detail::runInParallel(threads, draws, kDrawsPerChunk,
                          [&](std::size_t thread, std::size_t begin, std::size_t end) {
                              runChunk(begin, end, run.model, options, workspaces[thread],
                                       run.scoresByProfile.data(), draws);
                          },
                          {control.stop, control.progress ? &progress : nullptr});
    run.lowestScores.assign(scoredCount, HUGE_VAL);
    run.highestScores.assign(scoredCount, -HUGE_VAL);
    for (const auto& work : workspaces) // minima and maxima: the order does not matter
        for (std::size_t s = 0; s < scoredCount; ++s) {
            run.lowestScores[s] = std::min(run.lowestScores[s], work.lowestScores[s]);
            run.highestScores[s] = std::max(run.highestScores[s], work.highestScores[s]);
        }
    if (options.computeRanks) {
        const std::size_t rankedCount = run.model.rankedProfiles.size();
        run.rankCounts.assign(rankedCount * rankedCount, 0);
        for (const auto& work : workspaces) // integer sums: the order does not matter
            for (std::size_t i = 0; i < run.rankCounts.size(); ++i)
                run.rankCounts[i] += work.rankCounts[i];
    }
    return run;
}

// p5, p50, p95 and the rank frequencies of scored profile `s` of `run`.
void summarize(const MonteCarloRun& run, std::size_t s, const UncertaintyOptions& options,
               detail::OrderStatistics& order, UncertaintySummary& summary)
{
    const auto draws = static_cast<std::size_t>(options.draws);
    order.prepare(std::span<const double>(run.scoresByProfile.data() + s * draws, draws),
                  run.lowestScores[s], run.highestScores[s]);
    summary.scored = true;
    summary.p5 = order.percentile(0.05);
    summary.p50 = order.percentile(0.50);
    summary.p95 = order.percentile(0.95);
    if (!options.computeRanks || run.model.rankSlotOf[s] < 0)
        return;
    const std::size_t rankedCount = run.model.rankedProfiles.size();
    const auto slot = static_cast<std::size_t>(run.model.rankSlotOf[s]);
    summary.rankFrequency.resize(rankedCount);
    for (std::size_t rank = 0; rank < rankedCount; ++rank)
        summary.rankFrequency[rank] =
            static_cast<double>(run.rankCounts[slot * rankedCount + rank]) /
            static_cast<double>(draws);
}

} // namespace

std::string_view uncertaintyDrawsVersion()
{
    return drawsVersion().name;
}

std::optional<LikelyRank> mostLikelyRank(const UncertaintySummary& summary)
{
    if (summary.rankFrequency.empty())
        return std::nullopt;
    const auto best = std::max_element(summary.rankFrequency.begin(), summary.rankFrequency.end());
    return LikelyRank{static_cast<int>(best - summary.rankFrequency.begin()) + 1, *best};
}

std::vector<UncertaintySummary> analyzeUncertainty(const std::vector<Profile>& profiles,
                                                   const Methodology& methodology,
                                                   const UncertaintyOptions& options)
{
    return analyzeUncertainty(profiles, methodology, options, UncertaintyControl{});
}

std::vector<UncertaintySummary> analyzeUncertainty(const std::vector<Profile>& profiles,
                                                   const Methodology& methodology,
                                                   const UncertaintyOptions& options,
                                                   const UncertaintyControl& control)
{
    checkRunCanStart(options, control);
    return analyzeUncertainty(scoreProfileSet(profiles, methodology), methodology, options,
                              control);
}

std::vector<UncertaintySummary> analyzeUncertainty(const ScoredSet& scored,
                                                   const Methodology& methodology,
                                                   const UncertaintyOptions& options,
                                                   const UncertaintyControl& control)
{
    const MonteCarloRun run = runMonteCarlo(scored, methodology, options, control);
    std::vector<UncertaintySummary> summaries(run.inputCount);
    for (std::size_t p = 0; p < scored.profiles.size(); ++p)
        summaries[p].code = scored.profiles[p].code;

    const std::size_t scoredCount = run.model.profiles.size();
    const int threads = std::min<int>(threadCountFor(options), static_cast<int>(scoredCount));
    std::vector<detail::OrderStatistics> orderStatistics(
        static_cast<std::size_t>(std::max(1, threads)),
        detail::OrderStatistics(static_cast<std::size_t>(options.draws)));
    // The percentiles take a few percent of the time of the draws; they stop
    // on a request too, in chunks of 8 profiles.
    detail::runInParallel(threads, scoredCount, 8,
                          [&](std::size_t thread, std::size_t begin, std::size_t end) {
                              for (std::size_t s = begin; s < end; ++s)
                                  summarize(run, s, options, orderStatistics[thread],
                                            summaries[run.model.profiles[s].inputIndex]);
                          },
                          {control.stop, nullptr});
    return summaries;
}

std::vector<std::vector<double>> uncertaintyDraws(const std::vector<Profile>& profiles,
                                                  const Methodology& methodology,
                                                  const UncertaintyOptions& options)
{
    checkRunCanStart(options, {});
    const MonteCarloRun run =
        runMonteCarlo(scoreProfileSet(profiles, methodology), methodology, options, {});
    const auto draws = static_cast<std::size_t>(options.draws);
    std::vector<std::vector<double>> result(run.inputCount);
    for (std::size_t s = 0; s < run.model.profiles.size(); ++s) {
        const double* first = run.scoresByProfile.data() + s * draws;
        result[run.model.profiles[s].inputIndex].assign(first, first + draws);
    }
    return result;
}

} // namespace aisov
