// SPDX-License-Identifier: MIT
#include "models/resultstablemodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <limits>

#include "diagnosis/steadiness.h"

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

QVariant ResultsTableModel::speedupValue(const MethodResult& r, const BatchResult* b) const
{
    if (!b)
        return {};
    if (const SpeedupEntry* s = r.speedup(b->batch))
        return s->ratio;
    // Live, before the run's comparison: the ratio of medians, without a CI (the delegate says "provisional").
    const BatchResult* e = eagerBatch(b->batch);  // eager itself: 1×, the reference
    return e && b->medianMs > 0 ? QVariant(e->medianMs / b->medianMs) : QVariant();
}

QVariant ResultsTableModel::value(const Row& row, int column) const
{
    const MethodResult& r = m_results[static_cast<std::size_t>(row.method)];
    const BatchResult* b = row.batch >= 0 ? &r.batches[static_cast<std::size_t>(row.batch)] : nullptr;
    switch (column) {
    case Method: return r.method;
    case Batch: return b ? QVariant(b->batch) : QVariant();
    case Latency: return b ? QVariant(b->medianMs) : QVariant();
    case Ci:
        if (!b || b->medianCiMs.high <= 0 || b->medianMs <= 0)
            return {};
        return b->medianCiMs.relativeHalfWidth(b->medianMs) * 100;
    case Jitter: return b ? QVariant(b->latencyMs.std) : QVariant();
    case P99: return b ? QVariant(b->latencyMs.p99) : QVariant();
    case Speedup: return speedupValue(r, b);
    case Efficiency: return b && b->roofline ? QVariant(b->roofline->efficiency * 100) : QVariant();
    case Score: return optional(r.score);
    case Fidelity:
        if (!r.fidelity)
            return {};
        return r.fidelity->finite ? QVariant(r.fidelity->cosine) : QVariant(tr("NaN/Inf"));
    case Setup: return r.status == MethodStatus::Pending && r.setupMs <= 0 ? QVariant() : QVariant(r.setupMs);
    case Memory:
        return r.memory.peakRssBytes >= 0 ? QVariant(static_cast<double>(r.memory.peakRssBytes) / (1024.0 * 1024.0))
                                          : QVariant();
    case Measurement: return b ? QVariant(measurementText(*b)) : QVariant();
    case Status: return statusText(r, b);
    }
    return {};
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
            return index.column() == Method || index.column() == Status || index.column() == Measurement
                ? v
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
        case Ci:
        case Efficiency: return Percent;
        case Score: return Score6;
        case Fidelity: return FidelityValue;
        case Memory: return Mebibytes;
        default: return Text;
        }
    case MethodStatusRole: return statusId(m_results[static_cast<std::size_t>(row.method)].status);
    case MethodOrderRole: return row.method;
    case IntervalRole:
    case SignificantRole:
    case WarningRole: {
        const MethodResult& r = m_results[static_cast<std::size_t>(row.method)];
        const BatchResult* b = row.batch >= 0 ? &r.batches[static_cast<std::size_t>(row.batch)] : nullptr;
        if (!b)
            return {};
        if (index.column() == Measurement && role == WarningRole)
            return driftMatters(r, *b);
        const SpeedupEntry* s = index.column() == Speedup ? r.speedup(b->batch) : nullptr;
        if (!s)
            return {};
        if (role == IntervalRole)
            return QVariantList{s->ci.low, s->ci.high};
        return role == SignificantRole ? s->significant : !s->significant;
    }
    case Qt::ForegroundRole:  // a method that does not apply to the model: greyed, its reason in the Status column
        if (m_results[static_cast<std::size_t>(row.method)].status == MethodStatus::NotApplicable)
            return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
        return {};
    case Qt::ToolTipRole: {
        const QString t = tooltip(row, index.column());
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    case Qt::TextAlignmentRole:
        return static_cast<int>(index.column() == Method || index.column() == Status || index.column() == Measurement
                                    ? Qt::AlignLeft | Qt::AlignVCenter
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
        // Units on a second line: the numbers are narrower than their headers, and the table must fit 1280 px.
        case Method: return tr("Method");
        case Batch: return tr("Batch");
        case Latency: return tr("Median\n(ms)");
        case Ci: return tr("± CI");
        case Jitter: return tr("Jitter\n(ms)");
        case P99: return tr("p99\n(ms)");
        case Speedup: return tr("Speed-up\nvs eager");
        case Efficiency: return tr("Roofline");
        case Score: return tr("Score");
        case Fidelity: return tr("Fidelity\n(cos)");
        case Setup: return tr("Setup\n(ms)");
        case Memory: return tr("Memory\n(MiB)");
        case Measurement: return tr("Measurement");
        case Status: return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Latency: return tr("Median latency of one forward at this batch size");
        case Ci: return tr("Half-width of the 95% confidence interval of the median, in % of the median");
        case Speedup:
            return tr("Median latency of eager divided by this method's, with its 95% bootstrap CI; ≈ marks a "
                      "difference that is not significant (Mann–Whitney U, p ≥ 0.05, or the CI contains 1)");
        case Efficiency: return tr("Share of the roofline bound reached: the least time the machine's roofs allow "
                                   "divided by the median latency");
        case Measurement: return tr("Why the measurement stopped, outliers beyond the robust fences, and whether the "
                                    "series was steady");
        case Jitter: return tr("Standard deviation of the latency");
        case P99: return tr("99th percentile of the latency");
        case Score: return tr("Mean reasoning score over the evaluation set");
        case Fidelity: return tr("Cosine similarity of the logits with eager's (1 = identical)");
        case Setup: return tr("Time to prepare the method, including its first call");
        case Memory: return tr("Peak resident memory of a process that holds only this method: the runtime and the "
                               "model, plus what the method keeps and the peak of its preparation or of its calls");
        default: return {};
        }
    }
    return {};
}

}  // namespace ob::app
