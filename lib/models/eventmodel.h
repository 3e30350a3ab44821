// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/eventrow.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QPointer>
#include <QUndoStack>

#include <atomic>
#include <memory>

namespace Kairos {

class Workspace;

/// The workspace's events in time order, fetched page by page so that a million-event workspace opens
/// at once. Edits made through setData() become undoable commands when an undo stack is set.
class EventModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        DateColumn,
        TitleColumn,
        TypeColumn,
        EntitiesColumn,
        OutletColumn,
        ConfidenceColumn,
        StatusColumn,
        NUM_COLUMNS
    };
    enum Roles {
        EventIdRole = Qt::UserRole,
        /// Seconds since the epoch (qint64), or an invalid QVariant when undated.
        StartRole,
        EndRole,
        NotBeforeRole,
        NotAfterRole,
        PrecisionRole, // DatePrecision as int
        TypeRole, // the type key, e.g. "approval"
        StatusRole, // ReviewStatus as int
        ModalityRole, // Modality as int
        EntityIdsRole, // QList<qint64>
        SortKeyRole, // qint64; undated events last
        ColorRole, // the type's colour
        ConfidenceRole, // double, 0..1
        TitleRole, // the plain title, whatever the column
    };

    explicit EventModel(Workspace* workspace, QObject* parent = nullptr);
    ~EventModel() override;

    void setPageSize(int rows) { m_pageSize = rows; }
    /// After the first page, load the rest on a worker thread in pages of this many rows (0: only on
    /// fetchMore()). The window opens at once on a million events while the rest streams in.
    void setBackgroundPageSize(int rows);
    bool isLoading() const { return m_loading; }
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Loads every remaining page; for views that need the whole set at once.
    void fetchAll();
    const EventRow& eventRow(int row) const { return m_rows.at(row); }
    /// -1 when the event is not loaded (yet).
    int rowOfEvent(qint64 id) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    /// Every event is loaded (after the background loading, or at once for small workspaces).
    void loadingFinished();
    /// An edit could not be saved (a conflict with another analyst, a read-only workspace).
    void editFailed(const QString& message);

private:
    void onInserted(const QList<qint64>& ids);
    void onChanged(const QList<qint64>& ids);
    void onRemoved(const QList<qint64>& ids);
    int insertPosition(const EventRow& row) const;
    void insertSorted(const EventRow& row);
    void removeRowAt(int row);
    void startBackgroundLoading();
    void stopBackgroundLoading();
    void appendBackgroundPage(quint64 generation, const QList<EventRow>& rows, bool last);
    bool isBeyondLoaded(const EventRow& row) const;

    QPointer<Workspace> m_workspace;
    QPointer<QUndoStack> m_undoStack;
    QList<EventRow> m_rows;
    int m_pageSize = 5000;
    bool m_complete = false;
    int m_backgroundPageSize = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelLoading;
    QFuture<void> m_loader;
    bool m_announcing = false;
};

/// Text for a date with its precision, "8 Dec 2025", "Dec 2025", "2025-Q4", "before 12 Dec 2025".
QString formatEventDate(const EventRow& row);

} // namespace Kairos
