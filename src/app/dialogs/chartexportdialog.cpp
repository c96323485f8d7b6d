// SPDX-License-Identifier: MIT
#include "dialogs/chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include "report/chartrender.h"

namespace ob::app {

ChartExportDialog::ChartExportDialog(const QString& chartTitle, const QString& format, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("chartExportDialog"));
    setWindowTitle(tr("Export chart"));
    auto* title = new QLabel(chartTitle, this);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing (vector)"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document (vector)"), QStringLiteral("pdf"));
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));

    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("widthSpin"));
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("heightSpin"));
    for (auto* spin : {m_width, m_height}) {
        spin->setRange(report::kMinSide, report::kMaxSide);
        spin->setSuffix(tr(" px"));
        spin->setSingleStep(50);
    }
    m_width->setValue(report::kDefaultWidth);
    m_height->setValue(report::kDefaultHeight);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);

    m_scale = new QComboBox(this);
    m_scale->setObjectName(QStringLiteral("scaleCombo"));
    for (int s = 1; s <= int(report::kMaxScale); ++s)
        m_scale->addItem(tr("%1× (%2 DPI)").arg(s).arg(qRound(report::kBaseDpi * s)), double(s));
    m_scale->setCurrentIndex(m_scale->findData(report::kDefaultScale));

    m_info = new QLabel(this);
    m_info->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    // A row of widgets has no buddy of its own: without one the label would show its "&" literally.
    auto* sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("S&cale:"), m_scale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateInfo);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateInfo);
    connect(m_width, &QSpinBox::valueChanged, this, &ChartExportDialog::updateInfo);
    connect(m_height, &QSpinBox::valueChanged, this, &ChartExportDialog::updateInfo);
    updateInfo();
}

QString ChartExportDialog::format() const
{
    return m_format->currentData().toString();
}

QSize ChartExportDialog::size() const
{
    return QSize(m_width->value(), m_height->value());
}

double ChartExportDialog::scale() const
{
    return m_scale->currentData().toDouble();
}

void ChartExportDialog::updateInfo()
{
    const bool png = format() == QLatin1String("png");
    m_scale->setEnabled(png);
    m_info->setText(png ? tr("The image will be %1 × %2 pixels at %3 DPI, on a white background.")
                              .arg(qRound(size().width() * scale()))
                              .arg(qRound(size().height() * scale()))
                              .arg(qRound(report::kBaseDpi * scale()))
                        : tr("Vector output: sharp at any zoom; the size sets the proportions and the text size. "
                             "Light theme, whatever the application's theme."));
}

}  // namespace ob::app
