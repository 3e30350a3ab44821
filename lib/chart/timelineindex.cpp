// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineindex.h"

#include "models/eventmodel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace Kairos {

namespace {

/// Extents longer than this are kept out of the anchor search (see Lane::longEvents).
constexpr qint64 longExtent = 400LL * 86400;

std::optional<TimePoint> timeRole(const QModelIndex& index, int role)
{
    const QVariant value = index.data(role);
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return TimePoint::fromSeconds(value.toLongLong());
}

EventRow rowFromRoles(const QAbstractItemModel* model, int row)
{
    const QModelIndex index = model->index(row, 0);
    EventRow r;
    r.id = index.data(EventModel::EventIdRole).toLongLong();
    r.title = index.data(EventModel::TitleRole).toString();
    r.start = timeRole(index, EventModel::StartRole);
    r.end = timeRole(index, EventModel::EndRole);
    r.notBefore = timeRole(index, EventModel::NotBeforeRole);
    r.notAfter = timeRole(index, EventModel::NotAfterRole);
    r.precision = DatePrecision(index.data(EventModel::PrecisionRole).toInt());
    r.type = index.data(EventModel::TypeRole).toString();
    r.status = ReviewStatus(index.data(EventModel::StatusRole).toInt());
    r.modality = Modality(index.data(EventModel::ModalityRole).toInt());
    r.entityIds = index.data(EventModel::EntityIdsRole).value<QList<qint64>>();
    r.outlet = model->index(row, EventModel::OutletColumn).data().toString();
    r.entityNames = model->index(row, EventModel::EntitiesColumn).data().toString();
    return r;
}

QString othersLabel(int lanes)
{
    return QCoreApplication::translate("Kairos::TimelineIndex", "Others (%n lanes)", nullptr, lanes);
}

} // namespace

bool ChartEvent::fromRow(const EventRow& row, int proxyRow, ChartEvent* out)
{
    ChartEvent& e = *out;
    e.id = row.id;
    e.row = proxyRow;
    e.title = row.title;
    e.type = row.type;
    e.outlet = row.outlet;
    e.entityNames = row.entityNames;
    e.entityIds = row.entityIds;
    e.precision = row.precision;
    e.status = row.status;
    e.modality = row.modality;
    if (row.start) {
        e.anchor = row.start->seconds();
        e.end = row.end && *row.end > *row.start ? row.end->seconds() : e.anchor;
        e.spanStart = e.anchor;
        e.spanEnd = e.end;
        switch (row.precision) {
        case DatePrecision::Week:
        case DatePrecision::Month:
        case DatePrecision::Quarter:
        case DatePrecision::Year:
        case DatePrecision::Approximate:
            e.spanStart = row.start->floor(row.precision).seconds();
            e.spanEnd = std::max(e.end, (row.end ? *row.end : *row.start).periodEnd(row.precision).seconds());
            break;
        default:
            break;
        }
        return true;
    }
    if (!row.notBefore && !row.notAfter)
        return false;
    e.boundsOnly = true;
    e.openStart = !row.notBefore;
    e.openEnd = !row.notAfter;
    e.anchor = (row.notAfter ? row.notAfter : row.notBefore)->seconds();
    e.end = e.anchor;
    e.spanStart = row.notBefore ? row.notBefore->seconds() : e.anchor;
    e.spanEnd = row.notAfter ? row.notAfter->seconds() : e.anchor;
    return true;
}

int Lane::countBetween(qint64 from, qint64 to) const
{
    const auto first = std::lower_bound(anchors.begin(), anchors.end(), from);
    const auto last = std::lower_bound(first, anchors.end(), to);
    return int(last - first);
}

std::pair<int, int> Lane::candidates(qint64 from, qint64 to) const
{
    const auto first = std::lower_bound(anchors.begin(), anchors.end(), from - maxAfter);
    const auto last = std::upper_bound(first, anchors.end(), to + maxBefore);
    return {int(first - anchors.begin()), int(last - anchors.begin())};
}

double TimelineIndex::titleWidth(int event, const QFont& font) const
{
    TitleWidths& cache = *m_titleWidths;
    const QMutexLocker locker(&cache.lock);
    if (cache.font != font || cache.widths.size() != m_events.size()) {
        cache.font = font;
        cache.widths.assign(m_events.size(), -1.0f);
    }
    float& width = cache.widths[size_t(event)];
    if (width < 0)
        width = float(QFontMetricsF(font).horizontalAdvance(m_events[size_t(event)].title));
    return width;
}

void TimelineIndex::clear()
{
    // A fresh cache rather than a cleared one: a copy of this index keeps the widths of its own events.
    m_titleWidths = std::make_shared<TitleWidths>();
    m_events.clear();
    m_lanes.clear();
    m_allAnchors.clear();
    m_idToIndex.clear();
    m_undated = 0;
    m_min = m_max = 0;
}

namespace {

ChartEvent chartEventOfRow(const QAbstractItemModel* model, int row, bool* placed)
{
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(model);
    const auto* eventModel = qobject_cast<const EventModel*>(proxy ? proxy->sourceModel() : model);
    ChartEvent event;
    if (eventModel) {
        const int sourceRow = proxy ? proxy->mapToSource(proxy->index(row, 0)).row() : row;
        *placed = ChartEvent::fromRow(eventModel->eventRow(sourceRow), row, &event);
    } else {
        *placed = ChartEvent::fromRow(rowFromRoles(model, row), row, &event);
    }
    return event;
}

} // namespace

bool TimelineIndex::updateRow(const QAbstractItemModel* model, int row)
{
    bool placed = false;
    ChartEvent updated = chartEventOfRow(model, row, &placed);
    const int at = placed ? indexOfId(updated.id) : -1;
    if (at < 0)
        return false;
    ChartEvent& current = m_events[size_t(at)];
    // What places the event: its times decide bins and order within a lane, the rest which lane it is in.
    const bool samePlace = current.row == row && current.anchor == updated.anchor && current.end == updated.end
        && current.spanStart == updated.spanStart && current.spanEnd == updated.spanEnd
        && current.boundsOnly == updated.boundsOnly && current.openStart == updated.openStart
        && current.openEnd == updated.openEnd && current.type == updated.type && current.outlet == updated.outlet
        && current.entityIds == updated.entityIds && current.entityNames == updated.entityNames;
    if (!samePlace)
        return false;
    updated.typeColor = current.typeColor;
    current = std::move(updated);
    TitleWidths& cache = *m_titleWidths;
    const QMutexLocker locker(&cache.lock);
    if (size_t(at) < cache.widths.size())
        cache.widths[size_t(at)] = -1.0f;
    return true;
}

void TimelineIndex::build(const QAbstractItemModel* model)
{
    clear();
    if (!model)
        return;
    const int rows = model->rowCount();
    std::vector<ChartEvent> events;
    events.reserve(size_t(rows));
    int undated = 0;
    for (int row = 0; row < rows; ++row) {
        bool placed = false;
        ChartEvent event = chartEventOfRow(model, row, &placed);
        if (placed)
            events.push_back(std::move(event));
        else
            ++undated;
    }
    setEvents(std::move(events));
    m_undated = undated;
}

void TimelineIndex::setEvents(std::vector<ChartEvent> events)
{
    clear();
    m_events = std::move(events);
    if (m_events.empty())
        return;
    m_min = m_events.front().visualStart();
    m_max = m_events.front().visualEnd();
    m_allAnchors.reserve(m_events.size());
    m_idToIndex.reserve(m_events.size());
    for (size_t i = 0; i < m_events.size(); ++i) {
        const ChartEvent& e = m_events[i];
        // Open bounds say nothing about how far back or ahead; they do not stretch the extent.
        m_min = std::min(m_min, e.openStart ? e.anchor : e.visualStart());
        m_max = std::max(m_max, e.openEnd ? e.anchor : e.visualEnd());
        m_allAnchors.push_back(e.anchor);
        m_idToIndex.emplace_back(e.id, int(i));
    }
    std::sort(m_allAnchors.begin(), m_allAnchors.end());
    std::sort(m_idToIndex.begin(), m_idToIndex.end());
    group();
}

int TimelineIndex::indexOfId(qint64 id) const
{
    const auto it = std::lower_bound(m_idToIndex.begin(), m_idToIndex.end(), std::make_pair(id, -1));
    return it != m_idToIndex.end() && it->first == id ? it->second : -1;
}

void TimelineIndex::group()
{
    struct Group
    {
        QString key;
        QString label;
        QColor color;
        std::vector<int> events;
    };
    QHash<QString, int> byKey;
    std::vector<Group> groups;
    const auto add = [&](const QString& key, const QString& label, const QColor& color, int event) {
        auto it = byKey.constFind(key);
        if (it == byKey.constEnd()) {
            it = byKey.insert(key, int(groups.size()));
            groups.push_back({key, label, color, {}});
        }
        groups[size_t(*it)].events.push_back(event);
    };
    const QColor neutral = QColor(0x80, 0x88, 0x90);
    // Looked up once per type, not once per event: a million string comparisons showed in the first paint.
    QHash<QString, QRgb> colorOfType;
    for (int i = 0; i < int(m_events.size()); ++i) {
        ChartEvent& e = m_events[size_t(i)];
        auto color = colorOfType.constFind(e.type);
        if (color == colorOfType.cend())
            color = colorOfType.insert(e.type, EventTypes::color(e.type).rgba());
        e.typeColor = *color;
        switch (m_mode) {
        case LaneMode::Type:
            if (byKey.contains(e.type))
                groups[size_t(byKey.value(e.type))].events.push_back(i);
            else
                add(e.type, EventTypes::label(e.type), QColor::fromRgba(e.typeColor), i);
            break;
        case LaneMode::Outlet:
            add(e.outlet,
                e.outlet.isEmpty() ? QCoreApplication::translate("Kairos::TimelineIndex", "No outlet") : e.outlet,
                neutral, i);
            break;
        case LaneMode::Entity: {
            if (e.entityIds.isEmpty()) {
                add(QString(), QCoreApplication::translate("Kairos::TimelineIndex", "No entity"), neutral, i);
                break;
            }
            const QStringList names = e.entityNames.split(QStringLiteral(", "));
            for (qsizetype k = 0; k < e.entityIds.size(); ++k) {
                const qint64 id = e.entityIds.at(k);
                const QString name = names.size() == e.entityIds.size() ? names.at(k) : QStringLiteral("#%1").arg(id);
                add(QString::number(id), name, neutral, i);
            }
            break;
        }
        }
    }
    // Types keep their familiar order; entities and outlets come busiest first.
    const QStringList known = EventTypes::known();
    std::stable_sort(groups.begin(), groups.end(), [&](const Group& a, const Group& b) {
        if (m_mode == LaneMode::Type) {
            const qsizetype ia = known.contains(a.key) ? known.indexOf(a.key) : known.size();
            const qsizetype ib = known.contains(b.key) ? known.indexOf(b.key) : known.size();
            return ia != ib ? ia < ib : a.label < b.label;
        }
        if (a.events.size() != b.events.size())
            return a.events.size() > b.events.size();
        return a.label.localeAwareCompare(b.label) < 0;
    });
    if (int(groups.size()) > m_maxLanes) {
        std::vector<size_t> bySize(groups.size());
        for (size_t i = 0; i < groups.size(); ++i)
            bySize[i] = i;
        std::stable_sort(bySize.begin(), bySize.end(),
            [&](size_t a, size_t b) { return groups[a].events.size() > groups[b].events.size(); });
        std::vector<bool> keep(groups.size(), false);
        for (int i = 0; i < m_maxLanes - 1; ++i)
            keep[bySize[size_t(i)]] = true;
        Group others {QStringLiteral("\x01others"), othersLabel(int(groups.size()) - (m_maxLanes - 1)), neutral, {}};
        std::vector<Group> kept;
        for (size_t i = 0; i < groups.size(); ++i) {
            if (keep[i])
                kept.push_back(std::move(groups[i]));
            else
                others.events.insert(others.events.end(), groups[i].events.begin(), groups[i].events.end());
        }
        // An event in several folded entity lanes appears once in "Others".
        std::sort(others.events.begin(), others.events.end());
        others.events.erase(std::unique(others.events.begin(), others.events.end()), others.events.end());
        kept.push_back(std::move(others));
        groups = std::move(kept);
    }
    m_lanes.reserve(groups.size());
    for (Group& g : groups) {
        Lane lane;
        lane.key = g.key;
        lane.label = g.label;
        lane.color = g.color;
        std::vector<int> shortEvents;
        for (int i : g.events) {
            const ChartEvent& e = m_events[size_t(i)];
            if (e.visualEnd() - e.visualStart() > longExtent)
                lane.longEvents.push_back(i);
            else
                shortEvents.push_back(i);
        }
        // Sorting (anchor, position) pairs keeps equal anchors in model order and, unlike comparing through
        // m_events, touches memory in sequence; events from the model usually arrive in order already.
        std::vector<std::pair<qint64, int>> byAnchor;
        byAnchor.reserve(shortEvents.size());
        for (int i : shortEvents)
            byAnchor.emplace_back(m_events[size_t(i)].anchor, i);
        if (!std::is_sorted(byAnchor.begin(), byAnchor.end()))
            std::sort(byAnchor.begin(), byAnchor.end());
        for (size_t k = 0; k < byAnchor.size(); ++k)
            shortEvents[k] = byAnchor[k].second;
        lane.events = std::move(shortEvents);
        lane.anchors.reserve(lane.events.size());
        for (int i : lane.events) {
            const ChartEvent& e = m_events[size_t(i)];
            lane.anchors.push_back(e.anchor);
            lane.maxBefore = std::max(lane.maxBefore, e.anchor - e.visualStart());
            lane.maxAfter = std::max(lane.maxAfter, e.visualEnd() - e.anchor);
        }
        m_lanes.push_back(std::move(lane));
    }
}

QStringList TimelineIndex::typesPresent() const
{
    QStringList types;
    QSet<QString> seen;
    for (const ChartEvent& e : m_events) {
        if (!seen.contains(e.type)) {
            seen.insert(e.type);
            types << e.type;
        }
    }
    const QStringList known = EventTypes::known();
    std::stable_sort(types.begin(), types.end(), [&](const QString& a, const QString& b) {
        const qsizetype ia = known.contains(a) ? known.indexOf(a) : known.size();
        const qsizetype ib = known.contains(b) ? known.indexOf(b) : known.size();
        return ia != ib ? ia < ib : a < b;
    });
    return types;
}

QList<Modality> TimelineIndex::modalitiesPresent() const
{
    bool seen[16] = {};
    for (const ChartEvent& e : m_events)
        seen[int(e.modality) & 15] = true;
    QList<Modality> result;
    for (int i = 0; i < 16; ++i) {
        if (seen[i])
            result << Modality(i);
    }
    return result;
}

QList<ReviewStatus> TimelineIndex::statusesPresent() const
{
    bool seen[3] = {};
    for (const ChartEvent& e : m_events)
        seen[int(e.status) % 3] = true;
    QList<ReviewStatus> result;
    for (int i = 0; i < 3; ++i) {
        if (seen[i])
            result << ReviewStatus(i);
    }
    return result;
}

} // namespace Kairos
