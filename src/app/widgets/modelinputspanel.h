// SPDX-License-Identifier: MIT
#pragma once
// The inputs of a model file (model torchscript) on the configuration page: forward's schema, one row per argument
// (a tensor argument gets an input spec field, prefilled from the inspection, checked with parseInputSpec as it is
// typed and labelled with where its spec came from; any other argument shows its default), the example-inputs file
// and the primary output. When the inspection failed, its message sits next to what it names (an argument, the
// example file, the primary output, else under the rows), with LibTorch's own text behind "Details".
// The panel holds no inspection of its own: the page inspects off the GUI thread and calls setInfo().

#include <QMap>
#include <QStringList>
#include <QWidget>
#include <functional>

#include <optional>
#include <vector>

#include "config/validation.h"
#include "optibench/engine/types.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace ob::app {

class ErrorDetails;

class ModelInputsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ModelInputsPanel(QWidget* parent = nullptr);
    ~ModelInputsPanel() override;

    /// A new configuration: its input specs (RunConfig::inputSpecs, named or in order), example-inputs file and
    /// primary output. The rows come with the next setInfo().
    void reset(const QStringList& givenSpecs, const QString& exampleInputs, const QString& primaryOutput);
    /// Shows what an inspection found. `error`: why the file cannot be benchmarked (checkModelFile()), or none.
    void setInfo(const engine::ModelFileInfo& info, const MaybeError& error);
    /// Shows "Checking the inputs…" while the page inspects.
    void setBusy(bool busy);

    /// The specs given here (typed, or from the configuration), each named after its argument, in forward's order:
    /// RunConfig::inputSpecs. Specs that do not parse are left out (specError() names them).
    QStringList inputSpecs() const;
    QString exampleInputs() const { return m_exampleInputs; }
    /// The chosen output leaf; empty: the engine's choice.
    QString primaryOutput() const;
    /// The first spec field whose text does not parse (or names another argument); none when all parse.
    MaybeError specError() const;

    /// The spec field of a tensor argument, or null (tests, screenshots).
    QLineEdit* specEdit(const QString& argument) const;
    /// The source label under a tensor argument's field, or null.
    QLabel* sourceLabel(const QString& argument) const;
    /// The error shown at an argument's row, or null.
    ErrorDetails* argumentError(const QString& argument) const;
    QComboBox* primaryOutputCombo() const { return m_primary; }
    /// What *Example inputs…* asks for the file with (default: a file dialog; tests answer without a modal loop).
    /// Returns the chosen path, empty when cancelled.
    using FileChooser = std::function<QString(QWidget* parent, const QString& startDirectory)>;
    void setExampleFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

Q_SIGNALS:
    /// The user typed in a spec field (the page re-inspects after a pause).
    void specsEdited();
    /// The user chose or cleared the example-inputs file.
    void exampleInputsChanged();
    /// The user chose another primary output.
    void primaryOutputChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        engine::ArgumentInfo arg;
        QWidget* box = nullptr;
        QLabel* name = nullptr;
        QLabel* type = nullptr;
        QLineEdit* edit = nullptr;  // tensor: the spec; other: its default, read-only
        QLabel* source = nullptr;
        ErrorDetails* error = nullptr;
        std::optional<engine::InputSpec> ran;  // what the last inspection ran this argument with
    };

    void buildRows(const std::vector<engine::ArgumentInfo>& arguments);
    void placeGivenSpecs();
    void updateRow(Row& row);
    void updateRowSpec(Row& row);
    void updatePrimary();
    void updateErrors();
    void updateExampleWidgets();
    void chooseExampleInputs();
    void clearGivenSpecs();
    void retranslate();
    Row* row(const QString& argument);
    const Row* row(const QString& argument) const;
    /// The row's text parsed: none when it is empty or parses (and names no other argument).
    MaybeError parseRow(const Row& row, engine::InputSpec* spec = nullptr) const;

    QLabel* m_schemaCaption = nullptr;
    QLabel* m_schema = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
    std::vector<Row> m_rows;
    QLabel* m_exampleLabel = nullptr;
    QLineEdit* m_exampleEdit = nullptr;
    QPushButton* m_exampleButton = nullptr;
    QToolButton* m_exampleClear = nullptr;
    QLabel* m_exampleHint = nullptr;
    ErrorDetails* m_exampleError = nullptr;
    QPushButton* m_resetSpecsButton = nullptr;
    QLabel* m_primaryLabel = nullptr;
    QComboBox* m_primary = nullptr;
    ErrorDetails* m_primaryError = nullptr;
    ErrorDetails* m_generalError = nullptr;
    QLabel* m_busy = nullptr;

    engine::ModelFileInfo m_info;
    MaybeError m_error;
    QStringList m_configSpecs;        // the configuration's specs, until the arguments are known
    bool m_placed = false;            // m_configSpecs were placed on the rows
    QMap<QString, QString> m_given;   // argument -> the spec typed or given for it (as typed)
    QString m_exampleInputs;
    FileChooser m_chooseFile;
    QString m_primaryOutput;          // the chosen leaf; empty: the engine's choice
    QString m_autoPrimary;            // the leaf the engine chose when none was given
};

}  // namespace ob::app
