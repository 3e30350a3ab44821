// SPDX-License-Identifier: GPL-3.0-or-later
// A failed export keeps the file that was there and leaves no temporary file (checklist item 27). Write
// errors are real ones: the process's file size limit makes the disk refuse the export part-way.
#include "export/timelineexporter.h"
#include "exporttestdata.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace Kairos;
using namespace Kairos::Test;

namespace {

/// Lowers RLIMIT_FSIZE while it lives: writes past the limit fail with EFBIG (SIGXFSZ is ignored).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool isActive() const { return m_active; }

private:
    rlimit m_saved {};
    bool m_active = false;
};

} // namespace

class TestExportFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        std::signal(SIGXFSZ, SIG_IGN);
        StoreError error;
        m_workspace
            = Workspace::open(m_dir.filePath(QStringLiteral("w.kairos")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
        ExportSample sample;
        QVERIFY(fillExportSample(*m_workspace, &sample));
    }

    void writeErrorKeepsTheOldFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("timelinejs") << int(ExportFormat::TimelineJs) << QStringLiteral("t.timelinejs.json");
        QTest::newRow("vis") << int(ExportFormat::Vis) << QStringLiteral("t.vis.json");
        QTest::newRow("csv") << int(ExportFormat::Csv) << QStringLiteral("t.csv");
        QTest::newRow("json") << int(ExportFormat::Json) << QStringLiteral("t.json");
        QTest::newRow("ics") << int(ExportFormat::ICalendar) << QStringLiteral("t.ics");
        QTest::newRow("bundle zip") << int(ExportFormat::Bundle) << QStringLiteral("t.zip");
        QTest::newRow("bundle folder") << int(ExportFormat::Bundle) << QStringLiteral("t-bundle");
    }
    void writeErrorKeepsTheOldFile()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        QTemporaryDir out;
        const QString target = out.filePath(name);
        QString error;
        // Unlimited, the export works and is larger than the limit below.
        QVERIFY2(exportTimeline(*m_workspace, target, ExportFormat(format), {}, &error), qPrintable(error));
        const QFileInfo written(target);
        QVERIFY(written.isDir() || written.size() > 2048);
        if (written.isDir()) {
            QVERIFY(QDir(target).removeRecursively());
        } else {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous, good export");
        }
        const QStringList before = folderEntries(out.path());
        {
            FileSizeLimit limit(1024);
            QVERIFY(limit.isActive());
            QVERIFY(!exportTimeline(*m_workspace, target, ExportFormat(format), {}, &error));
        }
        QVERIFY2(error.contains(target), qPrintable(error));
        QCOMPARE(folderEntries(out.path()), before);
        if (!written.isDir())
            QCOMPARE(fileBytes(target), QByteArray("the previous, good export"));
    }

    void badTargetsAreNamed_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing folder") << int(ExportFormat::Csv) << QStringLiteral("no/such/folder/x.csv")
                                        << QString();
        QTest::newRow("missing folder, zip")
            << int(ExportFormat::Bundle) << QStringLiteral("no/such/x.zip") << QString();
        QTest::newRow("missing parent, bundle folder")
            << int(ExportFormat::Bundle) << QStringLiteral("no/such/bundle") << QStringLiteral("does not exist");
        QTest::newRow("a folder, not a file") << int(ExportFormat::Json) << QStringLiteral("taken") << QString();
        QTest::newRow("non-empty folder")
            << int(ExportFormat::Bundle) << QStringLiteral("taken") << QStringLiteral("not an empty folder");
    }
    void badTargetsAreNamed()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QTemporaryDir out;
        QVERIFY(QDir(out.path()).mkpath(QStringLiteral("taken/inside")));
        const QStringList before = folderEntries(out.path());
        const QString target = out.filePath(name);
        QString error;
        ExportReport report;
        report.events = 99;
        QVERIFY(!exportTimeline(*m_workspace, target, ExportFormat(format), {}, &error, &report));
        QVERIFY2(error.contains(target), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(report.events, 0);
        QCOMPARE(folderEntries(out.path()), before);
        QCOMPARE(folderEntries(out.filePath(QStringLiteral("taken"))), QStringList {QStringLiteral("inside")});
    }

    void emptyFolderTakesTheBundle()
    {
        QTemporaryDir out;
        QVERIFY(QDir(out.path()).mkdir(QStringLiteral("empty")));
        QString error;
        QVERIFY2(exportTimeline(*m_workspace, out.filePath(QStringLiteral("empty")), ExportFormat::Bundle, {}, &error),
            qPrintable(error));
        QCOMPARE(folderEntries(out.path()), QStringList {QStringLiteral("empty")});
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("empty/bundle.json"))));
    }

    void periodMustRunForward()
    {
        QTemporaryDir out;
        ExportFilter filter;
        filter.from = TimePoint::fromDate(2025, 12, 1);
        filter.to = TimePoint::fromDate(2025, 11, 1);
        QString error;
        QVERIFY(
            !exportTimeline(*m_workspace, out.filePath(QStringLiteral("x.csv")), ExportFormat::Csv, filter, &error));
        QVERIFY2(error.contains(QStringLiteral("before its end")), qPrintable(error));
        QVERIFY(folderEntries(out.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportFailures)
#include "tst_exportfailures.moc"
