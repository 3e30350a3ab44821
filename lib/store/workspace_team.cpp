// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kairos {

bool Workspace::grantTeamAccess(const QString& role, TeamAccess access)
{
    clearError();
    if (!isPostgres())
        return fail(StoreError::Sql,
            QCoreApplication::translate("Workspace", "Only team workspaces on PostgreSQL have roles; “%1” is a file.")
                .arg(m_location.displayString()));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT quote_ident(rolname) FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(role);
    if (!exec(query))
        return false;
    if (!query.next())
        return fail(StoreError::NotFound,
            QCoreApplication::translate("Workspace",
                "There is no PostgreSQL role “%1” on the server of “%2”: create it first (CREATE ROLE … LOGIN).")
                .arg(role, m_location.displayString()));
    // Names cannot be bound in GRANT; quote_ident() on the server made these safe to write into it.
    const QString grantee = query.value(0).toString();
    if (!query.exec(QStringLiteral("SELECT quote_ident(current_database()), quote_ident(current_schema())"))
        || !query.next())
        return fail(query);
    const QString database = query.value(0).toString();
    const QString schema = query.value(1).toString();
    const bool editor = access == TeamAccess::Editor;
    const QString tables = editor ? QStringLiteral("SELECT, INSERT, UPDATE, DELETE") : QStringLiteral("SELECT");
    const QString sequences = editor ? QStringLiteral("USAGE, SELECT, UPDATE") : QStringLiteral("SELECT");
    const QStringList statements {
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, grantee),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, grantee),
        // Before PostgreSQL 15 every role could create tables in the public schema.
        QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC").arg(schema),
        QStringLiteral("GRANT %1 ON ALL TABLES IN SCHEMA %2 TO %3").arg(tables, schema, grantee),
        QStringLiteral("GRANT %1 ON ALL SEQUENCES IN SCHEMA %2 TO %3").arg(sequences, schema, grantee),
        // Tables a later format upgrade adds, made by this (the owning) role.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT %2 ON TABLES TO %3").arg(schema, tables, grantee),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT %2 ON SEQUENCES TO %3")
            .arg(schema, sequences, grantee),
    };
    WorkspaceTransaction transaction(*this);
    if (!transaction.isActive())
        return false;
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return fail(query);
    }
    return transaction.commit();
}

} // namespace Kairos
