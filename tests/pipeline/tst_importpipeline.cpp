// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/extractorfactory.h"
#include "pipeline/importpipeline.h"
#include "store/importjournal.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Kairos;

namespace {

const QString corpora = QStringLiteral(KAIROS_SHARED_DIR "/corpora");
const QString demo = QStringLiteral(KAIROS_SOURCE_DIR "/resources/demo");

/// Every row of the tables that an import writes, hashed: equal hashes mean nothing changed.
QByteArray contentHash(Workspace& workspace)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"articles", "article_sources", "article_origins", "events", "evidence", "entities",
             "entity_aliases", "mentions", "event_entities"}) {
        // Whole rows, sorted: PostgreSQL returns rows that tie on the first columns (one entity in two
        // roles of an event) in whatever order its pages hold them.
        QSqlQuery query(workspace.database());
        query.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
        QList<QByteArray> rows;
        while (query.next()) {
            QByteArray row;
            for (int i = 0; i < query.record().count(); ++i)
                row += query.value(i).toString().toUtf8() + '\x1f';
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        hash.addData(table);
        for (const QByteArray& row : std::as_const(rows))
            hash.addData(row + '\x1e');
    }
    return hash.result();
}

/// SQLite's full-text indexes agree with their tables (PostgreSQL computes its search column itself).
bool textIndexesAgree(Workspace& workspace)
{
    if (workspace.isPostgres())
        return true;
    QSqlQuery query(workspace.database());
    return query.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"))
        && query.exec(QStringLiteral("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)"));
}

/// The demo's articles without its manifest, as an analyst's loose folder of the same files.
QString looseCopyOfDemo(const QTemporaryDir& dir)
{
    const QString folder = dir.filePath(QStringLiteral("loose"));
    QDir().mkpath(folder);
    for (const QFileInfo& file : QDir(demo + QStringLiteral("/articles")).entryInfoList(QDir::Files))
        QFile::copy(file.filePath(), folder + QLatin1Char('/') + file.fileName());
    return folder;
}

} // namespace

class TestImportPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsCorporaWithCounts_data() { KAIROS_BACKEND_ROWS(); }
    void importsCorporaWithCounts()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        ImportPipeline pipeline(*workspace);
        const ImportReport report = pipeline.run({corpora + QStringLiteral("/reuters21578-json"),
            corpora + QStringLiteral("/wikipedia-current-events-2025q4")});
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QCOMPARE(report.articlesAdded, 3700 + 93);
        QCOMPARE(workspace->stats().articles, qint64(3700 + 93));
        // A sample of metadata as the files hold it.
        const QList<ArticleSummary> articles = workspace->articleSummaries();
        auto find = [&](const QString& title) {
            for (const ArticleSummary& a : articles) {
                if (a.title == title)
                    return a;
            }
            return ArticleSummary {};
        };
        const ArticleSummary dec8 = find(QStringLiteral("2025 December 08"));
        QVERIFY(dec8.id > 0);
        QCOMPARE(dec8.published->toIsoString(), QStringLiteral("2025-12-08"));
        QCOMPARE(dec8.bundle, corpora + QStringLiteral("/wikipedia-current-events-2025q4"));
        int reuters = 0;
        for (const ArticleSummary& a : articles)
            reuters += a.outlet == QLatin1String("Reuters");
        QCOMPARE(reuters, 3700);
    }

    void reimportAddsNothingAndRecordsOrigins_data() { KAIROS_BACKEND_ROWS(); }
    void reimportAddsNothingAndRecordsOrigins()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        ImportPipeline pipeline(*workspace);
        pipeline.setExtractor(defaultExtractor());
        const ImportReport first = pipeline.run({demo});
        QCOMPARE(first.articlesAdded, 8);
        QVERIFY(first.eventsAdded >= 15);
        const WorkspaceStats before = workspace->stats();
        const ImportReport again = pipeline.run({demo});
        QCOMPARE(again.articlesAdded, 0);
        QCOMPARE(again.articlesSkipped, 8);
        QCOMPARE(again.eventsAdded, 0);
        QCOMPARE(workspace->stats().events, before.events);
        QVERIFY(again.notes.first().contains(QLatin1String("already in the workspace")));

        // The same article from a second bundle records a second origin.
        QTemporaryDir copy;
        const QString other = copy.filePath(QStringLiteral("colleague"));
        QDir().mkpath(other);
        QVERIFY(QFile::copy(
            demo + QStringLiteral("/articles/01-us-permits-h200-exports.md"), other + QStringLiteral("/permits.md")));
        const ImportReport third = pipeline.run({other});
        QCOMPARE(third.articlesSkipped, 1);
        const std::optional<qint64> id = workspace->findArticle(
            QString(), QStringLiteral("https://demo.kairos.invalid/wire/2025-12-08-us-permits-h200-exports"));
        QVERIFY(id);
        QCOMPARE(workspace->article(*id)->origins.size(), 2);
    }

    void curatedEventsCiteTheirSentences_data() { KAIROS_BACKEND_ROWS(); }
    void curatedEventsCiteTheirSentences()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        ImportPipeline pipeline(*workspace);
        const ImportReport report = pipeline.run({demo});
        QCOMPARE(report.eventsAdded, 15);
        int checked = 0;
        EventRowCursor cursor;
        for (const EventRow& row : workspace->eventRows(cursor, 100)) {
            const Event event = *workspace->event(row.id);
            QCOMPARE(event.status == ReviewStatus::Confirmed || event.status == ReviewStatus::Proposed, true);
            for (const Evidence& evidence : event.evidence) {
                QVERIFY(evidence.hasArticle());
                const QString body = workspace->article(evidence.articleId)->body;
                QCOMPARE(body.mid(evidence.begin, evidence.end - evidence.begin), evidence.sentence);
                ++checked;
            }
        }
        QVERIFY(checked >= 30);
        const std::optional<Entity> xi = workspace->findEntity(QStringLiteral("Chairman Xi"));
        QVERIFY(xi);
        QCOMPARE(xi->name, QStringLiteral("Xi Jinping"));
    }

    void badFilesAreReportedAndTheRestImported_data() { KAIROS_BACKEND_ROWS(); }
    void badFilesAreReportedAndTheRestImported()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("mixed"));
        QDir().mkpath(bundle);
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile file(bundle + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("good.txt"), "A good article\n\nThe ministry met on Monday.");
        write(QStringLiteral("broken.json"), "[{\"title\": \"x\", \"body\": ");
        write(QStringLiteral("fake.zip"), "PK\x03\x04 this is not really a zip archive at all");
        ImportPipeline pipeline(*workspace);
        const ImportReport report = pipeline.run({bundle});
        QCOMPARE(report.articlesAdded, 1);
        QCOMPARE(report.errors.size(), 2);
        QStringList paths;
        for (const Import::Rejection& rejection : report.errors) {
            paths << rejection.path;
            QVERIFY(!rejection.reason.isEmpty());
        }
        paths.sort();
        QCOMPARE(paths, QStringList({QStringLiteral("broken.json"), QStringLiteral("fake.zip")}));
        QVERIFY(!report.nothingDone());
    }

    void sameHappeningFromSeveralArticlesIsOneEvent_data() { KAIROS_BACKEND_ROWS(); }
    void sameHappeningFromSeveralArticlesIsOneEvent()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QString& outlet) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(QStringLiteral("---\ntitle: Chip exports, as seen by %1\noutlet: %1\npublished: "
                                          "2025-12-09\n---\n\nThe Commerce Department approved exports of Nvidia "
                                          "H200 chips to China on December 8, 2025. Analysts expect more.\n")
                               .arg(outlet)
                               .toUtf8());
            return path;
        };
        ImportPipeline pipeline(*workspace);
        pipeline.setExtractor(defaultExtractor());
        // Two articles in one run (found among the events this run added), a third later (found in the store).
        QVERIFY(pipeline
                    .run({write(QStringLiteral("a.md"), QStringLiteral("Outlet A")),
                        write(QStringLiteral("b.md"), QStringLiteral("Outlet B"))})
                    .fatalError.isEmpty());
        const ImportReport later = pipeline.run({write(QStringLiteral("c.md"), QStringLiteral("Outlet C"))});
        QVERIFY(later.fatalError.isEmpty());
        QCOMPARE(later.articlesAdded, 1);
        QCOMPARE(later.eventsAdded, 0);
        QList<qint64> ids;
        for (const ArticleSummary& article : workspace->articleSummaries()) {
            const QList<Event> events = workspace->eventsForArticle(article.id);
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().start->toIsoString(), QStringLiteral("2025-12-08"));
            QCOMPARE(events.first().evidence.size(), 3);
            ids << events.first().id;
        }
        QCOMPARE(ids.size(), 3);
        QCOMPARE(ids.count(ids.first()), 3);
    }

    void undoOfImportRestoresTheWorkspaceExactly_data() { KAIROS_BACKEND_ROWS(); }
    void undoOfImportRestoresTheWorkspaceExactly()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        QTemporaryDir dir;
        ImportPipeline pipeline(*workspace);
        pipeline.setExtractor(defaultExtractor());
        const ImportReport first = pipeline.run({looseCopyOfDemo(dir)});
        QCOMPARE(first.articlesAdded, 8);
        const qint64 proposalsBefore = workspace->stats().events;
        const QByteArray before = contentHash(*workspace);

        // The bundle brings the same eight articles (their origins are recorded), curated events that replace
        // proposals citing the same sentences, and an article of its own with new entities and events.
        const ImportReport second
            = pipeline.run({demo, corpora + QStringLiteral("/seed"), corpora + QStringLiteral("/timelinejs3")});
        QVERIFY2(second.fatalError.isEmpty(), qPrintable(second.fatalError));
        QVERIFY(second.articlesSkipped >= 8);
        QVERIFY(second.articlesAdded > 0);
        QVERIFY(second.entitiesAdded > 0);
        QVERIFY(second.journal);
        const QByteArray after = contentHash(*workspace);
        QVERIFY(after != before);
        QSqlQuery replaced(workspace->database());
        QVERIFY(replaced.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE id <= %1").arg(proposalsBefore)));
        QVERIFY(replaced.next());
        QVERIFY2(replaced.value(0).toLongLong() < proposalsBefore, "the curated events replaced no proposal");
        QVERIFY(!workspace->searchArticles(QStringLiteral("H200")).isEmpty());

        for (int round = 0; round < 2; ++round) {
            QVERIFY2(second.journal->undo(*workspace), qPrintable(second.journal->lastError()));
            QCOMPARE(contentHash(*workspace), before);
            QVERIFY(textIndexesAgree(*workspace));
            QVERIFY2(second.journal->redo(*workspace), qPrintable(second.journal->lastError()));
            QCOMPARE(contentHash(*workspace), after);
            QVERIFY(textIndexesAgree(*workspace));
        }
        QVERIFY(second.journal->undo(*workspace));
        QCOMPARE(workspace->stats().articles, qint64(8));
    }

    void undoRefusesWhenImportedEventsWereEditedElsewhere_data() { KAIROS_BACKEND_ROWS(); }
    void undoRefusesWhenImportedEventsWereEditedElsewhere()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        ImportPipeline pipeline(*workspace);
        pipeline.setExtractor(defaultExtractor());
        const ImportReport report = pipeline.run({demo});
        QVERIFY(report.journal);
        // Another program (a teammate, the command line) confirms one of the imported events.
        StoreError error;
        std::unique_ptr<Workspace> other = Workspace::open(location_, Workspace::OpenMode::MustExist, &error);
        QVERIFY2(other, qPrintable(error.message));
        EventRowCursor cursor;
        Event event = *other->event(other->eventRows(cursor, 1).first().id);
        event.status = ReviewStatus::Confirmed;
        QVERIFY(other->updateEvent(event));
        const QByteArray edited = contentHash(*workspace);
        QVERIFY(!report.journal->undo(*workspace));
        QVERIFY2(
            report.journal->lastError().contains(QLatin1String("edited")), qPrintable(report.journal->lastError()));
        QCOMPARE(contentHash(*workspace), edited);
    }

    void cancelLeavesTheWorkspaceAsBefore_data() { KAIROS_BACKEND_ROWS(); }
    void cancelLeavesTheWorkspaceAsBefore()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        ImportPipeline pipeline(*workspace);
        QVERIFY(pipeline.run({demo}).articlesAdded == 8);
        const QByteArray before = contentHash(*workspace);
        std::atomic_bool cancel {false};
        // Cancel as soon as the first file of the next bundle is read.
        pipeline.setProgressCallback([&cancel](const ImportPipeline::Progress&) { cancel = true; });
        const ImportReport report = pipeline.run({corpora + QStringLiteral("/reuters21578-json")}, &cancel);
        QVERIFY(report.cancelled);
        // Whole files may have gone in before the cancel; nothing half-written may remain.
        const WorkspaceStats stats = workspace->stats();
        QVERIFY(stats.articles == 8 || stats.articles == 8 + 911 || stats.articles == 8 + 912
            || stats.articles == 8 + 930 || stats.articles == 8 + 947);
        if (stats.articles == 8)
            QCOMPARE(contentHash(*workspace), before);
    }
};

QTEST_GUILESS_MAIN(TestImportPipeline)
#include "tst_importpipeline.moc"
