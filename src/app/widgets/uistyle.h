// SPDX-License-Identifier: MIT
#pragma once
// Colours derived from the current palette, so that the UI follows the system's light or dark mode.

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace ob::app {

/// The application icon (the PNG sizes rendered from resources/icons/optibench.svg).
QIcon appIcon();
/// Switches the application to Fusion with a dark palette (the widgets and charts follow through PaletteChange).
void applyDarkPalette();
/// True when the palette's window colour is dark.
bool isDark(const QPalette& palette);
/// A red readable on the palette's base colour (errors, failed methods).
QColor errorColor(const QPalette& palette);
/// An amber readable on the palette's base colour (warnings, flagged methods).
QColor warningColor(const QPalette& palette);

}  // namespace ob::app
