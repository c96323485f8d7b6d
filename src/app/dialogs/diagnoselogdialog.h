// SPDX-License-Identifier: MIT
#pragma once
// Diagnose a log: paste log text (or open a log file) and see the known failures in it — the line, the cause and the
// fix — in C++ and Python wordings alike. The same catalog as `optibench-cli diagnose` and the runs' diagnoses.

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ob::app {

class DiagnoseLogDialog : public QDialog {
    Q_OBJECT
public:
    explicit DiagnoseLogDialog(QWidget* parent = nullptr);

    /// Replaces the text and diagnoses it (also used by tests).
    void setLogText(const QString& text);
    /// The findings shown: one top-level item per finding.
    QTreeWidget* findingsView() const { return m_findings; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void openFile();
    void diagnose();
    void retranslate();

    QLabel* m_intro = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_diagnoseButton = nullptr;
    QTreeWidget* m_findings = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_closeButton = nullptr;
    bool m_diagnosed = false;
};

}  // namespace ob::app
