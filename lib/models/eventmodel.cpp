// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmodel.h"
#include "plaintooltip.h"

#include "eventcommands.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QUndoStack>
#include <QtConcurrent>

#include <algorithm>

namespace Kairos {

namespace {

QVariant timeValue(const std::optional<TimePoint>& t)
{
    return t ? QVariant(t->seconds()) : QVariant();
}

bool rowLess(const EventRow& a, const EventRow& b)
{
    return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.id < b.id;
}

QString formatPoint(TimePoint t, DatePrecision precision)
{
    const QDate date = t.date();
    if (!date.isValid())
        return t.toIsoString(precision);
    const QLocale locale;
    switch (precision) {
    case DatePrecision::Minute:
        return locale.toString(t.dateTime().toLocalTime(), QLocale::ShortFormat);
    case DatePrecision::Day:
        return locale.toString(date, QLocale::ShortFormat);
    case DatePrecision::Week:
        return EventModel::tr("week of %1").arg(locale.toString(date, QLocale::ShortFormat));
    case DatePrecision::Month:
        // Qt 6.4 has no year-and-month format of the locale; these languages put the year first.
        if (locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese)
            return locale.toString(date, QStringLiteral("yyyy年M月"));
        if (locale.language() == QLocale::Korean)
            return locale.toString(date, QStringLiteral("yyyy년 M월"));
        return locale.toString(date, QStringLiteral("MMM yyyy"));
    case DatePrecision::Quarter:
        return t.toIsoString(DatePrecision::Quarter);
    case DatePrecision::Year:
        return QString::number(date.year());
    case DatePrecision::Approximate:
        return EventModel::tr("c. %1").arg(date.year());
    case DatePrecision::Unknown:
        break;
    }
    return locale.toString(date, QLocale::ShortFormat);
}

} // namespace

QString formatEventDate(const EventRow& row)
{
    if (row.start) {
        QString text = formatPoint(*row.start, row.precision);
        if (row.end && *row.end != *row.start)
            text += QStringLiteral(" – ") + formatPoint(*row.end, row.precision);
        return text;
    }
    if (row.notBefore && row.notAfter)
        return EventModel::tr("between %1 and %2")
            .arg(formatPoint(*row.notBefore, DatePrecision::Day), formatPoint(*row.notAfter, DatePrecision::Day));
    if (row.notAfter)
        return EventModel::tr("by %1").arg(formatPoint(*row.notAfter, DatePrecision::Day));
    if (row.notBefore)
        return EventModel::tr("after %1").arg(formatPoint(*row.notBefore, DatePrecision::Day));
    return EventModel::tr("undated");
}

EventModel::EventModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::eventsInserted, this, &EventModel::onInserted);
    connect(workspace, &Workspace::eventsChanged, this, &EventModel::onChanged);
    connect(workspace, &Workspace::eventsRemoved, this, &EventModel::onRemoved);
    connect(workspace, &Workspace::entitiesChanged, this, &EventModel::reload);
    connect(workspace, &Workspace::reset, this, &EventModel::reload);
    // Queued: the workspace announces the new connection in the middle of the operation that made it.
    connect(workspace, &Workspace::connectionRestored, this, &EventModel::retryPendingEdits, Qt::QueuedConnection);
    m_retryTimer.setInterval(m_retryInterval);
    connect(&m_retryTimer, &QTimer::timeout, this, [this]() {
        // Each attempt may wait for the connect timeout in this thread; an absent server is asked less often.
        if (retryPendingEdits() > 0)
            m_retryTimer.setInterval(std::min(m_retryTimer.interval() * 2, std::max(m_retryInterval, 60000)));
    });
    reload();
    takeUpEditsOfLastSession();
}

namespace {

// Kept edits name their field on disk, not a column number that a later version may move.
const std::pair<int, const char*> editableFields[] = {{EventModel::TitleColumn, "title"},
    {EventModel::DateColumn, "date"}, {EventModel::TypeColumn, "type"}, {EventModel::StatusColumn, "status"}};

QString fieldOfColumn(int column)
{
    for (const auto& [fieldColumn, name] : editableFields) {
        if (fieldColumn == column)
            return QString::fromLatin1(name);
    }
    return {};
}

int columnOfField(const QString& field)
{
    for (const auto& [column, name] : editableFields) {
        if (field == QLatin1String(name))
            return column;
    }
    return -1;
}

} // namespace

void EventModel::takeUpEditsOfLastSession()
{
    // A read-only open could only fail them, and they would be gone; they wait for a writable one.
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    m_keptEditFile.emplace(m_workspace->location().reopenString());
    for (const KeptEdit& kept : m_keptEditFile->load()) {
        const int column = columnOfField(kept.field);
        if (column >= 0)
            m_pendingEdits.append({kept.eventId, column, kept.text, kept.version});
    }
    if (m_pendingEdits.isEmpty())
        return;
    m_waitingFor = StoreError::None;
    m_retryTimer.start();
    QTimer::singleShot(0, this, &EventModel::retryPendingEdits);
}

void EventModel::writeKeptEdits()
{
    if (!m_keptEditFile)
        return;
    QList<KeptEdit> edits;
    for (const PendingEdit& edit : std::as_const(m_pendingEdits))
        edits.append({edit.id, fieldOfColumn(edit.column), edit.text, edit.version});
    m_keptEditFile->save(edits);
}

EventModel::~EventModel()
{
    stopBackgroundLoading();
}

void EventModel::reload()
{
    stopBackgroundLoading();
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_complete = false;
    if (m_workspace) {
        m_rows = m_workspace->eventRows({}, m_pageSize);
        m_complete = m_rows.size() < m_pageSize;
    }
    // Listeners of modelReset and rowsInserted (views, the model tester) may ask for more rows while the
    // change is still being announced; rows inserted then would interleave with it, so those requests wait.
    m_announcing = true;
    endResetModel();
    m_announcing = false;
    if (!m_complete && m_backgroundPageSize > 0)
        startBackgroundLoading();
    else if (m_complete)
        Q_EMIT loadingFinished();
}

void EventModel::setBackgroundPageSize(int rows)
{
    m_backgroundPageSize = rows;
    if (rows > 0 && !m_complete && !m_loading && !m_rows.isEmpty())
        startBackgroundLoading();
}

void EventModel::startBackgroundLoading()
{
    m_loading = true;
    m_cancelLoading = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancelLoading;
    const WorkspaceLocation location = m_workspace->location();
    const EventRowCursor start {m_rows.last().sortKey, m_rows.last().id};
    const int pageSize = m_backgroundPageSize;
    const quint64 generation = m_generation;
    // The worker reads on a connection of its own (Qt 6.4 cannot share one across threads) and hands
    // each page to the GUI thread. The destructor and reload() wait for it, so `this` outlives it.
    m_loader = QtConcurrent::run([this, cancel, location, start, pageSize, generation]() {
        StoreError error;
        const std::unique_ptr<Workspace> reader = Workspace::open(location, Workspace::OpenMode::ReadOnly, &error);
        EventRowCursor cursor = start;
        bool last = !reader;
        while (!last && !cancel->load()) {
            QList<EventRow> rows = reader->eventRows(cursor, pageSize);
            last = rows.size() < pageSize || reader->lastError().isError();
            if (!rows.isEmpty())
                cursor = {rows.last().sortKey, rows.last().id};
            if (cancel->load())
                return;
            QMetaObject::invokeMethod(
                this,
                [this, generation, rows = std::move(rows), last]() { appendBackgroundPage(generation, rows, last); },
                Qt::QueuedConnection);
        }
        if (!reader)
            QMetaObject::invokeMethod(
                this, [this, generation]() { appendBackgroundPage(generation, {}, true); }, Qt::QueuedConnection);
    });
}

void EventModel::stopBackgroundLoading()
{
    if (m_cancelLoading)
        m_cancelLoading->store(true);
    m_loader.waitForFinished();
    m_loading = false;
}

void EventModel::appendBackgroundPage(quint64 generation, const QList<EventRow>& rows, bool last)
{
    if (generation != m_generation)
        return; // a page for a model that has been reloaded since
    QList<EventRow> fresh;
    fresh.reserve(rows.size());
    for (const EventRow& row : rows) {
        // Rows inserted by this window while loading may already be here.
        if (m_rows.isEmpty() || rowLess(m_rows.last(), row))
            fresh.append(row);
    }
    if (!fresh.isEmpty()) {
        m_announcing = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows.append(fresh);
        endInsertRows();
        m_announcing = false;
    }
    if (last) {
        m_loading = false;
        m_complete = true;
        Q_EMIT loadingFinished();
    }
}

int EventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

bool EventModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete && !m_announcing && !m_loading && m_workspace;
}

void EventModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const EventRowCursor cursor
        = m_rows.isEmpty() ? EventRowCursor {} : EventRowCursor {m_rows.last().sortKey, m_rows.last().id};
    const QList<EventRow> page = m_workspace->eventRows(cursor, m_pageSize);
    if (page.size() < m_pageSize)
        m_complete = true;
    if (page.isEmpty())
        return;
    m_announcing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_announcing = false;
}

void EventModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
}

int EventModel::rowOfEvent(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QVariant EventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EventRow& row = m_rows.at(index.row());
    if (!m_pendingEdits.isEmpty() && index.column() != EntitiesColumn) {
        if (const PendingEdit* pending = pendingEdit(row.id, index.column())) {
            switch (role) {
            case Qt::DisplayRole:
                if (index.column() == TypeColumn)
                    return EventTypes::label(EventTypes::normalize(pending->text));
                if (index.column() == StatusColumn)
                    return statusLabel(statusFromString(pending->text).value_or(row.status));
                return pending->text;
            case Qt::EditRole:
                return pending->text;
            case Qt::ToolTipRole:
                if (m_waitingFor == StoreError::Busy)
                    return QCoreApplication::translate(
                        "Kairos::EventModel", "Not saved yet: waiting for another program to finish writing.");
                if (m_waitingFor == StoreError::Connection)
                    return QCoreApplication::translate(
                        "Kairos::EventModel", "Not saved yet: waiting for the connection to the server.");
                return QCoreApplication::translate(
                    "Kairos::EventModel", "Not saved yet: an edit the last session could not save.");
            case Qt::FontRole: {
                QFont font;
                font.setItalic(true);
                return font;
            }
            }
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return formatEventDate(row);
        case TitleColumn:
            return row.title;
        case TypeColumn:
            return EventTypes::label(row.type);
        case EntitiesColumn:
            return row.entityNames;
        case OutletColumn:
            return row.outlet;
        case ConfidenceColumn:
            return QLocale().toString(row.confidence * 100, 'f', 0) + QLatin1Char('%');
        case StatusColumn:
            return statusLabel(row.status);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case DateColumn:
            return row.start ? row.start->toIsoString(row.precision) : QString();
        case TitleColumn:
            return row.title;
        case TypeColumn:
            return row.type;
        case StatusColumn:
            return statusToString(row.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == EntitiesColumn)
            return plainTooltip(index.column() == TitleColumn ? row.title : row.entityNames);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ConfidenceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == TypeColumn)
            return EventTypes::color(row.type);
        break;
    case EventIdRole:
        return row.id;
    case StartRole:
        return timeValue(row.start);
    case EndRole:
        return timeValue(row.end);
    case NotBeforeRole:
        return timeValue(row.notBefore);
    case NotAfterRole:
        return timeValue(row.notAfter);
    case PrecisionRole:
        return int(row.precision);
    case TypeRole:
        return row.type;
    case StatusRole:
        return int(row.status);
    case ModalityRole:
        return int(row.modality);
    case EntityIdsRole:
        return QVariant::fromValue(row.entityIds);
    case SortKeyRole:
        return row.sortKey;
    case ColorRole:
        return EventTypes::color(row.type);
    case ConfidenceRole:
        return row.confidence;
    case TitleRole:
        return row.title;
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case TypeColumn:
        return tr("Type");
    case EntitiesColumn:
        return tr("Entities");
    case OutletColumn:
        return tr("Outlet");
    case ConfidenceColumn:
        return tr("Confidence");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags EventModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const int column = index.column();
    if (m_workspace && !m_workspace->isReadOnly()
        && (column == DateColumn || column == TitleColumn || column == TypeColumn || column == StatusColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool EventModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_workspace)
        return false;
    const PendingEdit edit {m_rows.at(index.row()).id, index.column(), value.toString().trimmed()};
    // Kept edits go first, so that the analyst's edits reach the store in the order they were made; a newer
    // edit of the same cell replaces the kept one.
    if (m_pendingEdits.removeIf([&](const PendingEdit& p) { return p.id == edit.id && p.column == edit.column; }))
        writeKeptEdits();
    if (!m_pendingEdits.isEmpty() && retryPendingEdits() > 0) {
        keepPendingEdit(edit);
        return true;
    }
    QString message;
    switch (applyEdit(edit, &message)) {
    case EditResult::Saved:
    case EditResult::Unchanged:
        return true;
    case EditResult::Invalid:
        return false;
    case EditResult::Failed:
        Q_EMIT editFailed(message);
        return false;
    case EditResult::Pending: {
        keepPendingEdit(edit);
        const QString kept = m_waitingFor == StoreError::Busy
            ? QCoreApplication::translate("Kairos::EventModel",
                "%1\n\nYour edit “%2” was kept and will be saved as soon as the other program is done.")
            : QCoreApplication::translate("Kairos::EventModel",
                "%1\n\nYour edit “%2” was kept and will be saved as soon as the server can be reached again.");
        Q_EMIT editPending(kept.arg(message, edit.text));
        return true;
    }
    }
    return false;
}

bool EventModel::isWorthWaitingFor(StoreError::Kind kind)
{
    // A lost server comes back and another program's write ends; a conflict or a read-only file does not.
    return kind == StoreError::Connection || kind == StoreError::Busy;
}

EventModel::EditResult EventModel::applyEdit(const PendingEdit& edit, QString* message)
{
    if (!m_workspace)
        return EditResult::Failed;
    m_workspace->clearError();
    const std::optional<Event> before = m_workspace->event(edit.id);
    if (!before) {
        const StoreError& error = m_workspace->lastError();
        if (isWorthWaitingFor(error.kind)) {
            m_waitingFor = error.kind;
            *message = error.message;
            return EditResult::Pending;
        }
        if (error.isError()) {
            *message = error.message;
        } else {
            const QString deleted = QCoreApplication::translate(
                "Kairos::EventModel", "Your edit “%1” was not saved: someone else deleted the event in the meantime.");
            *message = deleted.arg(edit.text);
        }
        return EditResult::Failed;
    }
    Event after = *before;
    const QString& text = edit.text;
    switch (edit.column) {
    case TitleColumn:
        if (text.isEmpty())
            return EditResult::Invalid;
        after.title = text;
        break;
    case DateColumn: {
        if (text.isEmpty()) {
            after.start.reset();
            after.precision = DatePrecision::Unknown;
            break;
        }
        DatePrecision precision = DatePrecision::Day;
        const std::optional<TimePoint> start = TimePoint::parseIso(text, &precision);
        if (!start)
            return EditResult::Invalid;
        after.start = start;
        after.precision = precision;
        break;
    }
    case TypeColumn:
        after.type = EventTypes::normalize(text);
        break;
    case StatusColumn: {
        const std::optional<ReviewStatus> status = statusFromString(text);
        if (!status)
            return EditResult::Invalid;
        after.status = *status;
        break;
    }
    default:
        return EditResult::Invalid;
    }
    // Leaving an editor without a change must not put an empty step on the undo stack. A kept edit whose
    // save did reach the server before the connection broke ends here too.
    if (after.title == before->title && after.start == before->start && after.precision == before->precision
        && after.type == before->type && after.status == before->status)
        return EditResult::Unchanged;
    // A kept edit was made on the version the analyst saw; one that changed meanwhile is a conflict, as it
    // would have been had the edit been saved at once.
    if (edit.version > 0 && before->version != edit.version) {
        const QString changed = QCoreApplication::translate("Kairos::EventModel",
            "Your edit “%1” was not saved: someone else changed the event while the connection was lost. Edit it "
            "again on their version.");
        *message = changed.arg(edit.text);
        return EditResult::Failed;
    }
    auto command = std::make_unique<EditEventCommand>(m_workspace, *before, after);
    command->setErrorHandler([this](const QString& error) { onCommandError(error); });
    m_applying = true;
    m_applyError.reset();
    if (m_undoStack) {
        m_undoStack->push(command.release());
    } else {
        command->redo();
    }
    m_applying = false;
    if (!m_applyError) {
        // Other kept edits of this event were made on the version this save replaced, not on someone else's.
        for (PendingEdit& other : m_pendingEdits) {
            if (other.id == edit.id && other.version == before->version)
                other.version = before->version + 1;
        }
        return EditResult::Saved;
    }
    *message = *m_applyError;
    if (!m_workspace || !isWorthWaitingFor(m_workspace->lastError().kind))
        return EditResult::Failed;
    m_waitingFor = m_workspace->lastError().kind;
    return EditResult::Pending;
}

void EventModel::onCommandError(const QString& message)
{
    if (m_applying) {
        m_applyError = message;
        return;
    }
    Q_EMIT editFailed(message);
}

const EventModel::PendingEdit* EventModel::pendingEdit(qint64 id, int column) const
{
    for (const PendingEdit& edit : m_pendingEdits) {
        if (edit.id == id && edit.column == column)
            return &edit;
    }
    return nullptr;
}

void EventModel::keepPendingEdit(const PendingEdit& edit)
{
    const int row = rowOfEvent(edit.id);
    PendingEdit kept = edit;
    if (kept.version == 0 && row >= 0)
        kept.version = m_rows.at(row).version;
    m_pendingEdits.append(kept);
    writeKeptEdits();
    if (!m_retryTimer.isActive())
        m_retryTimer.start();
    if (row >= 0)
        Q_EMIT dataChanged(index(row, edit.column), index(row, edit.column));
}

void EventModel::setRetryInterval(int milliseconds)
{
    m_retryInterval = milliseconds;
    m_retryTimer.setInterval(milliseconds);
}

int EventModel::retryPendingEdits()
{
    int saved = 0;
    while (!m_pendingEdits.isEmpty()) {
        const PendingEdit edit = m_pendingEdits.first();
        QString message;
        const EditResult result = applyEdit(edit, &message);
        if (result == EditResult::Pending)
            break; // still no server: the rest waits too, to keep their order
        m_pendingEdits.removeFirst();
        const int row = rowOfEvent(edit.id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, edit.column), index(row, edit.column));
        if (result == EditResult::Saved || result == EditResult::Unchanged)
            ++saved;
        else if (result == EditResult::Failed)
            Q_EMIT editFailed(message);
    }
    writeKeptEdits();
    if (m_pendingEdits.isEmpty()) {
        m_retryTimer.stop();
        m_retryTimer.setInterval(m_retryInterval);
    }
    if (saved > 0) {
        QString message;
        if (m_waitingFor == StoreError::Busy)
            message = QCoreApplication::translate(
                "Kairos::EventModel", "The workspace is free again: %n kept edit(s) saved.", nullptr, saved);
        else if (m_waitingFor == StoreError::Connection)
            message = QCoreApplication::translate(
                "Kairos::EventModel", "The connection to the server is back: %n kept edit(s) saved.", nullptr, saved);
        else
            message = QCoreApplication::translate(
                "Kairos::EventModel", "%n edit(s) that the last session could not save are saved now.", nullptr, saved);
        Q_EMIT pendingEditsSaved(message);
    }
    return int(m_pendingEdits.size());
}

int EventModel::insertPosition(const EventRow& row) const
{
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, rowLess) - m_rows.cbegin());
}

bool EventModel::isBeyondLoaded(const EventRow& row) const
{
    // Rows past the last loaded one arrive with the next fetchMore(); inserting them now would leave a gap.
    return !m_complete && (m_rows.isEmpty() || rowLess(m_rows.last(), row));
}

void EventModel::onInserted(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        const std::optional<EventRow> row = m_workspace->eventRow(id);
        if (row && !isBeyondLoaded(*row) && rowOfEvent(id) < 0)
            insertSorted(*row);
    }
}

void EventModel::insertSorted(const EventRow& row)
{
    const int position = insertPosition(row);
    m_announcing = true;
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    endInsertRows();
    m_announcing = false;
}

void EventModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void EventModel::onChanged(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        const int current = rowOfEvent(id);
        const std::optional<EventRow> row = m_workspace->eventRow(id);
        if (current < 0 || !row) {
            if (current >= 0)
                onRemoved({id});
            else if (row)
                onInserted({id});
            continue;
        }
        if (row->sortKey == m_rows.at(current).sortKey) {
            m_rows[current] = *row;
            Q_EMIT dataChanged(index(current, 0), index(current, NUM_COLUMNS - 1));
            continue;
        }
        // The date moved the event: take it out and put it back where it now belongs.
        removeRowAt(current);
        if (!isBeyondLoaded(*row))
            insertSorted(*row);
    }
}

void EventModel::onRemoved(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        const int current = rowOfEvent(id);
        if (current >= 0)
            removeRowAt(current);
    }
}

} // namespace Kairos
