// SPDX-License-Identifier: MIT
#pragma once
// The captured environment as a two-column table (property, value), over the environment JSON of a run.

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace ob::app {

class EnvironmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Property, Value, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1 };  // the JSON key ("blas_core_type", "extra.xyz")

    explicit EnvironmentModel(QObject* parent = nullptr);

    void setEnvironment(const QJsonObject& environment);
    const QJsonObject& environment() const { return m_environment; }
    void retranslate();
    /// "key: value" lines, for the About dialog and the clipboard.
    QString toText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The translated label of an environment key; the key itself when it has none.
    static QString label(const QString& key);

private:
    struct Row {
        QString key;
        QString value;
    };
    QJsonObject m_environment;
    QList<Row> m_rows;
};

}  // namespace ob::app
