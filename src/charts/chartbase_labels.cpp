// SPDX-License-Identifier: MIT
// ChartBase: the names a chart draws next to its data (method names under boxes and bars, trace cells) are the
// legend of those methods: they fit (wrapped, or upright), show the full name and read-out on hover, and a click
// hides or shows the method in this chart (a hidden one stays, greyed and struck through).

#include "charts/chartbase.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QMouseEvent>

#include <algorithm>

namespace ob::app {
namespace {

// Where a category label may break: after '_', '+', '-' or a space.
QStringList breakTokens(const QString& line)
{
    QStringList tokens;
    QString current;
    for (const QChar c : line) {
        current += c;
        if (c == QLatin1Char('_') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char(' ')) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

// `line` in lines no wider than `width`, broken between tokens; empty when a token alone is wider.
QStringList wrapLine(const QString& line, const QFontMetricsF& fm, qreal width)
{
    QStringList lines;
    QString current;
    for (const auto& token : breakTokens(line)) {
        if (fm.horizontalAdvance(token.trimmed()) > width)
            return {};
        if (!current.isEmpty() && fm.horizontalAdvance(QString(current + token).trimmed()) > width) {
            lines << current.trimmed();
            current.clear();
        }
        current += token;
    }
    if (!current.isEmpty())
        lines << current.trimmed();
    return lines;
}

}  // namespace

QString ChartBase::greyedHtml(const QString& html)
{
    return QStringLiteral("<font color=\"#a0a0a0\"><s>") + html + QStringLiteral("</s></font>");
}

void ChartBase::setCategoryLabels(QBarCategoryAxis* axis, const QStringList& labels, const QStringList& hoverTexts,
                                  const QStringList& methods)
{
    m_categoryAxis = axis;
    m_categoryLabels = labels;
    m_categoryToolTips = hoverTexts;
    m_categoryMethods = methods;
    fitCategories();
}

void ChartBase::fitCategories()
{
    // Method names under their boxes or bars, never elided: upright, broken after '_' or '+' into lines as wide as
    // their category; when a part of a name is wider than that, vertical in a smaller font, broken into lines no
    // longer than a third of the chart's height, as many lines as the category's width holds.
    if (!m_categoryAxis || m_fittingCategories)
        return;
    m_fittingCategories = true;
    const int n = int(m_categoryLabels.size());
    QFont font;
    if (n > kLegendRowEntries)
        font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.88));
    const qreal plotWidth = m_chart->size().width() - (m_plotReserve > 0 ? m_plotReserve : 90);
    const qreal category = n > 0 ? plotWidth / n : 0;
    QStringList wrapped;
    bool upright = n > 0 && category > 6;
    {
        const QFontMetricsF fm(font);
        for (const auto& label : m_categoryLabels) {
            if (!upright)
                break;
            QStringList lines;
            for (const auto& line : label.split(QStringLiteral("<br>"))) {
                const QStringList parts = wrapLine(line, fm, category - 6);
                if (parts.isEmpty() || lines.size() + parts.size() > 4) {
                    upright = false;
                    break;
                }
                lines << parts;
            }
            wrapped << lines.join(QStringLiteral("<br>"));
        }
    }
    if (!upright) {
        wrapped.clear();
        font.setPointSizeF(std::max(7.0, QFont().pointSizeF() * 0.82));
        const QFontMetricsF fm(font);
        const int maxLines = std::max(1, int(category / fm.height()));
        const qreal band = std::max(50.0, m_chart->size().height() * 0.3);
        for (const auto& label : m_categoryLabels) {
            QStringList given = label.split(QStringLiteral("<br>"));
            if (given.size() > maxLines)
                given = QStringList{given.join(QLatin1Char(' '))};
            QStringList lines;
            for (const auto& line : given) {
                const QStringList parts = wrapLine(line, fm, band);
                lines << (parts.isEmpty() ? QStringList{line} : parts);
            }
            if (lines.size() > maxLines)
                lines = QStringList{given.join(QLatin1Char(' '))};
            wrapped << lines.join(QStringLiteral("<br>"));
        }
    }
    QStringList categories = wrapped;
    for (int i = 0; i < categories.size() && i < m_categoryMethods.size(); ++i)
        if (m_hidden.contains(m_categoryMethods[i]))
            categories[i] = greyedHtml(categories[i]);
    m_categoryAxis->setTruncateLabels(false);
    if (m_categoryAxis->labelsFont() != font)
        m_categoryAxis->setLabelsFont(font);
    if (m_categoryAxis->labelsAngle() != (upright ? 0 : -90))
        m_categoryAxis->setLabelsAngle(upright ? 0 : -90);
    if (m_categoryAxis->categories() != categories) {
        if (categories.isEmpty())
            m_categoryAxis->clear();
        else
            m_categoryAxis->setCategories(categories);
    }
    m_fittingCategories = false;
}

void ChartBase::fitAxisTitles()
{
    // An axis title longer than its side of the plot: Qt Charts cuts it to "...", which a vertical title shows as
    // "⋮" (the Chinese y-axis titles of small charts did). A smaller font first, down to 6.5 pt.
    const QRectF area = m_chart->plotArea();
    if (area.width() < 20 || area.height() < 20)
        return;
    for (QAbstractAxis* axis : m_chart->axes()) {
        const QString title = axis->titleText();
        if (title.isEmpty())
            continue;
        QFont font = axis->titleFont();
        if (font.pointSizeF() <= 0)  // a font in pixels
            font.setPointSizeF(QFontInfo(font).pointSizeF());
        double base = axis->property("ob_titlePoints").toDouble();
        if (base <= 0) {
            base = font.pointSizeF();
            axis->setProperty("ob_titlePoints", base);
        }
        font.setPointSizeF(base);
        const qreal room = (axis->orientation() == Qt::Vertical ? area.height() : area.width()) - 8;
        const qreal needed = QFontMetricsF(font).horizontalAdvance(title);
        const double points = needed <= room ? base : std::max(6.5, base * room / needed);
        if (std::abs(points - axis->titleFont().pointSizeF()) > 0.05) {
            font.setPointSizeF(points);
            axis->setTitleFont(font);
        }
    }
}

QStringList ChartBase::legendMethods() const
{
    QStringList methods;
    for (const auto& e : m_legend->entries())
        if (e.kind == LegendEntry::Kind::Method)
            methods << e.key;
    for (const auto& m : m_categoryMethods)
        if (!methods.contains(m))
            methods << m;
    return methods;
}

ChartBase::LabelHit ChartBase::labelAt(const QPointF& p) const
{
    // The band under the plot where the category labels are.
    if (!m_categoryAxis || m_categoryToolTips.isEmpty())
        return {};
    const QRectF area = m_chart->plotArea();
    const qreal legendTop = m_legend->pos().y();
    if (p.x() < area.left() || p.x() > area.right() || p.y() <= area.bottom() || p.y() >= legendTop)
        return {};
    const int n = int(m_categoryToolTips.size());
    const int index = std::clamp(int((p.x() - area.left()) / (area.width() / n)), 0, n - 1);
    return {m_categoryMethods.value(index), m_categoryToolTips[index]};
}

bool ChartBase::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    const auto hitAt = [this](QEvent* e) {
        const QPoint at = static_cast<QMouseEvent*>(e)->position().toPoint();
        return labelAt(m_chart->mapFromScene(m_view->mapToScene(at)));
    };
    if (event->type() == QEvent::MouseMove) {
        const LabelHit hit = hitAt(event);
        if (!hit.text.isEmpty()) {
            m_overLabel = true;
            QString text = hit.text;
            if (!hit.method.isEmpty())
                text += QLatin1Char('\n')
                    + (m_hidden.contains(hit.method) ? tr("Hidden in this chart: click its name to show it.")
                                                     : tr("Click its name to hide it in this chart."));
            showHover(text);
            m_view->viewport()->setCursor(hit.method.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        } else if (m_overLabel) {
            m_overLabel = false;
            showHover(QString());
            m_view->viewport()->unsetCursor();
        }
    } else if (event->type() == QEvent::MouseButtonRelease
               && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        const LabelHit hit = hitAt(event);
        if (!hit.method.isEmpty())
            setMethodHidden(hit.method, !m_hidden.contains(hit.method));
    } else if (event->type() == QEvent::Leave && m_overLabel) {
        m_overLabel = false;
        showHover(QString());
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace ob::app
