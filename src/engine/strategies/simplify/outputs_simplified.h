// SPDX-License-Identifier: MIT
#pragma once
// The seed's "output format simplification": the model's output structure flattened into a tuple of its tensors,
// which the tracer accepts. The rule (the TorchScript forms in strategies/jit/ follow it exactly):
//   Tensor -> itself; dict and tuple -> their values in order, each flattened;
//   list -> its tensor elements stacked into one tensor (nothing when it holds none);
//   int, float, bool (and a list's ints) -> dropped.
// Why the ints are dropped rather than turned into tensors: an int computed with .item() has no data dependence a
// trace can record, and the C++ tracer refuses such an output ("output 1 (...) of traced region did not have
// observable data dependence with trace inputs; this probably indicates your program cannot be understood by the
// tracer", measured on LibTorch 1.13.1). reasoning_scores comes first in both models' dicts, so it stays the first
// element of the tuple.

#include "runtime/runnable.h"

namespace ob::engine {

/// The flattened form of `output` (a tuple of tensors).
c10::IValue flattenOutputs(const c10::IValue& output);

class OutputsSimplified : public Runnable {
public:
    explicit OutputsSimplified(RunnablePtr inner) : m_inner(std::move(inner)) {}

    c10::IValue forward(const at::Tensor& x) override { return flattenOutputs(m_inner->forward(x)); }
    std::string kind() const override { return m_inner->kind() + ", outputs as a tuple of tensors"; }
    std::int64_t weightBytes() const override { return m_inner->weightBytes(); }
    bool dataDependentControlFlow() const override { return m_inner->dataDependentControlFlow(); }

    const RunnablePtr& inner() const { return m_inner; }

private:
    RunnablePtr m_inner;
};

}  // namespace ob::engine
