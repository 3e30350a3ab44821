// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineindex.h"
#include "timelinelayout.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QItemSelectionModel>
#include <QPointer>
#include <QSet>

#include <optional>

class QCategoryAxis;
class QTimer;
class QValueAxis;

namespace Kairos {

class EventLayerItem;

/// A dated note the analyst placed on the timeline (Workspace::annotations()).
struct ChartAnnotation
{
    qint64 at = 0;
    QString text;
};

/// The timeline chart: Qt Charts gives the frame (lane axis, legend, theme, layout), the events are
/// painted by an EventLayerItem from an in-memory index, because Qt Charts' own series do not scale
/// past a few ten thousand points. It views the same filter proxy as the event table.
class TimelineChart : public QChart
{
    Q_OBJECT
public:
    explicit TimelineChart(QGraphicsItem* parent = nullptr);
    ~TimelineChart() override;

    /// The proxy (or any model with EventModel's roles) to show; the chart loads all its rows.
    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const { return m_model; }
    /// Selection shared with the table and the reader: selected rows are highlighted.
    void setSelectionModel(QItemSelectionModel* selection);
    QItemSelectionModel* selectionModel() const { return m_selection; }
    /// For charts without a model (export copies, benchmarks): events fed directly.
    void setEvents(std::vector<ChartEvent> events);

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_index.laneMode(); }
    void setRange(qint64 from, qint64 to);
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    /// All events with a little air on both sides; a sensible month around "today" when empty.
    std::pair<qint64, qint64> fullRange() const;
    void fitAll() { setRange(fullRange().first, fullRange().second); }
    /// Where most events are: the full range without the thin tails of a long-tailed set (a few
    /// background events years before a busy month). What a workspace opens on.
    std::pair<qint64, qint64> focusRange() const;

    void setAnnotations(const QList<ChartAnnotation>& annotations);
    const QList<ChartAnnotation>& annotations() const { return m_annotations; }
    /// The "today" line; nullopt hides it. Defaults to the current time.
    void setToday(std::optional<qint64> today);
    std::optional<qint64> today() const { return m_today; }
    /// Without a selection model (exports), which event ids to highlight.
    void setSelectedIds(const QSet<qint64>& ids);
    const QSet<qint64>& selectedIds() const { return m_selectedIds; }
    void setNumberLabels(bool numbered);
    bool numberLabels() const { return m_numberLabels; }
    /// Light or dark from the palette's window colour; the chart theme follows.
    void applyPalette(const QPalette& palette);
    const QPalette& chartPalette() const { return m_palette; }

    const TimelineIndex& index() const { return m_index; }
    /// The layout of the current frame, computed on demand and cached until something changes.
    const TimelineLayout& currentLayout();
    /// The event under a point in chart coordinates, or -1.
    int eventAt(const QPointF& point);
    /// Runs a pending rebuild at once (after model changes the rebuild waits for the event loop).
    void flushPendingRebuild();
    /// Forces the chart's layout (plot area) for the current size, for rendering without a window.
    void activateLayout();

Q_SIGNALS:
    void rangeChanged(qint64 from, qint64 to);
    void indexRebuilt();
    void selectionHighlightChanged();

protected:
    void resizeEvent(QGraphicsSceneResizeEvent* event) override;

private:
    /// What the legend explains, from the essential to the helpful: the type colours, then the marker
    /// shapes of the claim modalities, then the review statuses.
    enum class LegendDetail { Types, TypesAndShapes, Everything };
    void scheduleRebuild();
    /// Edits that leave events where they are (status, title, modality) update the index in place.
    void updateRows(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void rebuild();
    void afterIndexChange(bool hadEvents);
    void updateLaneAxis();
    /// The legend for what is loaded, as much of it as the chart has room for (fitLegend).
    void updateLegend();
    void buildLegend(LegendDetail detail);
    /// Places the legend under the plot if it fits there, else beside it, and leaves out the statuses,
    /// then the shapes, when the chart has no room for them.
    void fitLegend();
    bool typesOnLanes() const;
    void updateSelectedIds();
    void invalidate();

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QList<QMetaObject::Connection> m_modelConnections;
    QMetaObject::Connection m_selectionConnection;
    TimelineIndex m_index;
    std::optional<TimelineLayout> m_layout;
    EventLayerItem* m_layer = nullptr;
    QValueAxis* m_timeAxis = nullptr;
    QCategoryAxis* m_laneAxis = nullptr;
    QTimer* m_rebuildTimer = nullptr;
    qint64 m_from = 0;
    qint64 m_to = 86400;
    bool m_rangeSet = false;
    QList<ChartAnnotation> m_annotations;
    std::optional<qint64> m_today;
    QSet<qint64> m_selectedIds;
    bool m_numberLabels = false;
    QPalette m_palette;
    LegendDetail m_legendDetail = LegendDetail::Everything;
    /// The legend's length at each detail, in a row and in a column, worked out once per content
    /// (-1: not yet).
    struct LegendExtent
    {
        double row = -1;
        double column = -1;
    };
    LegendExtent m_legendExtents[3];
    /// The legend layout's own margins, before room for the time labels is added under the plot.
    std::optional<QMarginsF> m_legendMargins;
};

} // namespace Kairos
