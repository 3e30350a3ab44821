// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline chart speed at 1920×1080, offscreen: time to first paint and the median and 95th percentile
// of a zoom or pan step (new range, layout, full repaint of the chart into an image).
// 1k and 10k events go through a real SQLite workspace, EventModel and EventFilterProxy; 100k and 1M
// are fed to the chart's index directly (TimelineChart::setEvents), as inserting a million rows would
// measure the store, not the chart.
#include "../chart/charttestdata.h"
#include "chart/timelinechart.h"
#include "models/eventfilterproxy.h"
#include "models/eventmodel.h"
#include "store/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace Kairos;

namespace {

const QSize screen(1920, 1080);

void paint(QGraphicsScene& scene, QImage& image)
{
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), screen), QRectF(QPointF(0, 0), screen));
}

std::unique_ptr<Workspace> makeWorkspace(const QString& file, const std::vector<ChartEvent>& events)
{
    StoreError error;
    auto workspace = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, &error);
    WorkspaceTransaction transaction(*workspace);
    for (const ChartEvent& c : events) {
        Event e;
        e.title = c.title;
        e.start = TimePoint::fromSeconds(c.anchor);
        e.precision = DatePrecision::Day;
        e.type = c.type;
        e.status = c.status;
        e.modality = c.modality;
        workspace->insertEvent(e);
    }
    transaction.commit();
    return workspace;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 from = TimePoint::fromDate(2023, 1, 1).seconds();
    const qint64 to = TimePoint::fromDate(2026, 1, 1).seconds();
    out << "events     source      first paint ms   step median ms   step p95 ms   bins/markers at fit\n";
    // --only N measures one size (for profiling).
    const QStringList args = app.arguments();
    const int only
        = args.contains(QStringLiteral("--only")) ? args.value(args.indexOf(QStringLiteral("--only")) + 1).toInt() : 0;
    for (int count : {1000, 10000, 100000, 1000000}) {
        if (only > 0 && count != only)
            continue;
        const std::vector<ChartEvent> events = Test::syntheticEvents(count, 8, from, to);
        const bool viaStore = count <= 10000;
        QTemporaryDir dir;
        std::unique_ptr<Workspace> workspace;
        if (viaStore)
            workspace = makeWorkspace(dir.filePath(QStringLiteral("bench.kairos")), events);

        QImage image(screen, QImage::Format_ARGB32_Premultiplied);
        QElapsedTimer timer;
        timer.start();
        QGraphicsScene scene;
        auto* chart = new TimelineChart;
        scene.addItem(chart);
        std::unique_ptr<EventModel> model;
        std::unique_ptr<EventFilterProxy> proxy;
        if (viaStore) {
            StoreError error;
            workspace
                = Workspace::open(dir.filePath(QStringLiteral("bench.kairos")), Workspace::OpenMode::ReadOnly, &error);
            model = std::make_unique<EventModel>(workspace.get());
            proxy = std::make_unique<EventFilterProxy>(workspace.get());
            proxy->setSourceModel(model.get());
            chart->setModel(proxy.get());
        } else {
            chart->setEvents(events);
        }
        chart->resize(screen);
        chart->activateLayout();
        paint(scene, image);
        const double firstPaint = double(timer.nsecsElapsed()) / 1e6;
        const TimelineLayout& fit = chart->currentLayout();
        const QString shape = QStringLiteral("%1/%2").arg(fit.bins.size()).arg(fit.markers.size());

        std::mt19937 random(3);
        std::vector<double> steps;
        for (int i = 0; i < 120; ++i) {
            const qint64 f = chart->from();
            const qint64 t = chart->to();
            const qint64 span = t - f;
            qint64 nf = f;
            qint64 nt = t;
            switch (i % 6) {
            case 0:
            case 1:
            case 2: { // zoom in around a random point
                const qint64 at = f + qint64(random() % 1000) * span / 1000;
                nf = at - qint64(double(at - f) * 0.7);
                nt = at + qint64(double(t - at) * 0.7);
                break;
            }
            case 3: // pan
            case 4:
                nf = f + span / 10;
                nt = t + span / 10;
                break;
            default: // zoom back out, never beyond everything
                nf = std::max(from - 86400, f - span);
                nt = std::min(to + 86400, t + span);
                break;
            }
            timer.restart();
            chart->setRange(nf, nt);
            paint(scene, image);
            steps.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        out << QStringLiteral("%1 %2 %3 %4 %5   %6\n")
                   .arg(count, -10)
                   .arg(viaStore ? QStringLiteral("workspace") : QStringLiteral("index"), -11)
                   .arg(firstPaint, 14, 'f', 1)
                   .arg(percentile(steps, 0.5), 16, 'f', 2)
                   .arg(percentile(steps, 0.95), 13, 'f', 2)
                   .arg(shape);
        out.flush();
    }
    return 0;
}
