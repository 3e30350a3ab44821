// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSaveFile>

namespace Kairos {

/// Commits a QSaveFile only when every byte reached the disk. Qt 6.4's commit() flushes its write buffer on
/// close but ignores a failing flush, and then renames a truncated file over the good one (a full disk or a
/// file size limit hit by the last buffered bytes); so the buffer is flushed and checked here first.
/// On failure the temporary file is discarded, *reason is set and the target keeps its old content.
bool commitAtomically(QSaveFile& file, QString* reason);

} // namespace Kairos
