#pragma once

// Runs the core's Monte Carlo (aisov::Analysis::uncertainty) on a thread of
// its own pool, so that the window never waits for it. The run works on a
// copy of the analysis; the GUI thread only ever receives its progress and
// its result by queued calls. Starting again, cancelling or destroying the
// runner asks the run under way to stop (aisov::UncertaintyControl's stop
// token); a run that was superseded never delivers anything, so a result
// always belongs to the latest start. The destructor waits for the worker.

#include "aisov/Analysis.h"
#include "aisov/Uncertainty.h"

#include <QObject>
#include <QStringList>
#include <QThread>
#include <QThreadPool>

#include <cstdint>
#include <memory>
#include <stop_token>
#include <vector>

// The result of one finished run.
struct UncertaintyRun
{
    QStringList codes;                                // the profiles asked for, in order
    std::vector<aisov::UncertaintySummary> summaries; // parallel to codes
    int draws = 0;
    std::uint64_t seed = 0;
};

class UncertaintyRunner : public QObject
{
    Q_OBJECT

public:
    // The seed of every run; the command line's default too, so
    // `aisov-cli score --uncertainty N --codes ...` gives the same numbers.
    static constexpr std::uint64_t kSeed = 1;

    explicit UncertaintyRunner(QObject* parent = nullptr);
    ~UncertaintyRunner() override;

    // Stops any run under way and starts one on `analysis` (copied) for
    // `codes`, ranked among them. Unknown codes are skipped.
    void start(const aisov::Analysis& analysis, const QStringList& codes, int draws);
    // Asks the run under way to stop; it delivers nothing.
    void cancel();
    // A run was started and has neither finished nor been cancelled.
    bool isRunning() const { return m_running; }
    // A worker thread is still busy (a cancelled run winds down in milliseconds).
    bool isWorking() const;
    // Waits until no worker thread is busy.
    void waitForWorkers();

Q_SIGNALS:
    void started(int draws);
    // Draws computed so far of `total`.
    void progressChanged(int done, int total);
    void finished(const UncertaintyRun& run);
    void failed(const QString& reason);
    void cancelled();

private:
    struct Job;
    void runJob(const std::shared_ptr<Job>& job);
    void deliver(std::uint64_t generation, const std::shared_ptr<UncertaintyRun>& run);
    void deliverFailure(std::uint64_t generation, const QString& reason);
    void deliverProgress(std::uint64_t generation, int done, int total);
    void stopCurrent();

    QThreadPool m_pool;
    std::stop_source m_stop;
    // Which start a queued delivery belongs to; older ones are dropped.
    std::uint64_t m_generation = 0;
    bool m_running = false;
};
