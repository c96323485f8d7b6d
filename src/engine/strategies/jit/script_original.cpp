// SPDX-License-Identifier: MIT
// The original model as TorchScript, op for op the same as OriginalNetImpl::forward (models/original_model.cpp).
// The reasoning chain is unrolled (the number of blocks is known when the module is built), each step guarded by
// `if go:`, so the data-dependent early stop and the strategy branches stay real control flow.
//
// TorchScript in LibTorch 1.13 can type the seed's nested output when it is annotated: Dict[str, Any] for the
// dicts and List[Any] for the chain of int step ids and Tensor states. Unannotated, `chain = []` is a List[Tensor]
// and `chain.append(step)` fails with "Could not match type int to t in argument 'el': Type variable 't'
// previously matched to type Tensor is matched to type int" (see core/diagnosis/jit_diagnoses.cpp).

#include <torch/script.h>
#include <torch/torch.h>

#include "models/original_model.h"
#include "strategies/jit/script_builder.h"

namespace ob::engine {
namespace {

void addLinear(torch::jit::Module& m, const std::string& name, const torch::nn::LinearImpl& l)
{
    m.register_parameter(name + "_w", l.weight.detach(), false);
    m.register_parameter(name + "_b", l.bias.detach(), false);
}

std::string linear(const std::string& x, const std::string& name)
{
    return "torch.linear(" + x + ", self." + name + "_w, self." + name + "_b)";
}

const char* const kActivations[] = {"torch.relu", "torch.tanh", "torch.silu"};  // as branchActivation()

std::string attendMethod(const OriginalNetImpl& net)
{
    const int d = net.hidden / net.heads;
    const std::string shape = "[-1, " + std::to_string(net.heads) + ", 1, " + std::to_string(d) + "]";
    return "def attend(self, h: Tensor, keys: Tensor, values: Tensor) -> Tuple[Tensor, Tensor]:\n"
           "    q = " + linear("h", "query") + ".view(" + shape + ")\n"
           "    w = torch.softmax(torch.matmul(q, keys) / " + scriptNumber(std::sqrt(static_cast<double>(d))) + ", -1)\n"
           "    a = torch.matmul(w, values).reshape([-1, " + std::to_string(net.hidden) + "])\n"
           "    return " + linear("a", "attn_out") + ", w.squeeze(2).mean(1)\n";
}

std::string confidenceMethod(const OriginalNetImpl& net)
{
    return "def confidence_logit(self, h: Tensor) -> Tensor:\n"
           "    return " + linear("torch.layer_norm(h, [" + std::to_string(net.hidden) + "])", "confidence") + "\n";
}

std::string forwardMethod(const OriginalNetImpl& net, ScriptOutputs outputs)
{
    const bool tuple = outputs == ScriptOutputs::Tuple;
    const std::string slots = std::to_string(OriginalShape::kMemorySlots);
    const std::string heads = std::to_string(net.heads);
    const std::string d = std::to_string(net.hidden / net.heads);
    const std::string memShape = "[" + slots + ", " + heads + ", " + d + "]";
    const std::string tupleType = net.fc1->size() > 0 ? "Tuple[Tensor, Tensor, Tensor, Tensor]" : "Tuple[Tensor, Tensor, Tensor]";
    std::string s = "def forward(self, x: Tensor) -> " + (tuple ? tupleType : std::string("Dict[str, Any]")) + ":\n";
    s += "    keys = " + linear("self.memory", "key") + ".view(" + memShape + ").permute([1, 2, 0])\n"
         "    values = " + linear("self.memory", "value") + ".view(" + memShape + ").permute([1, 0, 2])\n"
         "    encoded = " + linear("x", "input") + "\n"
         "    h = encoded\n"
         "    conf = torch.sigmoid(self.confidence_logit(h))\n"
         "    weights = torch.zeros_like(x.narrow(1, 0, 1)).repeat([1, " + slots + "])\n"
         "    active = torch.ones_like(x.select(1, 0), dtype=11)\n";
    s += tuple ? "    states: List[Tensor] = []\n" : "    chain: List[Any] = []\n";
    s += "    go = True\n";
    const std::string threshold = scriptNumber(OriginalShape::kConfidenceThreshold);
    for (std::size_t i = 0; i < net.fc1->size(); ++i) {
        const std::string n = std::to_string(i);
        s += "    if go:\n"
             "        a, w = self.attend(h, keys, values)\n"
             "        nxt = h + " + linear("torch.relu(" + linear("h + a", "fc1_" + n) + ")", "fc2_" + n) + "\n"
             "        rows = active.unsqueeze(1)\n"
             "        h = torch.where(rows, nxt, h)\n"
             "        weights = torch.where(rows, w, weights)\n"
             "        conf = torch.where(rows, torch.sigmoid(self.confidence_logit(h) + self.step_bias[" + n + "]), conf)\n";
        s += tuple ? "        states.append(h)\n"
                   : "        chain.append(" + n + ")\n        chain.append(h)\n";
        s += "        active = active & (conf.squeeze(1) <= " + threshold + ")\n"
             "        go = bool(active.any())\n";
    }
    s += "    choice = torch.argmax(" + linear("torch.layer_norm(encoded, [" + std::to_string(net.hidden) + "])", "selector")
        + ", -1)\n    y = h\n";
    for (int k = 0; k < OriginalShape::kStrategies; ++k) {
        const std::string n = std::to_string(k);
        s += "    mask = choice == " + n + "\n"
             "    if bool(mask.any()):\n"
             "        y = torch.where(mask.unsqueeze(1), h + " + kActivations[k] + "(" + linear("h", "branch" + n) + "), y)\n";
    }
    s += "    scores = torch.sigmoid(" + linear("y", "output") + ")\n";
    if (tuple) {
        // As flattenOutputs(): the ints are dropped, the chain's states stacked (no chain without blocks).
        s += net.fc1->size() > 0 ? "    return (scores, conf, weights, torch.stack(states))\n"
                                 : "    return (scores, conf, weights)\n";
    } else {
        s += "    strategy = int(torch.bincount(choice, None, " + std::to_string(OriginalShape::kStrategies)
            + ").argmax())\n"
              "    slots_used = int((weights.mean(0) > " + scriptNumber(1.0 / OriginalShape::kMemorySlots) + ").sum())\n"
              "    attention: Dict[str, Any] = {\"weights\": weights, \"memory_slots_used\": slots_used}\n"
             "    out: Dict[str, Any] = {\"reasoning_scores\": scores, \"confidence\": conf, \"attention\": attention, "
             "\"reasoning_chain\": chain, \"strategy\": strategy}\n"
             "    return out\n";
    }
    return s;
}

}  // namespace

torch::jit::Module scriptOriginal(const OriginalNetImpl& net, ScriptOutputs outputs)
{
    torch::jit::Module m("OriginalModel");
    m.register_attribute("training", c10::BoolType::get(), false);
    addLinear(m, "input", *net.input);
    m.register_parameter("memory", net.memory.detach(), false);
    addLinear(m, "query", *net.query);
    addLinear(m, "key", *net.key);
    addLinear(m, "value", *net.value);
    addLinear(m, "attn_out", *net.attnOut);
    for (std::size_t i = 0; i < net.fc1->size(); ++i) {
        addLinear(m, "fc1_" + std::to_string(i), *net.fc1->ptr<torch::nn::LinearImpl>(i));
        addLinear(m, "fc2_" + std::to_string(i), *net.fc2->ptr<torch::nn::LinearImpl>(i));
    }
    addLinear(m, "confidence", *net.confidence);
    m.register_parameter("step_bias", net.stepBias.detach(), false);
    addLinear(m, "selector", *net.selector);
    for (int k = 0; k < OriginalShape::kStrategies; ++k)
        addLinear(m, "branch" + std::to_string(k), *net.branches->ptr<torch::nn::LinearImpl>(k));
    addLinear(m, "output", *net.output);
    m.define(attendMethod(net));
    m.define(confidenceMethod(net));
    m.define(forwardMethod(net, outputs));
    m.eval();
    return m;
}

}  // namespace ob::engine
