// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "models/plaintooltip.h"

#include "models/eventmodel.h"
#include "zoomhistory.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QRubberBand>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace Kairos {

namespace {

/// A wheel or pan gesture counts as one history step once it has rested this long.
constexpr int settleMs = 600;

} // namespace

TimelineView::TimelineView(QAbstractItemModel* model, QItemSelectionModel* selection, QWidget* parent)
    : QChartView(parent)
    , m_chart(new TimelineChart)
    , m_history(new ZoomHistory(this))
    , m_settle(new QTimer(this))
{
    // setChart() hands back the default chart QChartView made for itself; nobody else owns it.
    QChart* defaultChart = chart();
    setChart(m_chart);
    delete defaultChart;
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    m_chart->applyPalette(palette());
    m_chart->setModel(model);
    m_chart->setSelectionModel(selection);
    m_history->record(m_chart->from(), m_chart->to());

    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, [this] { m_history->record(m_chart->from(), m_chart->to()); });
    connect(m_history, &ZoomHistory::rangeRequested, this, [this](qint64 from, qint64 to) {
        m_settle->stop();
        m_chart->setRange(from, to);
    });
    connect(m_history, &ZoomHistory::fitAllRequested, this, [this] {
        m_chart->fitAll();
        m_history->record(m_chart->from(), m_chart->to());
    });
    connect(m_history, &ZoomHistory::zoomInRequested, this, [this] {
        zoomAround((m_chart->from() + m_chart->to()) / 2, 0.5);
        m_history->record(m_chart->from(), m_chart->to());
    });
    connect(m_history, &ZoomHistory::zoomOutRequested, this, [this] {
        zoomAround((m_chart->from() + m_chart->to()) / 2, 2.0);
        m_history->record(m_chart->from(), m_chart->to());
    });
}

TimelineView::~TimelineView() = default;

QPointF TimelineView::chartPoint(const QPoint& viewportPos) const
{
    return m_chart->mapFromScene(mapToScene(viewportPos));
}

void TimelineView::recordSoon()
{
    m_settle->start();
}

void TimelineView::zoomAround(qint64 time, double factor)
{
    const double from = double(m_chart->from());
    const double to = double(m_chart->to());
    const double t = std::clamp(double(time), from, to);
    m_chart->setRange(qint64(std::llround(t - (t - from) * factor)), qint64(std::llround(t + (to - t) * factor)));
}

void TimelineView::panBy(double fraction)
{
    const qint64 shift = qint64(std::llround(double(m_chart->to() - m_chart->from()) * fraction));
    m_chart->setRange(m_chart->from() + shift, m_chart->to() + shift);
}

QModelIndex TimelineView::modelIndexOf(int eventIndex) const
{
    QAbstractItemModel* model = m_chart->model();
    const auto& events = m_chart->index().events();
    if (!model || eventIndex < 0 || eventIndex >= int(events.size()))
        return {};
    const ChartEvent& e = events[size_t(eventIndex)];
    const QModelIndex index = model->index(e.row, 0);
    if (index.isValid() && index.data(EventModel::EventIdRole).toLongLong() == e.id)
        return index;
    // The model changed since the index was built: find the row by id.
    const QModelIndexList found = model->match(model->index(0, 0), EventModel::EventIdRole, e.id, 1, Qt::MatchExactly);
    return found.isEmpty() ? QModelIndex() : found.first();
}

void TimelineView::selectEvent(int eventIndex, bool toggle)
{
    QItemSelectionModel* selection = m_chart->selectionModel();
    if (!selection)
        return;
    const QModelIndex index = modelIndexOf(eventIndex);
    if (!index.isValid()) {
        if (!toggle)
            selection->clearSelection();
        return;
    }
    const auto flags
        = (toggle ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect) | QItemSelectionModel::Rows;
    selection->setCurrentIndex(index, flags);
}

QString TimelineView::tooltipText(int eventIndex) const
{
    const auto& events = m_chart->index().events();
    if (eventIndex < 0 || eventIndex >= int(events.size()))
        return {};
    const ChartEvent& e = events[size_t(eventIndex)];
    EventRow row;
    row.precision = e.precision;
    if (e.boundsOnly) {
        if (!e.openStart)
            row.notBefore = TimePoint::fromSeconds(e.spanStart);
        if (!e.openEnd)
            row.notAfter = TimePoint::fromSeconds(e.spanEnd);
    } else {
        row.start = TimePoint::fromSeconds(e.anchor);
        if (e.isRanged())
            row.end = TimePoint::fromSeconds(e.end);
    }
    QStringList lines {e.title,
        formatEventDate(row) + QStringLiteral(" · ") + EventTypes::label(e.type) + QStringLiteral(" · ")
            + modalityLabel(e.modality) + QStringLiteral(" · ") + statusLabel(e.status)};
    if (!e.entityNames.isEmpty())
        lines << e.entityNames;
    if (!e.outlet.isEmpty())
        lines << e.outlet;
    return lines.join(QLatin1Char('\n'));
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0)
        return;
    const qint64 at = m_chart->currentLayout().timeAt(chartPoint(event->position().toPoint()).x());
    zoomAround(at, std::pow(0.8, steps / 120.0));
    recordSoon();
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position().toPoint();
    m_pressFrom = m_chart->from();
    m_pressTo = m_chart->to();
    m_moved = false;
    m_banding = event->modifiers() & Qt::ShiftModifier;
    m_panning = !m_banding;
    if (m_banding) {
        if (!m_rubberBand)
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
        const QRectF plot = m_chart->plotArea();
        const QPoint top = mapFromScene(m_chart->mapToScene(QPointF(0, plot.top())));
        m_rubberBand->setGeometry(QRect(QPoint(m_pressPos.x(), top.y()), QSize(1, int(plot.height()))));
        m_rubberBand->show();
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton)) {
        const bool over = m_chart->eventAt(chartPoint(pos)) >= 0;
        viewport()->setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    m_moved |= (pos - m_pressPos).manhattanLength() > 3;
    if (m_banding && m_rubberBand) {
        const QRect geometry = m_rubberBand->geometry();
        m_rubberBand->setGeometry(QRect(QPoint(std::min(pos.x(), m_pressPos.x()), geometry.top()),
            QSize(std::abs(pos.x() - m_pressPos.x()), geometry.height())));
    } else if (m_panning && m_moved) {
        viewport()->setCursor(Qt::ClosedHandCursor);
        const double secondsPerPixel = double(m_pressTo - m_pressFrom) / std::max(1.0, m_chart->plotArea().width());
        const qint64 shift = qint64(std::llround((pos.x() - m_pressPos.x()) * secondsPerPixel));
        m_chart->setRange(m_pressFrom - shift, m_pressTo - shift);
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (m_banding) {
        if (m_rubberBand)
            m_rubberBand->hide();
        if (std::abs(pos.x() - m_pressPos.x()) > 4) {
            const TimelineLayout& layout = m_chart->currentLayout();
            const qint64 a = layout.timeAt(chartPoint(m_pressPos).x());
            const qint64 b = layout.timeAt(chartPoint(pos).x());
            m_chart->setRange(std::min(a, b), std::max(a, b));
            m_history->record(m_chart->from(), m_chart->to());
        }
    } else if (m_moved) {
        m_settle->stop();
        m_history->record(m_chart->from(), m_chart->to());
    } else {
        selectEvent(m_chart->eventAt(chartPoint(pos)), event->modifiers() & Qt::ControlModifier);
    }
    m_banding = m_panning = false;
    viewport()->unsetCursor();
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int hit = m_chart->eventAt(chartPoint(event->position().toPoint()));
    if (hit < 0)
        return;
    selectEvent(hit);
    Q_EMIT evidenceRequested(m_chart->index().events()[size_t(hit)].id, modelIndexOf(hit));
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const qint64 centre = (m_chart->from() + m_chart->to()) / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(centre, 0.5);
        break;
    case Qt::Key_Minus:
        zoomAround(centre, 2.0);
        break;
    case Qt::Key_Left:
        panBy(-0.1);
        break;
    case Qt::Key_Right:
        panBy(0.1);
        break;
    case Qt::Key_Home:
        m_chart->fitAll();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    m_settle->stop();
    m_history->record(m_chart->from(), m_chart->to());
    event->accept();
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int hit = m_chart->eventAt(chartPoint(help->pos()));
        if (hit >= 0) {
            QToolTip::showText(help->globalPos(), plainTooltip(tooltipText(hit)), viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QChartView::viewportEvent(event);
}

void TimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_chart->applyPalette(palette());
    QChartView::changeEvent(event);
}

} // namespace Kairos
