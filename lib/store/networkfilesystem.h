// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kairos {

/// The name of the network file system that holds `folder` ("NFS", "SMB/CIFS", …), or an empty string
/// for a local disk or when it cannot be told. SQLite's locking is unreliable over such file systems:
/// two computers writing one workspace there can damage it.
QString networkFileSystemName(const QString& folder);
/// The same for a statfs() file system type; split out so that it can be tested without such a mount.
QString networkFileSystemName(quint64 statfsType);

} // namespace Kairos
