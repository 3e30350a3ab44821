// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinechart.h"

#include "eventlayeritem.h"
#include "markerstyle.h"
#include "models/eventmodel.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QItemSelectionModel>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QTimer>
#include <QValueAxis>

namespace Kairos {

namespace {

/// Narrowest window: a quarter of an hour, where minute-precise events still spread out.
constexpr qint64 minimumSpan = 15 * 60;
/// Widest: far beyond any imported deep-time timeline, but still exact in a double.
constexpr qint64 maximumSpan = 4000000000LL * 366 * 86400;

} // namespace

TimelineChart::TimelineChart(QGraphicsItem* parent)
    : QChart(parent)
    , m_today(QDateTime::currentSecsSinceEpoch())
{
    setAnimationOptions(QChart::NoAnimation);
    m_timeAxis = new QValueAxis(this);
    m_timeAxis->setLabelsVisible(false);
    m_timeAxis->setGridLineVisible(false);
    m_timeAxis->setLineVisible(false);
    m_timeAxis->setMinorGridLineVisible(false);
    m_timeAxis->setTickCount(2);
    addAxis(m_timeAxis, Qt::AlignBottom);
    m_laneAxis = new QCategoryAxis(this);
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_laneAxis->setReverse(true);
    m_laneAxis->setGridLineVisible(false);
    m_laneAxis->setLineVisible(false);
    addAxis(m_laneAxis, Qt::AlignLeft);
    legend()->setAlignment(Qt::AlignRight);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend()->setShowToolTips(true);

    m_layer = new EventLayerItem(this);
    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &TimelineChart::rebuild);
    connect(this, &QChart::plotAreaChanged, this, [this] { invalidate(); });
    applyPalette(QPalette());
    setRange(m_from, m_to);
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::setModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    if (model) {
        const auto schedule = [this] { scheduleRebuild(); };
        m_modelConnections << connect(model, &QAbstractItemModel::rowsInserted, this, schedule)
                           << connect(model, &QAbstractItemModel::rowsRemoved, this, schedule)
                           << connect(model, &QAbstractItemModel::rowsMoved, this, schedule)
                           << connect(model, &QAbstractItemModel::dataChanged, this, &TimelineChart::updateRows)
                           << connect(model, &QAbstractItemModel::modelReset, this, schedule)
                           << connect(model, &QAbstractItemModel::layoutChanged, this, schedule);
    }
    rebuild();
}

void TimelineChart::setSelectionModel(QItemSelectionModel* selection)
{
    disconnect(m_selectionConnection);
    m_selection = selection;
    if (selection) {
        m_selectionConnection
            = connect(selection, &QItemSelectionModel::selectionChanged, this, &TimelineChart::updateSelectedIds);
    }
    updateSelectedIds();
}

void TimelineChart::setEvents(std::vector<ChartEvent> events)
{
    const bool hadEvents = !m_index.isEmpty();
    m_index.setEvents(std::move(events));
    afterIndexChange(hadEvents);
}

void TimelineChart::scheduleRebuild()
{
    m_rebuildTimer->start();
}

void TimelineChart::updateRows(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    // A rebuild already on its way reads everything anyway; a large change is cheaper read whole.
    constexpr int maxRowsInPlace = 64;
    if (m_rebuildTimer->isActive() || !topLeft.isValid() || bottomRight.row() - topLeft.row() >= maxRowsInPlace) {
        scheduleRebuild();
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (!m_index.updateRow(m_model, row)) {
            scheduleRebuild();
            return;
        }
    }
    updateLegend();
    invalidate();
}

void TimelineChart::flushPendingRebuild()
{
    if (m_rebuildTimer->isActive()) {
        m_rebuildTimer->stop();
        rebuild();
    }
}

void TimelineChart::rebuild()
{
    m_rebuildTimer->stop();
    const bool hadEvents = !m_index.isEmpty();
    if (m_model) {
        // The chart shows the whole filtered set, not the page the table happens to have loaded.
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
    }
    m_index.build(m_model);
    // Fetching announced rows that this rebuild has already read.
    m_rebuildTimer->stop();
    afterIndexChange(hadEvents);
    // Rows moved: the highlighted ids stay, their rows are looked up again on the next click.
    updateSelectedIds();
}

void TimelineChart::afterIndexChange(bool hadEvents)
{
    updateLaneAxis();
    updateLegend();
    if (!m_rangeSet || (!hadEvents && !m_index.isEmpty())) {
        const auto [from, to] = focusRange();
        setRange(from, to);
    }
    invalidate();
    Q_EMIT indexRebuilt();
}

void TimelineChart::setLaneMode(LaneMode mode)
{
    if (mode == m_index.laneMode())
        return;
    m_index.setLaneMode(mode);
    if (m_model) {
        m_index.build(m_model);
    } else {
        std::vector<ChartEvent> events = m_index.events();
        m_index.setEvents(std::move(events));
    }
    afterIndexChange(true);
}

void TimelineChart::setRange(qint64 from, qint64 to)
{
    if (to < from)
        std::swap(from, to);
    qint64 span = std::clamp(to - from, minimumSpan, maximumSpan);
    const qint64 centre = from / 2 + to / 2;
    from = centre - span / 2;
    to = from + span;
    m_rangeSet = true;
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    m_timeAxis->setRange(qreal(from), qreal(to));
    invalidate();
    Q_EMIT rangeChanged(from, to);
}

std::pair<qint64, qint64> TimelineChart::fullRange() const
{
    if (m_index.isEmpty()) {
        const qint64 now = m_today.value_or(QDateTime::currentSecsSinceEpoch());
        return {now - 15 * 86400, now + 15 * 86400};
    }
    const qint64 span = std::max<qint64>(m_index.maxTime() - m_index.minTime(), 86400);
    // Room on the right for the last event's label.
    return {m_index.minTime() - span / 40, m_index.maxTime() + span / 6};
}

std::pair<qint64, qint64> TimelineChart::focusRange() const
{
    const std::pair<qint64, qint64> full = fullRange();
    const std::vector<qint64>& anchors = m_index.allAnchors();
    if (anchors.size() < 10)
        return full;
    // The narrowest window holding 80% of the events; the tails go off-screen only when keeping them
    // would squeeze the rest into a corner.
    const size_t n = anchors.size();
    const size_t k = (n * 4 + 4) / 5;
    size_t best = 0;
    for (size_t i = 1; i + k <= n; ++i) {
        if (anchors[i + k - 1] - anchors[i] < anchors[best + k - 1] - anchors[best])
            best = i;
    }
    const qint64 low = anchors[best];
    const qint64 high = anchors[best + k - 1];
    const qint64 span = std::max<qint64>(high - low, 7 * 86400);
    const std::pair<qint64, qint64> focus {low - span / 5, high + span / 3};
    if (double(focus.second - focus.first) > 0.25 * double(full.second - full.first))
        return full;
    return focus;
}

void TimelineChart::setAnnotations(const QList<ChartAnnotation>& annotations)
{
    m_annotations = annotations;
    invalidate();
}

void TimelineChart::setToday(std::optional<qint64> today)
{
    m_today = today;
    invalidate();
}

void TimelineChart::setSelectedIds(const QSet<qint64>& ids)
{
    m_selectedIds = ids;
    invalidate();
    Q_EMIT selectionHighlightChanged();
}

void TimelineChart::setNumberLabels(bool numbered)
{
    m_numberLabels = numbered;
    invalidate();
}

void TimelineChart::updateSelectedIds()
{
    if (!m_selection)
        return;
    QSet<qint64> ids;
    const QModelIndexList rows = m_selection->selectedRows();
    for (const QModelIndex& index : rows)
        ids.insert(index.data(EventModel::EventIdRole).toLongLong());
    setSelectedIds(ids);
}

void TimelineChart::applyPalette(const QPalette& palette)
{
    m_palette = palette;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    // setTheme resets fonts and colours, so it goes first and only when the theme really changes.
    const ChartTheme wanted = dark ? ChartThemeDark : ChartThemeLight;
    if (theme() != wanted)
        setTheme(wanted);
    setBackgroundBrush(palette.color(QPalette::Base));
    setBackgroundRoundness(0);
    setPlotAreaBackgroundVisible(false);
    legend()->setLabelColor(palette.color(QPalette::Text));
    m_laneAxis->setLabelsColor(palette.color(QPalette::Text));
    QFont laneFont = font();
    laneFont.setBold(true);
    m_laneAxis->setLabelsFont(laneFont);
    updateLegend();
    invalidate();
}

void TimelineChart::updateLaneAxis()
{
    const auto& lanes = m_index.lanes();
    const QFontMetricsF metrics(m_laneAxis->labelsFont());
    QStringList labels;
    for (const Lane& lane : lanes) {
        QString label = metrics.elidedText(lane.label, Qt::ElideRight, 170);
        // Category labels are the axis' keys: two entities sharing a name still need two lanes.
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
    }
    if (labels == m_laneAxis->categoriesLabels())
        return;
    // A fresh axis: QCategoryAxis loses its edge labels when categories are removed and appended again.
    auto* axis = new QCategoryAxis(this);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setReverse(true);
    axis->setGridLineVisible(false);
    axis->setLineVisible(false);
    axis->setLabelsFont(m_laneAxis->labelsFont());
    axis->setLabelsColor(m_laneAxis->labelsColor());
    for (qsizetype i = 0; i < labels.size(); ++i)
        axis->append(labels.at(i), qreal(i + 1));
    axis->setStartValue(0);
    axis->setRange(0, std::max<qreal>(1, qreal(labels.size())));
    removeAllSeries();
    removeAxis(m_laneAxis);
    delete m_laneAxis;
    m_laneAxis = axis;
    addAxis(m_laneAxis, Qt::AlignLeft);
}

void TimelineChart::updateLegend()
{
    std::fill(std::begin(m_legendExtents), std::end(m_legendExtents), LegendExtent {});
    buildLegend(LegendDetail::Everything);
    fitLegend();
}

void TimelineChart::buildLegend(LegendDetail detail)
{
    removeAllSeries();
    m_legendDetail = detail;
    const QColor neutral = m_palette.color(QPalette::Text);
    const QColor background = m_palette.color(QPalette::Base);
    const auto addEntry
        = [&](const QString& name, QScatterSeries::MarkerShape shape, const QColor& fill, const QColor& border) {
              auto* series = new QScatterSeries(this);
              series->setName(name);
              series->setMarkerShape(shape);
              series->setMarkerSize(11);
              series->setColor(fill);
              series->setBorderColor(border);
              addSeries(series);
              series->attachAxis(m_timeAxis);
              series->attachAxis(m_laneAxis);
          };
    // Lanes by type name each colour beside its lane already.
    if (!typesOnLanes()) {
        for (const QString& type : m_index.typesPresent())
            addEntry(EventTypes::label(type), QScatterSeries::MarkerShapeRectangle, EventTypes::color(type),
                EventTypes::color(type));
    }
    if (detail == LegendDetail::Types)
        return;
    const QList<MarkerStyle::Shape> shapes = MarkerStyle::shapesFor(m_index.modalitiesPresent());
    if (shapes.size() > 1 || (shapes.size() == 1 && shapes.first() != MarkerStyle::Shape::Circle)) {
        for (MarkerStyle::Shape shape : shapes)
            addEntry(MarkerStyle::shapeLabel(shape), MarkerStyle::seriesShape(shape), neutral, neutral);
    }
    if (detail == LegendDetail::TypesAndShapes)
        return;
    for (ReviewStatus status : m_index.statusesPresent()) {
        const QColor fill = status == ReviewStatus::Confirmed ? neutral : background;
        const QColor border = status == ReviewStatus::Rejected ? QColor(150, 150, 150) : neutral;
        addEntry(statusLabel(status), QScatterSeries::MarkerShapeCircle, fill, border);
    }
}

bool TimelineChart::typesOnLanes() const
{
    return m_index.laneMode() == LaneMode::Type;
}

void TimelineChart::fitLegend()
{
    if (!legend()->isVisible() || size().isEmpty())
        return;
    // The legend sits inside the chart's margins with a little padding of its own.
    const double rowRoom = size().width() - margins().left() - margins().right() - 18;
    const double columnRoom = size().height() - margins().top() - margins().bottom() - 18;
    const auto extentAt = [this](LegendDetail detail) -> const LegendExtent& {
        LegendExtent& extent = m_legendExtents[int(detail)];
        if (extent.row < 0) {
            if (m_legendDetail != detail)
                buildLegend(detail);
            // A QLegend's size hint does not grow with its entries. Each entry is its marker and its
            // label with 4-pixel margins around and between them (Qt Charts' legend items); in a row,
            // entries that do not fit get their labels elided, in a column they are cut off.
            const QFontMetricsF metrics(legend()->font());
            constexpr double markerSize = 11;
            extent = {0, 0};
            for (const QLegendMarker* marker : legend()->markers()) {
                extent.row += markerSize + metrics.horizontalAdvance(marker->label()) + 3 * 4 + 8;
                extent.column += std::max(markerSize, metrics.height()) + 8;
            }
        }
        return extent;
    };
    // Without the type colours the legend may fit in one row under the plot, which leaves the plot
    // the chart's full width; otherwise it takes a column beside the plot.
    bool inRow = false;
    LegendDetail chosen = LegendDetail::Types;
    const auto fits = [&](bool row) {
        for (LegendDetail detail : {LegendDetail::Everything, LegendDetail::TypesAndShapes}) {
            const LegendExtent& extent = extentAt(detail);
            if ((row ? extent.row : extent.column) <= (row ? rowRoom : columnRoom)) {
                inRow = row;
                chosen = detail;
                return true;
            }
        }
        return false;
    };
    if (!(typesOnLanes() && fits(true)))
        fits(false);
    if (chosen != m_legendDetail)
        buildLegend(chosen);
    const Qt::Alignment alignment = inRow ? Qt::AlignBottom : Qt::AlignRight;
    if (legend()->alignment() != alignment)
        legend()->setAlignment(alignment);
    // Under the plot the legend leaves room for the two lines of time labels (EventLayerItem).
    if (QGraphicsLayout* layout = legend()->layout()) {
        if (!m_legendMargins) {
            qreal left = 0, top = 0, right = 0, bottom = 0;
            layout->getContentsMargins(&left, &top, &right, &bottom);
            m_legendMargins = QMarginsF(left, top, right, bottom);
        }
        const double timeLabels = inRow ? 2 * QFontMetricsF(font()).height() + 6 : 0;
        layout->setContentsMargins(m_legendMargins->left(), m_legendMargins->top() + timeLabels,
            m_legendMargins->right(), m_legendMargins->bottom());
    }
}

void TimelineChart::resizeEvent(QGraphicsSceneResizeEvent* event)
{
    QChart::resizeEvent(event);
    fitLegend();
}

void TimelineChart::invalidate()
{
    m_layout.reset();
    if (m_layer)
        m_layer->chartChanged();
}

const TimelineLayout& TimelineChart::currentLayout()
{
    if (!m_layout) {
        LayoutParams params;
        params.plot = plotArea();
        params.from = m_from;
        params.to = m_to;
        params.font = font();
        const QFontMetricsF metrics(params.font);
        params.rowHeight = std::ceil(metrics.height() + 6);
        params.markerSize = std::max(9.0, std::round(metrics.height() * 0.7));
        params.maxLabelWidth = std::max(160.0, metrics.averageCharWidth() * 42);
        params.selected = m_selectedIds;
        params.numberLabels = m_numberLabels;
        m_layout = TimelineLayout::compute(m_index, params);
    }
    return *m_layout;
}

int TimelineChart::eventAt(const QPointF& point)
{
    return currentLayout().hitTest(point);
}

void TimelineChart::activateLayout()
{
    if (QGraphicsLayout* l = layout())
        l->activate();
    invalidate();
}

} // namespace Kairos
