// SPDX-License-Identifier: GPL-3.0-or-later
// Imports every corpus of the shared folder (read in place) and checks counts and sample metadata
// against what the files hold (see corpora/README.md).
#include "importtesthelpers.h"

#include <QDir>
#include <QtTest>

using namespace Kairos;
using namespace Kairos::Import;
using namespace Kairos::Import::Test;

class TestImportCorpora : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(corpus("")).exists())
            QSKIP("the shared corpora folder is not available");
    }

    void reutersJson()
    {
        const WalkResult r = walkAndParse({corpus("reuters21578-json")});
        QVERIFY2(r.rejections.isEmpty(), qPrintable(r.rejectionText()));
        QCOMPARE(r.files.size(), 4);
        QStringList perFile;
        for (const ParsedFile& p : r.parsed) {
            QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
            QCOMPARE(p.format, QStringLiteral("json"));
            perFile << QString::number(p.articles.size());
        }
        QCOMPARE(perFile.join(QLatin1Char(',')), QStringLiteral("911,912,930,947"));
        QCOMPARE(r.articleCount(), 3700);
        const Article& first = r.parsed.first().articles.first().article;
        QCOMPARE(first.title, QStringLiteral("AMOCO <AN> UNIT EXPANDS CARPET YARN PLANT"));
        QCOMPARE(first.outlet, QStringLiteral("Reuters"));
        QCOMPARE(first.language, QStringLiteral("en"));
        QVERIFY(first.published);
        QCOMPARE(first.published->toIsoString(DatePrecision::Minute), QStringLiteral("1987-03-26T12:12:57Z"));
        QVERIFY(first.body.startsWith(QLatin1String("Amoco Corp said its Amoco Fabrics Co\nwill expand")));
        QCOMPARE(first.origins.first().path, QStringLiteral("reut2-010.json#0"));
        QCOMPARE(first.sha256.size(), 64);
    }

    void reutersSgml()
    {
        const WalkResult r = walkAndParse({corpus("reuters21578/reut2-010.sgm"), corpus("reuters21578/reut2-011.sgm"),
            corpus("reuters21578/reut2-012.sgm"), corpus("reuters21578/reut2-016.sgm")});
        QVERIFY2(r.rejections.isEmpty(), qPrintable(r.rejectionText()));
        QCOMPARE(r.articleCount(), 3700);
        const Article& first = r.parsed.first().articles.first().article;
        QCOMPARE(first.title, QStringLiteral("AMOCO <AN> UNIT EXPANDS CARPET YARN PLANT"));
        QCOMPARE(first.published->toIsoString(DatePrecision::Minute), QStringLiteral("1987-03-26T12:12:57Z"));
        QVERIFY(first.body.endsWith(QLatin1String("subsidiary of Amoco Corp.")));
        // The SGML and JSON forms of the same story carry the same text.
        const WalkResult json = walkAndParse({corpus("reuters21578-json/reut2-010.json")});
        QCOMPARE(first.body, json.parsed.first().articles.first().article.body);
    }

    void wikipediaMarkdown()
    {
        const WalkResult r = walkAndParse({corpus("wikipedia-current-events-2025q4")});
        QVERIFY2(r.rejections.isEmpty(), qPrintable(r.rejectionText()));
        QCOMPARE(r.articleCount(), 93);
        QVERIFY2(r.errors().isEmpty(), qPrintable(r.errors().join(QLatin1Char('\n'))));
        bool sawFuture = false;
        for (int i = 0; i < r.files.size(); ++i) {
            const Article& a = r.parsed.at(i).articles.first().article;
            QCOMPARE(a.sourceFormat, QStringLiteral("md"));
            QVERIFY(a.published);
            QCOMPARE(a.publishedPrecision, DatePrecision::Day);
            // The front matter date agrees with the file name, including the genuine 2027 error.
            QCOMPARE(a.published->toIsoString(), r.files.at(i).path.left(10));
            sawFuture |= a.published->toIsoString() == QLatin1String("2027-12-05");
            QVERIFY(!a.body.contains(QLatin1String("](http")));
            QVERIFY(!a.body.contains(QLatin1String("####")));
        }
        QVERIFY(sawFuture);
        const int dec08 = int(std::find_if(r.files.cbegin(), r.files.cend(), [](const SourceFile& f) {
            return f.path.startsWith(QLatin1String("2025-12-08"));
        }) - r.files.cbegin());
        const Article& a = r.parsed.at(dec08).articles.first().article;
        QCOMPARE(a.title, QStringLiteral("2025 December 08"));
        const QStringList lines = a.body.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("Armed conflicts and attacks"));
        QCOMPARE(lines.at(1), QStringLiteral("Yemeni civil war"));
        QVERIFY(a.body.contains(QLatin1String(
            "The Southern Transitional Council (STC) captures all eight southern governorates of Yemen")));
    }

    void timelineJs3()
    {
        const WalkResult r = walkAndParse({corpus("timelinejs3")});
        int events = 0, eras = 0;
        for (int i = 0; i < r.parsed.size(); ++i) {
            const ParsedFile& p = r.parsed.at(i);
            if (r.files.at(i).path.endsWith(QLatin1String(".txt")))
                continue; // the licence text is imported as a text article
            QCOMPARE(p.format, QStringLiteral("timelinejs3"));
            QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join(QLatin1Char('\n'))));
            for (const ParsedEvent& e : p.events) {
                (e.event.attributes.value(QLatin1String("kind")).toString() == QLatin1String("era") ? eras : events)++;
                QCOMPARE(e.event.status, ReviewStatus::Confirmed);
                QCOMPARE(e.event.evidence.size(), 1);
                QCOMPARE(e.event.evidence.first().articleId, 0);
                QVERIFY(!e.event.evidence.first().sourceLabel.isEmpty());
                QVERIFY(!e.event.title.contains(QLatin1Char('<')));
            }
        }
        QCOMPARE(events, 127);
        QCOMPARE(eras, 3);
        const ParsedFile cosmo = parseFile(fileAt(r, "cosmo.json"));
        QCOMPARE(cosmo.events.first().event.title, QStringLiteral("The Big Bang"));
        QCOMPARE(cosmo.events.first().event.start->civil().year, -13800000000LL);
        QCOMPARE(cosmo.events.first().event.precision, DatePrecision::Year);
        QCOMPARE(cosmo.events.first().event.evidence.first().sourceUrl,
            QStringLiteral("https://en.wikipedia.org/wiki/Big_Bang"));
        const ParsedFile houston = parseFile(fileAt(r, "houston/timeline3.json"));
        QCOMPARE(houston.bundleTitle, QStringLiteral("Whitney Houston 1963 - 2012"));
        const ParsedFile twain = parseFile(fileAt(r, "marktwain.json"));
        bool sawSeconds = false;
        for (const ParsedEvent& e : twain.events)
            sawSeconds |= e.event.precision == DatePrecision::Minute && e.event.start->civil().second != 0;
        QVERIFY(sawSeconds);
    }

    void timelineJs2()
    {
        const WalkResult r = walkAndParse({corpus("timelinejs2")});
        int events = 0;
        for (int i = 0; i < r.parsed.size(); ++i) {
            if (r.files.at(i).path.endsWith(QLatin1String(".txt")))
                continue;
            QCOMPARE(r.parsed.at(i).format, QStringLiteral("timelinejs2"));
            QVERIFY2(r.parsed.at(i).warnings.isEmpty(), qPrintable(r.parsed.at(i).warnings.join(QLatin1Char('\n'))));
            events += int(r.parsed.at(i).events.size());
        }
        QCOMPARE(events, 54);
        const ParsedFile example = parseFile(fileAt(r, "example_json.json"));
        QCOMPARE(example.bundleTitle, QStringLiteral("Sh*t People Say"));
        const Event& vine = example.events.first().event;
        QCOMPARE(vine.title, QStringLiteral("Vine"));
        QCOMPARE(vine.start->toIsoString(), QStringLiteral("2011-12-12"));
        QCOMPARE(vine.end->toIsoString(), QStringLiteral("2012-01-27"));
        QCOMPARE(vine.summary, QStringLiteral("Vine Test"));
    }

    void visTimeline()
    {
        const WalkResult r = walkAndParse({corpus("vis-timeline")});
        QCOMPARE(r.parsed.size(), 1);
        QCOMPARE(r.parsed.first().format, QStringLiteral("vis-timeline"));
        QCOMPARE(r.eventCount(), 6);
        const Event& fourth = r.parsed.first().events.at(3).event;
        QCOMPARE(fourth.title, QStringLiteral("item 4"));
        QCOMPARE(fourth.start->toIsoString(), QStringLiteral("2014-04-16"));
        QCOMPARE(fourth.end->toIsoString(), QStringLiteral("2014-04-19"));
    }

    void gdelt()
    {
        const WalkResult r = walkAndParse({corpus("gdelt")});
        QCOMPARE(r.parsed.size(), 1);
        const ParsedFile& p = r.parsed.first();
        QCOMPARE(p.format, QStringLiteral("gdelt"));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(p.events.size(), 2271);
        QHash<QString, int> byDate;
        for (const ParsedEvent& e : p.events)
            ++byDate[e.event.start->toIsoString()];
        QCOMPARE(byDate.value(QStringLiteral("2015-02-18")), 2176);
        QCOMPARE(byDate.value(QStringLiteral("2014-02-18")), 52);
        const Event& first = p.events.first().event;
        QCOMPARE(first.attributes.value(QLatin1String("cameo_code")).toString(), QStringLiteral("043"));
        QCOMPARE(first.attributes.value(QLatin1String("gdelt_id")).toString(), QStringLiteral("410412347"));
        QVERIFY(first.evidence.first().sourceUrl.startsWith(QLatin1String("http://www.dailymaverick.co.za/")));
        QCOMPARE(
            p.events.first().entityRoles.first(), qMakePair(QStringLiteral("PRESIDENT"), QStringLiteral("object")));
        QVERIFY(!p.entities.isEmpty());
    }

    void seedArticle()
    {
        const WalkResult r = walkAndParse({corpus("seed/h200-article.txt")});
        QCOMPARE(r.articleCount(), 1);
        const Article& a = r.parsed.first().articles.first().article;
        QCOMPARE(a.title, QStringLiteral("Nvidia Expands H200 Output Amid Chinese Market Uncertainty"));
        QVERIFY(!a.published); // the article states no date
        QVERIFY(a.body.startsWith(QLatin1String("Nvidia's H200 Chip Production Expansion\n")));
        QVERIFY(a.body.contains(QStringLiteral("\u2019")));
        QVERIFY(r.parsed.first().warnings.isEmpty());
    }

    void wholeCorpusFolder()
    {
        // The whole shared folder in one drop: nothing is fatal, every problem names its file.
        const WalkResult r = walkAndParse({corpus("")});
        QVERIFY(r.completed);
        QVERIFY(r.rejections.isEmpty());
        for (const QString& error : r.errors())
            QVERIFY2(error.contains(QLatin1String(": ")), qPrintable(error));
        QVERIFY(r.articleCount() >= 3700 + 3700 + 93 + 1);
    }

private:
    static SourceFile fileAt(const WalkResult& r, const char* suffix)
    {
        for (const SourceFile& f : r.files) {
            if (f.path.endsWith(QLatin1String(suffix)))
                return f;
        }
        return {};
    }
};

QTEST_GUILESS_MAIN(TestImportCorpora)
#include "tst_importcorpora.moc"
