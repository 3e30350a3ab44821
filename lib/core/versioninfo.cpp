// SPDX-License-Identifier: GPL-3.0-or-later
#include "versioninfo.h"

#include "kairos-config.h"

#include <sqlite3.h>

namespace Kairos {

VersionInfo VersionInfo::current()
{
    VersionInfo info;
    info.kairos = QStringLiteral(KAIROS_VERSION_STRING);
    info.qt = QString::fromLatin1(qVersion());
    info.syntaxHighlighting = QStringLiteral(KAIROS_KSH_VERSION_STRING);
    // The runtime library, which is what Qt's SQLite driver uses on Debian (it links the system SQLite).
    info.sqlite = QString::fromLatin1(sqlite3_libversion());
    return info;
}

} // namespace Kairos
