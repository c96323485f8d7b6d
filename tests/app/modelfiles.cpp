// SPDX-License-Identifier: MIT
#include "modelfiles.h"

#include <torch/script.h>
#include <torch/serialize.h>
#include <torch/torch.h>

#include <fstream>

namespace ob::test {

std::string writeScriptModule(const std::string& path, const std::string& source,
                              const std::vector<ParameterShape>& parameters)
{
    try {
        torch::manual_seed(7);
        torch::jit::Module m("TestModel");
        for (const auto& [name, shape] : parameters)
            m.register_parameter(name, torch::randn(shape) * 0.2, false);
        m.define(source);
        m.eval();
        m.save(path);
        return {};
    } catch (const std::exception& e) {
        return e.what();
    }
}

std::string writeExampleInputs(const std::string& path, const std::vector<std::vector<std::int64_t>>& shapes)
{
    try {
        torch::manual_seed(8);
        std::vector<c10::IValue> tensors;
        for (const auto& shape : shapes)
            tensors.emplace_back(torch::randn(shape));
        const c10::IValue value = tensors.size() == 1 ? tensors.front() : c10::ivalue::Tuple::create(tensors);
        const std::vector<char> bytes = torch::pickle_save(value);
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return out ? std::string() : "cannot write " + path;
    } catch (const std::exception& e) {
        return e.what();
    }
}

}  // namespace ob::test
