// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include "timelineindex.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace Kairos {

namespace {

/// Beyond this many events in view a lane is a histogram whatever its size: markers would be mush.
constexpr int maxMarkersPerLane = 4000;
constexpr double labelGap = 6;
constexpr double binMinWidth = 6;

} // namespace

double TimelineLayout::xOf(qint64 t) const
{
    return m_params.plot.left() + double(t - m_params.from) * m_scale;
}

qint64 TimelineLayout::timeAt(double x) const
{
    return m_params.from + qint64(std::llround((x - m_params.plot.left()) / m_scale));
}

TimelineLayout TimelineLayout::compute(const TimelineIndex& index, const LayoutParams& params)
{
    TimelineLayout layout;
    layout.m_params = params;
    if (layout.m_params.to <= layout.m_params.from)
        layout.m_params.to = layout.m_params.from + 1;
    const LayoutParams& p = layout.m_params;
    layout.m_scale = p.plot.width() / double(p.to - p.from);
    layout.ticks = TimeTicks::compute(p.from, p.to, p.plot.width(), QFontMetricsF(p.font));
    const int laneCount = int(index.lanes().size());
    if (laneCount == 0 || p.plot.isEmpty())
        return layout;

    layout.binStep = TimeTicks::chooseStep(p.from, p.to, p.plot.width(), binMinWidth);
    QList<qint64> edges = TimeTicks::boundaries(layout.binStep, p.from + 1, p.to - 1);
    edges.prepend(p.from);
    edges.append(p.to);

    const double laneHeight = p.plot.height() / laneCount;
    for (int lane = 0; lane < laneCount; ++lane) {
        LaneGeometry g;
        g.lane = lane;
        g.rect = QRectF(p.plot.left(), p.plot.top() + lane * laneHeight, p.plot.width(), laneHeight);
        g.rows = std::max(1, int((laneHeight - 4) / p.rowHeight));
        const Lane& l = index.lanes()[size_t(lane)];
        g.inView = l.countBetween(p.from, p.to + 1);
        for (int e : l.longEvents) {
            const ChartEvent& ev = index.events()[size_t(e)];
            g.inView += ev.visualEnd() >= p.from && ev.visualStart() <= p.to;
        }
        const double spacing = p.minMarkerSpacing > 0 ? p.minMarkerSpacing : p.markerSize;
        const double capacity = g.rows * p.plot.width() / std::max(1.0, spacing);
        g.density = g.inView > maxMarkersPerLane || g.inView > capacity;
        layout.lanes.push_back(g);
    }
    for (int lane = 0; lane < laneCount; ++lane) {
        if (layout.lanes[size_t(lane)].density)
            layout.binLane(index, lane, edges);
        else
            layout.placeLane(index, lane);
    }
    layout.placeLabels(index, 0);
    return layout;
}

void TimelineLayout::binLane(const TimelineIndex& index, int lane, const QList<qint64>& edges)
{
    const Lane& l = index.lanes()[size_t(lane)];
    LaneGeometry& g = lanes[size_t(lane)];
    const size_t first = bins.size();
    for (qsizetype i = 0; i + 1 < edges.size(); ++i) {
        BinPlacement bin;
        bin.lane = lane;
        bin.x0 = xOf(edges.at(i));
        bin.x1 = xOf(edges.at(i + 1));
        bin.count = l.countBetween(edges.at(i), edges.at(i + 1));
        bins.push_back(bin);
    }
    for (int e : l.longEvents) {
        const qint64 anchor = index.events()[size_t(e)].anchor;
        const auto it = std::upper_bound(edges.begin(), edges.end(), anchor);
        const qsizetype bin = (it - edges.begin()) - 1;
        if (bin >= 0 && bin + 1 < edges.size())
            ++bins[first + size_t(bin)].count;
    }
    for (size_t i = first; i < bins.size(); ++i)
        g.maxBin = std::max(g.maxBin, bins[i].count);
}

void TimelineLayout::placeLane(const TimelineIndex& index, int lane)
{
    const LayoutParams& p = m_params;
    const Lane& l = index.lanes()[size_t(lane)];
    const LaneGeometry& g = lanes[size_t(lane)];
    std::vector<int> visible;
    const auto [first, last] = l.candidates(p.from, p.to);
    for (int i = first; i < last; ++i)
        visible.push_back(l.events[size_t(i)]);
    for (int e : l.longEvents)
        visible.push_back(e);
    const auto& events = index.events();
    visible.erase(std::remove_if(visible.begin(), visible.end(),
                      [&](int e) {
                          const ChartEvent& ev = events[size_t(e)];
                          return ev.visualEnd() < p.from || ev.visualStart() > p.to;
                      }),
        visible.end());
    std::stable_sort(visible.begin(), visible.end(),
        [&](int a, int b) { return events[size_t(a)].anchor < events[size_t(b)].anchor; });

    const double radius = p.markerSize / 2;
    const double rowsHeight = g.rows * p.rowHeight;
    const double top = g.rect.top() + (g.rect.height() - rowsHeight) / 2;
    std::vector<double> rowFree(size_t(g.rows), -1e300);
    for (int e : visible) {
        const ChartEvent& ev = events[size_t(e)];
        MarkerPlacement m;
        m.event = e;
        m.lane = lane;
        m.x = xOf(ev.anchor);
        m.xEnd = ev.isRanged() ? xOf(ev.end) : m.x;
        m.spanStart = xOf(ev.spanStart);
        m.spanEnd = xOf(ev.spanEnd);
        m.selected = p.selected.contains(ev.id);
        const double left = m.x - radius;
        // The row that has been free the longest keeps neighbours apart and leaves room for labels.
        int best = 0;
        for (int r = 1; r < g.rows; ++r) {
            if (rowFree[size_t(r)] < rowFree[size_t(best)])
                best = r;
        }
        for (int r = 0; r < g.rows; ++r) {
            if (rowFree[size_t(r)] + 2 <= left) {
                best = r;
                break;
            }
        }
        m.rowInLane = best;
        m.y = top + p.rowHeight * (best + 0.5);
        rowFree[size_t(best)] = std::max(m.x + radius, m.xEnd);
        markers.push_back(m);
    }
}

void TimelineLayout::placeLabels(const TimelineIndex& index, size_t firstMarker)
{
    const LayoutParams& p = m_params;
    const QFontMetricsF metrics(p.font);
    const double radius = p.markerSize / 2;
    // Markers sorted by row, then left to right: a label may run up to the next marker in its row.
    std::vector<size_t> order;
    for (size_t i = firstMarker; i < markers.size(); ++i)
        order.push_back(i);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const MarkerPlacement& ma = markers[a];
        const MarkerPlacement& mb = markers[b];
        if (ma.lane != mb.lane)
            return ma.lane < mb.lane;
        if (ma.rowInLane != mb.rowInLane)
            return ma.rowInLane < mb.rowInLane;
        return ma.x < mb.x;
    });
    const double numberWidth = numberPrefixWidth();
    const double height = std::min(p.rowHeight, metrics.height());
    double rowUsed = -1e300;
    for (size_t k = 0; k < order.size(); ++k) {
        MarkerPlacement& m = markers[order[k]];
        if (k > 0 && (markers[order[k - 1]].lane != m.lane || markers[order[k - 1]].rowInLane != m.rowInLane))
            rowUsed = -1e300;
        const ChartEvent& ev = index.events()[size_t(m.event)];
        const double markerLeft = m.x - radius;
        const double markerRight = std::max(m.x + radius, m.xEnd);
        const double start = std::max(markerRight + 4, p.plot.left() + 2);
        double limit = p.plot.right() - 2;
        if (k + 1 < order.size()) {
            const MarkerPlacement& next = markers[order[k + 1]];
            if (next.lane == m.lane && next.rowInLane == m.rowInLane)
                limit = std::min(limit, next.x - radius - labelGap);
        }
        const double full = index.titleWidth(m.event, p.font);
        const double rightRoom = std::min(limit - start, p.maxLabelWidth) - numberWidth;
        const double leftRoom
            = std::min(markerLeft - 4 - std::max(rowUsed + labelGap, p.plot.left() + 2), p.maxLabelWidth) - numberWidth;
        // Crowded on the right (the last events before the edge, say): the label goes on the left.
        const bool onLeft = rightRoom < full && leftRoom > rightRoom;
        const double available = onLeft ? leftRoom : rightRoom;
        rowUsed = std::max(rowUsed, markerRight);
        if (ev.title.isEmpty() || available < std::min(full, 40.0))
            continue;
        const bool fits = full <= available;
        const QString text = fits ? ev.title : metrics.elidedText(ev.title, Qt::ElideRight, available);
        if (text.isEmpty() || text == QStringLiteral("…"))
            continue;
        LabelPlacement label;
        label.event = m.event;
        label.text = text;
        const double width = (fits ? full : metrics.horizontalAdvance(text)) + numberWidth;
        label.rect = QRectF(onLeft ? markerLeft - 4 - width : start, m.y - height / 2, width, height);
        rowUsed = std::max(rowUsed, label.rect.right());
        m.label = int(labels.size());
        labels.push_back(label);
    }
    if (!p.numberLabels)
        return;
    // Notes are numbered in time order, as a reader scans the chart.
    std::vector<size_t> byTime(labels.size());
    for (size_t i = 0; i < labels.size(); ++i)
        byTime[i] = i;
    std::stable_sort(byTime.begin(), byTime.end(), [&](size_t a, size_t b) {
        const LabelPlacement& la = labels[a];
        const LabelPlacement& lb = labels[b];
        if (la.rect.left() != lb.rect.left())
            return la.rect.left() < lb.rect.left();
        return la.rect.top() < lb.rect.top();
    });
    for (size_t i = 0; i < byTime.size(); ++i)
        labels[byTime[i]].number = int(i) + 1;
}

double TimelineLayout::numberPrefixWidth() const
{
    if (!m_params.numberLabels)
        return 0;
    // As wide as the largest number this frame can need, so that labels never grow after numbering.
    const QString digits(QString::number(markers.size()).size(), QLatin1Char('0'));
    QFont bold = m_params.font;
    bold.setBold(true);
    return QFontMetricsF(bold).horizontalAdvance(QStringLiteral("[%1] ").arg(digits));
}

int TimelineLayout::hitTest(const QPointF& point) const
{
    const double radius = m_params.markerSize / 2 + 3;
    for (auto it = markers.rbegin(); it != markers.rend(); ++it) {
        const double dy = std::abs(point.y() - it->y);
        if (dy > radius)
            continue;
        if (std::hypot(point.x() - it->x, dy) <= radius || (point.x() >= it->x && point.x() <= it->xEnd))
            return it->event;
    }
    for (const LabelPlacement& label : labels) {
        if (label.rect.contains(point))
            return label.event;
    }
    return -1;
}

const MarkerPlacement* TimelineLayout::markerOf(int event) const
{
    for (const MarkerPlacement& m : markers) {
        if (m.event == event)
            return &m;
    }
    return nullptr;
}

} // namespace Kairos
