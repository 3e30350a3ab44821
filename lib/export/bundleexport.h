// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/bundlewriter.h"

namespace Kairos {

class Workspace;

/// The bundle of a timeline: the events, the articles their evidence quotes and the entities they involve.
/// With `everything` set (an unfiltered export) it also carries the articles and entities no event cites,
/// so that importing the bundle rebuilds the whole workspace.
Import::BundleContent collectBundle(
    Workspace& workspace, const QList<Event>& events, bool everything, const QString& title);

/// Writes a bundle with the colleague's bundle writer so that a failure never leaves half a bundle: a .zip
/// goes through a temporary file into a QSaveFile, a folder is written next to its final place and renamed.
/// A folder target must be new or empty.
bool saveBundle(const QString& outPath, const Import::BundleContent& content, QString* error);

} // namespace Kairos
