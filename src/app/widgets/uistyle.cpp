// SPDX-License-Identifier: MIT
#include "widgets/uistyle.h"

// Q_INIT_RESOURCE must be called from the global namespace; the resources live in the static app library.
static void initAppResources()
{
    Q_INIT_RESOURCE(optibench);
}

namespace ob::app {

QIcon appIcon()
{
    static const bool once = (initAppResources(), true);
    Q_UNUSED(once);
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/optibench-%1.png").arg(size), QSize(size, size));
    return icon;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor errorColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x1d);
}

QColor warningColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

}  // namespace ob::app
