// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewstrip.h"

#include "timelinechart.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Kairos {

OverviewStrip::OverviewStrip(TimelineChart* chart, QWidget* parent)
    : QWidget(parent)
    , m_chart(chart)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("The whole time span; drag the window to move the chart"));
    const auto refresh = [this] { update(); };
    connect(chart, &TimelineChart::rangeChanged, this, refresh);
    connect(chart, &TimelineChart::indexRebuilt, this, refresh);
}

std::pair<qint64, qint64> OverviewStrip::span() const
{
    // The strip always holds both all events and the visible window, even when zoomed out past them.
    const auto [from, to] = m_chart->fullRange();
    return {std::min(from, m_chart->from()), std::max(to, m_chart->to())};
}

double OverviewStrip::xOf(qint64 t) const
{
    const auto [from, to] = span();
    return double(t - from) / double(std::max<qint64>(1, to - from)) * width();
}

qint64 OverviewStrip::timeAt(double x) const
{
    const auto [from, to] = span();
    return from + qint64(std::llround(x / std::max(1, width()) * double(to - from)));
}

void OverviewStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const std::vector<qint64>& anchors = m_chart->index().allAnchors();
    const int bins = std::max(1, width() / 3);
    const auto [from, to] = span();
    std::vector<int> counts(size_t(bins), 0);
    int peak = 0;
    for (int i = 0; i < bins; ++i) {
        const qint64 a = from + (to - from) * i / bins;
        const qint64 b = from + (to - from) * (i + 1) / bins;
        counts[size_t(i)] = int(
            std::lower_bound(anchors.begin(), anchors.end(), b) - std::lower_bound(anchors.begin(), anchors.end(), a));
        peak = std::max(peak, counts[size_t(i)]);
    }
    QColor bar = pal.color(QPalette::Text);
    bar.setAlpha(140);
    const double usable = height() - 6;
    for (int i = 0; peak > 0 && i < bins; ++i) {
        if (counts[size_t(i)] == 0)
            continue;
        // Square root so that a lone event still shows beside a burst of thousands.
        const double h = std::max(2.0, usable * std::sqrt(double(counts[size_t(i)]) / peak));
        painter.fillRect(QRectF(i * 3.0, height() - 3 - h, 2.0, h), bar);
    }
    const QRectF window(QPointF(xOf(m_chart->from()), 1), QPointF(xOf(m_chart->to()), height() - 1));
    QColor shade = pal.color(QPalette::Window);
    shade.setAlpha(150);
    painter.fillRect(QRectF(0, 0, window.left(), height()), shade);
    painter.fillRect(QRectF(window.right(), 0, width() - window.right(), height()), shade);
    QColor highlight = pal.color(QPalette::Highlight);
    painter.setPen(QPen(highlight, 2));
    highlight.setAlpha(40);
    painter.setBrush(highlight);
    painter.drawRect(window.adjusted(0, 0, std::max(0.0, 3 - window.width()), 0));
    painter.setPen(pal.color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void OverviewStrip::centreOn(double x)
{
    const qint64 span = m_chart->to() - m_chart->from();
    const qint64 centre = timeAt(x);
    m_chart->setRange(centre - span / 2, centre - span / 2 + span);
}

void OverviewStrip::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const double x = event->position().x();
    const double left = xOf(m_chart->from());
    const double right = xOf(m_chart->to());
    if (x < left - 2 || x > right + 2)
        centreOn(x);
    m_grabOffset = x - (xOf(m_chart->from()) + xOf(m_chart->to())) / 2;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
}

void OverviewStrip::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging)
        centreOn(event->position().x() - m_grabOffset);
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    Q_EMIT rangeCommitted(m_chart->from(), m_chart->to());
}

} // namespace Kairos
