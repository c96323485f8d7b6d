// SPDX-License-Identifier: MIT
// The residual MLP (the simplified architecture) as TorchScript: the blocks are unrolled, one parameter per
// weight, so that freezing and optimize_for_inference see plain constant weights.

#include <torch/script.h>
#include <torch/torch.h>

#include "strategies/jit/script_builder.h"

namespace ob::engine {
namespace {

void addLinear(torch::jit::Module& m, const std::string& name, const ResidualMlp::Linear& l)
{
    m.register_parameter(name + "_w", l.weight.detach(), false);
    m.register_parameter(name + "_b", l.bias.defined() ? l.bias.detach() : torch::zeros({l.weight.size(0)}), false);
}

std::string linear(const std::string& x, const std::string& name)
{
    return "torch.linear(" + x + ", self." + name + "_w, self." + name + "_b)";
}

}  // namespace

torch::jit::Module scriptResidualMlp(const ResidualMlp& mlp, ScriptOutputs outputs)
{
    torch::jit::Module m("ResidualMlp");
    m.register_attribute("training", c10::BoolType::get(), false);
    addLinear(m, "input", mlp.input);
    std::string body = "    h = " + linear("x", "input") + "\n";
    for (std::size_t i = 0; i < mlp.blocks.size(); ++i) {
        const std::string n = std::to_string(i);
        addLinear(m, "fc1_" + n, mlp.blocks[i].fc1);
        addLinear(m, "fc2_" + n, mlp.blocks[i].fc2);
        // x = x + fc2(dropout(relu(fc1(x)))), dropout(0.1) as in the seed (a no-op in eval mode).
        body += "    r = torch.relu(" + linear("h", "fc1_" + n) + ")\n";
        body += "    h = h + " + linear("torch.dropout(r, 0.1, self.training)", "fc2_" + n) + "\n";
    }
    addLinear(m, "output", mlp.output);
    body += "    logits = " + linear("h", "output") + "\n";
    body += "    scores = torch.sigmoid(logits)\n";
    body += "    confidence = torch.max(torch.softmax(logits, -1), -1, True)[0]\n";
    std::string src;
    if (outputs == ScriptOutputs::Tuple) {
        src = "def forward(self, x: Tensor) -> Tuple[Tensor, Tensor]:\n" + body + "    return (scores, confidence)\n";
    } else {
        src = "def forward(self, x: Tensor) -> Dict[str, Tensor]:\n" + body
            + "    return {\"reasoning_scores\": scores, \"confidence\": confidence}\n";
    }
    m.define(src);
    m.eval();
    return m;
}

}  // namespace ob::engine
