// SPDX-License-Identifier: GPL-3.0-or-later
// The generalising rules: statements of named speakers, dates carried by a dateline or by the
// sentence before, entity names without common words and whole institutions' names, and titles
// that say who did what.
#include "extract/extractor.h"

#include <QTest>

using namespace Kairos;
using namespace Kairos::Extract;

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstWordsOfSpeakerAreStatement();
    void datelineDatesRelativeWords();
    void sameHappeningCarriesDate();
    void entitiesAreNames();
    void institutionsAreWholeNames();
    void titlesNameActorAndAction_data();
    void titlesNameActorAndAction();

private:
    ExtractionResult run(const QString& text, TimePoint published = TimePoint::fromDate(2025, 12, 13)) const
    {
        return m_extractor->extract({}, text, published);
    }
    std::shared_ptr<Extractor> m_extractor;
};

void TestRules::initTestCase()
{
    QString error;
    m_extractor = Extractor::createDefault(&error);
    QVERIFY2(m_extractor, qPrintable(error));
}

void TestRules::firstWordsOfSpeakerAreStatement()
{
    const ExtractionResult r = run(QStringLiteral("The two countries are not in a trade war, Clayton Yeutter said. "
                                                  "Yeutter said the market overreacted to the news. "
                                                  "Officials said the market might fall further."));
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.events.first().event.type, QStringLiteral("statement"));
    QVERIFY(r.events.first().event.evidence.first().sentence.startsWith(QLatin1String("The two countries")));
}

void TestRules::datelineDatesRelativeWords()
{
    const ExtractionResult r = run(QStringLiteral("WASHINGTON, March 26 - Japan imposed tariffs on U.S. chips "
                                                  "yesterday, officials said."),
        TimePoint::fromDate(1987, 3, 28));
    QVERIFY(!r.events.isEmpty());
    const Event& e = r.events.first().event;
    QVERIFY(e.start);
    QCOMPARE(e.start->toIsoString(DatePrecision::Day), QStringLiteral("1987-03-25"));
}

void TestRules::sameHappeningCarriesDate()
{
    const ExtractionResult r = run(QStringLiteral("China held an emergency meeting on Monday about chip imports. "
                                                  "The meeting ended without a decision, officials said."));
    QCOMPARE(r.events.size(), 2);
    QVERIFY(r.events[1].event.start);
    QCOMPARE(r.events[1].event.start->toIsoString(DatePrecision::Day),
        r.events[0].event.start->toIsoString(DatePrecision::Day));
}

void TestRules::entitiesAreNames()
{
    const ExtractionResult r = run(QStringLiteral("Sales of chips rose in December. Analysts expect sales to grow.\n"
                                                  "Tariffs were raised by Acme Widgets Corp on Monday; the tariffs "
                                                  "hurt.\nDemo article written for Kairos; summarises public "
                                                  "reporting."));
    QStringList names;
    for (const ExtractedEntity& e : r.entities)
        names << e.name;
    QVERIFY2(names.contains(QStringLiteral("Acme Widgets Corp")), qPrintable(names.join(u',')));
    for (const char* junk : {"Sales", "Tariffs", "Kairos", "December", "Monday", "Demo", "Analysts"})
        QVERIFY2(!names.contains(QLatin1String(junk)), junk);
    for (const ExtractedEntity& e : r.entities) {
        if (e.name == QLatin1String("Acme Widgets Corp"))
            QVERIFY(e.confidence < 0.9); // unknown names are kept, with less confidence
    }
}

void TestRules::institutionsAreWholeNames()
{
    // A known name that opens an institution's name is part of it, and still names its country;
    // names keep their connectors, particles and a possessive before an institution's word.
    const ExtractionResult r = run(QStringLiteral(
        "Shares rose on the Korea Stock Exchange. The Japanese trade envoy said the United States Department of "
        "Justice had opened an inquiry.\nDelegates of the Supreme People's Assembly met in Rio Grande do Sul.\n"
        "Syrian president Ahmed al-Sharaa spoke.\nBotswana's agency said imports of meat were stopped."));
    QStringList names;
    for (const ExtractedEntity& e : r.entities)
        names << e.name;
    for (const char* name :
        {"Korea Stock Exchange", "South Korea", "United States Department of Justice", "Department of Justice",
            "United States", "Supreme People's Assembly", "Rio Grande do Sul", "Ahmed al-Sharaa", "Botswana"})
        QVERIFY2(names.contains(QLatin1String(name)),
            qPrintable(QLatin1String(name) + QLatin1String(" in ") + names.join(u',')));
}

void TestRules::titlesNameActorAndAction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::newRow("permit") << "The United States permitted exports of the H200 to China on Monday."
                            << "US permits H200 for China";
    QTest::newRow("consider") << "Nvidia is considering raising output of the H200 chip."
                              << "Nvidia considers raising output of H200";
    QTest::newRow("meeting") << "China held an emergency meeting on Monday."
                             << "China holds meeting";
    QTest::newRow("tariffs") << "Japan imposed tariffs on the United States."
                             << "Japan imposes tariffs on US";
    QTest::newRow("object words") << "Nvidia launched a new accelerator."
                                  << "Nvidia launches accelerator";
}

void TestRules::titlesNameActorAndAction()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    const ExtractionResult r = run(text);
    QVERIFY(!r.events.isEmpty());
    QCOMPARE(r.events.first().event.title, title);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
