// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpalette.h"

#include <QPalette>

namespace Kairos {

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor entityTypeColor(EntityType type, const QPalette& palette)
{
    // Hues far apart from each other; saturation kept moderate so that long articles stay calm.
    qreal hue = 0;
    qreal saturation = 0.65;
    switch (type) {
    case EntityType::Organisation:
        hue = 215;
        break;
    case EntityType::Person:
        hue = 285;
        break;
    case EntityType::Government:
        hue = 350;
        break;
    case EntityType::Country:
        hue = 170;
        break;
    case EntityType::Product:
        hue = 28;
        break;
    case EntityType::MediaOutlet:
        hue = 45;
        saturation = 0.35;
        break;
    case EntityType::Other:
        hue = 200;
        saturation = 0.1;
        break;
    }
    const qreal lightness = isDarkPalette(palette) ? 0.72 : 0.36;
    return QColor::fromHslF(hue / 360.0, saturation, lightness);
}

QColor tintOnBase(const QColor& color, const QPalette& palette, qreal strength)
{
    const QColor base = palette.color(QPalette::Base);
    const qreal s = qBound<qreal>(0, strength, 1);
    return QColor::fromRgbF(base.redF() * (1 - s) + color.redF() * s, base.greenF() * (1 - s) + color.greenF() * s,
        base.blueF() * (1 - s) + color.blueF() * s);
}

} // namespace Kairos
