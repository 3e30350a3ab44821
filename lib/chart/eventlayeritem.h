// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markersprites.h"

#include <QGraphicsItem>

namespace Kairos {

class TimelineChart;
class TimelineLayout;

/// Paints what Qt Charts cannot draw fast enough: lanes, calendar grid and tick labels, markers,
/// bars, uncertainty spans, density histograms, labels, "today" and annotations. It lives in the
/// chart and maps time through the chart's plot area and range.
class EventLayerItem : public QGraphicsItem
{
public:
    explicit EventLayerItem(TimelineChart* chart);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    /// Range, size, data or selection changed.
    void chartChanged();

private:
    void paintGrid(QPainter* painter, const TimelineLayout& layout);
    void paintBins(QPainter* painter, const TimelineLayout& layout);
    void paintMarkers(QPainter* painter, const TimelineLayout& layout);
    void paintLabels(QPainter* painter, const TimelineLayout& layout);
    void paintNotes(QPainter* painter, const TimelineLayout& layout);

    TimelineChart* m_chart;
    QRectF m_bounds;
    MarkerSprites m_sprites;
};

} // namespace Kairos
