// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxy.h"

#include "eventmodel.h"
#include "eventquery.h"
#include "store/workspace.h"

namespace Kairos {

EventFilterProxy::EventFilterProxy(Workspace* workspace, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_workspace(workspace)
{
    setSortRole(EventModel::SortKeyRole);
    if (workspace) {
        // New or edited events must be matched against the text query again.
        connect(workspace, &Workspace::reset, this, &EventFilterProxy::updateTextMatches);
        connect(workspace, &Workspace::eventsInserted, this, &EventFilterProxy::updateTextMatches);
        connect(workspace, &Workspace::eventsChanged, this, &EventFilterProxy::updateTextMatches);
    }
}

void EventFilterProxy::setTimeWindow(std::optional<TimePoint> from, std::optional<TimePoint> to)
{
    m_from = from;
    m_to = to;
    refilter();
}

void EventFilterProxy::setEntityIds(const QSet<qint64>& ids)
{
    m_entityIds = ids;
    refilter();
}

void EventFilterProxy::setTypes(const QSet<QString>& types)
{
    m_types = types;
    refilter();
}

void EventFilterProxy::setStatuses(const QSet<int>& statuses)
{
    m_statuses = statuses;
    refilter();
}

void EventFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    m_textMatches.clear();
    if (!m_text.isEmpty() && m_workspace) {
        const QList<qint64> ids = m_workspace->searchEvents(m_text);
        m_textMatches = QSet<qint64>(ids.cbegin(), ids.cend());
    }
    refilter();
}

void EventFilterProxy::setQuery(const EventQuery& query)
{
    m_from = query.from;
    m_to = query.to;
    m_types = query.types;
    m_statuses = query.statuses;
    m_entityIds.clear();
    if (m_workspace) {
        for (const QString& name : query.entities) {
            // An unknown name matches nothing rather than silently dropping the condition.
            const std::optional<Entity> entity = m_workspace->findEntity(name);
            m_entityIds.insert(entity ? entity->id : -1);
        }
    }
    setText(query.text);
}

void EventFilterProxy::clearFilters()
{
    m_from.reset();
    m_to.reset();
    m_entityIds.clear();
    m_types.clear();
    m_statuses.clear();
    m_text.clear();
    m_textMatches.clear();
    refilter();
}

void EventFilterProxy::updateTextMatches()
{
    if (m_text.isEmpty() || !m_workspace)
        return;
    const QList<qint64> ids = m_workspace->searchEvents(m_text);
    m_textMatches = QSet<qint64>(ids.cbegin(), ids.cend());
    refilter();
}

void EventFilterProxy::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto* model = qobject_cast<const EventModel*>(sourceModel());
    if (!model)
        return true;
    const EventRow& row = model->eventRow(sourceRow);
    if (!m_text.isEmpty() && !m_textMatches.contains(row.id))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(row.type))
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(int(row.status)))
        return false;
    if (!m_entityIds.isEmpty()) {
        bool any = false;
        for (qint64 id : row.entityIds)
            any = any || m_entityIds.contains(id);
        if (!any)
            return false;
    }
    if (m_from || m_to) {
        // An event spans [first, last]: its start to its end, or the bounds the text allows.
        const std::optional<TimePoint> first = row.start ? row.start : row.notBefore;
        std::optional<TimePoint> last = row.end ? row.end : (row.start ? row.start : row.notAfter);
        if (!first && !last)
            return false;
        if (m_from && last && *last < *m_from)
            return false;
        if (m_to && first && *first >= *m_to)
            return false;
    }
    return true;
}

bool EventFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    switch (left.column()) {
    case EventModel::DateColumn:
        return left.data(EventModel::SortKeyRole).toLongLong() < right.data(EventModel::SortKeyRole).toLongLong();
    case EventModel::ConfidenceColumn:
        return left.data(EventModel::ConfidenceRole).toDouble() < right.data(EventModel::ConfidenceRole).toDouble();
    default:
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    }
}

} // namespace Kairos
