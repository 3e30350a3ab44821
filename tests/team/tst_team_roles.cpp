// SPDX-License-Identifier: GPL-3.0-or-later
// Team members' roles (checklist 26): the owner grants an existing PostgreSQL role editor or reader access;
// an editor reads, edits and imports but cannot create, alter or drop tables (SQLSTATE 42501); a reader
// is told plainly that its role may not change anything.
#include "teamserver.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using namespace Kairos;
using namespace Kairos::Test;

namespace {

/// Roles live on the whole server: they go once the test's workspace database has been dropped.
struct RolesToDrop
{
    QStringList quotedNames;
    ~RolesToDrop()
    {
        if (quotedNames.isEmpty() || !ServerAdmin::available())
            return;
        ServerAdmin admin;
        for (const QString& name : std::as_const(quotedNames))
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
    }
};

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString asRole(const QString& location, const QString& role)
{
    QUrl url(location);
    url.setUserName(role);
    return url.toString();
}

/// What the server says to `role` running `sql` in the workspace's database: its SQLSTATE, empty on success.
QString sqlStateAs(const QString& location, const QString& role, const QString& sql)
{
    const QUrl url(location);
    const QString name = QStringLiteral("kairos-role-probe");
    QString state = QStringLiteral("no connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(role);
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(QStringLiteral("sslmode=disable"));
        if (db.open()) {
            QSqlQuery query(db);
            state = query.exec(sql) ? QString() : query.lastError().nativeErrorCode();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

Event makeEvent(const QString& title, int day)
{
    Event event;
    event.title = title;
    event.start = TimePoint::fromDate(2025, 12, day);
    event.precision = DatePrecision::Day;
    event.type = QStringLiteral("meeting");
    return event;
}

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editorsEditButNeverChangeTables()
    {
        RolesToDrop roles;
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        const auto owner = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(owner, qPrintable(error.message));
        Event first = makeEvent(QStringLiteral("Owner's event"), 8);
        QVERIFY(owner->insertEvent(first));

        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString editor = QStringLiteral("kairos_editor_") + pid;
        // A name that needs quoting: grants must not be built from it as it stands.
        const QString reader = QStringLiteral("kairos reader \"%1\"; DROP TABLE events; --").arg(pid);
        ServerAdmin admin;
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        for (const QString& role : {editor, reader}) {
            QVERIFY2(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted(role))), qPrintable(admin.error()));
            roles.quotedNames << quoted(role);
        }
        // Before any grant the tables are closed to them.
        QCOMPARE(sqlStateAs(location, editor, QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("42501"));

        QVERIFY2(owner->grantTeamAccess(editor, Workspace::TeamAccess::Editor), qPrintable(owner->lastError().message));
        QVERIFY2(owner->grantTeamAccess(reader, Workspace::TeamAccess::Reader), qPrintable(owner->lastError().message));
        QVERIFY(!owner->grantTeamAccess(QStringLiteral("no_such_role_") + pid, Workspace::TeamAccess::Editor));
        QCOMPARE(owner->lastError().kind, StoreError::NotFound);
        QVERIFY(owner->lastError().message.contains(QStringLiteral("no_such_role_") + pid));
        QCOMPARE(owner->stats().events, qint64(1));

        // The editor works as usual through Kairos.
        const auto edits = Workspace::open(asRole(location, editor), Workspace::OpenMode::MustExist, &error);
        QVERIFY2(edits, qPrintable(error.message));
        Event second = makeEvent(QStringLiteral("Editor's event"), 9);
        QVERIFY2(edits->insertEvent(second), qPrintable(edits->lastError().message));
        std::optional<Event> changed = edits->event(first.id);
        QVERIFY(changed);
        changed->title = QStringLiteral("Owner's event, retitled by the editor");
        QVERIFY2(edits->updateEvent(*changed), qPrintable(edits->lastError().message));
        Article article;
        article.title = QStringLiteral("Editor's article");
        article.body = QStringLiteral("Talks resumed on Tuesday.");
        article.sha256 = QStringLiteral("editor-article");
        QVERIFY2(edits->insertArticle(article, {}), qPrintable(edits->lastError().message));
        Entity entity {0, QStringLiteral("Ministry of Commerce"), EntityType::Government, {}, 0};
        QVERIFY2(edits->insertEntity(entity), qPrintable(edits->lastError().message));
        QVERIFY2(edits->deleteEvent(second.id), qPrintable(edits->lastError().message));

        // But the tables are the owner's.
        for (const char* ddl :
            {"CREATE TABLE sneaky (id integer)", "DROP TABLE events", "ALTER TABLE events ADD COLUMN sneaky integer",
                "TRUNCATE events", "CREATE INDEX sneaky ON events (title)"})
            QCOMPARE(sqlStateAs(location, editor, QString::fromLatin1(ddl)), QStringLiteral("42501"));

        // The reader reads and is told why a change is refused.
        const auto reads = Workspace::open(asRole(location, reader), Workspace::OpenMode::MustExist, &error);
        QVERIFY2(reads, qPrintable(error.message));
        QCOMPARE(reads->stats().events, qint64(1));
        QCOMPARE(reads->event(first.id)->title, changed->title);
        Event refused = makeEvent(QStringLiteral("Reader's event"), 10);
        QVERIFY(!reads->insertEvent(refused));
        QCOMPARE(reads->lastError().kind, StoreError::ReadOnly);
        QVERIFY2(reads->lastError().message.contains(QLatin1String("editor access")),
            qPrintable(reads->lastError().message));
        QCOMPARE(sqlStateAs(location, reader, QStringLiteral("DELETE FROM events")), QStringLiteral("42501"));
        QCOMPARE(owner->stats().events, qint64(1));
        QCOMPARE(owner->stats().articles, qint64(1));
    }

    void cliGrants()
    {
        RolesToDrop roles;
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        QVERIFY2(Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error), qPrintable(error.message));
        const QString role = QStringLiteral("kairos_cli_editor_") + QString::number(QCoreApplication::applicationPid());
        ServerAdmin admin;
        QVERIFY(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)));
        roles.quotedNames << role;
        const QString cli = QStringLiteral(KAIROS_BINARY_DIR "/bin/kairos-cli");
        QProcess process;
        process.start(cli, {QStringLiteral("grant"), location, role});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(role));
        QCOMPARE(sqlStateAs(location, role, QStringLiteral("INSERT INTO annotations (at_time, text) VALUES (0, 'x')")),
            QString());
        // A workspace file has no roles.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("solo.kairos"));
        QVERIFY(Workspace::open(file, Workspace::OpenMode::CreateIfMissing, &error));
        process.start(cli, {QStringLiteral("grant"), file, role});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("PostgreSQL")));
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_team_roles.moc"
