// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"
#include "eventcommands.h"

namespace Kairos {

/// Renames an entity, changes its type or its aliases; undo restores the old ones.
class EditEntityCommand : public WorkspaceCommand
{
public:
    EditEntityCommand(Workspace* workspace, const Entity& before, const Entity& after, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    bool apply(const Entity& target);
    Entity m_before;
    Entity m_after;
};

/// Merges entities into one (their mentions, event links and names follow as aliases), or deletes them
/// when `into` is 0. Undo re-creates each removed entity with its mentions and links.
class MergeEntitiesCommand : public WorkspaceCommand
{
public:
    MergeEntitiesCommand(Workspace* workspace, qint64 into, const QList<qint64>& from, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    struct Snapshot
    {
        Entity entity;
        QList<Mention> mentions;
        QList<QPair<qint64, QString>> links; // event id, role
    };
    qint64 m_into;
    QList<qint64> m_from;
    QList<Snapshot> m_snapshots;
    Entity m_intoBefore;
    QList<QPair<qint64, QString>> m_intoLinksBefore;
    QList<Mention> m_intoMentionsBefore;
};

} // namespace Kairos
