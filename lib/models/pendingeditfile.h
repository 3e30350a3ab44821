// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Kairos {

/// One edit of a table cell that is waiting to be saved.
struct KeptEdit
{
    qint64 eventId = 0;
    /// "title", "date", "type" or "status".
    QString field;
    QString text;
    /// The version of the event the analyst edited.
    int version = 0;

    friend bool operator==(const KeptEdit& a, const KeptEdit& b)
    {
        return a.eventId == b.eventId && a.field == b.field && a.text == b.text && a.version == b.version;
    }
};

/// The edits a workspace's event table kept because they could not be saved yet (server away, workspace
/// locked), on disk: a crash, or quitting before the server is back, does not lose them, and the next
/// session saves them. One small JSON file per workspace in the application's data folder, written
/// atomically and removed when nothing waits.
class PendingEditFile
{
public:
    /// `workspace` is the workspace's reopen string (file path or URL without password).
    explicit PendingEditFile(const QString& workspace);

    QList<KeptEdit> load() const;
    /// An empty list removes the file. False when it could not be written (the edits then live on in memory).
    bool save(const QList<KeptEdit>& edits) const;
    QString path() const { return m_path; }

private:
    QString m_workspace;
    QString m_path;
};

} // namespace Kairos
