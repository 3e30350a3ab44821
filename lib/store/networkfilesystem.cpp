// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkfilesystem.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace Kairos {

QString networkFileSystemName(quint64 statfsType)
{
    // Magic numbers from linux/magic.h and the file systems' own headers.
    switch (statfsType) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
    case 0xFF534D42:
    case 0xFE534D42:
        return QStringLiteral("SMB/CIFS");
    case 0x5346414F:
        return QStringLiteral("AFS");
    case 0x00C36400:
        return QStringLiteral("Ceph");
    case 0x01161970:
        return QStringLiteral("GFS2");
    case 0x47504653:
        return QStringLiteral("GPFS");
    case 0x013111A8:
        return QStringLiteral("IBRIX");
    case 0x0BD00BD0:
        return QStringLiteral("Lustre");
    case 0x564C:
        return QStringLiteral("NCP");
    case 0x7461636F:
        return QStringLiteral("OCFS2");
    case 0x01021997:
        return QStringLiteral("9P");
    default:
        return {};
    }
}

QString networkFileSystemName(const QString& folder)
{
#ifdef Q_OS_LINUX
    struct statfs info
    {
    };
    if (statfs(QFile::encodeName(folder).constData(), &info) != 0)
        return {};
    return networkFileSystemName(quint64(info.f_type) & 0xFFFFFFFFu);
#else
    Q_UNUSED(folder)
    return {};
#endif
}

} // namespace Kairos
