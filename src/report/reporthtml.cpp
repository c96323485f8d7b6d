// SPDX-License-Identifier: MIT
#include "report/reporthtml.h"

namespace ob::report {
namespace {

/// A break after '_', '+' and '/' inside a word, and after '.', ',', ':' and '=' between letters ("model.py"),
/// never inside a number ("0.1234").
bool breaksBetween(QChar c, QChar next)
{
    if (c == QLatin1Char('_') || c == QLatin1Char('+') || c == QLatin1Char('/'))
        return true;
    return (c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(':') || c == QLatin1Char('='))
        && next.isLetter();
}

/// Inserts `mark` where breaksBetween() allows in `text` (already escaped), and every 24 characters in a run
/// without any, so that no line of a table cell or a <pre> is wider than the page.
QString withBreaks(const QString& text, const QString& mark)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    int run = 0;      // characters since the last break opportunity
    bool entity = false;  // inside "&amp;": never split
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        out += c;
        if (c == QLatin1Char('&'))
            entity = true;
        else if (entity && c == QLatin1Char(';'))
            entity = false;
        if (c.isSpace()) {
            run = 0;
            continue;
        }
        ++run;
        const QChar next = i + 1 < text.size() ? text[i + 1] : QLatin1Char(' ');
        if (!entity && !next.isSpace() && (breaksBetween(c, next) || run >= 24)) {
            out += mark;
            run = 0;
        }
    }
    return out;
}

}  // namespace

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dash()
{
    return QStringLiteral("–");
}

QString breakable(const ReportContext& ctx, const QString& text)
{
    return withBreaks(esc(text), ctx.form == ReportForm::Pdf ? QString(QChar(0x200b)) : QStringLiteral("<wbr>"));
}

QString prose(const ReportContext& ctx, const QString& text)
{
    return ctx.form == ReportForm::Pdf ? breakable(ctx, text) : esc(text);
}

QString table(const ReportContext& ctx, const QStringList& header, const QList<Row>& rows,
              const QStringList& rowClasses, const QString& tableClass, const QList<int>& widths)
{
    // width 100%: the columns share the page; cells wrap at word boundaries (and where breakable() allows).
    const bool facts = tableClass == QLatin1String("facts");
    QString html =
        QStringLiteral("<table class=\"%1\" width=\"100%\" border=\"%2\" cellspacing=\"0\" cellpadding=\"3\">\n")
            .arg(tableClass, facts ? QStringLiteral("0") : QStringLiteral("1"));
    if (!header.isEmpty()) {
        html += QStringLiteral("<thead><tr>");
        for (int i = 0; i < header.size(); ++i)
            html += (i < widths.size() && widths[i] > 0 ? QStringLiteral("<th width=\"%1%\">").arg(widths[i])
                                                         : QStringLiteral("<th>"))
                + esc(header[i]) + QStringLiteral("</th>");
        html += QStringLiteral("</tr></thead>\n");
    }
    html += QStringLiteral("<tbody>\n");
    for (int i = 0; i < rows.size(); ++i) {
        const QString cls = i < rowClasses.size() && !rowClasses[i].isEmpty()
            ? QStringLiteral(" class=\"") + rowClasses[i] + QStringLiteral("\"")
            : QString();
        html += QStringLiteral("<tr") + cls + QStringLiteral(">");
        for (const Cell& c : rows[i]) {
            const QString span = c.rowSpan > 1 ? QStringLiteral(" rowspan=\"%1\"").arg(c.rowSpan) : QString();
            switch (c.kind) {
            case Cell::Number:
                html += QStringLiteral("<td class=\"num\" align=\"right\" nowrap") + span + QLatin1Char('>')
                    + esc(c.text);
                break;
            case Cell::NoWrap:
                html += QStringLiteral("<td class=\"nowrap\" nowrap") + span + QLatin1Char('>') + esc(c.text);
                break;
            case Cell::Label:
                html += QStringLiteral("<td class=\"label\" nowrap") + span + QStringLiteral("><b>") + esc(c.text)
                    + QStringLiteral("</b>");
                break;
            case Cell::Method:
                html += QStringLiteral("<td class=\"method\"") + span + QLatin1Char('>') + breakable(ctx, c.text);
                break;
            case Cell::Text:
                html += QStringLiteral("<td") + span + QLatin1Char('>') + prose(ctx, c.text);
                break;
            }
            html += QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

QString heading(const QString& id, const QString& text)
{
    return QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(id, esc(text));
}

QString subheading(const QString& text, const QString& cls)
{
    return (cls.isEmpty() ? QStringLiteral("<h3>") : QStringLiteral("<h3 class=\"%1\">").arg(cls)) + esc(text)
        + QStringLiteral("</h3>\n");
}

QString notes(const QString& text)
{
    QString html;
    for (const auto& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += paragraph(line.trimmed(), QStringLiteral("note"));
    return html;
}

QString paragraph(const QString& text, const QString& cls)
{
    return (cls.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cls)) + esc(text)
        + QStringLiteral("</p>\n");
}

QString rowClass(const MethodResult& r)
{
    if (r.status == MethodStatus::Failed)
        return QStringLiteral("failed");
    if (r.status == MethodStatus::NotApplicable)
        return QStringLiteral("na");
    return r.flags.isEmpty() ? QString() : QStringLiteral("flagged");
}

}  // namespace ob::report
