// SPDX-License-Identifier: MIT
#pragma once
// Input specs of a model file's forward arguments (key input): the text form [NAME:]DIMS[:DTYPE[RANGE]], parsed to
// and formatted from engine::InputSpec. Examples: x:B,3,224,224  B,3,224,224  ids:B,24:int64[0,1000)
// t:B,8:float32[-1,1]. B is the batch dimension, swept by the batch sizes.

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "config/validation.h"
#include "optibench/engine/types.h"

namespace ob {

/// The dtypes a spec accepts, the default (float32) first.
QStringList inputDtypes();
/// The syntax with examples, translated: the `allowed` text of every input spec error.
QString inputSpecSyntax();
/// Parses one spec into `spec` (source "user"). On error `spec` is unchanged and the error names `field`, the text as
/// given and the part that is wrong.
MaybeError parseInputSpec(const QString& text, engine::InputSpec& spec, const QString& field = QStringLiteral("input"));
/// Parses every spec of `texts`, in order, into `specs` (replaced); the first error stops.
MaybeError parseInputSpecs(const QStringList& texts, std::vector<engine::InputSpec>& specs,
                           const QString& field = QStringLiteral("input"));
/// The text form of `spec`: the name only when it has one, the dtype only when it is not float32 or has a range.
/// parseInputSpec(formatInputSpec(s)) gives s back (source aside).
QString formatInputSpec(const engine::InputSpec& spec);
/// True when a and b describe the same tensor (name, dims, dtype, range); source and reason are not compared.
bool sameInputSpec(const engine::InputSpec& a, const engine::InputSpec& b);
/// `text` quoted for a POSIX shell when it needs it (single quotes), else as is.
QString shellQuoted(const QString& text);
/// "--input SPEC --input SPEC ...", each spec formatted and quoted for a shell: ready to paste on a command line.
QString inputSpecArguments(const std::vector<engine::InputSpec>& specs);
/// The spec an inspection ran each argument of forward with (one entry per ModelFileInfo::arguments, empty for a
/// non-tensor argument or one without a spec): by name, else by position among the tensor arguments.
std::vector<std::optional<engine::InputSpec>> specsByArgument(const engine::ModelFileInfo& info);

}  // namespace ob
