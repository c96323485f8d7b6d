// SPDX-License-Identifier: MIT
#pragma once
// A run's configuration for a person to read: each setting with a translated label and its value in words, in the
// order of toJson(). Reports use it; the keys stay in the JSON and on the command line.

#include <QList>
#include <QString>

#include "config/runconfig.h"

namespace ob {

struct SettingText {
    QString label;  // "Warm-up calls"
    QString value;  // "50"
};

/// Every setting of toJson(config), labelled. A key without a label gets its words ("call timeout"), never the key.
QList<SettingText> configurationTexts(const RunConfig& config);
/// The label of one configuration key (as toJson() and the CLI spell it).
QString settingLabel(const QString& key);

}  // namespace ob
