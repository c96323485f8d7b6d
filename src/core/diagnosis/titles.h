// SPDX-License-Identifier: MIT
#pragma once
// Short names for people: a diagnosis in a few words (the summary's "why it failed") and a flag id in words (the
// status cells show flags this way, never as ids).

#include <QString>
#include <QStringList>

namespace ob {

/// A diagnosis in a few words in the current language ("the trace cannot follow the outputs"); empty for an
/// unknown id.
QString diagnosisTitle(const QString& id);
/// A flag in words in the current language ("outputs drift"); an unknown flag as it is.
QString flagText(const QString& flag);
/// The flags in words, joined by ", ".
QString flagsText(const QStringList& flags);
/// The flags that make a method unfaithful to eager's outputs.
const QStringList& unfaithfulFlags();

}  // namespace ob
