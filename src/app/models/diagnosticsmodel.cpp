// SPDX-License-Identifier: MIT
#include "models/diagnosticsmodel.h"

#include <QBrush>
#include <QGuiApplication>

#include <algorithm>

#include "diagnosis/catalog.h"
#include "diagnosis/fixrules.h"
#include "diagnosis/titles.h"
#include "widgets/uistyle.h"

namespace ob::app {

namespace {

/// A session from another version may name a diagnosis this catalog lacks: diagnose its error text again.
bool known(const DiagnosisRef& ref)
{
    return std::any_of(diagnosisCatalog().begin(), diagnosisCatalog().end(),
                       [&](const DiagnosisEntry& e) { return e.id == ref.id; });
}

DiagnosisRef currentDiagnosis(const MethodResult& r)
{
    if (known(r.diagnosis) || r.error.isEmpty())
        return r.diagnosis;
    DiagnosisRef fresh = diagnoseError(r.error);
    if (fresh.isEmpty())
        return r.diagnosis;
    if (fresh.fixes.isEmpty())
        fresh.fixes = r.diagnosis.fixes;
    return fresh;
}

}  // namespace

DiagnosticsModel::DiagnosticsModel(QObject* parent) : QAbstractListModel(parent) {}

void DiagnosticsModel::setResults(const std::vector<MethodResult>& results)
{
    QList<Entry> failed;
    QList<Entry> flagged;
    for (const auto& r : results) {
        if (r.status == MethodStatus::Failed)
            failed << Entry{r.method, true, r.error, currentDiagnosis(r), r.flags};
        else if (!r.diagnosis.isEmpty() || !r.flags.isEmpty())
            flagged << Entry{r.method, false, r.error, currentDiagnosis(r), r.flags};
    }
    QList<Entry> entries = failed + flagged;
    // Same methods in the same order: only the contents changed, keep the selection.
    bool same = entries.size() == m_entries.size();
    for (int i = 0; same && i < entries.size(); ++i)
        same = entries[i].method == m_entries[i].method && entries[i].failed == m_entries[i].failed;
    if (same) {
        m_entries = entries;
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0), index(static_cast<int>(m_entries.size()) - 1));
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void DiagnosticsModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_entries.size()) - 1));
}

const DiagnosticsModel::Entry* DiagnosticsModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int DiagnosticsModel::rowOf(const QString& method) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].method == method)
            return i;
    return -1;
}

int DiagnosticsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant DiagnosticsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return e.failed ? tr("%1 — failed").arg(e.method)
                        : tr("%1 — flagged: %2").arg(e.method, !e.flags.isEmpty() ? flagsText(e.flags)
                                                         : diagnosisTitle(e.diagnosis.id).isEmpty() ? e.diagnosis.id
                                                         : diagnosisTitle(e.diagnosis.id));
    case Qt::ToolTipRole: return e.error.isEmpty() && known(e.diagnosis) ? renderDiagnosis(e.diagnosis).cause : e.error;
    case Qt::ForegroundRole:
        return QBrush(e.failed ? errorColor(QGuiApplication::palette()) : warningColor(QGuiApplication::palette()));
    case MethodRole: return e.method;
    case FailedRole: return e.failed;
    case ErrorRole: return e.error;
    case CauseRole: return known(e.diagnosis) ? renderDiagnosis(e.diagnosis).cause : QString();
    case FixRole: return known(e.diagnosis) ? renderDiagnosis(e.diagnosis).fix : QString();
    default: return {};
    }
}

QString DiagnosticsModel::fixLabel(const FixAction& fix)
{
    return fixActionText(fix);
}

}  // namespace ob::app
