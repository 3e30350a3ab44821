// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace Kairos {

/// Keeps a second Kairos window (in this or another process) from opening a SQLite workspace for
/// writing while one already has it open. Two windows editing one file would each show a view the
/// other invalidates; the command-line tools take no lock and rely on SQLite's own locking.
class WorkspaceLock
{
public:
    WorkspaceLock();
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock&) = delete;
    WorkspaceLock& operator=(const WorkspaceLock&) = delete;

    /// Takes the lock for the workspace file. On failure, @p holder describes who has it (empty when the
    /// lock file itself could not be written, in which case the caller may go on without one).
    static std::unique_ptr<WorkspaceLock> acquire(const QString& workspaceFile, QString* holder);
    /// Where the lock for a workspace file lives: in the user's data folder, named by the file's
    /// canonical path, so that a workspace in a folder we may not write still gets one.
    static QString lockPathFor(const QString& workspaceFile);

    QString workspaceFile() const { return m_workspaceFile; }

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_workspaceFile;
};

} // namespace Kairos
