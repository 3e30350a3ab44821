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
    void datelineNamesItsPlace();
    void openingDateDatesFirstVerb();
    void periodBeforeNounQualifiesIt();
    void sameHappeningCarriesDate();
    void sharedCountryIsNoSameHappening();
    void figuresAreNoHappenings();
    void datedMovesAreHappenings();
    void reportedResultsAreHappenings();
    void spanOfMonthsDatesItsEvent();
    void appositiveParticipleDatesItsNoun();
    void whatWouldHaveBeenIsNoEvent();
    void datedProfileIsNews();
    void sinceThenIsNoBackground();
    void adverbIsNoPartOfTitleSubject();
    void fieldNamesAreKnown();
    void quotedSentenceStartIsNoName();
    void relativeClauseKeepsPlaceRegion();
    void participleDoerIsTheActor();
    void hyphenatedCompoundNamesItsName();
    void announcedThingKeepsItsDay();
    void verbBeforePrepositionIsVerb();
    void negatedAndAppositiveAreNoNews();
    void leadFollowingADayIsBoundedByIt();
    void describedKnownHappeningIsNoEvent();
    void sinceBoundsAState();
    void namedSpeakersFirstWordsAreAStatement();
    void backgroundHappeningsAreEvents_data();
    void backgroundHappeningsAreEvents();
    void reportedPlansAndTripsAreEvents_data();
    void reportedPlansAndTripsAreEvents();
    void chipPolicyPhrasing_data();
    void chipPolicyPhrasing();
    void planByBareMonthIsAhead();
    void nounOpeningClauseAfterAnd();
    void seekingIsDoing();
    void referringNounIsKnownHappening();
    void referringNounNamesItsKind();
    void relativeClauseDescribes();
    void subjectVerbAfterParenthesis();
    void timetableInPresent();
    void backgroundAndCommentAreNoNews_data();
    void backgroundAndCommentAreNoNews();
    void entitiesAreNames();
    void bodiesAndOfficesAreNamed();
    void institutionsAreWholeNames();
    void pronounsReferToSubjects();
    void titlesNameActorAndAction_data();
    void titlesNameActorAndAction();
    void laterClausesShareSubjectAndDay();
    void pastTenseKeepsItsDayAmidPlans();
    void commoditiesAndMachinesAreProducts();
    void planSeenFromThePastKeepsItsDay();
    void participleOfEventNounKeepsItsDate();
    void listingIsAHappening();
    void rationingAndSwitchingChipsAreProductionChanges();
    void bodiesNamedInCommonWords();
    void longOfPhraseKeepsOwnerAndNoun();
    void grantDeniedInThePassiveIsARejection();
    void permitRequiredIsAControl();
    void wordsDatedAfterTheirOccasionAreNews();
    void placeOfOriginIsNoDoer();
    void shelvingPlansIsADecision();
    void namingToARoleIsADecision();
    void refusedDeedIsDenied();
    void declinedDeedIsRefusedAndWordsKeptBackAreNone();
    void longWhenClauseIsAFactOfItsDay();
    void wordsToldWhereAndToWhomAreDatedByTheirDay();
    void lawPutForwardIsADecision();
    void summitIsNamedWithItsTown();
    void companySpeakingAfterACommaIsTheSubject();
    void companyNamedAfterItsCountryIsOneName();
    void deedBeforeAClauseOfFactIsTold();
    void deedOnANounToldOfIsItsOwn();
    void wordsInARelativeClauseLeaveTheMainDeed();
    void eventNounOpenedInARelativeClause();
    void secondClauseOfWordsCarriesOutItsNoun();
    void pronounClauseAfterACommaIsItsOwnDeed();
    void wordAfterACompoundModifierIsAThing();
    void offsetOpeningAPresentSentenceCountsBackFromNow();
    void containerIsOfTheKindItHolds();
    void talksHeldMeanwhileAreAHappening();
    void awaitedMeetingIsToCome();
    void dealDatedByItsYear();
    void eventNounWithItsLightVerb();
    void summitInPassingWasHeldThatDay();
    void passiveAfterIsAFactOfItsOwn();
    void verbAfterAnOpenerIsNoParticiple();
    void anotherCountrysCongressIsItsOwn();
    void sameTimeIsTheSentenceBefore();
    void expectedIsNoDeedDone();
    void bodyOfAPlaceNamedAfterIn();
    void speakersOwnDeedAfterHisWords();
    void moveBesideAMoveIsItsOwn();
    void meetingAtAnHourHasNoPartnerNamed();
    void secondPredicateIsPastTheFirstOnesClause();
    void consultedWithIsAMeetingOfTheSpeaker();
    void coordinatedClauseTellsItsOwnDeed();
    void nounAnnouncedByATitledNameInARelativeClause();
    void wordsThatOnlyWithholdAreNoStatement();
    void proposalOfALawIsADecision();
    void firstClauseDeedBesideASecond();
    void projectsPutOnHoldAreADecision();
    void weighedNowIsDatedByTheArticle();
    void laterDeedIsBoundedByTheFirstOnesDay();
    void groupSaysWhatItWillDo();
    void sumCommittedIsAnInvestment();
    void expectedNounInAClauseOfItsOwn();
    void sumReceivedAsSubsidiesIsAnInvestment();
    void speechNounAfterInfinitiveIsNoStatement();
    void denialSetOffAfterTheDeed();
    void wordsRejectedLaterAreAStatement();
    void sumSpentOnAPlantIsAnInvestment();
    void lawPutForwardInTwoWords();
    void plainVerbOnADayOfItsOwnIsASecondDeed();
    void verbAfterAnAdjectiveIsAThing();
    void prepositionOfADayIsNoBackground();
    void statementTitledByWhatItSays();
    void longWordsEndWithTheirFirstPredicate();
    void wordsAreNotDatedByWhatTheyTellLasting();
    void wireBracketsStayOutOfTitles();
    void secondPredicateKeepsItsOwnDay();
    void laterWordsVouchForNoEarlierDeed();
    void countryWhoseGoodsAreTaxedIsNoDoer();
    void thingAnnouncedOnPromptingIsAHappening();

private:
    ExtractionResult run(const QString& text, TimePoint published = TimePoint::fromDate(2025, 12, 13)) const
    {
        return m_extractor->extract({}, text, published);
    }
    QStringList entityNames(const QString& text) const
    {
        QStringList names;
        for (const ExtractedEntity& e : run(text).entities)
            names << e.name;
        return names;
    }
    static QStringList triggersOf(const ExtractionResult& r)
    {
        QStringList triggers;
        for (const ExtractedEvent& e : r.events)
            triggers << e.event.attributes.value(QLatin1String("trigger")).toString();
        return triggers;
    }
    static const ExtractedEvent* withTrigger(const ExtractionResult& r, const QString& trigger)
    {
        for (const ExtractedEvent& e : r.events) {
            if (e.event.attributes.value(QLatin1String("trigger")).toString() == trigger)
                return &e;
        }
        return nullptr;
    }
    static QStringList titlesOf(const ExtractionResult& r)
    {
        QStringList titles;
        for (const ExtractedEvent& e : r.events)
            titles << e.event.title;
        return titles;
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
    // After a headline too; "the ruling" is the day the story tells of first, not the dateline's.
    const ExtractionResult later = run(QStringLiteral("China rules against Nvidia\n\nBEIJING, Sept 16 (Reuters) - "
                                                      "China's regulator issued a ruling on Monday. Shares fell on "
                                                      "Tuesday. The ruling came two days after Beijing launched "
                                                      "an anti-dumping investigation."),
        TimePoint::fromDate(2025, 9, 16));
    const auto launched = std::find_if(later.events.begin(), later.events.end(),
        [](const ExtractedEvent& x) { return x.event.evidence.first().sentence.startsWith(u"The ruling"); });
    QVERIFY(launched != later.events.end());
    QVERIFY(launched->event.start);
    QCOMPARE(launched->event.start->toIsoString(DatePrecision::Day), QStringLiteral("2025-09-13"));
}

void TestRules::datelineNamesItsPlace()
{
    // The dateline may follow a headline and key points; its place is written in capitals.
    const QStringList filed = entityNames(QStringLiteral("ASML beats forecasts\n\n- Orders rose\n\n"
                                                         "VELDHOVEN, Netherlands, Oct 15 - ASML reported orders "
                                                         "on Wednesday."));
    QVERIFY2(filed.contains(QStringLiteral("Veldhoven")), qPrintable(filed.join(u',')));
    // A capitalised heading without a filing mark is no dateline.
    const QStringList heading
        = entityNames(QStringLiteral("KEY POINTS, IN SHORT\n\nASML reported orders on Wednesday."));
    QVERIFY2(!heading.contains(QStringLiteral("Key Points")), qPrintable(heading.join(u',')));
}

void TestRules::openingDateDatesFirstVerb()
{
    // The day the start was pushed back, not the day it was pushed back to.
    const ExtractionResult r = run(QStringLiteral("Earlier this year, in July, Washington pushed back the start of "
                                                  "its tariffs to Aug. 1 from July 9."),
        TimePoint::fromDate(2025, 11, 21));
    QCOMPARE(r.events.size(), 1);
    QVERIFY(r.events.first().event.start);
    QCOMPARE(r.events.first().event.start->toIsoString(DatePrecision::Month), QStringLiteral("2025-07"));
    // A day within the opening period narrows it.
    const ExtractionResult narrowed
        = run(QStringLiteral("Last year, Intel cut its dividend on March 3, 2024."), TimePoint::fromDate(2025, 11, 21));
    QCOMPARE(narrowed.events.size(), 1);
    QVERIFY(narrowed.events.first().event.start);
    QCOMPARE(narrowed.events.first().event.start->toIsoString(DatePrecision::Day), QStringLiteral("2024-03-03"));
}

void TestRules::periodBeforeNounQualifiesIt()
{
    // The orders are of the third quarter; they were reported on Wednesday.
    const ExtractionResult r
        = run(QStringLiteral("ASML reported third-quarter orders above expectations on Wednesday."),
            TimePoint::fromDate(2025, 10, 15));
    QCOMPARE(r.events.size(), 1);
    QVERIFY(r.events.first().event.start);
    QCOMPARE(r.events.first().event.start->toIsoString(DatePrecision::Day), QStringLiteral("2025-10-15"));
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

void TestRules::sharedCountryIsNoSameHappening()
{
    // Two meetings of one person with different people stay two, though both name the U.S.; a
    // possessive ("Baldrige's visit") names a happening already told, as "the visit" does.
    ExtractionResult r = run(QStringLiteral("Baldrige will meet Zheng Tuobin and U.S. businessmen.\n"
                                            "Baldrige will also meet British officials and U.S. bankers."),
        TimePoint::fromDate(1987, 4, 17));
    QCOMPARE(r.events.size(), 2);
    r = run(QStringLiteral("Baldrige visited Peking on Monday.\n"
                           "Officials said a chief purpose of Baldrige's visit was to discuss technology rules."),
        TimePoint::fromDate(1987, 4, 17));
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.events.first().event.evidence.size(), 2);
}

void TestRules::figuresAreNoHappenings()
{
    // A verb of change that gives a year's figure is a statistic; a fall to a record is still news.
    const ExtractionResult r
        = run(QStringLiteral("Acme Widgets Corp said it had signed a supply deal.\n"
                             "    In calendar 2024, exports fell to 2.34 mln tonnes from 2.99 mln "
                             "in 2023.\n    First quarter exports rose 36 pct to 9.4 billion dlrs."));
    QCOMPARE(r.events.size(), 1);
    const ExtractionResult lows = run(QStringLiteral("The dollar fell to 40-year lows against the yen today."));
    QCOMPARE(lows.events.size(), 1);
    // A share held is no happening either.
    const ExtractionResult share = run(QStringLiteral("Acme Widgets Corp said it had signed a supply deal.\n"
                                                      "    Taiwan produces more than 90% of the world's most advanced "
                                                      "logic chips."));
    QCOMPARE(share.events.size(), 1);
}

void TestRules::datedMovesAreHappenings()
{
    // Annotators of current news count a move dated to a month or a day ("rose 34% in October"),
    // beside what else the sentence tells, and its comparison base dates nothing.
    const ExtractionResult r
        = run(QStringLiteral("Taiwan's exports rose 34% in November from a year earlier to a record $61.8 billion, "
                             "the finance ministry said on Dec. 7, as U.S. customers rushed to import AI servers.\n"
                             "    The vote came eight days after Washington paused a 25% tariff on Korean goods.\n"
                             "    Exports were up 12 percent from a year earlier, the ministry said."));
    const auto move = std::find_if(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.title == QLatin1String("Taiwan's exports rise 34%"); });
    QVERIFY(move != r.events.end());
    QCOMPARE(move->event.start, TimePoint::fromDate(2025, 11, 1));
    QCOMPARE(move->event.precision, DatePrecision::Month);
    for (const ExtractedEvent& e : r.events) {
        QVERIFY2(e.event.start != TimePoint::fromDate(2024, 1, 1), qPrintable(e.event.title));
        QVERIFY2(!e.event.title.contains(QLatin1String("come")), qPrintable(e.event.title));
    }
}

void TestRules::spanOfMonthsDatesItsEvent()
{
    // A figure of several months is dated by the span, from its first month to its last.
    const ExtractionResult r = run(QStringLiteral("Norvik Metals said on Tuesday its gallium shipments to Japan "
                                                  "fell 30% in the first five months of the year."));
    const auto fell = std::find_if(r.events.begin(), r.events.end(), [](const ExtractedEvent& e) {
        return e.event.attributes.value(QLatin1String("trigger")) == QLatin1String("fell");
    });
    QVERIFY(fell != r.events.end());
    QCOMPARE(fell->event.start, TimePoint::fromDate(2025, 1, 1));
    QCOMPARE(fell->event.end, TimePoint::fromDate(2025, 5, 1));
    QCOMPARE(fell->event.precision, DatePrecision::Month);
}

void TestRules::appositiveParticipleDatesItsNoun()
{
    // The measure a participle set off by commas dates is a happening of that day, beside what
    // the sentence goes on to tell of it.
    const ExtractionResult r = run(QStringLiteral("The export curbs, unveiled in March, were due to take effect on "
                                                  "Dec. 1, but Beijing postponed them on Friday."));
    const auto curbs = std::find_if(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.type == QLatin1String("export_control"); });
    QVERIFY(curbs != r.events.end());
    QCOMPARE(curbs->event.start, TimePoint::fromDate(2025, 3, 1));
    QCOMPARE(curbs->event.precision, DatePrecision::Month);
}

void TestRules::whatWouldHaveBeenIsNoEvent()
{
    // A levy that would have been imposed, a start once due, did not happen; the announcement did.
    const ExtractionResult r = run(QStringLiteral(
        "The duties, announced in March, had been due to take effect on Dec. 1 and would have imposed a levy of up "
        "to 100% on imported chips."));
    const QStringList triggers = triggersOf(r);
    QCOMPARE(triggers, QStringList {QStringLiteral("duties")});
}

void TestRules::datedProfileIsNews()
{
    // After the lead, a sentence that opens with where a company is based describes it, unless it
    // dates something.
    const QString lead = QStringLiteral("Chinese memory makers met in Beijing on Monday.\n");
    const auto eventsAfterLead = [&](const QString& sentence) {
        QList<Event> events;
        for (const ExtractedEvent& e : run(lead + sentence).events) {
            if (e.event.evidence.first().begin >= lead.size())
                events << e.event;
        }
        return events;
    };
    QVERIFY(eventsAfterLead(QStringLiteral("Based in Hefei, CXMT produces DRAM chips for phones.")).isEmpty());
    const QList<Event> dated = eventsAfterLead(
        QStringLiteral("Based in the eastern city of Hefei, CXMT last year began producing high-bandwidth memory."));
    QCOMPARE(dated.size(), 1);
    QCOMPARE(dated.first().type, QStringLiteral("production"));
    QCOMPARE(dated.first().start->toIsoString(DatePrecision::Year), QStringLiteral("2024"));
}

void TestRules::sinceThenIsNoBackground()
{
    // "has since" is "has since then": the verb after it is the sentence's own happening, also after
    // another adverb.
    const ExtractionResult r = run(QStringLiteral(
        "Nvidia resumed sales in July.\nWashington has also since banned sales of the H20 to China, and the Commerce "
        "Department had since discussed taking equity in chipmakers."));
    const QStringList triggers = triggersOf(r);
    QVERIFY2(triggers.contains(QLatin1String("banned")), qPrintable(triggers.join(QLatin1String(", "))));
    QVERIFY2(triggers.contains(QLatin1String("discussed")), qPrintable(triggers.join(QLatin1String(", "))));
    // "since" before a date or a clause still sets a background.
    const ExtractionResult since = run(
        QStringLiteral("Nvidia resumed sales in July.\nSales have stayed low since the ban took effect in April."));
    QVERIFY2(!triggersOf(since).contains(QLatin1String("ban")), qPrintable(titlesOf(since).join(QLatin1String("; "))));
}

void TestRules::adverbIsNoPartOfTitleSubject()
{
    // "Beijing subsequently banned": the title's subject is the government, not "Beijing subsequently".
    const ExtractionResult r = run(QStringLiteral(
        "Nvidia resumed sales in July.\nBeijing subsequently banned purchases of the H20.\nThe Italian government "
        "unexpectedly blocked the deal."));
    const QStringList titles = titlesOf(r);
    QVERIFY2(titles.contains(QLatin1String("China bans H20 purchases")), qPrintable(titles.join(QLatin1String("; "))));
    QVERIFY2(
        titles.contains(QLatin1String("Italian government blocks deal")), qPrintable(titles.join(QLatin1String("; "))));
}

void TestRules::fieldNamesAreKnown()
{
    // Wire copy names a government by its seat ("Washington urged Tokyo and The Hague") and a
    // country by its adjective.
    const QStringList names = entityNames(QStringLiteral(
        "Washington urged Tokyo and The Hague to tighten controls, while Singaporean and Kazakh officials met in "
        "Kuala Lumpur."));
    for (const char* country : {"United States", "Japan", "Netherlands", "Singapore", "Kazakhstan", "Malaysia"})
        QVERIFY2(names.contains(QLatin1String(country)), qPrintable(names.join(QLatin1String(", "))));
    // Price agencies and research firms the field quotes are known by their whole names.
    const QStringList firms = entityNames(QStringLiteral(
        "Prices rose, according to Shanghai Metals Market, as analysts at IDC and Yole Group expected."));
    for (const char* firm : {"Shanghai Metals Market", "IDC", "Yole Group"})
        QVERIFY2(firms.contains(QLatin1String(firm)), qPrintable(firms.join(QLatin1String(", "))));
    // A prosecutor's title is no part of her name; her office is a body of its own.
    const QStringList legal = entityNames(QStringLiteral(
        "Assistant US Attorney Maria Delgado said so in a statement. The U.S. Attorney's Office filed charges."));
    for (const char* name : {"Maria Delgado", "US Attorney's Office"})
        QVERIFY2(legal.contains(QLatin1String(name)), qPrintable(legal.join(QLatin1String(", "))));
    const QStringList committee = entityNames(
        QStringLiteral("The Republican who chairs the House Select Committee on the Chinese Communist Party said so."));
    QVERIFY2(committee.contains(QLatin1String("House Select Committee on the Chinese Communist Party")),
        qPrintable(committee.join(QLatin1String(", "))));
    // A law named with its maker's name is the law, not the maker and a shorter name.
    const QStringList law = entityNames(QStringLiteral("The Commission opened an inquiry under the EU Chips Act."));
    QVERIFY2(law.contains(QLatin1String("EU Chips Act")), qPrintable(law.join(QLatin1String(", "))));
}

void TestRules::quotedSentenceStartIsNoName()
{
    // A capital after an opening quotation mark starts the sentence; it names nothing by itself.
    const QStringList names = entityNames(
        QStringLiteral("\"Exporting these chips puts technology at risk,\" the ministry said. \"Nvidia will "
                       "comply,\" a spokesman for Nvidia said."));
    QCOMPARE(names, QStringList {QStringLiteral("Nvidia")});
}

void TestRules::reportedResultsAreHappenings()
{
    // A company's results are news of their own, with a day between the verb and its object; a
    // figure only named as reported, or another's report of a claim, is not.
    const ExtractionResult r = run(QStringLiteral(
        "Intel reported on Thursday its first quarterly profit in nearly two years, helped by a $5 "
        "billion investment pledged by Nvidia in September.\n"
        "    Norvik Semiconductor posted a net loss of 1.2 billion yuan for the first half.\n"
        "    Its reported revenues for the period were 1.3 billion dlrs.\n"
        "    Bloomberg reported Nvidia's sales fell.\n"
        "    Earnings will be lower than the 19 cts a share reported in the year-ago quarter on sales of "
        "11.8 mln dlrs."));
    const QStringList titles = titlesOf(r);
    const auto profit = std::find_if(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.title == QLatin1String("Intel reports quarterly profit"); });
    QVERIFY2(profit != r.events.end(), qPrintable(titles.join(QLatin1String("; "))));
    QCOMPARE(profit->event.start, TimePoint::fromDate(2025, 12, 11));
    QVERIFY2(titles.contains(QLatin1String("Norvik Semiconductor posts net loss")),
        qPrintable(titles.join(QLatin1String("; "))));
    const auto others = std::count_if(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.type == QLatin1String("other"); });
    QCOMPARE(int(others), 2);
    const auto norvik = std::find_if(r.entities.begin(), r.entities.end(),
        [](const ExtractedEntity& e) { return e.name == QLatin1String("Norvik Semiconductor"); });
    QVERIFY(norvik != r.entities.end());
    QCOMPARE(norvik->type, EntityType::Organisation);
}

void TestRules::relativeClauseKeepsPlaceRegion()
{
    // "in Chitose, Hokkaido, in April": the region set off by commas does not end the clause, so
    // the clause keeps its own day.
    const ExtractionResult r = run(QStringLiteral("Rapidus, which began operating a pilot line in Chitose, Hokkaido, "
                                                  "in April, received approval for the subsidy on Tuesday."));
    const auto line = std::find_if(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.type == QLatin1String("production"); });
    QVERIFY(line != r.events.end());
    QCOMPARE(line->event.start, TimePoint::fromDate(2025, 4, 1));
    QCOMPARE(line->event.precision, DatePrecision::Month);
}

void TestRules::participleDoerIsTheActor()
{
    // "an investment pledged by Nvidia", "measures adopted by the United States": the doer after
    // the participle did the deed, not the sentence's subject.
    const ExtractionResult r = run(
        QStringLiteral("Intel was helped by a $5 billion investment pledged by Nvidia in September.\n"
                       "    The move brings Japan's controls in line with measures adopted by the United States in "
                       "July 2023."));
    const QStringList titles = titlesOf(r);
    QVERIFY2(titles.size() == 2, qPrintable(titles.join(QLatin1String("; "))));
    QVERIFY2(titles.first().startsWith(QLatin1String("Nvidia ")), qPrintable(titles.first()));
    QCOMPARE(titles.last(), QStringLiteral("US adopts measures"));
}

void TestRules::hyphenatedCompoundNamesItsName()
{
    // "the Senate-passed version", "Mitsubishi-made planes": the name before the participle is
    // mentioned; a compound in lower case names nothing.
    const QStringList names
        = entityNames(QStringLiteral("The bill matches the Senate-passed version and replaces Mitsubishi-made planes.\n"
                                     "    The Nvidia-designed chip went to a state-backed fund."));
    QVERIFY2(names.contains(QLatin1String("US Senate")), qPrintable(names.join(QLatin1String(", "))));
    QVERIFY2(names.contains(QLatin1String("Mitsubishi")), qPrintable(names.join(QLatin1String(", "))));
    QVERIFY2(names.contains(QLatin1String("Nvidia")), qPrintable(names.join(QLatin1String(", "))));
    for (const QString& name : names)
        QVERIFY2(!name.contains(QLatin1Char('-')), qPrintable(name));
}

void TestRules::announcedThingKeepsItsDay()
{
    // A plant announced on a day of its own is one happening, the start of its operation another.
    const ExtractionResult r = run(
        QStringLiteral("SK hynix announced the Indiana plant in April 2024 and plans to start operating it in 2028."));
    QHash<QString, TimePoint> starts;
    for (const ExtractedEvent& e : r.events)
        starts.insert(
            e.event.attributes.value(QLatin1String("trigger")).toString(), e.event.start.value_or(TimePoint()));
    QCOMPARE(starts.value(QStringLiteral("plant")), TimePoint::fromDate(2024, 4, 1));
    QCOMPARE(starts.value(QStringLiteral("start operating")), TimePoint::fromDate(2028, 1, 1));
}

void TestRules::verbBeforePrepositionIsVerb()
{
    // "collide near": a base form before a preposition is the verb, not a modifier of a noun.
    const ExtractionResult r = run(QStringLiteral("Two trains collide near Prague, injuring at least 57 people."));
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.events.first().event.type, QStringLiteral("other"));
}

void TestRules::negatedAndAppositiveAreNoNews()
{
    // After the lead, a happening said not to be is no news; a described name's appositive holds
    // no main verb of the lead.
    const ExtractionResult r = run(QStringLiteral("Acme Widgets Corp said it had signed a supply deal.\n"
                                                  "    He said no final decision had been made on prices.\n"
                                                  "    Acceptance of the offer, which had been "
                                                  "extended several times, had been below required levels.\n"
                                                  "    Trade issues between the two include import restrictions "
                                                  "on 12 farm products."));
    QCOMPARE(r.events.size(), 1);
    const ExtractionResult lifted = run(QStringLiteral("Acme Widgets Corp said it had signed a supply deal.\n"
                                                       "    In order to lift the duties imposed on Japan, the U.S. "
                                                       "needs proof."));
    QCOMPARE(lifted.events.size(), 1);
    const ExtractionResult lead = run(QStringLiteral("Acme Widgets Corp, the Japanese electronics group which plans "
                                                     "to enter the market, risks becoming the first casualty."));
    QVERIFY(lead.events.isEmpty());
}

void TestRules::planByBareMonthIsAhead()
{
    // A plan dated by a month without a year means the next such month, even where the tense is
    // too far from the date for the date resolver to see; the plan word may be the verb itself.
    const ExtractionResult r = run(QStringLiteral("Four major Japanese steelmakers plan to form a seamless pipe export "
                                                  "cartel for markets other than the United States and the European "
                                                  "Community for a year from April, company officials said."),
        TimePoint::fromDate(1987, 3, 26));
    QCOMPARE(r.events.size(), 1);
    const Event& e = r.events.first().event;
    QCOMPARE(e.modality, Modality::Planned);
    QVERIFY(e.start);
    QCOMPARE(e.start->toIsoString(DatePrecision::Month), QStringLiteral("1987-04"));
}

void TestRules::nounOpeningClauseAfterAnd()
{
    // "and approval is expected": the noun opens a clause of its own and does not hang from the
    // "of" of the name before it.
    const ExtractionResult r = run(QStringLiteral("Acme said it signed a deal.\n    The firms will apply to the "
                                                  "Ministry of Finance today and approval is expected later this "
                                                  "month."));
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.events[1].event.type, QStringLiteral("approval"));
}

void TestRules::seekingIsDoing()
{
    // To seek something is an action, not a wish; a termination is a decision.
    const ExtractionResult r = run(QStringLiteral("The steel industry and its union said they will seek a three-year "
                                                  "extension of the import restraint program.\n    Acme Widgets Corp "
                                                  "said its exchange offer has been terminated."));
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.events[0].event.modality, Modality::Planned);
    QCOMPARE(r.events[1].event.type, QStringLiteral("decision"));
}

void TestRules::referringNounIsKnownHappening()
{
    // "led a team of officials to the talks": detail of the talks already told, one event with two
    // pieces of evidence.
    const ExtractionResult r = run(QStringLiteral("Bolivia's government opened talks today with the country's union "
                                                  "leaders on pay.\n    Foreign minister Guillermo Bedregal led a "
                                                  "team of government officials to the talks, sources said."));
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.events.first().event.evidence.size(), 2);
}

void TestRules::referringNounNamesItsKind()
{
    // "the talks" are the talks told before, not the phone call told since.
    const ExtractionResult r = run(QStringLiteral("Bolivia's government opened talks on Monday with the country's "
                                                  "union leaders on pay.\n    The two presidents are expected to "
                                                  "speak by phone on Friday.\n    Foreign minister Guillermo Bedregal "
                                                  "led a team of government officials to the talks, sources said."),
        TimePoint::fromDate(2025, 12, 10));
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.events.first().event.evidence.size(), 2);
    QCOMPARE(r.events.last().event.evidence.size(), 1);
}

void TestRules::relativeClauseDescribes()
{
    // A relative clause set off by commas describes its noun; with a day of its own it tells a
    // happening of its own, and its day is not the main clause's.
    const ExtractionResult r = run(QStringLiteral("The former dealer of Acme Bank, which collapsed on currency "
                                                  "speculation, can stand trial for damages, a court ruled."),
        TimePoint::fromDate(1987, 3, 26));
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.events.first().event.type, QStringLiteral("legal"));
    QVERIFY(!r.events.first().event.start);
    const ExtractionResult dated
        = run(QStringLiteral("The former dealer of Acme Bank, which collapsed in 1974 on "
                             "currency speculation, can stand trial for damages, a court ruled."),
            TimePoint::fromDate(1987, 3, 26));
    QCOMPARE(dated.events.size(), 2);
    QVERIFY(dated.events.at(0).event.start);
    QCOMPARE(dated.events.at(0).event.start->toIsoString(DatePrecision::Year), QStringLiteral("1974"));
    QCOMPARE(dated.events.at(1).event.type, QStringLiteral("legal"));
    QVERIFY(!dated.events.at(1).event.start);
}

void TestRules::subjectVerbAfterParenthesis()
{
    // The verb of a subject noun comes after what is set off by commas: the meetings are to come.
    const ExtractionResult r
        = run(QStringLiteral("Energy Minister Marcel Masse announced a review of energy policy.\n"
                             "    The meetings, which will be chaired by Tom Kierans, President of "
                             "McLeod, Young Weir Ltd, will begin in June in Calgary."),
            TimePoint::fromDate(1987, 4, 13));
    QCOMPARE(r.events.size(), 2);
    const Event& e = r.events[1].event;
    QCOMPARE(e.modality, Modality::Planned);
    QVERIFY(e.start);
    QCOMPARE(e.start->toIsoString(DatePrecision::Month), QStringLiteral("1987-06"));
}

void TestRules::timetableInPresent()
{
    // A plural subject's present verb with a date ahead is a timetable.
    const ExtractionResult r
        = run(QStringLiteral("The union vowed to fight wage cuts in talks with the carmakers.\n"
                             "    Contracts at both companies expire at midnight on September 14."),
            TimePoint::fromDate(1987, 4, 13));
    QCOMPARE(r.events.size(), 2);
    const Event& e = r.events[1].event;
    QVERIFY(e.start);
    QCOMPARE(e.start->toIsoString(DatePrecision::Day), QStringLiteral("1987-09-14"));
}

void TestRules::backgroundAndCommentAreNoNews_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("speech in a quotation")
        << "It said the lifting \"meets the requirements expressed several times by dealers.\"";
    QTest::newRow("argued view") << "Many industry executives argue that export controls have only accelerated "
                                    "China's push for self-sufficiency.";
    QTest::newRow("shares unmoved") << "Shares of Tokyo Electron were little changed in early trading on Monday.";
    QTest::newRow("nobody does it") << "\"Nobody is cancelling orders because of price,\" Weiss said.";
    QTest::newRow("copyright line") << "Unauthorized reproduction and redistribution prohibited.";
    QTest::newRow("position argued") << "Nvidia has argued that tracking features could create security "
                                        "vulnerabilities.";
    QTest::newRow("analysts' forecast") << "Analysts at Bernstein forecast that domestic chips could meet more than "
                                           "half of China's AI computing demand by 2027.";
    QTest::newRow("analysts' warning") << "Some analysts, however, warned that the company's market value was hard "
                                          "to justify.";
    QTest::newRow("market tightens") << "Meanwhile, the memory market continues to tighten.";
    QTest::newRow("what a company does") << "Moore Threads, led by a former Nvidia executive, develops the MTT "
                                            "S-series of GPUs.";
    QTest::newRow("shares described") << "Bredero shares, quoted on the domestic section of the Amsterdam Stock "
                                         "Exchange, closed at 72.50 guilders on Monday.";
    QTest::newRow("no signs") << "Picketing was peaceful and friendly, with no signs of violence.";
    QTest::newRow("projected figure")
        << "Defence expenditure, projected at 10 billion rupees this year, is now forecast at 12 billion.";
    QTest::newRow("unable") << "Miller said the two sides have still not been able to agree on the main issue.";
    QTest::newRow("failed") << "The council has so far failed to reach agreement on quotas.";
    QTest::newRow("possession figure") << "The FHLBB said Equitable had deposits of 79.2 mln dlrs.";
    QTest::newRow("state") << "Miller told reporters President Reagan remains opposed to any tax increases.";
    QTest::newRow("predicate noun") << "A spokeswoman said the contract was a standard contract under which Goldman "
                                       "Sachs advised the firm.";
    QTest::newRow("judgement before speech") << "Additional details about the firm were not available, Miller said.";
    QTest::newRow("figure in speech") << "Finance Minister Mamoudou Toure said the foreign debt came to 800 billion "
                                         "francs.";
    QTest::newRow("terms") << "Under the agreement, the Italian banks will have a 50 pct interest in a new firm.";
    QTest::newRow("quotation source") << "The government has taken a risk in accepting the demands,\" the "
                                         "communique said.";
    QTest::newRow("participle opener") << "Citing figures for the budgetary year ending mid-1987, he deplored the fact "
                                          "debt servicing absorbed half the budget.";
    QTest::newRow("speech told before") << "In his speech, however, Masse said he would prefer to see the policies "
                                           "retain a market base.";
    QTest::newRow("quoted condition") << "\"If approved the loan would be available only after November,\" he said.";
    QTest::newRow("no such thing") << "No timetable for the first shipments was given.";
    QTest::newRow("not confirmed") << "Beijing has not publicly confirmed a rejection.";
    QTest::newRow("not said") << "Beijing has not said whether it will allow the chip into the country.";
}

void TestRules::sinceBoundsAState()
{
    // A day in a "since" clause is when the state began, not when the happening told took place.
    const ExtractionResult r = run(QStringLiteral(
        "Seoul is watching closely.\nIt comes as Beijing decides whether to let Nvidia's H200 processors into the "
        "country, a question that has hung over the market since the Trump administration approved the exports on "
        "December 8."));
    const auto decision = std::find_if(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.type == QLatin1String("decision"); });
    QVERIFY(decision != r.events.end());
    QVERIFY(!decision->event.start);
    QCOMPARE(decision->event.notBefore, TimePoint::fromDate(2025, 12, 8));
    // "has barred ... since October 2022": a state named by its own verb is dated by its start.
    const ExtractionResult state = run(QStringLiteral("Washington has barred the sale of Nvidia's most advanced chips "
                                                      "to China since October 2022."));
    QCOMPARE(state.events.size(), 1);
    QCOMPARE(state.events[0].event.start, TimePoint::fromDate(2022, 10, 1));
    QCOMPARE(state.events[0].event.precision, DatePrecision::Month);
}

void TestRules::describedKnownHappeningIsNoEvent()
{
    // "the H200 decision announced on December 8" names the approval told before; the sentence
    // tells no decision of its own.
    const ExtractionResult r
        = run(QStringLiteral("The Trump administration approved H200 exports on December 8.\n"
                             "His remarks sit uneasily with earlier comments from President Donald Trump, who had "
                             "said Xi Jinping reacted well to the H200 decision announced on December 8."));
    for (const ExtractedEvent& e : r.events)
        QVERIFY2(e.event.type != QLatin1String("decision"), qPrintable(e.event.title));
}

void TestRules::leadFollowingADayIsBoundedByIt()
{
    // The second sentence's day is that of what the lead's happening followed, and the clause's
    // subject, not the last name before it, is who will decide.
    const ExtractionResult r = run(QStringLiteral(
        "China's government has convened an emergency meeting to consider whether companies should be allowed to "
        "import Nvidia's H200, and a final decision is expected soon.\n"
        "The meeting followed Washington's announcement last Monday that it would permit exports of the chip."));
    QVERIFY(r.events.size() >= 2);
    const Event& meeting = r.events.first().event;
    QCOMPARE(meeting.type, QStringLiteral("meeting"));
    QVERIFY(!meeting.start);
    QCOMPARE(meeting.notBefore, TimePoint::fromDate(2025, 12, 8));
    const Event& decision = r.events.at(1).event;
    QCOMPARE(decision.type, QStringLiteral("decision"));
    QVERIFY2(decision.title.startsWith(QLatin1String("China ")), qPrintable(decision.title));
}

void TestRules::namedSpeakersFirstWordsAreAStatement()
{
    // A reaction is news as a statement; the same speaker's further words, a quotation's closing
    // attribution and a pronoun's words continue it.
    const ExtractionResult r
        = run(QStringLiteral("Reagan imposed tariffs on Japanese goods on Friday.\n"
                             "A spokesman for Amdahl Corp said it would be hit hard by the tariffs.\n"
                             "Amdahl Corp said its customers would pay more.\n"
                             "\"It is a blow to us,\" the Amdahl Corp spokesman said.\n"
                             "He said the company was studying the list."),
            TimePoint::fromDate(1987, 4, 13));
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.events.at(1).event.type, QStringLiteral("statement"));
    QVERIFY(r.events.at(1).event.evidence.first().sentence.startsWith(QLatin1String("A spokesman for Amdahl")));
}

void TestRules::backgroundHappeningsAreEvents_data()
{
    QTest::addColumn<QString>("sentence");
    // The expert's worked example counts what is told to explain the news ("As the U.S. imposed
    // stricter export controls ..."): history, what came before, what someone said before.
    QTest::newRow("dated history") << "The rules, introduced in 2019, required importers to buy locally.";
    QTest::newRow("past perfect") << "The Labour Council had threatened to paralyse the state unless the government "
                                     "modified its legislation.";
    QTest::newRow("said before") << "The Philippines has said it was badly hit by a cut in its quota in 1986.";
    QTest::newRow("in force") << "It trails the H20, which the company was already permitted to sell in China.";
    QTest::newRow("standing position") << "Kato has said Japan cannot negotiate on its policy of rice "
                                          "self-sufficiency.";
}

void TestRules::backgroundHappeningsAreEvents()
{
    QFETCH(QString, sentence);
    const ExtractionResult r
        = run(QStringLiteral("Acme Widgets Corp said it had signed a supply deal.\n    ") + sentence,
            TimePoint::fromDate(2021, 4, 13));
    QCOMPARE(r.events.size(), 2);
}

void TestRules::reportedPlansAndTripsAreEvents_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("title");
    // "will" after a past speech verb reports an actor's intention, as "would" does.
    QTest::newRow("said will") << "The Army said that the firm will produce 4,491 missiles."
                               << "production"
                               << "Acme Widgets Corp to produce 4,491 missiles";
    // The purpose of a trip is a meeting to come, and the place on the way is not its doer.
    QTest::newRow("trip purpose") << "Baldrige will also stop in Hong Kong to meet British officials."
                                  << "meeting"
                                  << "Baldrige to meet British officials";
}

void TestRules::reportedPlansAndTripsAreEvents()
{
    QFETCH(QString, sentence);
    QFETCH(QString, type);
    QFETCH(QString, title);
    const ExtractionResult r
        = run(QStringLiteral("Acme Widgets Corp said it had signed a supply deal.\n    ") + sentence,
            TimePoint::fromDate(1987, 4, 13));
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.events.at(1).event.type, type);
    QCOMPARE(r.events.at(1).event.title, title);
}

void TestRules::chipPolicyPhrasing_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("events"); // type:modality of each event the sentence gives
    // How chip-policy news of the 2020s is written, in our own words.
    QTest::newRow("agent of a relative clause") << "Rapidus, which is backed by Japan, started production on Tuesday."
                                                << QStringList {QStringLiteral("production:occurred")};
    QTest::newRow("told a list to act") << "China's internet regulator has told ByteDance, Alibaba and other large "
                                           "technology companies to stop buying the RTX Pro 6000D."
                                        << QStringList {QStringLiteral("decision:occurred")};
    QTest::newRow("said, while another acted")
        << "Toyota said on Tuesday that it had enough sensors to keep its plants running until March, while "
           "Nissan cut output at a plant in Thailand."
        << QStringList {QStringLiteral("statement:occurred"), QStringLiteral("production:occurred")};
    QTest::newRow("subject after its relative clause")
        << "A hearing at the Amsterdam court, which suspended the chief executive in October, is scheduled for "
           "Jan. 14."
        << QStringList {QStringLiteral("legal:planned"), QStringLiteral("approval:occurred")};
    QTest::newRow("shares beside a relative clause")
        << "Shares of Tokyo Electron, which supplies equipment to the Chitose plant, rose 2.1% on Friday."
        << QStringList {QStringLiteral("other:occurred")};
    QTest::newRow("supplying samples") << "SK hynix began supplying samples of its HBM4 to Nvidia in March."
                                       << QStringList {QStringLiteral("production:occurred")};
    QTest::newRow("begin operations")
        << "Samsung's plant in Taylor, Texas, which was due to open in 2024, is now scheduled to begin operations "
           "next year."
        << QStringList {QStringLiteral("production:planned")};
    QTest::newRow("aims to do next") << "Rapidus received approval in March for more government support and aims to "
                                        "start mass production of 2-nanometer chips in 2027."
                                     << QStringList {
                                            QStringLiteral("approval:occurred"), QStringLiteral("production:planned")};
    QTest::newRow("reason before the subject")
        << "Citing national security risks, Malaysia said on Monday it would require permits for exports of AI chips."
        << QStringList {QStringLiteral("export_control:announced")};
    QTest::newRow("required licences") << "The Netherlands first required licences for ASML's tools in September 2023."
                                       << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("a month is no doubt") << "The company built the plant in May."
                                         << QStringList {QStringLiteral("production:occurred")};
    QTest::newRow("speakers' own intention") << "The ministers said they would impose tariffs on steel imports."
                                             << QStringList {QStringLiteral("export_control:expected")};
    QTest::newRow("plea in court") << "Hu appeared before a magistrate judge on Wednesday and pleaded not guilty."
                                   << QStringList {QStringLiteral("legal:occurred")};
    QTest::newRow("noun subject opening the sentence")
        << "Construction will begin in October, and the company aims to start operations in the first half of 2027."
        << QStringList {QStringLiteral("production:planned"), QStringLiteral("production:planned")};
    QTest::newRow("named subject of its own")
        << "Hu was arrested in San Francisco on Sept. 27, and Liang was detained "
           "in Singapore three days later."
        << QStringList {QStringLiteral("legal:occurred"), QStringLiteral("legal:occurred")};
    QTest::newRow("terms of a deal made public")
        << "Humain will buy several hundred thousand Nvidia chips under an agreement unveiled on Tuesday."
        << QStringList {QStringLiteral("deal:announced")};
    QTest::newRow("ordered to act") << "The regulator ordered the three firms to halt purchases of the H20."
                                    << QStringList {QStringLiteral("decision:occurred")};
    QTest::newRow("ordered change of production") << "Nvidia has told Amkor and Samsung to suspend work on H20 chips."
                                                  << QStringList {QStringLiteral("production:occurred")};
    QTest::newRow("own auxiliary, same kind")
        << "Jensen Huang met Trump at the White House on Wednesday and is "
           "scheduled to visit Beijing next week."
        << QStringList {QStringLiteral("meeting:occurred"), QStringLiteral("meeting:planned")};
    QTest::newRow("participle clause") << "Trump and Xi met in Busan on Oct. 30, agreeing to a one-year trade truce."
                                       << QStringList {
                                              QStringLiteral("meeting:occurred"), QStringLiteral("deal:occurred")};
    QTest::newRow("widened requirements") << "The Dutch government widened licence requirements on Jan. 15 to cover "
                                             "more ASML tools."
                                          << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("began delivering") << "Nvidia began delivering the first batch of H200 chips to Chinese customers "
                                         "in mid-February."
                                      << QStringList {QStringLiteral("production:occurred")};
    QTest::newRow("won licences") << "AMD has won U.S. licences to ship MI308 accelerators to China."
                                  << QStringList {QStringLiteral("approval:occurred")};
    QTest::newRow("fact clause after a day")
        << "Beijing banned exports of gallium on Dec. 3, a day after Washington unveiled its third crackdown."
        << QStringList {QStringLiteral("export_control:occurred"), QStringLiteral("export_control:announced")};
    QTest::newRow("rule in the making") << "The Commerce Department is preparing a rule that would bar exports of "
                                           "Blackwell processors to China."
                                        << QStringList {QStringLiteral("export_control:planned")};
    QTest::newRow("rules to") << "The Commerce Department is drafting rules to bar exports of Blackwell processors "
                                 "to China."
                              << QStringList {QStringLiteral("export_control:planned")};
    QTest::newRow("plan to") << "Beijing is drafting a plan to subsidize data centres that use domestic chips."
                             << QStringList {QStringLiteral("investment:planned")};
    QTest::newRow("topics on the agenda") << "Trump and Xi spoke by phone for 90 minutes on Thursday, with rare-earth "
                                             "supplies and chip curbs high on the agenda."
                                          << QStringList {QStringLiteral("meeting:occurred")};
    QTest::newRow("after securing") << "Microsoft said on Monday it would invest $15.2 billion in the United Arab "
                                       "Emirates, after securing U.S. licences to ship Nvidia chips there."
                                    << QStringList {
                                           QStringLiteral("investment:announced"), QStringLiteral("approval:occurred")};
    QTest::newRow("objected") << "France objected on Thursday to plans to let Brussels screen outbound investment."
                              << QStringList {QStringLiteral("rejection:occurred")};
    QTest::newRow("rules past their relative clause")
        << "Japan's revised export rules, which add chipmaking tools to the list of items requiring a licence, took "
           "effect on Wednesday."
        << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("stake said on a day") << "The U.S. government will take a 9.9% stake in Intel, Commerce Secretary "
                                            "Howard Lutnick said on Friday."
                                         << QStringList {QStringLiteral("investment:announced")};
    QTest::newRow("permit required") << "Malaysia will require a permit for the export of US-origin AI chips, the "
                                        "trade ministry said on Monday."
                                     << QStringList {QStringLiteral("export_control:announced")};
    QTest::newRow("signed a contract") << "Oracle has signed a contract with OpenAI to provide computing power."
                                       << QStringList {QStringLiteral("deal:occurred")};
    QTest::newRow("step down") << "Tokyo Electron said on Friday its president would step down."
                               << QStringList {QStringLiteral("decision:announced")};
    QTest::newRow("will not accept") << "Taiwan will not accept a 50-50 split of chip production with the United "
                                        "States, its vice premier said."
                                     << QStringList {QStringLiteral("rejection:occurred")};
    QTest::newRow("deal reached with") << "Trump said on Wednesday that goods transshipped through Vietnam would face "
                                          "a 40% tariff under a trade deal reached with Hanoi."
                                       << QStringList {QStringLiteral("export_control:announced"),
                                              QStringLiteral("deal:occurred")};
    QTest::newRow("denied talks") << "SK Hynix on Friday denied a local newspaper report that it was in talks to "
                                     "acquire Kioxia, saying nothing had been decided."
                                  << QStringList {QStringLiteral("report:occurred"), QStringLiteral("deal:denied")};
    QTest::newRow("rejecting a report") << "China's foreign ministry said on Monday that Beijing had not told "
                                           "companies to stop buying Samsung memory chips, rejecting a Bloomberg "
                                           "News report published last week."
                                        << QStringList {
                                               QStringLiteral("report:occurred"), QStringLiteral("decision:denied")};
    QTest::newRow("discussing whether") << "Officials are discussing whether to let Nvidia sell a scaled-down "
                                           "Blackwell chip to Chinese customers."
                                        << QStringList {QStringLiteral("decision:under_consideration")};
    QTest::newRow("demanded") << "Trump demanded on Thursday that Intel's chief executive resign immediately."
                              << QStringList {QStringLiteral("statement:occurred")};
    QTest::newRow("construction") << "The company also confirmed that construction of its second plant in Kumamoto, "
                                     "which began in October, had been slowed by traffic congestion."
                                  << QStringList {QStringLiteral("production:occurred")};
    QTest::newRow("consultation") << "The European Commission opened a public consultation on a revised Chips Act in "
                                     "September."
                                  << QStringList {QStringLiteral("other:occurred")};
    QTest::newRow("began shipping") << "Micron began shipping its first memory modules from India in September."
                                    << QStringList {QStringLiteral("production:occurred")};
    QTest::newRow("meaning") << "Taiwan added Huawei and SMIC to its entity list on Saturday, meaning Taiwanese firms "
                                "need approval before shipping to them."
                             << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("second that-clause") << "TSMC said on Tuesday it had begun installing equipment for 3-nanometer "
                                           "production at its second Arizona factory, and that volume output there "
                                           "would start in 2027."
                                        << QStringList {QStringLiteral("production:occurred"),
                                               QStringLiteral("production:expected")};
    QTest::newRow("owner's actor and its verb") << "Taiwan's cabinet approved draft amendments on Tuesday that "
                                                   "would require government approval before chipmakers such as "
                                                   "TSMC can produce their most advanced chips abroad."
                                                << QStringList {QStringLiteral("approval:occurred")};
    QTest::newRow("a day's trading") << "Shares of Samsung Electronics rose 4.2 percent on the Korea Exchange on "
                                        "Wednesday."
                                     << QStringList {QStringLiteral("other:occurred")};
    QTest::newRow("a name's shares") << "Nvidia shares fell 1.8 percent in New York trading on Wednesday."
                                     << QStringList {QStringLiteral("other:occurred")};
    QTest::newRow("denied deed of a noun")
        << "Samsung Electronics on the 3rd denied a media report that it had "
           "suspended construction of the fourth production line."
        << QStringList {QStringLiteral("report:occurred"), QStringLiteral("production:denied")};
    QTest::newRow("kind named by a number") << "Rapidus aims to start mass production of 2-nanometer chips in 2027."
                                            << QStringList {QStringLiteral("production:planned")};
    QTest::newRow("relative and main clause")
        << "Rapidus, which launched a pilot line in April, received approval in "
           "March."
        << QStringList {QStringLiteral("production:occurred"), QStringLiteral("approval:occurred")};
    QTest::newRow("due for a vote") << "The Chip Security Act, which would require such checks on exported AI "
                                       "chips, is due for a vote in the House Foreign Affairs Committee on December 10."
                                    << QStringList {QStringLiteral("decision:planned")};
    QTest::newRow("measure in force") << "Sales of the chip to China remain restricted."
                                      << QStringList {QStringLiteral("export_control:ongoing")};
    QTest::newRow("list named by its kind") << "Taiwan has added Huawei and SMIC to its export control entity list, "
                                               "the economy ministry said on Monday, requiring companies to obtain "
                                               "permission before shipping goods to them."
                                            << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("event noun as a fact's subject")
        << "TSMC halted shipments to Huawei in September 2020 after US "
           "rules cut the firm off from chips made with US technology."
        << QStringList {QStringLiteral("production:occurred"), QStringLiteral("export_control:occurred")};
    QTest::newRow("what the noun's clause did")
        << "Beijing said last week it would suspend the sweeping rare earth "
           "export controls it unveiled in October."
        << QStringList {QStringLiteral("export_control:announced"), QStringLiteral("export_control:occurred")};
    QTest::newRow("long sub-heading") << "Seoul and Washington finalize joint fact sheet, semiconductor levies capped "
                                         "at Taiwan's level"
                                      << QStringList {};
    QTest::newRow("told at a hearing") << "Lutnick told senators at a hearing on Wednesday that Huawei's chips were "
                                          "far behind."
                                       << QStringList {QStringLiteral("statement:occurred")};
    QTest::newRow("round of talks") << "U.S. and Chinese officials are holding a fifth round of trade talks in Kuala "
                                       "Lumpur this weekend."
                                    << QStringList {QStringLiteral("meeting:ongoing")};
    QTest::newRow("wrapped up talks") << "U.S. and Chinese negotiators wrapped up two days of talks in London on "
                                         "Tuesday."
                                      << QStringList {QStringLiteral("meeting:occurred")};
    QTest::newRow("will not let") << "The White House will not let Nvidia sell the B30A to China."
                                  << QStringList {QStringLiteral("rejection:occurred")};
    QTest::newRow("let alone") << "The central bank let the yen fall against the dollar." << QStringList {};
    QTest::newRow("denied that") << "China's foreign ministry denied that Beijing had instructed companies to avoid "
                                    "buying Nvidia chips."
                                 << QStringList {QStringLiteral("decision:denied")};
    QTest::newRow("denied a report that")
        << "Tencent on Thursday denied a media report that it had agreed to buy "
           "50,000 H20 processors."
        << QStringList {QStringLiteral("report:occurred"), QStringLiteral("deal:denied")};
    QTest::newRow("stepped up checks") << "Chinese customs officers have stepped up checks on Nvidia chip shipments "
                                          "at major ports."
                                       << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("resumed shipments") << "AMD resumed shipments of its MI308 chips to China in July."
                                       << QStringList {QStringLiteral("production:occurred")};
    QTest::newRow("halted shipments") << "Nvidia halted shipments of the H20 to China in April."
                                      << QStringList {QStringLiteral("production:occurred")};
    QTest::newRow("owned noun") << "Trump announced on Friday an additional 100% tariff on Chinese imports, in "
                                   "response to Beijing's rare-earth curbs."
                                << QStringList {QStringLiteral("export_control:announced")};
    QTest::newRow("meeting before") << "China suspended its ban on gallium shipments to the U.S. on Sunday, a step "
                                       "that followed the leaders' meeting in Busan last month."
                                    << QStringList {QStringLiteral("export_control:occurred"),
                                           QStringLiteral("meeting:occurred")};
    QTest::newRow("prompting to act") << "The United States imposed tariffs on Chinese goods on Sept. 30, prompting "
                                         "Beijing to block exports of rare earths."
                                      << QStringList {QStringLiteral("export_control:occurred"),
                                             QStringLiteral("export_control:occurred")};
    QTest::newRow("approved plan") << "Taiwan's investment commission on Monday approved TSMC's plan to inject up to "
                                      "$10 billion of fresh capital into its Arizona unit."
                                   << QStringList {
                                          QStringLiteral("approval:occurred"), QStringLiteral("investment:planned")};
    QTest::newRow("noun and its participle")
        << "The United States and Japan are not in a trade war, despite U.S. sanctions announced last week against "
           "Japanese chips, U.S. Trade Representative Clayton Yeutter said."
        << QStringList {QStringLiteral("export_control:announced"), QStringLiteral("statement:occurred")};
    QTest::newRow("during talks") << "The ministers agreed to cut tariffs during talks in Geneva on Monday."
                                  << QStringList {QStringLiteral("deal:occurred"), QStringLiteral("meeting:occurred")};
    QTest::newRow("told of an event noun")
        << "A federal appeals court ruled on Aug. 29 that most of the tariffs President Donald Trump imposed under an "
           "emergency powers law were illegal."
        << QStringList {QStringLiteral("legal:occurred"), QStringLiteral("export_control:occurred")};
    QTest::newRow("order and its report")
        << "China's regulator has told ByteDance to stop buying Nvidia chips, the "
           "Financial Times reported."
        << QStringList {QStringLiteral("report:occurred"), QStringLiteral("decision:occurred")};
    QTest::newRow("fact clause of same kind")
        << "Japan imposed tariffs on the goods after the United States banned imports of Japanese chips."
        << QStringList {QStringLiteral("export_control:occurred"), QStringLiteral("export_control:occurred")};
    QTest::newRow("finalizing") << "The Commerce Department is finalizing the details of the arrangement, a White "
                                   "House official said."
                                << QStringList {QStringLiteral("decision:occurred")};
    QTest::newRow("summoned") << "Chinese regulators summoned Nvidia representatives over security concerns about "
                                 "the H20 chip in July."
                              << QStringList {QStringLiteral("meeting:occurred")};
    QTest::newRow("customs checks") << "Beijing has stepped up customs checks on imports of advanced chips."
                                    << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("halted production") << "Nvidia halted production of the H20 after Chinese authorities discouraged "
                                          "local firms from buying it."
                                       << QStringList {QStringLiteral("production:occurred")};
    QTest::newRow("bill") << "A bipartisan group of senators introduced a bill that would block the sale of advanced "
                             "AI chips to China."
                          << QStringList {QStringLiteral("decision:occurred")};
    QTest::newRow("weighing whether") << "China is weighing whether to limit access to the H200."
                                      << QStringList {QStringLiteral("decision:under_consideration")};
    QTest::newRow("weighing a change") << "Nvidia is weighing whether to lift production of the H200."
                                       << QStringList {QStringLiteral("production:under_consideration")};
    QTest::newRow("double production") << "Huawei plans to double production of its Ascend chips next year."
                                       << QStringList {QStringLiteral("production:planned")};
    QTest::newRow("told to stop") << "China's Cyberspace Administration told companies including ByteDance to stop "
                                     "purchasing the RTX Pro 6000D."
                                  << QStringList {QStringLiteral("decision:occurred")};
    QTest::newRow("launched investigation")
        << "The Ministry of Commerce launched an anti-dumping investigation into analog chips in September."
        << QStringList {QStringLiteral("legal:occurred")};
    QTest::newRow("talks to buy") << "Alibaba is in talks with Nvidia to buy large quantities of the H200."
                                  << QStringList {QStringLiteral("deal:ongoing")};
    QTest::newRow("revoked") << "The export licences were revoked last April."
                             << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("inspections") << "China's customs authorities have intensified inspections of Nvidia chip imports."
                                 << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("expanded controls") << "China on Thursday expanded its rare-earth export controls to cover "
                                          "foreign-made products."
                                       << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("talks about buying") << "Alibaba and ByteDance have held preliminary talks with Huawei about buying "
                                           "its Ascend chips."
                                        << QStringList {QStringLiteral("deal:occurred")};
    QTest::newRow("hear arguments") << "The Supreme Court is expected to hear arguments in the case in early November."
                                    << QStringList {QStringLiteral("legal:expected")};
    QTest::newRow("will, they said") << "Nvidia will sell 18,000 of its Blackwell chips to Humain, the companies said."
                                     << QStringList {QStringLiteral("deal:planned")};
    QTest::newRow("told that") << "The Dutch trade minister told parliament that the government had no plans to stop "
                                  "ASML from servicing equipment."
                               << QStringList {QStringLiteral("statement:occurred")};
    QTest::newRow("expanded requirements") << "The Dutch government on Wednesday expanded licence requirements for "
                                              "exports of older lithography machines."
                                           << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("not decided whether to allow")
        << "U.S. officials have not decided whether to allow a scaled-down version of the chip to be sold in China."
        << QStringList {QStringLiteral("approval:under_consideration")};
    QTest::newRow("will not allow") << "The White House has informed agencies that it will not allow Nvidia to sell "
                                       "the B30A chip to China."
                                    << QStringList {QStringLiteral("rejection:occurred")};
    QTest::newRow("won't approve") << "Beijing won't approve the purchases, officials said."
                                   << QStringList {QStringLiteral("rejection:occurred")};
    QTest::newRow("didn't") << "Nvidia didn't halt production of the H20 in August."
                            << QStringList {QStringLiteral("production:denied")};
    QTest::newRow("responded by") << "China responded by barring Nexperia's Chinese unit from exporting finished "
                                     "products."
                                  << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("set of rules") << "The Biden administration unveiled its final set of chip export rules on Jan. 13."
                                  << QStringList {QStringLiteral("export_control:announced")};
    QTest::newRow("require a licence") << "Nvidia said the U.S. government had informed it that sales of the H20 to "
                                          "China would require a licence."
                                       << QStringList {QStringLiteral("export_control:expected")};
    QTest::newRow("took effect") << "The reciprocal tariffs, which took effect on April 9, were paused for 90 days "
                                    "for most countries except China."
                                 << QStringList {
                                        QStringLiteral("export_control:occurred"), QStringLiteral("decision:occurred")};
    QTest::newRow("two parties met") << "Trump and Chinese President Xi Jinping met for about 100 minutes in Busan on "
                                        "Thursday."
                                     << QStringList {QStringLiteral("meeting:occurred")};
    QTest::newRow("turned down") << "The Commerce Department turned down licence applications from Applied Materials."
                                 << QStringList {QStringLiteral("rejection:occurred")};
    QTest::newRow("export licences") << "Export licences for the H20 were granted by the Commerce Department in early "
                                        "August."
                                     << QStringList {QStringLiteral("approval:occurred")};
    QTest::newRow("responded by announcing") << "Beijing responded within minutes by announcing tariffs on U.S. coal."
                                             << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("call, then agreed to meet")
        << "Trump and Xi held a phone call on Friday, during which they agreed to meet in South Korea next month."
        << QStringList {QStringLiteral("meeting:occurred"), QStringLiteral("meeting:planned")};
    QTest::newRow("gerund") << "The Dutch government said it was suspending the order that gave it control over "
                               "Nexperia."
                            << QStringList {QStringLiteral("approval:occurred")};
    QTest::newRow("means, not a response") << "\"The law protects shareholders by allowing them to vote as a group,\" "
                                              "he said."
                                           << QStringList {};
    QTest::newRow("participle, no statement")
        << "The Commerce Department on Tuesday rescinded the AI diffusion rule and said it would issue guidance "
           "warning that using Huawei's chips could violate U.S. export controls."
        << QStringList {QStringLiteral("export_control:occurred")};
    QTest::newRow("clause of common words")
        << "Nvidia invested in Intel, and the two companies jointly developed chips."
        << QStringList {QStringLiteral("investment:occurred"), QStringLiteral("production:occurred")};
    QTest::newRow("court hearing") << "The Amsterdam Enterprise Chamber will hold a hearing on Jan. 14 in the dispute "
                                      "over control of Nexperia, a court spokesperson said."
                                   << QStringList {QStringLiteral("legal:planned")};
    QTest::newRow("agreement reached, a call to come")
        << "The two sides reached an agreement on Monday, and the two presidents are expected to speak by phone "
           "on Friday."
        << QStringList {QStringLiteral("deal:occurred"), QStringLiteral("meeting:expected")};
    QTest::newRow("later words on a day of their own")
        << "Tokyo tightened its export rules in January, and a trade ministry official said on Monday that further "
           "changes were under review."
        << QStringList {QStringLiteral("export_control:occurred"), QStringLiteral("statement:occurred")};
    QTest::newRow("on the same day, started running")
        << "The trade ministry approved more subsidies for Rapidus on Tuesday, on the same day the company started "
           "running its first prototype line."
        << QStringList {QStringLiteral("approval:occurred"), QStringLiteral("production:occurred")};
    QTest::newRow("warned, while another called for")
        << "Volkswagen warned last week that output at some plants could be disrupted within weeks, while BMW called "
           "for urgent talks."
        << QStringList {QStringLiteral("statement:occurred"), QStringLiteral("statement:occurred")};
    QTest::newRow("judgement with a day of its own")
        << "The European Court of Auditors said in April the target was unlikely to be met."
        << QStringList {QStringLiteral("statement:occurred")};
    QTest::newRow("irregular past before its object")
        << "Nvidia sold chips to Samsung." << QStringList {QStringLiteral("deal:occurred")};
    QTest::newRow("main deed beside a dated relative clause")
        << "Rapidus, which aims to begin mass production in 2027, plans to deliver prototype samples to its first "
           "customers, its chief operating officer said."
        << QStringList {QStringLiteral("production:planned"), QStringLiteral("production:planned")};
    QTest::newRow("research hub to open") << "ASML will also open a new research hub in Eindhoven, it said."
                                          << QStringList {QStringLiteral("production:planned")};
    QTest::newRow("video call") << "The EU's trade commissioner held a video call with China's commerce minister on "
                                   "Tuesday."
                                << QStringList {QStringLiteral("meeting:occurred")};
    QTest::newRow("told a hearing") << "\"We are not close to a trade war,\" Yeutter told a House Agriculture "
                                       "Committee hearing."
                                    << QStringList {QStringLiteral("statement:occurred")};
    QTest::newRow("price") << "Blackwell processors sell for an estimated $30,000 to $40,000 apiece, and demand has "
                              "far outstripped supply."
                           << QStringList {};
    QTest::newRow("hedged, with a time ahead")
        << "The Commerce Department could add as many as a dozen more Chinese chipmakers to the entity list as soon "
           "as this month, according to two people familiar with the plans."
        << QStringList {QStringLiteral("export_control:expected")};
    QTest::newRow("hedge before a deed") << "AMD expects to take a charge of about $800 million after the U.S. imposed "
                                            "new licensing requirements on its MI308 chips."
                                         << QStringList {QStringLiteral("export_control:occurred")};
    // What an outlet reports is a claim of its own, doubted or not, next to the report.
    QTest::newRow("outlet reported")
        << "Beijing could offer subsidies of up to $70 billion to domestic chipmakers, Bloomberg News reported."
        << QStringList {QStringLiteral("report:occurred"), QStringLiteral("investment:expected")};
    QTest::newRow("opened a probe, beside a later approval")
        << "SAMR opened its probe in December last year, saying Nvidia had failed to honour commitments it made "
           "when Beijing conditionally approved the Mellanox deal in April 2020."
        << QStringList {QStringLiteral("legal:occurred"), QStringLiteral("approval:occurred")};
    QTest::newRow("investigation that a ministry launched")
        << "The duties followed a national security investigation that the Commerce Department launched in April."
        << QStringList {QStringLiteral("legal:occurred")};
    QTest::newRow("three dated deeds in one sentence")
        << "Under a truce agreed in Geneva in May, the two governments lowered the tariffs they had imposed since "
           "April, and they extended that arrangement by 90 days in August."
        << QStringList {QStringLiteral("deal:occurred"), QStringLiteral("export_control:occurred"),
               QStringLiteral("decision:occurred")};
    QTest::newRow("expanded the rules a year later")
        << "The Netherlands first required licences for ASML's tools in September 2023 and expanded the rules in "
           "September 2024."
        << QStringList {QStringLiteral("export_control:occurred"), QStringLiteral("export_control:occurred")};
    QTest::newRow("took control")
        << "The Dutch government took control of the chipmaker on Sept. 30 under a Cold War-era law."
        << QStringList {QStringLiteral("decision:occurred")};
    QTest::newRow("according to outlet") << "Beijing could offer subsidies to chipmakers, according to Bloomberg."
                                         << QStringList {QStringLiteral("report:occurred"),
                                                QStringLiteral("investment:expected")};
}

void TestRules::chipPolicyPhrasing()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, events);
    const ExtractionResult r
        = run(QStringLiteral("Acme Widgets Corp said it had signed a supply deal.\n    ") + sentence,
            TimePoint::fromDate(2025, 12, 14));
    QStringList got;
    for (const ExtractedEvent& e : r.events.mid(1))
        got << e.event.type + QLatin1Char(':') + modalityToString(e.event.modality);
    QCOMPARE(got, events);
}

void TestRules::backgroundAndCommentAreNoNews()
{
    // After a lead, none of these tells a happening of its own.
    QFETCH(QString, sentence);
    const ExtractionResult r
        = run(QStringLiteral("Acme Widgets Corp said it had signed a supply deal.\n    ") + sentence,
            TimePoint::fromDate(1987, 4, 13));
    QCOMPARE(r.events.size(), 1);
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
    // A known name after a sentence's opening "The" is that name, not a new one made of both,
    // while a known country opening an institution's name stays part of it.
    const ExtractionResult known = run(QStringLiteral("The Commerce Department said so."));
    QCOMPARE(known.entities.size(), 1);
    QCOMPARE(known.entities.first().name, QStringLiteral("US Commerce Department"));
    // A body named after its country mentions the country too.
    const ExtractionResult usBody = run(QStringLiteral("The U.S. Commerce Department said so."));
    QCOMPARE(usBody.entities.size(), 2);
    QVERIFY(std::any_of(usBody.entities.begin(), usBody.entities.end(),
        [](const ExtractedEntity& e) { return e.name == QLatin1String("United States"); }));
    const ExtractionResult embassy = run(QStringLiteral("The Japanese Embassy said so."));
    QCOMPARE(embassy.entities.size(), 1);
    QCOMPARE(embassy.entities.first().name, QStringLiteral("Japanese Embassy"));
    // A list one is added to is named, and adding to it is still an export control.
    const ExtractionResult listed
        = run(QStringLiteral("Acme Widgets Corp said so.\n    Wingtech was added to the U.S. entity list in "
                             "December 2024."));
    QVERIFY(std::any_of(listed.entities.begin(), listed.entities.end(),
        [](const ExtractedEntity& e) { return e.name == QLatin1String("Entity List"); }));
    QCOMPARE(listed.events.size(), 2);
    QCOMPARE(listed.events.last().event.type, QStringLiteral("export_control"));
    const ExtractionResult rule
        = run(QStringLiteral("Acme Widgets Corp said so.\n    The Commerce Department suspended the affiliates rule."));
    QVERIFY(std::any_of(rule.entities.begin(), rule.entities.end(),
        [](const ExtractedEntity& e) { return e.name == QLatin1String("Affiliates Rule"); }));
    QCOMPARE(rule.events.size(), 2);
    // An office holder named by the office is an entity of its own, with its owner's words; a title
    // before a name is not.
    const ExtractionResult offices = run(QStringLiteral("Taiwan's premier met TSMC's chairman and the Dutch economy "
                                                        "minister. CLA chairman Irtiza Husain confirmed it."));
    QStringList officeNames;
    for (const ExtractedEntity& e : offices.entities)
        officeNames << e.name;
    for (const char* office : {"Taiwan's premier", "TSMC's chairman", "Dutch economy minister"})
        QVERIFY2(officeNames.contains(QLatin1String(office)), qPrintable(officeNames.join(u',')));
    QVERIFY2(!officeNames.contains(QLatin1String("CLA chairman")), qPrintable(officeNames.join(u',')));
    // A country's body told in common words is named after the country; "the ministry" refers to
    // the last body so named, "the government" without one to the last country.
    const ExtractionResult bodies = run(QStringLiteral(
        "South Korea passed a bill. The finance ministry said so. Malaysian police arrested two men, and the "
        "country's trade ministry said the Dutch parliament agreed. The ministry said so. The government said so."));
    QStringList bodyNames;
    for (const ExtractedEntity& e : bodies.entities)
        bodyNames << e.name + QLatin1Char(':') + e.aliases.join(u'|');
    for (const char* expected :
        {"South Korea finance ministry:The finance ministry", "Malaysia police:Malaysian police",
            "Malaysia trade ministry:trade ministry|The ministry", "Netherlands parliament:Dutch parliament"})
        QVERIFY2(bodyNames.contains(QLatin1String(expected)), qPrintable(bodyNames.join(u',')));
    // Capitalised words after a known company or place make a company of their own, unless a
    // title follows or the known name ends in an abbreviation's point; two names with legal forms
    // joined by "and" stay two.
    const ExtractionResult companies = run(QStringLiteral(
        "China Mobile awarded contracts. Sony Semiconductor Solutions holds a stake. SK Group and Hyundai Motor "
        "Group signed deals. US Commerce Secretary Howard Lutnick said so. The delay of corn from the U.S. Had "
        "pushed prices up. The EU Chips Act took effect."));
    QStringList companyNames;
    for (const ExtractedEntity& e : companies.entities)
        companyNames << e.name + QLatin1Char(':') + entityTypeToString(e.type);
    for (const char* expected :
        {"China Mobile:organisation", "Sony Semiconductor Solutions:organisation", "Sony:organisation",
            "SK Group:organisation", "Hyundai Motor Group:organisation", "Howard Lutnick:person", "EU Chips Act:other"})
        QVERIFY2(companyNames.contains(QLatin1String(expected)), qPrintable(companyNames.join(u',')));
    for (const char* junk : {"Group:organisation", "US Commerce:organisation", "U.S. Had:organisation"})
        QVERIFY2(!companyNames.contains(QLatin1String(junk)), qPrintable(companyNames.join(u',')));
    // "US chipmaker Analog Devices (ADI)": a company, and the initialism stands for it later on.
    const ExtractionResult initialism = run(QStringLiteral("Regulators opened an investigation into US chipmaker "
                                                           "Analog Devices (ADI).\nADI said it will cooperate."));
    const auto adi = std::find_if(initialism.entities.begin(), initialism.entities.end(),
        [](const ExtractedEntity& e) { return e.name == QLatin1String("Analog Devices"); });
    QVERIFY(adi != initialism.entities.end());
    QCOMPARE(adi->type, EntityType::Organisation);
    QVERIFY2(adi->aliases.contains(QLatin1String("ADI")), qPrintable(adi->aliases.join(u',')));
    QCOMPARE(initialism.entities.size(), 2);
    // "Shares of" opening a sentence is no part of the known name after it.
    const ExtractionResult shares = run(QStringLiteral("Shares of Samsung Electronics rose."));
    QCOMPARE(shares.entities.size(), 1);
    QCOMPARE(shares.entities.first().name, QStringLiteral("Samsung Electronics"));
}

void TestRules::pronounsReferToSubjects()
{
    // A sentence's "It" is the subject the sentence before opened with, unless it only holds a
    // place ("It is unclear").
    const ExtractionResult it = run(QStringLiteral("In October, the Trump administration announced a 25% tariff on "
                                                   "chips assembled in Malaysia. It then postponed the duties last "
                                                   "week. It is unclear what happens next."));
    QCOMPARE(it.events.size(), 2);
    QCOMPARE(it.events[1].event.title, QStringLiteral("Trump administration postpones duties"));
    const auto references = std::count_if(it.mentions.begin(), it.mentions.end(),
        [](const EntityMention& m) { return m.entityName == QLatin1String("Trump administration"); });
    QCOMPARE(references, 2);
    // "he" is the person the sentence before opened with, not the last one it named, and not a
    // name in a quotation or after a preposition; a known surname may open a sentence.
    const QString text = QStringLiteral(
        "Commerce Secretary Malcolm Baldrige will meet President Corazon Aquino on April 28. He will also meet "
        "Jaime Ongpin.\n\"We talked to Corazon Aquino,\" Baldrige said. Later he left.\n"
        "Trade was slow on Wall Street, Owen Bieber said. He said so again.\nBieber agreed.");
    const ExtractionResult r = run(text);
    const auto referent = [&](int occurrence, const QString& word) {
        int from = -1;
        for (int k = 0; k <= occurrence; ++k)
            from = int(text.indexOf(word, from + 1));
        for (const EntityMention& m : r.mentions) {
            if (m.begin == from)
                return m.entityName;
        }
        return QString();
    };
    QCOMPARE(referent(0, QStringLiteral("He ")), QStringLiteral("Malcolm Baldrige"));
    QCOMPARE(referent(0, QStringLiteral("he ")), QStringLiteral("Malcolm Baldrige"));
    QCOMPARE(referent(1, QStringLiteral("He ")), QStringLiteral("Owen Bieber"));
    QCOMPARE(referent(0, QStringLiteral("Bieber agreed")), QStringLiteral("Owen Bieber"));
    // "He" followed by a name is part of that name ("spokesperson He Yadong"), no pronoun.
    const ExtractionResult named = run(QStringLiteral(
        "Owen Bieber spoke first. Commerce ministry spokesperson He Yadong told a briefing that China objects."));
    QVERIFY(std::none_of(named.mentions.begin(), named.mentions.end(),
        [](const EntityMention& m) { return m.entityName == QLatin1String("Owen Bieber") && m.begin > 30; }));
    // The words before a known person that end in a title are the title, not a name.
    const ExtractionResult titled
        = run(QStringLiteral("The approval was announced by Commerce Secretary Howard Lutnick on December 9."));
    QCOMPARE(titled.entities.size(), 1);
    QCOMPARE(titled.entities.first().name, QStringLiteral("Howard Lutnick"));
}

void TestRules::bodiesAndOfficesAreNamed()
{
    // Where a firm sits is no part of its name; a forum is an institution, not a person.
    const ExtractionResult based = run(QStringLiteral("Lin Yu, an economist at Taipei-based Cathay Harbor Securities, "
                                                      "and Ana Ruiz of the Brussels-based European Technology Forum "
                                                      "spoke."));
    QStringList basedNames;
    for (const ExtractedEntity& e : based.entities) {
        basedNames << e.name;
        if (e.name == QLatin1String("European Technology Forum"))
            QCOMPARE(e.type, EntityType::Organisation);
    }
    QVERIFY2(basedNames.contains(QStringLiteral("Cathay Harbor Securities")), qPrintable(basedNames.join(u',')));
    QVERIFY2(basedNames.contains(QStringLiteral("European Technology Forum")), qPrintable(basedNames.join(u',')));
    // A country's body told by "its", or bare after a preposition, is that country's; a company's
    // "its" owns no government body.
    const QStringList owned = entityNames(QStringLiteral("Malaysia said its trade ministry would act. Nvidia said its "
                                                         "supply ministry was calm. A bill went to parliament."));
    QVERIFY2(owned.contains(QStringLiteral("Malaysia trade ministry")), qPrintable(owned.join(u',')));
    QVERIFY2(owned.contains(QStringLiteral("Malaysia parliament")), qPrintable(owned.join(u',')));
    QVERIFY2(!owned.contains(QStringLiteral("Malaysia supply ministry")), qPrintable(owned.join(u',')));
    QVERIFY2(!owned.contains(QStringLiteral("Malaysia said its trade ministry")), qPrintable(owned.join(u',')));
    // Prosecutors are a body of their country; a verb and a preposition name none.
    QCOMPARE(entityNames(QStringLiteral("U.S. prosecutors said so. The case went to court.")),
        QStringList({QStringLiteral("United States"), QStringLiteral("United States prosecutors")}));
    // Two offices of one owner joined by "and" are two office holders.
    const QStringList offices = entityNames(
        QStringLiteral("Taiwan's negotiator will meet the U.S. commerce secretary and trade representative."));
    QVERIFY2(offices.contains(QStringLiteral("U.S. trade representative")), qPrintable(offices.join(u',')));
    // An owner's office is also known without the possessive.
    const ExtractionResult possessive = run(QStringLiteral("The EU's trade commissioner held a call on Tuesday."));
    const bool plain
        = std::any_of(possessive.entities.begin(), possessive.entities.end(), [](const ExtractedEntity& e) {
              return e.name == QStringLiteral("EU's trade commissioner")
                  && e.aliases.contains(QStringLiteral("EU trade commissioner"));
          });
    QVERIFY(plain);
    // A country's body is also known as written with its owner.
    const ExtractionResult owned2 = run(QStringLiteral("Malaysia's trade ministry announced a permit on July 14."));
    QVERIFY(std::any_of(owned2.entities.begin(), owned2.entities.end(), [](const ExtractedEntity& e) {
        return e.name == QStringLiteral("Malaysia trade ministry")
            && e.aliases.contains(QStringLiteral("Malaysia's trade ministry"));
    }));
    // "his ministry" is the ministry of the minister named by office before; without one it names none.
    const QStringList ministries = entityNames(QStringLiteral(
        "The Dutch economy minister is due in Beijing next week, his ministry said. He said his ministry agreed."));
    QVERIFY2(ministries.contains(QStringLiteral("Dutch economy ministry")), qPrintable(ministries.join(u',')));
    QVERIFY2(!entityNames(QStringLiteral("Lin Yu said his ministry agreed.")).join(u',').contains(u"ministry"),
        "a ministry named without its minister");
    QVERIFY2(!entityNames(QStringLiteral("Japan's prime minister spoke, his ministry said."))
                  .join(u',')
                  .contains(u"ministry"),
        "a prime minister's ministry");
    // A site named after its place is a facility; the place alone, or a place that ends a phrase, is not.
    const QStringList sites = entityNames(QStringLiteral("ZF ended short-time working at its Saarbruecken plant. "
                                                         "Samsung will build in the Yongin semiconductor cluster. "
                                                         "Chips made in Arizona, plant managers said, will help."));
    QVERIFY2(sites.contains(QStringLiteral("Saarbruecken plant")), qPrintable(sites.join(u',')));
    QVERIFY2(sites.contains(QStringLiteral("Yongin semiconductor cluster")), qPrintable(sites.join(u',')));
    QVERIFY2(!sites.join(u',').contains(QStringLiteral("Arizona plant")), qPrintable(sites.join(u',')));
    // So is a court; a body is named by one of its people speaking, not by a thing it owns.
    const QStringList spoken = entityNames(QStringLiteral("South Korea passed a bill. A finance ministry official "
                                                          "said the firms went to the Amsterdam district court. A "
                                                          "trade ministry plan was ready."));
    QVERIFY2(spoken.contains(QStringLiteral("South Korea finance ministry")), qPrintable(spoken.join(u',')));
    QVERIFY2(spoken.contains(QStringLiteral("Amsterdam district court")), qPrintable(spoken.join(u',')));
    QVERIFY2(!spoken.contains(QStringLiteral("South Korea trade ministry")), qPrintable(spoken.join(u',')));
    // An industry or a bloc's members named by where they are form a group, which is no referent of
    // "the company".
    const ExtractionResult groups = run(QStringLiteral("Nexperia warned buyers. European carmakers and EU member "
                                                       "states met. The company said it would act."));
    QStringList groupNames;
    for (const ExtractedEntity& e : groups.entities) {
        groupNames << e.name;
        if (e.name == QLatin1String("EU member states"))
            QCOMPARE(e.type, EntityType::Government);
        if (e.name == QLatin1String("Nexperia"))
            QVERIFY2(e.aliases.contains(QStringLiteral("The company")), qPrintable(e.aliases.join(u',')));
    }
    QVERIFY2(groupNames.contains(QStringLiteral("European carmakers")), qPrintable(groupNames.join(u',')));
    QVERIFY2(groupNames.contains(QStringLiteral("EU member states")), qPrintable(groupNames.join(u',')));
}

void TestRules::institutionsAreWholeNames()
{
    // A known name that opens an institution's name is part of it, and still names its country;
    // names keep their connectors, particles and a possessive before an institution's word; a
    // product line's model code is the model; a credit line names its people.
    const ExtractionResult r = run(QStringLiteral(
        "Shares rose on the Korea Stock Exchange. The Japanese trade envoy said the United States Department of "
        "Justice had opened an inquiry.\nDelegates of the Supreme People's Assembly met in Rio Grande do Sul.\n"
        "Syrian president Ahmed al-Sharaa spoke.\nBotswana's agency said imports of meat were stopped.\n"
        "The company said the firms would apply to the Ministry of International Trade and Industry, the "
        "Shipbuilders Association of Japan said. The Japan Chamber of Commerce and Industry agreed.\n"
        "Negotiators for General Motors Corp resumed talks.\nTerminal director Pieter van der Vorm said so.\n"
        "The Council for Economic Planning and Development proposed it.\n"
        "A researcher at the Taiwan Institute of Economic Research said so. The India Semiconductor Mission "
        "approved it. Huawei will ship the Ascend 950PR next year.\n"
        "(Reporting by Wen Yu-ting; Editing by Mark Potter)\n"
        "Shares of Kanto Steel and Sakura Securities fell after the Securities and Exchange Commission sued.\n"
        "The European Automobile Manufacturers' Association cited the Information Technology and Innovation "
        "Foundation. LG Electronics and Hyundai Motor Group agreed."));
    QStringList names;
    for (const ExtractedEntity& e : r.entities)
        names << e.name;
    for (const char* name : {"Korea Stock Exchange", "South Korea", "United States Department of Justice",
             "US Justice Department", "United States", "Supreme People's Assembly", "Rio Grande do Sul",
             "Ahmed al-Sharaa", "Botswana", "MITI", "Shipbuilders Association of Japan",
             "Japan Chamber of Commerce and Industry", "General Motors Corp", "Pieter van der Vorm",
             "Council for Economic Planning and Development", "Taiwan Institute of Economic Research",
             "India Semiconductor Mission", "Ascend 950PR", "Mark Potter", "Kanto Steel", "Sakura Securities",
             "US Securities and Exchange Commission", "European Automobile Manufacturers' Association",
             "Information Technology and Innovation Foundation", "LG Electronics", "Hyundai Motor Group"})
        QVERIFY2(names.contains(QLatin1String(name)),
            qPrintable(QLatin1String(name) + QLatin1String(" in ") + names.join(u',')));
    // An industry's word ends a company's name.
    for (const ExtractedEntity& e : r.entities) {
        if (e.name == QLatin1String("Kanto Steel") || e.name == QLatin1String("Sakura Securities"))
            QCOMPARE(e.type, EntityType::Organisation);
    }
}

void TestRules::titlesNameActorAndAction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    // Sentences of the seed article.
    QTest::newRow("rules past their relative clause")
        << "Japan's revised export rules, which add chipmaking tools to the list of items requiring a licence, took "
           "effect on Wednesday."
        << "Revised export rules take effect";
    QTest::newRow("stem wants its e") << "The Netherlands first required licences for ASML's tools in September 2023."
                                      << "Netherlands requires licences";
    QTest::newRow("participle after a governed noun is passive")
        << "Under a truce agreed in Geneva in May, the two governments lowered their tariffs."
        << "Truce agreed";
    QTest::newRow("apposition describes the doer")
        << "Huawei, China's biggest developer of AI chips, launched its Atlas 950 SuperPoD computing system on "
           "Thursday."
        << "Huawei launches Atlas 950 SuperPoD computing";
    QTest::newRow("present verb before its noun")
        << "Washington tightens export controls on advanced chipmaking technology to China."
        << "US tightens export controls to China";
    QTest::newRow("capital before a meeting noun is its venue")
        << "The Madrid talks, led by U.S. Treasury Secretary Scott Bessent, ended on Monday after two days."
        << "US holds talks in Madrid";
    QTest::newRow("name inside the object keeps its capital")
        << "The Geneva talks between the US and China ended on Monday."
        << "US holds Geneva talks";
    QTest::newRow("owner's decision to do something")
        << "Intel's decision in July to abandon a planned 30 billion euro plant in Magdeburg was a blow to Berlin."
        << "Intel decides to abandon plant";
    QTest::newRow("order's day before what it is for")
        << "Nvidia told some suppliers in August to suspend work on the chip."
        << "Nvidia tells suppliers to suspend work";
    QTest::newRow("irregular past of a phrase") << "Samsung laid off 500 workers on Monday."
                                                << "Samsung Electronics lays off 500 workers";
    QTest::newRow("two parties strike a deal")
        << "Korea and the United States reached a trade agreement on July 30 that set a 15% tariff on Korean goods."
        << "South Korea and US reach trade agreement";
    QTest::newRow("money invested in a plant")
        << "SK Hynix will invest about 19 trillion won in an advanced packaging plant in Cheongju, the company said "
           "on Thursday."
        << "SK Hynix announces plan to invest in advanced packaging plant";
    QTest::newRow("amount's qualifier is no particle")
        << "The trade ministry approved up to 802.5 billion yen in additional subsidies for Rapidus on Tuesday."
        << "Trade ministry approves additional subsidies";
    QTest::newRow("resold") << "Huawei resold the chips to cloud providers in May."
                            << "Huawei resells chips";
    QTest::newRow("event noun its doer's clause tells of")
        << "Intel was hurt by the export controls Washington imposed in September."
        << "US imposes export controls";
    QTest::newRow("bill passive") << "A bill was submitted to parliament in February, officials said."
                                  << "Bill submitted";
    QTest::newRow("extradition sought") << "The United States is seeking his extradition."
                                        << "US seeks extradition";
    QTest::newRow("no place from an 'as' clause")
        << "Hu was arrested at the airport on Sept. 27 as he prepared to board a flight to Hong Kong."
        << "Hu arrested";
    QTest::newRow("British doubled l") << "Airlines cancelled flights to Taipei on Monday."
                                       << "Airlines cancel flights";
    QTest::newRow("stem ending in ang") << "The company changed its plans on Monday."
                                        << "Company changes plans";
    QTest::newRow("seed meeting")
        << "The Chinese government has held an emergency meeting to discuss the matter and is "
           "expected to make a final decision soon."
        << "China holds emergency meeting";
    QTest::newRow("seed permit") << "The Trump administration announced its decision to permit the export of the H200 "
                                    "to China."
                                 << "Trump administration announces plan to permit H200 export to China";
    QTest::newRow("seed report")
        << "Bloomberg reported that China is considering an incentive package worth up to "
           "$70 billion (approximately 1.03 trillion Korean won)."
        << "Bloomberg reports China is considering an incentive package worth up to $70 billion";
    QTest::newRow("seed report by")
        << "According to a report by Reuters, local time on the 12th, the company is considering increasing output."
        << "Reuters publishes report";
    QTest::newRow("seed statement") << "Although President Donald Trump had previously claimed that Chairman Xi "
                                       "responded positively, some forecasts suggest otherwise."
                                    << "Trump claims Chairman Xi responded positively";
    QTest::newRow("seed refusal") << "However, he noted that the Chinese government recognized this strategy and thus "
                                     "refused to allow chip imports."
                                  << "China refuses to allow chip imports";
    // Invented sentences.
    QTest::newRow("permit") << "The United States permitted exports of the H200 to China on Monday."
                            << "US permits H200 exports to China";
    QTest::newRow("refusal") << "The White House won't allow Nvidia to sell its chips to China."
                             << "White House refuses to allow Nvidia to sell chips to China";
    QTest::newRow("not done") << "U.S. officials have not approved the sale."
                              << "US officials did not approve sale";
    QTest::newRow("added to list") << "The Commerce Department added 140 Chinese companies to its trade restriction "
                                      "list."
                                   << "US Commerce Department adds 140 Chinese companies to trade restriction list";
    QTest::newRow("added, relative") << "Zhipu AI, which was added to the entity list on Wednesday, said the move "
                                        "would have no impact."
                                     << "Zhipu AI added to Entity List";
    QTest::newRow("destination is no doer") << "The U.S. government said exports of the H20 to China require a licence."
                                            << "US government imposes licence";
    QTest::newRow("relative subject") << "The reciprocal tariffs, which took effect on April 9, were paused for 90 "
                                         "days for most countries except China."
                                      << "Reciprocal tariffs take effect";
    QTest::newRow("both parties") << "Trump and Chinese President Xi Jinping met in Busan on Thursday."
                                  << "Trump and Xi meet in Busan";
    QTest::newRow("no doer in a relative clause")
        << "Huawei, which was placed on the U.S. entity list in 2019, plans to double output of its Ascend chips."
        << "Huawei to double output";
    QTest::newRow("short stem") << "Intel on Wednesday named Lip-Bu Tan as its new chief executive."
                                << "Intel names Tan";
    QTest::newRow("head before its phrase") << "Export licences for the H20 were granted by the Commerce Department."
                                            << "US Commerce Department grants export licences for H20";
    QTest::newRow("percent") << "Trump imposed a 100% tariff on goods from China."
                             << "Trump imposes 100% tariff on China";
    QTest::newRow("agreed to meet") << "Trump and Xi agreed to meet in South Korea next month."
                                    << "Trump and Xi agree to meet in South Korea";
    QTest::newRow("invest in") << "Nvidia invested $5 billion in Intel on Thursday."
                               << "Nvidia invests in Intel";
    QTest::newRow("share of") << "A U.S. trade court on Wednesday blocked most of Trump's tariffs from taking effect."
                              << "US trade court blocks Trump tariffs";
    QTest::newRow("adverb before object")
        << "The White House will not allow Nvidia to sell even a scaled-down version of its chip to China."
        << "White House refuses to allow Nvidia to sell scaled-down version to China";
    QTest::newRow("what takes effect") << "Trump's 10% tariff on all Chinese imports took effect on Tuesday."
                                       << "Tariff on all Chinese imports takes effect";
    QTest::newRow("whose head noun") << "U.S. export rules for advanced AI chips were first tightened in October 2022."
                                     << "US export rules for advanced AI chips tightened";
    QTest::newRow("open question") << "Nvidia has not decided whether to resume sales of the H20 in China."
                                   << "Nvidia weighs whether to resume sales in China";
    QTest::newRow("consider") << "Nvidia is considering raising output of the H200 chip."
                              << "Nvidia considers raising output of H200 chip";
    QTest::newRow("meeting") << "China held an emergency meeting on Monday."
                             << "China holds emergency meeting";
    QTest::newRow("tariffs") << "Japan imposed tariffs on the United States."
                             << "Japan imposes tariffs on US";
    QTest::newRow("object words") << "Nvidia launched a new accelerator."
                                  << "Nvidia launches accelerator";
    QTest::newRow("plan") << "Japan will hold emergency talks with the United States next week."
                          << "Japan to hold emergency talks with US";
    QTest::newRow("infinitive") << "Japan agreed last July to stop dumping chips."
                                << "Japan agrees to stop dumping chips";
    QTest::newRow("particle") << "Japan racked up a 51.5 billion dlr surplus with the United States last year."
                              << "Japan racks up surplus with US";
    QTest::newRow("amount") << "The government adopted an 8,829 billion yen stop-gap budget for fiscal 1987."
                            << "Government adopts stop-gap budget";
    QTest::newRow("passive") << "At least nine people were killed in floods in central Vietnam."
                             << "At least nine people killed in Vietnam";
    QTest::newRow("passive with agent") << "Officials said the ban was lifted by the Agriculture Ministry on Friday."
                                        << "Agriculture Ministry lifts ban";
    QTest::newRow("plural subject") << "Brazilian farmers staged fresh protests yesterday."
                                    << "Brazilian farmers stage fresh protests";
    QTest::newRow("reported deed") << "U.S. officials said the tariffs took effect."
                                   << "Tariffs take effect";
    QTest::newRow("nobody named") << "A verdict is expected on April 16."
                                  << "Verdict expected";
    QTest::newRow("noun and amount") << "The White House announced 100 pct tariffs on 300 mln dlrs worth of Japanese "
                                        "electronic goods, effective Friday."
                                     << "White House announces 100 pct tariffs on Japan";
    QTest::newRow("named treaty") << "Kazakhstan formally joins the Abraham Accords."
                                  << "Kazakhstan joins Abraham Accords";
    // The object of a relative clause is the noun the clause tells of.
    QTest::newRow("relative which") << "Analysts focused on the A100, which the Commerce Department has now approved "
                                       "for sale to Japanese buyers."
                                    << "US Commerce Department approves A100 for sale to Japan";
    QTest::newRow("relative that, no object there")
        << "The A100 is well ahead of the V100 that Intel was already allowed to sell there."
        << "Intel allowed to sell V100 (in force)";
    QTest::newRow("wire capitals after U.S.") << "U.S. Tariffs are due to take effect next week."
                                              << "US tariffs expected to take effect";
    QTest::newRow("what is expected is the infinitive")
        << "Japan is expected to send a high-level official to Washington next month."
        << "Japan expected to send high-level official to US";
    QTest::newRow("amount of what") << "Reagan imposed the 300 mln dlrs in tariffs on Friday."
                                    << "Reagan imposes tariffs";
    QTest::newRow("verb before that") << "They noted that negotiations over compliance had been going on for months."
                                      << "Negotiations held";
    QTest::newRow("adverb before the object")
        << "Agriculture Secretary Richard Lyng suggested instead bilateral talks with Japan."
        << "Lyng suggests bilateral talks with Japan";
    QTest::newRow("past form that is the base") << "The stop-gap budget was cut by the cabinet."
                                                << "Cabinet cuts stop-gap budget";
    QTest::newRow("governing verb's subject") << "The ministers suggested instead bilateral talks with Japan."
                                              << "Ministers suggest bilateral talks";
    QTest::newRow("head noun before a preposition")
        << "The H20 was designed to fit within export limits, and its sale to Chinese customers had already been "
           "approved."
        << "Sale to Chinese customers approved (in force)";
    QTest::newRow("adverb after a place name") << "Washington first limited exports of AI accelerators in October 2022."
                                               << "US limits AI accelerators exports";
    QTest::newRow("passive, subject far before")
        << "The plan is still under consideration and has not been formally adopted."
        << "Plan not adopted";
    QTest::newRow("permission with what it is for")
        << "The Trump administration said on Monday that it will allow Nvidia to ship its H200 processors to China."
        << "Trump administration announces plan to allow Nvidia to ship H200 to China";
    // "there", "whether": no object, and no title ends in one.
    QTest::newRow("adverb is no object") << "Officials said on Monday that Intel sells there."
                                         << "Intel sells";
    QTest::newRow("whether clause") << "Regulators are investigating whether the merger of two Korean banks broke "
                                       "the law."
                                    << "Regulators investigate";
    QTest::newRow("whether to") << "Tokyo decides whether to let Samsung's memory chips into the country."
                                << "Japan decides whether to let Samsung memory chips";
    QTest::newRow("whether to, ongoing") << "Seoul is still deciding whether to accept the shipments."
                                         << "South Korea decides whether to accept shipments (ongoing)";
    QTest::newRow("verb's preposition alone") << "Japan acted on Monday."
                                              << "Japan acts";
    // A noun trigger's modifier is what was done.
    QTest::newRow("noun modifier") << "The A100 approval, announced by the Commerce Department on Monday, surprised "
                                      "analysts."
                                   << "US Commerce Department approves A100";
    // A verb's form after "by" and a word is a noun.
    QTest::newRow("owner is the subject") << "Beijing's rare-earth curbs hit carmakers in Europe."
                                          << "China imposes rare-earth curbs";
    QTest::newRow("modifier after a determiner") << "The Biden administration on Monday unveiled its so-called AI "
                                                    "diffusion rule."
                                                 << "Biden administration unveils so-called AI diffusion rule";
    // "less than a day after": neither the object nor the place of the subordinate clause.
    QTest::newRow("purpose has own places")
        << "Baldrige will meet South Korean President Chun Doo-hwan on Monday to discuss opening South Korean "
           "markets to more U.S. goods."
        << "Baldrige to meet South Korean President Chun";
    QTest::newRow("amount is no verb")
        << "South Korea unveiled a 33 trillion won support package for its chip industry on Tuesday."
        << "South Korea unveils support package";
    QTest::newRow("order to a list") << "China's internet regulator has told ByteDance, Alibaba and other large "
                                        "companies to stop buying the H20."
                                     << "China tells ByteDance and others to stop buying H20";
    QTest::newRow("order to two") << "Nvidia has told Amkor and Samsung to suspend work on H20 chips."
                                  << "Nvidia tells Amkor and Samsung to suspend work";
    QTest::newRow("two doers") << "Nvidia and AMD agreed last week to hand the U.S. government 15% of revenue."
                               << "Nvidia and AMD agree to hand US government";
    QTest::newRow("denied deed") << "Tencent on Thursday denied that it had agreed to buy 50,000 H20 processors."
                                 << "Tencent denies agreeing to buy 50,000 H20 processors";
    QTest::newRow("owned product") << "Trump allowed Nvidia to sell Nvidia's H20 chips to China."
                                   << "Trump allows Nvidia to sell H20 chips to China";
    QTest::newRow("shares moved") << "Shares of Samsung Electronics rose 4.2 percent on the Korea Exchange on "
                                     "Wednesday."
                                  << "Samsung Electronics shares rise 4.2 percent";
    QTest::newRow("response by a deed") << "China's commerce ministry retaliated days later by blocking exports of "
                                           "Nexperia chips made in Dongguan."
                                        << "Chinese Ministry of Commerce blocks Nexperia chips exports";
    QTest::newRow("onset of a deed") << "The US Commerce Department began issuing licences for H20 shipments to "
                                        "China this month."
                                     << "US Commerce Department issues licences to China";
    QTest::newRow("trial production") << "Alibaba had begun trial production of a new AI chip in May."
                                      << "Alibaba begins trial production";
    QTest::newRow("singular news")
        << "The news reached traders on Friday, less than a day after the ban on Korean beef "
           "ended."
        << "News reaches traders";
    // Orders reported are results; the place of what "but said" tells is not theirs.
    QTest::newRow("orders reported") << "ASML reported third-quarter orders above market expectations on Wednesday "
                                        "but said demand from Chinese customers would decline next year."
                                     << "ASML reports orders above market expectations";
    QTest::newRow("role with its country") << "Trump will meet the U.S. trade representative on Friday."
                                           << "Trump to meet U.S. trade representative";
    QTest::newRow("legal action weighed") << "Wingtech is considering legal action."
                                          << "Wingtech considers legal action";
    QTest::newRow("legal action taken") << "Nexperia said it would take legal action against its former chief."
                                        << "Nexperia expected to take legal action";
}

void TestRules::titlesNameActorAndAction()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    const ExtractionResult r = run(text);
    QVERIFY(!r.events.isEmpty());
    QCOMPARE(r.events.first().event.title, title);
}

void TestRules::laterClausesShareSubjectAndDay()
{
    // A clause without a subject of its own is done by the first clause's subject; a participle
    // without a date of its own happened on the first clause's day.
    const ExtractionResult visit = run(QStringLiteral("Jensen Huang met Trump at the White House on Wednesday and is "
                                                      "scheduled to visit Beijing next week."));
    QCOMPARE(visit.events.size(), 2);
    QCOMPARE(visit.events[1].event.title, QStringLiteral("Huang to visit Beijing"));
    const ExtractionResult truce
        = run(QStringLiteral("Trump and Xi met in Busan on Oct. 30, agreeing to a one-year trade truce."));
    QCOMPARE(truce.events.size(), 2);
    QVERIFY(truce.events[1].event.start);
    QCOMPARE(truce.events[1].event.start, truce.events[0].event.start);
    QVERIFY(truce.events[1].event.title.startsWith(QLatin1String("Trump and Xi agree")));
    // "..., after securing U.S. licences": the gerund's doer is the sentence's subject.
    const ExtractionResult licences
        = run(QStringLiteral("Microsoft will invest $15.2 billion in the United Arab "
                             "Emirates, after securing U.S. licences to ship chips there."));
    QCOMPARE(licences.events.size(), 2);
    QCOMPARE(licences.events[1].event.title, QStringLiteral("Microsoft secures US licences"));
    // "... in March 2023 and tightened them in July 2024": a second deed on a day of its own is
    // another happening, dated and told by its own clause.
    const ExtractionResult steps = run(QStringLiteral("Japan imposed export curbs in March 2023 and tightened them in "
                                                      "July 2024. Nvidia unveiled the chip in March and began "
                                                      "shipping it in June."));
    QCOMPARE(steps.events.size(), 4);
    QCOMPARE(steps.events[0].event.start, TimePoint::fromDate(2023, 3, 1));
    QCOMPARE(steps.events[1].event.start, TimePoint::fromDate(2024, 7, 1));
    QCOMPARE(steps.events[3].event.start, TimePoint::fromDate(2025, 6, 1));
    QCOMPARE(steps.events[3].event.modality, Modality::Occurred);
    // "Tencent on Thursday denied a media report": Thursday is the denial's day, not the report's.
    const ExtractionResult denied = run(QStringLiteral("Tencent on Thursday denied a media report that it had agreed "
                                                       "to buy 50,000 H20 processors."));
    QCOMPARE(denied.events.size(), 2);
    QVERIFY(!denied.events[0].event.start);
    QCOMPARE(denied.events[1].event.start, TimePoint::fromDate(2025, 12, 11));
    // So is it for denied talks, a noun: "denied a report that it was in talks".
    const ExtractionResult talks = run(QStringLiteral("SK Hynix on Friday denied a local newspaper report that it was "
                                                      "in talks to acquire Kioxia."));
    QCOMPARE(talks.events.size(), 2);
    QVERIFY(!talks.events[0].event.start);
    QCOMPARE(talks.events[1].event.modality, Modality::Denied);
    QCOMPARE(talks.events[1].event.start, TimePoint::fromDate(2025, 12, 12));
    // "the US company's purchase of Autotalks": the owner's deed, dated by its own words only.
    const ExtractionResult owned = run(QStringLiteral("On October 10, the regulator opened an investigation into "
                                                      "Qualcomm for failing to notify it of the US company's "
                                                      "purchase of Autotalks."));
    QCOMPARE(owned.events.size(), 2);
    QCOMPARE(owned.events[1].event.title, QStringLiteral("Qualcomm buys Autotalks"));
    QVERIFY(!owned.events[1].event.start);
    // "by the end of the year": a deadline, no date of the decision.
    const ExtractionResult deadline = run(QStringLiteral("SK hynix said it would decide on the scale of its planned "
                                                         "packaging plant by the end of the year."));
    QCOMPARE(deadline.events.size(), 1);
    QVERIFY(!deadline.events[0].event.start);
    // "under the trade truce struck by President Donald Trump ... on October 30": the truce's own day.
    const ExtractionResult truce2 = run(QStringLiteral("That rule was suspended from November 10 under the trade "
                                                       "truce struck by President Donald Trump and Chinese leader "
                                                       "Xi Jinping on October 30."));
    const auto truceDeal = std::find_if(truce2.events.begin(), truce2.events.end(),
        [](const ExtractedEvent& e) { return e.event.type == QLatin1String("deal"); });
    QVERIFY(truceDeal != truce2.events.end());
    QCOMPARE(truceDeal->event.start, TimePoint::fromDate(2025, 10, 30));
    // "on March 3 approved": the day's number before the verb leaves it a verb, in the past.
    const ExtractionResult cabinet = run(QStringLiteral("Taiwan's cabinet on March 3 approved a draft amendment that "
                                                        "would require government approval for such transfers."));
    QCOMPARE(cabinet.events.size(), 1);
    QCOMPARE(cabinet.events[0].event.modality, Modality::Occurred);
    QCOMPARE(cabinet.events[0].event.start, TimePoint::fromDate(2025, 3, 3));
    // "the previous day", "the same day": the day told before, not an effective date to come, and
    // not each other.
    const ExtractionResult days = run(
        QStringLiteral("METI announced on the 16th that exports of photoresists to China will require licences "
                       "from December 1. The measure, which was approved by the Cabinet the previous day, targets "
                       "chip materials. China's Ministry of Commerce responded the same day, saying it firmly opposes "
                       "the move."),
        TimePoint::fromDate(2025, 10, 17));
    QStringList dated;
    for (const ExtractedEvent& e : days.events)
        dated << (e.event.start ? e.event.start->toIsoString(e.event.precision) : QStringLiteral("undated"));
    QVERIFY2(dated.contains(QLatin1String("2025-10-15")) && dated.contains(QLatin1String("2025-10-16")),
        qPrintable(dated.join(u' ')));
    // "The vote comes a month after the Trump administration struck an agreement": a month before
    // the vote told of, and the agreement is not backgrounded across the verb that struck it.
    const ExtractionResult struck = run(
        QStringLiteral("The Senate Banking Committee voted on Wednesday to advance the bill. The vote comes a month "
                       "after the Trump administration struck an unusual agreement with Nvidia."),
        TimePoint::fromDate(2025, 9, 10));
    QCOMPARE(struck.events.size(), 2);
    QCOMPARE(struck.events[1].event.start, TimePoint::fromDate(2025, 8, 1));
    QCOMPARE(struck.events[1].event.precision, DatePrecision::Month);
    // "from January 1" starts a period: the vote, not that day, is what "eight days after" counts
    // from; "for 90 days" is no object, and quotation marks stay inside the noun phrase.
    const ExtractionResult paused = run(
        QStringLiteral("South Korea's parliament on Thursday passed a bill raising tax credits. The credit applies to "
                       "investments made from January 1. The vote came eight days after Washington paused for 90 "
                       "days a 25% \"reciprocal\" tariff on South Korean goods."),
        TimePoint::fromDate(2025, 4, 17));
    QCOMPARE(paused.events.size(), 3);
    QCOMPARE(paused.events[2].event.start, TimePoint::fromDate(2025, 4, 9));
    QCOMPARE(paused.events[2].event.title, QStringLiteral("US pauses 25% reciprocal tariff on South Korea"));
    // "The tightening came a day after ...": a tightening told of before is an anchor too.
    const ExtractionResult tightening
        = run(QStringLiteral("The Dutch government on Tuesday widened its licence requirement for DUV machines. The "
                             "tightening came a day after the European Commission approved a German state-aid "
                             "measure."),
            TimePoint::fromDate(2025, 7, 17));
    QCOMPARE(tightening.events.size(), 2);
    QCOMPARE(tightening.events[1].event.start, TimePoint::fromDate(2025, 7, 14));
    // "halted production in April, when Washington imposed a licence requirement": a clause of
    // fact, on the day it hangs from.
    const ExtractionResult when = run(QStringLiteral("Nvidia had halted H20 production for the Chinese market in "
                                                     "April, when Washington imposed a licence requirement."));
    QCOMPARE(when.events.size(), 2);
    QCOMPARE(when.events[1].event.type, QStringLiteral("export_control"));
    QCOMPARE(when.events[1].event.start, TimePoint::fromDate(2025, 4, 1));
    // "The government will take a stake in Intel, Lutnick said on Friday": announced that Friday.
    const ExtractionResult stake = run(QStringLiteral("The U.S. government will take a 9.9% stake in Intel, Commerce "
                                                      "Secretary Howard Lutnick said on Friday."));
    QCOMPARE(stake.events.size(), 1);
    QCOMPARE(stake.events[0].event.start, TimePoint::fromDate(2025, 12, 12));
    // A happening told of an event noun by its doer is dated by its own words only.
    const ExtractionResult ruling = run(QStringLiteral(
        "The Supreme Court heard arguments on Nov. 5 over the legality of the tariffs Trump imposed last spring."));
    QCOMPARE(ruling.events.size(), 2);
    QCOMPARE(ruling.events[1].event.title, QStringLiteral("Trump imposes tariffs"));
    QVERIFY(ruling.events[1].event.start != ruling.events[0].event.start);
    // Two named parties of the first clause are both the doers of the later one.
    const ExtractionResult call = run(QStringLiteral("Trump and Xi held a phone call on Friday, during which they "
                                                     "discussed TikTok and agreed to meet in South Korea."));
    QCOMPARE(call.events.size(), 2);
    QCOMPARE(call.events[1].event.title, QStringLiteral("Trump and Xi agree to meet in South Korea"));
    // The day of such a clause is not the sentence's.
    const ExtractionResult truceKept = run(QStringLiteral(
        "Beijing agreed to suspend for one year the sweeping rare earth controls it had announced on Oct. 9."));
    QCOMPARE(truceKept.events.size(), 1);
    QVERIFY(!truceKept.events[0].event.start);
}

void TestRules::pastTenseKeepsItsDayAmidPlans()
{
    // "would suspend the controls it unveiled on Oct 9": the unveiling was the October before, and
    // its day is not the plan's; the plan was announced when it was said.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Beijing said last week it "
                                                  "would suspend the export controls it unveiled on Oct 9."),
        TimePoint::fromDate(2025, 11, 12));
    QCOMPARE(r.events.size(), 3);
    const Event& plan = r.events.at(1).event;
    const Event& unveiling = r.events.at(2).event;
    QVERIFY(plan.start && unveiling.start);
    QCOMPARE(plan.precision, DatePrecision::Week);
    QCOMPARE(plan.start->toIsoString(DatePrecision::Day), QStringLiteral("2025-11-03"));
    QCOMPARE(unveiling.start->toIsoString(DatePrecision::Day), QStringLiteral("2025-10-09"));
    // An expectation with a deadline is news, placed no later than the deadline.
    const ExtractionResult deadline
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Samsung is "
                             "expected to deliver samples to Nvidia by the end of this year."),
            TimePoint::fromDate(2025, 11, 12));
    QCOMPARE(deadline.events.size(), 2);
    QVERIFY(!deadline.events.at(1).event.start);
    QVERIFY(deadline.events.at(1).event.notAfter);
    QCOMPARE(deadline.events.at(1).event.notAfter->toIsoString(DatePrecision::Year), QStringLiteral("2025"));
    // A plan's weekday far from its "scheduled" is the coming one, and a "since" only bounds it.
    const ExtractionResult meeting = run(QStringLiteral("Officials met in Paris on Monday.\n    Taiwan's chief trade "
                                                        "negotiator is scheduled to meet the US commerce secretary and "
                                                        "trade representative in Washington on Tuesday, in what would "
                                                        "be the fifth round of talks since April."),
        TimePoint::fromDate(2025, 11, 21));
    QCOMPARE(meeting.events.size(), 2);
    QVERIFY(meeting.events.at(1).event.start);
    QCOMPARE(meeting.events.at(1).event.start->toIsoString(DatePrecision::Day), QStringLiteral("2025-11-25"));
    // A past tense after "will be" is still to come.
    const ExtractionResult ahead = run(QStringLiteral("Officials met in Paris on Monday.\n    The committee will "
                                                      "meet on Oct 9."),
        TimePoint::fromDate(2025, 11, 12));
    QCOMPARE(ahead.events.size(), 2);
    QVERIFY(ahead.events.at(1).event.start);
    QCOMPARE(ahead.events.at(1).event.start->toIsoString(DatePrecision::Day), QStringLiteral("2026-10-09"));
}

void TestRules::commoditiesAndMachinesAreProducts()
{
    // Minerals under export control and lithography machines are things analysts follow; a law's
    // name keeps its common words, and a company named after a metal stays one name.
    const ExtractionResult r = run(QStringLiteral(
        "China banned exports of gallium and germanium to the United States. Shares of Yunnan Germanium rose. "
        "ASML cannot ship EUV systems to China. Lawmakers want the Chip Security Act passed."));
    QHash<QString, EntityType> types;
    for (const ExtractedEntity& e : r.entities)
        types.insert(e.name, e.type);
    for (const char* product : {"gallium", "germanium", "EUV lithography machines"}) {
        QVERIFY2(types.contains(QLatin1String(product)), product);
        QCOMPARE(types.value(QLatin1String(product)), EntityType::Product);
    }
    QVERIFY2(types.contains(QStringLiteral("Yunnan Germanium")), qPrintable(QStringList(types.keys()).join(u',')));
    QVERIFY2(types.contains(QStringLiteral("Chip Security Act")), qPrintable(QStringList(types.keys()).join(u',')));
    // Process nodes and kinds of chips are products too; a product imported is no purchase by it.
    const ExtractionResult nodes = run(QStringLiteral(
        "Rapidus runs a line for 2-nanometre chips, and SMIC makes 7nm processors. Shares rose 2.5% to 1,000 yen. "
        "MOFCOM issued a preliminary ruling on Friday in its investigation into analogue chips imported from the "
        "United States."));
    QHash<QString, EntityType> nodeTypes;
    for (const ExtractedEntity& e : nodes.entities)
        nodeTypes.insert(e.name, e.type);
    for (const char* product : {"2-nanometre chips", "7nm processors", "analog chips"})
        QVERIFY2(nodeTypes.value(QLatin1String(product)) == EntityType::Product,
            qPrintable(QStringList(nodeTypes.keys()).join(u',')));
    QCOMPARE(nodeTypes.size(), 7);
    for (const ExtractedEvent& e : nodes.events)
        QVERIFY2(e.event.type != QLatin1String("deal"), qPrintable(e.event.title));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"

void TestRules::planSeenFromThePastKeepsItsDay()
{
    // Written on December 13: a plan as it stood before may have fallen due already; one told in the
    // present tense is the next such day.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    The new export rules "
                                                  "were due to take effect on Dec. 1.\n    The vote is scheduled for "
                                                  "Nov. 30."));
    QCOMPARE(r.events.size(), 3);
    QVERIFY(r.events.at(1).event.start);
    QCOMPARE(r.events.at(1).event.start->toIsoString(DatePrecision::Day), QStringLiteral("2025-12-01"));
    QVERIFY(r.events.at(2).event.start);
    QCOMPARE(r.events.at(2).event.start->toIsoString(DatePrecision::Day), QStringLiteral("2026-11-30"));
}

void TestRules::participleOfEventNounKeepsItsDate()
{
    // April is when the ban was imposed, not when it was lifted; a deal is dated by its announcement.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    China lifted a ban "
                                                  "imposed in April on exports of gallium.\n    Humain will buy "
                                                  "Nvidia chips under an agreement unveiled on Tuesday."));
    QCOMPARE(triggersOf(r), QStringList({QStringLiteral("met"), QStringLiteral("lifted"), QStringLiteral("buy")}));
    QVERIFY(!r.events.at(1).event.start);
    QVERIFY(r.events.at(2).event.start);
    QCOMPARE(r.events.at(2).event.start->toIsoString(DatePrecision::Day), QStringLiteral("2025-12-09"));
    // Nor does the day of the sentence before stand in for the missing one.
    const ExtractionResult revoked = run(QStringLiteral("Officials met in Paris on Monday.\n    The commission will "
                                                        "review the rules in April.\n    The ministry revoked a "
                                                        "licence granted in March to the firm.\n    Exporters "
                                                        "criticised a ban imposed in May by Beijing."));
    QCOMPARE(triggersOf(revoked).mid(2), QStringList({QStringLiteral("revoked"), QStringLiteral("criticised")}));
    QVERIFY(!revoked.events.at(2).event.start);
    QVERIFY(!revoked.events.at(3).event.start);
    // A participle that is the happening after a verb's object tells what was done to the object.
    const ExtractionResult truce = run(
        QStringLiteral("Officials met in Paris on Monday.\n    Exporters welcomed a truce agreed in Geneva in May."));
    QCOMPARE(titlesOf(truce).mid(1), QStringList({QStringLiteral("Truce agreed")}));
}

void TestRules::listingIsAHappening()
{
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Another GPU developer, "
                                                  "MetaX, is expected to list on the STAR Market later this month.\n "
                                                  "   Arm went public in September 2023."));
    QCOMPARE(
        triggersOf(r), QStringList({QStringLiteral("met"), QStringLiteral("list on"), QStringLiteral("went public")}));
    QCOMPARE(r.events.at(1).event.type, QStringLiteral("other"));
    QCOMPARE(r.events.at(1).event.modality, Modality::Expected);
    QCOMPARE(r.events.at(1).event.start->toIsoString(DatePrecision::Month), QStringLiteral("2025-12"));
    QCOMPARE(r.events.at(2).event.start->toIsoString(DatePrecision::Month), QStringLiteral("2023-09"));
}

void TestRules::rationingAndSwitchingChipsAreProductionChanges()
{
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Automakers rationed "
                                                  "chips across their plants in October.\n    Alibaba began using "
                                                  "domestic chips in August."));
    QCOMPARE(
        triggersOf(r), QStringList({QStringLiteral("met"), QStringLiteral("rationed"), QStringLiteral("began using")}));
    QCOMPARE(r.events.at(1).event.type, QStringLiteral("production"));
    QCOMPARE(r.events.at(1).event.start->toIsoString(DatePrecision::Month), QStringLiteral("2025-10"));
    QCOMPARE(r.events.at(2).event.type, QStringLiteral("production"));
    QCOMPARE(titlesOf(r).at(2), QStringLiteral("Alibaba begins using domestic chips"));
}

void TestRules::bodiesNamedInCommonWords()
{
    // Without an article before it, a body is still named by the people who speak for it.
    const QStringList names = entityNames(QStringLiteral("South Korea's first over-the-counter market is due to "
                                                         "open next month, finance ministry officials said."));
    QVERIFY2(names.contains(QStringLiteral("South Korea finance ministry")), qPrintable(names.join(u'|')));
    // So is a country's state media.
    const ExtractionResult media = run(QStringLiteral("Chinese state media have questioned the security of the H20."));
    QVERIFY(std::any_of(media.entities.begin(), media.entities.end(), [](const ExtractedEntity& e) {
        return e.name == QLatin1String("Chinese state media") && e.type == EntityType::MediaOutlet;
    }));
    // A ministry's words as a subject are no body of their own.
    QVERIFY(!entityNames(QStringLiteral("Seoul said: finance ministry rules apply."))
                 .contains(QStringLiteral("South Korea finance ministry")));
}

void TestRules::longOfPhraseKeepsOwnerAndNoun()
{
    // A title has no room for every word of "the sale of Nvidia's most advanced chips", but it
    // keeps the noun rather than cutting the phrase off before it ("Nvidia most advanced sale").
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Washington barred the sale "
                                                  "of Nvidia's most advanced chips to China in October 2022.\n    "
                                                  "Washington barred the export of Nvidia's H20 chips to China in "
                                                  "April."));
    QCOMPARE(titlesOf(r).mid(1),
        QStringList({QStringLiteral("US bars Nvidia chips sale to China"),
            QStringLiteral("US bars Nvidia H20 chips export to China")}));
}

void TestRules::grantDeniedInThePassiveIsARejection()
{
    // "were not permitted to enter" denies a grant: a rejection, whose title must not read as
    // the permission itself. Not yet granted is no refusal ("have not approved").
    const ExtractionResult r = run(QStringLiteral(
        "Officials met in Paris on Monday.\n    Customs officers were told on Wednesday that H200 chips were not "
        "permitted to enter the country.\n    The merger was not approved by regulators on Tuesday.\n    "
        "Regulators have not approved the merger."));
    QCOMPARE(r.events.size(), 4);
    QCOMPARE(r.events[1].event.type, QStringLiteral("rejection"));
    QCOMPARE(r.events[1].event.title, QStringLiteral("H200 chips not permitted to enter"));
    QCOMPARE(r.events[2].event.type, QStringLiteral("rejection"));
    QCOMPARE(r.events[2].event.title, QStringLiteral("Merger not approved"));
    QCOMPARE(r.events[3].event.type, QStringLiteral("approval"));
    QCOMPARE(r.events[3].event.modality, Modality::Denied);
}

void TestRules::declinedDeedIsRefusedAndWordsKeptBackAreNone()
{
    // "declined to renew" refuses as "refused to" does; "declined to comment", "refused to say"
    // keep words back and tell nothing, neither the comment nor a refusal; "declined to 5.2
    // billion" is a figure that fell.
    const ExtractionResult r = run(
        QStringLiteral(
            "The Bundesbank declined to comment on rumours that it was intervening to support the dollar.\n    "
            "ASML has been unable to ship its machines to China since 2019, when the Dutch government declined to "
            "renew its export licence.\n    The ministry refused to say whether the farmers would join the talks.\n    "
            "U.S. Home declined to put a specific figure on its earnings.\n    Exports declined to 5.2 billion dlrs in "
            "March."),
        TimePoint::fromDate(2025, 10, 10));
    QCOMPARE(titlesOf(r),
        QStringList({QStringLiteral("Netherlands declines to renew export licence"),
            QStringLiteral("Exports decline to 5.2 billion dlrs")}));
    QCOMPARE(r.events[0].event.type, QStringLiteral("rejection"));
    QVERIFY(r.events[0].event.start);
    QCOMPARE(r.events[0].event.start->toIsoString(DatePrecision::Year), QStringLiteral("2019"));
    QCOMPARE(r.events[1].event.type, QStringLiteral("other"));
}

void TestRules::longWhenClauseIsAFactOfItsDay()
{
    // A "when" clause after a date tells a happening on that date, also with a long subject; the
    // place in it is no person, and a count belongs to the subject's title. A deal "agreed when"
    // leaders met is told by the meeting.
    const ExtractionResult r = run(
        QStringLiteral(
            "Officials met in Paris on Monday.\n    The case is the third prosecution announced by the Justice "
            "Department since August, when two Chinese nationals in Los Angeles were charged with exporting graphics "
            "processors.\n    Under the truce agreed when Presidents Donald Trump and Xi Jinping met in Busan on "
            "October 30, China will end its investigations."),
        TimePoint::fromDate(2025, 11, 5));
    QCOMPARE(titlesOf(r).mid(1),
        QStringList({QStringLiteral("Two Chinese nationals in Los Angeles charged"),
            QStringLiteral("Trump and Xi meet in Busan")}));
    QVERIFY(r.events[1].event.start);
    QCOMPARE(r.events[1].event.start->toIsoString(DatePrecision::Month), QStringLiteral("2025-08"));
    const auto place = std::find_if(r.entities.begin(), r.entities.end(),
        [](const ExtractedEntity& e) { return e.name == QLatin1String("Los Angeles"); });
    QVERIFY(place != r.entities.end());
    QVERIFY(place->type != EntityType::Person);
}

void TestRules::deedBeforeAClauseOfFactIsTold()
{
    // The main clause's deed, dated by its own words, is told even when only the clause of fact
    // after it has a verb the lexicon knows; its day is not the clause's ("two days after" is).
    const ExtractionResult r = run(
        QStringLiteral("Officials met in Paris on Monday.\n    Nvidia had resumed H20 sales to China earlier in July "
                       "after Washington agreed to lift a licence requirement.\n    Reuters reported on Friday that "
                       "Micron would exit the market after failing to recover from a 2023 ban."),
        TimePoint::fromDate(2025, 9, 16));
    QCOMPARE(titlesOf(r).mid(1, 2),
        QStringList({QStringLiteral("Nvidia resumes H20 sales to China"),
            QStringLiteral("US agrees to lift licence requirement")}));
    QVERIFY(r.events[1].event.start);
    QCOMPARE(r.events[1].event.start->toIsoString(DatePrecision::Month), QStringLiteral("2025-07"));
    QVERIFY(!r.events[2].event.start);
    // A report is told as one; its verb is no deed of its own.
    for (const ExtractedEvent& e : r.events)
        QVERIFY2(e.event.attributes.value(QLatin1String("trigger")).toString() != QLatin1String("reported")
                || e.event.type == QLatin1String("report"),
            qPrintable(e.event.title));
}

void TestRules::deedOnANounToldOfIsItsOwn()
{
    // "cut the tariffs it had imposed": cutting them and imposing them are two happenings, even
    // though the lexicon does not know "cut"; "the tariffs Trump imposed" alone is one.
    const ExtractionResult r = run(
        QStringLiteral("Officials met in Paris on Monday.\n    China cut the tariffs it had imposed on US goods.\n    "
                       "The tariffs Trump imposed in April remain in force."),
        TimePoint::fromDate(2025, 12, 5));
    QCOMPARE(titlesOf(r).mid(1, 2),
        QStringList({QStringLiteral("China cuts tariffs on US"), QStringLiteral("China imposes tariffs on US")}));
    QCOMPARE(r.events.size(), 4);
}

void TestRules::wordsInARelativeClauseLeaveTheMainDeed()
{
    // ", which warned in October that ...,": what was warned of ends with the relative clause; the
    // main clause's deed is news of its own, and the warning's speaker does not vouch for it.
    const ExtractionResult r = run(
        QStringLiteral("Officials met in Paris on Monday.\n    Shares of Applied Materials, which warned in October "
                       "that the rule would cut its revenue by about $600 million, rose 3% in early trading."),
        TimePoint::fromDate(2025, 11, 10));
    QCOMPARE(r.events.size(), 3);
    QCOMPARE(r.events[1].event.type, QStringLiteral("statement"));
    // A name that ends in "s" is one speaker.
    QCOMPARE(r.events[1].event.title,
        QStringLiteral("Applied Materials warns the rule would cut its revenue by about $600 million"));
    QCOMPARE(r.events[2].event.title, QStringLiteral("Shares of Applied Materials rise 3%"));
    QCOMPARE(r.events[2].event.start, TimePoint::fromDate(2025, 11, 10));
    QVERIFY(r.events[2].event.attribution.isEmpty());
}

void TestRules::eventNounOpenedInARelativeClause()
{
    // "an investigation that the Commerce Department opened in April": a verb that only starts an
    // event noun tells that happening when a relative clause holds it, dated by the clause's day;
    // it takes no day from before its noun.
    const ExtractionResult r = run(
        QStringLiteral("Officials met in Paris on Monday.\n    The duties, announced in September after a national "
                       "security investigation that the Commerce Department opened in April, had been due to take "
                       "effect on Dec. 1."),
        TimePoint::fromDate(2025, 11, 21));
    QCOMPARE(r.events.size(), 3);
    QCOMPARE(r.events[1].event.start->toIsoString(DatePrecision::Month), QStringLiteral("2025-09"));
    QCOMPARE(r.events[2].event.title, QStringLiteral("US Commerce Department opens investigation"));
    QCOMPARE(r.events[2].event.type, QStringLiteral("legal"));
    QCOMPARE(r.events[2].event.start->toIsoString(DatePrecision::Month), QStringLiteral("2025-04"));
}

void TestRules::secondClauseOfWordsCarriesOutItsNoun()
{
    // "..., and that it would carry out a further investigation": a second clause of what was said
    // tells another happening; its pronoun is the speaker, and "carry out" only starts the noun.
    const ExtractionResult r = run(
        QStringLiteral("Officials met in Paris on Monday.\n    The State Administration for Market Regulation said the "
                       "breach related to conditions attached to Nvidia's 2020 acquisition of Mellanox Technologies, "
                       "and that it would carry out a further investigation."),
        TimePoint::fromDate(2025, 9, 15));
    QCOMPARE(r.events.size(), 3);
    QCOMPARE(r.events[1].event.title, QStringLiteral("Nvidia acquires Mellanox Technologies"));
    QCOMPARE(r.events[2].event.type, QStringLiteral("legal"));
    QCOMPARE(r.events[2].event.title,
        QStringLiteral("State Administration for Market Regulation expected to carry out further investigation"));
}

void TestRules::pronounClauseAfterACommaIsItsOwnDeed()
{
    // ", it banned the export": a clause whose pronoun subject follows a comma tells a deed of its
    // own, even of the kind told before. "added graphite" names no speaker, and "chip-related
    // curbs" are a thing, not a deed.
    const ExtractionResult r = run(
        QStringLiteral("Officials met in Paris on Monday.\n    Beijing first required export licences for gallium and "
                       "germanium from August 1 that year, then added graphite in December, and on Dec. 3, 2024, a "
                       "day after Washington unveiled its third package of chip-related curbs, it banned outright the "
                       "export of the three metals to the United States."),
        TimePoint::fromDate(2025, 5, 22));
    const auto ban = std::find_if(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.title == QLatin1String("China bans export to US"); });
    QVERIFY(ban != r.events.end());
    QCOMPARE(ban->event.type, QStringLiteral("export_control"));
    QCOMPARE(ban->event.start, TimePoint::fromDate(2024, 12, 3));
    for (const ExtractedEvent& e : r.events)
        QVERIFY2(e.event.attribution.isEmpty(), qPrintable(e.event.title + QLatin1String(": ") + e.event.attribution));
}

void TestRules::wordAfterACompoundModifierIsAThing()
{
    // "medium-term export financing": after a hyphened modifier, a verb of the lexicon names a thing.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    BCI is Italy's second largest "
                             "bank, while Mediocredito provides medium-term export financing."),
            TimePoint::fromDate(1987, 4, 9));
    QCOMPARE(titlesOf(r), QStringList({QStringLiteral("Officials meet")}));
}

void TestRules::offsetOpeningAPresentSentenceCountsBackFromNow()
{
    // "Five months after Beijing banned shipments, suppliers say ...": the ban was five months
    // before the article. With a main clause in the past the anchor is unknown, and the names in
    // the clause ("the United States") are no past verbs.
    const ExtractionResult now
        = run(QStringLiteral("Five months after Beijing banned shipments of gallium, germanium and antimony to the "
                             "United States, Western suppliers say the squeeze is tightening."),
            TimePoint::fromDate(2025, 5, 22));
    QCOMPARE(now.events.size(), 1);
    QVERIFY(now.events[0].event.start);
    QCOMPARE(now.events[0].event.start->toIsoString(DatePrecision::Month), QStringLiteral("2024-12"));
    const ExtractionResult then
        = run(QStringLiteral("Five months after Beijing banned shipments of gallium, germanium and antimony to the "
                             "United States, Western suppliers said the squeeze was tightening."),
            TimePoint::fromDate(2025, 5, 22));
    QCOMPARE(then.events.size(), 1);
    QVERIFY(!then.events[0].event.start);
}

void TestRules::containerIsOfTheKindItHolds()
{
    // "its third package of chip-related curbs": a package of curbs is a control.
    const ExtractionResult r = run(
        QStringLiteral("Officials met in Paris on Monday.\n    Washington unveiled its third package of chip-related "
                       "curbs on Dec. 2, 2024."),
        TimePoint::fromDate(2025, 5, 22));
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.events[1].event.title, QStringLiteral("US unveils third package"));
    QCOMPARE(r.events[1].event.type, QStringLiteral("export_control"));
    QCOMPARE(r.events[1].event.start, TimePoint::fromDate(2024, 12, 2));
}

void TestRules::wordsToldWhereAndToWhomAreDatedByTheirDay()
{
    // "told shareholders on Tuesday", "said in Tokyo on Tuesday": the plan was announced that
    // day; a day after a clause of its own ("the talks will resume on Tuesday") is still ahead.
    const ExtractionResult r = run(
        QStringLiteral(
            "Officials met in Paris on Monday.\n    TSMC will postpone construction of its second Kumamoto fab, Chief "
            "Executive C.C. Wei told shareholders on Tuesday.\n    Japan will cut tariffs on steel, the minister said "
            "in "
            "Tokyo on Tuesday.\n    Lutnick said the talks will resume on Tuesday."),
        TimePoint::fromDate(2025, 6, 5));
    QCOMPARE(r.events.size(), 4);
    for (int i : {1, 2}) {
        QCOMPARE(r.events[i].event.modality, Modality::Announced);
        QCOMPARE(r.events[i].event.start, TimePoint::fromDate(2025, 6, 3));
    }
    QCOMPARE(r.events[3].event.modality, Modality::Planned);
    QCOMPARE(r.events[3].event.start, TimePoint::fromDate(2025, 6, 10));
}

void TestRules::lawPutForwardIsADecision()
{
    // Proposing a law is a decision, planned or done; "the proposed law" only names one. Words told
    // in a clause of fact after the plan are no part of it.
    const ExtractionResult r = run(
        QStringLiteral(
            "Officials met in Paris on Monday.\n    The European Commission plans to propose a revised Chips Act in "
            "the first quarter of 2026, after all 27 member states called for a second version of the law.\n    "
            "Lawmakers proposed a bill on Tuesday to curb chip exports.\n    The proposed law would curb exports of "
            "chipmaking tools."),
        TimePoint::fromDate(2025, 12, 1));
    const auto decisions = [&] {
        QList<Event> out;
        for (const ExtractedEvent& e : r.events) {
            if (e.event.type == QLatin1String("decision"))
                out << e.event;
        }
        return out;
    }();
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(decisions[0].title, QStringLiteral("EU to propose revised Chips Act"));
    QCOMPARE(decisions[0].modality, Modality::Planned);
    QCOMPARE(decisions[1].modality, Modality::Occurred);
    QCOMPARE(decisions[1].start, TimePoint::fromDate(2025, 11, 25));
    QVERIFY(std::any_of(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.type == QLatin1String("statement"); }));
}

void TestRules::summitIsNamedWithItsTown()
{
    // "during the APEC summit in Gyeongju": which summit, and the town the gazetteer does not know;
    // no town where the deed already names the country ("visited Korea").
    const ExtractionResult r = run(
        QStringLiteral(
            "Officials met in Paris on Monday.\n    Nvidia announced the deal on Friday during the APEC summit in "
            "Gyeongju.\n    Huang visited Korea last week for the APEC CEO Summit in Gyeongju."),
        TimePoint::fromDate(2025, 11, 2));
    const QStringList titles = titlesOf(r);
    QVERIFY2(titles.contains(QLatin1String("APEC summit held in Gyeongju")), qPrintable(titles.join(u';')));
    QVERIFY2(titles.contains(QLatin1String("Huang visits Korea")), qPrintable(titles.join(u';')));
}

void TestRules::companySpeakingAfterACommaIsTheSubject()
{
    // ", the company said": the sentence's subject speaks, not the last firm it named.
    const QString text
        = QStringLiteral("Samsung makes memory chips.\n    Tesla bought chips from SK Group and Hyundai, "
                         "the company said on Friday.");
    const ExtractionResult r = run(text, TimePoint::fromDate(2025, 11, 2));
    const qsizetype at = text.indexOf(QLatin1String("the company"));
    const auto company
        = std::find_if(r.mentions.begin(), r.mentions.end(), [&](const EntityMention& m) { return m.begin == at; });
    QVERIFY(company != r.mentions.end());
    QCOMPARE(company->entityName, QStringLiteral("Tesla"));
}

void TestRules::companyNamedAfterItsCountryIsOneName()
{
    // "Japan Advanced Semiconductor Manufacturing (JASM)": one company, whose initials stand for
    // it; neither Japan nor a person "Advanced Semiconductor Manufacturing" acted.
    const ExtractionResult r = run(QStringLiteral(
        "The first plant, operated by TSMC's unit Japan Advanced Semiconductor Manufacturing (JASM), began "
        "shipping chips in December 2024.\n    JASM said on Monday it would hire 500 engineers."));
    const auto jasm = std::find_if(r.entities.begin(), r.entities.end(),
        [](const ExtractedEntity& e) { return e.name == QLatin1String("Japan Advanced Semiconductor Manufacturing"); });
    QVERIFY(jasm != r.entities.end());
    QCOMPARE(jasm->type, EntityType::Organisation);
    QVERIFY2(jasm->aliases.contains(QLatin1String("JASM")), qPrintable(jasm->aliases.join(u',')));
    for (const ExtractedEntity& e : r.entities)
        QVERIFY2(e.name != QLatin1String("Japan") && e.name != QLatin1String("Advanced Semiconductor Manufacturing"),
            qPrintable(e.name));
    QVERIFY(!r.events.isEmpty());
    QCOMPARE(r.events.first().event.title, QStringLiteral("Japan Advanced Semiconductor Manufacturing ships chips"));
}

void TestRules::permitRequiredIsAControl()
{
    // A permit that exporters are to need controls exports, grants nothing, even with a word
    // saying what kind of permit it is ("trade permits", where "permits" could be a verb).
    const ExtractionResult r = run(QStringLiteral(
        "Officials met in Paris on Monday.\n    Malaysia will require trade permits for all exports of AI chips "
        "with immediate effect, its trade ministry said on Monday.\n    Japan said on Tuesday that exports of "
        "photoresists to China would require individual export licences."));
    QCOMPARE(r.events.size(), 3);
    QCOMPARE(r.events[1].event.type, QStringLiteral("export_control"));
    QCOMPARE(r.events[1].event.attributes.value(QLatin1String("trigger")).toString(), QStringLiteral("permits"));
    QCOMPARE(r.events[2].event.type, QStringLiteral("export_control"));
}

void TestRules::wordsDatedAfterTheirOccasionAreNews()
{
    // Hedged words are commentary unless given a day of their own; the day may follow the
    // occasion the words were spoken at, before the words themselves.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Japan's trade minister said "
                                                  "after talks in Washington on Tuesday that Japanese chipmakers "
                                                  "would receive treatment no worse than their rivals."),
        TimePoint::fromDate(2025, 8, 20));
    const auto statement = std::find_if(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.type == QLatin1String("statement"); });
    QVERIFY(statement != r.events.end());
    QCOMPARE(statement->event.start, TimePoint::fromDate(2025, 8, 19));
}

void TestRules::placeOfOriginIsNoDoer()
{
    // "US-made" says where the chips come from; the ministry that speaks is the doer.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Malaysia's trade ministry "
                                                  "announced on July 14 that exports of US-made AI chips would "
                                                  "require a special permit.\n    Shares of Moore Threads, the "
                                                  "Beijing-based graphics processor designer, jumped 4% on Friday."),
        TimePoint::fromDate(2025, 7, 19));
    QCOMPARE(titlesOf(r).mid(1),
        QStringList({QStringLiteral("Malaysia announces plan to impose special permit"),
            QStringLiteral("Moore Threads jumps 4%")}));
}

void TestRules::shelvingPlansIsADecision()
{
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Samsung shelved plans for a "
                                                  "second fab in Texas in October.\n    Wolfspeed scrapped plans for "
                                                  "a German plant in June."));
    QCOMPARE(r.events.size(), 3);
    QCOMPARE(r.events[1].event.type, QStringLiteral("decision"));
    QCOMPARE(r.events[2].event.type, QStringLiteral("decision"));
    QCOMPARE(r.events[2].event.title, QStringLiteral("Wolfspeed scraps plans for Germany"));
}

void TestRules::namingToARoleIsADecision()
{
    // Naming someone to a role appoints them; naming in passing ("a citizen named Daniel Cho",
    // "declined to be named") tells nothing.
    const ExtractionResult r = run(
        QStringLiteral("Officials met in Paris on Monday.\n    Intel on Wednesday named "
                       "Lip-Bu Tan, a former board member, as its new chief executive.\n "
                       "   A US citizen named Daniel Cho pleaded guilty.\n    An official, "
                       "who declined to be named, spoke to reporters.\n    A manager, who asked not to be named, told "
                       "reporters the chief executive had resigned."),
        TimePoint::fromDate(2025, 3, 13));
    QCOMPARE(triggersOf(r).count(QStringLiteral("named")), 1);
    QCOMPARE(r.events[1].event.attributes.value(QLatin1String("trigger")).toString(), QStringLiteral("named"));
    QCOMPARE(r.events[1].event.type, QStringLiteral("decision"));
    QCOMPARE(r.events[1].event.start, TimePoint::fromDate(2025, 3, 12));
}

void TestRules::refusedDeedIsDenied()
{
    // "would not revoke the order" must not read as a plan to revoke it. A "will not" that
    // belongs to another verb ("will not be invited to the summit", "the merger would not
    // alter ...") denies nothing of the trigger's.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    The Dutch economy ministry "
                                                  "said on Wednesday it would not revoke the order.\n    Samsung "
                                                  "said on Thursday it would not build a plant in Texas.\n    "
                                                  "Trump said on Friday that South Africa will not be invited to the "
                                                  "G20 summit."),
        TimePoint::fromDate(2025, 10, 18));
    QCOMPARE(r.events.size(), 4);
    QCOMPARE(r.events[1].event.modality, Modality::Denied);
    QCOMPARE(r.events[1].event.title, QStringLiteral("Netherlands economy ministry will not revoke order"));
    QCOMPARE(r.events[2].event.modality, Modality::Denied);
    QCOMPARE(r.events[2].event.title, QStringLiteral("Samsung Electronics will not build plant"));
    QVERIFY(r.events[3].event.modality != Modality::Denied);
}

void TestRules::bodyOfAPlaceNamedAfterIn()
{
    // "customs officers in Shenzhen" are Shenzhen customs, as analysts search for them; a body
    // named already ("U.S. Customs") gets no second name.
    const QStringList names = entityNames(QStringLiteral(
        "Customs officers in Shenzhen said on Monday they had seized 2.3 tonnes of antimony.\n    Police in Seoul "
        "arrested two men.\n    U.S. Customs in Seattle seized the servers."));
    QVERIFY2(names.contains(QStringLiteral("Shenzhen customs")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("Seoul police")), qPrintable(names.join(u',')));
    QVERIFY2(!names.contains(QStringLiteral("Seattle customs")), qPrintable(names.join(u',')));
}

void TestRules::talksHeldMeanwhileAreAHappening()
{
    // "announced the subsidies as officials held talks": what was announced and the talks held
    // meanwhile are two happenings; the talks were held, not announced, and by the officials, not
    // by the speaker. A clause of fact names its own doer ("when Beijing approved the deal"), and
    // a name that ends in "s" is still one doer.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    China's commerce ministry "
                                                  "announced export controls on Thursday as U.S. and Chinese officials "
                                                  "held talks in Madrid.\n    Tokyo announced new chip subsidies as "
                                                  "officials held talks in Geneva.\n    SAMR said Nvidia had failed "
                                                  "to honour commitments it made when Beijing approved the Mellanox "
                                                  "deal in April 2020.\n    After CTS invoked the state law, Dynamics "
                                                  "filed a lawsuit."),
        TimePoint::fromDate(2025, 9, 15));
    QCOMPARE(r.events.size(), 8);
    QCOMPARE(r.events[1].event.type, QStringLiteral("export_control"));
    QCOMPARE(r.events[1].event.modality, Modality::Announced);
    QCOMPARE(r.events[2].event.type, QStringLiteral("meeting"));
    QCOMPARE(r.events[2].event.modality, Modality::Occurred);
    QCOMPARE(r.events[2].event.start, TimePoint::fromDate(2025, 9, 11));
    QCOMPARE(r.events[3].event.type, QStringLiteral("investment"));
    QCOMPARE(r.events[4].event.title, QStringLiteral("Officials hold talks in Geneva"));
    QCOMPARE(r.events[4].event.modality, Modality::Occurred);
    QCOMPARE(r.events[5].event.title, QStringLiteral("China approves Mellanox deal"));
    QCOMPARE(r.events[7].event.title, QStringLiteral("Dynamics files lawsuit"));
}

void TestRules::awaitedMeetingIsToCome()
{
    // "ahead of an expected meeting ... late this month": a meeting awaited is one to come, dated
    // from the last third of the month, and its title does not say "expected" twice.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    The announcement comes ahead of "
                             "an expected meeting between Chinese and US leaders on the sidelines "
                             "of the APEC summit late this month."),
            TimePoint::fromDate(2025, 10, 10));
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.events[1].event.type, QStringLiteral("meeting"));
    QCOMPARE(r.events[1].event.modality, Modality::Expected);
    QCOMPARE(r.events[1].event.start, TimePoint::fromDate(2025, 10, 21));
    QCOMPARE(r.events[1].event.title, QStringLiteral("China expected to hold meeting"));
}

void TestRules::dealDatedByItsYear()
{
    // "its 2020 acquisition of Mellanox" is a deal of 2020 beside the violation found in it; a
    // second company's purchase told next is a deal of its own, not a mention of the first.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    On September 15, the regulator "
                             "said Nvidia had violated the anti-monopoly law in connection with its "
                             "2020 acquisition of Mellanox Technologies.\n    On October 10, the "
                             "regulator opened an investigation into Qualcomm for failing to notify "
                             "it of the US company's purchase of Israeli chip designer Autotalks."),
            TimePoint::fromDate(2025, 11, 20));
    QStringList deals;
    for (const ExtractedEvent& e : r.events) {
        if (e.event.type == QLatin1String("deal"))
            deals << e.event.title + QLatin1Char(' ')
                    + (e.event.start ? e.event.start->toIsoString(e.event.precision) : QString());
    }
    QCOMPARE(deals,
        QStringList({QStringLiteral("Nvidia acquires Mellanox Technologies 2020"),
            QStringLiteral("Qualcomm buys Israeli chip designer Autotalks ")}));
}

void TestRules::eventNounWithItsLightVerb()
{
    // "took a 9.9% stake", "staged fresh protests": an event noun told with its own light verb is
    // told like a verb, a figure between them included.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    The U.S. government took a "
                             "9.9% stake in Intel on Friday by converting grants into equity.\n    "
                             "Brazilian farmers, angry about high interest rates, staged fresh "
                             "protests yesterday."),
            TimePoint::fromDate(2025, 8, 23));
    QCOMPARE(r.events.size(), 3);
    QCOMPARE(r.events[1].event.type, QStringLiteral("investment"));
    QCOMPARE(r.events[1].event.title, QStringLiteral("US government takes stake"));
    QCOMPARE(r.events[2].event.title, QStringLiteral("Brazilian farmers stage fresh protests"));
}

void TestRules::summitInPassingWasHeldThatDay()
{
    // "the company announced on Friday during the APEC summit": the summit was going on that
    // Friday; it was held, not announced.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Nvidia will supply more than "
                                                  "260,000 processors to the South Korean government, the company "
                                                  "announced on Friday during the APEC summit in Gyeongju."),
        TimePoint::fromDate(2025, 10, 31));
    const auto summit = std::find_if(r.events.begin() + 1, r.events.end(),
        [](const ExtractedEvent& e) { return e.event.type == QLatin1String("meeting"); });
    QVERIFY(summit != r.events.end());
    QCOMPARE(summit->event.modality, Modality::Occurred);
    QCOMPARE(summit->event.start, TimePoint::fromDate(2025, 10, 31));
}

void TestRules::passiveAfterIsAFactOfItsOwn()
{
    // "three months after Pat Gelsinger was forced out": a clause of fact in the passive tells a
    // happening of its own, even of the main clause's kind; the particle stays in the title.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Intel's board named Lip-Bu "
                             "Tan as chief executive on Wednesday, three months after Pat Gelsinger "
                             "was forced out."),
            TimePoint::fromDate(2025, 3, 13));
    QCOMPARE(r.events.size(), 3);
    QCOMPARE(r.events[1].event.type, QStringLiteral("decision"));
    QCOMPARE(r.events[2].event.type, QStringLiteral("decision"));
    QCOMPARE(r.events[2].event.title, QStringLiteral("Gelsinger forced out"));
}

void TestRules::verbAfterAnOpenerIsNoParticiple()
{
    // "was lifted on July 2 after the two sides agreed": a past form after a noun is a verb of its
    // own clause once "after" has opened one, not a participle describing "the two sides".
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    The requirement was lifted "
                             "on July 2 after the two sides agreed on a trade framework in London."),
            TimePoint::fromDate(2025, 7, 10));
    QCOMPARE(r.events.size(), 3);
    QCOMPARE(r.events[2].event.type, QStringLiteral("deal"));
    QCOMPARE(r.events[2].event.title, QStringLiteral("Two sides agree"));
}

void TestRules::anotherCountrysCongressIsItsOwn()
{
    // "Peru's Congress" is Peru's, not the US Congress the gazetteer knows as "Congress";
    // "America's Congress" and a bare "Congress" still are.
    const QStringList names = entityNames(QStringLiteral("Peru's Congress declared Sheinbaum a persona non grata.\n    "
                                                         "Mexico's Senate approved the treaty.\n    America's Congress "
                                                         "passed the bill."));
    QVERIFY2(names.contains(QStringLiteral("Peru Congress")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("Mexico Senate")), qPrintable(names.join(u',')));
    QVERIFY2(!names.contains(QStringLiteral("US Senate")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("US Congress")), qPrintable(names.join(u',')));
}

void TestRules::sameTimeIsTheSentenceBefore()
{
    // "At the same time" is the time of the sentence right before; a happening told before that
    // lends it no day.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    The question has hung over the "
                             "market since the Trump administration approved the exports on "
                             "December 8.\n    A large support programme could speed up rival "
                             "suppliers.\n    At the same time, Nvidia is reported to be "
                             "considering higher H200 output."),
            TimePoint::fromDate(2025, 12, 15));
    const auto output = std::find_if(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.type == QLatin1String("production"); });
    QVERIFY(output != r.events.end());
    QVERIFY(!output->event.start);
}

void TestRules::expectedIsNoDeedDone()
{
    // "a final decision is expected soon": "expected" is the modality, not what was done to the
    // decision ("expected to expect final decision").
    const ExtractionResult r = run(QStringLiteral("China's government has convened an emergency meeting to consider "
                                                  "whether companies should be allowed to import Nvidia's H200, and a "
                                                  "final decision is expected soon."),
        TimePoint::fromDate(2025, 12, 15));
    const auto decision = std::find_if(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.type == QLatin1String("decision"); });
    QVERIFY(decision != r.events.end());
    QCOMPARE(decision->event.title, QStringLiteral("China expected to make final decision"));
}

void TestRules::speakersOwnDeedAfterHisWords()
{
    // "said on Friday that ..., and she ordered ...": the words are a statement, and the order is
    // the speaker's own deed on the day she spoke rather than part of what she said.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Prime Minister Anna Berg said at a cabinet "
                             "meeting on Friday that the accord had ended months of doubt for exporters, and she "
                             "ordered ministries to draw up further aid for shipyards."),
            TimePoint::fromDate(2025, 11, 16));
    QCOMPARE(r.events.size(), 3);
    const ExtractedEvent& statement = r.events.at(1);
    QCOMPARE(statement.event.type, QStringLiteral("statement"));
    QCOMPARE(statement.event.start, TimePoint::fromDate(2025, 11, 14));
    const ExtractedEvent& order = r.events.at(2);
    QCOMPARE(order.event.attributes.value(QLatin1String("trigger")).toString(), QStringLiteral("ordered"));
    QCOMPARE(order.event.start, TimePoint::fromDate(2025, 11, 14));
    // A clause that goes on with what was said ("and it would ...") stays part of the words.
    const ExtractionResult words
        = run(QStringLiteral("Officials met in Paris on Monday.\n    The company said on Friday that demand had "
                             "weakened, and it would cut output next year."),
            TimePoint::fromDate(2025, 11, 16));
    for (const ExtractedEvent& e : words.events)
        QVERIFY2(e.event.type != QLatin1String("statement"), qPrintable(e.event.title));
}

void TestRules::moveBesideAMoveIsItsOwn()
{
    // ", while rival Fujitsu gained 1%": a second move in a contrast clause of its own, on the same
    // day; a contrast that moves nothing adds nothing.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Shares of Toshiba rose 4% on Tuesday, while "
                             "rival Fujitsu gained 1%.\n    Copper rose 2% on Tuesday, while analysts expected "
                             "further gains."),
            TimePoint::fromDate(2025, 10, 15));
    QCOMPARE(triggersOf(r),
        QStringList({QStringLiteral("met"), QStringLiteral("rose"), QStringLiteral("gained"), QStringLiteral("rose")}));
    QCOMPARE(r.events.at(2).event.title, QStringLiteral("Fujitsu gains 1%"));
    QCOMPARE(r.events.at(2).event.start, TimePoint::fromDate(2025, 10, 14));
    // Fujitsu is the second move's doer, no object of the first.
    QVERIFY(!r.events.at(1).entityRoles.contains({QStringLiteral("Fujitsu"), QStringLiteral("object")}));
    // Nor is the second move's doer the first one's when the first names none.
    const ExtractionResult unnamed
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Its shares rose 10% on Tuesday, while Fujitsu "
                             "gained 1%."),
            TimePoint::fromDate(2025, 10, 15));
    QCOMPARE(unnamed.events.size(), 3);
    QVERIFY(!unnamed.events.at(1).entityRoles.contains({QStringLiteral("Fujitsu"), QStringLiteral("actor")}));
    // A time zone is no organisation.
    QCOMPARE(entityNames(QStringLiteral("ASML shares rose 3.1% by 1000 GMT.")), QStringList({QStringLiteral("ASML")}));
}

void TestRules::meetingAtAnHourHasNoPartnerNamed()
{
    // "will meet at 1500 GMT": a time says a meeting as well as a partner does; "meet interest
    // payments" still meets nobody.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Cocoa producers will meet at 1400 GMT (0900 EST) "
                             "to review the market, a spokesman for the producers said.\n    The company failed to "
                             "meet interest payments due on Tuesday."),
            TimePoint::fromDate(1987, 4, 1));
    QCOMPARE(triggersOf(r), QStringList({QStringLiteral("met"), QStringLiteral("meet")}));
    QCOMPARE(r.events.at(1).event.modality, Modality::Planned);
    QCOMPARE(r.events.at(1).event.start, TimePoint::fromDate(1987, 4, 1));
    for (const ExtractedEntity& e : r.entities)
        QVERIFY2(e.name != QLatin1String("GMT") && e.name != QLatin1String("EST"), qPrintable(e.name));
}

void TestRules::secondPredicateIsPastTheFirstOnesClause()
{
    // "... open for comment until June 30 and is scheduled to take effect on August 1": "until"
    // bounds the first predicate only, and the title names the subject past the plan.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    The amended licensing decree will be open for "
                             "comment until June 30 and is scheduled to take effect on August 1.\n    The rules are "
                             "due to take effect on September 1."),
            TimePoint::fromDate(2025, 5, 20));
    QCOMPARE(titlesOf(r),
        QStringList({QStringLiteral("Officials meet"), QStringLiteral("Amended licensing decree to take effect"),
            QStringLiteral("Rules expected to take effect")}));
    QCOMPARE(r.events.at(1).event.start, TimePoint::fromDate(2025, 8, 1));
    QCOMPARE(r.events.at(1).event.modality, Modality::Planned);
}

void TestRules::consultedWithIsAMeetingOfTheSpeaker()
{
    // ", adding that it had consulted closely with Germany": consulting a partner is a meeting, and
    // the pronoun of the words added is the speaker; advice sought from nobody named is none.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Japan's trade ministry said in a statement that "
                             "the curbs were needed, adding that it had consulted closely with Germany before "
                             "deciding.\n    Investors should consult their advisers before buying."),
            TimePoint::fromDate(2025, 5, 20));
    const ExtractedEvent* consulted = withTrigger(r, QStringLiteral("consulted"));
    QVERIFY(consulted);
    QCOMPARE(consulted->event.type, QStringLiteral("meeting"));
    QVERIFY(consulted->entityRoles.contains({QStringLiteral("Japan trade ministry"), QStringLiteral("actor")}));
    QVERIFY(consulted->entityRoles.contains({QStringLiteral("Germany"), QStringLiteral("object")}));
    QVERIFY(!triggersOf(r).contains(QStringLiteral("consult")));
}

void TestRules::coordinatedClauseTellsItsOwnDeed()
{
    // ", and Argentina has discouraged ...", ", and several foreign buyers turned to ...": a clause
    // of its own with a subject and a past deed tells a happening, in words the lexicon does not
    // know. A noun of a verb's form ("a possible cut in the rate") or a participle with its agent
    // ("a note secured by the shares") is none.
    const ExtractionResult r = run(
        QStringLiteral("Officials met in Paris on Monday.\n    Brazil has banned the sale of the chip since May, and "
                       "Argentina has discouraged local buyers from ordering it.\n    Exporters had complained that "
                       "approvals took up to 45 days, and several foreign buyers turned to stockpiling.\n    The "
                       "party hinted at a delay in the tax, and a possible cut in the rate.\n    The bank said it "
                       "got cash at closing, and a promissory note secured by the shares."),
        TimePoint::fromDate(2025, 10, 1));
    const QStringList titles = titlesOf(r);
    QVERIFY2(titles.contains(QStringLiteral("Argentina discourages local buyers")), qPrintable(titles.join(u'|')));
    QVERIFY2(
        titles.contains(QStringLiteral("Several foreign buyers turn to stockpiling")), qPrintable(titles.join(u'|')));
    QVERIFY(!triggersOf(r).contains(QStringLiteral("cut")));
    QVERIFY(!triggersOf(r).contains(QStringLiteral("secured")));
    const auto ban = std::find_if(r.events.begin(), r.events.end(),
        [](const ExtractedEvent& e) { return e.event.title == QLatin1String("Brazil bans sale of chip"); });
    QVERIFY(ban != r.events.end());
    QVERIFY(!ban->entityRoles.contains({QStringLiteral("Argentina"), QStringLiteral("object")}));
    // A contrast with a doer of its own too; a refusal to comment is none.
    const ExtractionResult contrast
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Samsung had failed Nvidia's tests last year, "
                             "while rival SK Hynix secured the bulk of the orders.\n    Intel said on Tuesday it would "
                             "cut jobs, while Micron declined to comment."),
            TimePoint::fromDate(2025, 10, 1));
    QVERIFY2(titlesOf(contrast).contains(QStringLiteral("SK Hynix secures bulk of orders")),
        qPrintable(titlesOf(contrast).join(u'|')));
    QVERIFY(!triggersOf(contrast).contains(QStringLiteral("declined")));
    // A pronoun subject is the first clause's doer.
    const ExtractionResult pronoun
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Last year, Samsung found that one of its memory "
                             "chips had ended up in a Huawei phone, and it notified Korean authorities."),
            TimePoint::fromDate(2025, 10, 1));
    const ExtractedEvent* notified = withTrigger(pronoun, QStringLiteral("notified"));
    QVERIFY(notified);
    QVERIFY(notified->entityRoles.contains({QStringLiteral("Samsung Electronics"), QStringLiteral("actor")}));
    QCOMPARE(notified->event.start, TimePoint::fromDate(2024, 1, 1));
}

void TestRules::nounAnnouncedByATitledNameInARelativeClause()
{
    // "a tariff on Chinese steel that Prime Minister Mark Carney had announced on March 3": past the
    // noun's phrase and the name's title, the relative clause tells the announcement, its subject
    // did it, and its day is not the suspension's.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Ottawa suspended a tariff on Chinese steel that "
                             "Prime Minister Mark Carney had announced on March 3."),
            TimePoint::fromDate(2025, 5, 20));
    const ExtractedEvent* announced = withTrigger(r, QStringLiteral("announced"));
    QVERIFY(announced);
    QCOMPARE(announced->event.type, QStringLiteral("export_control"));
    QCOMPARE(announced->event.start, TimePoint::fromDate(2025, 3, 3));
    QVERIFY(announced->entityRoles.contains({QStringLiteral("Mark Carney"), QStringLiteral("actor")}));
    for (const ExtractedEvent& e : r.events)
        QVERIFY2(&e == announced || e.event.start != TimePoint::fromDate(2025, 3, 3), qPrintable(e.event.title));
}

void TestRules::wordsThatOnlyWithholdAreNoStatement()
{
    // "said it does not comment on market rumours": no statement; "said, 'I wouldn't say the plan
    // is dead'" says something after all.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    The fund sold its stake last month, a filing "
                             "showed.\n    Hanwha Solutions said it \"does not comment on market rumours.\"\n    "
                             "Asked about the levy, Finance Minister Yuki Sato said, \"I wouldn't say the plan is "
                             "dead.\""),
            TimePoint::fromDate(2025, 10, 14));
    for (const ExtractedEvent& e : r.events)
        QVERIFY2(!e.event.evidence.first().sentence.startsWith(QLatin1String("Hanwha")), qPrintable(e.event.title));
    QVERIFY(std::any_of(r.events.begin(), r.events.end(), [](const ExtractedEvent& e) {
        return e.event.type == QLatin1String("statement") && e.event.evidence.first().sentence.startsWith(u"Asked");
    }));
}

void TestRules::proposalOfALawIsADecision()
{
    // "a legislative proposal will follow in the first quarter of 2026": a law's proposal is the
    // decision to put it forward; a proposal of no law ("a proposal to merge") is not.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    The European Commission ended a consultation on "
                             "its rail rules in October and has said a legislative proposal will follow in the first "
                             "quarter of 2026.\n    The board said a proposal to merge the units would follow."),
            TimePoint::fromDate(2025, 11, 20));
    const ExtractedEvent* proposal = withTrigger(r, QStringLiteral("proposal"));
    QVERIFY(proposal);
    QCOMPARE(proposal->event.type, QStringLiteral("decision"));
    QCOMPARE(proposal->event.modality, Modality::Planned);
    QCOMPARE(proposal->event.start, TimePoint::fromDate(2026, 1, 1));
    QCOMPARE(proposal->event.precision, DatePrecision::Quarter);
    for (const ExtractedEvent& e : r.events)
        QVERIFY2(!e.event.evidence.first().sentence.startsWith(QLatin1String("The board"))
                || e.event.type == QLatin1String("statement"),
            qPrintable(e.event.title));
}

void TestRules::firstClauseDeedBesideASecond()
{
    // "Canada obtained a ceiling ... in the framework deal it reached with Washington last month, and
    // Mexico won a similar ceiling in its own May agreement": when only the second clause holds a
    // word of the lexicon, the first clause's deed is told too, on the day of the deal it was
    // obtained in. The second clause names its own doer and its own month.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Canada obtained a ceiling on steel duties in the "
                             "framework deal it reached with Washington last month, and Mexico won a similar ceiling "
                             "in its own May agreement."),
            TimePoint::fromDate(2025, 8, 20));
    const ExtractedEvent* obtained = withTrigger(r, QStringLiteral("obtained"));
    QVERIFY2(obtained, qPrintable(titlesOf(r).join(u'|')));
    QVERIFY(obtained->entityRoles.contains({QStringLiteral("Canada"), QStringLiteral("actor")}));
    QCOMPARE(obtained->event.start, TimePoint::fromDate(2025, 7, 1));
    QCOMPARE(obtained->event.precision, DatePrecision::Month);
    const ExtractedEvent* won = withTrigger(r, QStringLiteral("won"));
    QVERIFY(won);
    QCOMPARE(won->event.start, TimePoint::fromDate(2025, 5, 1));
    QVERIFY(won->entityRoles.contains({QStringLiteral("Mexico"), QStringLiteral("actor")}));
    QVERIFY(!won->entityRoles.contains({QStringLiteral("Canada"), QStringLiteral("actor")}));
    // A first clause that only says is no deed of its own.
    const ExtractionResult said
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Canada said the pact was fair, and Mexico won "
                             "a similar ceiling in its own May agreement."),
            TimePoint::fromDate(2025, 8, 20));
    QVERIFY(!triggersOf(said).contains(QStringLiteral("said")));
    // "Chinese state media": the country's adjective opens the outlet's name; the title names the
    // outlet once.
    const ExtractionResult media
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Chinese state media have in recent weeks "
                             "questioned the safety of the Model Y, and the Cyberspace Administration summoned Tesla "
                             "executives in July."),
            TimePoint::fromDate(2025, 9, 20));
    const ExtractedEvent* questioned = withTrigger(media, QStringLiteral("questioned"));
    QVERIFY2(questioned, qPrintable(titlesOf(media).join(u'|')));
    QVERIFY2(
        questioned->event.title.startsWith(QLatin1String("Chinese state media ")), qPrintable(questioned->event.title));
}

void TestRules::projectsPutOnHoldAreADecision()
{
    // "said two planned fabs in Vietnam had been put on hold": a decision taken, not planned (the plan
    // word describes the fabs); the title names what was put on hold, and a speaker "Jakarta-based"
    // speaks for no country.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    A Jakarta-based analyst said two planned fabs "
                             "in Vietnam had been put on hold pending clarity on export rules."),
            TimePoint::fromDate(2025, 10, 20));
    const ExtractedEvent* hold = withTrigger(r, QStringLiteral("put on hold"));
    QVERIFY2(hold, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(hold->event.type, QStringLiteral("decision"));
    QCOMPARE(hold->event.modality, Modality::Occurred);
    QCOMPARE(hold->event.title, QStringLiteral("Two planned fabs in Vietnam put on hold"));
    QVERIFY(!hold->entityRoles.contains({QStringLiteral("Indonesia"), QStringLiteral("attribution")}));
}

void TestRules::weighedNowIsDatedByTheArticle()
{
    // "is considering legal action": what is weighed as the article appears is dated by it, as the
    // worked example dates the incentive package under consideration; what was weighed ("was
    // considering") is left undated.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Wingtech has called the ruling unfair and is "
                             "considering legal action.\n    Last year Nexperia said it was considering legal action."),
            TimePoint::fromDate(2025, 12, 4));
    QList<const ExtractedEvent*> weighed;
    for (const ExtractedEvent& e : r.events) {
        if (e.event.modality == Modality::UnderConsideration)
            weighed << &e;
    }
    QCOMPARE(weighed.size(), 2);
    QCOMPARE(weighed[0]->event.start, TimePoint::fromDate(2025, 12, 4));
    QCOMPARE(weighed[0]->event.precision, DatePrecision::Day);
    QVERIFY(!weighed[1]->event.start || *weighed[1]->event.start != TimePoint::fromDate(2025, 12, 4));
}

void TestRules::laterDeedIsBoundedByTheFirstOnesDay()
{
    // ", and it later set Mexico's rate at 10%": a clause of its own ("set" is no schedule here),
    // after the first clause's month rather than in it.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Earlier this year, in March, Ottawa pushed back "
                             "its steel levy to May 1 from April 2, and it later set Mexico's rate at 10%."),
            TimePoint::fromDate(2025, 11, 21));
    const ExtractedEvent* set = withTrigger(r, QStringLiteral("set"));
    QVERIFY2(set, qPrintable(titlesOf(r).join(u'|')));
    QVERIFY(set->entityRoles.contains({QStringLiteral("Canada"), QStringLiteral("actor")}));
    QVERIFY(!set->event.start);
    QCOMPARE(set->event.notBefore, TimePoint::fromDate(2025, 3, 1));
    QVERIFY(std::any_of(r.events.begin(), r.events.end(), [](const ExtractedEvent& e) {
        return e.event.start == TimePoint::fromDate(2025, 3, 1)
            && e.event.evidence.first().sentence.startsWith(u"Earlier");
    }));
}

void TestRules::groupSaysWhatItWillDo()
{
    // "Legislators from both parties said they would amend the bill": an unnamed group of actors that
    // says what it will do itself tells a happening to come, titled with the group's words.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Legislators from both "
                                                  "parties said they would amend the bill in the coming weeks."),
        TimePoint::fromDate(2025, 10, 20));
    const ExtractedEvent* amend = withTrigger(r, QStringLiteral("amend"));
    QVERIFY2(amend, qPrintable(titlesOf(r).join(u'|')));
    QVERIFY2(
        amend->event.title.startsWith(QLatin1String("Legislators from both parties ")), qPrintable(amend->event.title));
    QVERIFY(amend->event.modality != Modality::Occurred);
    // Analysts are no group of actors: what they say they would expect is an opinion.
    const ExtractionResult opinion = run(
        QStringLiteral("Officials met in Paris on Monday.\n    Analysts said they would expect the bill to pass."),
        TimePoint::fromDate(2025, 10, 20));
    QVERIFY(!triggersOf(opinion).contains(QStringLiteral("expect")));
}

void TestRules::sumCommittedIsAnInvestment()
{
    // "has committed $165 billion to its Arizona site": a sum committed is an investment, and the
    // title names what it is for; a company "committed to the plan" invests nothing.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    TSMC has committed $165 "
                                                  "billion to its Arizona site.\n    Intel said it remained "
                                                  "committed to the Ohio plan."),
        TimePoint::fromDate(2025, 8, 20));
    const ExtractedEvent* commitment = withTrigger(r, QStringLiteral("committed"));
    QVERIFY2(commitment, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(commitment->event.type, QStringLiteral("investment"));
    QCOMPARE(commitment->event.title, QStringLiteral("TSMC commits to Arizona site"));
    QCOMPARE(commitment->event.evidence.first().sentence,
        QStringLiteral("TSMC has committed $165 billion to its Arizona site."));
    QCOMPARE(triggersOf(r).count(QStringLiteral("committed")), 1);
}

void TestRules::expectedNounInAClauseOfItsOwn()
{
    // "..., and officials say the Commission is expected to present a proposal in the first
    // quarter": an event noun expected in a clause with no verb of the lexicon is that clause's
    // news, beside the first clause's deed.
    const ExtractionResult r = run(
        QStringLiteral("Officials met in Paris on Monday.\n    Nine member states signed a declaration in March "
                       "calling for a successor to the law, and officials say the Commission is expected to present "
                       "a \"Chips Act 2.0\" proposal in the first quarter of 2026."),
        TimePoint::fromDate(2025, 10, 24));
    const ExtractedEvent* signing = withTrigger(r, QStringLiteral("signed"));
    const ExtractedEvent* proposal = withTrigger(r, QStringLiteral("proposal"));
    QVERIFY2(signing && proposal, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(proposal->event.modality, Modality::Expected);
    QCOMPARE(proposal->event.precision, DatePrecision::Quarter);
    QCOMPARE(proposal->event.start, TimePoint::fromDate(2026, 1, 1));
}

void TestRules::sumReceivedAsSubsidiesIsAnInvestment()
{
    // "received 920 billion yen in subsidies": a sum received as what the lexicon calls an
    // investment is one; money received from a sale is not.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Rapidus received 920 billion "
                                                  "yen in government subsidies last year.\n    Toshiba received $5 "
                                                  "million from the sale of its unit."),
        TimePoint::fromDate(2025, 8, 20));
    const ExtractedEvent* receipt = withTrigger(r, QStringLiteral("received"));
    QVERIFY2(receipt, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(receipt->event.type, QStringLiteral("investment"));
    QCOMPARE(receipt->event.precision, DatePrecision::Year);
    QCOMPARE(receipt->event.evidence.first().sentence,
        QStringLiteral("Rapidus received 920 billion yen in government subsidies last year."));
    QCOMPARE(triggersOf(r).count(QStringLiteral("received")), 1);
}

void TestRules::speechNounAfterInfinitiveIsNoStatement()
{
    // "a dialogue to address supply disruptions": after an infinitive's "to" a noun of speech is a
    // verb, so the video call stays the news instead of a statement nobody made.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    The EU's trade commissioner "
                                                  "held a video call with China's commerce minister on Tuesday, and "
                                                  "both sides agreed to set up a dialogue to address supply "
                                                  "disruptions, the Commission said."),
        TimePoint::fromDate(2025, 12, 4));
    QVERIFY2(!withTrigger(r, QStringLiteral("address")), qPrintable(titlesOf(r).join(u'|')));
    const ExtractedEvent* call = withTrigger(r, QStringLiteral("video call"));
    QVERIFY2(call, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(call->event.type, QStringLiteral("meeting"));
    QCOMPARE(call->event.start, TimePoint::fromDate(2025, 12, 2));
}

void TestRules::denialSetOffAfterTheDeed()
{
    // "..., an accusation the company has denied": a denial told of a noun set off after the deed
    // is another happening, undated, and the denier vouches for nothing the deed tells.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    The Cyberspace Administration "
                             "of China summoned Nvidia representatives on July 31 over what it "
                             "called \"backdoor\" security risks in the H20, an accusation the "
                             "company has denied."),
            TimePoint::fromDate(2025, 9, 16));
    const ExtractedEvent* summons = withTrigger(r, QStringLiteral("summoned"));
    const ExtractedEvent* denial = withTrigger(r, QStringLiteral("denied"));
    QVERIFY2(summons && denial, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(summons->event.start, TimePoint::fromDate(2025, 7, 31));
    QVERIFY(summons->event.attribution.isEmpty());
    QCOMPARE(denial->event.title, QStringLiteral("Nvidia denies accusation"));
    QVERIFY(!denial->event.start);
}

void TestRules::wordsRejectedLaterAreAStatement()
{
    // "Lutnick said in late September that he wanted ..., a proposal Taipei rejected days later":
    // the words are news of their own beside the rejection, which the speaker does not vouch for.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    US Commerce Secretary Howard "
                                                  "Lutnick said in late September that he wanted half of the chips "
                                                  "Americans use to be made in the United States, a proposal Taipei "
                                                  "rejected days later."),
        TimePoint::fromDate(2025, 11, 4));
    const ExtractedEvent* words = withTrigger(r, QStringLiteral("said"));
    const ExtractedEvent* rejection = withTrigger(r, QStringLiteral("rejected"));
    QVERIFY2(words && rejection, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(words->event.type, QStringLiteral("statement"));
    QCOMPARE(words->event.precision, DatePrecision::Month);
    QCOMPARE(rejection->event.title, QStringLiteral("Taiwan rejects proposal"));
    QVERIFY(rejection->event.attribution.isEmpty());
}

void TestRules::sumSpentOnAPlantIsAnInvestment()
{
    // "plans to spend about 19 trillion won on an advanced packaging plant": a sum spent on what the
    // lexicon knows is an investment, titled by what it is spent on; spending on goods is not.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    SK Hynix plans to spend about "
                             "19 trillion won on an advanced packaging plant in Cheongju.\n    "
                             "Consumers spent $5 billion on cars."),
            TimePoint::fromDate(2025, 8, 14));
    const ExtractedEvent* plan = withTrigger(r, QStringLiteral("spend"));
    QVERIFY2(plan, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(plan->event.type, QStringLiteral("investment"));
    QCOMPARE(plan->event.modality, Modality::Planned);
    QCOMPARE(plan->event.title, QStringLiteral("SK Hynix to spend on advanced packaging plant"));
    QVERIFY2(!withTrigger(r, QStringLiteral("spent")), qPrintable(titlesOf(r).join(u'|')));
}

void TestRules::lawPutForwardInTwoWords()
{
    // "plans to put forward a revised Chips Act": a law put forward in words of two is a decision,
    // planned and dated, beside the speaker who told of it.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    The European Commission "
                                                  "plans to put forward a revised Chips Act in the first quarter of "
                                                  "2026, EU tech chief Henna Virkkunen told reporters in Brussels."),
        TimePoint::fromDate(2025, 10, 24));
    const ExtractedEvent* proposal = withTrigger(r, QStringLiteral("put forward"));
    QVERIFY2(proposal, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(proposal->event.type, QStringLiteral("decision"));
    QCOMPARE(proposal->event.modality, Modality::Planned);
    QCOMPARE(proposal->event.precision, DatePrecision::Quarter);
    QCOMPARE(proposal->event.title, QStringLiteral("EU to put forward revised Chips Act"));
}

void TestRules::plainVerbOnADayOfItsOwnIsASecondDeed()
{
    // "required export licences in August, then added graphite in December": a verb the lexicon
    // does not list, joined to a deed and told on another day, is a second deed of its kind.
    // Words added in a statement stay words.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Beijing first required export "
                             "licences for gallium in August 2023, then added graphite in "
                             "December.\n    Japan imposed controls on 23 items in July and added "
                             "in a statement on Friday that more would follow."),
            TimePoint::fromDate(2025, 12, 5));
    const ExtractedEvent* addition = withTrigger(r, QStringLiteral("added"));
    QVERIFY2(addition, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(addition->event.type, QStringLiteral("export_control"));
    QCOMPARE(addition->event.precision, DatePrecision::Month);
    QCOMPARE(addition->event.start->toIsoString(DatePrecision::Month), QStringLiteral("2023-12"));
    QCOMPARE(addition->event.title, QStringLiteral("China adds graphite"));
    QVERIFY(withTrigger(r, QStringLiteral("required export licences")));
    QCOMPARE(triggersOf(r).count(QStringLiteral("added")), 1);
}

void TestRules::verbAfterAnAdjectiveIsAThing()
{
    // "the post-war international order": a verb of the lexicon right after an adjective such as
    // "international" names a thing, and no order was placed.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Xi told Trump in a phone "
                                                  "call on Monday that Taiwan's return to China was an integral part "
                                                  "of the post-war international order."),
        TimePoint::fromDate(2025, 11, 25));
    QVERIFY2(!withTrigger(r, QStringLiteral("order")), qPrintable(titlesOf(r).join(u'|')));
    QVERIFY2(withTrigger(r, QStringLiteral("phone call")), qPrintable(titlesOf(r).join(u'|')));
}

void TestRules::prepositionOfADayIsNoBackground()
{
    // "China on Thursday announced export controls": the "on" governs the day, so the controls are
    // what was announced rather than a topic in the background.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    China on Thursday announced "
                                                  "export controls on rare-earth technologies."),
        TimePoint::fromDate(2025, 10, 10));
    const ExtractedEvent* controls = withTrigger(r, QStringLiteral("export controls"));
    QVERIFY2(controls, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(controls->event.type, QStringLiteral("export_control"));
    QCOMPARE(controls->event.modality, Modality::Announced);
    QCOMPARE(controls->event.start->toIsoString(DatePrecision::Day), QStringLiteral("2025-10-09"));
}

void TestRules::thingAnnouncedOnPromptingIsAHappening()
{
    // ", prompting Trump to announce an extra 100% tariff": what a deed drove someone to announce
    // is a happening of its own, even of the deed's kind.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    China announced sweeping "
                                                  "export controls on rare-earth technologies on Thursday, prompting "
                                                  "Trump to announce an extra 100% tariff on Chinese goods."),
        TimePoint::fromDate(2025, 10, 10));
    QVERIFY2(withTrigger(r, QStringLiteral("export controls")), qPrintable(titlesOf(r).join(u'|')));
    const ExtractedEvent* tariff = withTrigger(r, QStringLiteral("tariff"));
    QVERIFY2(tariff, qPrintable(titlesOf(r).join(u'|')));
    QCOMPARE(tariff->event.type, QStringLiteral("export_control"));
    QVERIFY(tariff->entityRoles.contains(qMakePair(QStringLiteral("Donald Trump"), QStringLiteral("actor"))));
}

void TestRules::statementTitledByWhatItSays()
{
    // "Nvidia says it complied with the law": a statement's title gives its words when they make a
    // clause of a title's length; the day, the listener and the quotation marks stay out, and words
    // said before the speaker count as well. Too many words, or no clause, keep the short title.
    const ExtractionResult r = run(
        QStringLiteral("Officials met in Paris on Monday.\n    Nvidia said on Tuesday that it complied with the law in "
                       "all respects.\n    Jensen Huang told reporters in Taipei on Saturday that the company had "
                       "no active talks with Chinese buyers.\n    Taiwan's return to China was \"an integral part\" of "
                       "the post-war order, Xi said.\n    Lutnick said the administration was weighing a broad set of "
                       "new measures on imported chips and steel and copper from the several countries that sell "
                       "them."),
        TimePoint::fromDate(2025, 9, 17));
    const QStringList titles = titlesOf(r);
    QVERIFY2(titles.contains(QStringLiteral("Nvidia says it complied with the law in all respects")),
        qPrintable(titles.join(u'|')));
    QVERIFY2(titles.contains(QStringLiteral("Huang says the company had no active talks with Chinese buyers")),
        qPrintable(titles.join(u'|')));
    QVERIFY2(
        titles.contains(QStringLiteral("Xi says Taiwan's return to China was an integral part of the post-war order")),
        qPrintable(titles.join(u'|')));
    QVERIFY2(!titles.filter(QStringLiteral("Lutnick")).isEmpty(), qPrintable(titles.join(u'|')));
    QVERIFY2(titles.filter(QStringLiteral("weighing")).isEmpty(), qPrintable(titles.join(u'|')));
}

void TestRules::longWordsEndWithTheirFirstPredicate()
{
    // "said in a statement that ...": the verb's words come after the statement; a report of words
    // too long for a title ends where a second predicate is joined to the first; a quotation in the
    // first person is not retold as the speaker's.
    const ExtractionResult r
        = run(QStringLiteral(
                  "Officials met in Paris on Monday.\n    Nvidia said in a statement on Tuesday that it works with "
                  "partners to ensure compliance with export laws.\n    China's commerce ministry said the "
                  "anti-dumping probe would normally be completed within a year but could be extended by six "
                  "months if needed.\n    \"We hope to wrap up the negotiations by the end of the year,\" Taiwan's "
                  "Office of Trade Negotiations said in a statement on Friday."),
            TimePoint::fromDate(2025, 9, 20));
    const QStringList titles = titlesOf(r);
    QVERIFY2(
        titles.contains(QStringLiteral("Nvidia says it works with partners to ensure compliance with export laws")),
        qPrintable(titles.join(u'|')));
    QVERIFY2(titles.contains(QStringLiteral(
                 "Chinese Ministry of Commerce says the anti-dumping probe would normally be completed within a year")),
        qPrintable(titles.join(u'|')));
    QVERIFY2(titles.filter(QStringLiteral("says we")).isEmpty(), qPrintable(titles.join(u'|')));
    // A name inside the words is not who said them.
    const ExtractionResult unnamed
        = run(QStringLiteral("Officials met in Paris on Monday.\n    FSA Administrator Karen "
                             "Blake said in a statement that the delay was needed because of "
                             "heavy workloads at county FSA offices."),
            TimePoint::fromDate(2025, 9, 20));
    QVERIFY2(titlesOf(unnamed).filter(QStringLiteral("FSA says")).isEmpty(), qPrintable(titlesOf(unnamed).join(u'|')));
}

void TestRules::wordsAreNotDatedByWhatTheyTellLasting()
{
    // "since 2022" inside the words tells how long what was said has lasted, not when it was said:
    // the statement stays undated (no later than the article), the year only bounds it.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Nvidia's chief executive "
                                                  "Jensen Huang has said the company's share of China's AI accelerator "
                                                  "market has fallen to about 50% from 95% since 2022."),
        TimePoint::fromDate(2025, 9, 16));
    const ExtractedEvent* said = withTrigger(r, QStringLiteral("said"));
    QVERIFY(said);
    QCOMPARE(said->event.type, QStringLiteral("statement"));
    QVERIFY(!said->event.start);
    QVERIFY(said->event.notBefore);
    QCOMPARE(said->event.notBefore->date().year(), 2022);
}

void TestRules::wireBracketsStayOutOfTitles()
{
    // Wire copy marks a company's name with angle brackets; a title retelling the words keeps the
    // name without them.
    const ExtractionResult r
        = run(QStringLiteral("Officials met in Paris on Monday.\n    Merck Chairman John Gottlieb "
                             "said on Tuesday the company had licensed the vaccine to <Wellcome PLC>."),
            TimePoint::fromDate(1987, 3, 17));
    const QStringList titles = titlesOf(r);
    QVERIFY2(titles.contains(QStringLiteral("Gottlieb says the company had licensed the vaccine to Wellcome PLC")),
        qPrintable(titles.join(u'|')));
}

void TestRules::secondPredicateKeepsItsOwnDay()
{
    // Two predicates of one subject joined by "and": the day told before "and" is the first one's
    // when the second has a day of its own, and both share it when the second has none.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    Intel delayed the plant "
                                                  "in March and will decide on its future in June.\n    Hu appeared "
                                                  "before a magistrate judge on Wednesday and pleaded not guilty."),
        TimePoint::fromDate(2025, 4, 4));
    const ExtractedEvent* decide = withTrigger(r, QStringLiteral("decide"));
    QVERIFY(decide);
    QVERIFY(decide->event.start);
    QCOMPARE(decide->event.start->date(), QDate(2025, 6, 1));
    QCOMPARE(decide->event.precision, DatePrecision::Month);
    const ExtractedEvent* plea = withTrigger(r, QStringLiteral("pleaded not guilty"));
    QVERIFY(plea);
    QVERIFY(plea->event.start);
    QCOMPARE(plea->event.start->date(), QDate(2025, 4, 2));
}

void TestRules::laterWordsVouchForNoEarlierDeed()
{
    // Words joined after a deed, by a speaker of their own, say something else: the deed is not
    // theirs to vouch for. The same words closing the sentence are its source.
    const ExtractionResult joined = run(QStringLiteral("Officials met in Paris on Monday.\n    The Commission approved "
                                                       "the aid on Thursday, while officials said a revised law would "
                                                       "be presented in the first quarter of 2026."),
        TimePoint::fromDate(2025, 12, 5));
    const ExtractedEvent* approved = withTrigger(joined, QStringLiteral("approved"));
    QVERIFY(approved);
    QVERIFY2(approved->event.attribution.isEmpty(), qPrintable(approved->event.attribution));
    const ExtractionResult trailing = run(QStringLiteral("Officials met in Paris on Monday.\n    The Commission "
                                                         "approved the aid on Thursday, officials said."),
        TimePoint::fromDate(2025, 12, 5));
    const ExtractedEvent* sourced = withTrigger(trailing, QStringLiteral("approved"));
    QVERIFY(sourced);
    QCOMPARE(sourced->event.attribution, QStringLiteral("officials"));
}

void TestRules::countryWhoseGoodsAreTaxedIsNoDoer()
{
    // The country whose goods a tariff falls on is what the tariff is aimed at; told with no doer,
    // the tariff has none.
    const ExtractionResult r = run(QStringLiteral("Officials met in Paris on Monday.\n    A 20% tariff has applied "
                                                  "to most Taiwanese goods since Aug. 7."),
        TimePoint::fromDate(2025, 11, 21));
    const ExtractedEvent* tariff = withTrigger(r, QStringLiteral("tariff"));
    QVERIFY(tariff);
    QVERIFY(!tariff->entityRoles.contains({QStringLiteral("Taiwan"), QStringLiteral("actor")}));
    QVERIFY(tariff->entityRoles.contains({QStringLiteral("Taiwan"), QStringLiteral("object")}));
    QCOMPARE(tariff->event.title, QStringLiteral("Tariff imposed on Taiwan"));
}
