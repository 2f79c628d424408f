#pragma once

// Internal to aisov_core: arithmetic on four doubles at once for the Monte
// Carlo draws (Uncertainty.cpp), and the logarithm and exponential of the
// geometric aggregation, which the deterministic scorer shares
// (aggregationLog, aggregationExp in aisov/Scoring.h), so that a draw with
// nothing perturbed still gives the score bit for bit.
//
// LaneDoubles is GCC's vector extension: one AVX2 register where the code
// is compiled for AVX2, two SSE2 registers otherwise. Every operation here
// is an IEEE operation lane by lane (no fused multiply-add, no
// approximate instruction), so both builds give the same bits.
//
// logLanes and expLanes are fdlibm's algorithms (Sun Microsystems, 1993;
// e_log.c and e_exp.c, also in FreeBSD's msun), written without branches
// so that four lanes go through them together: error below one ulp. A
// vector is passed by value between always-inlined functions only, so the
// calling convention GCC warns about (-Wpsabi) never meets other code.

#include <bit>
#include <cstdint>
#include <cstring>

namespace aisov::detail {

constexpr std::size_t kLanes = 4;

using LaneDoubles = double __attribute__((vector_size(kLanes * sizeof(double))));
using LaneInts = std::int64_t __attribute__((vector_size(kLanes * sizeof(double))));
using LaneBits = std::uint64_t __attribute__((vector_size(kLanes * sizeof(double))));

// Defined where the draws are also compiled for AVX2 (Uncertainty.cpp,
// runBlock): GCC on x86-64. Clang 14 (the fuzz build) refuses a vector
// passed between an AVX2 function and a helper without AVX2 even when the
// helper is always inlined, so under clang only the portable version is
// built: the same bits, only slower.
#if defined(__x86_64__) && !defined(__clang__)
#define AISOV_AVX2_LANES 1
#endif

// Lane data lives in plain arrays, read and written unaligned: the vector
// type's alignment differs between the AVX2 and the default build, so no
// container holds it.
[[gnu::always_inline]] inline LaneDoubles loadLanes(const double* first)
{
    LaneDoubles lanes;
    std::memcpy(&lanes, first, sizeof lanes);
    return lanes;
}

[[gnu::always_inline]] inline void storeLanes(double* first, LaneDoubles lanes)
{
    std::memcpy(first, &lanes, sizeof lanes);
}

[[gnu::always_inline]] inline LaneDoubles broadcast(double value)
{
    static_assert(kLanes == 4, "one element per lane below");
    return LaneDoubles{value, value, value, value};
}

// mask ? a : b lane by lane; mask lanes are all ones or all zeros (a comparison).
[[gnu::always_inline]] inline LaneDoubles select(LaneInts mask, LaneDoubles a, LaneDoubles b)
{
    return mask ? a : b;
}

// std::clamp(x, 0.0, 1.0) lane by lane: x < 0 ? 0 : 1 < x ? 1 : x.
[[gnu::always_inline]] inline LaneDoubles clampToUnit(LaneDoubles x)
{
    const LaneDoubles zero{};
    const LaneDoubles one = broadcast(1.0);
    x = select(one < x, one, x);
    return select(x < zero, zero, x);
}

// Integers of magnitude below 2^51 to double and back, exactly: adding
// 1.5 * 2^52 puts the integer in the low mantissa bits (AVX2 has no
// conversion between 64-bit integers and doubles).
constexpr double kIntegerMagic = 6755399441055744.0; // 1.5 * 2^52

[[gnu::always_inline]] inline LaneDoubles integersToDoubles(LaneInts k)
{
    return std::bit_cast<LaneDoubles>(k + std::bit_cast<std::int64_t>(kIntegerMagic)) -
           kIntegerMagic;
}

// Natural logarithm of positive, finite lanes (fdlibm e_log.c). Lanes that
// are zero, negative, infinite or NaN give unspecified values: callers
// select them away.
[[gnu::always_inline]] inline LaneDoubles logLanes(LaneDoubles x)
{
    constexpr double ln2Hi = 6.93147180369123816490e-01; // 3fe62e42 fee00000
    constexpr double ln2Lo = 1.90821492927058770002e-10; // 3dea39ef 35793c76
    constexpr double lg1 = 6.666666666666735130e-01;
    constexpr double lg2 = 3.999999999940941908e-01;
    constexpr double lg3 = 2.857142874366239149e-01;
    constexpr double lg4 = 2.222219843214978396e-01;
    constexpr double lg5 = 1.818357216161805012e-01;
    constexpr double lg6 = 1.531383769920937332e-01;
    constexpr double lg7 = 1.479819860511658591e-01;
    constexpr double twoTo54 = 18014398509481984.0;
    constexpr double smallestNormal = 2.2250738585072014e-308;

    // Subnormal lanes: scale into the normal range first.
    const LaneInts subnormal = x < smallestNormal;
    x = select(subnormal, x * twoTo54, x);
    LaneInts k = subnormal & -54;

    // x = 2^k * m with m in [sqrt(2)/2, sqrt(2)): fdlibm's bit trick on the
    // high word hx, done on the whole 64-bit pattern.
    // Unsigned, so that the shifts are logical (AVX2 has no 64-bit
    // arithmetic shift).
    const auto bits = std::bit_cast<LaneBits>(x);
    const LaneBits hx = bits >> 32;
    const LaneBits mantissaHigh = hx & 0x000fffff;
    const LaneBits i = (mantissaHigh + 0x95f64) & 0x100000;
    k += std::bit_cast<LaneInts>((hx >> 20) + (i >> 20)) - 1023;
    const LaneBits mBits = ((mantissaHigh | (i ^ 0x3ff00000)) << 32) | (bits & 0xffffffff);
    const LaneDoubles f = std::bit_cast<LaneDoubles>(mBits) - 1.0;

    const LaneDoubles s = f / (2.0 + f);
    const LaneDoubles dk = integersToDoubles(k);
    const LaneDoubles z = s * s;
    const LaneDoubles w = z * z;
    const LaneDoubles t1 = w * (lg2 + w * (lg4 + w * lg6));
    const LaneDoubles t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)));
    const LaneDoubles r = t2 + t1;
    const LaneDoubles hfsq = 0.5 * f * f;
    return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f);
}

// e^x lane by lane (fdlibm e_exp.c) for finite x; below about -745 it is
// 0, above 709 it is not meant to be used (the aggregation's exponent is
// at most a rounding error above 0).
[[gnu::always_inline]] inline LaneDoubles expLanes(LaneDoubles x)
{
    constexpr double ln2Hi = 6.93147180369123816490e-01;
    constexpr double ln2Lo = 1.90821492927058770002e-10;
    constexpr double invLn2 = 1.44269504088896338700e+00;
    constexpr double p1 = 1.66666666666666019037e-01;
    constexpr double p2 = -2.77777777770155933842e-03;
    constexpr double p3 = 6.61375632143793436117e-05;
    constexpr double p4 = -1.65339022054652515390e-06;
    constexpr double p5 = 4.13813679705723846039e-08;
    constexpr double twoToMinus1000 = 9.3326361850321887899e-302;

    const LaneDoubles lowest = broadcast(-750.0); // e^-750 is 0 in double
    const LaneDoubles highest = broadcast(709.0);
    x = select(x < lowest, lowest, x);
    x = select(highest < x, highest, x);

    // x = k ln2 + r, |r| <= ln2 / 2, k = x / ln2 rounded to nearest.
    const LaneDoubles shifted = x * invLn2 + kIntegerMagic;
    const LaneInts k =
        std::bit_cast<LaneInts>(shifted) - std::bit_cast<std::int64_t>(kIntegerMagic);
    const LaneDoubles dk = shifted - kIntegerMagic;
    const LaneDoubles hi = x - dk * ln2Hi;
    const LaneDoubles lo = dk * ln2Lo;
    const LaneDoubles r = hi - lo;
    const LaneDoubles t = r * r;
    const LaneDoubles c = r - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))));
    const LaneDoubles y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);

    // y * 2^k; below 2^-1000 in two steps, so that subnormal results round once.
    const LaneInts tiny = k < -1000;
    const LaneInts kScaled = k + (tiny & 1000);
    const auto scale = std::bit_cast<LaneDoubles>((kScaled + 1023) << 52);
    return select(tiny, (y * scale) * twoToMinus1000, y * scale);
}

} // namespace aisov::detail
