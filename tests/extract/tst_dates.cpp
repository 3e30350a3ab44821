// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/dateresolver.h"

#include <QTest>

using namespace Kairos;
using namespace Kairos::Extract;

class TestDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void unresolvedWithoutPublication();
    void notDates_data();
    void notDates();
    void partOfMonthStartsWhereItBegins();
    void yearNamesItsDeal();
    void monthNamesItsDeal();
    void referenceChain();
    void spanTakesStatedYear();
    void monthFollowsStatedDate();
    void monthSpans_data();
    void monthSpans();
    void monthsThatAreNoSpan();
    void laterInPeriodStartsAtReference();
    void dayFirst();
};

void TestDates::resolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("precision");

    const QString pub = QStringLiteral("2025-12-13"); // a Saturday
    QTest::newRow("month day year") << "announced on December 8, 2025." << pub << "2025-12-08"
                                    << "day";
    QTest::newRow("day abbr month year") << "on 8 Dec. 2025 it said" << pub << "2025-12-08"
                                         << "day";
    QTest::newRow("iso") << "dated 2025-12-08" << pub << "2025-12-08"
                         << "day";
    // A time of day without a day is the day of publication; beside a day it is that day's.
    QTest::newRow("clock time") << "shares rose 3.1% by 1000 GMT" << pub << "2025-12-13"
                                << "day";
    QTest::newRow("clock time of a day") << "the offer expired at 1700 EST on December 8" << pub << "2025-12-08"
                                         << "day";
    QTest::newRow("numeric us") << "on 12/08/2025" << pub << "2025-12-08"
                                << "day";
    QTest::newRow("as early as a month") << "exports could resume as early as March" << pub << "2026-03"
                                         << "month";
    QTest::newRow("month year") << "in December 2025" << pub << "2025-12"
                                << "month";
    QTest::newRow("quarter") << "profit in Q3 2025 rose" << pub << "2025-07"
                             << "quarter";
    QTest::newRow("quarter words") << "in the third quarter of 2024" << pub << "2024-07"
                                   << "quarter";
    QTest::newRow("in year") << "was founded in 2024" << pub << "2024"
                             << "year";
    QTest::newRow("line ends a sentence")
        << "The plan will take effect soon.\nThe firm signed a deal in March." << pub << "2025-03"
        << "month";
    QTest::newRow("month of last year") << "it decided in April last year to build" << pub << "2024-04"
                                        << "month";
    QTest::newRow("quarter of last year") << "profit fell in the first quarter of last year" << pub << "2024-01"
                                          << "quarter";
    QTest::newRow("day of last month") << "on the 24th of last month it reported"
                                       << "2025-12-26"
                                       << "2025-11-24"
                                       << "day";
    QTest::newRow("month of next year") << "the plant opens in December next year" << pub << "2026-12"
                                        << "month";
    QTest::newRow("nth same month") << "local time on the 12th" << pub << "2025-12-12"
                                    << "day";
    QTest::newRow("nth previous month") << "on the 20th" << pub << "2025-11-20"
                                        << "day";
    QTest::newRow("on monday") << "said on Monday" << pub << "2025-12-08"
                               << "day";
    QTest::newRow("last friday") << "last Friday" << pub << "2025-12-12"
                                 << "day";
    QTest::newRow("next thursday") << "talks next Thursday" << pub << "2025-12-18"
                                   << "day";
    QTest::newRow("future monday") << "will meet on Monday" << pub << "2025-12-15"
                                   << "day";
    QTest::newRow("future weekday after an initialism")
        << "they will tell the U.S. International Trade Commission Thursday" << pub << "2025-12-18"
        << "day";
    QTest::newRow("yesterday") << "it said yesterday" << pub << "2025-12-12"
                               << "day";
    QTest::newRow("trading session") << "its shares fell 2% in early trading" << pub << "2025-12-13"
                                     << "day";
    QTest::newRow("last night, wrapped") << "clashes broke out last\nnight in the capital" << pub << "2025-12-12"
                                         << "day";
    QTest::newRow("last week") << "last week" << pub << "2025-12-01"
                               << "week";
    QTest::newRow("earlier this month") << "earlier this month" << pub << "2025-12"
                                        << "month";
    QTest::newRow("next year") << "from next year" << pub << "2026"
                               << "year";
    QTest::newRow("plan sent to a place") << "Austria notified the plan to Brussels in June" << pub << "2025-06"
                                          << "month";
    QTest::newRow("plan to do") << "Austria's plan to invest in June" << pub << "2026-06"
                                << "month";
    QTest::newRow("days ago") << "three days ago" << pub << "2025-12-10"
                              << "day";
    QTest::newRow("month day no year") << "the April 17 deadline" << QStringLiteral("1987-03-26") << "1987-04-17"
                                       << "day";
    QTest::newRow("month day across new year") << "on Dec. 30" << QStringLiteral("1988-01-04") << "1987-12-30"
                                               << "day";
    QTest::newRow("in month past") << "exports fell in March" << QStringLiteral("1987-04-10") << "1987-03"
                                   << "month";
    QTest::newRow("last summer") << "last summer" << QStringLiteral("1987-04-10") << "1986-06-01"
                                 << "approximate";
    // "that year" after a day is the year the text stated last, not the one before publication.
    QTest::newRow("day that year") << "the regime dates back to 2023; licences were required from August 1 that year"
                                   << pub << "2023-08-01"
                                   << "day";
    // Half a year starts with its first month, so a plan for its second half falls within it.
    QTest::newRow("second half of this year")
        << "to start output in the second half of this year" << pub << "2025-07-01"
        << "approximate";
    QTest::newRow("first half of a year") << "sales fell in the first half of 2024" << pub << "2024-01-01"
                                          << "approximate";
    QTest::newRow("mid year") << "by mid-2026" << pub << "2026"
                              << "year";
}

void TestDates::resolve()
{
    QFETCH(QString, text);
    QFETCH(QString, published);
    QFETCH(QString, expected);
    QFETCH(QString, precision);
    const auto pub = TimePoint::parseIso(published);
    QVERIFY(pub);
    const auto e = DateResolver::resolve(text, pub);
    QVERIFY2(e, qPrintable(text));
    QVERIFY2(e->start, qPrintable(text));
    QCOMPARE(precisionToString(e->precision), precision);
    const DatePrecision shown = e->precision == DatePrecision::Week || e->precision == DatePrecision::Approximate
        ? DatePrecision::Day
        : (e->precision == DatePrecision::Quarter ? DatePrecision::Month : e->precision);
    QCOMPARE(e->start->toIsoString(shown), expected);
}

void TestDates::unresolvedWithoutPublication()
{
    const auto e = DateResolver::resolve(QStringLiteral("on the 12th"), std::nullopt);
    QVERIFY(e);
    QVERIFY(!e->start);
    QVERIFY(e->relative);
    QCOMPARE(e->precision, DatePrecision::Unknown);
    // Absolute dates need no publication date.
    const auto abs = DateResolver::resolve(QStringLiteral("on March 26, 1987"), std::nullopt);
    QVERIFY(abs && abs->start);
    QCOMPARE(abs->start->toIsoString(), QStringLiteral("1987-03-26"));
}

void TestDates::notDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("modal may") << "officials may decide";
    QTest::newRow("verb march") << "protesters march to the square";
    QTest::newRow("amount") << "sales of 1987 mln dlrs";
    QTest::newRow("bad day") << "on February 30, 2025";
    QTest::newRow("plain number") << "it employs 2024 people";
    QTest::newRow("ranking") << "the 5th largest maker";
    QTest::newRow("quarterly") << "its first quarterly profit in two years, a quarter ahead of plan";
    // The base a change is measured from is no time anything happened.
    QTest::newRow("comparison base") << "exports rose 34% from a year earlier";
    QTest::newRow("compared with") << "profit was up compared with a year ago";
    QTest::newRow("than") << "sales were higher than three months earlier";
}

void TestDates::notDates()
{
    QFETCH(QString, text);
    const auto e = DateResolver::resolve(text, TimePoint::parseIso(QStringLiteral("2025-12-13")));
    QVERIFY2(!e || !e->start, qPrintable(text));
}

void TestDates::spanTakesStatedYear()
{
    auto resolver = DateResolver::createDefault();
    QVERIFY(resolver);
    const auto found = resolver->find(QStringLiteral("Boesky bought shares between February 18 and February 21, 1986."),
        TimePoint::parseIso(QStringLiteral("1987-04-13")));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].start->toIsoString(), QStringLiteral("1986-02-18"));
    QCOMPARE(found[1].start->toIsoString(), QStringLiteral("1986-02-21"));
    // A day that takes the year stated before is the reference of what follows it.
    const auto thatYear = resolver->find(
        QStringLiteral(
            "The rules date back to 2023. They took effect on August 1 that year; customs acted two days later."),
        TimePoint::parseIso(QStringLiteral("2025-05-22")));
    QCOMPARE(thatYear.size(), 2);
    QCOMPARE(thatYear[0].start->toIsoString(), QStringLiteral("2023-08-01"));
    QCOMPARE(thatYear[1].start->toIsoString(), QStringLiteral("2023-08-03"));
}

void TestDates::monthFollowsStatedDate()
{
    // "licences in August 2023, then graphite in December": a month without its year follows the
    // month of a stated year told before it in the sentence, into the next year when it comes
    // earlier in the calendar; a new sentence guesses from the publication again.
    auto resolver = DateResolver::createDefault();
    QVERIFY(resolver);
    const auto found = resolver->find(
        QStringLiteral("China required licences in August 2023, then added graphite in December and antimony in "
                       "March. Prices rose in December."),
        TimePoint::parseIso(QStringLiteral("2025-05-22")));
    QCOMPARE(found.size(), 4);
    QCOMPARE(found[1].start->toIsoString(DatePrecision::Month), QStringLiteral("2023-12"));
    QCOMPARE(found[2].start->toIsoString(DatePrecision::Month), QStringLiteral("2024-03"));
    QCOMPARE(found[3].start->toIsoString(DatePrecision::Month), QStringLiteral("2024-12"));
}

void TestDates::monthSpans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("last"); // the last day of the span
    QTest::addColumn<QString>("precision");

    const QString pub = QStringLiteral("2025-10-15");
    QTest::newRow("quarter by its months") << "bookings in the July-September period" << pub << "2025-07-01"
                                           << "2025-09-30"
                                           << "quarter";
    QTest::newRow("en dash and a noun") << "sales in the April\u2013June quarter" << pub << "2025-04-01"
                                        << "2025-06-30"
                                        << "quarter";
    QTest::newRow("between and") << "output rose between May and August" << pub << "2025-05-01"
                                 << "2025-08-31"
                                 << "month";
    QTest::newRow("span of a stated year") << "the record for January through March of 1987" << pub << "1987-01-01"
                                           << "1987-03-31"
                                           << "quarter";
    QTest::newRow("not begun yet") << "in the November-December period" << pub << "2024-11-01"
                                   << "2024-12-31"
                                   << "month";
    QTest::newRow("ahead") << "sales are expected to rise in the October-December quarter" << pub << "2025-10-01"
                           << "2025-12-31"
                           << "quarter";
    QTest::newRow("across new year") << "in the November-January period" << pub << "2024-11-01"
                                     << "2025-01-31"
                                     << "month";
    QTest::newRow("first months of the year")
        << "exports fell 40% in the first four months of the year" << QStringLiteral("2025-05-22") << "2025-01-01"
        << "2025-04-30"
        << "month";
    QTest::newRow("first months of last year")
        << "exports in the first eleven months of the year" << QStringLiteral("2025-01-10") << "2024-01-01"
        << "2024-11-30"
        << "month";
    QTest::newRow("first months of a year") << "turnover in the first two months of 1987" << pub << "1987-01-01"
                                            << "1987-02-28"
                                            << "month";
    QTest::newRow("months to a month") << "profit in the six months to December 31, 1986" << pub << "1986-07-01"
                                       << "1986-12-31"
                                       << "month";
    QTest::newRow("months ended, across a year")
        << "First nine months ended Feb 28" << QStringLiteral("1987-04-10") << "1986-06-01"
        << "1987-02-28"
        << "month";
}

void TestDates::monthSpans()
{
    QFETCH(QString, text);
    QFETCH(QString, published);
    QFETCH(QString, start);
    QFETCH(QString, last);
    QFETCH(QString, precision);
    const auto e = DateResolver::resolve(text, TimePoint::parseIso(published));
    QVERIFY2(e && e->start && e->periodEnd, qPrintable(text));
    QCOMPARE(e->start->toIsoString(), start);
    QCOMPARE(e->periodEnd->addDays(-1).toIsoString(), last);
    QCOMPARE(precisionToString(e->precision), precision);
}

void TestDates::monthsThatAreNoSpan()
{
    auto resolver = DateResolver::createDefault();
    QVERIFY(resolver);
    const auto pub = TimePoint::parseIso(QStringLiteral("1987-04-10"));
    // Two months named apart, a change of date, a day after the second month, an extension.
    for (const char* text : {"exports fell in March and May", "the vote was moved from March to May",
             "bills maturing from May through September 24",
             "the quota year was extended three months to December 31"}) {
        const auto found = resolver->find(QString::fromLatin1(text), pub);
        QVERIFY2(!found.isEmpty(), text);
        for (const DateExpression& e : found)
            QVERIFY2(!e.periodEnd || *e.periodEnd <= e.start->periodEnd(e.precision), text);
    }
}

void TestDates::laterInPeriodStartsAtReference()
{
    auto resolver = DateResolver::createDefault();
    QVERIFY(resolver);
    // "later this month" is what is left of the month; "earlier this month" all of it up to now.
    const auto found
        = resolver->find(QStringLiteral("A meeting is due later this month; talks began earlier this month."),
            TimePoint::parseIso(QStringLiteral("2025-08-13")));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].precision, DatePrecision::Month);
    QCOMPARE(found[0].start->toIsoString(), QStringLiteral("2025-08-13"));
    QCOMPARE(found[0].periodEnd->toIsoString(), QStringLiteral("2025-09-01"));
    QCOMPARE(found[1].start->toIsoString(), QStringLiteral("2025-08-01"));
}

void TestDates::partOfMonthStartsWhereItBegins()
{
    auto resolver = DateResolver::createDefault();
    QVERIFY(resolver);
    // "late this month" is the month's last third, "in mid-November" its middle one: still the
    // month, but placed where that part begins.
    const auto found = resolver->find(QStringLiteral("Leaders meet late this month; the plant opens in mid-November; "
                                                     "prices rose in early October."),
        TimePoint::parseIso(QStringLiteral("2025-10-10")));
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].precision, DatePrecision::Month);
    QCOMPARE(found[0].start->toIsoString(), QStringLiteral("2025-10-21"));
    QCOMPARE(found[0].periodEnd->toIsoString(), QStringLiteral("2025-11-01"));
    QCOMPARE(found[1].precision, DatePrecision::Month);
    QCOMPARE(found[1].start->civil().day, 11);
    QCOMPARE(found[2].start->toIsoString(), QStringLiteral("2025-10-01"));
}

void TestDates::yearNamesItsDeal()
{
    auto resolver = DateResolver::createDefault();
    QVERIFY(resolver);
    // A year before a deal says when it was made; before a quota or a total it names a period.
    const auto found = resolver->find(QStringLiteral("It cited Nvidia's 2020 acquisition of Mellanox and a 1986 pact, "
                                                     "not its 1987 sugar quota or its 2000 employees."),
        TimePoint::parseIso(QStringLiteral("2025-10-10")));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].start->toIsoString(found[0].precision), QStringLiteral("2020"));
    QCOMPARE(found[1].start->toIsoString(found[1].precision), QStringLiteral("1986"));
}

void TestDates::monthNamesItsDeal()
{
    auto resolver = DateResolver::createDefault();
    QVERIFY(resolver);
    // So does a month, with or without "own"; a month before any other noun is left alone.
    const auto found = resolver->find(QStringLiteral("Mexico won an exemption in its own May agreement, as in the "
                                                     "March pact, but not in the June figures."),
        TimePoint::parseIso(QStringLiteral("2025-08-20")));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found[0].start->toIsoString(found[0].precision), QStringLiteral("2025-05"));
    QCOMPARE(found[1].start->toIsoString(found[1].precision), QStringLiteral("2025-03"));
}

void TestDates::referenceChain()
{
    auto resolver = DateResolver::createDefault();
    QVERIFY(resolver);
    const QString text = QStringLiteral("Reuters reported on the 12th that output would rise. "
                                        "This development comes just four days after the decision. "
                                        "Two weeks later, talks began.");
    const auto found = resolver->find(text, TimePoint::parseIso(QStringLiteral("2025-12-13")));
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].start->toIsoString(), QStringLiteral("2025-12-12"));
    QCOMPARE(found[1].start->toIsoString(), QStringLiteral("2025-12-08"));
    QCOMPARE(found[2].start->toIsoString(), QStringLiteral("2025-12-22"));
    // A noun that names a happening ("the tightening") refers back to the news the text opened
    // with, not to the day told of last; a pronoun refers to that last day.
    const QString told = QStringLiteral("The Dutch government on Tuesday widened its licence rules. Shares fell 3% "
                                        "on Wednesday. %1 came a day after the commission approved aid.");
    const auto noun
        = resolver->find(told.arg(QStringLiteral("The tightening")), TimePoint::parseIso(QStringLiteral("2025-07-17")));
    QCOMPARE(noun.size(), 3);
    QCOMPARE(noun[2].start->toIsoString(), QStringLiteral("2025-07-14"));
    const auto pronoun
        = resolver->find(told.arg(QStringLiteral("This")), TimePoint::parseIso(QStringLiteral("2025-07-17")));
    QCOMPARE(pronoun.size(), 3);
    QCOMPARE(pronoun[2].start->toIsoString(), QStringLiteral("2025-07-15"));
    // "The results came 16 days after ...": results refer back to the news too.
    const auto results = resolver->find(QStringLiteral("ASML reported orders on Wednesday. The results came 16 days "
                                                       "after the department extended its blacklist."),
        TimePoint::parseIso(QStringLiteral("2025-10-15")));
    QCOMPARE(results.size(), 2);
    QVERIFY(results[1].start);
    QCOMPARE(results[1].start->toIsoString(), QStringLiteral("2025-09-29"));
    // Without an anaphoric subject the anchor of "after" is unknown and nothing is guessed.
    const auto unanchored = resolver->find(
        QStringLiteral("Talks began four days after the tariffs."), TimePoint::parseIso(QStringLiteral("2025-12-13")));
    QCOMPARE(unanchored.size(), 1);
    QVERIFY(!unanchored[0].start);
    QCOMPARE(unanchored[0].precision, DatePrecision::Unknown);
    // "less than a week after" bounds the date; it does not give it.
    const auto bounded = resolver->find(QStringLiteral("Reuters reported on the 12th that output would rise. The news "
                                                       "came less than a week after the decision."),
        TimePoint::parseIso(QStringLiteral("2025-12-13")));
    QCOMPARE(bounded.size(), 2);
    QVERIFY(!bounded[1].start);
}

void TestDates::dayFirst()
{
    QString error;
    auto base = DateResolver::createDefault(&error);
    QVERIFY2(base, qPrintable(error));
    DateResolver resolver = *base;
    resolver.setDayFirst(true);
    const auto found = resolver.find(QStringLiteral("on 12/08/2025"), std::nullopt);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].start->toIsoString(), QStringLiteral("2025-08-12"));
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
