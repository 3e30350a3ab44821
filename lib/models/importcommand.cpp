// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "store/importjournal.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace Kairos {

ImportCommand::ImportCommand(
    Workspace* workspace, std::shared_ptr<ImportJournal> journal, const QString& what, QUndoCommand* parent)
    : WorkspaceCommand(workspace, parent)
    , m_journal(std::move(journal))
{
    setText(QCoreApplication::translate("Commands", "Import of %1").arg(what));
}

void ImportCommand::apply(const std::function<bool(Workspace&)>& work)
{
    if (!m_workspace) {
        report(false);
        return;
    }
    QString runnerError;
    const bool ok = m_runner ? m_runner(work, &runnerError) : work(*m_workspace);
    if (ok) {
        m_workspace->notifyExternalChange();
        return;
    }
    // Nothing was changed (one transaction). The stack drops the command rather than show it as undone
    // while the workspace still holds the import, or the other way round.
    setObsolete(true);
    report(false, runnerError.isEmpty() ? m_journal->lastError() : runnerError);
}

void ImportCommand::undo()
{
    apply([journal = m_journal](Workspace& workspace) { return journal->undo(workspace); });
}

void ImportCommand::redo()
{
    // The import itself stored everything before the command was made.
    if (!m_done) {
        m_done = true;
        return;
    }
    apply([journal = m_journal](Workspace& workspace) { return journal->redo(workspace); });
}

} // namespace Kairos
