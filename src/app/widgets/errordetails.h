// SPDX-License-Identifier: MIT
#pragma once
// An error paragraph in the error colour with, behind a "Details" button, the raw text it came from (e.g. LibTorch's
// own message and traceback), verbatim in a fixed-width font. Hidden while there is no error.

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QToolButton;
QT_END_NAMESPACE

namespace ob::app {

class ErrorDetails : public QWidget {
    Q_OBJECT
public:
    explicit ErrorDetails(QWidget* parent = nullptr);

    /// Shows `message` and, when `detail` is not empty, the Details button for it; hides the widget when `message`
    /// is empty. `toolTip` goes on the message (e.g. what is allowed).
    void setError(const QString& message, const QString& detail = {}, const QString& toolTip = {});
    QString message() const;
    QString detail() const;
    QToolButton* detailsButton() const { return m_toggle; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyColour();

    QLabel* m_message = nullptr;
    QToolButton* m_toggle = nullptr;
    QPlainTextEdit* m_detail = nullptr;
};

}  // namespace ob::app
