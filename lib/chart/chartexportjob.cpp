// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportjob.h"
#include "chartfilewriter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPicture>
#include <QtConcurrent>

namespace Kairos {

ChartExportJob::ChartExportJob(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ChartExportJob::workerFinished);
}

ChartExportJob::~ChartExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ChartExportJob::start(
    const ChartExporter& exporter, const QString& path, const ExportOptions& options, QString* error)
{
    const QString problem = isRunning()
        ? QCoreApplication::translate("Kairos::ChartExportJob", "another export is still running")
        : chartExportProblem(path, options);
    if (!problem.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Kairos::ChartExporter", "Cannot export the chart to %1: %2")
                         .arg(path, problem);
        return false;
    }
    ChartExporter page(exporter);
    if (!options.title.isEmpty())
        page.setTitle(options.title);
    const double scale = options.dpi / 96.0;
    const QSizeF logical(options.size.width() / scale, options.size.height() / scale);
    // Recorded here: laying the chart out needs the scene and the source notes need the workspace,
    // both of this thread. What the worker replays is plain drawing.
    QPicture picture;
    QPainter recorder(&picture);
    page.renderPage(&recorder, logical);
    recorder.end();

    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    const QString title = page.pageTitle();
    m_watcher.setFuture(QtConcurrent::run([this, picture, path, options, title, cancelFlag]() mutable {
        ChartWriteHooks hooks;
        int reported = -1;
        hooks.progress = [this, &reported](int percent) {
            if (percent != reported)
                Q_EMIT progressChanged(reported = percent);
        };
        hooks.cancelled = [cancelFlag] { return cancelFlag->load(); };
        hooks.bands = 16;
        const PagePainter paint = [&picture](QPainter* painter, const QSizeF&) { picture.play(painter); };
        Result result;
        switch (writeChartFile(path, options, title, paint, hooks, &result.reason)) {
        case ChartWriteResult::Written:
            result.outcome = Outcome::Written;
            break;
        case ChartWriteResult::Cancelled:
            result.outcome = Outcome::Cancelled;
            break;
        case ChartWriteResult::Failed:
            result.outcome = Outcome::Failed;
            break;
        }
        return result;
    }));
    return true;
}

void ChartExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ChartExportJob::workerFinished()
{
    const Result result = m_watcher.result();
    const QString error = result.outcome == Outcome::Failed
        ? QCoreApplication::translate("Kairos::ChartExporter", "Cannot export the chart to %1: %2")
              .arg(m_path, result.reason)
        : QString();
    Q_EMIT finished(result.outcome, error);
}

} // namespace Kairos
