// SPDX-License-Identifier: MIT
#pragma once
// The engine describes its strategies, options and models in plain English (it has no Qt). Core translates those
// texts: each one is listed in engine_texts.cpp (so that lupdate extracts it) and looked up by its English text.
// A text the engine adds or rewords without a matching entry stays English; tst_engine_texts finds such texts.

#include <QString>
#include <QStringList>

#include <string>

namespace ob::i18n {

/// An engine text (summary, "fails when", option summary, group name) in the current language; unknown texts
/// are returned as they are.
QString engineText(const std::string& english);
/// Every engine text that has an entry.
QStringList engineTextSources();

}  // namespace ob::i18n
