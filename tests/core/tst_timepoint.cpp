// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timepoint.h"

#include <QTest>

using namespace Kairos;

class TestTimePoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseIso_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("precision");
        QTest::newRow("day") << "2025-12-08" << true << "2025-12-08" << int(DatePrecision::Day);
        QTest::newRow("month") << "2025-12" << true << "2025-12" << int(DatePrecision::Month);
        QTest::newRow("year") << "2024" << true << "2024" << int(DatePrecision::Year);
        QTest::newRow("quarter") << "2025-Q3" << true << "2025-Q3" << int(DatePrecision::Quarter);
        QTest::newRow("week") << "2025-W50" << true << "2025-W50" << int(DatePrecision::Week);
        QTest::newRow("datetime utc") << "2025-12-08T14:30:00Z" << true << "2025-12-08T14:30:00Z"
                                      << int(DatePrecision::Minute);
        QTest::newRow("datetime offset") << "2025-12-08T09:00:00+08:00" << true << "2025-12-08T01:00:00Z"
                                         << int(DatePrecision::Minute);
        QTest::newRow("bce") << "-0500" << true << "-0500" << int(DatePrecision::Year);
        QTest::newRow("cosmic") << "-13800000000" << true << "-13800000000" << int(DatePrecision::Year);
        QTest::newRow("leap day") << "2024-02-29" << true << "2024-02-29" << int(DatePrecision::Day);
        QTest::newRow("not a leap day") << "2025-02-29" << false << "" << 0;
        QTest::newRow("month 13") << "2025-13" << false << "" << 0;
        QTest::newRow("garbage") << "next tuesday" << false << "" << 0;
        QTest::newRow("empty") << "" << false << "" << 0;
    }
    void parseIso()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        QFETCH(int, precision);
        DatePrecision parsed = DatePrecision::Unknown;
        const std::optional<TimePoint> t = TimePoint::parseIso(text, &parsed);
        QCOMPARE(t.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(int(parsed), precision);
        QCOMPARE(t->toIsoString(parsed), canonical);
    }

    void civilRoundTrip()
    {
        // Every day over four centuries (leap rules included) maps back to itself.
        qint64 previous = TimePoint::fromDate(1799, 12, 31).seconds();
        for (int year = 1800; year < 2200; ++year) {
            for (int month = 1; month <= 12; ++month) {
                const int days = QDate(year, month, 1).daysInMonth();
                for (int day = 1; day <= days; ++day) {
                    const TimePoint t = TimePoint::fromDate(year, month, day);
                    QCOMPARE(t.seconds() - previous, qint64(86400));
                    previous = t.seconds();
                    const TimePoint::Civil c = t.civil();
                    QCOMPARE(c.year, qint64(year));
                    QCOMPARE(c.month, month);
                    QCOMPARE(c.day, day);
                }
            }
        }
        QCOMPARE(
            TimePoint::fromDate(QDate(2025, 12, 8)).dateTime(), QDateTime(QDate(2025, 12, 8), QTime(0, 0), Qt::UTC));
    }

    void floorsAndPeriods()
    {
        const TimePoint t = TimePoint::fromDate(2025, 12, 10, 15, 45);
        QCOMPARE(t.floor(DatePrecision::Month).toIsoString(), QStringLiteral("2025-12-01"));
        QCOMPARE(t.floor(DatePrecision::Quarter).toIsoString(), QStringLiteral("2025-10-01"));
        QCOMPARE(t.floor(DatePrecision::Week).toIsoString(), QStringLiteral("2025-12-08")); // a Monday
        QCOMPARE(t.periodEnd(DatePrecision::Month).toIsoString(), QStringLiteral("2026-01-01"));
        QCOMPARE(t.periodEnd(DatePrecision::Quarter).toIsoString(), QStringLiteral("2026-01-01"));
        QCOMPARE(t.periodEnd(DatePrecision::Day).toIsoString(), QStringLiteral("2025-12-11"));
        QCOMPARE(coarser(DatePrecision::Day, DatePrecision::Month), DatePrecision::Month);
    }

    void isoWeeks_data()
    {
        QTest::addColumn<qint64>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("week");
        QTest::newRow("mid-year") << qint64(2025) << 12 << 10 << "2025-W50";
        QTest::newRow("January in the last year's week") << qint64(2021) << 1 << 3 << "2020-W53";
        QTest::newRow("December in next year's week") << qint64(2024) << 12 << 30 << "2025-W01";
        // Year 0 (1 BCE) is a leap year beginning on a Saturday, so its first days are in week 52 of year -1.
        QTest::newRow("year 0") << qint64(0) << 1 << 1 << "-0001-W52";
        QTest::newRow("year 0 week 1") << qint64(0) << 1 << 3 << "0000-W01";
        QTest::newRow("before year 0") << qint64(-44) << 3 << 15 << "-0044-W11";
        QTest::newRow("beyond QDate") << qint64(-5000000000) << 6 << 1 << QString();
    }

    void isoWeeks()
    {
        QFETCH(qint64, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(QString, week);
        const TimePoint t = TimePoint::fromDate(year, month, day);
        const QString text = t.toIsoString(DatePrecision::Week);
        if (!week.isEmpty())
            QCOMPARE(text, week);
        if (t.date().isValid()) {
            int qtWeekYear = 0;
            const int qtWeek = t.date().weekNumber(&qtWeekYear);
            // QDate counts years without a year 0.
            QCOMPARE(text.section(QLatin1String("-W"), 1).toInt(), qtWeek);
            QCOMPARE(
                text.section(QLatin1String("-W"), 0, 0).toLongLong(), qtWeekYear < 0 ? qtWeekYear + 1 : qtWeekYear);
        }
        DatePrecision precision = DatePrecision::Unknown;
        const std::optional<TimePoint> back = TimePoint::parseIso(text, &precision);
        QVERIFY2(back.has_value(), qPrintable(text));
        QCOMPARE(precision, DatePrecision::Week);
        QCOMPARE(*back, t.floor(DatePrecision::Week));
    }

    void yearsBeyondRange()
    {
        const QString furthest = QString::number(TimePoint::maxYear);
        QVERIFY(TimePoint::parseIso(furthest).has_value());
        QVERIFY(TimePoint::parseIso(QLatin1Char('-') + furthest + QLatin1String("-12-31")).has_value());
        // Twelve digits used to be read and overflowed the seconds.
        QVERIFY(!TimePoint::parseIso(QStringLiteral("999999999999")).has_value());
        QVERIFY(!TimePoint::parseIso(QStringLiteral("-999999999999-W01")).has_value());
        QVERIFY(!TimePoint::parseIso(QString::number(TimePoint::maxYear + 1)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTimePoint)
#include "tst_timepoint.moc"
