// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QUndoStack;

namespace Kairos {

class ArticleModel;
class ArticleReader;
class EntityModel;
class EntitySidebar;
class EventFilterProxy;
class EventModel;
class ImportController;
class QueryLineEdit;
class TimelinePanel;
class TimelineView;
class Workspace;
class WorkspaceLock;
struct ImportReport;

/// The analyst's window: the timeline chart above the event table, entities on the left, the article
/// reader on the right. Every part views the same workspace through the same models; the chart and the
/// table share one filter proxy and one selection model.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace file or PostgreSQL URL; shows the reason and keeps the current one on failure.
    bool openWorkspace(const QString& location);
    bool openDemo();
    void importPaths(const QStringList& paths);

    Workspace* workspace() const { return m_workspace.get(); }
    EventFilterProxy* eventProxy() const { return m_proxy; }
    QItemSelectionModel* eventSelection() const { return m_selection; }
    QTableView* eventTable() const { return m_table; }
    EntityModel* entityModel() const { return m_entityModel; }
    QUndoStack* undoStack() const { return m_undoStack; }
    ImportController* importController() const { return m_import; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createDocks();
    void createStatusBar();
    void attachModels();
    void detachModels();
    void createViews();
    void destroyViews();
    void restoreSettings();
    void saveSettings();
    void updateTitle();
    void updateModifiedMarker();
    /// The workspace as the title bar and a chart's default title name it.
    QString workspaceName() const;
    bool holdsLockFor(const QString& location) const;
    bool takeWorkspaceLock(const QString& location, std::unique_ptr<WorkspaceLock>* lock, bool* readOnly);
    void updateCounts();
    void addRecent(const QString& location);
    void rebuildRecentMenu();
    void showImportReport(const ImportReport& report);
    void newWorkspace();
    void openWorkspaceDialog();
    void importDialog();
    void importFolderDialog();
    void exportChartDialog();
    void exportTimelineDialog();
    void applyQuery(const QString& text);
    void confirmSelected(bool confirm);
    void deleteSelected();
    void mergeSelected();
    void addNote();
    void showTableMenu(const QPoint& position);
    void updateChartNotes();
    void addEvent();
    void showAbout();
    void setDropHighlight(bool on);
    QList<qint64> selectedEventIds() const;

    // Declared first so that it is released only after the workspace is closed.
    std::unique_ptr<WorkspaceLock> m_workspaceLock;
    std::unique_ptr<Workspace> m_workspace;
    EventModel* m_eventModel = nullptr;
    EventFilterProxy* m_proxy = nullptr;
    QItemSelectionModel* m_selection = nullptr;
    EntityModel* m_entityModel = nullptr;
    ArticleModel* m_articleModel = nullptr;
    QUndoStack* m_undoStack = nullptr;
    ImportController* m_import = nullptr;
    QStringList m_importPaths;
    bool m_historyBusy = false;

    QSplitter* m_splitter = nullptr;
    QWidget* m_chartHolder = nullptr;
    TimelinePanel* m_chartPanel = nullptr;
    TimelineView* m_chart = nullptr;
    QTableView* m_table = nullptr;
    QueryLineEdit* m_query = nullptr;
    QLabel* m_queryErrors = nullptr;
    EntitySidebar* m_sidebar = nullptr;
    ArticleReader* m_reader = nullptr;
    QDockWidget* m_entityDock = nullptr;
    QDockWidget* m_readerDock = nullptr;
    QLabel* m_counts = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelImport = nullptr;
    QMenu* m_recentMenu = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_importFolderAction = nullptr;
    QAction* m_exportChartAction = nullptr;
    QAction* m_exportTimelineAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_addEventAction = nullptr;
    QAction* m_deleteEventsAction = nullptr;
    QAction* m_confirmAction = nullptr;
    QAction* m_rejectAction = nullptr;
    QAction* m_mergeAction = nullptr;
    QAction* m_addNoteAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace Kairos
