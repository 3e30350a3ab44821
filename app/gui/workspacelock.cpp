// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacelock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace Kairos {

WorkspaceLock::WorkspaceLock() = default;
WorkspaceLock::~WorkspaceLock() = default;

QString WorkspaceLock::lockPathFor(const QString& workspaceFile)
{
    const QFileInfo info(workspaceFile);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray key = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/locks/")
        + QString::fromLatin1(key) + QStringLiteral(".lock");
}

std::unique_ptr<WorkspaceLock> WorkspaceLock::acquire(const QString& workspaceFile, QString* holder)
{
    holder->clear();
    const QString path = lockPathFor(workspaceFile);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<QLockFile>(path);
    // Only a live process holds the lock: a window that crashed leaves a lock that is taken over at once.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            *holder = QCoreApplication::translate("WorkspaceLock", "another Kairos window (process %1 on %2)")
                          .arg(pid)
                          .arg(host.isEmpty() ? QCoreApplication::translate("WorkspaceLock", "this computer") : host);
        }
        return nullptr;
    }
    auto result = std::unique_ptr<WorkspaceLock>(new WorkspaceLock);
    result->m_lock = std::move(lock);
    result->m_workspaceFile = QFileInfo(workspaceFile).absoluteFilePath();
    return result;
}

} // namespace Kairos
