// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/timelineindex.h"
#include "chart/timelinelayout.h"
#include "charttestdata.h"
#include "core/timepoint.h"
#include "store/eventrow.h"

#include <QFontMetricsF>
#include <QTest>

using namespace Kairos;

namespace {

qint64 day(int y, int m, int d, int h = 0)
{
    return TimePoint::fromDate(y, m, d, h).seconds();
}

LayoutParams params(qint64 from, qint64 to, QSizeF size = {1200, 600})
{
    LayoutParams p;
    p.plot = QRectF(QPointF(100, 20), size);
    p.from = from;
    p.to = to;
    p.font = QFont();
    p.font.setPixelSize(13);
    p.rowHeight = 20;
    return p;
}

} // namespace

class TestChartLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ticksAreCalendarAligned_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("unit");
        QTest::newRow("3 years: months") << day(2023, 1, 1) << day(2026, 1, 1) << int(TickUnit::Month);
        QTest::newRow("30 years: years") << day(1995, 1, 1) << day(2025, 1, 1) << int(TickUnit::Year);
        QTest::newRow("2 months: days or weeks") << day(2025, 3, 1) << day(2025, 5, 1) << int(TickUnit::Day);
        QTest::newRow("2 days: hours") << day(2025, 3, 1) << day(2025, 3, 3) << int(TickUnit::Hour);
        QTest::newRow("deep time") << day(-50000, 1, 1) << day(2025, 1, 1) << int(TickUnit::Year);
    }
    void ticksAreCalendarAligned()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, unit);
        QFont font;
        font.setPixelSize(13);
        const TickSet set = TimeTicks::compute(from, to, 1200, QFontMetricsF(font));
        QVERIFY(set.ticks.size() >= 3);
        QVERIFY(set.ticks.size() <= 40);
        if (unit == int(TickUnit::Day))
            QVERIFY(set.step.unit == TickUnit::Day || set.step.unit == TickUnit::Week);
        else
            QCOMPARE(int(set.step.unit), unit);
        for (const Tick& tick : set.ticks) {
            QVERIFY(tick.time >= from && tick.time <= to);
            QVERIFY(!tick.label.isEmpty());
            const TimePoint::Civil c = TimePoint::fromSeconds(tick.time).civil();
            QCOMPARE(c.minute, 0);
            if (set.step.unit == TickUnit::Year || set.step.unit == TickUnit::Month)
                QCOMPARE(c.day, 1);
            if (set.step.unit == TickUnit::Year)
                QCOMPARE(c.month, 1);
        }
        if (set.step.unit == TickUnit::Month)
            QVERIFY(set.context.size() >= 3); // the pinned year plus the year boundaries
        QVERIFY(!set.rangeText.isEmpty());
    }

    void monthPrecisionSpansTheMonth()
    {
        EventRow row;
        row.id = 1;
        row.start = TimePoint::fromDate(2025, 12, 1);
        row.precision = DatePrecision::Month;
        ChartEvent e;
        QVERIFY(ChartEvent::fromRow(row, 0, &e));
        QCOMPARE(e.spanStart, day(2025, 12, 1));
        QCOMPARE(e.spanEnd, day(2026, 1, 1));
        EventRow bounds;
        bounds.notAfter = TimePoint::fromDate(2025, 12, 9);
        QVERIFY(ChartEvent::fromRow(bounds, 1, &e));
        QVERIFY(e.boundsOnly && e.openStart && !e.openEnd);
        QVERIFY(!ChartEvent::fromRow(EventRow(), 2, &e)); // undated: not placed
    }

    void crowdedLaneTurnsIntoBinsAndBack()
    {
        // Lane "approval" holds 6000 events in one month; "meeting" three events.
        std::vector<ChartEvent> events = Test::syntheticEvents(6000, 1, day(2025, 3, 1), day(2025, 4, 1));
        events.push_back(Test::pointEvent(90001, day(2025, 2, 1), QStringLiteral("meeting"), QStringLiteral("A")));
        events.push_back(Test::pointEvent(90002, day(2025, 6, 1), QStringLiteral("meeting"), QStringLiteral("B")));
        events.push_back(Test::pointEvent(90003, day(2025, 9, 1), QStringLiteral("meeting"), QStringLiteral("C")));
        TimelineIndex index;
        index.setEvents(events);
        QCOMPARE(index.lanes().size(), size_t(2));
        const int busy = index.lanes()[0].key == QLatin1String("approval") ? 0 : 1;

        const TimelineLayout year = TimelineLayout::compute(index, params(day(2025, 1, 1), day(2026, 1, 1)));
        QVERIFY(year.lanes[size_t(busy)].density);
        QVERIFY(!year.lanes[size_t(1 - busy)].density);
        int binned = 0;
        for (const BinPlacement& bin : year.bins) {
            QCOMPARE(bin.lane, busy);
            binned += bin.count;
        }
        QCOMPARE(binned, 6000);
        QCOMPARE(year.markers.size(), size_t(3));

        // One day of the busy month: about 200 events, markers again.
        const TimelineLayout oneDay = TimelineLayout::compute(index, params(day(2025, 3, 10), day(2025, 3, 11)));
        QVERIFY(!oneDay.lanes[size_t(busy)].density);
        const int inDay = index.lanes()[size_t(busy)].countBetween(day(2025, 3, 10), day(2025, 3, 11) + 1);
        QVERIFY(inDay > 100);
        QCOMPARE(int(oneDay.markers.size()), inDay);
    }

    void sparseEventsAllGetFullLabels()
    {
        TimelineIndex index;
        index.setEvents(
            {Test::pointEvent(1, day(2025, 1, 10), QStringLiteral("approval"), QStringLiteral("Permit granted")),
                Test::pointEvent(2, day(2025, 5, 10), QStringLiteral("approval"), QStringLiteral("Second permit")),
                Test::pointEvent(3, day(2025, 9, 10), QStringLiteral("meeting"), QStringLiteral("Talks in Geneva"))});
        const TimelineLayout layout = TimelineLayout::compute(index, params(day(2025, 1, 1), day(2026, 1, 1)));
        QCOMPARE(layout.markers.size(), size_t(3));
        QCOMPARE(layout.labels.size(), size_t(3));
        for (const LabelPlacement& label : layout.labels)
            QCOMPARE(label.text, index.events()[size_t(label.event)].title);
        // The hit test finds each event on its marker.
        for (const MarkerPlacement& m : layout.markers)
            QCOMPARE(layout.hitTest(QPointF(m.x, m.y)), m.event);
    }

    void labelsNeverOverlap_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("days");
        QTest::newRow("60 in a year") << 60 << 365;
        QTest::newRow("400 in a year") << 400 << 365;
        QTest::newRow("300 in a week") << 300 << 7;
    }
    void labelsNeverOverlap()
    {
        QFETCH(int, count);
        QFETCH(int, days);
        const qint64 from = day(2025, 1, 1);
        const qint64 to = from + qint64(days) * 86400;
        TimelineIndex index;
        index.setEvents(Test::syntheticEvents(count, 8, from, to));
        LayoutParams p = params(from, to);
        p.numberLabels = true;
        const TimelineLayout layout = TimelineLayout::compute(index, p);
        QVERIFY(!layout.labels.empty());
        for (size_t i = 0; i < layout.labels.size(); ++i) {
            const QRectF a = layout.labels[i].rect;
            QVERIFY(a.left() >= p.plot.left() && a.right() <= p.plot.right());
            for (size_t j = i + 1; j < layout.labels.size(); ++j)
                QVERIFY2(
                    !a.intersects(layout.labels[j].rect), qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
            // Nor does a label cover another event's marker.
            for (const MarkerPlacement& m : layout.markers) {
                if (m.event != layout.labels[i].event)
                    QVERIFY(!a.contains(QPointF(m.x, m.y)));
            }
        }
        // Numbers run 1..n without gaps.
        std::vector<int> numbers;
        for (const LabelPlacement& label : layout.labels)
            numbers.push_back(label.number);
        std::sort(numbers.begin(), numbers.end());
        for (size_t i = 0; i < numbers.size(); ++i)
            QCOMPARE(numbers[i], int(i) + 1);
        if (count >= 300) // crowded: some markers must give up their label
            QVERIFY(layout.labels.size() < layout.markers.size());
    }

    void foldsSmallLanesIntoOthers()
    {
        std::vector<ChartEvent> events;
        for (int i = 0; i < 30; ++i) {
            ChartEvent e
                = Test::pointEvent(i + 1, day(2025, 1, 1) + i * 86400, QStringLiteral("other"), QStringLiteral("E"));
            e.outlet = QStringLiteral("Outlet %1").arg(i % 10);
            events.push_back(e);
        }
        TimelineIndex index;
        index.setLaneMode(LaneMode::Outlet);
        index.setMaxLanes(4);
        index.setEvents(events);
        QCOMPARE(index.lanes().size(), size_t(4));
        QCOMPARE(index.lanes().back().events.size(), size_t(21)); // 7 outlets × 3 events
    }
};

QTEST_MAIN(TestChartLayout)
#include "tst_chartlayout.moc"
