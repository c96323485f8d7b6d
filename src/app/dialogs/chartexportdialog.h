// SPDX-License-Identifier: MIT
#pragma once
// Asks how to export a chart: the format, the size in logical pixels and, for PNG, the scale (1× = 96 DPI;
// the default 2× gives sharp images on high-DPI screens and in documents).

#include <QDialog>
#include <QSize>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace ob::app {

class ChartExportDialog : public QDialog {
    Q_OBJECT
public:
    ChartExportDialog(const QString& chartTitle, const QString& format, QWidget* parent = nullptr);

    QString format() const;
    QSize size() const;
    double scale() const;

private:
    void updateInfo();

    QComboBox* m_format;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_scale;
    QLabel* m_info;
};

}  // namespace ob::app
