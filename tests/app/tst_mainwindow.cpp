// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/timelinechart.h"
#include "chart/timelineview.h"
#include "chartexportdialog.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "models/entitymodel.h"
#include "models/eventfilterproxy.h"
#include "models/eventmodel.h"
#include "preferencesdialog.h"
#include "reader/articlereader.h"
#include "reader/articletextview.h"
#include "reader/querylineedit.h"
#include "store/workspace.h"
#include "workspacelock.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QLockFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace Kairos;

namespace {

QString demoBundle()
{
    return QStringLiteral(KAIROS_SOURCE_DIR "/resources/demo");
}

/// Drops the paths on the window as a file manager would, and waits for the import to finish.
bool dropAndWait(MainWindow& window, const QStringList& paths)
{
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime->setUrls(urls);
    QSignalSpy finished(window.importController(), &ImportController::finished);
    const QPoint center = window.rect().center();
    QDragEnterEvent enter(center, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(center, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    const bool done = finished.wait(60000);
    delete mime;
    return done;
}

int chartEventCount(TimelineView* chart)
{
    chart->timelineChart()->flushPendingRebuild();
    return int(chart->timelineChart()->index().events().size());
}

} // namespace

/// The interactive controls under `root` that a screen reader would announce without a name.
QStringList unnamedControls(QWidget* root, int* checked)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
            || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractItemView*>(widget)
            || qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QGraphicsView*>(widget)
            || qobject_cast<QTabBar*>(widget) || qobject_cast<QPlainTextEdit*>(widget)
            || qobject_cast<QTextEdit*>(widget);
        // Header views are announced as part of their table or tree; the line edit inside a combo or spin
        // box as that box.
        if (!interactive || qobject_cast<QHeaderView*>(widget) || !widget->isVisibleTo(root)
            || qobject_cast<QComboBox*>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue;
        ++*checked;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return unnamed;
}

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openWorkspace(m_dir->filePath(QStringLiteral("gui.kairos"))));
    }
    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void dropImportsIntoTableAndChart()
    {
        QCOMPARE(m_window->eventProxy()->rowCount(), 0);
        QVERIFY(dropAndWait(*m_window, {demoBundle()}));
        QTRY_VERIFY(m_window->eventProxy()->rowCount() >= 10);
        QVERIFY(m_window->workspace()->stats().articles == 8);
        auto* chart = m_window->findChild<TimelineView*>();
        QVERIFY(chart);
        QTRY_COMPARE(chartEventCount(chart), m_window->eventProxy()->rowCount());
    }

    void selectionIsSharedAndShowsEvidence()
    {
        QVERIFY(dropAndWait(*m_window, {demoBundle()}));
        QTRY_VERIFY(m_window->eventProxy()->rowCount() > 0);
        auto* chart = m_window->findChild<TimelineView*>();
        QVERIFY(chart);
        // Pick a dated event with article evidence and select it from the chart.
        int row = -1;
        for (int r = 0; r < m_window->eventProxy()->rowCount() && row < 0; ++r) {
            const QModelIndex index = m_window->eventProxy()->index(r, 0);
            if (index.data(EventModel::StartRole).isValid()
                && index.data(EventModel::StatusRole).toInt() == int(ReviewStatus::Confirmed))
                row = r;
        }
        QVERIFY(row >= 0);
        const qint64 id = m_window->eventProxy()->index(row, 0).data(EventModel::EventIdRole).toLongLong();
        chart->timelineChart()->flushPendingRebuild();
        const int eventIndex = chart->timelineChart()->index().indexOfId(id);
        QVERIFY(eventIndex >= 0);
        chart->selectEvent(eventIndex);
        QCOMPARE(m_window->eventTable()->selectionModel(), m_window->eventSelection());
        QCOMPARE(m_window->eventSelection()->currentIndex().data(EventModel::EventIdRole).toLongLong(), id);
        auto* reader = m_window->findChild<ArticleReader*>();
        QVERIFY(reader);
        const Event event = *m_window->workspace()->event(id);
        QTRY_COMPARE(reader->currentArticleId(), event.evidence.first().articleId);
        QTRY_COMPARE(reader->textView()->textCursor().selectedText(), event.evidence.first().sentence);
    }

    void entityCheckAndQueryFilter()
    {
        QVERIFY(dropAndWait(*m_window, {demoBundle()}));
        const int all = m_window->eventProxy()->rowCount();
        QVERIFY(all > 0);
        EntityModel* entities = m_window->entityModel();
        const std::optional<Entity> huawei = m_window->workspace()->findEntity(QStringLiteral("Huawei"));
        QVERIFY(huawei);
        QVERIFY(entities->setData(entities->indexOfEntity(huawei->id), Qt::Checked, Qt::CheckStateRole));
        const int withHuawei = m_window->eventProxy()->rowCount();
        QVERIFY(withHuawei > 0 && withHuawei < all);
        auto* chart = m_window->findChild<TimelineView*>();
        QTRY_COMPARE(chartEventCount(chart), withHuawei);
        QVERIFY(entities->setData(entities->indexOfEntity(huawei->id), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m_window->eventProxy()->rowCount(), all);

        auto* query = m_window->findChild<QueryLineEdit*>();
        QVERIFY(query);
        query->setText(QStringLiteral("type:meeting"));
        const int meetings = m_window->eventProxy()->rowCount();
        QVERIFY(meetings > 0 && meetings < all);
        for (int r = 0; r < meetings; ++r)
            QCOMPARE(
                m_window->eventProxy()->index(r, 0).data(EventModel::TypeRole).toString(), QStringLiteral("meeting"));
        QTRY_COMPARE(chartEventCount(chart), meetings);
        query->clear();
        QCOMPARE(m_window->eventProxy()->rowCount(), all);
    }

    void undoRedoRestoresEdits()
    {
        QVERIFY(dropAndWait(*m_window, {demoBundle()}));
        QAbstractItemModel* proxy = m_window->eventProxy();
        const QModelIndex title = proxy->index(0, EventModel::TitleColumn);
        const qint64 id = title.data(EventModel::EventIdRole).toLongLong();
        const QString before = m_window->workspace()->event(id)->title;
        QVERIFY(proxy->setData(title, QStringLiteral("Edited in the table")));
        QCOMPARE(m_window->workspace()->event(id)->title, QStringLiteral("Edited in the table"));
        m_window->undoStack()->undo();
        QCOMPARE(m_window->workspace()->event(id)->title, before);
        m_window->undoStack()->redo();
        QCOMPARE(m_window->workspace()->event(id)->title, QStringLiteral("Edited in the table"));
    }

    void everyControlHasAnAccessibleName()
    {
        QVERIFY(dropAndWait(*m_window, {demoBundle()}));
        int checked = 0;
        const QStringList unnamed = unnamedControls(m_window.get(), &checked);
        QVERIFY(checked > 15);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // The dialogs too.
        auto* chart = m_window->findChild<TimelineView*>();
        QVERIFY(chart);
        ChartExportDialog exportDialog(chart->timelineChart(), {}, QStringLiteral("Title"), m_window.get());
        exportDialog.show();
        PreferencesDialog preferences(m_window.get());
        preferences.show();
        for (QWidget* dialog : {static_cast<QWidget*>(&exportDialog), static_cast<QWidget*>(&preferences)}) {
            int inDialog = 0;
            const QStringList missing = unnamedControls(dialog, &inDialog);
            QVERIFY2(inDialog >= 3, dialog->metaObject()->className());
            QVERIFY2(missing.isEmpty(),
                qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + QStringLiteral(": ")
                    + missing.join(QStringLiteral(", "))));
        }
    }

    void chineseWindowHasTranslatedMenus()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("kairos"),
            QStringLiteral("_"), QStringLiteral(KAIROS_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        MainWindow window;
        QStringList menus;
        for (QAction* action : window.menuBar()->actions())
            menus << action->text();
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(menus.value(0), QStringLiteral("文件(&F)"));
        QCOMPARE(menus.size(), 5);
        for (const QString& menu : std::as_const(menus))
            QVERIFY2(menu.contains(QLatin1String("(&")),
                qPrintable(menu)); // every top menu translated, with its accelerator
    }

    void settingsRestoreLayout()
    {
        auto* entityDock = m_window->findChild<QDockWidget*>(QStringLiteral("entityDock"));
        QVERIFY(entityDock);
        entityDock->hide();
        m_window->resize(1234, 777);
        m_window->close();
        MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), QSize(1234, 777));
        QVERIFY(!second.findChild<QDockWidget*>(QStringLiteral("entityDock"))->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("lastWorkspace")).toString(),
            m_dir->filePath(QStringLiteral("gui.kairos")));
    }

    void recentWorkspacesAreCappedAndPruned()
    {
        QStringList opened {m_dir->filePath(QStringLiteral("gui.kairos"))};
        for (int n = 1; n <= 12; ++n) {
            opened.prepend(m_dir->filePath(QStringLiteral("recent-%1.kairos").arg(n)));
            QVERIFY(m_window->openWorkspace(opened.first()));
        }
        auto recentActions = [this]() {
            QStringList texts;
            for (QMenu* menu : m_window->findChildren<QMenu*>()) {
                if (menu->title().contains(QLatin1String("Recent"))) {
                    for (QAction* action : menu->actions())
                        texts << action->text();
                }
            }
            return texts;
        };
        // The ten most recent, newest first.
        QCOMPARE(recentActions(), opened.mid(0, 10));
        QCOMPARE(QSettings().value(QStringLiteral("recentWorkspaces")).toStringList(), opened.mid(0, 10));
        // A workspace deleted since is left out the next time the list is built.
        QVERIFY(QFile::remove(opened.at(3)));
        QVERIFY(m_window->openWorkspace(opened.at(5)));
        const QStringList now = recentActions();
        QVERIFY(!now.contains(opened.at(3)));
        QCOMPARE(now.first(), opened.at(5));
        QCOMPARE(now.size(), 9);
    }

    void damagedSettingsFallBackToDefaults()
    {
        m_window.reset();
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), QByteArray("not a geometry"));
        settings.setValue(QStringLiteral("window/state"), QByteArray("\x00\xff garbage"));
        settings.setValue(QStringLiteral("window/splitter"), QByteArray("??"));
        settings.setValue(QStringLiteral("recentWorkspaces"), 42);
        settings.sync();
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("entityDock"))->isVisible());
            QVERIFY(window.width() >= 800 && window.height() >= 500);
        }
        // A settings file that is not an INI file at all.
        const QString file = settings.fileName();
        {
            QFile broken(file);
            QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
            broken.write(QByteArray("\x89PNG\r\n\x1a\n[window\n=\x00\x01\x02") + QByteArray(4096, '\xfe'));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("entityDock"))->isVisible());
        QVERIFY(window.openWorkspace(m_dir->filePath(QStringLiteral("after.kairos"))));
    }

    void unwritableWorkspaceOpensReadOnly()
    {
        const QString path = m_dir->filePath(QStringLiteral("locked-down.kairos"));
        {
            StoreError error;
            QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error));
        }
        // The tests run as root, for whom permission bits do not make a file read-only; the immutable flag does.
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0)
            QSKIP("chattr +i is not available here");
        const auto unlock = qScopeGuard([path] {
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        });
        QString shown;
        QTimer::singleShot(0, this, [&shown]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            shown = box->text();
            for (QAbstractButton* button : box->buttons()) {
                if (button->text().contains(QLatin1String("Read-Only"))) {
                    button->click();
                    return;
                }
            }
            box->reject(); // no offer to read it: the open fails below instead of waiting here
        });
        QVERIFY(m_window->openWorkspace(path));
        QVERIFY2(shown.contains(path), qPrintable(shown));
        QVERIFY(m_window->windowTitle().contains(QLatin1String("read-only")));
        QVERIFY(m_window->workspace()->isReadOnly());
    }

    void secondWindowOnOpenWorkspaceIsRefused()
    {
        const QString path = m_dir->filePath(QStringLiteral("gui.kairos"));
        QString shown;
        const auto answerWith = [this, &shown](const QString& buttonText) {
            QTimer::singleShot(0, this, [&shown, buttonText]() {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return; // no question asked: the open goes on, and the checks below say whether it should
                shown = box->text();
                for (QAbstractButton* button : box->buttons()) {
                    if (button->text().remove(QLatin1Char('&')).contains(buttonText)) {
                        button->click();
                        return;
                    }
                }
                box->reject();
            });
        };
        MainWindow second;
        answerWith(QStringLiteral("Cancel"));
        QVERIFY(!second.openWorkspace(path));
        QVERIFY2(shown.contains(QLatin1String("already open")), qPrintable(shown));
        QVERIFY2(shown.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(shown));
        QVERIFY(!second.workspace());

        shown.clear();
        answerWith(QStringLiteral("Read-Only"));
        QVERIFY(second.openWorkspace(path));
        QVERIFY(second.workspace()->isReadOnly());
        QVERIFY(second.windowTitle().contains(QLatin1String("read-only")));

        // The first window reopening its own workspace is not asked anything.
        shown.clear();
        answerWith(QStringLiteral("Cancel"));
        QVERIFY(m_window->openWorkspace(path));
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY(!m_window->workspace()->isReadOnly());

        // Once the first window has moved on, the workspace is free for writing.
        QVERIFY(m_window->openWorkspace(m_dir->filePath(QStringLiteral("other.kairos"))));
        shown.clear();
        answerWith(QStringLiteral("Cancel"));
        QVERIFY(second.openWorkspace(path));
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY(!second.workspace()->isReadOnly());
    }

    void importCanBeUndoneAndRedone()
    {
        QVERIFY(dropAndWait(*m_window, {demoBundle()}));
        QCOMPARE(m_window->undoStack()->count(), 1);
        QVERIFY2(m_window->undoStack()->undoText().contains(QLatin1String("demo")),
            qPrintable(m_window->undoStack()->undoText()));
        const int rows = m_window->eventProxy()->rowCount();
        QVERIFY(rows > 0);
        QCOMPARE(m_window->workspace()->stats().articles, qint64(8));

        m_window->undoStack()->undo();
        QCOMPARE(m_window->workspace()->stats().articles, qint64(0));
        QCOMPARE(m_window->workspace()->stats().events, qint64(0));
        QTRY_COMPARE(m_window->eventProxy()->rowCount(), 0);
        QCOMPARE(chartEventCount(m_window->findChild<TimelineView*>()), 0);

        m_window->undoStack()->redo();
        QCOMPARE(m_window->workspace()->stats().articles, qint64(8));
        QTRY_COMPARE(m_window->eventProxy()->rowCount(), rows);
        QCOMPARE(chartEventCount(m_window->findChild<TimelineView*>()), rows);
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->undoStack()->isClean());
    }

    void modifiedMarkerShowsEditsWaitingToBeSaved()
    {
        QVERIFY(dropAndWait(*m_window, {demoBundle()}));
        QVERIFY(m_window->windowTitle().contains(QLatin1String("[*]")));
        QVERIFY(!m_window->isWindowModified());
        auto* events = qobject_cast<EventModel*>(m_window->eventProxy()->sourceModel());
        QVERIFY(events);
        const QString connectionName = QStringLiteral("other-writer");
        {
            // Another program writing to the workspace for longer than a save waits.
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            other.setDatabaseName(m_dir->filePath(QStringLiteral("gui.kairos")));
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
            const QModelIndex title = m_window->eventProxy()->index(0, EventModel::TitleColumn);
            QVERIFY(m_window->eventProxy()->setData(title, QStringLiteral("Edited while another program writes")));
            QCOMPARE(events->pendingEditCount(), 1);
            QVERIFY(m_window->isWindowModified());
            QVERIFY(!m_window->undoStack()->isClean());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        events->retryPendingEdits();
        QCOMPARE(events->pendingEditCount(), 0);
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->undoStack()->isClean());
        // The saved edit is an ordinary step of the history.
        QVERIFY(m_window->undoStack()->canUndo());
    }

    void wholeWorkflowByKeyboard()
    {
        // Every key goes to whatever has the focus, as the analyst's keyboard would; no widget is clicked or
        // called directly. Import a folder, filter, confirm an event, undo, zoom the chart, export it.
        // With no widget focused (the offscreen platform does not give the focus back after a dialog), keys
        // go to the window, as the window system would send them.
        const auto keyTarget = [this]() -> QWidget* {
            return QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        };
        const auto press = [keyTarget](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QTest::keyClick(keyTarget(), key, modifiers);
        };
        const auto typeIntoDialog = [this](const QString& text) {
            // Runs inside the modal dialog's own event loop once it is up. The name goes in as typed text would
            // end up, without the completion popup that typing opens: on a loaded machine Return could pick one
            // of its entries instead. Return is pressed until the dialog has gone.
            auto* timer = new QTimer(this);
            timer->setInterval(50);
            auto typed = std::make_shared<bool>(false);
            auto ticks = std::make_shared<int>(0);
            connect(timer, &QTimer::timeout, this, [timer, typed, ticks, text]() {
                auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
                if (dialog && ++*ticks > 600) {
                    dialog->reject(); // gives up after half a minute rather than hang; the test then fails
                    return;
                }
                if (!dialog) {
                    if (*typed) {
                        timer->stop();
                        timer->deleteLater();
                    }
                    return;
                }
                auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                if (!name)
                    return;
                if (!*typed) {
                    name->setFocus();
                    name->setText(text);
                    *typed = true;
                }
                QTest::keyClick(name, Qt::Key_Return);
            });
            timer->start();
        };
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy imported(m_window->importController(), &ImportController::finished);
        typeIntoDialog(demoBundle());
        press(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(imported.count() == 1 || imported.wait(60000));
        QCOMPARE(m_window->workspace()->stats().articles, qint64(8));
        // What a window manager does when a dialog closes; the offscreen platform has none.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        QTest::keyClicks(keyTarget(), QStringLiteral("type:approval status:proposed"));
        press(Qt::Key_Return);
        EventFilterProxy* proxy = m_window->eventProxy();
        QTRY_VERIFY(proxy->rowCount() > 0);
        const int approvals = proxy->rowCount();

        const auto tabTo = [&press](auto* target) {
            for (int i = 0; i < 30 && QApplication::focusWidget() != target; ++i)
                press(Qt::Key_Tab);
            return QApplication::focusWidget() == target;
        };
        QVERIFY(tabTo(m_window->eventTable()));
        press(Qt::Key_Home);
        press(Qt::Key_Space); // selects the current row, as in any item view
        QVERIFY(!m_window->eventSelection()->selectedRows().isEmpty());
        const QModelIndex first = proxy->index(0, EventModel::StatusColumn);
        const qint64 id = first.data(EventModel::EventIdRole).toLongLong();
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_window->workspace()->event(id)->status, ReviewStatus::Confirmed);
        QTRY_COMPARE(proxy->rowCount(), approvals - 1); // the filter asks for proposals only
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->workspace()->event(id)->status, ReviewStatus::Proposed);
        QTRY_COMPARE(proxy->rowCount(), approvals);

        auto* chart = m_window->findChild<TimelineView*>();
        QVERIFY(tabTo(chart));
        QSignalSpy zoomed(chart->timelineChart(), &TimelineChart::rangeChanged);
        press(Qt::Key_Plus);
        QVERIFY(!zoomed.isEmpty());
        const qint64 span = zoomed.last().at(1).toLongLong() - zoomed.last().at(0).toLongLong();
        press(Qt::Key_Minus);
        QVERIFY(zoomed.last().at(1).toLongLong() - zoomed.last().at(0).toLongLong() > span);

        const QString png = m_dir->filePath(QStringLiteral("by-keyboard.png"));
        auto* exportDriver = new QTimer(this);
        exportDriver->setInterval(50);
        bool saveRequested = false;
        QString chartTitle;
        QElapsedTimer waited;
        waited.start();
        QElapsedTimer sinceReturn;
        connect(exportDriver, &QTimer::timeout, this, [&]() {
            auto* dialog = qobject_cast<ChartExportDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return; // the file dialog or the export's progress dialog is up
            // Gives up rather than hangs: the checks below then say what went wrong.
            if (waited.elapsed() > 90000) {
                exportDriver->stop();
                dialog->reject();
                return;
            }
            QWidget* focus = QApplication::focusWidget();
            if (!focus || focus->window() != dialog) {
                dialog->activateWindow(); // keys go to the dialog once it has the keyboard
                return;
            }
            if (QFileInfo::exists(png)) {
                exportDriver->stop();
                QTest::keyClick(focus, Qt::Key_Escape);
                return;
            }
            if (!saveRequested) {
                saveRequested = true;
                // The chart's title starts as the workspace's name, without the title bar's modified marker.
                const QList<QLineEdit*> fields = dialog->findChildren<QLineEdit*>();
                chartTitle = fields.isEmpty() ? QString() : fields.first()->text();
                typeIntoDialog(png);
            }
            // Return presses the default button, Save As…; again if a slow machine let the first one go by
            // (the preview still rendering) and no file dialog came.
            if (!sinceReturn.isValid() || sinceReturn.elapsed() > 3000) {
                sinceReturn.start();
                QTest::keyClick(focus, Qt::Key_Return);
            }
        });
        exportDriver->start();
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        delete exportDriver;
        QVERIFY(saveRequested);
        QCOMPARE(chartTitle, QStringLiteral("gui.kairos"));
        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QVERIFY(image.width() >= 200);
    }

    void lockOfCrashedWindowIsTakenOver()
    {
        const QString path = m_dir->filePath(QStringLiteral("crashed.kairos"));
        const QString lockPath = WorkspaceLock::lockPathFor(path);
        QByteArray content;
        {
            QLockFile lock(lockPath);
            QVERIFY(lock.tryLock(0));
            QFile file(lockPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            content = file.readAll();
        }
        // The lock as a window that has since died left it: the same file, naming a process that is gone.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        content.replace(0, content.indexOf('\n'), QByteArray::number(deadPid));
        {
            QFile file(lockPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QString holder;
        const std::unique_ptr<WorkspaceLock> lock = WorkspaceLock::acquire(path, &holder);
        QVERIFY2(lock, qPrintable(holder));
        QString secondHolder;
        QVERIFY(!WorkspaceLock::acquire(path, &secondHolder));
        QVERIFY(!secondHolder.isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
