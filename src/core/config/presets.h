// SPDX-License-Identifier: MIT
#pragma once
// Named starting configurations: Default, the seed's experiment, and a quick run.

#include <QList>
#include <QString>

#include <optional>

#include "config/runconfig.h"

namespace ob {

struct Preset {
    QString id;           // "default", "seed", "quick"
    QString title;        // translated
    QString description;  // translated
    RunConfig config;
};

QList<Preset> presets();
std::optional<RunConfig> presetConfig(const QString& id);

}  // namespace ob
