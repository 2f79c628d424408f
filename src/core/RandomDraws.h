#pragma once

// Internal to aisov_core: the random numbers of the Monte Carlo draws
// (Uncertainty.cpp). Inline: a draw calls them in its innermost loops.

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>

namespace aisov::detail {

// Generic so that the draws can mix four streams at once (a vector of
// std::uint64_t, src/core/LaneMath.h): the same integer operations.
template <class Word>
[[gnu::always_inline]] inline Word mix64(Word z)
{
    // SplitMix64 finaliser: a bijection with good avalanche, so consecutive
    // counters give unrelated outputs.
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr unsigned kNormalTableBits = 10;
constexpr std::size_t kNormalTableSize = std::size_t{1} << kNormalTableBits;
// A 64-bit output gives six table indices, lowest bits first.
constexpr unsigned kIndicesPerWord = 64 / kNormalTableBits;
// SplitMix64's increment (the golden ratio): the state after n outputs is
// start + n * kWeylIncrement, so any output can be computed directly.
constexpr std::uint64_t kWeylIncrement = 0x9e3779b97f4a7c15ULL;

// One random stream per draw, derived from (seed, draw index) alone: which
// thread runs a draw, and in what order, cannot change what it computes.
// Own generator and own variate algorithms (not std:: distributions, whose
// output differs between standard libraries), so results differ between
// platforms at most through the last bits of libm's log, exp and cos.
class DrawRandom
{
public:
    DrawRandom(std::uint64_t seed, std::uint64_t draw)
        : m_state(mix64(mix64(seed + kWeylIncrement) ^ (draw * 0xd1b54a32d192ed03ULL)))
    {}

    std::uint64_t next()
    {
        m_state += kWeylIncrement;
        return mix64(m_state);
    }
    // In (0, 1): never 0, so log() is safe.
    double uniformOpen() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }
    double normal()
    {
        if (m_hasSpareNormal) {
            m_hasSpareNormal = false;
            return m_spareNormal;
        }
        // Box-Muller gives two independent deviates; the second is kept for
        // the next call (the gamma draws of the weights use many).
        const double radius = std::sqrt(-2.0 * std::log(uniformOpen()));
        const double angle = 2.0 * std::numbers::pi * uniformOpen();
        m_spareNormal = radius * std::sin(angle);
        m_hasSpareNormal = true;
        return radius * std::cos(angle);
    }
    // Gamma(shape, 1): Marsaglia and Tsang (2000); shape < 1 via the
    // boost Gamma(shape + 1) * U^(1/shape).
    double gamma(double shape)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0) * std::pow(uniformOpen(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            const double x = normal();
            double v = 1.0 + c * x;
            if (v <= 0.0)
                continue;
            v = v * v * v;
            const double u = uniformOpen();
            if (u < 1.0 - 0.0331 * x * x * x * x ||
                std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v;
        }
    }
    // The state: the k-th next() from here returns mix64(state() + k *
    // kWeylIncrement). The value noise of the draws takes its table indices
    // that way, kIndicesPerWord per output, four streams at once.
    std::uint64_t state() const { return m_state; }

private:
    std::uint64_t m_state;
    double m_spareNormal = 0.0;
    bool m_hasSpareNormal = false;
};

// Standard normal quantiles at the midpoints (k + 0.5) / 1024: drawing a
// uniform index gives a normal deviate (stratified, |z| <= 3.1) for the
// price of a lookup, which the value noise needs millions of times.
const std::array<double, kNormalTableSize>& normalQuantiles();

} // namespace aisov::detail
