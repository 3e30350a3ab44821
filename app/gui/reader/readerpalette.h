// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vocabulary.h"

#include <QColor>

class QPalette;

namespace Kairos {

/// Whether the palette's window is dark, which decides the syntax theme and the entity colours.
bool isDarkPalette(const QPalette& palette);

/// One colour per entity type, readable as text on the palette's base colour.
QColor entityTypeColor(EntityType type, const QPalette& palette);

/// `color` mixed into the palette's base colour: a background that keeps text readable.
/// `strength` runs from 0 (base) to 1 (the colour itself).
QColor tintOnBase(const QColor& color, const QPalette& palette, qreal strength);

} // namespace Kairos
