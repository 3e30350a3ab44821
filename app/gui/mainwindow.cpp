// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "preferencesdialog.h"

#include "entitysidebar.h"
#include "eventdelegate.h"
#include "importcontroller.h"
#include "models/articlemodel.h"
#include "models/entitymodel.h"
#include "models/eventcommands.h"
#include "models/eventfilterproxy.h"
#include "models/eventmodel.h"
#include "models/eventquery.h"
#include "pipeline/demoworkspace.h"
#include "reader/querylineedit.h"
#include "store/workspace.h"
#include "workspacelock.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kairos {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_import(new ImportController(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    createActions();
    createCentralArea();
    createDocks();
    createMenus();
    createStatusBar();
    connect(m_import, &ImportController::started, this, [this]() {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancelImport->show();
        m_importAction->setEnabled(false);
        m_importFolderAction->setEnabled(false);
    });
    connect(m_import, &ImportController::progress, this, [this](qint64 bytes, qint64 files, const QString& path) {
        m_progress->setFormat(
            tr("%n file(s), %1 MB — %2", nullptr, int(files)).arg(QLocale().toString(bytes / 1e6, 'f', 1), path));
    });
    connect(m_import, &ImportController::finished, this, &MainWindow::showImportReport);
    connect(m_cancelImport, &QPushButton::clicked, m_import, &ImportController::cancel);
    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    detachModels();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Workspace…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Workspace…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Bundles…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);
    // The file dialog that picks bundles cannot pick a folder, and a folder is what most bundles are.
    m_importFolderAction = new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Import &Folder…"), this);
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::importFolderDialog);
    m_exportChartAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export &Chart…"), this);
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportChartAction, &QAction::triggered, this, &MainWindow::exportChartDialog);
    m_exportTimelineAction = new QAction(tr("Export &Timeline…"), this);
    m_exportTimelineAction->setToolTip(
        tr("Export the events for TimelineJS, vis-timeline, a spreadsheet, a calendar or a colleague"));
    connect(m_exportTimelineAction, &QAction::triggered, this, &MainWindow::exportTimelineDialog);
    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_addEventAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Event"), this);
    m_addEventAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addEventAction, &QAction::triggered, this, &MainWindow::addEvent);
    m_deleteEventsAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Events"), this);
    m_deleteEventsAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteEventsAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    m_confirmAction = new QAction(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("&Confirm Events"), this);
    m_confirmAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_confirmAction, &QAction::triggered, this, [this]() { confirmSelected(true); });
    m_rejectAction = new QAction(QIcon::fromTheme(QStringLiteral("dialog-cancel")), tr("&Reject Events"), this);
    m_rejectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    connect(m_rejectAction, &QAction::triggered, this, [this]() { confirmSelected(false); });

    m_mergeAction = new QAction(QIcon::fromTheme(QStringLiteral("merge")), tr("&Merge Events"), this);
    m_mergeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_mergeAction->setToolTip(tr("Merge the selected events that report the same happening into the first one"));
    connect(m_mergeAction, &QAction::triggered, this, &MainWindow::mergeSelected);
    m_addNoteAction = new QAction(QIcon::fromTheme(QStringLiteral("note")), tr("Add &Note to Timeline…"), this);
    connect(m_addNoteAction, &QAction::triggered, this, &MainWindow::addNote);

    m_demoAction = new QAction(tr("Open &Demo Workspace"), this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);
    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Kairos"), this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_importFolderAction);
    file->addAction(m_exportChartAction);
    file->addAction(m_exportTimelineAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_addEventAction);
    edit->addAction(m_deleteEventsAction);
    edit->addAction(m_confirmAction);
    edit->addAction(m_rejectAction);
    edit->addAction(m_mergeAction);
    edit->addSeparator();
    edit->addAction(m_addNoteAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_entityDock->toggleViewAction());
    view->addAction(m_readerDock->toggleViewAction());

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* preferences = tools->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Preferences…"));
    preferences->setShortcut(QKeySequence::Preferences);
    connect(preferences, &QAction::triggered, this, [this]() { PreferencesDialog(this).exec(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_demoAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::createCentralArea()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    m_query = new QueryLineEdit(central);
    m_query->setObjectName(QStringLiteral("queryBar"));
    m_query->setPlaceholderText(
        tr("Filter: type:approval entity:Nvidia after:2025-12-01 status:confirmed \"emergency meeting\""));
    m_query->setAccessibleName(tr("Event filter"));
    connect(m_findAction, &QAction::triggered, m_query, [this]() {
        m_query->setFocus();
        m_query->selectAll();
    });
    connect(m_query, &QLineEdit::textChanged, this, &MainWindow::applyQuery);
    m_queryErrors = new QLabel(central);
    m_queryErrors->setTextFormat(Qt::PlainText);
    m_queryErrors->setForegroundRole(QPalette::PlaceholderText);
    m_queryErrors->hide();

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(QStringLiteral("chartTableSplitter"));
    m_chartHolder = new QWidget(m_splitter);
    auto* chartLayout = new QVBoxLayout(m_chartHolder);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Rows are records, moved through with the arrow keys; Tab leaves the table for the next pane instead
    // of walking its cells, or a keyboard user could never get out of it.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setItemDelegate(new EventDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showTableMenu);
    m_splitter->addWidget(m_chartHolder);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    layout->addWidget(m_query);
    layout->addWidget(m_queryErrors);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::createDocks()
{
    m_entityDock = new QDockWidget(tr("Entities"), this);
    m_entityDock->setObjectName(QStringLiteral("entityDock"));
    addDockWidget(Qt::LeftDockWidgetArea, m_entityDock);
    m_readerDock = new QDockWidget(tr("Articles"), this);
    m_readerDock->setObjectName(QStringLiteral("readerDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_readerDock);
}

void MainWindow::createStatusBar()
{
    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(360);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelImport = new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), tr("Cancel"), this);
    m_cancelImport->setAccessibleName(tr("Cancel import"));
    m_cancelImport->hide();
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelImport);
}

} // namespace Kairos
