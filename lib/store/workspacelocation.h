// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kairos {

/// Where a workspace lives: a `.kairos` SQLite file, or a `postgresql://user@host:port/dbname?sslmode=…` URL
/// for a team. Credentials missing from the URL come from libpq's own sources (PGPASSWORD, ~/.pgpass),
/// so Kairos never has to store a password.
struct WorkspaceLocation
{
    enum Backend { SQLite, PostgreSQL };

    Backend backend = SQLite;
    QString filePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    /// libpq connection options other than the ones above, e.g. "sslmode=verify-full".
    QString options;

    static WorkspaceLocation parse(const QString& text, QString* error = nullptr);
    /// The location for display and settings: never includes the password.
    QString displayString() const;
};

} // namespace Kairos
