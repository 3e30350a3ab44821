// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeticks.h"

#include <QFont>
#include <QRectF>
#include <QSet>

#include <vector>

namespace Kairos {

class TimelineIndex;

/// What a layout is computed for: the plot rectangle, the time window and the look.
struct LayoutParams
{
    QRectF plot;
    qint64 from = 0;
    qint64 to = 1;
    QFont font;
    double rowHeight = 20;
    double markerSize = 10;
    double maxLabelWidth = 240;
    /// Horizontal pixels per marker and row below which a lane's markers cannot be told apart and it
    /// turns into a histogram; 0 means the marker size.
    double minMarkerSpacing = 0;
    QSet<qint64> selected;
    /// Exports number each labelled event for the source notes.
    bool numberLabels = false;
};

struct LaneGeometry
{
    int lane = 0;
    QRectF rect;
    int rows = 1;
    int inView = 0;
    bool density = false;
    int maxBin = 0;
};

struct MarkerPlacement
{
    int event = 0;
    int lane = 0;
    int rowInLane = 0;
    double x = 0; // the anchor
    double y = 0;
    double xEnd = 0; // end of a ranged event's bar, == x for point events
    double spanStart = 0; // what the precision or bounds allow
    double spanEnd = 0;
    bool selected = false;
    int label = -1; // into TimelineLayout::labels
};

struct BinPlacement
{
    int lane = 0;
    double x0 = 0;
    double x1 = 0;
    int count = 0;
};

struct LabelPlacement
{
    int event = 0;
    QRectF rect;
    /// Elided to fit; empty labels are not kept.
    QString text;
    /// 1-based source-note number when LayoutParams::numberLabels, else 0.
    int number = 0;
};

/// Where everything goes for one frame: a pure function of the index, the window and the size, so
/// that the widget, the export and the tests see the same decisions (markers, bins, labels).
class TimelineLayout
{
public:
    static TimelineLayout compute(const TimelineIndex& index, const LayoutParams& params);

    const LayoutParams& params() const { return m_params; }
    double xOf(qint64 t) const;
    qint64 timeAt(double x) const;
    /// The event under a point (marker, bar or label), or -1.
    int hitTest(const QPointF& point) const;
    /// The marker of an event index, or nullptr when it is not drawn as a marker.
    const MarkerPlacement* markerOf(int event) const;
    /// Room kept before a label for its source number; 0 when labels are not numbered.
    double numberPrefixWidth() const;

    std::vector<LaneGeometry> lanes;
    std::vector<MarkerPlacement> markers;
    std::vector<BinPlacement> bins;
    std::vector<LabelPlacement> labels;
    TickSet ticks;
    /// The calendar step of the histogram bins, e.g. a week.
    TickStep binStep;

private:
    void placeLane(const TimelineIndex& index, int lane);
    void placeLabels(const TimelineIndex& index, size_t firstMarker);
    void binLane(const TimelineIndex& index, int lane, const QList<qint64>& edges);

    LayoutParams m_params;
    double m_scale = 0;
};

} // namespace Kairos
