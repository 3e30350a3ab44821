// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Kairos {

class Workspace;

/// Runs `work` on a connection of its own to the workspace, on a worker thread, and returns when it is
/// done. Meanwhile the window keeps painting but takes no input (it is queued for afterwards), and a busy
/// dialog saying `label` appears when the work takes longer than a moment. Qt 6.4 cannot move a database
/// connection between threads, hence the second connection.
bool runOnWorkerConnection(QWidget* parent, const QString& label, const Workspace& workspace,
    const std::function<bool(Workspace&)>& work, QString* error);

} // namespace Kairos
