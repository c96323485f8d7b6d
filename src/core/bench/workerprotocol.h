// SPDX-License-Identifier: MIT
#pragma once
// The protocol between the supervisor (bench/supervisor.h) and the optibench-worker process: one JSON object per
// line in both directions. The supervisor writes a job line on the worker's stdin (then "cancel" lines); the worker
// writes one event line per RunObserver event on its stdout. docs/worker.md documents every key.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

#include "bench/runner.h"
#include "config/runconfig.h"
#include "optibench/engine/types.h"
#include "results/runresult.h"

namespace ob::worker {

inline constexpr int kProtocolVersion = 1;

/// Event names (the "event" key of a worker line).
namespace event {
inline constexpr char kHello[] = "hello";                  // first line: pid, protocol, limits in force
inline constexpr char kModelFile[] = "model_file";          // what the inspection of the model file found
inline constexpr char kInspected[] = "inspected";           // the answer to an inspect job (then the worker exits)
inline constexpr char kRunStarted[] = "run_started";
inline constexpr char kProgress[] = "progress";
inline constexpr char kActivity[] = "activity";             // what the benchmark thread begins: names a hang or crash
inline constexpr char kMethodPrepared[] = "method_prepared";
inline constexpr char kMethodChanged[] = "method_changed";  // failed or flagged while a batch size was measured
inline constexpr char kSamplesAdded[] = "samples_added";
inline constexpr char kBatchFinished[] = "batch_finished";
inline constexpr char kProfile[] = "profile";                // --profile: a method's profile, after its timing
inline constexpr char kTimeout[] = "timeout";               // a call ran past its limit (then the worker exits)
inline constexpr char kAlive[] = "alive";                   // heartbeat after a second without other lines
inline constexpr char kRunFinished[] = "run_finished";      // the job is done (then the worker exits)
inline constexpr char kError[] = "error";                   // the job line could not be read (then exit 2)
}  // namespace event

/// The worker's exit status after it reported a timeout.
inline constexpr int kTimeoutExitCode = 3;
/// ... after a job it could not read.
inline constexpr int kBadJobExitCode = 2;

/// The job line of a run job: the run's configuration and the part of it to run.
QJsonObject runJobToJson(const RunConfig& config, const RunJob& job);
/// The job line of an inspect job: load and probe the model file of `config`.
QJsonObject inspectJobToJson(const RunConfig& config);

/// A job line, read.
struct Job {
    enum class Kind { Run, Inspect } kind = Kind::Run;
    RunConfig config;
    RunJob run;
};
/// Reads a job line; nullopt and `error` when it is not one.
std::optional<Job> jobFromJson(const QByteArray& line, QString* error);

QJsonObject progressToJson(const RunProgress& progress);
RunProgress progressFromJson(const QJsonObject& object);

/// Every field of a ModelFileInfo (engine/types.h), for the inspect job and the model_file event.
QJsonObject modelFileInfoToJson(const engine::ModelFileInfo& info);
engine::ModelFileInfo modelFileInfoFromJson(const QJsonObject& object);

/// One line: the compact JSON of `object` and a newline.
QByteArray line(const QJsonObject& object);
/// An event line's object: {"event": name, ...fields}.
QJsonObject eventObject(const char* name, QJsonObject fields = {});

}  // namespace ob::worker
