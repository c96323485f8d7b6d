// SPDX-License-Identifier: MIT
#include "widgets/modelinputspanel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include "config/inputspec.h"
#include "widgets/errordetails.h"
#include "widgets/uistyle.h"

namespace ob::app {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

/// A spec as its field shows it: without the name (the row names the argument).
QString fieldText(engine::InputSpec spec)
{
    spec.name.clear();
    return formatInputSpec(spec);
}

bool sameArguments(const std::vector<engine::ArgumentInfo>& a, const std::vector<engine::ArgumentInfo>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].name != b[i].name || a[i].type != b[i].type || a[i].tensor != b[i].tensor
            || a[i].defaultValue != b[i].defaultValue)
            return false;
    return true;
}

/// An error without what is allowed (that goes into the tooltip): the value and the problem, a file by its name
/// (the page shows the whole path above).
QString errorHead(const ValidationError& e)
{
    QString value = e.value;
    if (e.field == QLatin1String("model-file") || e.field == QLatin1String("example-inputs"))
        value = QFileInfo(value).fileName();
    return value.isEmpty() ? e.problem : value + QLatin1Char(' ') + e.problem;
}

QFont smallFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

/// A caption in the palette's placeholder colour (types, sources, hints).
void makeQuiet(QLabel* label)
{
    label->setFont(smallFont(label->font()));
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
}

}  // namespace

ModelInputsPanel::ModelInputsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_schemaCaption = new QLabel(this);
    makeQuiet(m_schemaCaption);
    m_schema = new QLabel(this);
    m_schema->setObjectName(QStringLiteral("schemaLabel"));
    m_schema->setWordWrap(true);
    m_schema->setTextFormat(Qt::PlainText);
    m_schema->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_schema->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_schemaCaption);
    layout->addWidget(m_schema);

    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(8);
    layout->addLayout(m_rowsLayout);
    m_resetSpecsButton = new QPushButton(this);
    m_resetSpecsButton->setObjectName(QStringLiteral("resetSpecsButton"));
    connect(m_resetSpecsButton, &QPushButton::clicked, this, &ModelInputsPanel::clearGivenSpecs);
    layout->addWidget(m_resetSpecsButton, 0, Qt::AlignRight);

    auto* form = new QGridLayout;
    form->setColumnStretch(1, 1);
    m_exampleLabel = new QLabel(this);
    m_exampleEdit = new QLineEdit(this);
    m_exampleEdit->setObjectName(QStringLiteral("exampleInputsEdit"));
    m_exampleEdit->setReadOnly(true);
    m_exampleButton = new QPushButton(this);
    m_exampleButton->setObjectName(QStringLiteral("exampleInputsButton"));
    m_exampleClear = new QToolButton(this);
    m_exampleClear->setObjectName(QStringLiteral("exampleInputsClear"));
    m_exampleLabel->setBuddy(m_exampleButton);
    auto* exampleRow = new QHBoxLayout;
    exampleRow->addWidget(m_exampleEdit, 1);
    exampleRow->addWidget(m_exampleClear);
    form->addWidget(m_exampleLabel, 0, 0);
    form->addLayout(exampleRow, 0, 1);
    form->addWidget(m_exampleButton, 1, 1, Qt::AlignRight);
    m_exampleHint = new QLabel(this);
    m_exampleHint->setWordWrap(true);
    makeQuiet(m_exampleHint);
    form->addWidget(m_exampleHint, 2, 0, 1, 2);
    m_exampleError = new ErrorDetails(this);
    m_exampleError->setObjectName(QStringLiteral("exampleInputsError"));
    form->addWidget(m_exampleError, 3, 0, 1, 2);
    m_primaryLabel = new QLabel(this);
    m_primary = new QComboBox(this);
    m_primary->setObjectName(QStringLiteral("primaryOutputCombo"));
    m_primary->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_primary->setMinimumContentsLength(12);
    m_primaryLabel->setBuddy(m_primary);
    form->addWidget(m_primaryLabel, 4, 0);
    form->addWidget(m_primary, 4, 1);
    m_primaryError = new ErrorDetails(this);
    m_primaryError->setObjectName(QStringLiteral("primaryOutputError"));
    form->addWidget(m_primaryError, 5, 0, 1, 2);
    layout->addLayout(form);

    m_generalError = new ErrorDetails(this);
    m_generalError->setObjectName(QStringLiteral("modelFileError"));
    layout->addWidget(m_generalError);
    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("inspectingLabel"));
    makeQuiet(m_busy);
    m_busy->hide();
    layout->addWidget(m_busy);

    connect(m_exampleButton, &QPushButton::clicked, this, &ModelInputsPanel::chooseExampleInputs);
    connect(m_exampleClear, &QToolButton::clicked, this, [this] {
        m_exampleInputs.clear();
        updateExampleWidgets();
        Q_EMIT exampleInputsChanged();
    });
    connect(m_primary, &QComboBox::activated, this, [this](int index) {
        m_primaryOutput = m_primary->itemData(index).toString();
        Q_EMIT primaryOutputChanged();
    });
    retranslate();
    reset({}, {}, {});
}

ModelInputsPanel::~ModelInputsPanel() = default;

void ModelInputsPanel::reset(const QStringList& givenSpecs, const QString& exampleInputs, const QString& primaryOutput)
{
    m_configSpecs = givenSpecs;
    m_placed = false;
    m_given.clear();
    m_exampleInputs = exampleInputs;
    m_primaryOutput = primaryOutput;
    m_autoPrimary.clear();
    m_info = {};
    m_error.reset();
    buildRows({});
    m_schema->clear();
    m_schemaCaption->hide();
    m_schema->hide();
    updatePrimary();
    updateErrors();
    updateExampleWidgets();
}

void ModelInputsPanel::setInfo(const engine::ModelFileInfo& info, const MaybeError& error)
{
    m_info = info;
    m_error = error;
    if (!sameArguments(info.arguments, [this] {
            std::vector<engine::ArgumentInfo> current;
            for (const auto& r : m_rows)
                current.push_back(r.arg);
            return current;
        }()))
        buildRows(info.arguments);
    placeGivenSpecs();
    const auto ran = specsByArgument(info);
    for (std::size_t i = 0; i < m_rows.size() && i < ran.size(); ++i)
        m_rows[i].ran = ran[i];
    if (m_primaryOutput.isEmpty() && info.ok)
        m_autoPrimary = q(info.primaryOutput);
    m_schema->setText(q(info.schema));
    m_schemaCaption->setVisible(!info.schema.empty());
    m_schema->setVisible(!info.schema.empty());
    for (auto& r : m_rows)
        updateRow(r);
    updatePrimary();
    updateErrors();
    updateExampleWidgets();
}

void ModelInputsPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

QStringList ModelInputsPanel::inputSpecs() const
{
    if (!m_placed)
        return m_configSpecs;
    QStringList out;
    for (const auto& r : m_rows) {
        if (!r.arg.tensor || m_given.value(q(r.arg.name)).trimmed().isEmpty())
            continue;
        engine::InputSpec spec;
        if (parseRow(r, &spec))
            continue;
        spec.name = r.arg.name;
        out << formatInputSpec(spec);
    }
    return out;
}

QString ModelInputsPanel::primaryOutput() const
{
    return m_primaryOutput;
}

MaybeError ModelInputsPanel::specError() const
{
    for (const auto& r : m_rows)
        if (auto e = parseRow(r))
            return e;
    return std::nullopt;
}

QLineEdit* ModelInputsPanel::specEdit(const QString& argument) const
{
    const Row* r = row(argument);
    return r && r->arg.tensor ? r->edit : nullptr;
}

QLabel* ModelInputsPanel::sourceLabel(const QString& argument) const
{
    const Row* r = row(argument);
    return r ? r->source : nullptr;
}

ErrorDetails* ModelInputsPanel::argumentError(const QString& argument) const
{
    const Row* r = row(argument);
    return r ? r->error : nullptr;
}

ModelInputsPanel::Row* ModelInputsPanel::row(const QString& argument)
{
    for (auto& r : m_rows)
        if (q(r.arg.name) == argument)
            return &r;
    return nullptr;
}

const ModelInputsPanel::Row* ModelInputsPanel::row(const QString& argument) const
{
    return const_cast<ModelInputsPanel*>(this)->row(argument);
}

MaybeError ModelInputsPanel::parseRow(const Row& r, engine::InputSpec* out) const
{
    const QString text = m_given.value(q(r.arg.name));
    if (!r.arg.tensor || text.trimmed().isEmpty())
        return std::nullopt;
    engine::InputSpec spec;
    if (auto e = parseInputSpec(text, spec))
        return e;
    if (!spec.name.empty() && spec.name != r.arg.name)
        return ValidationError{QStringLiteral("input"), text,
                               tr("names the argument '%1', but this field is for '%2' (leave the name out)")
                                   .arg(q(spec.name), q(r.arg.name)),
                               inputSpecSyntax()};
    if (out)
        *out = spec;
    return std::nullopt;
}

void ModelInputsPanel::buildRows(const std::vector<engine::ArgumentInfo>& arguments)
{
    for (auto& r : m_rows)
        delete r.box;
    m_rows.clear();
    for (const auto& arg : arguments) {
        Row r;
        r.arg = arg;
        const QString name = q(arg.name);
        r.box = new QWidget(this);
        r.box->setObjectName(QStringLiteral("argument_") + name);
        auto* grid = new QGridLayout(r.box);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setVerticalSpacing(2);
        grid->setColumnStretch(2, 1);
        r.name = new QLabel(name, r.box);
        QFont bold = r.name->font();
        bold.setBold(true);
        r.name->setFont(bold);
        r.type = new QLabel(q(arg.type), r.box);
        r.type->setTextInteractionFlags(Qt::TextSelectableByMouse);
        makeQuiet(r.type);
        r.edit = new QLineEdit(r.box);
        r.edit->setObjectName(QStringLiteral("spec_") + name);
        r.edit->setReadOnly(!arg.tensor);
        r.name->setBuddy(r.edit);
        r.source = new QLabel(r.box);
        r.source->setObjectName(QStringLiteral("source_") + name);
        r.source->setWordWrap(true);
        makeQuiet(r.source);
        r.error = new ErrorDetails(r.box);
        r.error->setObjectName(QStringLiteral("error_") + name);
        grid->addWidget(r.name, 0, 0);
        grid->addWidget(r.type, 0, 1);
        grid->addWidget(r.edit, 1, 0, 1, 3);
        grid->addWidget(r.source, 2, 0, 1, 3);
        grid->addWidget(r.error, 3, 0, 1, 3);
        if (arg.tensor)
            connect(r.edit, &QLineEdit::textEdited, this, [this, name](const QString& text) {
                if (text.trimmed().isEmpty())
                    m_given.remove(name);
                else
                    m_given[name] = text;
                if (Row* edited = row(name))
                    updateRow(*edited);
                updateErrors();
                updateExampleWidgets();
                Q_EMIT specsEdited();
            });
        m_rowsLayout->addWidget(r.box);
        m_rows.push_back(r);
    }
}

void ModelInputsPanel::placeGivenSpecs()
{
    // The configuration's specs, as the engine places them: a named spec on its argument, the others on the tensor
    // arguments in order. A spec that names no tensor argument stays in the configuration (the error names it).
    if (m_placed || m_rows.empty())
        return;
    m_placed = true;
    for (const QString& text : m_configSpecs) {
        engine::InputSpec spec;
        if (parseInputSpec(text, spec))
            continue;
        if (!spec.name.empty()) {
            if (const Row* r = row(q(spec.name)); r && r->arg.tensor)
                m_given[q(spec.name)] = fieldText(spec);
            continue;
        }
        for (const auto& r : m_rows)
            if (r.arg.tensor && !m_given.contains(q(r.arg.name))) {
                m_given[q(r.arg.name)] = fieldText(spec);
                break;
            }
    }
}

void ModelInputsPanel::updateRow(Row& r)
{
    const QString name = q(r.arg.name);
    if (!r.arg.tensor) {
        r.edit->setText(r.arg.hasDefault ? q(r.arg.defaultValue) : tr("(no default)"));
        r.edit->setToolTip(tr("Not a tensor: forward gets its default"));
        r.source->setText(tr("not a tensor: its default is used"));
        return;
    }
    updateRowSpec(r);
    if (const auto e = parseRow(r)) {
        r.edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid %1; border-radius: 2px; padding: 1px; }")
                                  .arg(errorColor(palette()).name()));
        r.edit->setToolTip(e->message());
    } else {
        r.edit->setStyleSheet(QString());
        r.edit->setToolTip(tr("The input spec of %1: %2").arg(name, inputSpecSyntax()));
    }
}

void ModelInputsPanel::updateRowSpec(Row& r)
{
    const QString name = q(r.arg.name);
    r.edit->setPlaceholderText(tr("e.g. B,24:int64[0,1000)"));
    if (m_given.contains(name)) {
        if (r.edit->text() != m_given.value(name))
            r.edit->setText(m_given.value(name));
        r.source->setText(tr("given"));
        return;
    }
    if (!r.edit->hasFocus())  // never under the cursor of someone typing
        r.edit->setText(r.ran ? fieldText(*r.ran) : QString());
    if (!r.ran) {
        const bool optional = r.arg.type.rfind("Optional", 0) == 0;
        r.source->setText(optional ? tr("not given: forward gets None")
                                   : tr("no spec: give its shape and dtype"));
    } else if (r.ran->source == "example_file") {
        r.source->setText(tr("from the example file"));
    } else if (r.ran->source == "graph") {
        r.source->setText(r.ran->reason.empty() ? tr("suggested") : tr("suggested: %1").arg(q(r.ran->reason)));
    } else {
        r.source->setText(tr("given"));
    }
}

void ModelInputsPanel::updatePrimary()
{
    const QSignalBlocker block(m_primary);
    m_primary->clear();
    const auto leafText = [this](const engine::OutputLeafInfo& leaf) {
        QStringList dims;
        for (const auto d : leaf.shape)
            dims << QString::number(d);
        const QString shape = leaf.shape.empty()
            ? tr("scalar")
            : QString(QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']'));
        return tr("%1 — %2 %3").arg(q(leaf.path), q(leaf.dtype), shape);
    };
    QString automatic = m_autoPrimary;
    for (const auto& leaf : m_info.outputLeaves)
        if (q(leaf.path) == m_autoPrimary)
            automatic = leafText(leaf);
    m_primary->addItem(automatic.isEmpty() ? tr("automatic") : tr("automatic: %1").arg(automatic), QString());
    m_primary->setItemData(0, tr("The first output leaf with a class dimension, as the engine picks it"),
                           Qt::ToolTipRole);
    for (const auto& leaf : m_info.outputLeaves) {
        m_primary->addItem(leafText(leaf), q(leaf.path));
        m_primary->setItemData(m_primary->count() - 1,
                               leaf.floating ? tr("Compared with eager's by cosine and errors")
                                             : tr("Compared with eager's exactly"),
                               Qt::ToolTipRole);
    }
    int at = 0;
    if (!m_primaryOutput.isEmpty()) {
        at = m_primary->findData(m_primaryOutput);
        if (at < 0) {  // not (or no longer) a leaf: shown, so that the error next to it makes sense
            m_primary->addItem(m_primaryOutput, m_primaryOutput);
            at = m_primary->count() - 1;
        }
    }
    m_primary->setCurrentIndex(at);
    m_primary->setEnabled(m_primary->count() > 1);
    m_primary->setToolTip(tr("The output leaf whose top-1 agreement with eager is measured and scored; every leaf is "
                             "compared with eager's"));
}

void ModelInputsPanel::updateErrors()
{
    // The inspection's error goes where it belongs: the argument it names, the example file, the primary output,
    // else under the rows. A field whose text does not parse shows its own error instead.
    const bool example = m_error && m_info.errorKind == "example_inputs";
    const bool primary = m_error && !example && m_info.argument == "primary-output";
    const Row* target = m_error && !example && !primary ? row(q(m_info.argument)) : nullptr;
    const QString head = m_error ? errorHead(*m_error) : QString();
    const QString allowed = m_error ? m_error->allowed : QString();
    const QString detail = q(m_info.detail);
    for (auto& r : m_rows) {
        if (const auto e = parseRow(r))
            r.error->setError(errorHead(*e), {}, e->allowed);
        else if (&r == target)
            r.error->setError(head, detail, allowed);
        else
            r.error->setError({});
        r.source->setVisible(r.error->isHidden());  // the error says more than "no spec" or "given"
    }
    m_exampleError->setError(example ? head : QString(), detail, allowed);
    m_primaryError->setError(primary ? head : QString(), detail, allowed);
    m_generalError->setError(m_error && !example && !primary && !target ? head : QString(), detail, allowed);
}

void ModelInputsPanel::updateExampleWidgets()
{
    m_exampleEdit->setText(QFileInfo(m_exampleInputs).fileName());
    m_exampleEdit->setToolTip(QDir::toNativeSeparators(m_exampleInputs));
    m_exampleClear->setEnabled(!m_exampleInputs.isEmpty());
    const bool anyGiven = !inputSpecs().isEmpty();
    m_exampleHint->setVisible(!m_exampleInputs.isEmpty() && anyGiven);
    m_resetSpecsButton->setVisible(anyGiven);
}

void ModelInputsPanel::chooseExampleInputs()
{
    const QString start = m_exampleInputs.isEmpty() ? QString() : QFileInfo(m_exampleInputs).absolutePath();
    const QString path = m_chooseFile ? m_chooseFile(this, start)
                                      : QFileDialog::getOpenFileName(this, tr("Example inputs"), start,
                                                                     tr("Saved tensors (*.pt *.pth *.pkl)")
                                                                         + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    // Given specs take precedence over the file: choosing the file means using it for every argument.
    m_exampleInputs = path;
    m_given.clear();
    m_placed = true;
    for (auto& r : m_rows)
        updateRow(r);
    updateErrors();
    updateExampleWidgets();
    Q_EMIT exampleInputsChanged();
}

void ModelInputsPanel::clearGivenSpecs()
{
    m_given.clear();
    m_configSpecs.clear();
    m_placed = true;
    for (auto& r : m_rows) {
        r.edit->clearFocus();
        updateRow(r);
    }
    updateErrors();
    updateExampleWidgets();
    Q_EMIT specsEdited();
}

void ModelInputsPanel::retranslate()
{
    m_schemaCaption->setText(tr("Schema of forward:"));
    m_exampleLabel->setText(tr("Example file:"));
    m_exampleEdit->setPlaceholderText(tr("none"));
    m_exampleButton->setText(tr("E&xample inputs…"));
    m_exampleButton->setToolTip(tr("A torch.save file of forward's inputs (a tensor, or a tuple, list or dict of "
                                   "them): the inputs are made like it"));
    m_exampleClear->setText(tr("Clear"));
    m_exampleClear->setToolTip(tr("Do not use an example-inputs file"));
    m_exampleHint->setText(tr("Not used while input specs are given: given specs take precedence over the example "
                              "file."));
    m_resetSpecsButton->setText(tr("&Use the suggestions"));
    m_resetSpecsButton->setToolTip(tr("Forget the specs typed here: the inputs come from the example file or the "
                                      "graph's suggestions again"));
    m_primaryLabel->setText(tr("&Primary output:"));
    m_busy->setText(tr("Checking the inputs…"));
    for (auto& r : m_rows)
        updateRow(r);
    updatePrimary();
}

void ModelInputsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace ob::app
