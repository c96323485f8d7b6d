// SPDX-License-Identifier: MIT
#include "models/resultstablemodel.h"

#include <QLocale>

#include <limits>

namespace ob::app {
namespace {

const QString kEager = QStringLiteral("eager");

QVariant optional(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

}  // namespace

ResultsTableModel::ResultsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int ResultsTableModel::rowsOf(const MethodResult& r)
{
    return r.batches.empty() ? 1 : static_cast<int>(r.batches.size());
}

int ResultsTableModel::firstRowOf(int methodIndex) const
{
    int row = 0;
    for (int i = 0; i < methodIndex; ++i)
        row += rowsOf(m_results[static_cast<std::size_t>(i)]);
    return row;
}

void ResultsTableModel::rebuildRows()
{
    m_rows.clear();
    for (int m = 0; m < static_cast<int>(m_results.size()); ++m) {
        const auto& r = m_results[static_cast<std::size_t>(m)];
        if (r.batches.empty())
            m_rows << Row{m, -1};
        for (int b = 0; b < static_cast<int>(r.batches.size()); ++b)
            m_rows << Row{m, b};
    }
}

void ResultsTableModel::setResults(const std::vector<MethodResult>& results)
{
    beginResetModel();
    m_results = results;
    rebuildRows();
    endResetModel();
}

void ResultsTableModel::updateMethod(const MethodResult& result)
{
    int index = -1;
    for (int i = 0; i < static_cast<int>(m_results.size()); ++i)
        if (m_results[static_cast<std::size_t>(i)].method == result.method)
            index = i;
    if (index < 0) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + rowsOf(result) - 1);
        m_results.push_back(result);
        rebuildRows();
        endInsertRows();
    } else {
        auto& slot = m_results[static_cast<std::size_t>(index)];
        const int first = firstRowOf(index);
        const int before = rowsOf(slot);
        const int after = rowsOf(result);
        if (after > before) {
            beginInsertRows({}, first + before, first + after - 1);
            slot = result;
            rebuildRows();
            endInsertRows();
        } else if (after < before) {
            beginRemoveRows({}, first + after, first + before - 1);
            slot = result;
            rebuildRows();
            endRemoveRows();
        } else {
            slot = result;
            rebuildRows();  // a placeholder row may have become a batch row
        }
        Q_EMIT dataChanged(this->index(first, 0), this->index(first + after - 1, ColumnCount - 1));
    }
    if (result.method == kEager && !m_rows.isEmpty())
        Q_EMIT dataChanged(this->index(0, Speedup), this->index(static_cast<int>(m_rows.size()) - 1, Speedup));
}

void ResultsTableModel::renameMethod(const QString& from, const QString& to)
{
    for (int i = 0; i < static_cast<int>(m_results.size()); ++i) {
        auto& r = m_results[static_cast<std::size_t>(i)];
        if (r.method != from)
            continue;
        r.method = to;
        const int first = firstRowOf(i);
        Q_EMIT dataChanged(index(first, Method), index(first + rowsOf(r) - 1, Method));
    }
}

void ResultsTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

int ResultsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResultsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BatchResult* ResultsTableModel::eagerBatch(int batch) const
{
    for (const auto& r : m_results)
        if (r.method == kEager)
            return r.batch(batch);
    return nullptr;
}

QString ResultsTableModel::statusText(const MethodResult& r, const BatchResult* b)
{
    switch (r.status) {
    case MethodStatus::Ok:
        if (b && !b->complete)
            return tr("partial");
        return r.flags.isEmpty() ? tr("ok") : tr("ok, flagged: %1").arg(r.flags.join(QStringLiteral(", ")));
    case MethodStatus::Failed: return tr("failed: %1").arg(r.error.section(QLatin1Char('\n'), 0, 0));
    case MethodStatus::Cancelled:
        return b && b->complete ? tr("cancelled (this batch finished)") : tr("cancelled");
    case MethodStatus::Pending: return b ? tr("measuring") : tr("pending");
    }
    return {};
}

QVariant ResultsTableModel::value(const Row& row, int column) const
{
    const MethodResult& r = m_results[static_cast<std::size_t>(row.method)];
    const BatchResult* b = row.batch >= 0 ? &r.batches[static_cast<std::size_t>(row.batch)] : nullptr;
    switch (column) {
    case Method: return r.method;
    case Batch: return b ? QVariant(b->batch) : QVariant();
    case Latency: return b ? QVariant(b->latencyMs.mean) : QVariant();
    case Jitter: return b ? QVariant(b->latencyMs.std) : QVariant();
    case P99: return b ? QVariant(b->latencyMs.p99) : QVariant();
    case Speedup: {
        const BatchResult* e = b ? eagerBatch(b->batch) : nullptr;
        return e && b->latencyMs.mean > 0 ? QVariant(e->latencyMs.mean / b->latencyMs.mean) : QVariant();
    }
    case Score: return optional(r.score);
    case Fidelity:
        if (!r.fidelity)
            return {};
        return r.fidelity->finite ? QVariant(r.fidelity->cosine) : QVariant(tr("NaN/Inf"));
    case Setup: return r.status == MethodStatus::Pending && r.setupMs <= 0 ? QVariant() : QVariant(r.setupMs);
    case Status: return statusText(r, b);
    }
    return {};
}

QString ResultsTableModel::tooltip(const Row& row, int column) const
{
    const MethodResult& r = m_results[static_cast<std::size_t>(row.method)];
    const BatchResult* b = row.batch >= 0 ? &r.batches[static_cast<std::size_t>(row.batch)] : nullptr;
    const QLocale locale;
    switch (column) {
    case Latency:
    case Jitter:
    case P99:
        if (!b)
            return {};
        return tr("%1 calls; mean %2 ms, std %3 ms, p50 %4 ms, IQR %5 ms, p99 %6 ms, min %7 ms, max %8 ms")
            .arg(b->latencyMs.n)
            .arg(locale.toString(b->latencyMs.mean, 'f', 4), locale.toString(b->latencyMs.std, 'f', 4),
                 locale.toString(b->latencyMs.p50, 'f', 4), locale.toString(b->latencyMs.iqr, 'f', 4),
                 locale.toString(b->latencyMs.p99, 'f', 4), locale.toString(b->latencyMs.min, 'f', 4),
                 locale.toString(b->latencyMs.max, 'f', 4));
    case Speedup: return tr("Mean latency of eager divided by this method's, at the same batch size.");
    case Fidelity:
        if (!r.fidelity)
            return {};
        return tr("Logit cosine %1; max |Δ score| %2; relative L2 error %3; argmax agreement %4 %")
            .arg(locale.toString(r.fidelity->cosine, 'f', 6), locale.toString(r.fidelity->maxAbsError, 'e', 2),
                 locale.toString(r.fidelity->relL2Error, 'e', 2), locale.toString(r.fidelity->argmaxAgreement, 'f', 1));
    case Status: return r.error.isEmpty() ? statusText(r, b) : r.error;
    default: return {};
    }
}

QVariant ResultsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return value(row, index.column());
    case SortRole: {
        const QVariant v = value(row, index.column());
        if (!v.isValid() || v.typeId() == QMetaType::QString)
            return index.column() == Method || index.column() == Status ? v
                                                                          : QVariant(std::numeric_limits<double>::max());
        return v;
    }
    case KindRole:
        switch (index.column()) {
        case Batch: return Integer;
        case Latency:
        case Jitter:
        case P99:
        case Setup: return Milliseconds;
        case Speedup: return Ratio;
        case Score: return Score6;
        case Fidelity: return FidelityValue;
        default: return Text;
        }
    case MethodStatusRole: return statusId(m_results[static_cast<std::size_t>(row.method)].status);
    case Qt::ToolTipRole: {
        const QString t = tooltip(row, index.column());
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    case Qt::TextAlignmentRole:
        return static_cast<int>(index.column() == Method || index.column() == Status ? Qt::AlignLeft | Qt::AlignVCenter
                                                                                     : Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Method: return tr("Method");
        case Batch: return tr("Batch");
        case Latency: return tr("Latency (ms)");
        case Jitter: return tr("Jitter (ms)");
        case P99: return tr("p99 (ms)");
        case Speedup: return tr("Speed-up vs eager");
        case Score: return tr("Score");
        case Fidelity: return tr("Fidelity (cos)");
        case Setup: return tr("Setup (ms)");
        case Status: return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Latency: return tr("Mean latency of one forward at this batch size");
        case Jitter: return tr("Standard deviation of the latency");
        case P99: return tr("99th percentile of the latency");
        case Score: return tr("Mean reasoning score over the evaluation set");
        case Fidelity: return tr("Cosine similarity of the logits with eager's (1 = identical)");
        case Setup: return tr("Time to prepare the method, including its first call");
        default: return {};
        }
    }
    return {};
}

}  // namespace ob::app
