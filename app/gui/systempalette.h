// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace Kairos {

/// The desktop's colour scheme where Qt's own platform integration does not deliver it: Debian 12 has
/// no Qt 6 build of KDE's platform theme, so a Plasma user's (dark) scheme in kdeglobals would
/// otherwise be ignored. Returns nothing when no scheme is configured.
std::optional<QPalette> kdeGlobalsPalette(const QString& kdeglobalsPath);

/// Applies the desktop's scheme, if any, to the application (with the Fusion style, which honours
/// every palette role). Returns true when a scheme was applied.
bool applySystemPalette();

} // namespace Kairos
