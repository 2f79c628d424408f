#include "UncertaintyRunner.h"

#include "AppStrings.h"

#include "aisov/Cancelled.h"

#include <algorithm>

struct UncertaintyRunner::Job
{
    aisov::Analysis analysis; // a copy: the Session may change its own meanwhile
    QStringList codes;
    aisov::UncertaintyOptions options;
    std::stop_token stop;
    std::uint64_t generation = 0;
};

UncertaintyRunner::UncertaintyRunner(QObject* parent)
    : QObject(parent)
{
    // One run at a time: a superseded run stops within milliseconds and the
    // next one starts right after it, instead of both sharing the cores.
    m_pool.setMaxThreadCount(1);
}

UncertaintyRunner::~UncertaintyRunner()
{
    stopCurrent();
    // The jobs post to this object: none may outlive it.
    m_pool.waitForDone();
}

bool UncertaintyRunner::isWorking() const
{
    return m_pool.activeThreadCount() > 0;
}

void UncertaintyRunner::waitForWorkers()
{
    m_pool.waitForDone();
}

void UncertaintyRunner::stopCurrent()
{
    m_stop.request_stop();
    m_stop = std::stop_source();
    ++m_generation;
    m_running = false;
}

void UncertaintyRunner::start(const aisov::Analysis& analysis, const QStringList& codes, int draws)
{
    stopCurrent();
    auto job = std::make_shared<Job>(Job{analysis, {}, {}, m_stop.get_token(), m_generation});
    for (const QString& code : codes)
        if (analysis.indexOf(app::toStdString(code)))
            job->codes.append(code);
    job->options.draws = draws;
    job->options.seed = kSeed;
    // Leave a core to the window: it must stay responsive while this runs.
    job->options.threads = std::max(1, QThread::idealThreadCount() - 1);
    m_running = true;
    Q_EMIT started(draws);
    m_pool.start([this, job] { runJob(job); });
}

void UncertaintyRunner::cancel()
{
    if (!m_running)
        return;
    stopCurrent();
    Q_EMIT cancelled();
}

// On the worker thread: everything it hands to the window goes by queued call.
void UncertaintyRunner::runJob(const std::shared_ptr<Job>& job)
{
    const std::uint64_t generation = job->generation;
    aisov::UncertaintyControl control;
    control.stop = job->stop;
    control.progress = [this, generation](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, generation, done, total] { deliverProgress(generation, done, total); },
            Qt::QueuedConnection);
    };
    std::vector<std::string> rankAmong;
    for (const QString& code : job->codes)
        rankAmong.push_back(app::toStdString(code));
    try {
        const auto all = job->analysis.uncertainty(job->options, rankAmong, control);
        auto run = std::make_shared<UncertaintyRun>();
        run->codes = job->codes;
        run->draws = job->options.draws;
        run->seed = job->options.seed;
        for (const std::string& code : rankAmong)
            run->summaries.push_back(all[*job->analysis.indexOf(code)]);
        QMetaObject::invokeMethod(
            this, [this, generation, run] { deliver(generation, run); }, Qt::QueuedConnection);
    } catch (const aisov::Cancelled&) {
        // Asked for by a newer start or a cancel: nothing to deliver.
    } catch (const std::exception& error) {
        const QString reason = QString::fromUtf8(error.what());
        QMetaObject::invokeMethod(
            this, [this, generation, reason] { deliverFailure(generation, reason); },
            Qt::QueuedConnection);
    }
}

void UncertaintyRunner::deliverProgress(std::uint64_t generation, int done, int total)
{
    if (generation == m_generation && m_running)
        Q_EMIT progressChanged(done, total);
}

void UncertaintyRunner::deliver(std::uint64_t generation,
                                const std::shared_ptr<UncertaintyRun>& run)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    Q_EMIT finished(*run);
}

void UncertaintyRunner::deliverFailure(std::uint64_t generation, const QString& reason)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    Q_EMIT failed(reason);
}
