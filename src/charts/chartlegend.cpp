// SPDX-License-Identifier: MIT
#include "charts/chartlegend.h"

#include <QCursor>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSceneWheelEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ob::app {
namespace {

constexpr qreal kSymbol = 12;    // marker or sample width
constexpr qreal kGap = 4;        // between symbol and text
constexpr qreal kSpacing = 14;   // between entries
constexpr qreal kArrows = 14;    // room for the scroll arrows on the right

QColor greyed()
{
    return QColor(0xb0, 0xb0, 0xb0);
}

}  // namespace

ChartLegend::ChartLegend(QGraphicsItem* parent) : QGraphicsObject(parent)
{
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setZValue(10);  // above the plot's items
}

void ChartLegend::setEntries(const QList<LegendEntry>& entries)
{
    prepareGeometryChange();
    m_entries = entries;
    layOut(m_width);
    update();
}

void ChartLegend::setFont(const QFont& font)
{
    // In pixels: exports paint the scene on devices of 300 DPI and more, where a font in points would grow with the
    // device while the layout (and everything else in the scene) is in the scene's pixels.
    m_font = font;
    if (m_font.pixelSize() <= 0)
        m_font.setPixelSize(std::max(1, QFontInfo(font).pixelSize()));
    layOut(m_width);
    update();
}

void ChartLegend::setTextColour(const QColor& colour)
{
    m_textColour = colour;
    update();
}

qreal ChartLegend::rowHeight() const
{
    return std::ceil(std::max(QFontMetricsF(m_font).height(), kSymbol) + 4);
}

qreal ChartLegend::layOut(qreal width)
{
    prepareGeometryChange();
    m_width = width;
    m_rects.clear();
    m_shown.clear();
    const QFontMetricsF fm(m_font);
    const qreal usable = std::max(40.0, width - kArrows);
    const qreal row = rowHeight();
    // Entries in rows, each row centred; an entry wider than a whole row is elided (its tooltip has the full text).
    QList<QList<int>> rows{{}};
    QList<qreal> rowWidths{0};
    QList<qreal> widths;
    for (int i = 0; i < m_entries.size(); ++i) {
        const LegendEntry& e = m_entries[i];
        const qreal symbol = e.kind == LegendEntry::Kind::Note ? 0 : kSymbol + kGap;
        QString text = e.text;
        qreal w = symbol + fm.horizontalAdvance(text);
        if (w > usable) {
            text = fm.elidedText(text, Qt::ElideMiddle, usable - symbol);
            w = symbol + fm.horizontalAdvance(text);
        }
        m_shown << text;
        widths << w;
        const qreal needed = rows.back().isEmpty() ? w : rowWidths.back() + kSpacing + w;
        if (needed > usable && !rows.back().isEmpty()) {
            rows << QList<int>{};
            rowWidths << 0;
        }
        rowWidths.back() = rows.back().isEmpty() ? w : rowWidths.back() + kSpacing + w;
        rows.back() << i;
    }
    for (int i = 0; i < m_entries.size(); ++i)
        m_rects << QRectF();
    for (int r = 0; r < rows.size(); ++r) {
        qreal x = std::max(0.0, (usable - rowWidths[r]) / 2);
        for (int i : rows[r]) {
            m_rects[i] = QRectF(x, r * row, widths[i], row);
            x += widths[i] + kSpacing;
        }
    }
    m_contentHeight = m_entries.isEmpty() ? 0 : rows.size() * row;
    setScroll(m_scroll);
    return m_contentHeight;
}

void ChartLegend::setVisibleHeight(qreal height)
{
    prepareGeometryChange();
    m_visibleHeight = height;
    setScroll(m_scroll);
    update();
}

void ChartLegend::setScroll(qreal scroll)
{
    const qreal row = rowHeight();
    const qreal most = std::max(0.0, m_contentHeight - m_visibleHeight);
    // Whole rows: a scrolled legend never shows half an entry at its top.
    const qreal clamped = std::clamp(std::round(scroll / row) * row, 0.0, std::ceil(most / row) * row);
    if (clamped != m_scroll) {
        m_scroll = clamped;
        update();
    }
}

void ChartLegend::scrollTo(int index)
{
    if (index < 0 || index >= m_rects.size())
        return;
    const QRectF r = m_rects[index];
    if (r.top() < m_scroll)
        setScroll(r.top());
    else if (r.bottom() > m_scroll + m_visibleHeight)
        setScroll(r.bottom() - m_visibleHeight);
}

int ChartLegend::entryAt(const QPointF& pos) const
{
    if (pos.y() < 0 || pos.y() > m_visibleHeight)
        return -1;
    const QPointF p = pos + QPointF(0, m_scroll);
    for (int i = 0; i < m_rects.size(); ++i)
        if (m_rects[i].adjusted(-kSpacing / 2, 0, kSpacing / 2, 0).contains(p))
            return i;
    return -1;
}

QRectF ChartLegend::entryRect(int index) const
{
    if (index < 0 || index >= m_rects.size())
        return {};
    return m_rects[index].translated(0, -m_scroll);
}

QString ChartLegend::shownText(int index) const
{
    return index >= 0 && index < m_shown.size() ? m_shown[index] : QString();
}

QString ChartLegend::toolTipOf(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return {};
    const LegendEntry& e = m_entries[index];
    QStringList lines{e.text};
    if (!e.toolTip.isEmpty())
        lines << e.toolTip;
    if (e.kind == LegendEntry::Kind::Method)
        lines << (e.hidden ? tr("Hidden in this chart: click to show it.") : tr("Click to hide it in this chart."));
    return lines.join(QLatin1Char('\n'));
}

QRectF ChartLegend::boundingRect() const
{
    return QRectF(0, 0, m_width, m_visibleHeight);
}

void ChartLegend::paintSymbol(QPainter& painter, const QRectF& box, const LegendEntry& e) const
{
    const QColor grey = greyed();
    switch (e.kind) {
    case LegendEntry::Kind::Method:
        MethodPalette::paintMarker(painter, box, e.style, e.hidden ? grey : QColor());
        break;
    case LegendEntry::Kind::Line: {
        QPen pen = e.pen;
        if (e.hidden)
            pen.setColor(grey);
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        break;
    }
    case LegendEntry::Kind::Swatch:
        painter.setPen(e.pen);
        painter.setBrush(e.brush);
        painter.drawRect(box.adjusted(0.5, 1.5, -0.5, -1.5));
        break;
    case LegendEntry::Kind::Note: break;
    }
}

void ChartLegend::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    painter->setClipRect(boundingRect());
    painter->translate(0, -m_scroll);
    painter->setFont(m_font);
    const QFontMetricsF fm(m_font);
    for (int i = 0; i < m_entries.size(); ++i) {
        const LegendEntry& e = m_entries[i];
        const QRectF r = m_rects[i];
        if (r.bottom() <= m_scroll || r.top() >= m_scroll + m_visibleHeight)
            continue;
        qreal x = r.left();
        if (e.kind != LegendEntry::Kind::Note) {
            paintSymbol(*painter, QRectF(x, r.center().y() - kSymbol / 2, kSymbol, kSymbol), e);
            x += kSymbol + kGap;
        }
        QFont font = m_font;
        font.setStrikeOut(e.hidden);
        font.setItalic(e.kind == LegendEntry::Kind::Note);
        painter->setFont(font);
        QColor ink = m_textColour;
        if (e.hidden)
            ink = greyed().darker(115);
        painter->setPen(ink);
        painter->drawText(QRectF(x, r.top(), r.right() - x + 1, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                          m_shown[i]);
    }
    painter->restore();
    // More rows above or below: small arrows at the right edge.
    if (m_contentHeight > m_visibleHeight + 0.5) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const qreal x = m_width - kArrows / 2;
        const auto arrow = [&](qreal y, bool up, bool active) {
            QColor c = m_textColour;
            c.setAlphaF(active ? 0.8 : 0.2);
            painter->setBrush(c);
            const qreal d = up ? -4 : 4;
            painter->drawPolygon(QPolygonF{QPointF(x - 5, y - d / 2), QPointF(x + 5, y - d / 2), QPointF(x, y + d)});
        };
        arrow(6, true, m_scroll > 0);
        arrow(m_visibleHeight - 6, false, m_scroll + m_visibleHeight < m_contentHeight - 0.5);
        painter->restore();
    }
}

void ChartLegend::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    const qreal x = event->pos().x();
    if (m_contentHeight > m_visibleHeight && x > m_width - kArrows) {
        // The arrows: a page up or down.
        setScroll(m_scroll + (event->pos().y() < m_visibleHeight / 2 ? -1 : 1) * rowHeight());
        event->accept();
        return;
    }
    m_pressed = entryAt(event->pos());
    event->setAccepted(m_pressed >= 0);
}

void ChartLegend::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    const int at = entryAt(event->pos());
    if (at >= 0 && at == m_pressed && m_entries[at].kind == LegendEntry::Kind::Method)
        Q_EMIT clicked(m_entries[at].key);
    m_pressed = -1;
}

void ChartLegend::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    const int at = entryAt(event->pos());
    const bool clickable = at >= 0 && m_entries[at].kind == LegendEntry::Kind::Method;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    const QString text = toolTipOf(at);
    setToolTip(text);
    Q_EMIT hovered(text);
}

void ChartLegend::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    setToolTip(QString());
    Q_EMIT hovered(QString());
}

void ChartLegend::wheelEvent(QGraphicsSceneWheelEvent* event)
{
    if (m_contentHeight <= m_visibleHeight) {
        event->ignore();
        return;
    }
    setScroll(m_scroll - std::copysign(rowHeight(), event->delta()));
    event->accept();
}

}  // namespace ob::app
