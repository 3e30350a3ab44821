// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL connections: why an open failed, in words an analyst can act on, and a new connection when
// the server drops the old one (an administrator's pg_terminate_backend, a restart, a network cut).
#include "workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Kairos {

namespace {

/// SQLSTATE class 08 is a broken connection; 57P01 to 57P03 are an administrator's or a restart's shutdown.
bool isConnectionState(const QString& code)
{
    return code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03");
}

/// libpq's message without Qt's prefix and line breaks, short enough to quote in a sentence.
QString reasonOf(const QSqlError& error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text.simplified();
}

} // namespace

QString Workspace::openFailureMessage(const QSqlError& error) const
{
    const QString server = QStringLiteral("%1:%2").arg(m_location.host).arg(m_location.port);
    const QString detail = reasonOf(error);
    if (detail.contains(QLatin1String("does not support SSL")))
        return QCoreApplication::translate("Workspace",
            "The PostgreSQL server %1 does not offer an encrypted (TLS) connection, but the workspace asks for one "
            "(sslmode=%2). Ask the server's administrator to turn on TLS, or add ?sslmode=prefer to the URL for a "
            "server on a network you trust.")
            .arg(server, m_location.sslMode());
    if (detail.contains(QLatin1String("certificate")) || detail.contains(QLatin1String("SSL")))
        return QCoreApplication::translate(
            "Workspace", "The encrypted (TLS) connection to the PostgreSQL server %1 failed (sslmode=%2): %3")
            .arg(server, m_location.sslMode(), detail);
    if (detail.contains(QLatin1String("password authentication failed"))) {
        static const QRegularExpression userPattern(QStringLiteral("for user \"([^\"]*)\""));
        const QRegularExpressionMatch match = userPattern.match(detail);
        const QString user = match.hasMatch() ? match.captured(1) : m_location.user;
        return QCoreApplication::translate("Workspace",
            "The PostgreSQL server %1 refused the password of the user “%2”. Check the password in the URL, in "
            "PGPASSWORD or in the password file (PGPASSFILE or ~/.pgpass).")
            .arg(server, user);
    }
    if (detail.contains(QLatin1String("no password supplied")))
        return QCoreApplication::translate("Workspace",
            "The PostgreSQL server %1 asks for a password, and none was found. Give it in PGPASSWORD or in a "
            "password file that only you can read (PGPASSFILE or ~/.pgpass).")
            .arg(server);
    return QCoreApplication::translate("Workspace", "Cannot open “%1”: %2").arg(m_location.displayString(), detail);
}

bool Workspace::setUpSession()
{
    // Just-in-time compilation costs more than these short interactive queries ever take.
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SET jit = off"));
}

bool Workspace::isConnectionLost(const QSqlError& error)
{
    if (!isPostgres())
        return false;
    if (m_connectionLost || !m_db.isOpen())
        return true;
    const QString code = error.nativeErrorCode();
    if (isConnectionState(code))
        return true;
    if (!code.isEmpty())
        return false; // the server answered, so it is still there
    // libpq's own errors ("server closed the connection unexpectedly", "no connection to the server") carry
    // no SQLSTATE, and neither do some of Qt's; one round trip tells them apart.
    QSqlQuery probe(m_db);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return false;
    const QString probeCode = probe.lastError().nativeErrorCode();
    return probeCode.isEmpty() || isConnectionState(probeCode);
}

void Workspace::noteConnectionLost(const QSqlError& error)
{
    if (m_connectionLost)
        return; // the first error says what happened; later ones only say that there is no connection
    m_connectionLost = true;
    m_lostReason = reasonOf(error);
}

bool Workspace::failConnection(const QSqlError& error)
{
    noteConnectionLost(error);
    const QString server = QStringLiteral("%1:%2").arg(m_location.host).arg(m_location.port);
    fail(StoreError::Connection,
        QCoreApplication::translate("Workspace", "The connection to the PostgreSQL server %1 was lost (%2).")
            .arg(server, m_lostReason));
    // Inside a transaction the new connection waits for the rollback: the caller still unwinds the old one.
    if (m_transactionDepth == 0 && reconnect())
        reportRestored();
    return false;
}

void Workspace::reportRestored()
{
    const QString server = QStringLiteral("%1:%2").arg(m_location.host).arg(m_location.port);
    m_error = StoreError::make(StoreError::Connection,
        QCoreApplication::translate("Workspace",
            "The connection to the PostgreSQL server %1 was lost (%2). Kairos has connected again, but the change "
            "in progress may not have been saved.")
            .arg(server, m_lostReason));
}

bool Workspace::reconnect()
{
    const QString server = QStringLiteral("%1:%2").arg(m_location.host).arg(m_location.port);
    // Their server-side statements died with the session. Callers may hold references to them, so they
    // are set aside rather than destroyed; a statement run again is prepared anew (retryOnNewConnection).
    for (auto& entry : m_statements)
        m_staleStatements.push_back(std::move(entry.second));
    m_statements.clear();
    m_db.close();
    if (!m_db.open() || !setUpSession()) {
        const QString why = openFailureMessage(m_db.lastError());
        m_db.close();
        m_connectionLost = true;
        m_error = StoreError::make(StoreError::Connection,
            QCoreApplication::translate("Workspace",
                "The connection to the PostgreSQL server %1 was lost (%2), and it could not be restored: %3")
                .arg(server, m_lostReason, why));
        return false;
    }
    m_connectionLost = false;
    ++m_connectionNumber;
    Q_EMIT connectionRestored();
    return true;
}

QSqlDatabase& Workspace::connection()
{
    if (m_connectionLost && m_transactionDepth == 0)
        reconnect();
    return m_db;
}

bool Workspace::retryOnNewConnection(QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    // "prepared statement does not exist": prepared on a connection that has been replaced since.
    const bool stale = error.nativeErrorCode() == QLatin1String("26000");
    if (!stale) {
        if (!isConnectionLost(error))
            return fail(error);
        noteConnectionLost(error);
        if (!reconnect())
            return false;
    }
    const QString sql = query.lastQuery();
    if (sql.isEmpty()) {
        // Qt refuses to prepare without an open connection and then forgets the statement's text, so a
        // statement prepared after a failed reconnect cannot run again; the next one finds the new connection.
        reportRestored();
        return false;
    }
    const QVariantList values = query.boundValues();
    if (query.prepare(sql)) {
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (query.exec()) {
            m_error = {};
            return true;
        }
    }
    return fail(query);
}

} // namespace Kairos
