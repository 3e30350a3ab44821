// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk, for real: a 3 MB tmpfs that the test mounts (as root). An import into it stops with a message
// that says the disk is full and leaves a sound workspace holding exactly the batches it committed; an export
// onto it fails with the system's reason and leaves neither a partial file nor a temporary one (item 27).
#include "articlebundle.h"
#include "cliprocess.h"
#include "workspacecheck.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Kairos;
using namespace Kairos::Test;

namespace {

// About four times what fits in the tmpfs once stored with its index and write-ahead log.
constexpr int ArticleCount = 1500;

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

struct Command
{
    QString program;
    QStringList args;
};

QString runTool(const Command& command)
{
    QProcess process;
    process.start(command.program, command.args);
    if (!process.waitForFinished(30000))
        return QStringLiteral("%1 did not finish").arg(command.program);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return {};
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_small;
    bool m_mounted = false;
    QString m_bundle;
    QString m_reference;
    QString m_empty;
    WorkspaceShape m_referenceShape;

    /// Takes what space is left, so that every later write fails at once.
    bool fillUp()
    {
        QFile filler(QDir(m_small).filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
        return filler.error() != QFileDevice::NoError;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("mounting the small file system needs root; run the test as root to check full disks");
        QVERIFY(m_dir.isValid());
        m_small = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(m_small));
        const QString mountError = runTool({QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=3m"),
                QStringLiteral("tmpfs"), m_small}});
        if (!mountError.isEmpty())
            QSKIP(qPrintable(
                QStringLiteral("cannot mount a tmpfs here (a container needs CAP_SYS_ADMIN): ") + mountError));
        m_mounted = true;

        m_bundle = m_dir.filePath(QStringLiteral("bundle"));
        QVERIFY(writeArticleBundle(m_bundle, 0, ArticleCount));
        m_reference = m_dir.filePath(QStringLiteral("reference.kairos"));
        const CliResult import = runCli({QStringLiteral("import"), m_reference, m_bundle, QStringLiteral("--json")});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        StoreError error;
        const auto workspace = Workspace::open(m_reference, Workspace::OpenMode::MustExist, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QStringList problems;
        m_referenceShape = readShape(*workspace, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(firstLines(problems)));
        QCOMPARE(m_referenceShape.articles.size(), ArticleCount);
        m_empty = m_dir.filePath(QStringLiteral("empty.kairos"));
        QCOMPARE(runCli({QStringLiteral("init"), m_empty}).exitCode, 0);
    }

    void cleanupTestCase()
    {
        if (!m_mounted)
            return;
        // A lazy unmount still detaches the file system if something holds a file open on it.
        if (!runTool({QStringLiteral("umount"), {m_small}}).isEmpty())
            QCOMPARE(runTool({QStringLiteral("umount"), {QStringLiteral("-l"), m_small}}), QString());
    }

    void importIntoFullDisk()
    {
        const QString path = QDir(m_small).filePath(QStringLiteral("w.kairos"));
        const CliResult import = runCli({QStringLiteral("import"), path, m_bundle, QStringLiteral("--json")});
        QCOMPARE(import.exitCode, 1);
        const QString message = QString::fromUtf8(import.err);
        QVERIFY2(message.contains(QLatin1String("is full")) && message.contains(path), qPrintable(message));
        const QJsonObject report = QJsonDocument::fromJson(import.out).object();
        QVERIFY2(report.value(QStringLiteral("fatal_error")).toString().contains(QLatin1String("is full")),
            import.out.constData());
        const int added = report.value(QStringLiteral("articles_added")).toInt();
        // Some batches went in before the disk filled up, not all of them.
        QVERIFY2(added > 0 && added < ArticleCount, import.out.constData());

        StoreError error;
        const auto workspace = Workspace::open(path, Workspace::OpenMode::MustExist, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QStringList problems = storageProblems(*workspace);
        const WorkspaceShape shape = readShape(*workspace, &problems);
        problems << wholenessProblems(shape, m_referenceShape);
        QVERIFY2(problems.isEmpty(), qPrintable(firstLines(problems)));
        QCOMPARE(shape.articles.size(), added);
        QCOMPARE(shape.events, report.value(QStringLiteral("events_added")).toInteger());
        QCOMPARE(shape.entities.size(), report.value(QStringLiteral("entities_added")).toInt());
    }

    void exportToFullDisk_data()
    {
        QTest::addColumn<QStringList>("args");
        const auto chart = [this](const QString& workspace, const QString& name, const QStringList& options = {}) {
            return QStringList {QStringLiteral("export-chart"), workspace, QDir(m_small).filePath(name)} + options;
        };
        const auto timeline = [this](const QString& name, const QStringList& options = {}) {
            return QStringList {QStringLiteral("export"), m_reference, QDir(m_small).filePath(name)} + options;
        };
        const QStringList smallSize {
            QStringLiteral("--width"), QStringLiteral("200"), QStringLiteral("--height"), QStringLiteral("150")};
        // Under Qt's 16 KB write buffer, a file's only write happens in commit().
        QTest::newRow("chart png, small") << chart(m_empty, QStringLiteral("c.png"), smallSize);
        QTest::newRow("chart png") << chart(m_reference, QStringLiteral("c.png"));
        QTest::newRow("chart svg") << chart(m_reference, QStringLiteral("c.svg"));
        QTest::newRow("chart pdf") << chart(m_reference, QStringLiteral("c.pdf"));
        QTest::newRow("csv") << timeline(QStringLiteral("t.csv"));
        QTest::newRow("json") << timeline(QStringLiteral("t.json"));
        QTest::newRow("timelinejs") << timeline(QStringLiteral("t.timelinejs.json"));
        QTest::newRow("ics") << timeline(QStringLiteral("t.ics"));
        QTest::newRow("bundle zip") << timeline(QStringLiteral("t.zip"));
        QTest::newRow("bundle folder") << timeline(
            QStringLiteral("t-bundle"), {QStringLiteral("--format"), QStringLiteral("bundle")});
    }
    void exportToFullDisk()
    {
        QFETCH(QStringList, args);
        QVERIFY(fillUp());
        const QStringList before = folderEntries(m_small);
        const CliResult result = runCli(args);
        const QStringList after = folderEntries(m_small);
        const QString target = args.at(2);
        const QString message = QString::fromUtf8(result.err);
        QStringList leftBehind;
        for (const QString& entry : after) {
            if (before.contains(entry))
                continue;
            leftBehind << entry;
            // Whatever the outcome, the next row starts from the same folder.
            const QString path = QDir(m_small).filePath(entry);
            if (!QFile::remove(path))
                QDir(path).removeRecursively();
        }
        QVERIFY2(result.exitCode == 1 && message.contains(target)
                && message.contains(QLatin1String("No space left on device")) && leftBehind.isEmpty(),
            qPrintable(QStringLiteral("exit status %1, left behind [%2], message: %3")
                           .arg(QString::number(result.exitCode), leftBehind.join(QStringLiteral(", ")), message)));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
