// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlRecord>
#include <QString>

#include <tuple>

namespace Kairos {

class Workspace;

/// What one import changed in a workspace, so that the import can be undone and redone as one edit.
///
/// An import only adds rows (articles and what hangs off them, events, entities, origins of articles
/// already stored) and removes the unedited proposals that curated events of a bundle replace. The
/// journal keeps the keys of what was added, and the rows of what was removed as they were; undo takes
/// a copy of the added rows before deleting them, so that redo puts back exactly those rows, ids and
/// all, and the workspace is again byte for byte what the import left.
class ImportJournal
{
public:
    /// A point to roll the journal back to when the transaction that follows it fails.
    struct Mark
    {
        qsizetype articles = 0, origins = 0, events = 0, entities = 0, removed = 0;
    };

    void articleAdded(qint64 id) { m_articles.append(id); }
    /// Called before an origin is recorded for an article already stored: one recorded before (the same
    /// file imported again) is not this import's to take away.
    bool noteOriginIfNew(Workspace& workspace, qint64 articleId, const QString& bundle, const QString& path);
    void eventAdded(qint64 id) { m_events.append(id); }
    void entityAdded(qint64 id) { m_entities.append(id); }
    /// Keeps the rows of the events citing an article before some of them may be removed; the ones that
    /// are gone afterwards are what undo restores (see keepRemovedEvents).
    bool captureEventsCiting(Workspace& workspace, qint64 articleId);
    /// Keeps, of the captured events, those that no longer exist and were not added by this import.
    bool keepRemovedEvents(Workspace& workspace);

    Mark mark() const;
    void rollbackTo(const Mark& mark);
    bool isEmpty() const;
    qsizetype articleCount() const { return m_articles.size(); }

    /// Removes what the import added and restores what it removed, in one transaction. Refuses with a
    /// conflict when an event the import added has been confirmed or edited since (by an edit not on
    /// this window's undo stack, such as another analyst's).
    bool undo(Workspace& workspace);
    /// Puts back what undo removed and removes again what it restored.
    bool redo(Workspace& workspace);
    /// Why the last undo or redo failed.
    QString lastError() const { return m_error; }

    /// The rows of some tables, in the order they can be inserted (parents before children).
    struct TableRows
    {
        QString table;
        QList<QSqlRecord> rows;
    };
    using RowSet = QList<TableRows>;

private:
    bool addedRows(Workspace& workspace, RowSet* rows);
    bool editedSinceImport(Workspace& workspace, bool* edited);
    bool failWith(Workspace& workspace);

    QList<qint64> m_articles;
    QList<std::tuple<qint64, QString, QString>> m_origins;
    QList<qint64> m_events;
    QList<qint64> m_entities;
    /// The rows of replaced events, one set per capture that found some gone.
    QList<RowSet> m_removed;
    RowSet m_captured;
    QString m_error;
    /// What undo took away; empty until the first undo.
    RowSet m_added;
};

} // namespace Kairos
