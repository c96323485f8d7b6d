// SPDX-License-Identifier: MIT
#include "dialogs/aboutdialog.h"

#include <QEvent>
#include <QIcon>
#include <QPushButton>

#include <spdlog/version.h>

#include "results/environment.h"
#include "ui_aboutdialog.h"
#include "widgets/uistyle.h"

namespace ob::app {

AboutDialog::AboutDialog(const QString& environmentText, const QString& torchVersion, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>()), m_torchVersion(torchVersion)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(appIcon().pixmap(64, 64));
    m_ui->environmentText->setPlainText(environmentText);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::retranslate()
{
    m_ui->titleLabel->setText(QStringLiteral("<h2>OptiBench</h2><p>%1</p>")
                                  .arg(tr("Measures how inference-optimization strategies change the speed and the "
                                          "answers of a model.")
                                           .toHtmlEscaped()));
    m_ui->versionsLabel->setText(
        tr("OptiBench %1\nQt %2 (built with %3)\nLibTorch %4\nspdlog %5.%6.%7")
            .arg(versionString(), QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR),
                 m_torchVersion.isEmpty() ? tr("(not captured yet)") : m_torchVersion)
            .arg(SPDLOG_VER_MAJOR)
            .arg(SPDLOG_VER_MINOR)
            .arg(SPDLOG_VER_PATCH));
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

}  // namespace ob::app
