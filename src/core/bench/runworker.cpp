// SPDX-License-Identifier: MIT
#include "bench/runworker.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include "bench/model_export.h"
#include "bench/progress.h"
#include "results/journal.h"
#include "roofline/machinecache.h"

namespace ob {
namespace {

// Emits the worker's signals; `first` (the journal) sees every event before the signal goes out.
class SignalObserver : public RunObserver {
public:
    SignalObserver(RunWorker& worker, int runId, RunObserver& first) : m_worker(worker), m_runId(runId), m_first(first)
    {
    }
    void runStarted(const RunResult& header) override
    {
        m_first.runStarted(header);
        Q_EMIT m_worker.runStarted(m_runId, header);
    }
    void progress(const RunProgress& p) override
    {
        m_first.progress(p);
        Q_EMIT m_worker.progress(m_runId, p);
    }
    void methodPrepared(const MethodResult& r) override
    {
        m_first.methodPrepared(r);
        Q_EMIT m_worker.methodPrepared(m_runId, r);
    }
    void samplesAdded(const QString& method, int batch, const std::vector<double>& samples) override
    {
        m_first.samplesAdded(method, batch, samples);
        Q_EMIT m_worker.samplesAdded(m_runId, method, batch, samples);
    }
    void batchFinished(const QString& method, const BatchResult& r) override
    {
        m_first.batchFinished(method, r);
        Q_EMIT m_worker.batchFinished(m_runId, method, r);
    }
    void methodFinished(const MethodResult& r) override
    {
        m_first.methodFinished(r);
        Q_EMIT m_worker.methodFinished(m_runId, r);
    }
    void runFinished(const RunResult& r) override { m_first.runFinished(r); }  // RunWorker emits runFinished

private:
    RunWorker& m_worker;
    int m_runId;
    RunObserver& m_first;
};

}  // namespace

void registerResultMetaTypes()
{
    qRegisterMetaType<ob::RunProgress>("ob::RunProgress");
    qRegisterMetaType<ob::MethodResult>("ob::MethodResult");
    qRegisterMetaType<ob::BatchResult>("ob::BatchResult");
    qRegisterMetaType<ob::RunResult>("ob::RunResult");
    qRegisterMetaType<std::vector<double>>("std::vector<double>");
    qRegisterMetaType<ob::StepResult>("ob::StepResult");
    qRegisterMetaType<ob::MachineRoofs>("ob::MachineRoofs");
}

RunWorker::RunWorker(QObject* parent) : QObject(parent)
{
    registerResultMetaTypes();
    m_journal.directory = defaultJournalDirectory();
    m_thread.setObjectName(QStringLiteral("optibench-bench"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

RunWorker::~RunWorker()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

int RunWorker::start(const RunConfig& config)
{
    if (m_running)
        cancel();
    const int id = ++m_runId;
    m_running = true;
    QMetaObject::invokeMethod(
        m_context, [this, id, config, journal = m_journal] { execute(id, config, journal); }, Qt::QueuedConnection);
    return id;
}

int RunWorker::queueJob(std::function<void(int id)> job)
{
    const int id = ++m_runId;
    m_running = true;
    QMetaObject::invokeMethod(
        m_context,
        [this, id, job = std::move(job)] {
            m_cancel = id <= m_cancelledThrough;
            m_running = true;
            job(id);  // sets m_running before its last signal, as execute() does
        },
        Qt::QueuedConnection);
    return id;
}

int RunWorker::exportModel(const RunConfig& config, const QString& method, const QString& path)
{
    return queueJob([this, config, method, path](int id) {
        const StepResult result = exportMethod(config, method, path, &m_cancel);
        m_running = id != m_runId;  // a newer job is queued behind this one
        Q_EMIT modelExported(id, result);
    });
}

int RunWorker::measureMachine()
{
    return queueJob([this](int id) {
        MachineRoofs roofs;
        QString error;
        try {
            roofs = roofline::measureRoofs(
                [&](const QString& stage, double f) { Q_EMIT progress(id, rooflineProgress(stage, f)); }, &m_cancel);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        m_running = id != m_runId;
        Q_EMIT machineMeasured(id, roofs, error);
    });
}

bool RunWorker::cancelAndWait(int timeoutMs)
{
    cancel();
    QElapsedTimer timer;
    timer.start();
    while (m_running) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(5);
    }
    return true;
}

void RunWorker::setJournalDirectory(const QString& directory, int keep)
{
    m_journal.directory = directory;
    m_journal.keep = keep;
}

void RunWorker::setJournalFile(const QString& path)
{
    m_journal.file = path;
}

void RunWorker::cancel()
{
    m_cancelledThrough = m_runId.load();
    m_cancel = true;
}

void RunWorker::execute(int runId, const RunConfig& config, const JournalTarget& journal)
{
    m_cancel = runId <= m_cancelledThrough;  // cancelled before it began
    m_running = true;
    const QString journalPath = !journal.file.isEmpty() ? journal.file
        : journal.directory.isEmpty()                     ? QString()
                                                          : newJournalPath(journal.directory);
    std::unique_ptr<RunObserver> first = journalPath.isEmpty() ? std::make_unique<RunObserver>()
                                                               : std::make_unique<RunJournal>(journalPath);
    SignalObserver observer(*this, runId, *first);
    BenchmarkRunner runner(config);
    const RunResult result = runner.run(observer, m_cancel);
    if (auto* j = dynamic_cast<RunJournal*>(first.get()); j && !j->errorString().isEmpty())
        Q_EMIT journalFailed(runId, j->errorString());
    if (journal.file.isEmpty() && !journal.directory.isEmpty())
        removeFinishedJournals(journal.directory, journal.keep);
    m_running = runId != m_runId;  // a newer run is queued behind this one
    Q_EMIT runFinished(runId, result);
}

}  // namespace ob
