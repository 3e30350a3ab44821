// SPDX-License-Identifier: GPL-3.0-or-later
// Export, then import into a fresh workspace through the pipeline (or read back with the project's CSV reader):
// the same events come back, with titles, dates to their precision and types.
#include "export/csvwriter.h"
#include "export/formatwriter.h"
#include "export/timelineexporter.h"
#include "exporthelpers.h"
#include "import/csvreader.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Kairos;
using namespace Kairos::Test;

namespace {

/// The start TimelineJS and vis-timeline can state: weeks and quarters widen to their first day or month.
std::optional<TimePoint> interchangeStart(const Event& e)
{
    if (e.precision == DatePrecision::Week || e.precision == DatePrecision::Quarter)
        return e.start->floor(e.precision);
    return e.start;
}

/// Every event with a date or a bound comes back once, at the date the format can state, with its type.
void compareChartEvents(const ExportSample& sample, const Reimport& back)
{
    int expected = 0;
    for (const Event& original : sample.events) {
        if (!original.anchor())
            continue;
        ++expected;
        const Event* e = back.byTitle(original.title);
        QVERIFY2(e, qPrintable(QStringLiteral("missing after the round trip: ") + original.title));
        if (original.start) {
            QCOMPARE(e->start, interchangeStart(original));
            QCOMPARE(e->precision, interchangePrecision(original.precision));
            QCOMPARE(e->end, original.end);
        } else {
            QCOMPARE(e->start, original.anchor());
            QCOMPARE(e->precision, DatePrecision::Day);
        }
        QCOMPARE(carriedType(*e), original.type);
    }
    QCOMPARE(back.events.size(), expected);
}

} // namespace

class TestExportRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timelineJs_data() { KAIROS_BACKEND_ROWS(); }
    void timelineJs()
    {
        KAIROS_OPEN_TEST_WORKSPACE(workspace);
        ExportSample sample;
        QVERIFY2(fillExportSample(*workspace, &sample), qPrintable(workspace->lastError().message));
        const QString out = testWorkspace_.folder() + QStringLiteral("/h200.timelinejs.json");
        QString error;
        ExportReport report;
        QVERIFY2(exportTimeline(*workspace, out, ExportFormat::TimelineJs, {}, &error, &report), qPrintable(error));
        QCOMPARE(report.events, 10);
        QCOMPARE(report.atBound, 1);
        QCOMPARE(report.undated, 1);
        Reimport back;
        QVERIFY2(back.run(out), qPrintable(back.report.summary()));
        QVERIFY2(back.report.errors.isEmpty(), qPrintable(back.report.errors.value(0).reason));
        compareChartEvents(sample, back);
    }

    void visItems()
    {
        QTemporaryDir dir;
        StoreError storeError;
        auto workspace = Workspace::open(
            dir.filePath(QStringLiteral("w.kairos")), Workspace::OpenMode::CreateIfMissing, &storeError);
        QVERIFY2(workspace, qPrintable(storeError.message));
        ExportSample sample;
        QVERIFY(fillExportSample(*workspace, &sample));
        const QString out = dir.filePath(QStringLiteral("h200.vis.json"));
        QString error;
        QVERIFY2(exportTimeline(*workspace, out, ExportFormat::Vis, {}, &error), qPrintable(error));
        // The items array is what vis-timeline's own examples load; the project's importer reads it.
        const QJsonObject dataSet = QJsonDocument::fromJson(fileBytes(out)).object();
        const QString items = dir.filePath(QStringLiteral("items.json"));
        QFile file(items);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(dataSet.value(QLatin1String("items")).toArray()).toJson());
        file.close();
        Reimport back;
        QVERIFY2(back.run(items), qPrintable(back.report.summary()));
        compareChartEvents(sample, back);

        Reimport whole;
        QVERIFY(whole.run(out));
        QCOMPARE(whole.events.size(), back.events.size());
    }

    void bundle_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("confirmedOnly");
        QTest::newRow("zip") << QStringLiteral("h200.zip") << false;
        QTest::newRow("folder") << QStringLiteral("h200-bundle") << false;
        QTest::newRow("zip, confirmed only") << QStringLiteral("confirmed.zip") << true;
    }
    void bundle()
    {
        QFETCH(QString, target);
        QFETCH(bool, confirmedOnly);
        QTemporaryDir dir;
        StoreError storeError;
        auto workspace = Workspace::open(
            dir.filePath(QStringLiteral("w.kairos")), Workspace::OpenMode::CreateIfMissing, &storeError);
        QVERIFY2(workspace, qPrintable(storeError.message));
        ExportSample sample;
        QVERIFY(fillExportSample(*workspace, &sample));
        ExportFilter filter;
        if (confirmedOnly)
            filter.status = ReviewStatus::Confirmed;
        QString error;
        ExportReport report;
        QVERIFY2(exportTimeline(*workspace, dir.filePath(target), ExportFormat::Bundle, filter, &error, &report),
            qPrintable(error));
        // Nothing but the bundle beside the workspace (and SQLite's own -wal and -shm files).
        QCOMPARE(folderEntries(dir.path()).filter(QRegularExpression(QStringLiteral("^(?!w\\.kairos)"))),
            QStringList {target});
        Reimport back;
        QVERIFY2(back.run(dir.filePath(target)), qPrintable(back.report.summary()));
        QVERIFY2(back.report.errors.isEmpty(), qPrintable(back.report.errors.value(0).reason));

        int expected = 0;
        for (const Event& original : sample.events) {
            if (confirmedOnly && original.status != ReviewStatus::Confirmed)
                continue;
            ++expected;
            const Event* e = back.byTitle(original.title);
            QVERIFY2(e, qPrintable(original.title));
            QCOMPARE(e->start, original.start);
            QCOMPARE(e->precision, original.precision);
            QCOMPARE(e->end, original.end);
            QCOMPARE(e->notAfter, original.notAfter);
            QCOMPARE(e->type, original.type);
            QCOMPARE(e->modality, original.modality);
            QCOMPARE(e->status, original.status);
            QCOMPARE(e->attribution, original.attribution);
            QCOMPARE(e->summary, original.summary);
            QCOMPARE(e->evidence.size(), 1);
            QCOMPARE(e->evidence.first().sentence, original.evidence.first().sentence);
            QVERIFY(e->evidence.first().hasArticle());
            const std::optional<Article> cited = back.workspace->article(e->evidence.first().articleId);
            QVERIFY(cited);
            QCOMPARE(cited->body.mid(e->evidence.first().begin, e->evidence.first().end - e->evidence.first().begin),
                original.evidence.first().sentence);
            QStringList names;
            for (const EventEntity& link : e->entities)
                names << back.workspace->entity(link.entityId)->name;
            QStringList originalNames;
            for (const EventEntity& link : original.entities)
                originalNames << workspace->entity(link.entityId)->name;
            names.sort();
            originalNames.sort();
            QCOMPARE(names, originalNames);
        }
        QCOMPARE(back.events.size(), expected);
        QCOMPARE(report.events, expected);

        // Unfiltered, the bundle rebuilds the workspace; filtered, it carries what the events cite.
        const QList<ArticleSummary> articles = back.workspace->articleSummaries();
        QCOMPARE(articles.size(), confirmedOnly ? 2 : 3);
        QCOMPARE(report.articles, int(articles.size()));
        for (const ArticleSummary& summary : articles) {
            const std::optional<Article> a = back.workspace->article(summary.id);
            const auto original = std::find_if(sample.articles.cbegin(), sample.articles.cend(),
                [&](const Article& o) { return o.title == a->title; });
            QVERIFY2(original != sample.articles.cend(), qPrintable(a->title));
            QCOMPARE(a->body, original->body);
            QCOMPARE(a->outlet, original->outlet);
            QCOMPARE(a->url, original->url);
            QCOMPARE(a->published, original->published);
        }
        const QList<Entity> entities = back.workspace->entities();
        QCOMPARE(entities.size(), confirmedOnly ? 2 : 3);
        for (const Entity& entity : entities) {
            const auto original = std::find_if(sample.entities.cbegin(), sample.entities.cend(),
                [&](const Entity& o) { return o.name == entity.name; });
            QVERIFY2(original != sample.entities.cend(), qPrintable(entity.name));
            QCOMPARE(entity.type, original->type);
            QCOMPARE(entity.aliases, original->aliases);
        }
    }

    void csv()
    {
        QTemporaryDir dir;
        StoreError storeError;
        auto workspace = Workspace::open(
            dir.filePath(QStringLiteral("w.kairos")), Workspace::OpenMode::CreateIfMissing, &storeError);
        QVERIFY2(workspace, qPrintable(storeError.message));
        ExportSample sample;
        QVERIFY(fillExportSample(*workspace, &sample));
        const QString out = dir.filePath(QStringLiteral("events.csv"));
        QString error;
        QVERIFY2(exportTimeline(*workspace, out, ExportFormat::Csv, {}, &error), qPrintable(error));
        QByteArray bytes = fileBytes(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QString readError;
        const QList<QStringList> rows = Import::readCsv(QString::fromUtf8(bytes.mid(3)), QLatin1Char(','), &readError);
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QCOMPARE(rows.size(), sample.events.size() + 1);
        QCOMPARE(rows.first(), CsvWriter::columns());
        for (int r = 1; r < rows.size(); ++r) {
            QStringList cells;
            for (const QString& cell : rows.at(r))
                cells << CsvWriter::restoreCell(cell);
            QCOMPARE(cells.size(), CsvWriter::columns().size());
            const auto original = std::find_if(sample.events.cbegin(), sample.events.cend(),
                [&](const Event& e) { return QString::number(e.id) == cells.at(0); });
            QVERIFY2(original != sample.events.cend(), qPrintable(cells.at(0)));
            QCOMPARE(cells.at(1), original->title);
            const std::optional<DatePrecision> precision = precisionFromString(cells.at(4));
            QCOMPARE(precision, std::optional<DatePrecision>(original->precision));
            const std::optional<TimePoint> start = TimePoint::parseIso(cells.at(2));
            QCOMPARE(start, original->start ? original->start->floor(original->precision) : original->start);
            QCOMPARE(TimePoint::parseIso(cells.at(3)), original->end);
            QCOMPARE(cells.at(5), original->type);
            QCOMPARE(modalityFromString(cells.at(6)), std::optional<Modality>(original->modality));
            QCOMPARE(statusFromString(cells.at(7)), std::optional<ReviewStatus>(original->status));
            QCOMPARE(cells.at(8).toDouble(), original->confidence);
            QCOMPARE(cells.at(10), original->attribution);
            QVERIFY(cells.at(13).startsWith(original->evidence.first().sentence));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_exportroundtrip.moc"
