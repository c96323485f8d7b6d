// SPDX-License-Identifier: MIT
#include "bench/runworker.h"

#include <QMetaObject>

namespace ob {
namespace {

class SignalObserver : public RunObserver {
public:
    SignalObserver(RunWorker& worker, int runId) : m_worker(worker), m_runId(runId) {}
    void runStarted(const RunResult& header) override { Q_EMIT m_worker.runStarted(m_runId, header); }
    void progress(const RunProgress& p) override { Q_EMIT m_worker.progress(m_runId, p); }
    void methodPrepared(const MethodResult& r) override { Q_EMIT m_worker.methodPrepared(m_runId, r); }
    void samplesAdded(const QString& method, int batch, const std::vector<double>& samples) override
    {
        Q_EMIT m_worker.samplesAdded(m_runId, method, batch, samples);
    }
    void batchFinished(const QString& method, const BatchResult& r) override
    {
        Q_EMIT m_worker.batchFinished(m_runId, method, r);
    }
    void methodFinished(const MethodResult& r) override { Q_EMIT m_worker.methodFinished(m_runId, r); }

private:
    RunWorker& m_worker;
    int m_runId;
};

}  // namespace

void registerResultMetaTypes()
{
    qRegisterMetaType<ob::RunProgress>("ob::RunProgress");
    qRegisterMetaType<ob::MethodResult>("ob::MethodResult");
    qRegisterMetaType<ob::BatchResult>("ob::BatchResult");
    qRegisterMetaType<ob::RunResult>("ob::RunResult");
    qRegisterMetaType<std::vector<double>>("std::vector<double>");
}

RunWorker::RunWorker(QObject* parent) : QObject(parent)
{
    registerResultMetaTypes();
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
    QMetaObject::invokeMethod(m_context, [this, id, config] { execute(id, config); }, Qt::QueuedConnection);
    return id;
}

void RunWorker::cancel()
{
    m_cancelledThrough = m_runId.load();
    m_cancel = true;
}

void RunWorker::execute(int runId, const RunConfig& config)
{
    m_cancel = runId <= m_cancelledThrough;  // cancelled before it began
    m_running = true;
    SignalObserver observer(*this, runId);
    BenchmarkRunner runner(config);
    const RunResult result = runner.run(observer, m_cancel);
    m_running = runId != m_runId;  // a newer run is queued behind this one
    Q_EMIT runFinished(runId, result);
}

}  // namespace ob
