// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/networkfilesystem.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Kairos;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

/// Files that are not usable workspaces: each gives a clear message and is left exactly as it was.
class TestWorkspaceFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("errorKind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("random bytes") << "random" << int(StoreError::NotAWorkspace) << "not a Kairos workspace";
        QTest::newRow("truncated") << "truncated" << int(StoreError::Corrupt) << "truncated";
        QTest::newRow("newer schema") << "newer" << int(StoreError::NewerSchema) << "newer version of Kairos";
        QTest::newRow("foreign sqlite") << "foreign" << int(StoreError::NotAWorkspace) << "another application";
        QTest::newRow("corrupt pages") << "corrupt" << int(StoreError::Corrupt) << "";
        QTest::newRow("directory") << "directory" << int(StoreError::NotAWorkspace) << "is a folder";
        QTest::newRow("missing folder") << "missing" << int(StoreError::NotFound) << "does not exist";
    }
    void badFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, errorKind);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("w.kairos"));
        if (kind == QLatin1String("random")) {
            QByteArray bytes;
            for (int i = 0; i < 4096; ++i)
                bytes.append(char((i * 7919) % 251));
            writeFile(path, bytes);
        } else if (kind == QLatin1String("truncated") || kind == QLatin1String("newer")
            || kind == QLatin1String("corrupt")) {
            {
                StoreError error;
                auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
                QVERIFY(workspace);
                if (kind == QLatin1String("newer"))
                    QVERIFY(QSqlQuery(workspace->database())
                                .exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
                QSqlQuery(workspace->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (kind == QLatin1String("truncated")) {
                QVERIFY(file.resize(60));
            } else if (kind == QLatin1String("corrupt")) {
                // Keep the header, overwrite the schema page.
                file.seek(100);
                file.write(QByteArray(3000, '\xA5'));
            }
        } else if (kind == QLatin1String("foreign")) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE meta (key TEXT, value TEXT)")));
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA application_id = 42")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else if (kind == QLatin1String("directory")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("w.kairos")));
        } else if (kind == QLatin1String("missing")) {
            path = dir.filePath(QStringLiteral("no/such/folder/w.kairos"));
        }
        const QByteArray before = hashOf(path);
        StoreError error;
        const auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY(!workspace);
        QCOMPARE(int(error.kind), errorKind);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("w.kairos")) || kind == QLatin1String("missing"),
            qPrintable(error.message));
        QCOMPARE(hashOf(path), before);
    }

    void damagedPageIsFoundByQuickCheck()
    {
        // Checklist item 20: a file whose header, schema and meta table read fine but one of whose b-tree pages
        // is damaged is refused at open, with the damage named, instead of failing later in the middle of work.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.kairos"));
        qint64 rootPage = 0;
        qint64 pageSize = 0;
        {
            StoreError error;
            auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            QSqlQuery query(workspace->database());
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO annotations (at_time, text) VALUES (?, ?)")));
            for (int i = 0; i < 20; ++i) {
                query.addBindValue(1700000000 + i * 86400);
                query.addBindValue(QStringLiteral("Note %1 on the export licences").arg(i));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
            QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'annotations'")));
            QVERIFY(query.next());
            rootPage = query.value(0).toLongLong();
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")));
            QVERIFY(query.next());
            pageSize = query.value(0).toLongLong();
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QVERIFY(rootPage > 1);
        {
            // Twenty short rows fit the table's root page, a leaf (type 13): claim far more cells than the
            // page can hold.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 page = (rootPage - 1) * pageSize;
            QVERIFY(file.seek(page));
            QCOMPARE(int(file.read(1).at(0)), 13);
            QVERIFY(file.seek(page + 3));
            QCOMPARE(file.write(QByteArray("\x7F\xF0", 2)), 2);
        }
        {
            // The damage is invisible to what an open reads without the check: the schema, the application id
            // and the meta table.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damaged"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(db.open());
            QVERIFY(db.tables().contains(QLatin1String("annotations")));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
            QVERIFY(query.next());
            QVERIFY(query.exec(QStringLiteral("PRAGMA quick_check")));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toString() != QLatin1String("ok"));
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damaged"));
        QFile::remove(path + QStringLiteral("-shm"));

        const QByteArray before = hashOf(path);
        for (const auto mode : {Workspace::OpenMode::MustExist, Workspace::OpenMode::ReadOnly}) {
            StoreError error;
            QVERIFY(!Workspace::open(path, mode, &error));
            QCOMPARE(error.kind, StoreError::Corrupt);
            QVERIFY2(error.message.contains(QLatin1String("w.kairos")), qPrintable(error.message));
            QVERIFY2(error.message.contains(QLatin1String("damaged")), qPrintable(error.message));
            // The first problem SQLite found, e.g. "Page 17: btreeInitPage() returns error code 11".
            QVERIFY2(error.message.contains(QStringLiteral("Page %1").arg(rootPage))
                    || error.message.contains(QLatin1String("malformed")),
                qPrintable(error.message));
            QCOMPARE(hashOf(path), before);
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void soundWorkspaceWithAliasesPassesTheCheck()
    {
        // SQLite 3.40's quick_check wrongly reports NULLs in entity_aliases (a WITHOUT ROWID table whose alias
        // column comes before a key column); a sound workspace with aliases must still open.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.kairos"));
        {
            StoreError error;
            auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            Entity entity {0, QStringLiteral("Ministry of Commerce"), EntityType::Other,
                {QStringLiteral("MOFCOM"), QStringLiteral("Commerce Ministry")}, 0};
            QVERIFY(workspace->insertEntity(entity));
        }
        for (const auto mode : {Workspace::OpenMode::MustExist, Workspace::OpenMode::ReadOnly}) {
            StoreError error;
            const auto workspace = Workspace::open(path, mode, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            QCOMPARE(workspace->entities().size(), 1);
        }
    }

    void readOnlyFileIsRefusedForWritingButReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.kairos"));
        {
            StoreError error;
            auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY(workspace);
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        if (::geteuid() == 0)
            QSKIP("root may write read-only files; the permission check cannot be observed");
        const QByteArray before = hashOf(path);
        StoreError error;
        QVERIFY(!Workspace::open(path, Workspace::OpenMode::MustExist, &error));
        QCOMPARE(error.kind, StoreError::ReadOnly);
        QVERIFY(error.message.contains(QLatin1String("read-only")));
        QVERIFY(Workspace::open(path, Workspace::OpenMode::ReadOnly, &error));
        QCOMPARE(hashOf(path), before);
    }

    void networkFileSystemsAreTold()
    {
        QCOMPARE(networkFileSystemName(quint64(0x6969)), QStringLiteral("NFS"));
        QCOMPARE(networkFileSystemName(quint64(0xFF534D42)), QStringLiteral("SMB/CIFS"));
        QCOMPARE(networkFileSystemName(quint64(0xFE534D42)), QStringLiteral("SMB/CIFS"));
        QCOMPARE(networkFileSystemName(quint64(0x01021997)), QStringLiteral("9P"));
        // ext4, btrfs, xfs, tmpfs and overlayfs are local.
        for (quint64 local : {0xEF53ull, 0x9123683Eull, 0x58465342ull, 0x01021994ull, 0x794C7630ull})
            QVERIFY(networkFileSystemName(local).isEmpty());
        // The folder the tests write to is local.
        QTemporaryDir dir;
        QVERIFY(networkFileSystemName(dir.path()).isEmpty());
        QVERIFY(networkFileSystemName(dir.filePath(QStringLiteral("no/such/folder"))).isEmpty());
    }

    void sqlitePragmasAreSet()
    {
        QTemporaryDir dir;
        StoreError error;
        auto workspace
            = Workspace::open(dir.filePath(QStringLiteral("w.kairos")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY(workspace);
        auto pragma = [&](const char* name) {
            QSqlQuery query(workspace->database());
            query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
            query.next();
            return query.value(0).toString();
        };
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma("busy_timeout"), QStringLiteral("5000"));
        QCOMPARE(pragma("trusted_schema"), QStringLiteral("0"));
        QCOMPARE(pragma("application_id").toInt(), 0x4B414952);

        // The defensive flag: even with writable_schema asked for, the schema table cannot be edited, which
        // is how a crafted file would otherwise plant a corrupt schema.
        QSqlQuery query(workspace->database());
        query.exec(QStringLiteral("PRAGMA writable_schema = ON"));
        QVERIFY(!query.exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE TABLE x(y)' WHERE name = 'meta'")));
        QVERIFY2(query.lastError().text().contains(QLatin1String("may not be modified")),
            qPrintable(query.lastError().text()));
        QCOMPARE(pragma("integrity_check"), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFiles)
#include "tst_workspacefiles.moc"
