// SPDX-License-Identifier: GPL-3.0-or-later
// The kairos executable's command line (checklist 37): --help and --version exit 0, an unknown option
// exits non-zero and names it, and bundles given as arguments are imported as a drop would import them.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString gui = QStringLiteral(KAIROS_BINARY_DIR "/bin/kairos");
const QString cli = QStringLiteral(KAIROS_BINARY_DIR "/bin/kairos-cli");

/// Without a display, and with settings of its own so that no earlier workspace is reopened.
QProcessEnvironment isolated(const QTemporaryDir& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    return environment;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runGui(const QStringList& arguments, const QTemporaryDir& home)
{
    QProcess process;
    process.setProcessEnvironment(isolated(home));
    process.start(gui, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject stats(const QString& workspace)
{
    QProcess process;
    process.start(cli, {QStringLiteral("stats"), workspace, QStringLiteral("--json")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestGuiCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(gui), "build kairos first");
        QVERIFY2(QFile::exists(cli), "build kairos-cli first");
    }

    void helpAndVersion()
    {
        QTemporaryDir home;
        const Run help = runGui({QStringLiteral("--help")}, home);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QLatin1String("--demo")) && help.out.contains(QLatin1String("PATH")),
            qPrintable(help.out));
        const Run version = runGui({QStringLiteral("--version")}, home);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QLatin1String("kairos ")), qPrintable(version.out));
    }

    void unknownOptionFails()
    {
        QTemporaryDir home;
        const Run run = runGui({QStringLiteral("--no-such-option")}, home);
        QVERIFY(run.exitCode != 0 && run.exitCode != -1);
        QVERIFY2(run.err.contains(QLatin1String("no-such-option")), qPrintable(run.err));
    }

    void bundleArgumentsImportLikeADrop()
    {
        QTemporaryDir home;
        const QString bundle = QStringLiteral(KAIROS_SOURCE_DIR "/resources/demo");
        // What an import of the bundle gives, through the same pipeline as the window's drops.
        const QString reference = home.filePath(QStringLiteral("reference.kairos"));
        QProcess import;
        import.start(cli, {QStringLiteral("import"), reference, bundle});
        QVERIFY(import.waitForFinished(120000));
        QCOMPARE(import.exitCode(), 0);
        const QJsonObject expected = stats(reference);
        QVERIFY(expected.value(QStringLiteral("articles")).toInt() > 0);

        const QString workspace = home.filePath(QStringLiteral("arguments.kairos"));
        QProcess window;
        window.setProcessEnvironment(isolated(home));
        window.start(gui, {workspace, bundle});
        QVERIFY(window.waitForStarted());
        QJsonObject got;
        QDeadlineTimer deadline(120000);
        while (!deadline.hasExpired() && window.state() == QProcess::Running) {
            if (QFile::exists(workspace)) {
                got = stats(workspace);
                if (got == expected)
                    break;
            }
            QTest::qWait(250);
        }
        const bool running = window.state() == QProcess::Running;
        window.kill();
        window.waitForFinished();
        QVERIFY2(running, window.readAllStandardError().constData());
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
