// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kairos;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList& args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(QStringLiteral(KAIROS_CLI), args);
    process.waitForFinished(timeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

const QString demo = QStringLiteral(KAIROS_SOURCE_DIR "/resources/demo");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp()
    {
        const Result version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        const QList<QByteArray> lines = version.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("kairos-cli "));
        QVERIFY(version.out.contains("Qt 6."));
        QVERIFY(version.out.contains("KSyntaxHighlighting 5.") || version.out.contains("KSyntaxHighlighting 6."));
        QVERIFY(version.out.contains("SQLite 3."));
        const Result help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"init", "stats", "import", "events", "entities", "export-chart"})
            QVERIFY2(help.out.contains(command), command);
        QVERIFY(runCli({QStringLiteral("no-such-command")}).exitCode != 0);
        QVERIFY(runCli({QStringLiteral("stats")}).exitCode != 0);
        QVERIFY(runCli({QStringLiteral("import"), QStringLiteral("--bogus-option")}).exitCode != 0);
    }

    void initImportStatsEvents()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.kairos"));
        QCOMPARE(runCli({QStringLiteral("init"), workspace}).exitCode, 0);
        Result stats = runCli({QStringLiteral("stats"), workspace, QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(counts.keys(),
            QStringList({QStringLiteral("articles"), QStringLiteral("entities"), QStringLiteral("events"),
                QStringLiteral("mentions")}));
        QCOMPARE(counts.value(QStringLiteral("articles")).toInt(), 0);

        const Result import = runCli({QStringLiteral("import"), workspace, demo, QStringLiteral("--json")});
        QCOMPARE(import.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(import.out).object();
        QCOMPARE(report.value(QStringLiteral("articles_added")).toInt(), 8);
        QVERIFY(report.value(QStringLiteral("events_added")).toInt() >= 15);
        QVERIFY(report.value(QStringLiteral("entities_added")).toInt() >= 15);
        QCOMPARE(report.value(QStringLiteral("errors")).toArray().size(), 0);
        stats = runCli({QStringLiteral("stats"), workspace, QStringLiteral("--json")});
        counts = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(counts.value(QStringLiteral("articles")).toInt(), 8);
        QVERIFY(counts.value(QStringLiteral("mentions")).toInt() > 0);

        const Result events
            = runCli({QStringLiteral("events"), workspace, QStringLiteral("--json"), QStringLiteral("--type"),
                QStringLiteral("approval"), QStringLiteral("--status"), QStringLiteral("confirmed")});
        QCOMPARE(events.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(events.out).array();
        QVERIFY(!list.isEmpty());
        for (const QJsonValue& value : list) {
            const QJsonObject event = value.toObject();
            for (const char* key : {"title", "start", "end", "not_after", "precision", "type", "modality",
                     "attribution", "entities", "confidence", "status", "reported", "sources", "evidence"})
                QVERIFY2(event.contains(QLatin1String(key)), key);
            QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("approval"));
            QCOMPARE(event.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
            const QJsonObject evidence = event.value(QStringLiteral("evidence")).toArray().first().toObject();
            for (const char* key : {"article_title", "outlet", "published", "sentence"})
                QVERIFY2(evidence.contains(QLatin1String(key)), key);
        }
        const Result byEntity
            = runCli({QStringLiteral("events"), workspace, QStringLiteral("--entity"), QStringLiteral("Chairman Xi")});
        QCOMPARE(byEntity.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(byEntity.out).array().isEmpty());
        QVERIFY(runCli({QStringLiteral("events"), workspace, QStringLiteral("--from"), QStringLiteral("yesterday")})
                    .exitCode
            != 0);

        const Result entities = runCli({QStringLiteral("entities"), workspace, QStringLiteral("--json")});
        QCOMPARE(entities.exitCode, 0);
        bool foundXi = false;
        for (const QJsonValue& value : QJsonDocument::fromJson(entities.out).array()) {
            const QJsonObject entity = value.toObject();
            if (entity.value(QStringLiteral("name")).toString() == QLatin1String("Xi Jinping")) {
                foundXi = entity.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("Chairman Xi"));
                QCOMPARE(entity.value(QStringLiteral("type")).toString(), QStringLiteral("person"));
            }
        }
        QVERIFY(foundXi);
    }

    void importExitStatuses()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.kairos"));
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"title\": ");
        file.close();
        const Result nothing = runCli({QStringLiteral("import"), workspace, broken, QStringLiteral("--json")});
        QCOMPARE(nothing.exitCode, 1);
        const QJsonArray errors
            = QJsonDocument::fromJson(nothing.out).object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value(QStringLiteral("path")).toString(), QStringLiteral("broken.json"));
        QVERIFY(!errors.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());
        const Result partial = runCli({QStringLiteral("import"), workspace, demo, broken});
        QCOMPARE(partial.exitCode, 3);
        QVERIFY(partial.err.contains("broken.json"));
        const Result notWorkspace = runCli({QStringLiteral("stats"), broken});
        QCOMPARE(notWorkspace.exitCode, 1);
        QVERIFY(notWorkspace.err.contains("broken.json"));
    }

    void readerWhileAnotherProcessImports()
    {
        // One process imports while this one reads: waits are normal, "database is locked" never shows.
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.kairos"));
        QCOMPARE(runCli({QStringLiteral("init"), workspace}).exitCode, 0);
        QProcess importer;
        importer.start(QStringLiteral(KAIROS_CLI),
            {QStringLiteral("import"), workspace, QStringLiteral(KAIROS_SHARED_DIR "/corpora/reuters21578-json"),
                QStringLiteral(KAIROS_SHARED_DIR "/corpora/gdelt")});
        QVERIFY(importer.waitForStarted());
        StoreError error;
        auto reader = Workspace::open(workspace, Workspace::OpenMode::MustExist, &error);
        QVERIFY2(reader, qPrintable(error.message));
        int reads = 0;
        qint64 last = 0;
        while (importer.state() != QProcess::NotRunning) {
            const WorkspaceStats stats = reader->stats();
            QVERIFY2(!reader->lastError().isError(), qPrintable(reader->lastError().message));
            QVERIFY(stats.articles >= last);
            last = stats.articles;
            ++reads;
            QTest::qWait(20);
        }
        QCOMPARE(importer.exitCode(), 0);
        QVERIFY(reads > 0);
        QCOMPARE(reader->stats().articles, qint64(3700));
        QVERIFY(!importer.readAllStandardError().contains("locked"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
