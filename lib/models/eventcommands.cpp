// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcommands.h"

#include "store/workspace.h"

#include <QCoreApplication>

namespace Kairos {

WorkspaceCommand::WorkspaceCommand(Workspace* workspace, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
{ }

bool WorkspaceCommand::report(bool ok)
{
    if (!ok) {
        if (!m_done)
            setObsolete(true);
        if (m_onError)
            m_onError(m_workspace ? m_workspace->lastError().message
                                  : QCoreApplication::translate("Commands", "The workspace is closed."));
    }
    return ok;
}

EditEventCommand::EditEventCommand(Workspace* workspace, const Event& before, const Event& after, QUndoCommand* parent)
    : WorkspaceCommand(workspace, parent)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("Commands", "Edit “%1”").arg(before.title));
}

bool EditEventCommand::apply(const Event& target)
{
    if (!m_workspace)
        return report(false);
    // Later commands on the stack bump the row version too, so the version to save against is the stored
    // one, provided the stored fields are still what this command left (or found) there; otherwise
    // someone else edited the event and the store reports the conflict.
    const std::optional<Event> current = m_workspace->event(target.id);
    const Event& expected = m_done ? m_after : m_before;
    Event event = target;
    event.version = current && sameFields(*current, expected) ? current->version : expected.version;
    return report(m_workspace->updateEvent(event));
}

bool EditEventCommand::sameFields(const Event& a, const Event& b)
{
    return a.title == b.title && a.start == b.start && a.end == b.end && a.precision == b.precision
        && a.notBefore == b.notBefore && a.notAfter == b.notAfter && a.type == b.type && a.modality == b.modality
        && a.status == b.status && a.attribution == b.attribution && a.summary == b.summary
        && a.attributes == b.attributes;
}

void EditEventCommand::redo()
{
    if (apply(m_after))
        m_done = true;
}

void EditEventCommand::undo()
{
    if (apply(m_before))
        m_done = false;
}

AddEventCommand::AddEventCommand(Workspace* workspace, const Event& event, QUndoCommand* parent)
    : WorkspaceCommand(workspace, parent)
    , m_event(event)
{
    setText(QCoreApplication::translate("Commands", "Add “%1”").arg(event.title));
}

void AddEventCommand::redo()
{
    m_event.id = 0;
    if (m_workspace && report(m_workspace->insertEvent(m_event)))
        m_done = true;
    else if (!m_workspace)
        report(false);
}

void AddEventCommand::undo()
{
    if (m_workspace && report(m_workspace->deleteEvent(m_event.id)))
        m_done = false;
}

DeleteEventsCommand::DeleteEventsCommand(Workspace* workspace, const QList<Event>& events, QUndoCommand* parent)
    : WorkspaceCommand(workspace, parent)
    , m_events(events)
{
    setText(events.size() == 1
            ? QCoreApplication::translate("Commands", "Delete “%1”").arg(events.first().title)
            : QCoreApplication::translate("Commands", "Delete %n events", nullptr, int(events.size())));
}

void DeleteEventsCommand::redo()
{
    if (!m_workspace) {
        report(false);
        return;
    }
    WorkspaceTransaction transaction(*m_workspace);
    for (const Event& event : std::as_const(m_events)) {
        if (!m_workspace->deleteEvent(event.id)) {
            report(false);
            return;
        }
    }
    if (report(transaction.commit()))
        m_done = true;
}

void DeleteEventsCommand::undo()
{
    if (!m_workspace) {
        report(false);
        return;
    }
    WorkspaceTransaction transaction(*m_workspace);
    QList<Event> restored = m_events;
    for (Event& event : restored) {
        if (!m_workspace->insertEvent(event)) {
            report(false);
            return;
        }
    }
    if (report(transaction.commit())) {
        // Redo must delete the re-created rows, which have new ids.
        m_events = restored;
        m_done = false;
    }
}

} // namespace Kairos
