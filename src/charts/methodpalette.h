// SPDX-License-Identifier: MIT
#pragma once
// One colour and one marker shape per method, the same in every chart, the legend, the method filter and the report.
// Slots: the methods of `--methods all` in the engine's order take slots 0, 1, 2, ... in every run (eager is always
// blue), so a method keeps its colour from run to run whatever else was selected; other methods (pipelines, methods
// outside "all") take the next free slots in the run's method order. 20 colours chosen for distinctness on white
// (CIEDE2000 ≥ 16 between any two, lightness 32–71: readable on screen and in print); the marker shape cycles
// through 6 shapes, so that slots past the 20th still differ, and so that print in grey keeps methods apart.

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

#include "results/runresult.h"

QT_BEGIN_NAMESPACE
class QIcon;
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace ob::app {

/// How a method is drawn.
struct MethodStyle {
    enum class Marker { Circle, Square, Diamond, Triangle, Star, Pentagon };
    QColor colour;
    Marker marker = Marker::Circle;
    int slot = 0;
};

class MethodPalette {
public:
    /// Distinct colours before they repeat (with another marker shape).
    static constexpr int kColours = 20;
    static constexpr int kMarkers = 6;

    /// Slots for the methods of `--methods all` only.
    MethodPalette();
    /// Slots for `run`: its methods (run order) and its results' methods.
    explicit MethodPalette(const RunResult& run);
    /// Slots for `methods` in this order after those of `--methods all`.
    explicit MethodPalette(const QStringList& methods);

    /// A method's slot; a method not known to this palette takes the next free slot (and keeps it).
    int slot(const QString& method) const;
    MethodStyle style(const QString& method) const;
    QColor colour(const QString& method) const { return style(method).colour; }

    /// The style of a slot.
    static MethodStyle styleOfSlot(int slot);
    /// Paints the method's marker (filled with its colour) centred in `rect`; `colour` overrides the colour.
    static void paintMarker(QPainter& painter, const QRectF& rect, const MethodStyle& style,
                            const QColor& colour = {});
    /// A light tint of `colour` (a second bar of the method beside a solid one; patterns would become url()
    /// references in SVG exports).
    static QColor tint(const QColor& colour);
    /// A small icon of the marker (menus, tables).
    static QIcon icon(const MethodStyle& style, int size = 14);

private:
    void add(const QString& method);

    mutable QHash<QString, int> m_slots;
    mutable int m_next = 0;
};

}  // namespace ob::app
