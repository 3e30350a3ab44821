// SPDX-License-Identifier: GPL-3.0-or-later
// The window remembers a team workspace (recent list, last workspace) without its password, and reopens
// it with the password from the environment.
#include "mainwindow.h"
#include "store/workspace.h"
#include "teamserver.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QMessageBox>
#include <QMutex>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Kairos;
using Kairos::Test::ServerAdmin;

namespace {

QMutex logMutex;
QString logText;
QtMessageHandler previousHandler = nullptr;

// A workspace that does not open shows a modal box; it is closed and its text becomes the failure's
// message, so that the test fails at once instead of waiting for the watchdog.
bool openOrExplain(MainWindow& window, const QString& location, QString* why)
{
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [why] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *why = box->text() + QLatin1Char(' ') + box->informativeText();
            box->reject();
        }
    });
    closer.start(100);
    return window.openWorkspace(location);
}

void captureLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&logMutex);
        logText += message + QLatin1Char('\n');
    }
    previousHandler(type, context, message);
}

} // namespace

class TestTeamSettings : public QObject
{
    Q_OBJECT
public:
    explicit TestTeamSettings(const QString& configFolder)
        : m_configFolder(configFolder)
    { }

private Q_SLOTS:
    void initTestCase() { previousHandler = qInstallMessageHandler(captureLog); }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void passwordIsNeverStored()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        ServerAdmin admin;
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        KAIROS_REQUIRE_PASSWORD_RULE(admin);
        QString secret;
        const QString password = ServerAdmin::makePassword(&secret);
        QVERIFY2(admin.preparePasswordLogin(Kairos::Test::databaseOf(location), password), qPrintable(admin.error()));
        // Neither the environment nor a password file may help: the URL is the only source here.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/pgpass"));
        QUrl url(location);
        url.setUserName(ServerAdmin::passwordRole());
        url.setPassword(password);
        url.setQuery(QStringLiteral("sslmode=disable&application_name=kairos-test"));

        {
            MainWindow window;
            window.show();
            QString why;
            QVERIFY2(openOrExplain(window, url.toString(), &why), qPrintable(why));
            QVERIFY(window.workspace()->isPostgres());
            QVERIFY(window.close());
        }
        QSettings().sync();

        // What was remembered is enough to find the workspace again, with the options it was opened with.
        const QString last = QSettings().value(QStringLiteral("lastWorkspace")).toString();
        QVERIFY2(last.contains(ServerAdmin::passwordRole()), qPrintable(last));
        QVERIFY2(last.contains(QLatin1String("sslmode=disable")), qPrintable(last));
        QVERIFY2(last.contains(QLatin1String("application_name=kairos-test")), qPrintable(last));
        const QStringList recent = QSettings().value(QStringLiteral("recentWorkspaces")).toStringList();
        QVERIFY(recent.contains(last));

        // No file in the configuration folder holds the password in any spelling: the random part of it
        // survives every escaping.
        int files = 0;
        QDirIterator it(m_configFolder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            QVERIFY2(!content.contains(secret.toLatin1()), qPrintable(file.fileName()));
            QVERIFY2(!content.contains(password.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(files > 0);
        {
            const QMutexLocker lock(&logMutex);
            QVERIFY2(!logText.contains(secret), qPrintable(logText));
        }

        // The next start finds the password where libpq looks for it, here PGPASSWORD.
        qputenv("PGPASSWORD", password.toUtf8());
        {
            MainWindow window;
            window.show();
            QString why;
            QVERIFY2(openOrExplain(window, last, &why), qPrintable(why));
            QCOMPARE(window.workspace()->location().sslMode(), QStringLiteral("disable"));
            QVERIFY(window.close());
        }
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
    }

private:
    QString m_configFolder;
};

int main(int argc, char** argv)
{
    // Settings go to a folder of the test's own, which is searched for the password afterwards.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kairos"));
    QApplication::setApplicationName(QStringLiteral("kairos-team-settings-test"));
    TestTeamSettings test(config.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_team_settings.moc"
