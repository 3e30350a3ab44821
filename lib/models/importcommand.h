// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcommands.h"

#include <functional>
#include <memory>

namespace Kairos {

class ImportJournal;

/// An import that has already been stored, on the undo stack: undo takes away what it added and puts back
/// what it replaced, redo stores it again exactly as it was.
class ImportCommand : public WorkspaceCommand
{
public:
    ImportCommand(Workspace* workspace, std::shared_ptr<ImportJournal> journal, const QString& what,
        QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

    /// Runs a step of the undo history's work on the workspace and says whether it succeeded. The window
    /// runs it on a connection of its own off the GUI thread, since undoing a large import takes seconds;
    /// without one it runs here, on the command's workspace.
    /// On failure the runner gives the reason in `error` unless it is the work's own.
    using Runner = std::function<bool(const std::function<bool(Workspace&)>& work, QString* error)>;
    void setRunner(Runner runner) { m_runner = std::move(runner); }

private:
    void apply(const std::function<bool(Workspace&)>& work);
    std::shared_ptr<ImportJournal> m_journal;
    Runner m_runner;
};

} // namespace Kairos
