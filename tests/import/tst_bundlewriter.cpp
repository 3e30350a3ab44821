// SPDX-License-Identifier: GPL-3.0-or-later
// Export -> import gives back the same articles, events and entities, into a folder and a zip.
#include "importtesthelpers.h"

#include "import/bundlewriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Kairos;
using namespace Kairos::Import;
using namespace Kairos::Import::Test;

namespace {

BundleContent sample()
{
    BundleContent c;
    c.title = QStringLiteral("H200 and China");
    c.description = QStringLiteral("Export round trip");
    Article a;
    a.id = 11;
    a.title = QStringLiteral("US permits H200 exports");
    a.outlet = QStringLiteral("Reuters");
    a.url = QStringLiteral("https://example.org/h200");
    a.language = QStringLiteral("en");
    a.published = TimePoint::fromDate(2025, 12, 8, 14, 30);
    a.publishedPrecision = DatePrecision::Minute;
    a.body = QStringLiteral("The US said it would allow exports.\n    Indented wire paragraph \u2019quoted\u2019.");
    Article b;
    b.id = 12;
    b.title = QStringLiteral("Nvidia ramps output");
    b.published = TimePoint::fromDate(2025, 12, 1);
    b.publishedPrecision = DatePrecision::Month;
    b.body = QStringLiteral("Nvidia is considering more output.");
    c.articles = {a, b};
    Entity nvidia;
    nvidia.id = 5;
    nvidia.name = QStringLiteral("Nvidia");
    nvidia.type = EntityType::Organisation;
    nvidia.aliases = {QStringLiteral("NVIDIA Corporation")};
    Entity us;
    us.id = 6;
    us.name = QStringLiteral("United States");
    us.type = EntityType::Government;
    c.entities = {nvidia, us};
    Event permit;
    permit.title = QStringLiteral("US permits H200 exports to China");
    permit.start = TimePoint::fromDate(2025, 12, 8);
    permit.precision = DatePrecision::Day;
    permit.type = QStringLiteral("approval");
    permit.modality = Modality::Announced;
    permit.summary = QStringLiteral("Summary");
    permit.confidence = 0.75;
    permit.status = ReviewStatus::Confirmed;
    permit.attributes = QJsonObject {{QStringLiteral("share"), 0.25}};
    permit.entities = {{5, QStringLiteral("object")}, {6, QStringLiteral("actor")}};
    Evidence fromArticle;
    fromArticle.articleId = 11;
    fromArticle.sentence = QStringLiteral("The US said it would allow exports.");
    Evidence external;
    external.sourceUrl = QStringLiteral("https://gdelt.example/1");
    external.sourceLabel = QStringLiteral("GDELT event 1");
    external.sentence = QStringLiteral("Elsewhere.");
    permit.evidence = {fromArticle, external};
    Event ancient;
    ancient.title = QStringLiteral("Big Bang");
    ancient.start = TimePoint::fromDate(-13800000000LL, 1, 1);
    ancient.precision = DatePrecision::Year;
    ancient.notAfter = TimePoint::fromDate(-13700000000LL, 1, 1);
    ancient.status = ReviewStatus::Proposed;
    c.events = {permit, ancient};
    return c;
}

} // namespace

class TestBundleWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("folder") << QStringLiteral("out");
        QTest::newRow("zip") << QStringLiteral("out.zip");
    }

    void roundTrip()
    {
        QFETCH(QString, target);
        QTemporaryDir dir;
        const BundleContent in = sample();
        QString error;
        QVERIFY2(writeBundle(dir.filePath(target), in, &error), qPrintable(error));
        const WalkResult r = walkAndParse({dir.filePath(target)});
        QVERIFY2(r.rejections.isEmpty(), qPrintable(r.rejectionText()));
        QVERIFY(r.errors().isEmpty());
        QCOMPARE(r.files.first().path, QStringLiteral("bundle.json"));
        const ParsedFile& manifest = r.parsed.first();
        QCOMPARE(manifest.bundleTitle, in.title);
        QCOMPARE(manifest.bundleDescription, in.description);

        QCOMPARE(r.articleCount(), 2);
        QHash<QString, Article> byPath;
        for (int i = 1; i < r.parsed.size(); ++i)
            byPath.insert(r.files.at(i).path, r.parsed.at(i).articles.first().article);
        for (const Article& original : in.articles) {
            const auto it = std::find_if(
                byPath.cbegin(), byPath.cend(), [&](const Article& a) { return a.title == original.title; });
            QVERIFY(it != byPath.cend());
            QCOMPARE(it->body, original.body);
            QCOMPARE(it->outlet, original.outlet);
            QCOMPARE(it->url, original.url);
            QCOMPARE(it->language, original.language);
            QCOMPARE(it->published, original.published);
            QCOMPARE(it->publishedPrecision, original.publishedPrecision);
        }

        QCOMPARE(manifest.entities.size(), 2);
        QCOMPARE(manifest.entities.first().name, QStringLiteral("Nvidia"));
        QCOMPARE(manifest.entities.first().type, EntityType::Organisation);
        QCOMPARE(manifest.entities.first().aliases, in.entities.first().aliases);
        QCOMPARE(manifest.entities.at(1).type, EntityType::Government);

        QCOMPARE(manifest.events.size(), 2);
        const ParsedEvent& permit = manifest.events.first();
        const Event& original = in.events.first();
        QCOMPARE(permit.event.title, original.title);
        QCOMPARE(permit.event.start, original.start);
        QCOMPARE(permit.event.precision, original.precision);
        QCOMPARE(permit.event.type, original.type);
        QCOMPARE(permit.event.modality, original.modality);
        QCOMPARE(permit.event.confidence, original.confidence);
        QCOMPARE(permit.event.status, original.status);
        QCOMPARE(permit.event.summary, original.summary);
        QCOMPARE(permit.event.attributes, original.attributes);
        QCOMPARE(permit.entityRoles,
            (QList<QPair<QString, QString>> {{QStringLiteral("Nvidia"), QStringLiteral("object")},
                {QStringLiteral("United States"), QStringLiteral("actor")}}));
        QCOMPARE(permit.event.evidence.size(), 2);
        QCOMPARE(permit.event.evidence.first().sentence, original.evidence.first().sentence);
        QVERIFY(byPath.value(permit.evidenceArticleKeys.first()).title == in.articles.first().title);
        QVERIFY(byPath.value(permit.evidenceArticleKeys.first()).body.contains(permit.event.evidence.first().sentence));
        QCOMPARE(permit.evidenceArticleKeys.at(1), QString());
        QCOMPARE(permit.event.evidence.at(1).sourceUrl, original.evidence.at(1).sourceUrl);
        QCOMPARE(permit.event.evidence.at(1).sourceLabel, original.evidence.at(1).sourceLabel);
        const ParsedEvent& ancient = manifest.events.at(1);
        QCOMPARE(ancient.event.start, in.events.at(1).start);
        QCOMPARE(ancient.event.notAfter, in.events.at(1).notAfter);
        QCOMPARE(ancient.event.precision, DatePrecision::Year);
        QCOMPARE(ancient.event.status, ReviewStatus::Proposed);
    }

    void refusesNonEmptyFolder()
    {
        QTemporaryDir dir;
        QFile keep(dir.filePath(QStringLiteral("keep.txt")));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        QString error;
        QVERIFY(!writeBundle(dir.path(), sample(), &error));
        QVERIFY(error.contains(QLatin1String("not empty")));
    }
};

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
