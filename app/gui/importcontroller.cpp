// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "pipeline/extractorfactory.h"
#include "pipeline/importpipeline.h"
#include "preferencesdialog.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent>

namespace Kairos {

ImportController::ImportController(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportController::start(Workspace* workspace, const QStringList& paths)
{
    if (isRunning() || !workspace || paths.isEmpty())
        return;
    m_workspace = workspace;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<ImportController> self(this);
    auto cancelFlag = m_cancel;
    const WorkspaceLocation location = workspace->location();
    const Workspace::OpenMode mode = workspace->openMode();
    const ExtractionSettings extraction = PreferencesDialog::extractionSettings();
    const Import::ImportLimits limits = PreferencesDialog::importLimits();
    Q_EMIT started();
    m_watcher.setFuture(QtConcurrent::run([location, mode, paths, cancelFlag, self, extraction, limits]() {
        // Qt 6.4 cannot move a connection between threads: the worker opens its own.
        StoreError openError;
        const std::unique_ptr<Workspace> worker = Workspace::open(location, mode, &openError);
        ImportReport report;
        if (!worker) {
            report.fatalError = openError.message;
            return report;
        }
        ImportPipeline pipeline(*worker, limits);
        QString extractorProblem;
        pipeline.setExtractor(defaultExtractor(&extractorProblem, extraction));
        pipeline.setProgressCallback([self](const ImportPipeline::Progress& p) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, p]() {
                    if (self)
                        Q_EMIT self->progress(p.bytes, p.files, p.currentPath);
                },
                Qt::QueuedConnection);
        });
        ImportReport result = pipeline.run(paths, cancelFlag.get());
        if (!extractorProblem.isEmpty())
            result.notes.prepend(extractorProblem);
        return result;
    }));
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportController::onFinished()
{
    const ImportReport report = m_watcher.result();
    if (m_workspace)
        m_workspace->notifyExternalChange();
    Q_EMIT finished(report);
}

} // namespace Kairos
