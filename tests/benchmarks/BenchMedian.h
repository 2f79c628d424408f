#pragma once

// Median wall time of `runs` calls, in milliseconds. Catch2 v2 prints the
// mean; docs/performance.md reports medians, which shrug off the odd slow
// run on a shared machine.

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

namespace aisov::bench {

inline double medianMilliseconds(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace aisov::bench
