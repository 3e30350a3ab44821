// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/importreport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Kairos {

class Workspace;

/// Runs an import off the GUI thread on a connection of its own, reports progress, can be cancelled,
/// and tells the GUI's workspace to refresh its models when done.
class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QObject* parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    void start(Kairos::Workspace* workspace, const QStringList& paths);
    void cancel();

Q_SIGNALS:
    void started();
    /// bytes and files read so far, and the file being read.
    void progress(qint64 bytes, qint64 files, const QString& path);
    void finished(const Kairos::ImportReport& report);

private:
    void onFinished();

    QFutureWatcher<ImportReport> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Workspace* m_workspace = nullptr;
};

} // namespace Kairos
