// SPDX-License-Identifier: MIT
#include "report/reportfiles.h"

#include <QDir>
#include <QFileInfo>

#include "charts/chartbase.h"
#include "config/files.h"
#include "report/chartrender.h"
#include "report/htmlreport.h"
#include "report/profilesection.h"
#include "report/reportcharts.h"
#include "report/reporttr.h"

namespace ob::report {
namespace {

bool isPdf(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
}

}  // namespace

MaybeError checkReportPath(const QString& path, const QString& field)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!path.isEmpty() && suffix != QLatin1String("html") && suffix != QLatin1String("htm")
        && suffix != QLatin1String("pdf"))
        return ValidationError{field, path, tr("has no report file type"), tr("a file name ending in .html or .pdf")};
    return checkOutputPath(path, field);
}

MaybeError checkChartsDirectory(const QString& directory, const QString& field)
{
    if (directory.isEmpty())
        return ValidationError{field, directory, tr("is empty"), tr("a directory")};
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        return ValidationError{field, directory, tr("is a file"), tr("a directory")};
    if (info.exists())
        return info.isWritable() ? MaybeError{}
                                 : ValidationError{field, directory, tr("is not writable"), tr("a writable directory")};
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir())
        return ValidationError{field, directory, tr("is in a directory that does not exist"),
                               tr("a directory, or a new one in an existing directory")};
    if (!parent.isWritable())
        return ValidationError{field, directory, tr("cannot be created (its parent is not writable)"),
                               tr("a writable directory")};
    return std::nullopt;
}

MaybeError checkChartExport(const QString& path, const QString& format, QSize size, double scale,
                            const QString& field)
{
    if (!chartFormats().contains(format))
        return ValidationError{field, format, tr("is not a chart format"), chartFormats().join(QStringLiteral(", "))};
    const auto sideOk = [](int v) { return v >= kMinSide && v <= kMaxSide; };
    if (!sideOk(size.width()) || !sideOk(size.height()))
        return ValidationError{field, QStringLiteral("%1×%2").arg(size.width()).arg(size.height()),
                               tr("is not a valid chart size"),
                               tr("%1..%2 pixels each side").arg(kMinSide).arg(kMaxSide)};
    if (!(scale >= kMinScale && scale <= kMaxScale))
        return ValidationError{field, QString::number(scale), tr("is not a valid scale"),
                               tr("%1..%2").arg(kMinScale).arg(kMaxScale)};
    return checkOutputPath(path, field);
}

MaybeError writeReport(const RunResult& run, const QString& path, const QString& field)
{
    if (auto e = checkReportPath(path, field))
        return e;
    return writeFileAtomically(path, isPdf(path) ? reportPdf(run) : reportHtml(run), field);
}

MaybeError writeChartFiles(const RunResult& run, const QString& directory, const QString& field, QStringList* written)
{
    if (auto e = checkChartsDirectory(directory, field))
        return e;
    if (!QDir().mkpath(directory))
        return ValidationError{field, directory, tr("cannot be created"), tr("a writable directory")};
    const QDir dir(directory);
    auto charts = createReportCharts(run);
    if (auto profile = profileReportChart(run))  // --profile: the profile section's chart
        charts.push_back(std::move(profile));
    for (auto& chart : charts) {
        for (const auto& format : chartFormats()) {
            const QString path = dir.filePath(chart->id() + QLatin1Char('.') + format);
            if (auto e = writeChart(*chart, path, format, QSize(kDefaultWidth, kDefaultHeight), kDefaultScale, field))
                return e;
            if (written)
                *written << path;
        }
    }
    return std::nullopt;
}

MaybeError writeChart(app::ChartBase& chart, const QString& path, const QString& format, QSize size, double scale,
                      const QString& field)
{
    if (auto e = checkChartExport(path, format, size, scale, field))
        return e;
    const QByteArray bytes = chartToFormat(chart, format, size, scale);
    if (bytes.isEmpty())
        return ValidationError{field, path, tr("could not be rendered"), chartFormats().join(QStringLiteral(", "))};
    return writeFileAtomically(path, bytes, field);
}

}  // namespace ob::report
