// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kairos {

/// The workspace Kairos opens on first start: built once from the bundle embedded in the binary
/// (resources/demo) and kept in the cache folder, so later starts open it at once.
/// Returns its path, or an empty string with *error set.
QString ensureDemoWorkspace(QString* error);

} // namespace Kairos
