// SPDX-License-Identifier: MIT
#pragma once
// About OptiBench: versions of the tool and its libraries, and the captured environment.

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class AboutDialog;
}
QT_END_NAMESPACE

namespace ob::app {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    /// `environmentText`: "property: value" lines; `torchVersion`: as the environment reports it.
    AboutDialog(const QString& environmentText, const QString& torchVersion, QWidget* parent = nullptr);
    ~AboutDialog() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::AboutDialog> m_ui;
    QString m_torchVersion;
};

}  // namespace ob::app
