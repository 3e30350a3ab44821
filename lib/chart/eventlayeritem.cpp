// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlayeritem.h"

#include "markerstyle.h"
#include "timelinechart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>

namespace Kairos {

namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

const QColor todayColor(0xd0, 0x34, 0x2c);
const QColor annotationColor(0xc7, 0x77, 0x00);

} // namespace

EventLayerItem::EventLayerItem(TimelineChart* chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    // Above the chart's axes and (empty) series, below the legend.
    setZValue(10);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF EventLayerItem::boundingRect() const
{
    return m_bounds;
}

void EventLayerItem::chartChanged()
{
    const QRectF bounds = m_chart->rect();
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

void EventLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const TimelineLayout& layout = m_chart->currentLayout();
    const QRectF plot = layout.params().plot;
    if (plot.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(layout.params().font);
    paintGrid(painter, layout);
    painter->save();
    painter->setClipRect(plot.adjusted(-1, -1, 1, 1));
    paintBins(painter, layout);
    paintNotes(painter, layout);
    paintMarkers(painter, layout);
    paintLabels(painter, layout);
    painter->restore();
    const QColor text = m_chart->chartPalette().color(QPalette::Text);
    painter->setPen(withAlpha(text, 150));
    if (m_chart->index().isEmpty()) {
        painter->drawText(
            plot, Qt::AlignCenter, QCoreApplication::translate("Kairos::EventLayerItem", "No dated events to show"));
    } else if (m_chart->index().undatedCount() > 0) {
        const QString note = QCoreApplication::translate(
            "Kairos::EventLayerItem", "%n undated event(s) not shown", nullptr, m_chart->index().undatedCount());
        painter->drawText(plot.adjusted(0, 0, -6, -4), Qt::AlignRight | Qt::AlignBottom, note);
    }
    painter->restore();
}

void EventLayerItem::paintGrid(QPainter* painter, const TimelineLayout& layout)
{
    const QRectF plot = layout.params().plot;
    const QColor text = m_chart->chartPalette().color(QPalette::Text);
    for (const LaneGeometry& lane : layout.lanes) {
        if (lane.lane % 2)
            painter->fillRect(lane.rect, withAlpha(text, 10));
        painter->setPen(QPen(withAlpha(text, 40), 1));
        if (lane.lane > 0)
            painter->drawLine(lane.rect.topLeft(), lane.rect.topRight());
    }
    const QFontMetricsF metrics(painter->font());
    const double lineHeight = metrics.height();
    painter->setPen(QPen(withAlpha(text, 28), 1));
    for (const Tick& tick : layout.ticks.ticks) {
        const double x = layout.xOf(tick.time);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter->setPen(QPen(withAlpha(text, 80), 1));
    for (const Tick& tick : layout.ticks.context) {
        const double x = layout.xOf(tick.time);
        if (x > plot.left() + 0.5)
            painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 2 * lineHeight + 4));
    }
    painter->setPen(QPen(withAlpha(text, 110), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(plot);

    // Tick labels start at their tick; a label that would run into the previous one is left out.
    painter->setPen(withAlpha(text, 200));
    double freeFrom = plot.left() - 1e9;
    for (const Tick& tick : layout.ticks.ticks) {
        const double x = layout.xOf(tick.time);
        const double width = metrics.horizontalAdvance(tick.label);
        if (x + 3 < freeFrom || x + 3 + width > plot.right() + 20)
            continue;
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        painter->drawText(QPointF(x + 3, plot.bottom() + 3 + metrics.ascent()), tick.label);
        freeFrom = x + 3 + width + 8;
    }
    QFont bold = painter->font();
    bold.setBold(true);
    painter->setFont(bold);
    const QFontMetricsF boldMetrics(bold);
    painter->setPen(text);
    const double y = plot.bottom() + 5 + lineHeight + boldMetrics.ascent();
    const auto& context = layout.ticks.context;
    for (qsizetype i = 0; i < context.size(); ++i) {
        const double x = std::max(plot.left(), layout.xOf(context.at(i).time));
        const double width = boldMetrics.horizontalAdvance(context.at(i).label);
        const double nextX = i + 1 < context.size() ? layout.xOf(context.at(i + 1).time) : plot.right() + 40;
        if (x + 3 + width + 6 > nextX)
            continue;
        painter->drawText(QPointF(x + 3, y), context.at(i).label);
    }
    painter->setFont(layout.params().font);
}

void EventLayerItem::paintBins(QPainter* painter, const TimelineLayout& layout)
{
    const auto& lanes = m_chart->index().lanes();
    const QColor text = m_chart->chartPalette().color(QPalette::Text);
    std::vector<QRgb> colorOfLane(layout.lanes.size());
    for (size_t lane = 0; lane < layout.lanes.size(); ++lane) {
        const QColor color = m_chart->laneMode() == LaneMode::Type ? lanes[lane].color : text;
        colorOfLane[lane] = qPremultiply(withAlpha(color, 170).rgba());
    }
    const auto barOf = [&](const BinPlacement& bin) {
        const LaneGeometry& lane = layout.lanes[size_t(bin.lane)];
        const double usable = lane.rect.height() - 8;
        const double h = std::max(1.5, usable * bin.count / lane.maxBin);
        return QRectF(bin.x0 + 0.5, lane.rect.bottom() - 3 - h, std::max(1.0, bin.x1 - bin.x0 - 1), h);
    };
    const auto shown
        = [&](const BinPlacement& bin) { return bin.count > 0 && layout.lanes[size_t(bin.lane)].maxBin > 0; };
    if (painter->paintEngine()->type() != QPaintEngine::Raster) {
        // Vector exports keep every bar a rectangle.
        painter->setPen(Qt::NoPen);
        for (const BinPlacement& bin : layout.bins) {
            if (!shown(bin))
                continue;
            painter->setBrush(QColor::fromRgba(qUnpremultiply(colorOfLane[size_t(bin.lane)])));
            painter->drawRect(barOf(bin));
        }
    } else {
        // On screen the bars are written straight into one image drawn once: the raster engine splits every
        // fill over threads by scanline, which for thousands of thin, tall bars costs far more than their pixels.
        const QRectF plot = layout.params().plot;
        const double scale = std::max(1.0, painter->deviceTransform().m11());
        QImage bars((plot.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        bars.fill(Qt::transparent);
        const QRect inImage = bars.rect();
        for (const BinPlacement& bin : layout.bins) {
            if (!shown(bin))
                continue;
            const QRectF bar = barOf(bin).translated(-plot.topLeft());
            const QRect pixels = QRectF(bar.topLeft() * scale, bar.size() * scale).toAlignedRect().intersected(inImage);
            const QRgb color = colorOfLane[size_t(bin.lane)];
            for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
                QRgb* line = reinterpret_cast<QRgb*>(bars.scanLine(y));
                std::fill(line + pixels.left(), line + pixels.right() + 1, color);
            }
        }
        painter->drawImage(plot, bars);
    }
    painter->setPen(withAlpha(text, 170));
    for (const LaneGeometry& lane : layout.lanes) {
        if (lane.density) {
            painter->drawText(lane.rect.adjusted(6, 2, -6, 0), Qt::AlignLeft | Qt::AlignTop,
                QCoreApplication::translate("Kairos::EventLayerItem", "%1 events, up to %2 per bin")
                    .arg(QLocale().toString(lane.inView), QLocale().toString(lane.maxBin)));
        }
    }
}

void EventLayerItem::paintMarkers(QPainter* painter, const TimelineLayout& layout)
{
    const auto& events = m_chart->index().events();
    const QPalette& palette = m_chart->chartPalette();
    const QColor background = palette.color(QPalette::Base);
    const double size = layout.params().markerSize;
    for (const MarkerPlacement& m : layout.markers) {
        const ChartEvent& e = events[size_t(m.event)];
        const QColor color = QColor::fromRgba(e.typeColor);
        const bool rejected = e.status == ReviewStatus::Rejected;
        if (e.boundsOnly) {
            // Only bounds are known: a faint line over what the text allows, fading where a bound is open.
            const double open = 48;
            const double x0 = e.openStart ? m.x - open : m.spanStart;
            const double x1 = e.openEnd ? m.x + open : m.spanEnd;
            QLinearGradient gradient(x0, 0, x1, 0);
            gradient.setColorAt(0, withAlpha(color, e.openStart ? 0 : 110));
            gradient.setColorAt(1, withAlpha(color, e.openEnd ? 0 : 110));
            painter->setPen(Qt::NoPen);
            painter->setBrush(gradient);
            painter->drawRoundedRect(QRectF(x0, m.y - 2, std::max(2.0, x1 - x0), 4), 2, 2);
        } else if (m.spanEnd - m.spanStart > 2 && (m.spanStart < m.x - 1 || m.spanEnd > m.xEnd + 1)) {
            // A month- or year-precise date: the whole period it could be in, faded.
            painter->setPen(Qt::NoPen);
            painter->setBrush(withAlpha(color, 45));
            painter->drawRoundedRect(QRectF(m.spanStart, m.y - size / 2 - 2, m.spanEnd - m.spanStart, size + 4), 3, 3);
        }
        if (m.xEnd > m.x + 1) {
            const QRectF bar(m.x, m.y - size * 0.3, m.xEnd - m.x, size * 0.6);
            painter->setPen(QPen(rejected ? QColor(150, 150, 150) : color, 1));
            painter->setBrush(
                withAlpha(rejected ? QColor(150, 150, 150) : color, e.status == ReviewStatus::Confirmed ? 210 : 70));
            painter->drawRoundedRect(bar, 2, 2);
        }
        if (m.selected) {
            painter->setPen(QPen(palette.color(QPalette::Highlight), 2.5));
            painter->setBrush(withAlpha(palette.color(QPalette::Highlight), 50));
            painter->drawEllipse(QPointF(m.x, m.y), size * 0.95, size * 0.95);
        }
        m_sprites.paint(
            painter, MarkerStyle::shapeFor(e.modality), QPointF(m.x, m.y), size, color, e.status, background);
    }
}

void EventLayerItem::paintLabels(QPainter* painter, const TimelineLayout& layout)
{
    const auto& events = m_chart->index().events();
    const QPalette& palette = m_chart->chartPalette();
    const QFontMetricsF metrics(painter->font());
    QFont numberFont = painter->font();
    numberFont.setBold(true);
    for (const LabelPlacement& label : layout.labels) {
        const ChartEvent& e = events[size_t(label.event)];
        if (layout.params().selected.contains(e.id))
            painter->fillRect(label.rect.adjusted(-2, 0, 2, 0), withAlpha(palette.color(QPalette::Highlight), 70));
        else
            painter->fillRect(label.rect, withAlpha(palette.color(QPalette::Base), 190));
        const double baseline = label.rect.top() + (label.rect.height() - metrics.height()) / 2 + metrics.ascent();
        double textLeft = label.rect.left();
        if (label.number > 0) {
            const QString number = QStringLiteral("[%1] ").arg(label.number);
            painter->setFont(numberFont);
            painter->setPen(annotationColor.darker(115));
            painter->drawText(QPointF(textLeft, baseline), number);
            textLeft += QFontMetricsF(numberFont).horizontalAdvance(number);
            painter->setFont(layout.params().font);
        }
        QColor color = palette.color(QPalette::Text);
        if (e.status == ReviewStatus::Rejected)
            color = withAlpha(color, 110);
        painter->setPen(color);
        painter->drawText(QPointF(textLeft, baseline), label.text);
    }
}

void EventLayerItem::paintNotes(QPainter* painter, const TimelineLayout& layout)
{
    const QRectF plot = layout.params().plot;
    const QFontMetricsF metrics(painter->font());
    const QColor base = m_chart->chartPalette().color(QPalette::Base);
    double lastRight = -1e9;
    int stack = 0;
    const auto flag = [&](qint64 at, const QString& text, const QColor& color, Qt::PenStyle style) {
        const double x = layout.xOf(at);
        if (x < plot.left() || x > plot.right())
            return;
        painter->setPen(QPen(color, 1.5, style));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QString shown = metrics.elidedText(text, Qt::ElideRight, 220);
        const double width = metrics.horizontalAdvance(shown) + 8;
        // Notes close together stack downwards instead of covering each other.
        stack = x < lastRight ? stack + 1 : 0;
        const double left = std::min(x + 2, plot.right() - width);
        const QRectF box(left, plot.top() + 2 + stack * (metrics.height() + 4), width, metrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(withAlpha(base, 220));
        painter->drawRect(box);
        painter->setPen(color);
        painter->drawText(box, Qt::AlignCenter, shown);
        lastRight = std::max(lastRight, box.right() + 4);
    };
    QList<ChartAnnotation> notes = m_chart->annotations();
    std::sort(notes.begin(), notes.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    for (const ChartAnnotation& note : std::as_const(notes))
        flag(note.at, note.text, annotationColor, Qt::DashLine);
    if (m_chart->today())
        flag(*m_chart->today(), QCoreApplication::translate("Kairos::EventLayerItem", "Today"), todayColor,
            Qt::SolidLine);
}

} // namespace Kairos
