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
    m_path = path;
    const QString title = options.title.isEmpty() ? exporter.pageTitle() : options.title;
    launch(exporter, options,
        [path, options, title](
            const QPicture& page, const std::function<void(int)>& progress, const std::function<bool()>& cancelled) {
            ChartWriteHooks hooks {progress, cancelled, 16};
            QPicture picture(page);
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
        });
    return true;
}

bool ChartExportJob::startImage(const ChartExporter& exporter, const ExportOptions& options, QString* error)
{
    const QString problem = isRunning()
        ? QCoreApplication::translate("Kairos::ChartExportJob", "another export is still running")
        : chartSizeProblem(options);
    if (!problem.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Kairos::ChartExportJob", "Cannot copy the chart: %1").arg(problem);
        return false;
    }
    m_path.clear();
    launch(exporter, options,
        [options](
            const QPicture& page, const std::function<void(int)>& progress, const std::function<bool()>& cancelled) {
            QPicture picture(page);
            const PagePainter paint = [&picture](QPainter* painter, const QSizeF&) { picture.play(painter); };
            bool outOfMemory = false;
            Result result;
            result.image = drawChartImage(options, paint, {progress, cancelled, 16}, 100, &outOfMemory);
            if (!result.image.isNull()) {
                result.outcome = Outcome::Written;
            } else if (outOfMemory) {
                result.reason
                    = QCoreApplication::translate("Kairos::ChartExporter", "not enough memory for %1 × %2 pixels")
                          .arg(options.size.width())
                          .arg(options.size.height());
            } else {
                result.outcome = Outcome::Cancelled;
            }
            return result;
        });
    return true;
}

void ChartExportJob::launch(const ChartExporter& exporter, const ExportOptions& options, Work work)
{
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

    m_image = QImage();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([this, picture, work = std::move(work), cancelFlag]() {
        int reported = -1;
        const std::function<void(int)> progress = [this, &reported](int percent) {
            if (percent != reported)
                Q_EMIT progressChanged(reported = percent);
        };
        return work(picture, progress, [cancelFlag] { return cancelFlag->load(); });
    }));
}

void ChartExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ChartExportJob::workerFinished()
{
    Result result = m_watcher.result();
    m_image = std::move(result.image);
    QString error;
    if (result.outcome == Outcome::Failed)
        error = m_path.isEmpty()
            ? QCoreApplication::translate("Kairos::ChartExportJob", "Cannot copy the chart: %1").arg(result.reason)
            : QCoreApplication::translate("Kairos::ChartExporter", "Cannot export the chart to %1: %2")
                  .arg(m_path, result.reason);
    Q_EMIT finished(result.outcome, error);
}

} // namespace Kairos
