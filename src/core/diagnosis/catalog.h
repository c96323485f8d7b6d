// SPDX-License-Identifier: MIT
#pragma once
// Known failures: how to recognise them in error text (LibTorch C++ and Python wordings),
// and what to tell the user (cause and fix, translated). One catalog for runs and for log files.

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>

#include "results/runresult.h"

namespace ob {

/// One known failure or hint.
struct DiagnosisEntry {
    QString id;
    QStringList patterns;  // regular expressions matched against error text / log lines
    std::function<QString(const QMap<QString, QString>& args)> cause;  // translated sentence(s)
    std::function<QString(const QMap<QString, QString>& args)> fix;    // translated action
    QList<FixAction> fixes;  // actions the tool can take
};

/// The rendered text of a diagnosis in the current language.
struct DiagnosisText {
    QString cause;
    QString fix;
};

/// Every entry, from every group (each group's entries live in their own file).
const QList<DiagnosisEntry>& diagnosisCatalog();
/// Renders `ref` in the current language; an unknown id gives its id as the cause.
DiagnosisText renderDiagnosis(const DiagnosisRef& ref);
/// The first entry whose pattern matches `errorText`; an empty ref when none does.
DiagnosisRef diagnoseError(const QString& errorText);

/// A known failure found in a log.
struct LogFinding {
    int line = 0;  // 1-based
    QString text;  // the line
    DiagnosisRef diagnosis;
};
/// Scans log text line by line (multi-line messages are matched where their key line is).
QList<LogFinding> scanLog(const QString& text);

/// Groups of entries, one function per file.
QList<DiagnosisEntry> generalDiagnoses();
QList<DiagnosisEntry> workerDiagnoses();  // hangs, crashes and limits of the worker processes
QList<DiagnosisEntry> quantizationDiagnoses();
QList<DiagnosisEntry> nativeDiagnoses();
QList<DiagnosisEntry> jitDiagnoses();  // diagnosis/jit_diagnoses.cpp: tracing, scripting, compiling, simplify

}  // namespace ob
