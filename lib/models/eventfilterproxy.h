// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timepoint.h"

#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Kairos {

class Workspace;
struct EventQuery;

/// The one filter that the event table and the timeline chart both view: a time window, entities,
/// types, statuses and a full-text query. Text goes through the workspace's full-text index once per
/// query, so filtering a million rows is a set lookup per row.
class EventFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxy(Workspace* workspace, QObject* parent = nullptr);

    std::optional<TimePoint> from() const { return m_from; }
    std::optional<TimePoint> to() const { return m_to; }
    const QSet<qint64>& entityIds() const { return m_entityIds; }

public Q_SLOTS:
    /// Events whose time (or bounds) overlap [from, to); either end may be open.
    void setTimeWindow(std::optional<TimePoint> from, std::optional<TimePoint> to);
    /// Events linked to any of these entities; empty means no entity filter.
    void setEntityIds(const QSet<qint64>& ids);
    void setTypes(const QSet<QString>& types);
    void setStatuses(const QSet<int>& statuses);
    void setText(const QString& text);
    /// Applies a parsed query-bar query at once (one re-filter instead of five).
    void setQuery(const EventQuery& query);
    void clearFilters();

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    void updateTextMatches();

    QPointer<Workspace> m_workspace;
    std::optional<TimePoint> m_from;
    std::optional<TimePoint> m_to;
    QSet<qint64> m_entityIds;
    QSet<QString> m_types;
    QSet<int> m_statuses;
    QString m_text;
    QSet<qint64> m_textMatches;
};

} // namespace Kairos
