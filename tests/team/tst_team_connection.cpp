// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL team workspaces: sslmode and credentials reach libpq from the URL, the environment or the
// password file; failures name the server and the cause; a session the server ends is replaced.
#include "teamserver.h"

#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace Kairos;
using Kairos::Test::ServerAdmin;

namespace {

Event makeEvent(const QString& title)
{
    Event event;
    event.title = title;
    event.start = TimePoint::fromDate(2025, 12, 8);
    event.precision = DatePrecision::Day;
    event.type = QStringLiteral("approval");
    event.status = ReviewStatus::Confirmed;
    event.confidence = 1.0;
    return event;
}

/// Everything Qt logs while it lives, to check that no password ever reaches a log.
class LogCapture
{
public:
    LogCapture() { s_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
    static QString text()
    {
        const QMutexLocker lock(&s_mutex);
        return s_text;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        {
            const QMutexLocker lock(&s_mutex);
            s_text += message + QLatin1Char('\n');
        }
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QString s_text;
};

/// Counted on a connection of its own, so that it sees what was committed, not what the workspace believes.
int countEvents(const QString& location, const QString& title)
{
    StoreError error;
    const std::unique_ptr<Workspace> reader = Workspace::open(location, Workspace::OpenMode::ReadOnly, &error);
    if (!reader)
        return -1;
    QSqlQuery query(reader->database());
    query.prepare(QStringLiteral("SELECT count(*) FROM events WHERE title = ?"));
    query.addBindValue(title);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestTeamConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // The machine's own ~/.pgpass or PGPASSWORD must not decide any row.
        m_savedPassword = environment("PGPASSWORD");
        m_savedPassFile = environment("PGPASSFILE");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-such-pgpass")).toLocal8Bit());
    }
    void cleanup()
    {
        restore("PGPASSWORD", m_savedPassword);
        restore("PGPASSFILE", m_savedPassFile);
    }

    void locationKeepsOptionsButNeverThePassword()
    {
        QString error;
        const WorkspaceLocation local = WorkspaceLocation::parse(QStringLiteral("postgresql://ana@localhost/team"));
        QCOMPARE(local.sslMode(), QStringLiteral("prefer"));
        QVERIFY(local.options.contains(QLatin1String("sslmode=prefer")));
        const WorkspaceLocation remote
            = WorkspaceLocation::parse(QStringLiteral("postgresql://ana:s3cret@db.example.org:6543/team"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(remote.sslMode(), QStringLiteral("verify-full"));
        QVERIFY(remote.options.contains(QLatin1String("sslmode=verify-full")));
        QCOMPARE(remote.password, QStringLiteral("s3cret"));
        QCOMPARE(remote.port, 6543);
        QVERIFY(!remote.displayString().contains(QLatin1String("s3cret")));
        QVERIFY(!remote.reopenString().contains(QLatin1String("s3cret")));
        QCOMPARE(remote.reopenString(), QStringLiteral("postgresql://ana@db.example.org:6543/team"));

        // An explicit downgrade and a certificate path with a space survive the trip through the recent list;
        // a password given as an option is taken but never given back.
        const WorkspaceLocation explicitMode = WorkspaceLocation::parse(QStringLiteral(
            "postgresql://ana@db.example.org/team?sslmode=require&sslrootcert=%2Fetc%2Fteam%20ca%2Froot.crt"
            "&password=s3cret&application_name=kairos"));
        QCOMPARE(explicitMode.sslMode(), QStringLiteral("require"));
        QCOMPARE(explicitMode.password, QStringLiteral("s3cret"));
        QVERIFY2(explicitMode.options.contains(QLatin1String("sslrootcert='/etc/team ca/root.crt'")),
            qPrintable(explicitMode.options));
        QVERIFY(!explicitMode.options.contains(QLatin1String("s3cret")));
        const QString reopen = explicitMode.reopenString();
        QVERIFY(!reopen.contains(QLatin1String("s3cret")));
        const WorkspaceLocation again = WorkspaceLocation::parse(reopen);
        QCOMPARE(again.sslMode(), QStringLiteral("require"));
        QCOMPARE(again.options, explicitMode.options);
        QVERIFY(again.password.isEmpty());

        // The Qt driver would split a value at a semicolon and pass the rest to libpq as options of its own.
        WorkspaceLocation::parse(QStringLiteral("postgresql://ana@db/team?sslrootcert=a%3Bsslmode%3Ddisable"), &error);
        QVERIFY(error.contains(QLatin1String("sslrootcert")));
    }

    void sslModeReachesLibpq_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("opens");
        QTest::newRow("disable") << QStringLiteral("disable") << true;
        QTest::newRow("prefer") << QStringLiteral("prefer") << true;
        QTest::newRow("allow") << QStringLiteral("allow") << true;
        QTest::newRow("require") << QStringLiteral("require") << false;
        QTest::newRow("verify-ca") << QStringLiteral("verify-ca") << false;
        QTest::newRow("verify-full") << QStringLiteral("verify-full") << false;
    }
    void sslModeReachesLibpq()
    {
        QFETCH(QString, mode);
        QFETCH(bool, opens);
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        const std::unique_ptr<Workspace> workspace = Workspace::open(
            location + QStringLiteral("?sslmode=") + mode, Workspace::OpenMode::CreateIfMissing, &error);
        if (opens) {
            QVERIFY2(workspace, qPrintable(error.message));
            // The test server has no TLS: every connection that opened is in plain text.
            QSqlQuery query(workspace->database());
            QVERIFY(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toBool(), false);
            return;
        }
        QVERIFY(!workspace);
        QCOMPARE(error.kind, StoreError::Connection);
        const QString server = QStringLiteral("%1:%2").arg(ServerAdmin::host()).arg(ServerAdmin::port());
        QVERIFY2(error.message.contains(server), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("TLS")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("sslmode=") + mode), qPrintable(error.message));
    }

    void unknownSslModeIsNamed()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        QVERIFY(!Workspace::open(location + QStringLiteral("?sslmode=bogus"), Workspace::OpenMode::MustExist, &error));
        QCOMPARE(error.kind, StoreError::Connection);
        QVERIFY2(error.message.contains(QLatin1String("bogus")), qPrintable(error.message));
    }

    void passwordSources_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url") << QStringLiteral("url") << true << QString();
        QTest::newRow("url option") << QStringLiteral("option") << true << QString();
        QTest::newRow("PGPASSWORD") << QStringLiteral("environment") << true << QString();
        QTest::newRow("PGPASSFILE") << QStringLiteral("passfile") << true << QString();
        QTest::newRow("wrong password") << QStringLiteral("wrong") << false << QStringLiteral("refused the password");
        QTest::newRow("no password") << QStringLiteral("none") << false << QStringLiteral("asks for a password");
        // libpq ignores a password file that others can read; the message says so rather than "wrong password".
        QTest::newRow("PGPASSFILE readable by others")
            << QStringLiteral("open passfile") << false << QStringLiteral("asks for a password");
    }
    void passwordSources()
    {
        QFETCH(QString, source);
        QFETCH(bool, opens);
        QFETCH(QString, expected);
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        ServerAdmin admin;
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        KAIROS_REQUIRE_PASSWORD_RULE(admin);
        const QString password = ServerAdmin::makePassword();
        const QString database = Kairos::Test::databaseOf(location);
        QVERIFY2(admin.preparePasswordLogin(database, password), qPrintable(admin.error()));
        const QString passwordRole = ServerAdmin::passwordRole();

        QUrl url(location);
        url.setUserName(passwordRole);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("disable"));
        if (source == QLatin1String("url")) {
            url.setPassword(password);
        } else if (source == QLatin1String("option")) {
            query.addQueryItem(QStringLiteral("password"), QString::fromUtf8(QUrl::toPercentEncoding(password)));
        } else if (source == QLatin1String("wrong")) {
            url.setPassword(password + QStringLiteral("-wrong"));
        } else if (source == QLatin1String("environment")) {
            qputenv("PGPASSWORD", password.toUtf8());
        } else if (source.endsWith(QLatin1String("passfile"))) {
            // host:port:database:user:password, with ':' and '\' escaped.
            QString escaped = password;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            escaped.replace(QLatin1Char(':'), QLatin1String("\\:"));
            QFile file(m_dir.filePath(QStringLiteral("pgpass")));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QStringLiteral("%1:%2:*:%3:%4\n")
                           .arg(ServerAdmin::host())
                           .arg(ServerAdmin::port())
                           .arg(passwordRole, escaped)
                           .toUtf8());
            file.close();
            const bool open = source.startsWith(QLatin1String("open"));
            QVERIFY(file.setPermissions(
                open ? QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther : QFile::ReadOwner | QFile::WriteOwner));
            qputenv("PGPASSFILE", file.fileName().toLocal8Bit());
        }
        url.setQuery(query);

        LogCapture log;
        StoreError error;
        std::unique_ptr<Workspace> workspace
            = Workspace::open(url.toString(), Workspace::OpenMode::CreateIfMissing, &error);
        if (opens) {
            QVERIFY2(workspace, qPrintable(error.message));
            QSqlQuery who(workspace->database());
            QVERIFY(who.exec(QStringLiteral("SELECT current_user")) && who.next());
            QCOMPARE(who.value(0).toString(), passwordRole);
            Event event = makeEvent(QStringLiteral("Written with a password"));
            QVERIFY2(workspace->insertEvent(event), qPrintable(workspace->lastError().message));
            // A second connection (what the model's loader and the import worker open) finds the password too.
            StoreError anotherError;
            QVERIFY2(workspace->openAnother(&anotherError), qPrintable(anotherError.message));
            QVERIFY(!workspace->location().displayString().contains(password));
            QVERIFY(!workspace->location().reopenString().contains(password));
            QVERIFY(
                !workspace->location().reopenString().contains(QString::fromUtf8(QUrl::toPercentEncoding(password))));
        } else {
            QVERIFY(!workspace);
            QCOMPARE(error.kind, StoreError::Connection);
            QVERIFY2(error.message.contains(expected), qPrintable(error.message));
            const QString server = QStringLiteral("%1:%2").arg(ServerAdmin::host()).arg(ServerAdmin::port());
            QVERIFY2(error.message.contains(server), qPrintable(error.message));
            QVERIFY2(!error.message.contains(password), qPrintable(error.message));
            QVERIFY2(url.password().isEmpty() || !error.message.contains(url.password()), qPrintable(error.message));
            if (source == QLatin1String("wrong"))
                QVERIFY2(error.message.contains(passwordRole), qPrintable(error.message));
        }
        workspace.reset();
        QVERIFY2(!LogCapture::text().contains(password), qPrintable(LogCapture::text()));
        admin.exec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database, ServerAdmin::serverUrl().userName()));
    }

    void reconnectsAfterTheServerEndsTheSession()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        std::unique_ptr<Workspace> workspace = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        ServerAdmin admin;
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        QSignalSpy restored(workspace.get(), &Workspace::connectionRestored);
        auto endSession = [&]() {
            const int pid = Kairos::Test::backendPid(workspace->database());
            QVERIFY(pid > 0);
            // With a timeout the call waits until the backend is gone, so the next statement meets a closed
            // connection rather than racing the signal.
            QVERIFY2(admin.value(QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)).toBool(),
                qPrintable(admin.error()));
        };

        Event event = makeEvent(QStringLiteral("Before"));
        QVERIFY2(workspace->insertEvent(event), qPrintable(workspace->lastError().message));

        // A read outside a transaction runs again on a new connection, with the session set up again.
        endSession();
        std::optional<Event> read = workspace->event(event.id);
        QVERIFY2(read, qPrintable(workspace->lastError().message));
        QCOMPARE(read->title, QStringLiteral("Before"));
        QCOMPARE(restored.count(), 1);
        QSqlQuery jit(workspace->database());
        QVERIFY(jit.exec(QStringLiteral("SHOW jit")) && jit.next());
        QCOMPARE(jit.value(0).toString(), QStringLiteral("off"));

        // A write whose BEGIN meets the closed connection has written nothing yet, so it is simply done again.
        endSession();
        read->title = QStringLiteral("After");
        QVERIFY2(workspace->updateEvent(*read), qPrintable(workspace->lastError().message));
        QCOMPARE(restored.count(), 2);
        QCOMPARE(countEvents(location, QStringLiteral("After")), 1);

        // Statements prepared once per connection are prepared again on the new one.
        endSession();
        Event second = makeEvent(QStringLiteral("Second"));
        QVERIFY2(workspace->insertEvent(second), qPrintable(workspace->lastError().message));
        endSession();
        QVERIFY(workspace->findEvent(second));
        endSession();
        QCOMPARE(workspace->stats().events, qint64(2));
        QCOMPARE(workspace->eventRows({}, 10).size(), 2);
        QCOMPARE(restored.count(), 5);
    }

    void lostTransactionIsReportedNotHalfDone()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        std::unique_ptr<Workspace> workspace = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        ServerAdmin admin;
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));

        QVERIFY(workspace->beginTransaction());
        Event first = makeEvent(QStringLiteral("In the lost transaction"));
        QVERIFY(workspace->insertEvent(first));
        const int pid = Kairos::Test::backendPid(workspace->database());
        QVERIFY(admin.value(QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)).toBool());
        Event second = makeEvent(QStringLiteral("Also in the lost transaction"));
        QVERIFY(!workspace->insertEvent(second));
        QCOMPARE(workspace->lastError().kind, StoreError::Connection);
        QVERIFY2(workspace->lastError().message.contains(QLatin1String("was lost")),
            qPrintable(workspace->lastError().message));
        QVERIFY(!workspace->commitTransaction());
        // The rollback found a new connection and says that the change may be missing.
        QCOMPARE(workspace->lastError().kind, StoreError::Connection);
        QVERIFY2(workspace->lastError().message.contains(QLatin1String("connected again")),
            qPrintable(workspace->lastError().message));
        QVERIFY(!workspace->inTransaction());

        // Nothing of the transaction arrived, and the workspace works on.
        QCOMPARE(countEvents(location, first.title), 0);
        QCOMPARE(countEvents(location, second.title), 0);
        Event third = makeEvent(QStringLiteral("After the lost transaction"));
        QVERIFY2(workspace->insertEvent(third), qPrintable(workspace->lastError().message));
        QCOMPARE(countEvents(location, third.title), 1);
    }

    void unreachableServerIsReportedUntilItIsBack()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        std::unique_ptr<Workspace> workspace = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        Event event = makeEvent(QStringLiteral("Kept"));
        QVERIFY(workspace->insertEvent(event));
        ServerAdmin admin;
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        const QString database = Kairos::Test::databaseOf(location);

        // As during a restart: the session ends and new ones are refused for a while.
        QVERIFY2(admin.allowConnections(database, false), qPrintable(admin.error()));
        QCOMPARE(admin.terminateSessions(database), 1);
        QTRY_COMPARE(
            admin.value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1'").arg(database))
                .toInt(),
            0);
        QVERIFY(!workspace->event(event.id));
        QCOMPARE(workspace->lastError().kind, StoreError::Connection);
        const QString server = QStringLiteral("%1:%2").arg(ServerAdmin::host()).arg(ServerAdmin::port());
        QVERIFY2(workspace->lastError().message.contains(server), qPrintable(workspace->lastError().message));
        QVERIFY2(workspace->lastError().message.contains(QLatin1String("could not be restored")),
            qPrintable(workspace->lastError().message));
        Event edit = event;
        edit.title = QStringLiteral("Edited while away");
        QVERIFY(!workspace->updateEvent(edit));
        QCOMPARE(workspace->lastError().kind, StoreError::Connection);

        QVERIFY2(admin.allowConnections(database, true), qPrintable(admin.error()));
        // A write begins by reconnecting, so the first one after the server is back succeeds.
        QVERIFY2(workspace->updateEvent(edit), qPrintable(workspace->lastError().message));
        QCOMPARE(workspace->event(event.id)->title, edit.title);
    }

    void sameNewEntityFromTwoConnectionsAtOnce()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        std::unique_ptr<Workspace> first = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(first, qPrintable(error.message));
        ServerAdmin admin;
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));

        // Two imports name the same new entity; the second one's insert waits for the first transaction.
        QVERIFY(first->beginTransaction());
        Entity mine {0, QStringLiteral("Nvidia"), EntityType::Organisation, {QStringLiteral("NVDA")}, 0};
        QVERIFY2(first->insertEntity(mine), qPrintable(first->lastError().message));
        struct Outcome
        {
            bool ok = false;
            qint64 id = 0;
            QString error;
        };
        auto outcome = std::make_shared<Outcome>();
        const std::unique_ptr<QThread> second(QThread::create([location, outcome]() {
            StoreError openError;
            const std::unique_ptr<Workspace> workspace
                = Workspace::open(location, Workspace::OpenMode::MustExist, &openError);
            if (!workspace) {
                outcome->error = openError.message;
                return;
            }
            WorkspaceTransaction transaction(*workspace);
            Entity theirs {0, QStringLiteral("NVIDIA "), EntityType::Organisation, {QStringLiteral("Nvidia Corp")}, 0};
            outcome->ok = workspace->insertEntity(theirs) && transaction.commit();
            outcome->id = theirs.id;
            outcome->error = workspace->lastError().message;
        }));
        second->start();
        const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                                               "wait_event_type = 'Lock'")
                                    .arg(Kairos::Test::databaseOf(location));
        QTRY_COMPARE_WITH_TIMEOUT(admin.value(waiting).toInt(), 1, 20000);
        QVERIFY2(first->commitTransaction(), qPrintable(first->lastError().message));
        second->wait();
        QVERIFY2(outcome->ok, qPrintable(outcome->error));
        QCOMPARE(outcome->id, mine.id);
        QCOMPARE(first->entities().size(), 1);
        QStringList aliases = first->entity(mine.id)->aliases;
        aliases.sort();
        QCOMPARE(aliases, QStringList({QStringLiteral("NVDA"), QStringLiteral("Nvidia Corp")}));
    }

    void twoImportsAddingEntitiesInOppositeOrderDoNotDeadlock()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        std::unique_ptr<Workspace> first = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(first, qPrintable(error.message));
        ServerAdmin admin;
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));

        // One import adds Alpha then Beta, the other Beta then Alpha, each in one transaction.
        QVERIFY(first->beginTransaction());
        Entity alpha {0, QStringLiteral("Alpha Agency"), EntityType::Government, {}, 0};
        QVERIFY2(first->insertEntity(alpha), qPrintable(first->lastError().message));
        struct Outcome
        {
            bool ok = false;
            qint64 alpha = 0;
            qint64 beta = 0;
            QString error;
        };
        auto outcome = std::make_shared<Outcome>();
        const std::unique_ptr<QThread> second(QThread::create([location, outcome]() {
            StoreError openError;
            const std::unique_ptr<Workspace> workspace
                = Workspace::open(location, Workspace::OpenMode::MustExist, &openError);
            if (!workspace) {
                outcome->error = openError.message;
                return;
            }
            WorkspaceTransaction transaction(*workspace);
            Entity beta {0, QStringLiteral("Beta Bureau"), EntityType::Government, {}, 0};
            Entity alpha {0, QStringLiteral("Alpha Agency"), EntityType::Government, {}, 0};
            outcome->ok = workspace->insertEntity(beta) && workspace->insertEntity(alpha) && transaction.commit();
            outcome->alpha = alpha.id;
            outcome->beta = beta.id;
            outcome->error = workspace->lastError().message;
        }));
        second->start();
        const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                                               "wait_event_type = 'Lock'")
                                    .arg(Kairos::Test::databaseOf(location));
        QTRY_COMPARE_WITH_TIMEOUT(admin.value(waiting).toInt(), 1, 20000);
        Entity beta {0, QStringLiteral("Beta Bureau"), EntityType::Government, {}, 0};
        const bool firstOk = first->insertEntity(beta) && first->commitTransaction();
        const QString firstError = first->lastError().message;
        second->wait();
        // A deadlock would have ended one of the two with "deadlock detected" (SQLSTATE 40P01).
        QVERIFY2(firstOk, qPrintable(firstError));
        QVERIFY2(outcome->ok, qPrintable(outcome->error));
        QCOMPARE(outcome->alpha, alpha.id);
        QCOMPARE(outcome->beta, beta.id);
        QCOMPARE(first->entities().size(), 2);
    }

private:
    static std::optional<QByteArray> environment(const char* name)
    {
        return qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name)) : std::nullopt;
    }
    static void restore(const char* name, const std::optional<QByteArray>& value)
    {
        if (value)
            qputenv(name, *value);
        else
            qunsetenv(name);
    }
    QTemporaryDir m_dir;
    std::optional<QByteArray> m_savedPassword;
    std::optional<QByteArray> m_savedPassFile;
};

QTEST_GUILESS_MAIN(TestTeamConnection)
#include "tst_team_connection.moc"
