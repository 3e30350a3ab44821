// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes write one SQLite workspace at once for a minute (KAIROS_LOAD_SECONDS): kairos-cli imports
// bundle after bundle while reliability_editor edits and adds events. Waiting for the other's write is
// normal: no save may fail with "database is locked", and every edit must be there at the end, as saved.
#include "articlebundle.h"
#include "cliprocess.h"
#include "workspacecheck.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Kairos;
using namespace Kairos::Test;

namespace {

struct Save
{
    qint64 at = 0;
    int version = 0;
    QString title;
};

struct ImportRun
{
    qint64 started = 0;
    qint64 ended = 0;
};

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importAndEditAtOnce()
    {
        bool set = false;
        const int seconds = qEnvironmentVariableIntValue("KAIROS_LOAD_SECONDS", &set);
        const int duration = set && seconds > 0 ? seconds : 60;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("%d s of concurrent writes; the editor's choices are seeded with %u", duration, seed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("shared.kairos"));
        // Something to edit from the first moment on.
        const QString first = dir.filePath(QStringLiteral("bundle-0"));
        QVERIFY(writeArticleBundle(first, 0, 100));
        const CliResult seedImport = runCli({QStringLiteral("import"), path, first, QStringLiteral("--json")});
        QVERIFY2(seedImport.exitCode == 0, seedImport.err.constData());
        int articles = 100;

        const QString recordPath = dir.filePath(QStringLiteral("edits.tsv"));
        QProcess editor;
        editor.start(
            QStringLiteral(KAIROS_EDITOR), {path, recordPath, QString::number(duration), QString::number(seed)});
        QVERIFY(editor.waitForStarted());

        // Bundles of two sizes: the larger ones end with the planner statistics update of a large import.
        QList<ImportRun> imports;
        QStringList importFailures;
        // Without an event loop only a wait lets QProcess notice that the editor has exited.
        for (int n = 1; editor.state() != QProcess::NotRunning && !editor.waitForFinished(0); ++n) {
            const int count = n % 3 == 0 ? 500 : 150;
            const QString bundle = dir.filePath(QStringLiteral("bundle-%1").arg(n));
            QVERIFY(writeArticleBundle(bundle, articles, count));
            ImportRun run {QDateTime::currentMSecsSinceEpoch(), 0};
            const CliResult import = runCli({QStringLiteral("import"), path, bundle, QStringLiteral("--json")});
            run.ended = QDateTime::currentMSecsSinceEpoch();
            imports << run;
            const QJsonObject report = QJsonDocument::fromJson(import.out).object();
            if (import.exitCode != 0 || report.value(QStringLiteral("articles_added")).toInt() != count)
                importFailures << QStringLiteral("import %1: exit status %2, %3 %4")
                                      .arg(n)
                                      .arg(import.exitCode)
                                      .arg(QString::fromUtf8(import.out.trimmed()), QString::fromUtf8(import.err));
            articles += count;
            QDir(bundle).removeRecursively();
        }
        QVERIFY(editor.state() == QProcess::NotRunning || editor.waitForFinished(60000));
        const QString editorOutput = QString::fromUtf8(editor.readAllStandardOutput() + editor.readAllStandardError());
        QVERIFY2(importFailures.isEmpty(), qPrintable(firstLines(importFailures)));

        QFile recordFile(recordPath);
        QVERIFY(recordFile.open(QIODevice::ReadOnly | QIODevice::Text));
        QHash<qint64, Save> lastSave;
        QStringList editFailures;
        int saves = 0;
        int savesDuringImports = 0;
        while (!recordFile.atEnd()) {
            const QStringList fields = QString::fromUtf8(recordFile.readLine()).chopped(1).split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 5);
            const qint64 at = fields.at(0).toLongLong();
            if (fields.at(1) == QLatin1String("error")) {
                editFailures << fields.join(QLatin1Char(' '));
                continue;
            }
            ++saves;
            lastSave[fields.at(2).toLongLong()] = {at, fields.at(3).toInt(), fields.at(4)};
            for (const ImportRun& run : std::as_const(imports)) {
                if (at >= run.started && at <= run.ended) {
                    ++savesDuringImports;
                    break;
                }
            }
        }
        QVERIFY2(editFailures.isEmpty(), qPrintable(firstLines(editFailures)));
        QVERIFY2(editor.exitStatus() == QProcess::NormalExit && editor.exitCode() == 0, qPrintable(editorOutput));
        qInfo("%lld imports (%d articles), %d saves of %lld events, %d of them while an import ran",
            qint64(imports.size()), articles, saves, qint64(lastSave.size()), savesDuringImports);
        // Without overlap the test would have proved nothing.
        QVERIFY(savesDuringImports > 0);

        StoreError error;
        const auto workspace = Workspace::open(path, Workspace::OpenMode::MustExist, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QStringList lost;
        for (auto it = lastSave.cbegin(); it != lastSave.cend(); ++it) {
            const std::optional<Event> event = workspace->event(it.key());
            if (!event)
                lost << QStringLiteral("event %1 is gone").arg(it.key());
            else if (event->title != it->title || event->version != it->version)
                lost << QStringLiteral("event %1 is “%2” version %3, saved as “%4” version %5")
                            .arg(it.key())
                            .arg(event->title)
                            .arg(event->version)
                            .arg(it->title)
                            .arg(it->version);
        }
        QVERIFY2(lost.isEmpty(), qPrintable(firstLines(lost)));
        QCOMPARE(workspace->stats().articles, qint64(articles));
        const QStringList problems = storageProblems(*workspace);
        QVERIFY2(problems.isEmpty(), qPrintable(firstLines(problems)));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
