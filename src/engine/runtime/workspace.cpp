// SPDX-License-Identifier: MIT
// The workspace: builds the base model once and prepares methods (pipelines of strategies) from it.

#include <torch/script.h>
#include <torch/torch.h>

#include <chrono>
#include <sstream>

#include "models/model_factory.h"
#include "models/model_file_outputs.h"
#include "models/script_file_model.h"
#include "optibench/engine/engine.h"
#include "profile/op_profiler.h"
#include "runtime/errors.h"
#include "runtime/strategy.h"

namespace ob::engine {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

std::vector<std::string> splitPipeline(const std::string& method)
{
    std::vector<std::string> steps;
    std::stringstream ss(method);
    std::string part;
    while (std::getline(ss, part, '+'))
        steps.push_back(part);
    return steps;
}

constexpr std::uint64_t kFileBenchStream = 0x62656e6368ULL;  // "bench"
constexpr std::uint64_t kFileEvalStream = 0x6576616cULL;     // "eval"

/// The arguments a model file with its own inputs runs on, made once and shared by every method of a workspace:
/// one set per batch size for the measurement, and the evaluation chunks every method is compared on.
class FileInputs {
public:
    FileInputs(const ScriptFileModel& model, std::uint64_t seed) : m_model(model), m_seed(seed)
    {
        const auto& info = model.info();
        m_example = model.arguments(1, seed ^ kFileBenchStream);
        m_context = std::make_unique<ModelFileContext>(ModelFileContext{info, m_example});
        // Batched models are compared on chunks of 8 rows, as many as fit in about 0.3 s (2 to 16).
        const int chunkRows = info.batched ? 8 : 1;
        const double perChunk = std::max(1e-6, model.probeSeconds() * chunkRows);
        const int chunks = info.batched ? std::clamp(static_cast<int>(0.3 / perChunk), 2, 16) : 1;
        for (int i = 0; i < chunks; ++i)
            m_eval.push_back(model.arguments(chunkRows, (seed ^ kFileEvalStream) + static_cast<std::uint64_t>(i)));
    }

    const std::vector<c10::IValue>& forBatch(int batch)
    {
        auto it = m_byBatch.find(batch);
        if (it == m_byBatch.end())
            it = m_byBatch.emplace(batch, m_model.arguments(batch, m_seed ^ kFileBenchStream)).first;
        return it->second;
    }
    const std::vector<std::vector<c10::IValue>>& evaluation() const { return m_eval; }
    const std::vector<c10::IValue>& example() const { return m_example; }
    const ModelFileContext* context() const { return m_context.get(); }

private:
    const ScriptFileModel& m_model;
    std::uint64_t m_seed;
    std::vector<c10::IValue> m_example;
    std::unique_ptr<ModelFileContext> m_context;
    std::map<int, std::vector<c10::IValue>> m_byBatch;
    std::vector<std::vector<c10::IValue>> m_eval;
};

class PreparedMethodImpl : public PreparedMethod {
public:
    PreparedMethodImpl(std::string method, const ModelSpec& spec, FileInputs* file)
        : m_method(std::move(method)), m_spec(spec), m_file(file)
    {
    }

    const std::string& method() const override { return m_method; }
    bool ok() const override { return m_model != nullptr; }
    const std::vector<StepReport>& steps() const override { return m_steps; }
    double setupMs() const override { return m_setupMs; }
    std::int64_t weightBytes() const override { return m_model ? m_model->weightBytes() : -1; }

    void forward(const float* input, int batch) override
    {
        requireModel();
        if (m_file) {
            const auto& args = m_file->forBatch(batch);
            c10::InferenceMode guard;
            try {
                (void)m_model->call(args);
            } catch (const std::exception& e) {
                throw std::runtime_error(errorText(e));
            }
            return;
        }
        if (m_raw) {  // no at::Tensor on this path
            m_rawScores.resize(static_cast<size_t>(batch) * static_cast<size_t>(m_spec.outputs));
            m_model->forwardRaw(input, batch, m_rawScores.data());
            return;
        }
        c10::InferenceMode guard;
        try {
            const auto x = torch::from_blob(const_cast<float*>(input), {batch, m_spec.inputs}, torch::kFloat);
            const auto out = m_model->forward(x);
            (void)out;
        } catch (const std::exception& e) {
            throw std::runtime_error(errorText(e));
        }
    }

    void evaluate(const float* input, int n, std::vector<float>& scores) override
    {
        requireModel();
        c10::InferenceMode guard;
        if (m_file) {  // every value of its outputs at batch n, on the inputs the measurement uses
            scores.clear();
            try {
                for (const auto& leaf : outputLeaves(m_model->call(m_file->forBatch(n)), /*values=*/true))
                    scores.insert(scores.end(), leaf.values.begin(), leaf.values.end());
            } catch (const std::exception& e) {
                throw std::runtime_error(errorText(e));
            }
            return;
        }
        scores.assign(static_cast<size_t>(n) * static_cast<size_t>(m_spec.outputs), 0.0f);
        constexpr int kChunk = 256;
        try {
            for (int row = 0; row < n; row += kChunk) {
                const int rows = std::min(kChunk, n - row);
                float* dst = scores.data() + static_cast<std::ptrdiff_t>(row) * m_spec.outputs;
                if (m_raw) {
                    m_model->forwardRaw(input + static_cast<size_t>(row) * m_spec.inputs, rows, dst);
                    continue;
                }
                const auto x = torch::from_blob(const_cast<float*>(input + static_cast<size_t>(row) * m_spec.inputs),
                                                {rows, m_spec.inputs}, torch::kFloat);
                const auto s = scoresOf(m_model->forward(x)).to(torch::kFloat).contiguous();
                if (s.dim() != 2 || s.size(0) != rows || s.size(1) != m_spec.outputs)
                    throw std::runtime_error("reasoning_scores has shape " + c10::str(s.sizes()) + ", expected ["
                                             + std::to_string(rows) + ", " + std::to_string(m_spec.outputs) + "]");
                std::copy(s.data_ptr<float>(), s.data_ptr<float>() + s.numel(), dst);
            }
        } catch (const std::exception& e) {
            throw std::runtime_error(errorText(e));
        }
    }

    std::vector<OutputLeaf> evaluateOutputs() override
    {
        requireModel();
        if (!m_file)
            return PreparedMethod::evaluateOutputs();
        c10::InferenceMode guard;
        std::vector<OutputLeaf> leaves;
        try {
            for (const auto& args : m_file->evaluation())
                appendRows(leaves, outputLeaves(m_model->call(args), /*values=*/true));
        } catch (const std::exception& e) {
            throw std::runtime_error(errorText(e));
        }
        return leaves;
    }

    void saveTorchScript(const std::string& path) const override
    {
        requireModel();
        const auto* module = m_model->scriptModule();
        if (!module)
            throw std::runtime_error("method " + m_method + " has no TorchScript form (" + m_model->kind()
                                     + "); add a JIT step such as jit_script");
        try {
            module->save(path);
        } catch (const std::exception& e) {
            throw std::runtime_error(errorText(e));
        }
    }

    MethodProfile profile(const float* input, int batch, const ProfileOptions& options) override
    {
        requireModel();
        return profileForwards([&] { forward(input, batch); }, *m_model, batch, options);
    }

    void run(RunnablePtr base, const EngineSettings& settings, const PrepareContext& ctx)
    {
        const auto& registry = StrategyRegistry::instance();
        RunnablePtr model = std::move(base);
        const auto ids = splitPipeline(m_method);
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const Strategy* strategy = registry.find(ids[i]);
            StepReport report;
            report.strategy = ids[i];
            if (!strategy) {
                report.status = StepStatus::Failed;
                report.error = "unknown strategy '" + ids[i] + "'";
                m_steps.push_back(report);
                return;
            }
            StepInput in{m_spec, settings, model, m_method, i, ctx.cancel, ctx.progress,
                         m_file ? m_file->context() : nullptr};
            const auto t0 = Clock::now();
            StepOutput out;
            const std::string notForFiles = m_file ? strategy->info().notForModelFiles : std::string();
            try {
                if (in.cancelled())
                    throw StepCancelled();
                out = notForFiles.empty() ? strategy->apply(in) : stepNotApplicable(notForFiles);
            } catch (const std::exception& e) {
                out = stepFailed(errorText(e));
            }
            out.report.strategy = ids[i];
            out.report.setupMs = msSince(t0);
            m_setupMs += out.report.setupMs;
            m_steps.push_back(out.report);
            if (out.report.status == StepStatus::Failed || !out.model)
                return;
            model = out.model;
        }
        firstCall(model);
    }

private:
    void requireModel() const
    {
        if (!m_model)
            throw std::runtime_error("method " + m_method + " failed to prepare and cannot run");
    }

    // The first call often compiles or packs lazily: it counts as setup, never as latency.
    void firstCall(const RunnablePtr& model)
    {
        StepReport report;
        report.strategy = "first_call";
        const auto t0 = Clock::now();
        try {
            c10::InferenceMode guard;
            if (m_file) {
                (void)model->call(m_file->example());
                m_model = model;
                report.setupMs = msSince(t0);
                m_setupMs += report.setupMs;
                m_steps.push_back(report);
                return;
            }
            (void)model->forward(torch::zeros({1, m_spec.inputs}));
            const std::vector<float> zeros(static_cast<size_t>(m_spec.inputs), 0.0f);
            m_rawScores.resize(static_cast<size_t>(m_spec.outputs));
            m_raw = model->forwardRaw(zeros.data(), 1, m_rawScores.data());
            m_model = model;
        } catch (const std::exception& e) {
            report.status = StepStatus::Failed;
            report.error = errorText(e);
        }
        report.setupMs = msSince(t0);
        m_setupMs += report.setupMs;
        m_steps.push_back(report);
    }

    std::string m_method;
    ModelSpec m_spec;
    RunnablePtr m_model;
    std::vector<StepReport> m_steps;
    double m_setupMs = 0;
    FileInputs* m_file = nullptr;  // a model file with its own inputs
    bool m_raw = false;  // the model has a forwardRaw path
    std::vector<float> m_rawScores;
};

class WorkspaceImpl : public Workspace {
public:
    WorkspaceImpl(const ModelSpec& spec, const EngineSettings& settings) : m_spec(spec), m_settings(settings)
    {
        try {
            m_base = buildModel(spec);
            if (const auto* file = dynamic_cast<const ScriptFileModel*>(m_base.get())) {
                // The file defines the sizes: the probe's output width, and the chain's when it is recognised.
                m_spec.outputs = file->info().outputs;
                m_fileInfo = file->info();
                if (file->ownInputs())
                    m_fileInputs = std::make_unique<FileInputs>(*file, spec.seed);
                else
                    m_spec.inputs = file->info().inputs;
                if (const auto* mlp = file->residualMlp()) {
                    m_spec.hidden = static_cast<int>(mlp->input.weight.size(0));
                    m_spec.layers = static_cast<int>(mlp->blocks.size());
                }
            }
        } catch (const EngineError&) {
            throw;
        } catch (const std::exception& e) {
            throw EngineError("building model " + spec.model + " failed: " + errorText(e));
        }
    }

    const ModelSpec& spec() const override { return m_spec; }
    const EngineSettings& settings() const override { return m_settings; }

    std::unique_ptr<PreparedMethod> prepare(const std::string& method, const PrepareContext& ctx) override
    {
        auto prepared = std::make_unique<PreparedMethodImpl>(method, m_spec, m_fileInputs.get());
        prepared->run(m_base, m_settings, ctx);
        return prepared;
    }

    bool ownInputs() const override { return m_fileInputs != nullptr; }
    const ModelFileInfo& fileInfo() const override { return m_fileInfo; }

private:
    ModelFileInfo m_fileInfo;
    std::unique_ptr<FileInputs> m_fileInputs;
    ModelSpec m_spec;
    EngineSettings m_settings;
    RunnablePtr m_base;
};

}  // namespace

std::unique_ptr<Workspace> Workspace::create(const ModelSpec& spec, const EngineSettings& settings)
{
    return std::make_unique<WorkspaceImpl>(spec, settings);
}

std::vector<StrategyInfo> strategies()
{
    std::vector<StrategyInfo> out;
    for (const auto& s : StrategyRegistry::instance().all())
        out.push_back(s->info());
    return out;
}

}  // namespace ob::engine
