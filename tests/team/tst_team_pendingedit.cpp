// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's edit in the event table survives a lost PostgreSQL connection: saved on a new connection
// when it can be, kept (and shown) until the server is back when it cannot, and never written over
// someone else's change made in the meantime.
#include "models/eventmodel.h"
#include "teamserver.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <atomic>
#include <memory>

using namespace Kairos;
using Kairos::Test::ServerAdmin;

namespace {

Event makeEvent(const QString& title, int day)
{
    Event event;
    event.title = title;
    event.start = TimePoint::fromDate(2025, 12, day);
    event.precision = DatePrecision::Day;
    event.type = QStringLiteral("approval");
    event.status = ReviewStatus::Proposed;
    event.confidence = 0.8;
    return event;
}

/// The title as committed, read on a connection of its own.
QString storedTitle(const QString& location, qint64 id)
{
    StoreError error;
    const std::unique_ptr<Workspace> reader = Workspace::open(location, Workspace::OpenMode::ReadOnly, &error);
    if (!reader)
        return QStringLiteral("(cannot open: %1)").arg(error.message);
    const std::optional<Event> event = reader->event(id);
    return event ? event->title : QStringLiteral("(no event)");
}

bool endSession(ServerAdmin& admin, Workspace& workspace)
{
    const int pid = Kairos::Test::backendPid(workspace.database());
    // With a timeout the call returns once the backend is gone, so the next statement meets a closed connection.
    return pid > 0 && admin.value(QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)).toBool();
}

} // namespace

class TestTeamPendingEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Kept edits go to a file in the application's data folder (PendingEditFile): a test one here.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editAfterTheSessionEndedIsSaved()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        std::unique_ptr<Workspace> workspace = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        Event event = makeEvent(QStringLiteral("Export rule announced"), 8);
        QVERIFY(workspace->insertEvent(event));
        EventModel model(workspace.get());
        QAbstractItemModelTester tester(&model);
        QUndoStack stack;
        model.setUndoStack(&stack);
        QSignalSpy failed(&model, &EventModel::editFailed);
        QSignalSpy pending(&model, &EventModel::editPending);
        ServerAdmin admin;
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));

        QVERIFY(endSession(admin, *workspace));
        const QModelIndex title = model.index(0, EventModel::TitleColumn);
        QVERIFY(model.setData(title, QStringLiteral("Export rule takes effect")));
        // Nothing had been written when the connection was found closed: the edit went through on a new one.
        QCOMPARE(failed.count(), 0);
        QCOMPARE(pending.count(), 0);
        QCOMPARE(model.pendingEditCount(), 0);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(storedTitle(location, event.id), QStringLiteral("Export rule takes effect"));
        QCOMPARE(title.data().toString(), QStringLiteral("Export rule takes effect"));
    }

    void editWhoseTransactionBrokeIsKeptAndSaved()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        std::unique_ptr<Workspace> workspace = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        Event event = makeEvent(QStringLiteral("Tariff proposed"), 9);
        QVERIFY(workspace->insertEvent(event));
        EventModel model(workspace.get());
        QAbstractItemModelTester tester(&model);
        QUndoStack stack;
        model.setUndoStack(&stack);
        QSignalSpy failed(&model, &EventModel::editFailed);
        QSignalSpy pending(&model, &EventModel::editPending);
        QSignalSpy saved(&model, &EventModel::pendingEditsSaved);

        // A colleague's transaction holds the row, so the edit's UPDATE waits inside its transaction; the
        // server ends the session right there, as an administrator or a restart would.
        const QString database = Kairos::Test::databaseOf(location);
        ServerAdmin colleague(database);
        QVERIFY2(colleague.isOpen(), qPrintable(colleague.error()));
        QVERIFY(colleague.exec(QStringLiteral("BEGIN")));
        QVERIFY(colleague.exec(QStringLiteral("SELECT id FROM events WHERE id = %1 FOR UPDATE").arg(event.id)));
        const int pid = Kairos::Test::backendPid(workspace->database());
        const int colleaguePid = colleague.value(QStringLiteral("SELECT pg_backend_pid()")).toInt();
        auto terminated = std::make_shared<std::atomic_bool>(false);
        const std::unique_ptr<QThread> killer(QThread::create([pid, colleaguePid, terminated]() {
            ServerAdmin admin;
            for (int i = 0; i < 1000 && !*terminated; ++i) {
                const bool waiting = admin
                                         .value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = "
                                                               "%1 AND wait_event_type = 'Lock'")
                                                    .arg(pid))
                                         .toInt()
                    == 1;
                if (waiting)
                    *terminated
                        = admin.value(QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)).toBool();
                else
                    QThread::msleep(10);
            }
            // The edit never waited for the lock: free it, so that the test fails instead of hanging.
            if (!*terminated)
                admin.value(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(colleaguePid));
        }));
        killer->start();
        const QModelIndex title = model.index(0, EventModel::TitleColumn);
        const bool accepted = model.setData(title, QStringLiteral("Tariff takes effect"));
        killer->wait();
        colleague.exec(QStringLiteral("ROLLBACK"));
        QVERIFY(accepted);
        QVERIFY(*terminated);

        QCOMPARE(failed.count(), 0);
        QCOMPARE(pending.count(), 1);
        const QString message = pending.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("was lost")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("was kept")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Tariff takes effect")), qPrintable(message));
        // Until it is saved the table shows the analyst's text, in italics, and says why.
        QCOMPARE(model.pendingEditCount(), 1);
        QCOMPARE(title.data().toString(), QStringLiteral("Tariff takes effect"));
        QVERIFY(title.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!title.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(storedTitle(location, event.id), QStringLiteral("Tariff proposed"));

        // The workspace is connected again, so the kept edit is saved from the event loop without a retry.
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingEditCount(), 0, 20000);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(storedTitle(location, event.id), QStringLiteral("Tariff takes effect"));
        QCOMPARE(title.data().toString(), QStringLiteral("Tariff takes effect"));
        QVERIFY(!title.data(Qt::FontRole).value<QFont>().italic());
        // Saved edits are undoable like any other.
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(storedTitle(location, event.id), QStringLiteral("Tariff proposed"));
    }

    void editWhileTheServerIsAwayWaitsForIt()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        std::unique_ptr<Workspace> workspace = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        Event event = makeEvent(QStringLiteral("Licence suspended"), 10);
        QVERIFY(workspace->insertEvent(event));
        EventModel model(workspace.get());
        QAbstractItemModelTester tester(&model);
        QUndoStack stack;
        model.setUndoStack(&stack);
        model.setRetryInterval(100);
        QSignalSpy failed(&model, &EventModel::editFailed);
        QSignalSpy pending(&model, &EventModel::editPending);
        QSignalSpy saved(&model, &EventModel::pendingEditsSaved);
        ServerAdmin admin;
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        const QString database = Kairos::Test::databaseOf(location);

        // As during a restart: the session ends and new ones are refused for a while.
        QVERIFY2(admin.allowConnections(database, false), qPrintable(admin.error()));
        QVERIFY(endSession(admin, *workspace));
        const QModelIndex title = model.index(0, EventModel::TitleColumn);
        const QModelIndex status = model.index(0, EventModel::StatusColumn);
        QVERIFY(model.setData(title, QStringLiteral("Licence restored")));
        QVERIFY(model.setData(status, QStringLiteral("confirmed")));
        QCOMPARE(failed.count(), 0);
        QVERIFY(pending.count() >= 1);
        const QString message = pending.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("could not be restored")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("was kept")), qPrintable(message));
        QCOMPARE(model.pendingEditCount(), 2);
        QCOMPARE(title.data().toString(), QStringLiteral("Licence restored"));
        QCOMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("confirmed"));
        // The analyst's retry while the server is still away keeps both edits.
        QCOMPARE(model.retryPendingEdits(), 2);
        QTest::qWait(300);
        QCOMPARE(model.pendingEditCount(), 2);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(stack.count(), 0);

        QVERIFY2(admin.allowConnections(database, true), qPrintable(admin.error()));
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingEditCount(), 0, 20000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(saved.count(), 1);
        QVERIFY2(saved.first().first().toString().contains(QLatin1String("2")),
            qPrintable(saved.first().first().toString()));
        const std::optional<Event> stored = workspace->event(event.id);
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("Licence restored"));
        QCOMPARE(stored->status, ReviewStatus::Confirmed);
        QCOMPARE(storedTitle(location, event.id), QStringLiteral("Licence restored"));
        // Both edits are on the undo stack, in the order they were made.
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(workspace->event(event.id)->status, ReviewStatus::Proposed);
        stack.undo();
        QCOMPARE(workspace->event(event.id)->title, QStringLiteral("Licence suspended"));
    }

    void keptEditDoesNotOverwriteAChangeMadeMeanwhile()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        std::unique_ptr<Workspace> workspace = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        Event event = makeEvent(QStringLiteral("Sanctions listed"), 11);
        QVERIFY(workspace->insertEvent(event));
        EventModel model(workspace.get());
        QUndoStack stack;
        model.setUndoStack(&stack);
        model.setRetryInterval(60 * 60 * 1000);
        QSignalSpy failed(&model, &EventModel::editFailed);
        ServerAdmin admin;
        QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
        const QString database = Kairos::Test::databaseOf(location);

        QVERIFY(admin.allowConnections(database, false));
        QVERIFY(endSession(admin, *workspace));
        const QModelIndex title = model.index(0, EventModel::TitleColumn);
        QVERIFY(model.setData(title, QStringLiteral("Sanctions lifted")));
        QCOMPARE(model.pendingEditCount(), 1);
        QVERIFY(admin.allowConnections(database, true));

        // A colleague saves the same event before this window gets its connection back.
        {
            std::unique_ptr<Workspace> colleague = Workspace::open(location, Workspace::OpenMode::MustExist, &error);
            QVERIFY2(colleague, qPrintable(error.message));
            Event theirs = *colleague->event(event.id);
            theirs.title = QStringLiteral("Sanctions extended");
            QVERIFY(colleague->updateEvent(theirs));
        }
        QCOMPARE(model.retryPendingEdits(), 0);
        QCOMPARE(model.pendingEditCount(), 0);
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("Sanctions lifted")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("someone else changed")), qPrintable(message));
        QCOMPARE(storedTitle(location, event.id), QStringLiteral("Sanctions extended"));
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(TestTeamPendingEdit)
#include "tst_team_pendingedit.moc"
