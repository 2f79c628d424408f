#pragma once

// Internal to aisov_core: the random numbers of the Monte Carlo draws
// (Uncertainty.cpp). Inline: a draw calls them in its innermost loops.

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>

namespace aisov::detail {

inline std::uint64_t mix64(std::uint64_t z)
{
    // SplitMix64 finaliser: a bijection with good avalanche, so consecutive
    // counters give unrelated outputs.
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr unsigned kNormalTableBits = 10;
constexpr std::size_t kNormalTableSize = std::size_t{1} << kNormalTableBits;

// One random stream per draw, derived from (seed, draw index) alone: which
// thread runs a draw, and in what order, cannot change what it computes.
// Own generator and own variate algorithms (not std:: distributions, whose
// output differs between standard libraries), so results differ between
// platforms at most through the last bits of libm's log, exp and cos.
class DrawRandom
{
public:
    DrawRandom(std::uint64_t seed, std::uint64_t draw)
        : m_state(mix64(mix64(seed + 0x9e3779b97f4a7c15ULL) ^ (draw * 0xd1b54a32d192ed03ULL)))
    {}

    std::uint64_t next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
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
    // `count` indices into the normal table, kNormalTableBits random bits
    // each, six per 64-bit output, written `stride` apart.
    void tableIndices(std::uint16_t* out, std::size_t count, std::size_t stride)
    {
        constexpr std::size_t kPerWord = 64 / kNormalTableBits;
        constexpr std::uint64_t kMask = kNormalTableSize - 1;
        std::size_t k = 0;
        static_assert(kPerWord == 6, "the unrolled loop below takes six indices per word");
        const auto index = [](std::uint64_t bits, unsigned slot) {
            return static_cast<std::uint16_t>((bits >> (slot * kNormalTableBits)) & kMask);
        };
        for (; k + kPerWord <= count; k += kPerWord) { // unrolled by hand: a hot loop
            const std::uint64_t bits = next();
            std::uint16_t* const first = out + k * stride;
            first[0] = index(bits, 0);
            first[stride] = index(bits, 1);
            first[2 * stride] = index(bits, 2);
            first[3 * stride] = index(bits, 3);
            first[4 * stride] = index(bits, 4);
            first[5 * stride] = index(bits, 5);
        }
        if (k < count) {
            const std::uint64_t bits = next();
            for (std::size_t j = 0; k + j < count; ++j)
                out[(k + j) * stride] =
                    static_cast<std::uint16_t>((bits >> (j * kNormalTableBits)) & kMask);
        }
    }

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
