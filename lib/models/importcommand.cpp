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

void ImportCommand::apply(bool ok)
{
    if (ok) {
        m_workspace->notifyExternalChange();
        return;
    }
    // Nothing was changed (one transaction). The stack drops the command rather than show it as undone
    // while the workspace still holds the import, or the other way round.
    setObsolete(true);
    report(false, m_journal->lastError());
}

void ImportCommand::undo()
{
    if (!m_workspace) {
        report(false);
        return;
    }
    apply(m_journal->undo(*m_workspace));
}

void ImportCommand::redo()
{
    // The import itself stored everything before the command was made.
    if (!m_done) {
        m_done = true;
        return;
    }
    if (!m_workspace) {
        report(false);
        return;
    }
    apply(m_journal->redo(*m_workspace));
}

} // namespace Kairos
