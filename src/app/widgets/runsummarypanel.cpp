// SPDX-License-Identifier: MIT
#include "widgets/runsummarypanel.h"

#include <QEvent>
#include <QLabel>
#include <QUrl>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include "format/celltext.h"
#include "format/statstext.h"
#include "widgets/uistyle.h"

namespace ob::app {
namespace {

const QString kLinkScheme = QStringLiteral("method");

/// A green readable on the palette's base colour (the fastest faithful method).
QColor goodColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x7b, 0xd8, 0x8f) : QColor(0x1a, 0x7f, 0x37);
}

/// The line's mark: what kind of news it is, by symbol and colour (the text says it in words too).
std::pair<QString, QColor> markOf(SummaryLine::Kind kind, const QPalette& palette)
{
    using Kind = SummaryLine::Kind;
    const QColor muted = palette.color(QPalette::PlaceholderText);
    switch (kind) {
    case Kind::Fastest: return {QStringLiteral("▲"), goodColor(palette)};
    case Kind::NoneFaster: return {QStringLiteral("="), muted};
    case Kind::Drifted: return {QStringLiteral("⚠"), warningColor(palette)};
    case Kind::Failed: return {QStringLiteral("✖"), errorColor(palette)};
    case Kind::NotApplicable: return {QStringLiteral("–"), muted};
    case Kind::Cancelled: return {QStringLiteral("■"), warningColor(palette)};
    case Kind::Note: return {QStringLiteral("ℹ"), muted};
    }
    return {QString(), muted};
}

/// The line as HTML, its first mention of the method a link.
QString lineHtml(const SummaryLine& line)
{
    QString html = line.text.toHtmlEscaped();
    if (line.method.isEmpty())
        return html;
    const QString name = line.method.toHtmlEscaped();
    const int at = html.indexOf(name);
    if (at < 0)
        return html;
    QUrl url;
    url.setScheme(kLinkScheme);
    url.setPath(line.method);
    url.setFragment(QString::number(line.batch));
    const QString link = QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString().toHtmlEscaped(), name);
    return html.replace(at, name.size(), link);
}

}  // namespace

RunSummaryPanel::RunSummaryPanel(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("runSummaryPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("runSummaryTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("runSummaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString& link) {
        const QUrl url(link);
        if (url.scheme() == kLinkScheme)
            Q_EMIT methodActivated(url.path(), url.fragment().toInt());
    });
    m_context = new QLabel(this);
    m_context->setObjectName(QStringLiteral("runSummaryContext"));
    m_context->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("runSummaryWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 0, Qt::AlignTop);
    head->addWidget(m_context, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_text);
    layout->addWidget(m_warning);
    hide();
}

void RunSummaryPanel::setRun(const RunResult& run)
{
    m_summary = summarizeRun(run);
    m_state = m_summary.isEmpty() ? State::Empty : State::Shown;
    render();
}

void RunSummaryPanel::setRunning()
{
    m_summary = {};
    m_state = State::Running;
    render();
}

void RunSummaryPanel::clear()
{
    m_summary = {};
    m_state = State::Empty;
    render();
}

void RunSummaryPanel::setContext(const QString& context, const QString& warning)
{
    m_context->setText(context);
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    render();
}

QStringList RunSummaryPanel::lines() const
{
    return m_state == State::Shown ? summaryLines(m_summary) : QStringList();
}

QString RunSummaryPanel::methodLink(const QString& method, int batch) const
{
    QUrl url;
    url.setScheme(kLinkScheme);
    url.setPath(method);
    url.setFragment(QString::number(batch));
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString().toHtmlEscaped(), method.toHtmlEscaped());
}

QString RunSummaryPanel::batchTable() const
{
    // One row per batch size: the same facts as the summary's lines (core's texts), laid out to compare at a glance.
    const QPalette p = palette();
    const QString cell = QStringLiteral("<td style=\"padding:1px 10px 1px 0\">%1</td>");
    QString html = QStringLiteral("<table cellspacing=\"0\"><tr>");
    for (const QString& head : {tr("Batch"), tr("Fastest faithful method"), tr("Against eager"), tr("At what cost"),
                                tr("Faster, but its outputs drift")})
        html += QStringLiteral("<th align=\"left\" style=\"padding:1px 10px 1px 0\">%1</th>").arg(head.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const BatchSummary& b : m_summary.batches) {
        html += QStringLiteral("<tr>") + cell.arg(b.batch);
        if (!b.fastestFaithful) {
            html += cell.arg(tr("no faithful method was measured").toHtmlEscaped()) + cell.arg(QString()) + cell.arg(QString());
        } else {
            const SummaryEntry& e = *b.fastestFaithful;
            const bool eager = e.method == QLatin1String("eager");
            const bool wins = e.speedup && e.speedup->significant && e.speedup->ratio >= 1;
            const auto [mark, colour] = markOf(wins || (!eager && !e.speedup) ? SummaryLine::Kind::Fastest
                                                                               : SummaryLine::Kind::NoneFaster, p);
            html += cell.arg(QStringLiteral("<span style=\"color:%1\">%2</span> %3 · %4")
                                 .arg(colour.name(), mark, methodLink(e.method, b.batch),
                                      tr("%1 ms").arg(msText(e.medianMs)).toHtmlEscaped()));
            QString against;
            if (eager)
                against = tr("nothing beats eager");
            else if (!e.speedup)
                against = tr("eager not measured");
            else if (!wins)
                against = tr("not significantly faster: %1").arg(speedupText(*e.speedup));
            else
                against = speedupText(*e.speedup);
            html += cell.arg(against.toHtmlEscaped()) + cell.arg(costDescription(e).toHtmlEscaped());
        }
        if (b.fastestDrifted) {
            const SummaryEntry& d = *b.fastestDrifted;
            const auto [mark, colour] = markOf(SummaryLine::Kind::Drifted, p);
            // The ratio without its interval (the lines and the table have it): the cell says how it drifts.
            const QString speed = !d.speedup ? tr("%1 ms").arg(msText(d.medianMs))
                : d.speedup->significant      ? speedupText(*d.speedup).section(QStringLiteral(" ("), 0, 0)
                                              : speedupText(*d.speedup);
            const QString how = driftDescription(d);
            html += cell.arg(QStringLiteral("<span style=\"color:%1\">%2</span> %3 %4")
                                 .arg(colour.name(), mark, methodLink(d.method, b.batch),
                                      (how.isEmpty() ? speed : tr("%1; %2").arg(speed, how)).toHtmlEscaped()));
        } else {
            html += cell.arg(QStringLiteral("–"));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

void RunSummaryPanel::render()
{
    m_title->setText(tr("Summary"));
    QPalette muted = m_context->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_context->setPalette(muted);
    QPalette amber = m_warning->palette();
    amber.setColor(QPalette::WindowText, warningColor(palette()));
    m_warning->setPalette(amber);
    if (m_state == State::Empty) {
        hide();
        return;
    }
    if (m_state == State::Running) {
        m_text->setText(tr("The run is in progress: the summary (the fastest faithful method at each batch size, by "
                           "how much, at what cost) comes when it ends.")
                            .toHtmlEscaped());
        show();
        return;
    }
    QString html = m_summary.batches.empty() ? QString() : batchTable();
    // Then the lines that are not about one batch size: failures, methods that do not apply, notes.
    QString rest;
    for (const SummaryLine& line : summaryItems(m_summary)) {
        if (line.batch > 0)
            continue;
        const auto [mark, colour] = markOf(line.kind, palette());
        rest += QStringLiteral("<tr><td style=\"color:%1; padding-right:6px\">%2</td><td>%3</td></tr>")
                    .arg(colour.name(), mark, lineHtml(line));
    }
    if (!rest.isEmpty())
        html += QStringLiteral("<table cellspacing=\"0\" style=\"margin-top:4px\">") + rest
            + QStringLiteral("</table>");
    m_text->setText(html);
    show();
}

void RunSummaryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QFrame::changeEvent(event);
}

}  // namespace ob::app
