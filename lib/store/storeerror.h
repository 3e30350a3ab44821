// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kairos {

/// Why a workspace operation failed, in words an analyst can act on.
struct StoreError
{
    enum Kind {
        None,
        NotFound, // the workspace file or folder does not exist
        NotAWorkspace, // some other file, or a database without our schema
        Corrupt,
        NewerSchema, // written by a newer Kairos
        ReadOnly,
        Conflict, // someone else saved the same record since it was read
        Connection, // PostgreSQL unreachable, authentication failed, SSL refused
        DiskFull, // the write was refused for want of space; what was committed before stays
        Busy, // another process kept an SQLite workspace locked for longer than a save waits
        Sql,
    };

    Kind kind = None;
    QString message;

    bool isError() const { return kind != None; }
    static StoreError make(Kind kind, const QString& message) { return StoreError {kind, message}; }
};

} // namespace Kairos
