// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/bulkeventwriter.h"
#include "store/schema.h"
#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kairos;

namespace {

Event makeEvent(const QString& title, int day)
{
    Event event;
    event.title = title;
    event.start = TimePoint::fromDate(2025, 12, day);
    event.precision = DatePrecision::Day;
    event.type = QStringLiteral("meeting");
    return event;
}

/// FTS5's own check that the index holds exactly the words of the rows it covers.
bool fullTextIndexMatchesRows(Workspace& workspace)
{
    QSqlQuery check(workspace.database());
    if (check.exec(QStringLiteral("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")))
        return true;
    qWarning() << check.lastError().text();
    return false;
}

QString storedSchemaVersion(Workspace& workspace)
{
    QSqlQuery query(workspace.database());
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

/// The SQLite full-text indexes read their words from the article and event tables and are written at
/// commit: every way of changing a row must keep them exact, and workspaces written by schema version 1
/// must come across intact.
class TestFullTextIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indexFollowsInsertUpdateAndDelete()
    {
        QTemporaryDir dir;
        StoreError error;
        auto workspace
            = Workspace::open(dir.filePath(QStringLiteral("w.kairos")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));

        QList<Event> bulk {makeEvent(QStringLiteral("Tariff hearing in Geneva"), 9),
            makeEvent(QStringLiteral("Subsidy vote in Beijing"), 3), makeEvent(QStringLiteral("Licence review"), 5)};
        BulkEventWriter writer(*workspace);
        QVERIFY(writer.write(bulk));
        Event single = makeEvent(QStringLiteral("Export briefing"), 11);
        QVERIFY(workspace->insertEvent(single));
        QVERIFY(fullTextIndexMatchesRows(*workspace));
        QCOMPARE(workspace->searchEvents(QStringLiteral("subsidy")), QList<qint64> {bulk.at(1).id});
        // Ids within a bulk chunk follow the dates, whatever order the caller gave.
        QVERIFY(bulk.at(1).id < bulk.at(2).id);
        QVERIFY(bulk.at(2).id < bulk.at(0).id);

        Event edited = *workspace->event(bulk.at(1).id);
        edited.title = QStringLiteral("Incentive package approved");
        QVERIFY(workspace->updateEvent(edited));
        QVERIFY(fullTextIndexMatchesRows(*workspace));
        QVERIFY(workspace->searchEvents(QStringLiteral("subsidy")).isEmpty());
        QCOMPARE(workspace->searchEvents(QStringLiteral("incentive")), QList<qint64> {edited.id});

        // A stale edit is refused and leaves the index as it was.
        Event stale = edited;
        stale.version = 1;
        stale.title = QStringLiteral("Stale title");
        QVERIFY(!workspace->updateEvent(stale));
        QVERIFY(fullTextIndexMatchesRows(*workspace));
        QCOMPARE(workspace->searchEvents(QStringLiteral("incentive")), QList<qint64> {edited.id});

        QVERIFY(workspace->deleteEvent(single.id));
        QVERIFY(fullTextIndexMatchesRows(*workspace));
        QVERIFY(workspace->searchEvents(QStringLiteral("briefing")).isEmpty());
        QCOMPARE(workspace->searchEvents(QStringLiteral("tariff")), QList<qint64> {bulk.at(0).id});
    }

    void rowsOfTheRunningTransactionAreSearchable()
    {
        QTemporaryDir dir;
        StoreError error;
        auto workspace
            = Workspace::open(dir.filePath(QStringLiteral("w.kairos")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        Article kept;
        kept.title = QStringLiteral("Regulators weigh chip imports");
        kept.body = QStringLiteral("The commission met on Friday.");
        kept.sha256 = QString(64, QLatin1Char('a'));
        {
            WorkspaceTransaction transaction(*workspace);
            QVERIFY(workspace->insertArticle(kept, {}));
            Event event = makeEvent(QStringLiteral("Commission meeting"), 12);
            QVERIFY(workspace->insertEvent(event));
            QCOMPARE(workspace->searchArticles(QStringLiteral("regulators")), QList<qint64> {kept.id});
            QCOMPARE(workspace->searchEvents(QStringLiteral("commission")), QList<qint64> {event.id});
            QVERIFY(transaction.commit());
        }
        {
            Article dropped = kept;
            dropped.title = QStringLiteral("Withdrawn draft on tariffs");
            dropped.sha256 = QString(64, QLatin1Char('b'));
            WorkspaceTransaction transaction(*workspace);
            QVERIFY(workspace->insertArticle(dropped, {}));
            Event event = makeEvent(QStringLiteral("Tariff draft withdrawn"), 13);
            QVERIFY(workspace->insertEvent(event));
            // Goes out of scope without commit: rolled back, and with it the words waiting to be indexed.
        }
        QVERIFY(workspace->searchArticles(QStringLiteral("tariffs")).isEmpty());
        QVERIFY(workspace->searchEvents(QStringLiteral("tariff")).isEmpty());
        QCOMPARE(workspace->searchArticles(QStringLiteral("regulators")), QList<qint64> {kept.id});
        QVERIFY(fullTextIndexMatchesRows(*workspace));
        QSqlQuery check(workspace->database());
        QVERIFY(check.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")));
    }

    void version1WorkspaceIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.kairos"));
        QList<Event> events {makeEvent(QStringLiteral("Emergency meeting on chip imports"), 4),
            makeEvent(QStringLiteral("Purchase talks reported"), 8)};
        {
            StoreError error;
            auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            BulkEventWriter writer(*workspace);
            QVERIFY(writer.write(events));
            // Turn it back into what version 1 wrote: an index with its own copy of the text.
            QSqlQuery query(workspace->database());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE events_fts")));
            QVERIFY(query.exec(QStringLiteral("CREATE VIRTUAL TABLE events_fts USING fts5(title, summary)")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO events_fts (rowid, title, summary) SELECT id, title, summary FROM events")));
            QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'")));
        }
        StoreError error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::MustExist, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QCOMPARE(storedSchemaVersion(*workspace), QString::number(Schema::currentVersion));
        QVERIFY(fullTextIndexMatchesRows(*workspace));
        QCOMPARE(workspace->searchEvents(QStringLiteral("emergency")), QList<qint64> {events.at(0).id});
        QCOMPARE(workspace->stats().events, qint64(2));

        Event edited = *workspace->event(events.at(1).id);
        edited.title = QStringLiteral("Purchase talks paused");
        QVERIFY(workspace->updateEvent(edited));
        QVERIFY(fullTextIndexMatchesRows(*workspace));
        QCOMPARE(workspace->searchEvents(QStringLiteral("paused")), QList<qint64> {edited.id});
    }
};

QTEST_GUILESS_MAIN(TestFullTextIndex)
#include "tst_fulltextindex.moc"
