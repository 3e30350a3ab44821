// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timepoint.h"
#include "core/vocabulary.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

class QAbstractItemModel;

namespace Kairos {

struct EventRow;

/// How the chart groups events into lanes.
enum class LaneMode { Type, Entity, Outlet };

/// What the chart needs of one event, flattened so that painting never touches the model.
struct ChartEvent
{
    qint64 id = 0;
    /// The row in the viewed (proxy) model, for selection; -1 when fed directly.
    int row = -1;
    /// Where the marker sits (seconds): the start, or the latest bound for undated events.
    qint64 anchor = 0;
    /// End of a ranged event; equal to anchor for point events.
    qint64 end = 0;
    /// What the date allows: the whole month of a month-precise date, or the notBefore..notAfter bounds.
    qint64 spanStart = 0;
    qint64 spanEnd = 0;
    bool boundsOnly = false;
    bool openStart = false; // bounds only, no notBefore
    bool openEnd = false; // bounds only, no notAfter
    DatePrecision precision = DatePrecision::Day;
    ReviewStatus status = ReviewStatus::Proposed;
    Modality modality = Modality::Occurred;
    QString title;
    QString type;
    /// EventTypes::color(type), filled in when the index groups its events.
    QRgb typeColor = 0;
    QString outlet;
    QString entityNames;
    QList<qint64> entityIds;

    bool isRanged() const { return end > anchor; }
    qint64 visualStart() const { return std::min(anchor, spanStart); }
    qint64 visualEnd() const { return std::max(end, spanEnd); }

    static bool fromRow(const EventRow& row, int proxyRow, ChartEvent* out);
};

/// One lane: its events in anchor order, so that counting events between two times is two binary
/// searches and any zoom level's histogram costs O(bins · log n) instead of a rescan.
struct Lane
{
    QString key;
    QString label;
    QColor color;
    /// Indices into TimelineIndex::events(), sorted by anchor.
    std::vector<int> events;
    std::vector<qint64> anchors;
    /// Events whose drawn extent is so long that a window search by anchor would miss them.
    std::vector<int> longEvents;
    qint64 maxBefore = 0; // largest anchor - visualStart among the short events
    qint64 maxAfter = 0; // largest visualEnd - anchor among the short events

    int countBetween(qint64 from, qint64 to) const;
    /// Index range [first, last) in events/anchors of the short events that may overlap [from, to].
    std::pair<int, int> candidates(qint64 from, qint64 to) const;
};

/// The in-memory index of what the chart shows: events flattened from the model, grouped into lanes.
class TimelineIndex
{
public:
    void setLaneMode(LaneMode mode) { m_mode = mode; }
    LaneMode laneMode() const { return m_mode; }
    /// Lanes beyond this many (the smallest ones) fold into one "Others" lane, so lanes stay readable.
    void setMaxLanes(int lanes) { m_maxLanes = std::max(1, lanes); }

    /// Reads every row of the model: fast through EventModel::eventRow() when the model is an
    /// EventModel or a proxy over one, through the EventModel roles otherwise.
    void build(const QAbstractItemModel* model);
    /// Re-reads one row of the model after an edit. Returns false, changing nothing, when the edit moves
    /// the event in time or to another lane (or the row is not in the index): then only a build will do.
    bool updateRow(const QAbstractItemModel* model, int row);
    /// Takes events directly (benchmarks, tests), then groups them.
    void setEvents(std::vector<ChartEvent> events);
    void clear();

    const std::vector<ChartEvent>& events() const { return m_events; }
    const std::vector<Lane>& lanes() const { return m_lanes; }
    int undatedCount() const { return m_undated; }
    bool isEmpty() const { return m_events.empty(); }
    /// The extent of all events, or an empty pair when there are none.
    qint64 minTime() const { return m_min; }
    qint64 maxTime() const { return m_max; }
    /// All events' anchors sorted, for the overview strip.
    const std::vector<qint64>& allAnchors() const { return m_allAnchors; }
    /// The event index of the event with this id, or -1.
    int indexOfId(qint64 id) const;
    /// Types present, in EventTypes::known() order then by name; modalities and statuses present.
    QStringList typesPresent() const;
    QList<Modality> modalitiesPresent() const;
    QList<ReviewStatus> statusesPresent() const;
    /// The width of an event's title in `font`, measured once per font: shaping text was most of the cost
    /// of a layout when thousands of labels are considered at every zoom step.
    double titleWidth(int event, const QFont& font) const;

private:
    void group();
    struct TitleWidths
    {
        QMutex lock; // layouts for exports may run on another thread
        QFont font;
        std::vector<float> widths; // negative: not measured yet
    };
    std::shared_ptr<TitleWidths> m_titleWidths = std::make_shared<TitleWidths>();

    LaneMode m_mode = LaneMode::Type;
    int m_maxLanes = 16;
    std::vector<ChartEvent> m_events;
    std::vector<Lane> m_lanes;
    std::vector<qint64> m_allAnchors;
    std::vector<std::pair<qint64, int>> m_idToIndex;
    int m_undated = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
};

} // namespace Kairos
