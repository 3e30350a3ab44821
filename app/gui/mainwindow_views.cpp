// SPDX-License-Identifier: GPL-3.0-or-later
// The half of MainWindow that builds the views on the open workspace's models and links them.
#include "mainwindow.h"

#include "chartexportdialog.h"

#include "chart/chartexporter.h"
#include "chart/timelinechart.h"
#include "chart/timelinepanel.h"
#include "chart/timelineview.h"
#include "core/versioninfo.h"
#include "entitysidebar.h"
#include "export/exportformat.h"
#include "export/timelineexporter.h"
#include "models/articlemodel.h"
#include "models/entitymodel.h"
#include "models/eventfilterproxy.h"
#include "models/eventmodel.h"
#include "reader/articlereader.h"
#include "reader/querylineedit.h"
#include "store/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kairos {

void MainWindow::createViews()
{
    Workspace* workspace = m_workspace.get();
    m_reader = new ArticleReader(workspace, m_articleModel, m_readerDock);
    m_readerDock->setWidget(m_reader);
    m_chartPanel = new TimelinePanel(m_proxy, m_selection, m_chartHolder);
    m_chart = m_chartPanel->view();
    m_chart->setAccessibleName(tr("Timeline chart"));
    m_chartHolder->layout()->addWidget(m_chartPanel);
    // The timeline marks today and the analyst's dated notes, which live in the workspace.
    m_chart->timelineChart()->setToday(QDateTime::currentSecsSinceEpoch());
    connect(workspace, &Workspace::annotationsChanged, this, &MainWindow::updateChartNotes);
    connect(workspace, &Workspace::reset, this, &MainWindow::updateChartNotes);
    updateChartNotes();
    m_query->setEntityNames(m_entityModel->entityNames());
    connect(m_entityModel, &QAbstractItemModel::modelReset, this,
        [this]() { m_query->setEntityNames(m_entityModel->entityNames()); });

    // Selecting an event anywhere shows its evidence in the reader; the table follows the shared selection.
    connect(m_selection, &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (!current.isValid())
            return;
        m_table->scrollTo(current);
        m_reader->showEvent(current.data(EventModel::EventIdRole).toLongLong());
    });
    connect(m_chart, &TimelineView::evidenceRequested, this, [this](qint64 eventId) {
        m_reader->showEvent(eventId);
        m_readerDock->show();
        m_readerDock->raise();
    });
    // Clicking an evidence sentence in the reader selects its event in the table and the chart.
    connect(m_reader, &ArticleReader::eventActivated, this, [this](qint64 eventId) {
        const int row = m_eventModel->rowOfEvent(eventId);
        if (row < 0)
            return;
        const QModelIndex index = m_proxy->mapFromSource(m_eventModel->index(row, 0));
        if (index.isValid())
            m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    connect(m_sidebar, &EntitySidebar::entitySelected, m_reader, &ArticleReader::highlightEntity);
    // Selecting an entity highlights its events on the chart (and in the table) through the shared selection.
    connect(m_sidebar, &EntitySidebar::entitySelected, this, [this](qint64 entityId) {
        if (entityId == 0)
            return;
        QItemSelection selection;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(EventModel::EntityIdsRole).value<QList<qint64>>().contains(entityId))
                selection.select(index, index.siblingAtColumn(EventModel::NUM_COLUMNS - 1));
        }
        m_selection->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
}

void MainWindow::updateChartNotes()
{
    if (!m_chart || !m_workspace)
        return;
    QList<ChartAnnotation> notes;
    for (const Annotation& annotation : m_workspace->annotations())
        notes << ChartAnnotation {annotation.at.seconds(), annotation.text};
    m_chart->timelineChart()->setAnnotations(notes);
}

void MainWindow::destroyViews()
{
    if (m_readerDock)
        m_readerDock->setWidget(nullptr);
    delete m_reader;
    delete m_chartPanel;
    m_reader = nullptr;
    m_chartPanel = nullptr;
    m_chart = nullptr;
}

void MainWindow::exportChartDialog()
{
    if (!m_chart)
        return;
    ChartExportDialog dialog(m_chart->timelineChart(), workspaceSourceLookup(m_workspace.get()), workspaceName(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Chart exported to %1").arg(dialog.writtenPath()), 8000);
}

void MainWindow::exportTimelineDialog()
{
    if (!m_workspace)
        return;
    const QList<ExportFormat> formats = {ExportFormat::TimelineJs, ExportFormat::Vis, ExportFormat::Csv,
        ExportFormat::Json, ExportFormat::ICalendar, ExportFormat::Bundle};
    QStringList filters;
    for (ExportFormat format : formats)
        filters << exportFormatFilter(format);
    QString selectedFilter = filters.first();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"), tr("timeline.timelinejs.json"),
        filters.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    const ExportFormat format = exportFormatFromPath(path).value_or(
        formats.value(int(filters.indexOf(selectedFilter)), ExportFormat::TimelineJs));
    // What the table shows is what goes out: the query bar's time window and status apply.
    ExportFilter filter;
    filter.from = m_proxy->from();
    filter.to = m_proxy->to();
    QString error;
    ExportReport report;
    if (!exportTimeline(*m_workspace, path, format, filter, &error, &report)) {
        QMessageBox box(QMessageBox::Warning, tr("Export Failed"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    QString message = tr("%n event(s) exported to %1", nullptr, report.events).arg(path);
    if (report.skipped() > 0)
        message += QLatin1Char(' ') + tr("(%n undated or out of range, not exported)", nullptr, report.skipped());
    statusBar()->showMessage(message, 10000);
}

void MainWindow::showAbout()
{
    const VersionInfo versions = VersionInfo::current();
    QMessageBox box(this);
    box.setWindowTitle(tr("About Kairos"));
    box.setIconPixmap(windowIcon().pixmap(64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Kairos %1</h3><p>Policy-event timelines from article bundles.</p>")
                    .arg(versions.kairos.toHtmlEscaped()));
    box.setInformativeText(
        tr("Qt %1 · KDE Syntax Highlighting %2 · SQLite %3<br>Licensed under the GNU General Public License, "
           "version 3 or later (GPL-3.0-or-later).")
            .arg(versions.qt.toHtmlEscaped(), versions.syntaxHighlighting.toHtmlEscaped(),
                versions.sqlite.toHtmlEscaped()));
    box.exec();
}

void MainWindow::changeEvent(QEvent* event)
{
    // The chart repaints in the new colours when the desktop switches between light and dark.
    if (event->type() == QEvent::PaletteChange && m_chart)
        m_chart->update();
    QMainWindow::changeEvent(event);
}

} // namespace Kairos
