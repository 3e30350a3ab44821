// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcommands.h"

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

private:
    void apply(bool ok);
    std::shared_ptr<ImportJournal> m_journal;
};

} // namespace Kairos
