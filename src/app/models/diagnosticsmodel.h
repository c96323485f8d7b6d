// SPDX-License-Identifier: MIT
#pragma once
// The diagnostics list: each failed or flagged method with its error, its diagnosis and the fixes the tool can apply.

#include <QAbstractListModel>
#include <QList>

#include <vector>

#include "results/runresult.h"

namespace ob::app {

class DiagnosticsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        MethodRole = Qt::UserRole + 1,  // QString
        FailedRole,                     // bool: failed (true) or only flagged (false)
        ErrorRole,                      // the exact error text
        CauseRole,                      // the diagnosis' cause, translated
        FixRole,                        // the diagnosis' fix, translated
    };

    struct Entry {
        QString method;
        bool failed = false;
        QString error;
        DiagnosisRef diagnosis;
        QStringList flags;
    };

    explicit DiagnosticsModel(QObject* parent = nullptr);

    /// Rebuilds the list from the session's results (failed methods first, in run order).
    void setResults(const std::vector<MethodResult>& results);
    /// Re-renders the diagnoses in the current language.
    void retranslate();

    const Entry* entry(int row) const;
    /// The row of `method`, or -1.
    int rowOf(const QString& method) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The translated label of a fix button ("Use the QNNPACK quantized engine and re-run"): fixActionText().
    static QString fixLabel(const FixAction& fix);

private:
    QList<Entry> m_entries;
};

}  // namespace ob::app
