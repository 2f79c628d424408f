#include "ParallelRunner.h"

#include "aisov/Cancelled.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <optional>
#include <thread>
#include <vector>

namespace aisov::detail {

ProgressReporter::ProgressReporter(std::function<void(int done, int total)> report,
                                   std::size_t total)
    : m_report(std::move(report))
    , m_total(total)
{}

void ProgressReporter::finished(std::size_t items)
{
    if (!m_report || m_total == 0)
        return;
    const std::lock_guard lock(m_mutex);
    m_done += items;
    const std::size_t step = m_done * kSteps / m_total; // kSteps only when all are done
    if (step <= m_reportedStep)
        return;
    m_reportedStep = step;
    m_report(static_cast<int>(m_done), static_cast<int>(m_total));
}

namespace {

// What the threads of one run share besides the work.
class SharedRun
{
public:
    SharedRun(std::size_t count, std::size_t chunk, const ParallelControl& control)
        : m_count(count)
        , m_chunk(chunk)
        , m_control(control)
    {}

    // Begin of the next chunk to compute, or nothing when the thread should
    // stop: all claimed, a failure elsewhere, or a stop request.
    std::optional<std::size_t> claim()
    {
        if (m_failed.load(std::memory_order_relaxed))
            return std::nullopt;
        if (m_control.stop.stop_requested()) {
            m_cancelled.store(true, std::memory_order_relaxed);
            return std::nullopt;
        }
        const std::size_t begin = m_next.fetch_add(m_chunk, std::memory_order_relaxed);
        if (begin >= m_count)
            return std::nullopt;
        return begin;
    }

    void runThread(std::size_t thread, const ChunkWork& work)
    {
        try {
            while (const auto begin = claim()) {
                const std::size_t end = std::min(m_count, *begin + m_chunk);
                work(thread, *begin, end);
                if (m_control.progress != nullptr)
                    m_control.progress->finished(end - *begin);
            }
        } catch (...) {
            fail(std::current_exception());
        }
    }

    void fail(std::exception_ptr error)
    {
        const std::lock_guard lock(m_errorMutex);
        if (!m_error)
            m_error = std::move(error);
        m_failed.store(true, std::memory_order_relaxed);
    }

    // After every thread joined: the first failure, else Cancelled if a
    // thread stopped on request before the work was done.
    void rethrow() const
    {
        if (m_error)
            std::rethrow_exception(m_error);
        if (m_cancelled.load(std::memory_order_relaxed) &&
            m_next.load(std::memory_order_relaxed) < m_count)
            throw Cancelled();
    }

private:
    std::size_t m_count;
    std::size_t m_chunk;
    const ParallelControl& m_control;
    std::atomic<std::size_t> m_next{0};
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_cancelled{false};
    std::mutex m_errorMutex;
    std::exception_ptr m_error; // guarded by m_errorMutex
};

} // namespace

void runInParallel(int threads, std::size_t count, std::size_t chunk, const ChunkWork& work,
                   const ParallelControl& control)
{
    const auto threadCount = static_cast<std::size_t>(std::max(1, threads));
    SharedRun run(count, std::max<std::size_t>(1, chunk), control);
    {
        // jthread: joined on every path, also when starting a thread throws.
        std::vector<std::jthread> workers;
        try {
            workers.reserve(threadCount - 1);
            for (std::size_t t = 1; t < threadCount; ++t)
                workers.emplace_back([&run, &work, t] { run.runThread(t, work); });
        } catch (...) {
            run.fail(std::current_exception());
        }
        run.runThread(0, work);
    }
    run.rethrow();
}

} // namespace aisov::detail
