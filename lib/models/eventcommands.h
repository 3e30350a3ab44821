// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/event.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace Kairos {

class Workspace;

/// Base of the undoable workspace edits. Each command writes to the workspace at once (there is no
/// separate save) and reports a failed write through the error handler; a command whose first redo
/// fails marks itself obsolete, so the undo stack drops it instead of offering to undo nothing.
class WorkspaceCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString&)>;
    explicit WorkspaceCommand(Workspace* workspace, QUndoCommand* parent = nullptr);
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

protected:
    /// `message` says why when the failure is not the workspace's last error.
    bool report(bool ok, const QString& message = {});
    QPointer<Workspace> m_workspace;
    bool m_done = false;

private:
    ErrorHandler m_onError;
};

/// Replaces an event's fields, evidence and entity links; undo puts the old ones back.
class EditEventCommand : public WorkspaceCommand
{
public:
    EditEventCommand(Workspace* workspace, const Event& before, const Event& after, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }

private:
    bool apply(const Event& target);
    static bool sameFields(const Event& a, const Event& b);
    Event m_before;
    Event m_after;
};

/// Adds an event; undo deletes it again.
class AddEventCommand : public WorkspaceCommand
{
public:
    AddEventCommand(Workspace* workspace, const Event& event, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;
    qint64 eventId() const { return m_event.id; }

private:
    Event m_event;
};

/// Deletes events; undo re-creates them with their evidence and links (under new ids).
class DeleteEventsCommand : public WorkspaceCommand
{
public:
    DeleteEventsCommand(Workspace* workspace, const QList<Event>& events, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    QList<Event> m_events;
};

/// Merges events that report the same happening into the first one: its evidence and entity links
/// become the union, the others are deleted. Undo restores all of them.
class MergeEventsCommand : public WorkspaceCommand
{
public:
    /// `events` in the order the analyst sees them; the first one is kept.
    MergeEventsCommand(Workspace* workspace, const QList<Event>& events, QUndoCommand* parent = nullptr);
    void setErrorHandler(ErrorHandler handler);
    qint64 keptId() const { return m_keptId; }

private:
    qint64 m_keptId = 0;
    EditEventCommand* m_edit = nullptr;
    DeleteEventsCommand* m_delete = nullptr;
};

/// Adds a dated note to the timeline; undo removes it.
class AddAnnotationCommand : public WorkspaceCommand
{
public:
    AddAnnotationCommand(Workspace* workspace, TimePoint at, const QString& text, QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

private:
    TimePoint m_at;
    QString m_text;
    qint64 m_id = 0;
};

} // namespace Kairos
