// SPDX-License-Identifier: MIT
#include "charts/methodpalette.h"

#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

#include <array>
#include <cmath>

#include "config/validation.h"

namespace ob::app {
namespace {

// Tableau's first eight (minus grey), then colours picked greedily for the largest smallest CIEDE2000 distance to
// those before (lightness 32–68, chroma ≥ 35), away from the amber that marks drifted methods.
constexpr std::array<QRgb, MethodPalette::kColours> kColourTable{
    0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf, 0x555500, 0xaa9900,
    0x0000ff, 0x990066, 0x006644, 0x996611, 0xee8888, 0x8899ff, 0x11bb99, 0xee0077, 0x00aaff, 0x444488};

const QStringList& allMethodsOrder()
{
    static const QStringList order = expandMethods({QStringLiteral("all")});
    return order;
}

QPolygonF regularPolygon(const QPointF& centre, double radius, int corners, double startDegrees, double inner = 0)
{
    QPolygonF polygon;
    const int points = inner > 0 ? corners * 2 : corners;
    for (int i = 0; i < points; ++i) {
        const double r = inner > 0 && i % 2 ? inner : radius;
        const double a = (startDegrees + 360.0 * i / points) * M_PI / 180.0;
        polygon << centre + QPointF(r * std::cos(a), r * std::sin(a));
    }
    return polygon;
}

}  // namespace

MethodPalette::MethodPalette()
{
    for (const auto& m : allMethodsOrder())
        add(m);
}

MethodPalette::MethodPalette(const RunResult& run) : MethodPalette(run.methods)
{
    for (const auto& r : run.results)
        add(r.method);
}

MethodPalette::MethodPalette(const QStringList& methods) : MethodPalette()
{
    for (const auto& m : methods)
        add(m);
}

void MethodPalette::add(const QString& method)
{
    if (!m_slots.contains(method))
        m_slots.insert(method, m_next++);
}

int MethodPalette::slot(const QString& method) const
{
    auto it = m_slots.constFind(method);
    if (it != m_slots.constEnd())
        return *it;
    m_slots.insert(method, m_next);
    return m_next++;
}

MethodStyle MethodPalette::style(const QString& method) const
{
    return styleOfSlot(slot(method));
}

MethodStyle MethodPalette::styleOfSlot(int slot)
{
    MethodStyle s;
    s.slot = slot;
    s.colour = QColor::fromRgb(kColourTable[static_cast<std::size_t>(slot % kColours)]);
    s.marker = static_cast<MethodStyle::Marker>(slot % kMarkers);
    return s;
}

void MethodPalette::paintMarker(QPainter& painter, const QRectF& rect, const MethodStyle& style, const QColor& colour)
{
    const QColor fill = colour.isValid() ? colour : style.colour;
    const QPointF c = rect.center();
    const double r = std::min(rect.width(), rect.height()) / 2.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(fill.darker(150), 1));
    painter.setBrush(fill);
    switch (style.marker) {
    case MethodStyle::Marker::Circle: painter.drawEllipse(c, r * 0.85, r * 0.85); break;
    case MethodStyle::Marker::Square:
        painter.drawRect(QRectF(c - QPointF(r * 0.75, r * 0.75), QSizeF(r * 1.5, r * 1.5)));
        break;
    case MethodStyle::Marker::Diamond: painter.drawPolygon(regularPolygon(c, r, 4, -90)); break;
    case MethodStyle::Marker::Triangle: painter.drawPolygon(regularPolygon(c + QPointF(0, r * 0.15), r, 3, -90)); break;
    case MethodStyle::Marker::Star: painter.drawPolygon(regularPolygon(c, r, 5, -90, r * 0.45)); break;
    case MethodStyle::Marker::Pentagon: painter.drawPolygon(regularPolygon(c, r * 0.95, 5, -90)); break;
    }
    painter.restore();
}

QColor MethodPalette::tint(const QColor& c)
{
    constexpr double kWhite = 0.6;
    return QColor::fromRgbF(float(c.redF() * (1 - kWhite) + kWhite), float(c.greenF() * (1 - kWhite) + kWhite),
                            float(c.blueF() * (1 - kWhite) + kWhite));
}

QIcon MethodPalette::icon(const MethodStyle& style, int size)
{
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        paintMarker(painter, QRectF(1, 1, size - 2, size - 2), style);
    }
    return QIcon(pixmap);
}

}  // namespace ob::app
