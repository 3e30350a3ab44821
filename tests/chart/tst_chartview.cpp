// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/markerstyle.h"
#include "chart/timelineview.h"
#include "chart/zoomhistory.h"
#include "charttestdata.h"
#include "models/eventfilterproxy.h"
#include "models/eventmodel.h"
#include "testworkspace.h"

#include <QGraphicsScene>
#include <QLegendMarker>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Kairos;

namespace {

Event makeEvent(const QString& title, qint64 year, int month, int dayOfMonth, const QString& type)
{
    Event e;
    e.title = title;
    e.start = TimePoint::fromDate(year, month, dayOfMonth);
    e.precision = DatePrecision::Day;
    e.type = type;
    e.status = ReviewStatus::Confirmed;
    return e;
}

/// The chart as the main window sets it up: a view of the filter proxy over the event model, sharing
/// its selection model with whoever else shows the proxy.
struct ChartOnModel
{
    explicit ChartOnModel(Workspace* workspace)
        : model(workspace)
        , proxy(workspace)
    {
        proxy.setSourceModel(&model);
        view = std::make_unique<TimelineView>(&proxy, &selection);
    }
    EventModel model;
    EventFilterProxy proxy;
    QItemSelectionModel selection {&proxy};
    std::unique_ptr<TimelineView> view;
    TimelineChart* chart() { return view->timelineChart(); }
};

/// A chart of 200 events of ten types, with every modality and status, in a scene of its own.
struct LegendChart
{
    LegendChart()
    {
        scene.addItem(chart);
        const qint64 from = TimePoint::fromDate(2025, 1, 1).seconds();
        chart->setEvents(Test::syntheticEvents(200, 10, from, from + 365 * 86400));
    }
    QGraphicsScene scene;
    TimelineChart* chart = new TimelineChart;
};

/// Where the legend's entries are drawn once laid out (entries made anew are placed at the next
/// layout request).
QList<QRectF> legendEntryBoxes(TimelineChart* chart)
{
    QCoreApplication::processEvents();
    chart->activateLayout();
    QList<QRectF> boxes;
    for (QGraphicsItem* item : chart->legend()->childItems()) {
        for (QGraphicsItem* entry : item->childItems()) {
            if (entry->isVisible())
                boxes << entry->sceneBoundingRect();
        }
    }
    return boxes;
}

} // namespace

class TestChartView : public QObject
{
    Q_OBJECT
private:
    Test::TestWorkspace m_files {QStringLiteral("sqlite")};
    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        StoreError error;
        m_workspace = Workspace::open(m_files.create(), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
        const QStringList types = {QStringLiteral("approval"), QStringLiteral("meeting"), QStringLiteral("decision")};
        for (int i = 0; i < 12; ++i) {
            Event e = makeEvent(i == 3 ? QStringLiteral("<b>bold</b> & co") : QStringLiteral("Event %1").arg(i), 2025,
                1 + i, 10, types.at(i % 3));
            QVERIFY(m_workspace->insertEvent(e));
        }
    }

    void selectionRoundTrips()
    {
        EventModel model(m_workspace.get());
        EventFilterProxy proxy(m_workspace.get());
        proxy.setSourceModel(&model);
        QItemSelectionModel selection(&proxy);
        QTableView table;
        table.setModel(&proxy);
        table.setSelectionModel(&selection);
        TimelineView view(&proxy, &selection);
        view.resize(1400, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TimelineChart* chart = view.timelineChart();
        QCOMPARE(int(chart->index().events().size()), proxy.rowCount());

        // Chart → selection model → table.
        const TimelineLayout& layout = chart->currentLayout();
        QVERIFY(!layout.markers.empty());
        const MarkerPlacement marker = layout.markers.at(2);
        const qint64 id = chart->index().events()[size_t(marker.event)].id;
        const QPoint at = view.mapFromScene(chart->mapToScene(QPointF(marker.x, marker.y)));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        const QModelIndexList rows = selection.selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(EventModel::EventIdRole).toLongLong(), id);
        QVERIFY(table.selectionModel()->isRowSelected(rows.first().row(), {}));
        QVERIFY(chart->currentLayout().markerOf(marker.event)->selected);

        // Table → chart highlight.
        table.selectRow(5);
        const qint64 tableId = proxy.index(5, 0).data(EventModel::EventIdRole).toLongLong();
        QCOMPARE(chart->selectedIds(), QSet<qint64>({tableId}));
        const int event = chart->index().indexOfId(tableId);
        QVERIFY(chart->currentLayout().markerOf(event)->selected);

        // Clicking empty space clears the shared selection.
        const QRectF plot = chart->plotArea();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
            view.mapFromScene(chart->mapToScene(QPointF(plot.left() + 3, plot.bottom() - 3))));
        QVERIFY(selection.selectedRows().isEmpty());

        // Double-click asks for the evidence of the event under the cursor.
        QSignalSpy evidence(&view, &TimelineView::evidenceRequested);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().first().toLongLong(), id);
    }

    void followsFilterAndInserts()
    {
        ChartOnModel shown(m_workspace.get());
        EventFilterProxy& proxy = shown.proxy;
        TimelineChart* chart = shown.chart();
        QCOMPARE(chart->index().events().size(), size_t(12));
        proxy.setTypes({QStringLiteral("meeting")});
        QTRY_COMPARE(chart->index().events().size(), size_t(4));
        QCOMPARE(chart->index().lanes().size(), size_t(1));
        Event extra = makeEvent(QStringLiteral("Late meeting"), 2026, 2, 1, QStringLiteral("meeting"));
        QVERIFY(m_workspace->insertEvent(extra));
        QTRY_COMPARE(chart->index().events().size(), size_t(5));
        QVERIFY(chart->index().indexOfId(extra.id) >= 0);
        QVERIFY(m_workspace->deleteEvent(extra.id));
        QTRY_COMPARE(chart->index().events().size(), size_t(4));
    }

    void editsInPlaceUnlessTheEventMoves()
    {
        ChartOnModel shown(m_workspace.get());
        EventFilterProxy& proxy = shown.proxy;
        TimelineChart* chart = shown.chart();
        QSignalSpy rebuilt(chart, &TimelineChart::indexRebuilt);
        const qint64 id = proxy.index(2, 0).data(EventModel::EventIdRole).toLongLong();
        const auto indexed = [&] { return chart->index().events()[size_t(chart->index().indexOfId(id))]; };

        // Reviewing an event (status, title) leaves it where it is: no rebuild of a possibly huge index.
        Event event = *m_workspace->event(id);
        event.status = ReviewStatus::Rejected;
        event.title = QStringLiteral("Renamed in place");
        QVERIFY(m_workspace->updateEvent(event));
        QTRY_COMPARE(indexed().status, ReviewStatus::Rejected);
        QCOMPARE(indexed().title, QStringLiteral("Renamed in place"));
        QCoreApplication::processEvents();
        QCOMPARE(rebuilt.count(), 0);

        // A new date moves it among the others: the index is rebuilt.
        event = *m_workspace->event(id);
        event.start = TimePoint::fromDate(2024, 6, 1);
        QVERIFY(m_workspace->updateEvent(event));
        QTRY_COMPARE(rebuilt.count(), 1);
        QCOMPARE(indexed().anchor, TimePoint::fromDate(2024, 6, 1).seconds());
        for (const Lane& lane : chart->index().lanes()) {
            if (lane.key == indexed().type) // now the earliest of its lane
                QCOMPARE(lane.anchors.front(), TimePoint::fromDate(2024, 6, 1).seconds());
        }

        event = *m_workspace->event(id);
        event.status = ReviewStatus::Confirmed;
        event.start = TimePoint::fromDate(2025, 3, 10);
        QVERIFY(m_workspace->updateEvent(event));
        QTRY_COMPARE(rebuilt.count(), 2);
    }

    void legendShowsWhatTheHeightAllows()
    {
        // Ten types, every modality and every status: twenty-odd legend entries. Lanes by outlet
        // need the type colours, in a column beside the plot.
        LegendChart fixture;
        TimelineChart* chart = fixture.chart;
        chart->setLaneMode(LaneMode::Outlet);
        const auto entries = [chart]() { return int(chart->legend()->markers().size()); };
        // The entries as laid out: the lowest one ends inside the chart.
        const auto fits = [chart]() {
            double bottom = 0;
            for (const QRectF& box : legendEntryBoxes(chart))
                bottom = std::max(bottom, box.bottom());
            return bottom > 0 && bottom <= chart->size().height();
        };
        chart->resize(1400, 1000);
        const int everything = entries();
        QVERIFY(everything > 15);
        QVERIFY(fits());
        // Too short for all of them: the statuses go first, then the shapes; the type colours stay.
        chart->resize(1400, 430);
        QVERIFY(fits());
        QVERIFY(entries() < everything);
        QVERIFY(entries() >= 10);
        chart->resize(1400, 240);
        QCOMPARE(entries(), 10);
        chart->resize(1400, 1000);
        QCOMPARE(entries(), everything);
        QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);
    }

    void legendUnderTypeLanesLeavesThePlotTheWidth()
    {
        LegendChart fixture;
        TimelineChart* chart = fixture.chart;
        QCOMPARE(chart->laneMode(), LaneMode::Type);
        const auto labels = [chart]() {
            QStringList names;
            for (const QLegendMarker* marker : chart->legend()->markers())
                names << marker->label();
            return names;
        };
        // Every entry laid out whole, side by side, under the plot.
        const auto inOneRow = [chart]() {
            const QList<QRectF> boxes = legendEntryBoxes(chart);
            const QRectF plot = chart->plotArea();
            for (const QRectF& box : boxes) {
                // Under the two lines of time labels.
                if (box.top() < plot.bottom() + 2 * QFontMetricsF(chart->font()).height() || box.left() < 0
                    || box.right() > chart->size().width())
                    return false;
            }
            return !boxes.isEmpty();
        };
        chart->resize(1400, 400);
        const QStringList wide = labels();
        QVERIFY(!wide.contains(EventTypes::label(QStringLiteral("approval"))));
        QVERIFY(wide.contains(MarkerStyle::shapeLabel(MarkerStyle::Shape::Circle)));
        QVERIFY(wide.contains(statusLabel(ReviewStatus::Confirmed)));
        QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom);
        QVERIFY(inOneRow());
        QVERIFY(chart->plotArea().width() > 0.7 * 1400);
        // Too narrow for the statuses as well.
        chart->resize(900, 400);
        QVERIFY(labels().size() < wide.size());
        QVERIFY(!labels().contains(statusLabel(ReviewStatus::Confirmed)));
        QVERIFY(labels().contains(MarkerStyle::shapeLabel(MarkerStyle::Shape::Circle)));
        QVERIFY(inOneRow());
        // Too narrow for a row of shapes: the whole legend in a column beside the plot.
        chart->resize(500, 400);
        QCOMPARE(labels(), wide);
        QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);
        // Lanes that do not name the types bring the colours back, beside the plot.
        chart->setLaneMode(LaneMode::Outlet);
        QVERIFY(labels().contains(EventTypes::label(QStringLiteral("approval"))));
        QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);
    }

    void tooltipIsPlainText()
    {
        EventModel model(m_workspace.get());
        EventFilterProxy proxy(m_workspace.get());
        proxy.setSourceModel(&model);
        TimelineView view(&proxy, nullptr);
        int bold = -1;
        for (size_t i = 0; i < view.timelineChart()->index().events().size(); ++i) {
            if (view.timelineChart()->index().events()[i].title.startsWith(QLatin1Char('<')))
                bold = int(i);
        }
        QVERIFY(bold >= 0);
        const QString text = view.tooltipText(bold);
        QVERIFY(text.startsWith(QStringLiteral("<b>bold</b> & co\n")));
        QVERIFY(text.contains(QStringLiteral("Apr 2025")) || text.contains(QStringLiteral("2025")));
    }

    void zoomHistoryBackAndForward()
    {
        ZoomHistory history;
        QSignalSpy requested(&history, &ZoomHistory::rangeRequested);
        QVERIFY(!history.backAction()->isEnabled());
        history.record(0, 100);
        history.record(10, 50);
        history.record(20, 30);
        QVERIFY(history.backAction()->isEnabled());
        QVERIFY(!history.forwardAction()->isEnabled());
        history.backAction()->trigger();
        QCOMPARE(requested.last(), QVariantList({qint64(10), qint64(50)}));
        history.back();
        QCOMPARE(requested.last(), QVariantList({qint64(0), qint64(100)}));
        QVERIFY(!history.canGoBack());
        history.forwardAction()->trigger();
        QCOMPARE(requested.last(), QVariantList({qint64(10), qint64(50)}));
        history.record(40, 45); // a new branch drops (20, 30)
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.size(), qsizetype(3));
        history.back();
        QCOMPARE(requested.last(), QVariantList({qint64(10), qint64(50)}));
    }

    void keyboardZoomGoesThroughHistory()
    {
        EventModel model(m_workspace.get());
        EventFilterProxy proxy(m_workspace.get());
        proxy.setSourceModel(&model);
        TimelineView view(&proxy, nullptr);
        view.resize(1000, 500);
        TimelineChart* chart = view.timelineChart();
        const qint64 from = chart->from();
        const qint64 to = chart->to();
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(qAbs((chart->to() - chart->from()) - (to - from) / 2) <= 1);
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(chart->from() > from);
        view.zoomHistory()->back();
        view.zoomHistory()->back();
        QCOMPARE(chart->from(), from);
        QCOMPARE(chart->to(), to);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(std::make_pair(chart->from(), chart->to()), chart->fullRange());
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
