// SPDX-License-Identifier: MIT
#pragma once
// The legend of a chart, drawn inside the chart's scene (so that exports show it too): entries flow in rows under
// the plot and wrap, never elided while a row has room for them; when the rows need more than their share of the
// chart's height, the rest scrolls with the mouse wheel (arrows show that there is more). A click on a method's
// entry hides or shows it in the chart; a hidden entry stays, greyed and struck through. Qt Charts' own QLegend
// lays its entries out in one row or column and elides them: with 13 methods it showed 8.

#include <QBrush>
#include <QFont>
#include <QGraphicsObject>
#include <QList>
#include <QPen>

#include "charts/methodpalette.h"

namespace ob::app {

struct LegendEntry {
    enum class Kind {
        Method,  // a method's marker in its colour; clickable
        Line,    // a line sample in `pen` (e.g. a roof)
        Swatch,  // a box in `brush` outlined by `pen` (e.g. "light: p99 − p50")
        Note,    // text only
    };
    Kind kind = Kind::Method;
    QString key;      // the method id of a Method entry (what a click toggles)
    QString text;     // shown
    QString toolTip;  // on hover, besides the full text
    MethodStyle style;
    QPen pen;
    QBrush brush;
    bool hidden = false;
};

class ChartLegend : public QGraphicsObject {
    Q_OBJECT
public:
    explicit ChartLegend(QGraphicsItem* parent = nullptr);

    void setEntries(const QList<LegendEntry>& entries);
    const QList<LegendEntry>& entries() const { return m_entries; }
    void setFont(const QFont& font);
    QFont font() const { return m_font; }
    void setTextColour(const QColor& colour);

    /// Lays the entries out in rows `width` wide; returns the height all rows need.
    qreal layOut(qreal width);
    /// The height shown: rows below scroll (wheel) when it is less than the height all rows need.
    void setVisibleHeight(qreal height);
    qreal contentHeight() const { return m_contentHeight; }
    qreal visibleHeight() const { return m_visibleHeight; }
    /// The height of one row of entries.
    qreal rowHeight() const;
    /// Scrolls so that entry `index` is shown.
    void scrollTo(int index);

    /// The index of the entry at `pos` (item coordinates, scrolling included), or -1.
    int entryAt(const QPointF& pos) const;
    /// Where entry `index` is drawn (item coordinates, scrolling included).
    QRectF entryRect(int index) const;
    /// The text entry `index` shows (the full text unless no row is wide enough for it).
    QString shownText(int index) const;
    /// What hovering entry `index` shows: its full text and tooltip, and what a click does.
    QString toolTipOf(int index) const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

Q_SIGNALS:
    /// A Method entry was clicked.
    void clicked(const QString& key);
    /// The pointer is over an entry (its toolTipOf()), or left the legend (empty).
    void hovered(const QString& text);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void wheelEvent(QGraphicsSceneWheelEvent* event) override;

private:
    void paintSymbol(QPainter& painter, const QRectF& box, const LegendEntry& entry) const;
    void setScroll(qreal scroll);

    QList<LegendEntry> m_entries;
    QList<QRectF> m_rects;   // laid out, without scrolling
    QStringList m_shown;     // the texts as drawn (elided only when wider than a row)
    QFont m_font;
    QColor m_textColour{Qt::black};
    qreal m_width = 0;
    qreal m_contentHeight = 0;
    qreal m_visibleHeight = 0;
    qreal m_scroll = 0;
    int m_pressed = -1;
};

}  // namespace ob::app
