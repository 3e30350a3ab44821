// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pendingeditfile.h"
#include "store/eventrow.h"
#include "store/storeerror.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

#include <atomic>
#include <memory>
#include <optional>

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

    /// Edits that could not be saved because the connection to the PostgreSQL server was lost, or another
    /// program kept an SQLite workspace locked for longer than a save waits. They stay in the table (in
    /// italics) and are saved when the store can be written again: at once when the workspace reconnects,
    /// after the retry interval (doubled after each attempt that fails again, up to a minute), or on
    /// retryPendingEdits().
    int pendingEditCount() const { return int(m_pendingEdits.size()); }
    /// Kept edits are also written to a file per workspace (PendingEditFile), so that a crash or a quit
    /// before they could be saved does not lose them: the next model on that workspace takes them up
    /// again and saves them as soon as it can. StoreError::None as the reason then.
    /// Why the kept edits wait: StoreError::Connection or StoreError::Busy.
    StoreError::Kind pendingReason() const { return m_waitingFor; }
    void setRetryInterval(int milliseconds);

public Q_SLOTS:
    void reload();
    /// Saves the kept edits in the order they were made; returns how many are still waiting.
    int retryPendingEdits();

Q_SIGNALS:
    /// Every event is loaded (after the background loading, or at once for small workspaces).
    void loadingFinished();
    /// An edit could not be saved (a conflict with another analyst, a read-only workspace).
    void editFailed(const QString& message);
    /// An edit was kept because the server or the workspace file could not be written; the message says so.
    void editPending(const QString& message);
    /// Kept edits were saved once the connection was back.
    void pendingEditsSaved(const QString& message);

private:
    struct PendingEdit
    {
        qint64 id = 0;
        int column = 0;
        QString text;
        /// The version of the event the analyst edited, once the edit waits; 0 while it is first tried.
        int version = 0;
    };
    enum class EditResult { Saved, Unchanged, Invalid, Failed, Pending };
    /// Writes one cell's new text as an undoable edit; `message` says why when it was not saved.
    EditResult applyEdit(const PendingEdit& edit, QString* message);
    static bool isWorthWaitingFor(StoreError::Kind kind);
    void onCommandError(const QString& message);
    const PendingEdit* pendingEdit(qint64 id, int column) const;
    void keepPendingEdit(const PendingEdit& edit);
    void takeUpEditsOfLastSession();
    void writeKeptEdits();
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
    QList<PendingEdit> m_pendingEdits;
    QTimer m_retryTimer;
    int m_retryInterval = 5000;
    StoreError::Kind m_waitingFor = StoreError::Connection;
    std::optional<PendingEditFile> m_keptEditFile;
    // While applyEdit() runs, a failing command reports here instead of through editFailed.
    bool m_applying = false;
    std::optional<QString> m_applyError;
};

/// Text for a date with its precision, "8 Dec 2025", "Dec 2025", "2025-Q4", "before 12 Dec 2025".
QString formatEventDate(const EventRow& row);

} // namespace Kairos
