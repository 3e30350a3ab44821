// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcommands.h"

#include "store/workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace Kairos {

WorkspaceCommand::WorkspaceCommand(Workspace* workspace, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
{ }

bool WorkspaceCommand::report(bool ok, const QString& message)
{
    if (!ok) {
        if (!m_done)
            setObsolete(true);
        if (m_onError) {
            m_onError(!message.isEmpty() ? message
                    : m_workspace        ? m_workspace->lastError().message
                                         : QCoreApplication::translate("Commands", "The workspace is closed."));
        }
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

MergeEventsCommand::MergeEventsCommand(Workspace* workspace, const QList<Event>& events, QUndoCommand* parent)
    : WorkspaceCommand(workspace, parent)
{
    setText(QCoreApplication::translate("Commands", "Merge %n event(s)", nullptr, int(events.size())));
    if (events.size() < 2)
        return;
    const Event& kept = events.first();
    m_keptId = kept.id;
    Event merged = kept;
    for (int i = 1; i < events.size(); ++i) {
        const Event& other = events.at(i);
        for (const Evidence& evidence : other.evidence) {
            const bool known = std::any_of(merged.evidence.cbegin(), merged.evidence.cend(), [&](const Evidence& e) {
                return e.articleId == evidence.articleId && e.begin == evidence.begin && e.end == evidence.end
                    && e.sentence == evidence.sentence;
            });
            if (!known)
                merged.evidence.append(evidence);
        }
        for (const EventEntity& link : other.entities) {
            const bool known = std::any_of(merged.entities.cbegin(), merged.entities.cend(),
                [&](const EventEntity& e) { return e.entityId == link.entityId && e.role == link.role; });
            if (!known)
                merged.entities.append(link);
        }
        // The earliest report of any of them is when the happening was first reported.
        if (other.reported && (!merged.reported || *other.reported < *merged.reported))
            merged.reported = other.reported;
    }
    m_edit = new EditEventCommand(workspace, kept, merged, this);
    m_delete = new DeleteEventsCommand(workspace, events.mid(1), this);
}

void MergeEventsCommand::setErrorHandler(ErrorHandler handler)
{
    if (m_edit)
        m_edit->setErrorHandler(handler);
    if (m_delete)
        m_delete->setErrorHandler(handler);
    WorkspaceCommand::setErrorHandler(std::move(handler));
}

AddAnnotationCommand::AddAnnotationCommand(
    Workspace* workspace, TimePoint at, const QString& text, QUndoCommand* parent)
    : WorkspaceCommand(workspace, parent)
    , m_at(at)
    , m_text(text)
{
    setText(QCoreApplication::translate("Commands", "Add note “%1”").arg(text));
}

void AddAnnotationCommand::redo()
{
    Annotation annotation {0, m_at, m_text};
    if (m_workspace && report(m_workspace->insertAnnotation(annotation))) {
        m_id = annotation.id;
        m_done = true;
    } else if (!m_workspace) {
        report(false);
    }
}

void AddAnnotationCommand::undo()
{
    if (m_workspace && report(m_workspace->deleteAnnotation(m_id)))
        m_done = false;
}

} // namespace Kairos
