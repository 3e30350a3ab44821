// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testworkspace.h"

#include <QAtomicInteger>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace Kairos::Test {

/// The PostgreSQL test server as its superuser, for what the team tests do behind a workspace's back:
/// ending its session, refusing new connections, creating a role with a password. One connection per
/// object, opened in the calling thread.
class ServerAdmin
{
public:
    /// On the server's own database, or on `database` (a workspace's) to lock its rows.
    explicit ServerAdmin(const QString& database = {})
        : m_name(QStringLiteral("kairos-team-admin-%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        const QUrl url = serverUrl();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(database.isEmpty() ? url.path().mid(1) : database);
        db.setConnectOptions(QStringLiteral("sslmode=disable"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~ServerAdmin()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ServerAdmin(const ServerAdmin&) = delete;
    ServerAdmin& operator=(const ServerAdmin&) = delete;

    static bool available() { return !qEnvironmentVariableIsEmpty("KAIROS_TEST_PG_URL"); }
    static QUrl serverUrl() { return QUrl(qEnvironmentVariable("KAIROS_TEST_PG_URL")); }
    static QString host() { return serverUrl().host(); }
    static int port() { return serverUrl().port(5432); }

    bool isOpen() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    bool exec(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            return true;
        m_error = query.lastError().text();
        return false;
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql) && query.next())
            return query.value(0);
        m_error = query.lastError().text();
        return {};
    }
    /// Ends every session on the database but this one, as a restart of the server would.
    int terminateSessions(const QString& database)
    {
        return value(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                    "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                         .arg(database))
            .toInt();
    }
    /// Whether the server asks passwordRole() for a password (cmake/postgres-test-server.sh adds the rule;
    /// every other role logs in on trust).
    bool asksForPasswords()
    {
        return value(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE '%1' = ANY(user_name) "
                                    "AND auth_method = 'scram-sha-256'")
                         .arg(passwordRole()))
                   .toInt()
            > 0;
    }
    /// Gives passwordRole() this password and the database, whose schema it may then create.
    bool preparePasswordLogin(const QString& database, const QString& password)
    {
        QString quoted = password;
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        return exec(QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') "
                                   "THEN CREATE ROLE %1 LOGIN; END IF; END$$")
                        .arg(passwordRole()))
            && exec(QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD '%2'").arg(passwordRole(), quoted))
            && exec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database, passwordRole()));
    }
    static QString passwordRole() { return QStringLiteral("kairos_password"); }
    /// A password with what needs quoting in a conninfo string, a URL and a password file, and a random part
    /// that no escaping changes, to look for in settings files and logs.
    static QString makePassword(QString* randomPart = nullptr)
    {
        const QString random = QString::number(QRandomGenerator::global()->generate64(), 16);
        if (randomPart)
            *randomPart = random;
        return QStringLiteral("Pw %1:'\"\\ü").arg(random);
    }

    bool allowConnections(const QString& database, bool allow)
    {
        return exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
                        .arg(database, allow ? QStringLiteral("true") : QStringLiteral("false")));
    }

private:
    static QAtomicInteger<int>& counter()
    {
        static QAtomicInteger<int> value;
        return value;
    }
    QString m_name;
    QString m_error;
};

/// The server process behind a workspace's connection.
inline int backendPid(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next() ? query.value(0).toInt() : 0;
}

/// The database a workspace location names.
inline QString databaseOf(const QString& location)
{
    return QUrl(location).path().mid(1);
}

} // namespace Kairos::Test

/// Skips a PostgreSQL-only test without the test server, or fails it under CI (as testworkspace.h does).
#define KAIROS_REQUIRE_TEST_SERVER()                                                                                   \
    do {                                                                                                               \
        if (!Kairos::Test::ServerAdmin::available()) {                                                                 \
            if (Kairos::Test::TestWorkspace::postgresRequired())                                                       \
                QFAIL("the PostgreSQL test server is not available (KAIROS_TEST_PG_URL)");                             \
            QSKIP("no PostgreSQL test server (run the tests through cmake/kairos.sh test)");                           \
        }                                                                                                              \
    } while (false)

/// Skips (or under CI fails) a test that needs a role with a password when the server asks none.
#define KAIROS_REQUIRE_PASSWORD_RULE(admin)                                                                            \
    do {                                                                                                               \
        if (!(admin).asksForPasswords()) {                                                                             \
            if (Kairos::Test::TestWorkspace::postgresRequired())                                                       \
                QFAIL("the PostgreSQL test server has no password rule for kairos_password");                          \
            QSKIP("the PostgreSQL test server asks no role for a password (start it with "                             \
                  "cmake/postgres-test-server.sh)");                                                                   \
        }                                                                                                              \
    } while (false)

/// A fresh PostgreSQL workspace database: `location` is its URL (user without password).
#define KAIROS_CREATE_TEAM_WORKSPACE(location)                                                                         \
    KAIROS_REQUIRE_TEST_SERVER();                                                                                      \
    Kairos::Test::TestWorkspace teamWorkspace_(QStringLiteral("postgres"));                                            \
    const QString location = teamWorkspace_.create();                                                                  \
    QVERIFY2(!location.isEmpty(), "could not create a database on the PostgreSQL test server")
