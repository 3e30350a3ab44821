// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexporter.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QPicture;

namespace Kairos {

/// A chart export that keeps the GUI responsive: a 14000 × 10000 PNG takes seconds to draw and
/// compress. The page is recorded where the chart and the workspace live (the calling thread) into a
/// QPicture, which is quick; a worker thread replays it at full size in bands, encodes and writes the
/// file atomically, reporting progress after each band. A cancelled job writes nothing and leaves an
/// existing file as it was; cancelling takes effect at the next band or before the file is committed.
class ChartExportJob : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Written, Failed, Cancelled };
    Q_ENUM(Outcome)

    explicit ChartExportJob(QObject* parent = nullptr);
    /// Cancels a running export and waits for its worker.
    ~ChartExportJob() override;

    /// Records the page now and starts writing `path` in the background. False with *error set when
    /// the options cannot be written or a job is already running; nothing starts then.
    bool start(const ChartExporter& exporter, const QString& path, const ExportOptions& options, QString* error);
    /// The same page drawn into an image for the clipboard instead of a file: takeImage() once finished.
    bool startImage(const ChartExporter& exporter, const ExportOptions& options, QString* error);
    QImage takeImage() { return std::exchange(m_image, QImage()); }
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString path() const { return m_path; }

Q_SIGNALS:
    /// 0–100, from the worker thread (connections to GUI objects are queued).
    void progressChanged(int percent);
    /// `error` names the file and the reason when the outcome is Failed.
    void finished(Kairos::ChartExportJob::Outcome outcome, const QString& error);

private:
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString reason;
        QImage image;
    };
    using Work = std::function<Result(
        const QPicture& page, const std::function<void(int)>& progress, const std::function<bool()>& cancelled)>;
    /// Records the page on this thread and runs `work` on it in the background.
    void launch(const ChartExporter& exporter, const ExportOptions& options, Work work);
    void workerFinished();

    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_path;
    QImage m_image;
};

} // namespace Kairos
