// SPDX-License-Identifier: MIT
#pragma once
// Reading back PDFs in tests: the page count (pdfinfo when poppler-utils is installed, else the page objects) and
// the text (pdftotext; empty when it is not installed).

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryFile>

namespace ob::test {

inline int pdfPageCount(const QByteArray& pdf)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QTemporaryFile file;
        if (!file.open())
            return -1;
        file.write(pdf);
        file.flush();
        QProcess p;
        p.start(pdfinfo, {file.fileName()});
        p.waitForFinished(30000);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
        return p.exitCode() == 0 && m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    return int(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

inline QString pdfText(const QByteArray& pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(pdf);
    file.flush();
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file.fileName(), QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace ob::test
