// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/extractor.h"

#include <QTest>
#include <QtConcurrent>

using namespace Kairos;
using namespace Kairos::Extract;

namespace {

std::shared_ptr<Extractor> extractor()
{
    static std::shared_ptr<Extractor> instance = Extractor::createDefault();
    return instance;
}

QStringList sentenceTexts(const QString& text)
{
    QStringList out;
    for (const Sentence& s : extractor()->extract({}, text, {}).sentences)
        out << text.mid(s.begin, s.end - s.begin);
    return out;
}

const ExtractedEntity* entity(const ExtractionResult& r, const QString& name)
{
    for (const ExtractedEntity& e : r.entities) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestExtract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(extractor()); }
    void sentences_data();
    void sentences();
    void wrappedWireCopy();
    void summaryListIsMarked();
    void money_data();
    void money();
    void aliasesResolve();
    void companyReference();
    void unknownNames();
    void namesWithParticles();
    void institutionsAreNoTitledPeople();
    void linkedNamesAreEntities();
    void considerationIsNotEnactment();
    void reportAndUnderlyingEvent();
    void undatedEventIsBounded();
    void analystGazetteer();
    void brokenGazetteerNamesFile();
    void mergeAcrossArticles_syndication();
    void mergeAcrossArticles_conflict();
    void concurrentExtraction();
    void unspacedScripts();
};

void TestExtract::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("initialism") << "The U.S. Commerce Department acted. It said so." << 2;
    QTest::newRow("initialism at end") << "Chips were sold to the U.S. The company said so." << 2;
    QTest::newRow("title") << "Dr. Smith met Mr. Lee on Monday. They talked." << 2;
    QTest::newRow("month abbreviation") << "It happened on Jan. 5 in Seoul. Then it ended." << 2;
    QTest::newRow("decimal") << "Output rose 1.5 percent. Prices fell." << 2;
    QTest::newRow("quotation") << "He said, \"We will go.\" Then he left." << 2;
    QTest::newRow("question") << "Will it pass? Nobody knows." << 2;
    QTest::newRow("company suffix") << "Toshiba Corp. said it would cut output. Hitachi agreed." << 2;
    QTest::newRow("day of month at end") << "It was announced on December 8. Beijing has not replied." << 2;
}

void TestExtract::sentences()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    const QStringList s = sentenceTexts(text);
    QVERIFY2(s.size() == count, qPrintable(s.join(QLatin1String(" | "))));
}

void TestExtract::wrappedWireCopy()
{
    const QString text = QStringLiteral("Japan's chip makers said they would cut output next month in\n"
                                        "an attempt to head off sanctions, company officials said on\n"
                                        "Tuesday in Tokyo after a meeting with trade ministry staff.\n"
                                        "    The ministry said it welcomed the move and would watch the\n"
                                        "market closely in the coming weeks, officials said today.\n");
    const QStringList s = sentenceTexts(text);
    QCOMPARE(s.size(), 2);
    QVERIFY(s[0].endsWith(QLatin1String("staff.")));
}

void TestExtract::summaryListIsMarked()
{
    const QString text = QStringLiteral("Nvidia raised output.\nKey Points\n- Output: Nvidia raised output.\n");
    const ExtractionResult r = extractor()->extract({}, text, TimePoint::fromDate(2025, 12, 13));
    QCOMPARE(r.sentences.size(), 3);
    QVERIFY(!r.sentences[0].summary);
    QVERIFY(r.sentences[2].summary);
    for (const ExtractedEvent& e : r.events)
        QVERIFY(e.event.evidence.first().begin < r.sentences[1].begin);

    // A recap list before the story ends with the list: the story's paragraphs are read, and a
    // section of related links runs to the end.
    const QString recap = QStringLiteral("Key points\n- Japan raised its subsidy\n- Rapidus shares rose\n\n"
                                         "TOKYO - Japan approved more subsidies for Rapidus on Tuesday.\n\n"
                                         "Related articles\n- Rapidus opens a line\n\nJapan raised tariffs on Monday.");
    const ExtractionResult story = extractor()->extract({}, recap, TimePoint::fromDate(2025, 4, 3));
    QCOMPARE(story.sentences.size(), 7);
    QVERIFY(story.sentences[2].summary);
    QVERIFY(!story.sentences[3].summary);
    QVERIFY(story.sentences[6].summary);
    QCOMPARE(story.events.size(), 1);
    QVERIFY(story.events.first().event.evidence.first().sentence.startsWith(QLatin1String("TOKYO")));
}

void TestExtract::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::newRow("dollars") << "a package worth up to $70 billion to support" << 70e9 << "USD"
                             << "up to";
    QTest::newRow("won") << "approximately 1.03 trillion Korean won" << 1.03e12 << "KRW"
                         << "approximately";
    QTest::newRow("rmb") << "a fund of RMB 100 billion" << 100e9 << "CNY"
                         << "";
    QTest::newRow("yen") << "¥500 million in loans" << 500e6 << "JPY"
                         << "";
    QTest::newRow("euro") << "for €154 million" << 154e6 << "EUR"
                          << "";
    QTest::newRow("wire") << "about 300 mln dlrs of goods" << 300e6 << "USD"
                          << "approximately";
    QTest::newRow("percent") << "tariffs of 100 pct on" << 100.0 << "%"
                             << "";
    QTest::newRow("percent sign") << "sold 80.1% of its assets" << 80.1 << "%"
                                  << "";
}

void TestExtract::money()
{
    QFETCH(QString, text);
    QFETCH(double, amount);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    const ExtractionResult r = extractor()->extract({}, text, {});
    QCOMPARE(r.quantities.size(), 1);
    QCOMPARE(r.quantities[0].amount, amount);
    QCOMPARE(r.quantities[0].unit, unit);
    QCOMPARE(r.quantities[0].qualifier, qualifier);
}

void TestExtract::aliasesResolve()
{
    const QString text = QStringLiteral(
        "Xi Jinping met officials. Chairman Xi spoke later, and Xi left. The Trump administration approved the sale. "
        "Trump said the U.S. would act, and the United States did; US officials agreed.");
    const ExtractionResult r = extractor()->extract({}, text, {});
    QStringList xi, us;
    for (const EntityMention& m : r.mentions) {
        if (m.entityName == QLatin1String("Xi Jinping"))
            xi << text.mid(m.begin, m.end - m.begin);
        if (m.entityName == QLatin1String("United States"))
            us << text.mid(m.begin, m.end - m.begin);
    }
    QCOMPARE(xi, (QStringList {QStringLiteral("Xi Jinping"), QStringLiteral("Chairman Xi"), QStringLiteral("Xi")}));
    QCOMPARE(us, (QStringList {QStringLiteral("U.S."), QStringLiteral("the United States"), QStringLiteral("US")}));
    QVERIFY(entity(r, QStringLiteral("Trump administration")));
    QCOMPARE(entity(r, QStringLiteral("Trump administration"))->type, EntityType::Government);
    QVERIFY(entity(r, QStringLiteral("Donald Trump")));
    QCOMPARE(entity(r, QStringLiteral("Donald Trump"))->type, EntityType::Person);
}

void TestExtract::companyReference()
{
    const QString text = QStringLiteral("Nvidia sells chips. Later, the company said it would raise output.");
    const ExtractionResult r = extractor()->extract({}, text, {});
    const ExtractedEntity* nvidia = entity(r, QStringLiteral("Nvidia"));
    QVERIFY(nvidia);
    QVERIFY(nvidia->aliases.contains(QStringLiteral("the company")));
}

void TestExtract::unknownNames()
{
    const QString text = QStringLiteral(
        "Officials met Commerce Secretary Malcolm Carter and executives of Acme Widgets Corp in Ohio.");
    const ExtractionResult r = extractor()->extract({}, text, {});
    const ExtractedEntity* person = entity(r, QStringLiteral("Malcolm Carter"));
    QVERIFY(person);
    QCOMPARE(person->type, EntityType::Person);
    QVERIFY(person->confidence < 0.9);
    const ExtractedEntity* company = entity(r, QStringLiteral("Acme Widgets Corp"));
    QVERIFY(company);
    QCOMPARE(company->type, EntityType::Organisation);
    // A company's word before "of" names a company too, but not in a government body's name.
    const ExtractionResult banks = extractor()->extract({},
        QStringLiteral("Northfield Bank of Commerce lent the money, and the Federal Home Loan Bank Board approved."),
        {});
    const ExtractedEntity* bank = entity(banks, QStringLiteral("Northfield Bank of Commerce"));
    QVERIFY(bank);
    QCOMPARE(bank->type, EntityType::Organisation);
    const ExtractedEntity* board = entity(banks, QStringLiteral("Federal Home Loan Bank Board"));
    QVERIFY(board);
    QCOMPARE(board->type, EntityType::Government);
    // A title of several words before an unknown name is no part of it, and the surname alone
    // later refers to the person.
    const ExtractionResult officer = extractor()->extract({},
        QStringLiteral("Chief Operating Officer Kenji Harada said the plant would open. Harada spoke in Chitose."), {});
    const ExtractedEntity* harada = entity(officer, QStringLiteral("Kenji Harada"));
    QVERIFY(harada);
    QCOMPARE(harada->type, EntityType::Person);
    QVERIFY(harada->aliases.contains(QStringLiteral("Harada")));
    QVERIFY(std::none_of(officer.entities.begin(), officer.entities.end(),
        [](const ExtractedEntity& e) { return e.name.contains(QLatin1String("Chief")); }));
}

void TestExtract::namesWithParticles()
{
    // The particles of a surname belong to the name, whether it opens the sentence or follows a
    // title, and the surname alone later refers to the same person; a hyphenated title is no part
    // of the name either.
    const ExtractionResult r = extractor()->extract({},
        QStringLiteral("Pieter van der Vorm, managing director of the elevator firm, said so. Trade Commissioner Willy "
                       "De Clercq replied. Vice-Premier Tian Jiyun agreed. Van der Vorm said strikes went on."),
        {});
    for (const QString& name :
        {QStringLiteral("Pieter van der Vorm"), QStringLiteral("Willy De Clercq"), QStringLiteral("Tian Jiyun")}) {
        const ExtractedEntity* person = entity(r, name);
        QVERIFY2(person, qPrintable(name));
        QCOMPARE(person->type, EntityType::Person);
    }
    QVERIFY(entity(r, QStringLiteral("Pieter van der Vorm"))->aliases.contains(QStringLiteral("Vorm")));
    QVERIFY(std::none_of(r.entities.begin(), r.entities.end(), [](const ExtractedEntity& e) {
        return e.name.startsWith(QLatin1String("der")) || e.name.startsWith(QLatin1String("De "))
            || e.name.contains(QLatin1String("Premier"));
    }));
}

void TestExtract::institutionsAreNoTitledPeople()
{
    // A word that is also a title ("King", "General", "Deputy") opening an institution's name is
    // part of that name, and an institution's name joined by "of" names no person.
    const ExtractionResult r = extractor()->extract({},
        QStringLiteral("The King County Superior Court ruled. The General Accounting Office agreed. The American "
                       "Chamber of Commerce met. Deputy State Department spokeswoman Phyllis Oakley said so."),
        {});
    const QList<std::pair<QString, EntityType>> expected {
        {QStringLiteral("King County Superior Court"), EntityType::Government},
        {QStringLiteral("General Accounting Office"), EntityType::Government},
        {QStringLiteral("American Chamber of Commerce"), EntityType::Organisation},
        {QStringLiteral("Phyllis Oakley"), EntityType::Person},
    };
    for (const auto& [name, type] : expected) {
        const ExtractedEntity* found = entity(r, name);
        QVERIFY2(found, qPrintable(name));
        QCOMPARE(found->type, type);
    }
    // "Deputy" goes with the spokeswoman, not with the department.
    QVERIFY(!entity(r, QStringLiteral("Deputy State Department")));
    QVERIFY(std::none_of(r.entities.begin(), r.entities.end(), [](const ExtractedEntity& e) {
        return e.type == EntityType::Person && e.name.contains(QLatin1String("Court"));
    }));
}

void TestExtract::linkedNamesAreEntities()
{
    // A Markdown page marks names by linking them: the link text is one name, whatever the
    // gazetteer knows of its words. A linked page title, lower-case link texts and a line of
    // links alone (a menu) are not names.
    const QString page = QStringLiteral(
        "* [Search for Malaysia Airlines Flight 370](https://en.wikipedia.org/wiki/Search \"Search\")\n"
        "  * Malaysia announces that the search for the wreckage will resume in the southern "
        "[Indian Ocean](https://en.wikipedia.org/wiki/Indian_Ocean \"Indian Ocean\") with an "
        "[underwater search](https://en.wikipedia.org/wiki/Underwater_searches).\n"
        "  * The vote was boycotted by the parties of the [Netanyahu government](https://en.wikipedia.org/wiki/"
        "Government). ![Logo](logo.png)\n"
        "  * [Pope Leo XIV](https://en.wikipedia.org/wiki/Pope_Leo_XIV) meets the "
        "[U.S. president](https://en.wikipedia.org/wiki/President) to discuss "
        "[Human rights in Tunisia](https://en.wikipedia.org/wiki/Human_rights_in_Tunisia).\n"
        "[Read more](https://example.org/more) | [Share on Twitter](https://example.org/share)\n");
    const ExtractionResult r = extractor()->extract({}, page, TimePoint::fromDate(2025, 12, 3));
    for (const QString& name : {QStringLiteral("Indian Ocean"), QStringLiteral("Netanyahu government")}) {
        const ExtractedEntity* found = entity(r, name);
        QVERIFY2(found, qPrintable(name));
        QVERIFY(found->type != EntityType::Person);
    }
    for (const QString& name :
        {QStringLiteral("Search for Malaysia Airlines Flight 370"), QStringLiteral("underwater search"),
            QStringLiteral("Logo"), QStringLiteral("Pope Leo XIV"), QStringLiteral("Human rights in Tunisia"),
            QStringLiteral("Read more"), QStringLiteral("Share on Twitter")})
        QVERIFY2(!entity(r, name), qPrintable(name));
}

void TestExtract::considerationIsNotEnactment()
{
    const QString text
        = QStringLiteral("China is considering an incentive package of up to $70 billion for chipmakers.");
    const ExtractionResult r = extractor()->extract({}, text, TimePoint::fromDate(2025, 12, 13));
    QCOMPARE(r.events.size(), 1);
    const Event& e = r.events[0].event;
    QCOMPARE(e.type, QStringLiteral("investment"));
    QCOMPARE(e.modality, Modality::UnderConsideration);
    QCOMPARE(e.status, ReviewStatus::Proposed);
    QCOMPARE(e.attributes.value(QStringLiteral("money"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("amount"))
                 .toDouble(),
        70e9);
    QCOMPARE(e.evidence.first().sentence, text);
}

void TestExtract::reportAndUnderlyingEvent()
{
    const QString text
        = QStringLiteral("Reuters reported on the 12th that Nvidia is considering raising output of the H200.");
    const ExtractionResult r = extractor()->extract({}, text, TimePoint::fromDate(2025, 12, 13));
    QCOMPARE(r.events.size(), 2);
    const Event& report = r.events[0].event;
    QCOMPARE(report.type, QStringLiteral("report"));
    QCOMPARE(report.start->toIsoString(), QStringLiteral("2025-12-12"));
    const Event& production = r.events[1].event;
    QCOMPARE(production.type, QStringLiteral("production"));
    QCOMPARE(production.modality, Modality::UnderConsideration);
    QCOMPARE(production.attribution, QStringLiteral("Reuters"));
    QVERIFY(r.events[1].entityRoles.contains(qMakePair(QStringLiteral("Nvidia"), QStringLiteral("actor"))));
    QCOMPARE(production.reported->toIsoString(), QStringLiteral("2025-12-13"));
}

void TestExtract::undatedEventIsBounded()
{
    const QString text = QStringLiteral("The Chinese government has held an emergency meeting on the chip imports.");
    const ExtractionResult r = extractor()->extract({}, text, TimePoint::fromDate(2025, 12, 13));
    QCOMPARE(r.events.size(), 1);
    const Event& e = r.events[0].event;
    QVERIFY(!e.start);
    QCOMPARE(e.precision, DatePrecision::Unknown);
    QCOMPARE(e.notAfter->toIsoString(), QStringLiteral("2025-12-13"));
    QCOMPARE(e.type, QStringLiteral("meeting"));
}

void TestExtract::analystGazetteer()
{
    auto own = Extractor::createDefault();
    QString error;
    QVERIFY2(own->addGazetteerFile(QStringLiteral(KAIROS_TEST_DATA_DIR "/extract/analyst-gazetteer.json"), &error),
        qPrintable(error));
    const ExtractionResult r = own->extract({}, QStringLiteral("Zhipu said Team Green was late."), {});
    QVERIFY(entity(r, QStringLiteral("Zhipu AI")));
    QCOMPARE(entity(r, QStringLiteral("Zhipu AI"))->confidence, 0.9);
    QVERIFY(entity(r, QStringLiteral("Nvidia")));
}

void TestExtract::brokenGazetteerNamesFile()
{
    auto own = Extractor::createDefault();
    QString error;
    const QString path = QStringLiteral(KAIROS_TEST_DATA_DIR "/extract/broken-gazetteer.json");
    QVERIFY(!own->addGazetteerFile(path, &error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("type")), qPrintable(error));
    QVERIFY(!own->addGazetteerFile(QStringLiteral("/nonexistent/g.json"), &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent/g.json")));
}

void TestExtract::mergeAcrossArticles_syndication()
{
    const QString wire = QStringLiteral("The Trump administration approved exports of the H200 to China on Monday.");
    const QString other
        = QStringLiteral("On Monday the Trump administration approved the H200 for China, officials said.");
    QList<ArticleEvents> articles;
    const TimePoint pub = TimePoint::fromDate(2025, 12, 10);
    articles.append({1, QStringLiteral("Reuters"), pub, extractor()->extract({}, wire, pub).events});
    articles.append(
        {2, QStringLiteral("Yahoo News"), pub.addDays(1), extractor()->extract({}, wire, pub.addDays(1)).events});
    articles.append({3, QStringLiteral("Bloomberg"), pub, extractor()->extract({}, other, pub).events});
    const QList<ExtractedEvent> merged = mergeAcrossArticles(articles);
    QCOMPARE(merged.size(), 1);
    const Event& e = merged[0].event;
    QCOMPARE(e.evidence.size(), 3);
    QCOMPARE(e.attributes.value(QStringLiteral("corroboration")).toInt(), 2); // the syndicated copy counts once
    QCOMPARE(e.reported->toIsoString(), QStringLiteral("2025-12-10"));
    QCOMPARE(e.start->toIsoString(), QStringLiteral("2025-12-08"));
    QVERIFY(!e.attributes.contains(QStringLiteral("conflicts")));
    QCOMPARE(e.evidence[1].articleId, 2);
}

void TestExtract::mergeAcrossArticles_conflict()
{
    const TimePoint pub = TimePoint::fromDate(2025, 12, 13);
    QList<ArticleEvents> articles;
    articles.append({1, QStringLiteral("A"), pub,
        extractor()
            ->extract(
                {}, QStringLiteral("China approved a $70 billion subsidy for chipmakers on December 8, 2025."), pub)
            .events});
    articles.append({2, QStringLiteral("B"), pub,
        extractor()
            ->extract(
                {}, QStringLiteral("China approved a $50 billion subsidy for chipmakers on December 9, 2025."), pub)
            .events});
    const QList<ExtractedEvent> merged = mergeAcrossArticles(articles);
    QCOMPARE(merged.size(), 1);
    const QJsonArray conflicts = merged[0].event.attributes.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 2);
    QCOMPARE(conflicts[0].toObject().value(QStringLiteral("field")).toString(), QStringLiteral("date"));
    QCOMPARE(conflicts[1].toObject().value(QStringLiteral("field")).toString(), QStringLiteral("money"));
    QCOMPARE(merged[0].event.evidence.size(), 2);
}

void TestExtract::concurrentExtraction()
{
    std::shared_ptr<const Extractor> shared = extractor();
    const QString text = QStringLiteral("Reuters reported on the 12th that Nvidia is considering raising output. "
                                        "The Chinese government has held an emergency meeting.");
    const ExtractionResult reference = shared->extract({}, text, TimePoint::fromDate(2025, 12, 13));
    QList<int> inputs(64, 0);
    const QList<int> sizes = QtConcurrent::blockingMapped(inputs, [&](int) {
        const ExtractionResult r = shared->extract({}, text, TimePoint::fromDate(2025, 12, 13));
        return int(r.events.size() * 1000 + r.mentions.size());
    });
    for (int s : sizes)
        QCOMPARE(s, int(reference.events.size() * 1000 + reference.mentions.size()));
}

void TestExtract::unspacedScripts()
{
    // Chinese text: sentences end at full-width stops, and known names match character by character.
    auto own = Extractor::createDefault();
    QString error;
    QVERIFY2(own->addGazetteerFile(QStringLiteral(KAIROS_TEST_DATA_DIR "/extract/analyst-gazetteer.json"), &error),
        qPrintable(error));
    const QString text = QStringLiteral(u"英伟达扩大产量。智谱表示欢迎！");
    const ExtractionResult r = own->extract({}, text, {});
    QCOMPARE(r.sentences.size(), 2);
    QCOMPARE(
        text.mid(r.sentences[1].begin, r.sentences[1].end - r.sentences[1].begin), QStringLiteral(u"智谱表示欢迎！"));
    QVERIFY(entity(r, QStringLiteral("Nvidia")));
    QVERIFY(entity(r, QStringLiteral("Zhipu AI")));
}

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
