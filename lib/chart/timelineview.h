// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinechart.h"

#include <QChartView>
#include <QModelIndex>

class QRubberBand;
class QTimer;

namespace Kairos {

class ZoomHistory;

/// The interactive timeline: wheel zooms around the cursor, drag pans, Shift+drag zooms to a range,
/// +/-/arrows/Home from the keyboard, click selects the event's row in the shared selection model,
/// double-click asks for its evidence. Hover shows a plain-text tooltip.
class TimelineView : public QChartView
{
    Q_OBJECT
public:
    TimelineView(QAbstractItemModel* model, QItemSelectionModel* selection, QWidget* parent = nullptr);
    ~TimelineView() override;

    TimelineChart* timelineChart() const { return m_chart; }
    ZoomHistory* zoomHistory() const { return m_history; }

    /// Zooms by a factor (< 1 zooms in) around a time.
    void zoomAround(qint64 time, double factor);
    void panBy(double fractionOfWindow);
    /// Selects the event's proxy row (replacing the selection unless `toggle`); -1 clears.
    void selectEvent(int eventIndex, bool toggle = false);
    /// The proxy index of an event of the chart's index, or an invalid index.
    QModelIndex modelIndexOf(int eventIndex) const;
    /// Plain text for the tooltip of an event: title, date with precision, entities, outlet.
    QString tooltipText(int eventIndex) const;

Q_SIGNALS:
    /// Double-click on an event: show the sentences that support it.
    void evidenceRequested(qint64 eventId, const QModelIndex& proxyIndex);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QPointF chartPoint(const QPoint& viewportPos) const;
    void recordSoon();

    TimelineChart* m_chart;
    ZoomHistory* m_history;
    QRubberBand* m_rubberBand = nullptr;
    QTimer* m_settle;
    QPoint m_pressPos;
    qint64 m_pressFrom = 0;
    qint64 m_pressTo = 0;
    bool m_panning = false;
    bool m_banding = false;
    bool m_moved = false;
};

} // namespace Kairos
