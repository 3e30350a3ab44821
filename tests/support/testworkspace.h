// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace Kairos::Test {

/// A fresh workspace on either backend. PostgreSQL tests use a database of their own on the server
/// that `cmake/kairos.sh test` starts (KAIROS_TEST_PG_URL); without it they skip, except under CI.
class TestWorkspace
{
public:
    explicit TestWorkspace(const QString& backend)
        : m_backend(backend)
    { }
    ~TestWorkspace()
    {
        if (!m_database.isEmpty())
            dropDatabase();
    }

    /// The location string to open; empty when the backend is not available (the test was skipped or failed).
    QString create()
    {
        if (m_backend == QLatin1String("sqlite")) {
            if (!m_dir.isValid())
                return {};
            return m_dir.filePath(QStringLiteral("test.kairos"));
        }
        const QString serverUrl = qEnvironmentVariable("KAIROS_TEST_PG_URL");
        if (serverUrl.isEmpty())
            return {};
        static int counter = 0;
        m_database = QStringLiteral("kairos_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_database)))
            return {};
        QUrl url(serverUrl);
        url.setPath(QLatin1Char('/') + m_database);
        return url.toString();
    }

    static bool postgresRequired() { return qEnvironmentVariable("CI") == QLatin1String("true"); }
    QString folder() const { return m_dir.path(); }

private:
    bool adminExec(const QString& sql)
    {
        const QUrl url(qEnvironmentVariable("KAIROS_TEST_PG_URL"));
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("kairos-test-admin"));
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok)
                    qWarning() << "PostgreSQL test set-up:" << query.lastQuery() << query.lastError().text();
            } else {
                qWarning() << "PostgreSQL test server unreachable:" << db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("kairos-test-admin"));
        return ok;
    }
    void dropDatabase() { adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database)); }

    QString m_backend;
    QTemporaryDir m_dir;
    QString m_database;
};

} // namespace Kairos::Test

/// Adds the two backend rows to a `_data()` function.
#define KAIROS_BACKEND_ROWS()                                                                                          \
    QTest::addColumn<QString>("backend");                                                                              \
    QTest::newRow("sqlite") << QStringLiteral("sqlite");                                                               \
    QTest::newRow("postgres") << QStringLiteral("postgres")

/// Opens a fresh workspace on the backend of the current data row into `workspace`.
#define KAIROS_OPEN_TEST_WORKSPACE(workspace)                                                                          \
    QFETCH(QString, backend);                                                                                          \
    Kairos::Test::TestWorkspace testWorkspace_(backend);                                                               \
    const QString location_ = testWorkspace_.create();                                                                 \
    if (location_.isEmpty()) {                                                                                         \
        if (Kairos::Test::TestWorkspace::postgresRequired())                                                           \
            QFAIL("the PostgreSQL test server is not available (KAIROS_TEST_PG_URL)");                                 \
        QSKIP("no PostgreSQL test server (run the tests through cmake/kairos.sh test)");                               \
    }                                                                                                                  \
    Kairos::StoreError openError_;                                                                                     \
    std::unique_ptr<Kairos::Workspace> workspace                                                                       \
        = Kairos::Workspace::open(location_, Kairos::Workspace::OpenMode::CreateIfMissing, &openError_);               \
    QVERIFY2(workspace, qPrintable(openError_.message))
