// SPDX-License-Identifier: GPL-3.0-or-later
// Another writer holding an SQLite workspace (checklist item 17): a save waits for a short write of someone
// else and then goes through; one that is kept waiting past the busy timeout fails as "busy", with a message
// that says so, changes nothing, and succeeds once the other writer is done. SQLite has no connection to lose,
// so such a failure must not pass for a lost server connection; the event table keeps an edit that met it,
// says so, and saves it by itself once the other writer is done (a visible retry).
#include "models/eventmodel.h"
#include "store/workspace.h"
#include "workspacecheck.h"

#include <QFile>
#include <QFont>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Kairos;

namespace {

/// Holds the workspace's write lock from a connection of its own on another thread, for `holdMs` or, when
/// that is negative, until it goes out of scope.
class WriteLockHolder
{
public:
    WriteLockHolder(const QString& path, int holdMs)
    {
        m_thread.reset(QThread::create([this, path, holdMs] {
            const QString name = QStringLiteral("lock-holder");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                m_locked = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
                m_ready.release();
                if (m_locked) {
                    if (holdMs >= 0)
                        QThread::msleep(holdMs);
                    else
                        m_done.acquire();
                    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }));
        m_thread->start();
        m_ready.acquire();
    }
    ~WriteLockHolder()
    {
        m_done.release();
        m_thread->wait();
    }
    bool isLocked() const { return m_locked; }

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    QSemaphore m_done;
    bool m_locked = false;
};

} // namespace

class TestLockedWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    Event m_event;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("locked.kairos"));
        StoreError error;
        m_workspace = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
        m_event.title = QStringLiteral("Talks on chip exports");
        m_event.start = TimePoint::fromDate(2025, 12, 8);
        m_event.precision = DatePrecision::Day;
        QVERIFY(m_workspace->insertEvent(m_event));
    }

    void shortWriteOfAnotherIsWaitedFor()
    {
        // Well inside the five seconds that a save waits for another writer.
        const WriteLockHolder holder(m_path, 1000);
        QVERIFY(holder.isLocked());
        m_event.title = QStringLiteral("Talks on chip exports, second round");
        QVERIFY2(m_workspace->updateEvent(m_event), qPrintable(m_workspace->lastError().message));
        QCOMPARE(m_workspace->event(m_event.id)->title, m_event.title);
    }

    void writerThatStaysFailsAsBusy()
    {
        const int versionBefore = m_event.version;
        Event edit = m_event;
        edit.title = QStringLiteral("Talks broke down");
        {
            const WriteLockHolder holder(m_path, -1);
            QVERIFY(holder.isLocked());
            QVERIFY(!m_workspace->updateEvent(edit));
            const StoreError error = m_workspace->lastError();
            QCOMPARE(error.kind, StoreError::Busy);
            QVERIFY2(error.message.contains(m_path) && error.message.contains(QLatin1String("try again")),
                qPrintable(error.message));
            QCOMPARE(edit.version, versionBefore);
            QVERIFY(!m_workspace->inTransaction());
            Event added;
            added.title = QStringLiteral("Talks resume");
            QVERIFY(!m_workspace->insertEvent(added));
            QCOMPARE(m_workspace->lastError().kind, StoreError::Busy);
        }
        // A save reported as failed wrote nothing, neither the row nor its full-text entry.
        QCOMPARE(m_workspace->event(m_event.id)->title, m_event.title);
        QCOMPARE(m_workspace->stats().events, qint64(1));
        const QStringList problems = Test::storageProblems(*m_workspace);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(m_workspace->updateEvent(edit), qPrintable(m_workspace->lastError().message));
        QCOMPARE(m_workspace->event(m_event.id)->title, edit.title);
    }

    void eventTableKeepsAnEditUntilTheWriterIsDone()
    {
        EventModel model(m_workspace.get());
        model.setRetryInterval(200);
        model.reload();
        model.fetchAll();
        const QModelIndex title = model.index(model.rowOfEvent(m_event.id), EventModel::TitleColumn);
        QVERIFY(title.isValid());
        QSignalSpy pending(&model, &EventModel::editPending);
        QSignalSpy saved(&model, &EventModel::pendingEditsSaved);
        QSignalSpy failed(&model, &EventModel::editFailed);
        const QString edited = QStringLiteral("Talks moved to Geneva");
        {
            const WriteLockHolder holder(m_path, -1);
            QVERIFY(holder.isLocked());
            QVERIFY(model.setData(title, edited, Qt::EditRole));
            QCOMPARE(pending.count(), 1);
            QCOMPARE(model.pendingReason(), StoreError::Busy);
            const QString message = pending.at(0).at(0).toString();
            QVERIFY2(message.contains(edited) && message.contains(QLatin1String("other program")), qPrintable(message));
            // The table shows the edit, in italics, while it waits.
            QCOMPARE(title.data().toString(), edited);
            QVERIFY(title.data(Qt::FontRole).value<QFont>().italic());
            QVERIFY(title.data(Qt::ToolTipRole).toString().contains(QLatin1String("another program")));
            QCOMPARE(model.pendingEditCount(), 1);
            QVERIFY(m_workspace->event(m_event.id)->title != edited);
        }
        // No one asks: the retry timer saves it once the lock is gone.
        QVERIFY(saved.wait(30000));
        QVERIFY2(saved.at(0).at(0).toString().contains(QLatin1String("free again")),
            qPrintable(saved.at(0).at(0).toString()));
        QCOMPARE(model.pendingEditCount(), 0);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_workspace->event(m_event.id)->title, edited);
        QVERIFY(!title.data(Qt::FontRole).value<QFont>().italic());
        m_event = *m_workspace->event(m_event.id);
    }

    void keptEditsOutliveTheSession()
    {
        const PendingEditFile file(m_workspace->location().reopenString());
        const QString edited = QStringLiteral("Talks postponed to January");
        {
            EventModel model(m_workspace.get());
            model.setRetryInterval(60000);
            model.fetchAll();
            const WriteLockHolder holder(m_path, -1);
            QVERIFY(holder.isLocked());
            QVERIFY(model.setData(model.index(model.rowOfEvent(m_event.id), EventModel::TitleColumn), edited));
            QCOMPARE(model.pendingEditCount(), 1);
            // On disk at once: a crash from here on loses nothing either.
            QCOMPARE(file.load().size(), 1);
        } // the session ends before the other writer is done

        {
            // A read-only open leaves them for a session that can save them.
            StoreError error;
            const auto readOnly = Workspace::open(m_path, Workspace::OpenMode::ReadOnly, &error);
            QVERIFY2(readOnly, qPrintable(error.message));
            EventModel reader(readOnly.get());
            QCOMPARE(reader.pendingEditCount(), 0);
            QCOMPARE(file.load().size(), 1);
        }

        EventModel next(m_workspace.get());
        next.fetchAll();
        QSignalSpy saved(&next, &EventModel::pendingEditsSaved);
        QCOMPARE(next.pendingEditCount(), 1);
        QCOMPARE(next.pendingReason(), StoreError::None);
        const QModelIndex title = next.index(next.rowOfEvent(m_event.id), EventModel::TitleColumn);
        QCOMPARE(title.data().toString(), edited);
        QVERIFY(title.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.at(0).at(0).toString().contains(QLatin1String("last session")),
            qPrintable(saved.at(0).at(0).toString()));
        QCOMPARE(next.pendingEditCount(), 0);
        QCOMPARE(m_workspace->event(m_event.id)->title, edited);
        QVERIFY(!QFile::exists(file.path()));
        m_event = *m_workspace->event(m_event.id);
    }

    void damagedStatementIsNotALostConnection()
    {
        // Qt's SQLite driver marks every failed statement as a connection error.
        Entity entity {0, QStringLiteral("Nvidia"), EntityType::Organisation, {}, 0};
        QVERIFY(m_workspace->insertEntity(entity));
        Entity twin {0, QStringLiteral("NVIDIA"), EntityType::Organisation, {}, 0};
        QVERIFY(!m_workspace->insertEntity(twin)); // the unique name key
        QVERIFY(m_workspace->lastError().kind != StoreError::Connection);
    }
};

QTEST_GUILESS_MAIN(TestLockedWorkspace)
#include "tst_lockedworkspace.moc"
