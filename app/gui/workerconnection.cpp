// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerconnection.h"

#include "store/workspace.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <utility>

namespace Kairos {

bool runOnWorkerConnection(QWidget* parent, const QString& label, const Workspace& workspace,
    const std::function<bool(Workspace&)>& work, QString* error)
{
    const WorkspaceLocation location = workspace.location();
    const Workspace::OpenMode mode = workspace.openMode();
    using Outcome = std::pair<bool, QString>;
    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([location, mode, work]() -> Outcome {
        StoreError openError;
        const std::unique_ptr<Workspace> worker = Workspace::open(location, mode, &openError);
        if (!worker)
            return {false, openError.message};
        // The work's own failure is reported by the caller, which knows what it was doing.
        return {work(*worker), QString()};
    }));
    QProgressDialog busy(label, QString(), 0, 0, parent);
    busy.setWindowModality(Qt::WindowModal);
    busy.setCancelButton(nullptr);
    QTimer::singleShot(300, &busy, &QWidget::show);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Input waits until the work is done: an undo pressed again meanwhile must not run inside this one.
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    QApplication::restoreOverrideCursor();
    const Outcome outcome = watcher.result();
    if (!outcome.first && error)
        *error = outcome.second;
    return outcome.first;
}

} // namespace Kairos
