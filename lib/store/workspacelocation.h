// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Kairos {

/// Where a workspace lives: a `.kairos` SQLite file, or a `postgresql://user@host:port/dbname?sslmode=…` URL
/// for a team. Credentials missing from the URL come from libpq's own sources (PGPASSWORD, the password
/// file named by PGPASSFILE or ~/.pgpass), so Kairos never has to store a password.
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
    /// libpq connection options other than the ones above, as QPSQL takes them: "sslmode=verify-full;…".
    QString options;
    /// The libpq options the URL named itself (never the password), to give them back in reopenString().
    QList<QPair<QString, QString>> urlOptions;

    static WorkspaceLocation parse(const QString& text, QString* error = nullptr);
    /// The location for display: never includes the password or the options.
    QString displayString() const;
    /// The location to remember for reopening it (recent workspaces): the URL with the options it was
    /// given, such as sslmode, but never the password.
    QString reopenString() const;
    /// The sslmode libpq is asked for.
    QString sslMode() const;
};

} // namespace Kairos
