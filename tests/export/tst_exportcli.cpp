// SPDX-License-Identifier: GPL-3.0-or-later
// kairos-cli export: formats by suffix, the same JSON as `events --json`, clear errors with a non-zero
// status, a write error that keeps the old file; and --help listing every subcommand with its options.
#include "exporttestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Kairos;
using namespace Kairos::Test;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList& arguments, rlim_t fileSizeLimit = RLIM_INFINITY)
{
    QProcess process;
    if (fileSizeLimit != RLIM_INFINITY) {
        process.setChildProcessModifier([fileSizeLimit] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit {};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = fileSizeLimit;
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start(QStringLiteral(KAIROS_CLI), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(KAIROS_CLI)), "build kairos-cli first");
        m_workspace = path(QStringLiteral("w.kairos"));
        StoreError error;
        auto workspace = Workspace::open(m_workspace, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        ExportSample sample;
        QVERIFY(fillExportSample(*workspace, &sample));
        // Large enough that its calendar outgrows the file size limit that SQLite itself stays under.
        auto big = Workspace::open(path(QStringLiteral("big.kairos")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(big, qPrintable(error.message));
        QVERIFY(big->beginTransaction());
        for (int i = 0; i < 400; ++i) {
            Event event;
            event.title = QStringLiteral("Shipment %1 leaves the port").arg(i);
            event.start = TimePoint::fromDate(2025, 1, 1).addDays(i);
            event.precision = DatePrecision::Day;
            event.summary
                = QStringLiteral("Customs records list shipment %1 with its cargo, its route and its buyer.").arg(i);
            QVERIFY(big->insertEvent(event));
        }
        QVERIFY(big->commitTransaction());
    }

    void helpListsEveryCommandWithItsOptions()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        const QString text = QString::fromUtf8(help.out);
        static const QRegularExpression commandLine(
            QStringLiteral("^  ([a-z][a-z-]*)(.*)$"), QRegularExpression::MultilineOption);
        QStringList names;
        for (auto it = commandLine.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            names << m.captured(1);
            const Run own = cli({m.captured(1), QStringLiteral("--help")});
            QCOMPARE(own.status, 0);
            static const QRegularExpression option(
                QStringLiteral("^\\s+(?:-\\w, )?(--[a-z][a-z-]*)"), QRegularExpression::MultilineOption);
            for (auto o = option.globalMatch(QString::fromUtf8(own.out)); o.hasNext();) {
                const QString name = o.next().captured(1);
                if (name != QLatin1String("--help") && name != QLatin1String("--help-all"))
                    QVERIFY2(m.captured(2).contains(name), qPrintable(m.captured(1) + QLatin1Char(' ') + name));
            }
        }
        QVERIFY2(names.contains(QStringLiteral("export")), qPrintable(text));
        QVERIFY(names.contains(QStringLiteral("export-chart")));
        QVERIFY(names.size() >= 7);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString ws = path(QStringLiteral("w.kairos"));
        const QString out = path(QStringLiteral("out.csv"));
        QTest::newRow("nothing") << QStringList() << 2 << QStringLiteral("expected WORKSPACE and OUT");
        QTest::newRow("no OUT") << QStringList {ws} << 2 << QStringLiteral("expected WORKSPACE and OUT");
        QTest::newRow("three") << QStringList {ws, out, out} << 2 << QStringLiteral("expected WORKSPACE and OUT");
        QTest::newRow("unknown format") << QStringList {ws, out, QStringLiteral("--format"), QStringLiteral("xlsx")}
                                        << 2 << QStringLiteral("timelinejs, vis, csv, json, ics, bundle");
        QTest::newRow("unknown suffix") << QStringList {ws, path(QStringLiteral("out.xlsx"))} << 2
                                        << QStringLiteral("cannot tell the format");
        QTest::newRow("bad date") << QStringList {ws, out, QStringLiteral("--from"), QStringLiteral("last week")} << 2
                                  << QStringLiteral("is not a date");
        QTest::newRow("backwards") << QStringList {ws, out, QStringLiteral("--from"), QStringLiteral("2026"),
            QStringLiteral("--to"), QStringLiteral("2025")}
                                   << 2 << QStringLiteral("--from must come before --to");
        QTest::newRow("bad status") << QStringList {ws, out, QStringLiteral("--status"), QStringLiteral("maybe")} << 2
                                    << QStringLiteral("--status must be");
        QTest::newRow("unknown option") << QStringList {ws, out, QStringLiteral("--colour")} << 2
                                        << QStringLiteral("colour");
        QTest::newRow("no workspace") << QStringList {path(QStringLiteral("missing.kairos")), out} << 1
                                      << QStringLiteral("missing.kairos");
        QTest::newRow("unwritable") << QStringList {ws, path(QStringLiteral("nope/out.csv"))} << 1
                                    << QStringLiteral("nope/out.csv");
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Run run = cli(QStringList {QStringLiteral("export")} + arguments);
        QVERIFY2(run.status == status, qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("out.csv"))));
    }

    void formatFollowsTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("ics") << QStringLiteral("c.ics") << QStringList() << QByteArray("BEGIN:VCALENDAR\r\n");
        QTest::newRow("csv") << QStringLiteral("c.csv") << QStringList() << QByteArray("\xEF\xBB\xBFid,title,");
        QTest::newRow("timelinejs") << QStringLiteral("c.timelinejs.json") << QStringList()
                                    << QByteArray("{\"events\"");
        QTest::newRow("vis") << QStringLiteral("c.vis.json") << QStringList() << QByteArray("{\"items\"");
        QTest::newRow("json") << QStringLiteral("c.json") << QStringList() << QByteArray("[\n{");
        QTest::newRow("zip") << QStringLiteral("c.zip") << QStringList() << QByteArray("PK");
        QTest::newRow("--format wins") << QStringLiteral("c.txt")
                                       << QStringList {QStringLiteral("--format"), QStringLiteral("ics")}
                                       << QByteArray("BEGIN:VCALENDAR");
        QTest::newRow("folder") << QStringLiteral("bundle/") << QStringList() << QByteArray();
    }
    void formatFollowsTheName()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, start);
        const Run run = cli(QStringList {QStringLiteral("export"), m_workspace, path(name)} + extra);
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith("Wrote "));
        if (start.isEmpty())
            QVERIFY(QFile::exists(path(name + QStringLiteral("bundle.json"))));
        else
            QVERIFY2(fileBytes(path(name)).startsWith(start), fileBytes(path(name)).left(40).constData());
    }

    void jsonIsWhatEventsPrints_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::newRow("all") << QStringList();
        QTest::newRow("december, confirmed") << QStringList {QStringLiteral("--from"), QStringLiteral("2025-12"),
            QStringLiteral("--to"), QStringLiteral("2026"), QStringLiteral("--status"), QStringLiteral("confirmed")};
    }
    void jsonIsWhatEventsPrints()
    {
        QFETCH(QStringList, filter);
        const Run events = cli(QStringList {QStringLiteral("events"), m_workspace, QStringLiteral("--json")} + filter);
        QCOMPARE(events.status, 0);
        const QString out = path(QStringLiteral("same.json"));
        const Run exported = cli(QStringList {QStringLiteral("export"), m_workspace, out} + filter);
        QVERIFY2(exported.status == 0, qPrintable(exported.err));
        const QJsonDocument expected = QJsonDocument::fromJson(events.out);
        QVERIFY(expected.isArray() && !expected.array().isEmpty());
        QCOMPARE(QJsonDocument::fromJson(fileBytes(out)), expected);
    }

    void writeErrorKeepsTheOldFile()
    {
        const QString out = path(QStringLiteral("kept.ics"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("BEGIN:VCALENDAR\r\nthe previous export\r\n");
        old.close();
        // SQLite's -wal and -shm files come and go with the connections; nothing else may appear.
        const auto entries = [this] {
            QStringList names = folderEntries(m_dir.path());
            names.removeIf([](const QString& name) {
                return name.endsWith(QLatin1String(".kairos-wal")) || name.endsWith(QLatin1String(".kairos-shm"));
            });
            return names;
        };
        const QStringList before = entries();
        const Run run = cli({QStringLiteral("export"), path(QStringLiteral("big.kairos")), out}, 64 * 1024);
        QVERIFY2(run.status == 1, qPrintable(run.err));
        QVERIFY2(run.err.contains(out), qPrintable(run.err));
        QCOMPARE(entries(), before);
        QCOMPARE(fileBytes(out), QByteArray("BEGIN:VCALENDAR\r\nthe previous export\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
