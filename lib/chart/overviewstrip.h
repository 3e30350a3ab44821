// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Kairos {

class TimelineChart;

/// The whole time span as a density strip with the chart's visible window on it; dragging the
/// window pans the chart, a click elsewhere centres the window there.
class OverviewStrip : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewStrip(TimelineChart* chart, QWidget* parent = nullptr);

    QSize sizeHint() const override { return {400, 44}; }
    QSize minimumSizeHint() const override { return {120, 28}; }

Q_SIGNALS:
    /// A drag or click ended: the window it left is worth a history entry.
    void rangeCommitted(qint64 from, qint64 to);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    std::pair<qint64, qint64> span() const;
    double xOf(qint64 t) const;
    qint64 timeAt(double x) const;
    void centreOn(double x);

    TimelineChart* m_chart;
    bool m_dragging = false;
    double m_grabOffset = 0;
};

} // namespace Kairos
