// SPDX-License-Identifier: GPL-3.0-or-later
// The half of MainWindow that deals with the open workspace: models, files, settings, drops, edits.
#include "mainwindow.h"

#include "entitysidebar.h"
#include "importcontroller.h"
#include "models/articlemodel.h"
#include "models/entitymodel.h"
#include "models/eventcommands.h"
#include "models/eventfilterproxy.h"
#include "models/eventmodel.h"
#include "models/eventquery.h"
#include "models/importcommand.h"
#include "pipeline/demoworkspace.h"
#include "store/workspace.h"
#include "workerconnection.h"
#include "workspacelock.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace Kairos {

namespace {

constexpr int maxRecent = 10;

QMessageBox* plainBox(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

/// Says why a workspace cannot be opened for writing; true when the analyst chose to read it instead.
bool offerReadOnly(QWidget* parent, const QString& title, const QString& reason)
{
    QMessageBox box(QMessageBox::Warning, title, reason, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton* readOnly = box.addButton(MainWindow::tr("Open Read-Only"), QMessageBox::AcceptRole);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly;
}

} // namespace

bool MainWindow::openWorkspace(const QString& location)
{
    if (m_import->isRunning()) {
        plainBox(this, QMessageBox::Information, tr("Import Running"),
            tr("Wait for the import to finish or cancel it first."))
            ->open();
        return false;
    }
    std::unique_ptr<WorkspaceLock> lock;
    bool lockedElsewhere = false;
    if (!takeWorkspaceLock(location, &lock, &lockedElsewhere))
        return false;
    StoreError error;
    std::unique_ptr<Workspace> workspace = lockedElsewhere
        ? Workspace::open(location, Workspace::OpenMode::ReadOnly, &error)
        : Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
    // A workspace that may not be written here (a read-only file, a network drive) can still be read.
    if (!workspace && error.kind == StoreError::ReadOnly && QFileInfo(location).isFile()) {
        if (!offerReadOnly(this, tr("Cannot Open Workspace for Writing"), error.message))
            return false;
        workspace = Workspace::open(location, Workspace::OpenMode::ReadOnly, &error);
    }
    if (!workspace) {
        auto* box = plainBox(this, QMessageBox::Warning, tr("Cannot Open Workspace"), error.message);
        box->exec();
        return false;
    }
    detachModels();
    m_workspace = std::move(workspace);
    if (lock || lockedElsewhere || !holdsLockFor(location))
        m_workspaceLock = std::move(lock);
    attachModels();
    // With the options it was opened with (sslmode), but never the password.
    addRecent(m_workspace->location().reopenString());
    updateTitle();
    return true;
}

bool MainWindow::holdsLockFor(const QString& location) const
{
    const WorkspaceLocation parsed = WorkspaceLocation::parse(location);
    return m_workspaceLock && parsed.backend == WorkspaceLocation::SQLite
        && WorkspaceLock::lockPathFor(parsed.filePath) == WorkspaceLock::lockPathFor(m_workspaceLock->workspaceFile());
}

bool MainWindow::takeWorkspaceLock(const QString& location, std::unique_ptr<WorkspaceLock>* lock, bool* readOnly)
{
    const WorkspaceLocation parsed = WorkspaceLocation::parse(location);
    if (parsed.backend != WorkspaceLocation::SQLite || parsed.filePath.isEmpty())
        return true; // a team workspace on a server is shared by design
    if (holdsLockFor(location))
        return true; // reopening the workspace this window has keeps the lock it holds
    QString holder;
    *lock = WorkspaceLock::acquire(parsed.filePath, &holder);
    if (*lock || holder.isEmpty())
        return true; // no lock file can be written here: SQLite's own locking still keeps the file safe
    if (!offerReadOnly(this, tr("Workspace Already Open"),
            tr("%1 is already open for editing in %2. Two windows editing one workspace would overwrite each "
               "other's view of it.")
                .arg(QFileInfo(parsed.filePath).fileName(), holder)))
        return false;
    *readOnly = true;
    return true;
}

bool MainWindow::openDemo()
{
    QString error;
    const QString path = ensureDemoWorkspace(&error);
    if (path.isEmpty()) {
        plainBox(this, QMessageBox::Warning, tr("Cannot Open the Demo"), error)->exec();
        return false;
    }
    return openWorkspace(path);
}

void MainWindow::attachModels()
{
    Workspace* workspace = m_workspace.get();
    m_eventModel = new EventModel(workspace, this);
    m_eventModel->setUndoStack(m_undoStack);
    m_eventModel->setBackgroundPageSize(20000);
    connect(m_eventModel, &EventModel::editFailed, this, [this](const QString& message) {
        plainBox(this, QMessageBox::Warning, tr("Edit Not Saved"), message)->open();
    });
    connect(m_eventModel, &EventModel::editPending, this, [this](const QString& message) {
        // One box however many edits wait; the model saves them by itself once the server answers again.
        auto* box = findChild<QMessageBox*>(QStringLiteral("connectionLostBox"));
        if (!box) {
            const QString title = m_eventModel->pendingReason() == StoreError::Busy
                ? QCoreApplication::translate("Kairos::MainWindow", "Workspace Busy")
                : QCoreApplication::translate("Kairos::MainWindow", "Connection Lost");
            box = plainBox(this, QMessageBox::Warning, title, message);
            box->setObjectName(QStringLiteral("connectionLostBox"));
            const QString retry = QCoreApplication::translate("Kairos::MainWindow", "Retry Now");
            QPushButton* button = box->addButton(retry, QMessageBox::AcceptRole);
            connect(button, &QPushButton::clicked, m_eventModel, &EventModel::retryPendingEdits);
            box->open();
        }
        box->setText(message);
    });
    connect(m_eventModel, &EventModel::pendingEditsSaved, this, [this](const QString& message) {
        if (auto* box = findChild<QMessageBox*>(QStringLiteral("connectionLostBox")))
            box->close();
        statusBar()->showMessage(message, 8000);
    });
    connect(m_eventModel, &EventModel::editPending, this, &MainWindow::updateModifiedMarker);
    connect(m_eventModel, &EventModel::pendingEditsSaved, this, &MainWindow::updateModifiedMarker);
    if (const int kept = m_eventModel->pendingEditCount())
        statusBar()->showMessage(
            tr("%n edit(s) that the last session could not save will be saved now.", nullptr, kept), 8000);
    m_proxy = new EventFilterProxy(workspace, this);
    m_proxy->setSourceModel(m_eventModel);
    m_selection = new QItemSelectionModel(m_proxy, this);
    m_table->setModel(m_proxy);
    m_table->setSelectionModel(m_selection);
    m_table->sortByColumn(EventModel::DateColumn, Qt::AscendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(EventModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Never narrower than the column's own heading (with its sort arrow), in any language.
    const auto setWidth = [&](int column, int ems) {
        m_table->setColumnWidth(column, std::max(ems * em, header->sectionSizeHint(column)));
    };
    setWidth(EventModel::DateColumn, 11);
    setWidth(EventModel::TypeColumn, 12);
    setWidth(EventModel::EntitiesColumn, 14);
    setWidth(EventModel::OutletColumn, 10);
    setWidth(EventModel::ConfidenceColumn, 6);
    setWidth(EventModel::StatusColumn, 7);

    m_entityModel = new EntityModel(workspace, this);
    connect(m_entityModel, &EntityModel::checkedEntitiesChanged, m_proxy, &EventFilterProxy::setEntityIds);
    m_articleModel = new ArticleModel(workspace, this);
    m_sidebar = new EntitySidebar(m_entityModel, m_entityDock);
    m_sidebar->setWorkspace(workspace, m_undoStack);
    connect(m_sidebar, &EntitySidebar::errorOccurred, this, [this](const QString& message) {
        plainBox(this, QMessageBox::Warning, tr("Edit Not Saved"), message)->open();
    });
    m_entityDock->setWidget(m_sidebar);
    createViews();

    for (QAbstractItemModel* model :
        {static_cast<QAbstractItemModel*>(m_proxy), static_cast<QAbstractItemModel*>(m_entityModel)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    }
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateModifiedMarker, Qt::UniqueConnection);
    const bool writable = !workspace->isReadOnly();
    for (QAction* action : {m_importAction, m_importFolderAction, m_addEventAction, m_deleteEventsAction,
             m_confirmAction, m_rejectAction, m_mergeAction, m_addNoteAction})
        action->setEnabled(writable);
    updateCounts();
}

void MainWindow::detachModels()
{
    m_undoStack->clear();
    destroyViews();
    m_table->setModel(nullptr);
    if (m_entityDock)
        m_entityDock->setWidget(nullptr);
    delete m_sidebar;
    delete m_selection;
    delete m_proxy;
    delete m_eventModel;
    delete m_entityModel;
    delete m_articleModel;
    m_sidebar = nullptr;
    m_selection = nullptr;
    m_proxy = nullptr;
    m_eventModel = nullptr;
    m_entityModel = nullptr;
    m_articleModel = nullptr;
    m_workspace.reset();
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("Kairos"));
        return;
    }
    setWindowFilePath(m_workspace->location().filePath);
    setWindowTitle(
        tr("%1[*] — Kairos").arg(workspaceName()) + (m_workspace->isReadOnly() ? tr(" [read-only]") : QString()));
    updateModifiedMarker();
}

QString MainWindow::workspaceName() const
{
    if (!m_workspace)
        return QString();
    const WorkspaceLocation& location = m_workspace->location();
    return location.backend == WorkspaceLocation::SQLite ? QFileInfo(location.filePath).fileName()
                                                         : location.displayString();
}

void MainWindow::updateModifiedMarker()
{
    // Every edit is written when it is made, so the undo history is at its saved ("clean") state unless
    // edits wait to be saved (the workspace busy, the server away); the title bar's marker says the same.
    const bool unsaved = m_eventModel && m_eventModel->pendingEditCount() > 0;
    if (unsaved && m_undoStack->isClean())
        m_undoStack->resetClean();
    else if (!unsaved && !m_undoStack->isClean())
        m_undoStack->setClean();
    setWindowModified(unsaved);
}

void MainWindow::updateCounts()
{
    if (!m_workspace || !m_proxy) {
        m_counts->clear();
        return;
    }
    const WorkspaceStats stats = m_workspace->stats();
    m_counts->setText(tr("%1 of %n event(s) shown", nullptr, int(stats.events)).arg(m_proxy->rowCount())
        + QStringLiteral(" · ") + tr("%n article(s)", nullptr, int(stats.articles)) + QStringLiteral(" · ")
        + tr("%n entit(y/ies)", nullptr, int(stats.entities)));
}

void MainWindow::applyQuery(const QString& text)
{
    if (!m_proxy)
        return;
    const EventQuery query = EventQuery::parse(text);
    m_queryErrors->setText(query.errors.join(QLatin1Char(' ')));
    m_queryErrors->setVisible(!query.errors.isEmpty());
    m_proxy->setQuery(query);
    m_proxy->setEntityIds(m_proxy->entityIds() + m_entityModel->checkedEntities());
    updateCounts();
}

QList<qint64> MainWindow::selectedEventIds() const
{
    QList<qint64> ids;
    if (!m_selection)
        return ids;
    for (const QModelIndex& index : m_selection->selectedRows())
        ids << index.data(EventModel::EventIdRole).toLongLong();
    return ids;
}

void MainWindow::confirmSelected(bool confirm)
{
    const QList<qint64> ids = selectedEventIds();
    if (ids.isEmpty())
        return;
    m_undoStack->beginMacro(confirm ? tr("Confirm %n event(s)", nullptr, int(ids.size()))
                                    : tr("Reject %n event(s)", nullptr, int(ids.size())));
    for (qint64 id : ids) {
        const std::optional<Event> before = m_workspace->event(id);
        if (!before)
            continue;
        Event after = *before;
        after.status = confirm ? ReviewStatus::Confirmed : ReviewStatus::Rejected;
        auto* command = new EditEventCommand(m_workspace.get(), *before, after);
        command->setErrorHandler([this](const QString& message) { statusBar()->showMessage(message, 8000); });
        m_undoStack->push(command);
    }
    m_undoStack->endMacro();
}

void MainWindow::deleteSelected()
{
    QList<Event> events;
    for (qint64 id : selectedEventIds()) {
        if (const std::optional<Event> event = m_workspace->event(id))
            events << *event;
    }
    if (events.isEmpty())
        return;
    auto* command = new DeleteEventsCommand(m_workspace.get(), events);
    command->setErrorHandler([this](const QString& message) { statusBar()->showMessage(message, 8000); });
    m_undoStack->push(command);
}

void MainWindow::mergeSelected()
{
    QList<Event> events;
    // In the order the table shows them: the first one is kept.
    QModelIndexList rows = m_selection->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : std::as_const(rows)) {
        if (const std::optional<Event> event = m_workspace->event(index.data(EventModel::EventIdRole).toLongLong()))
            events << *event;
    }
    if (events.size() < 2) {
        statusBar()->showMessage(tr("Select two or more events to merge."), 6000);
        return;
    }
    auto* command = new MergeEventsCommand(m_workspace.get(), events);
    command->setErrorHandler([this](const QString& message) { statusBar()->showMessage(message, 8000); });
    m_undoStack->push(command);
}

void MainWindow::addNote()
{
    if (!m_workspace)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Note to Timeline"));
    auto* form = new QFormLayout(&dialog);
    auto* date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setAccessibleName(tr("Date of the note"));
    auto* text = new QLineEdit(&dialog);
    text->setAccessibleName(tr("Text of the note"));
    text->setPlaceholderText(tr("e.g. Export rule takes effect"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Text:"), text);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || text->text().trimmed().isEmpty())
        return;
    auto* command
        = new AddAnnotationCommand(m_workspace.get(), TimePoint::fromDate(date->date()), text->text().trimmed());
    command->setErrorHandler([this](const QString& message) { statusBar()->showMessage(message, 8000); });
    m_undoStack->push(command);
}

void MainWindow::showTableMenu(const QPoint& position)
{
    if (!m_workspace)
        return;
    QMenu menu(this);
    menu.addAction(m_confirmAction);
    menu.addAction(m_rejectAction);
    menu.addAction(m_mergeAction);
    menu.addSeparator();
    menu.addAction(m_addEventAction);
    menu.addAction(m_deleteEventsAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::addEvent()
{
    if (!m_workspace)
        return;
    Event event;
    event.title = tr("New event");
    event.status = ReviewStatus::Confirmed;
    event.start = TimePoint::fromDateTime(QDateTime::currentDateTimeUtc()).floor(DatePrecision::Day);
    event.precision = DatePrecision::Day;
    auto* command = new AddEventCommand(m_workspace.get(), event);
    command->setErrorHandler([this](const QString& message) { statusBar()->showMessage(message, 8000); });
    m_undoStack->push(command);
    const int row = m_eventModel->rowOfEvent(command->eventId());
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_eventModel->index(row, EventModel::TitleColumn));
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        m_table->edit(index);
    }
}

void MainWindow::newWorkspace()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New Workspace"), QString(), tr("Kairos workspaces (*.kairos)"));
    if (path.isEmpty())
        return;
    openWorkspace(path.endsWith(QLatin1String(".kairos")) ? path : path + QStringLiteral(".kairos"));
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QString(), tr("Kairos workspaces (*.kairos);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::importDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Bundles"), QString(),
        tr("Article bundles (*.zip *.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.7z *.txt *.md *.html *.htm *.pdf *.json "
           "*.xml *.rss *.atom *.csv *.jsonl);;All files (*)"));
    if (!paths.isEmpty())
        importPaths(paths);
}

void MainWindow::importFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (!m_workspace || m_workspace->isReadOnly() || paths.isEmpty())
        return;
    m_importPaths = paths;
    m_import->start(m_workspace.get(), paths);
}

void MainWindow::showImportReport(const ImportReport& report)
{
    // An undo running on its worker connection waits in a nested event loop; the undo stack must not get a
    // new command under it, so an import that finishes meanwhile is reported once it is done.
    if (m_historyBusy) {
        QTimer::singleShot(50, this, [this, report]() { showImportReport(report); });
        return;
    }
    m_progress->hide();
    m_cancelImport->hide();
    m_importAction->setEnabled(m_workspace && !m_workspace->isReadOnly());
    m_importFolderAction->setEnabled(m_importAction->isEnabled());
    statusBar()->showMessage(report.summary(), 15000);
    if (report.journal && m_workspace) {
        const QString what = m_importPaths.size() == 1 ? QFileInfo(m_importPaths.first()).fileName()
                                                       : tr("%n bundle(s)", nullptr, int(m_importPaths.size()));
        auto* command = new ImportCommand(m_workspace.get(), report.journal, what);
        command->setErrorHandler([this](const QString& message) {
            plainBox(this, QMessageBox::Warning, tr("Undo or Redo Failed"), message)->open();
        });
        command->setRunner([this](const std::function<bool(Workspace&)>& work, QString* error) {
            m_historyBusy = true;
            const bool ok = runOnWorkerConnection(this, tr("Updating the workspace…"), *m_workspace, work, error);
            m_historyBusy = false;
            return ok;
        });
        m_undoStack->push(command);
    }
    if (report.errors.isEmpty() && report.fatalError.isEmpty())
        return;
    QStringList lines;
    for (const Import::Rejection& rejection : report.errors)
        lines << QStringLiteral("%1: %2").arg(rejection.path, rejection.reason);
    auto* box = plainBox(this, report.fatalError.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
        tr("Import Report"),
        report.fatalError.isEmpty() ? report.summary() : report.fatalError + QLatin1Char('\n') + report.summary());
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
        setDropHighlight(true);
    }
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent* event)
{
    setDropHighlight(false);
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    setDropHighlight(false);
    QStringList bundles;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        // A workspace file opens; anything else is a bundle to import.
        if (path.endsWith(QLatin1String(".kairos"))) {
            openWorkspace(path);
            event->acceptProposedAction();
            return;
        }
        bundles << path;
    }
    if (bundles.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(bundles);
}

void MainWindow::setDropHighlight(bool on)
{
    // A tinted frame around the whole window while something is dragged over it.
    centralWidget()->setStyleSheet(
        on ? QStringLiteral("QWidget#dropTarget { border: 3px dashed palette(highlight); }") : QString());
    centralWidget()->setObjectName(on ? QStringLiteral("dropTarget") : QString());
    statusBar()->showMessage(on ? tr("Drop article bundles to import them, or a .kairos file to open it") : QString());
}

void MainWindow::addRecent(const QString& location)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentWorkspaces")).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    settings.setValue(QStringLiteral("recentWorkspaces"), recent.mid(0, maxRecent));
    settings.setValue(QStringLiteral("lastWorkspace"), location);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    QStringList kept;
    for (const QString& location : QSettings().value(QStringLiteral("recentWorkspaces")).toStringList()) {
        // Files that went away are pruned; PostgreSQL URLs cannot be checked without connecting.
        if (!location.startsWith(QLatin1String("postgres")) && !QFileInfo::exists(location))
            continue;
        kept << location;
        m_recentMenu->addAction(location, this, [this, location]() { openWorkspace(location); });
    }
    QSettings().setValue(QStringLiteral("recentWorkspaces"), kept);
    m_recentMenu->setEnabled(!kept.isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1600, 960);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: room for entity names on the left and for reading on the right.
        resizeDocks({m_entityDock, m_readerDock}, {330, 430}, Qt::Horizontal);
    }
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_import->isRunning()) {
        m_import->cancel();
    }
    saveSettings();
    event->accept();
}

} // namespace Kairos
