// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycommands.h"

#include "store/workspace.h"

#include <QCoreApplication>

namespace Kairos {

EditEntityCommand::EditEntityCommand(
    Workspace* workspace, const Entity& before, const Entity& after, QUndoCommand* parent)
    : WorkspaceCommand(workspace, parent)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("Commands", "Edit entity “%1”").arg(before.name));
}

bool EditEntityCommand::apply(const Entity& target)
{
    if (!m_workspace)
        return report(false);
    // As for events: save against the stored version when the stored fields are what we expect.
    const std::optional<Entity> current = m_workspace->entity(target.id);
    const Entity& expected = m_done ? m_after : m_before;
    const bool unchanged = current && current->name == expected.name && current->type == expected.type;
    Entity entity = target;
    entity.version = unchanged ? current->version : expected.version;
    return report(m_workspace->updateEntity(entity));
}

void EditEntityCommand::redo()
{
    if (apply(m_after))
        m_done = true;
}

void EditEntityCommand::undo()
{
    if (apply(m_before))
        m_done = false;
}

MergeEntitiesCommand::MergeEntitiesCommand(
    Workspace* workspace, qint64 into, const QList<qint64>& from, QUndoCommand* parent)
    : WorkspaceCommand(workspace, parent)
    , m_into(into)
    , m_from(from)
{
    setText(into == 0 ? QCoreApplication::translate("Commands", "Delete %n entit(y/ies)", nullptr, int(from.size()))
                      : QCoreApplication::translate("Commands", "Merge %n entit(y/ies)", nullptr, int(from.size())));
}

void MergeEntitiesCommand::redo()
{
    if (!m_workspace) {
        report(false);
        return;
    }
    m_snapshots.clear();
    for (qint64 id : std::as_const(m_from)) {
        const std::optional<Entity> entity = m_workspace->entity(id);
        if (!entity)
            continue;
        m_snapshots.append({*entity, m_workspace->mentionsOfEntity(id), m_workspace->eventLinksOfEntity(id)});
    }
    if (m_into != 0) {
        const std::optional<Entity> into = m_workspace->entity(m_into);
        if (!into) {
            report(false);
            return;
        }
        m_intoBefore = *into;
        m_intoLinksBefore = m_workspace->eventLinksOfEntity(m_into);
        m_intoMentionsBefore = m_workspace->mentionsOfEntity(m_into);
    }
    WorkspaceTransaction transaction(*m_workspace);
    for (const Snapshot& snapshot : std::as_const(m_snapshots)) {
        const bool ok = m_into != 0 ? m_workspace->mergeEntities(m_into, snapshot.entity.id)
                                    : m_workspace->deleteEntity(snapshot.entity.id);
        if (!ok) {
            report(false);
            return;
        }
    }
    if (report(transaction.commit()))
        m_done = true;
}

void MergeEntitiesCommand::undo()
{
    if (!m_workspace) {
        report(false);
        return;
    }
    WorkspaceTransaction transaction(*m_workspace);
    if (m_into != 0) {
        // Put `into` back as it was: its aliases, and only the mentions and links it had before.
        std::optional<Entity> into = m_workspace->entity(m_into);
        if (!into)
            return void(report(false));
        Entity restored = m_intoBefore;
        restored.version = into->version;
        if (!m_workspace->updateEntity(restored)
            || !m_workspace->replaceEntityLinks(m_into, m_intoMentionsBefore, m_intoLinksBefore))
            return void(report(false));
    }
    QList<qint64> newIds;
    for (Snapshot snapshot : std::as_const(m_snapshots)) {
        Entity entity = snapshot.entity;
        entity.id = 0;
        if (!m_workspace->insertEntity(entity))
            return void(report(false));
        for (Mention& mention : snapshot.mentions)
            mention.entityId = entity.id;
        if (!m_workspace->replaceEntityLinks(entity.id, snapshot.mentions, snapshot.links))
            return void(report(false));
        newIds << entity.id;
    }
    if (!report(transaction.commit()))
        return;
    // Redo must act on the re-created entities.
    m_from = newIds;
    m_done = false;
}

} // namespace Kairos
