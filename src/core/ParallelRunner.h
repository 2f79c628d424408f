#pragma once

// Internal to aisov_core: the worker threads of the Monte Carlo draws and
// of their percentiles (Uncertainty.cpp), with progress, cooperative
// cancellation and exceptions carried back to the caller.

#include <cstddef>
#include <functional>
#include <mutex>
#include <stop_token>

namespace aisov::detail {

// Turns finished items into at most kSteps calls of `report(done, total)`:
// one each time `done` crosses another 1/kSteps of `total`, the last with
// done == total. Calls never overlap (a mutex) and `done` grows
// strictly from one call to the next, whichever thread finishes first.
class ProgressReporter
{
public:
    static constexpr std::size_t kSteps = 100;

    ProgressReporter(std::function<void(int done, int total)> report, std::size_t total);
    // Called by the thread that finished `items` items; may call `report`.
    void finished(std::size_t items);

private:
    std::function<void(int done, int total)> m_report;
    std::size_t m_total;
    std::mutex m_mutex;
    std::size_t m_done = 0;         // guarded by m_mutex
    std::size_t m_reportedStep = 0; // guarded by m_mutex
};

// What a parallel run reports to and takes orders from.
struct ParallelControl
{
    // Checked each time a thread is about to claim its next chunk.
    std::stop_token stop;
    // Told of every finished chunk (may be null).
    ProgressReporter* progress = nullptr;
};

using ChunkWork = std::function<void(std::size_t thread, std::size_t begin, std::size_t end)>;

// Runs work(thread, begin, end) over [0, count) on `threads` threads (the
// calling thread is one of them). Threads take chunks of `chunk` items from
// a shared counter as they finish the previous one, so on a machine shared
// with other work a thread that gets less CPU simply takes fewer chunks
// instead of holding everyone up at the end.
//
// The first exception thrown by `work` or by the progress report, on any
// thread, stops the other threads at their next chunk and is rethrown here
// once all have joined. When `control.stop` is requested before every chunk
// was claimed, the threads stop at their next chunk and this throws
// aisov::Cancelled: the caller waits at most for the chunks under way.
void runInParallel(int threads, std::size_t count, std::size_t chunk, const ChunkWork& work,
                   const ParallelControl& control = {});

} // namespace aisov::detail
