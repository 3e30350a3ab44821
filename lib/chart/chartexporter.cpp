// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "timelinechart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace Kairos {

namespace {

/// Reports are printed on white: exports use a light palette whatever the desktop's theme.
QPalette paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x24, 0x28));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x24, 0x28));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xdb));
    return palette;
}

QString laneModeText(LaneMode mode)
{
    switch (mode) {
    case LaneMode::Type:
        return QCoreApplication::translate("Kairos::ChartExporter", "lanes by event type");
    case LaneMode::Entity:
        return QCoreApplication::translate("Kairos::ChartExporter", "lanes by entity");
    case LaneMode::Outlet:
        return QCoreApplication::translate("Kairos::ChartExporter", "lanes by outlet");
    }
    return {};
}

} // namespace

ChartExporter::ChartExporter(TimelineChart* source)
    : m_source(source)
{ }

QString ChartExporter::pageTitle() const
{
    return m_title.isEmpty() ? QCoreApplication::translate("Kairos::ChartExporter", "Timeline of events") : m_title;
}

QStringList ChartExporter::supportedSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

QString ChartExporter::noteFor(qint64 eventId) const
{
    const QString source = m_lookup ? m_lookup(eventId) : QString();
    if (!source.isEmpty())
        return source;
    const int index = m_source->index().indexOfId(eventId);
    const QString title = index >= 0 ? m_source->index().events()[size_t(index)].title : QString();
    return QCoreApplication::translate("Kairos::ChartExporter", "“%1” (no source recorded)").arg(title);
}

QImage ChartExporter::renderImage(const QSize& pixels, int dpi) const
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    const double scale = dpi / 96.0;
    painter.scale(scale, scale);
    renderPage(&painter, QSizeF(pixels.width() / scale, pixels.height() / scale));
    painter.end();
    return image;
}

void ChartExporter::renderPage(QPainter* painter, const QSizeF& size) const
{
    const QPalette palette = paperPalette();
    const double base = std::clamp(std::min(size.width() / 115, size.height() / 62), 9.0, 16.0);
    const double margin = std::round(base * 1.6);
    QFont font = m_source->font();
    font.setPixelSize(int(std::round(base)));
    QFont titleFont = font;
    titleFont.setPixelSize(int(std::round(base * 1.6)));
    titleFont.setBold(true);
    QFont smallFont = font;
    smallFont.setPixelSize(int(std::round(base * 0.85)));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(QRectF(QPointF(0, 0), size), palette.color(QPalette::Base));

    // The chart is laid out again for this size: same events, range, lanes and highlight.
    QGraphicsScene scene;
    auto* chart = new TimelineChart;
    scene.addItem(chart);
    chart->setFont(font);
    chart->legend()->setFont(smallFont);
    chart->applyPalette(palette);
    chart->setLaneMode(m_source->laneMode());
    chart->setEvents(m_source->index().events());
    chart->setRange(m_source->from(), m_source->to());
    chart->setSelectedIds(m_source->selectedIds());
    chart->setAnnotations(m_source->annotations());
    chart->setToday(m_source->today());
    chart->setNumberLabels(true);
    chart->setMargins(QMargins(0, 4, 0, int(std::ceil(QFontMetricsF(font).height() * 2 + 10))));

    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF metrics(font);
    const QFontMetricsF smallMetrics(smallFont);
    double y = margin;
    const QString title = pageTitle();
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const double textWidth = size.width() - 2 * margin;
    painter->drawText(
        QPointF(margin, y + titleMetrics.ascent()), titleMetrics.elidedText(title, Qt::ElideRight, textWidth));
    y += titleMetrics.height() + base * 0.3;

    const int columns = size.width() >= 1200 ? 3 : size.width() >= 760 ? 2 : 1;
    const double columnWidth = (textWidth - (columns - 1) * base * 1.5) / columns;
    const double headerBottom = y + metrics.height() + base * 0.5;
    const double maxFooter = size.height() * 0.3;
    const auto layoutChart = [&](double footer) {
        const QRectF area(margin, headerBottom, textWidth, size.height() - margin - footer - headerBottom);
        chart->resize(area.size());
        chart->activateLayout();
        return area;
    };
    const auto footerFor = [&](size_t notes) {
        if (notes == 0)
            return 0.0;
        const double lines = std::ceil(double(notes) / columns);
        return std::min(maxFooter, base + metrics.height() + lines * smallMetrics.lineSpacing());
    };
    // The footer's height depends on how many labels the chart places and the reverse: settle it.
    QRectF area = layoutChart(size.height() * 0.18);
    for (int pass = 0; pass < 3; ++pass) {
        const double footer = footerFor(chart->currentLayout().labels.size());
        if (std::abs(footer - (size.height() - margin - area.bottom())) < 1)
            break;
        area = layoutChart(footer);
    }
    const TimelineLayout& layout = chart->currentLayout();

    // Subtitle: what window and how much of it.
    int shown = 0;
    for (const LaneGeometry& lane : layout.lanes)
        shown += lane.inView;
    QString subtitle = layout.ticks.rangeText + QStringLiteral("  ·  ")
        + QCoreApplication::translate("Kairos::ChartExporter", "%n event(s) in view", nullptr, shown)
        + QStringLiteral("  ·  ") + laneModeText(chart->laneMode());
    if (!m_source->selectedIds().isEmpty())
        subtitle += QStringLiteral("  ·  ")
            + QCoreApplication::translate(
                "Kairos::ChartExporter", "%n selected", nullptr, int(m_source->selectedIds().size()));
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text).lighter(160));
    painter->drawText(QPointF(margin, y + metrics.ascent()), metrics.elidedText(subtitle, Qt::ElideRight, textWidth));

    scene.render(painter, area, QRectF(QPointF(0, 0), area.size()));

    // Footer: numbered sources in columns, as many as the page holds.
    std::vector<const LabelPlacement*> notes;
    for (const LabelPlacement& label : layout.labels)
        notes.push_back(&label);
    std::sort(notes.begin(), notes.end(), [](auto a, auto b) { return a->number < b->number; });
    if (!notes.empty()) {
        double fy = area.bottom() + base * 0.6;
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::Text));
        QFont bold = font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->drawText(
            QPointF(margin, fy + metrics.ascent()), QCoreApplication::translate("Kairos::ChartExporter", "Sources"));
        fy += metrics.height() + base * 0.2;
        painter->setFont(smallFont);
        const int linesPerColumn = std::max(1, int((size.height() - margin - fy) / smallMetrics.lineSpacing()));
        const size_t capacity = size_t(linesPerColumn * columns);
        const size_t perColumn = std::min<size_t>(size_t(linesPerColumn), (notes.size() + columns - 1) / columns);
        for (size_t i = 0; i < notes.size() && i < capacity; ++i) {
            const ChartEvent& e = chart->index().events()[size_t(notes[i]->event)];
            QString text = QStringLiteral("[%1] ").arg(notes[i]->number) + noteFor(e.id);
            const int more = int(notes.size() - capacity + 1);
            if (i + 1 == capacity && notes.size() > capacity)
                text = QCoreApplication::translate(
                    "Kairos::ChartExporter", "… and %n more source(s) not listed", nullptr, more);
            const double x = margin + double(i / perColumn) * (columnWidth + base * 1.5);
            const double ly = fy + double(i % perColumn) * smallMetrics.lineSpacing() + smallMetrics.ascent();
            painter->drawText(QPointF(x, ly), smallMetrics.elidedText(text, Qt::ElideRight, columnWidth));
        }
    }
    painter->restore();
}

} // namespace Kairos
