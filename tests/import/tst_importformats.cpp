// SPDX-License-Identifier: GPL-3.0-or-later
// Each article and timeline format against a small fixture whose content the test states.
#include "importtesthelpers.h"

#include "import/csvreader.h"
#include "import/loosedate.h"
#include "import/textdecoding.h"

#include <QFile>
#include <QtTest>

using namespace Kairos;
using namespace Kairos::Import;

namespace {

SourceFile fixture(const QString& name)
{
    QFile file(QStringLiteral(KAIROS_TEST_DATA_DIR "/import/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return SourceFile {QStringLiteral("fixtures"), name, file.readAll()};
}

ParsedFile parseBytes(const QString& path, const QByteArray& bytes, const Manifest* manifest = nullptr)
{
    return parseFile(SourceFile {QStringLiteral("b"), path, bytes}, {}, manifest);
}

} // namespace

class TestImportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html()
    {
        const ParsedFile p = parseFile(fixture(QStringLiteral("news-page.html")));
        QCOMPARE(p.format, QStringLiteral("html"));
        QCOMPARE(p.articles.size(), 1);
        const Article& a = p.articles.first().article;
        QCOMPARE(a.title, QStringLiteral("US permits Nvidia H200 exports to China"));
        QCOMPARE(a.outlet, QStringLiteral("Example News"));
        QCOMPARE(a.url, QStringLiteral("https://news.example.org/2025/12/08/h200"));
        QCOMPARE(a.language, QStringLiteral("en"));
        QCOMPARE(a.published->toIsoString(DatePrecision::Minute), QStringLiteral("2025-12-08T13:30:00Z"));
        QCOMPARE(a.body,
            QStringLiteral("The Trump administration said on Monday it would allow the export of the H200 "
                           "\u2014 Nvidia\u2019s second-best chip.\n"
                           "Shipments are expected to begin next month, officials said.\n"
                           "\u2022 25% of revenue goes to the US government\n"
                           "\u2022 Approved customers only"));
    }

    void htmlLegacyCharsets_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gbk") << QByteArray("<html><head><meta charset=\"gbk\"><title>\xD6\xD0\xB9\xFA</title></head>"
                                           "<body><p>\xD6\xD0\xB9\xFA</p></body></html>")
                             << QStringLiteral("\u4E2D\u56FD");
        QTest::newRow("gb2312 http-equiv") << QByteArray("<html><head><meta http-equiv=\"Content-Type\" "
                                                         "content=\"text/html; charset=gb2312\"><title>\xD6\xD0\xB9\xFA"
                                                         "</title></head><body>x</body></html>")
                                           << QStringLiteral("\u4E2D\u56FD");
        QTest::newRow("euc-kr") << QByteArray("<meta charset='euc-kr'><title>\xC7\xD1\xB1\xB9</title><p>x</p>")
                                << QStringLiteral("\uD55C\uAD6D");
        QTest::newRow("windows-1252") << QByteArray("<meta charset=windows-1252><title>caf\xE9 \x92quoted\x92</title>")
                                      << QStringLiteral("caf\u00E9 \u2019quoted\u2019");
        QTest::newRow("latin1 label means 1252")
            << QByteArray("<meta charset=iso-8859-1><title>\x93hi\x94</title>") << QStringLiteral("\u201Chi\u201D");
        QTest::newRow("utf-16 bom") << QByteArray("\xFF\xFE<\0t\0i\0t\0l\0e\0>\0\xE9\0<\0/\0t\0i\0t\0l\0e\0>\0", 34)
                                    << QStringLiteral("\u00E9");
    }

    void htmlLegacyCharsets()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const ParsedFile p = parseBytes(QStringLiteral("page.html"), bytes);
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles.first().article.title, expected);
        QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join(QLatin1Char('\n'))));
    }

    void invalidBytesInDeclaredCharset()
    {
        QStringList warnings;
        const QString text = decodeText(QByteArray("ok \xFF\xFF end"), QStringLiteral("gbk"), &warnings);
        QVERIFY(text.startsWith(QLatin1String("ok ")));
        QVERIFY(text.endsWith(QLatin1String(" end")));
        QVERIFY(text.contains(QChar(0xFFFD)));
        QCOMPARE(warnings.size(), 1);
        warnings.clear();
        QCOMPARE(decodeText(QByteArray("\xEF\xBB\xBFplain"), {}, &warnings), QStringLiteral("plain"));
        QVERIFY(warnings.isEmpty());
        decodeText("x", QStringLiteral("no-such-charset"), &warnings);
        QVERIFY(warnings.first().contains(QLatin1String("unknown character set")));
    }

    void markdown()
    {
        const ParsedFile p = parseFile(fixture(QStringLiteral("front-matter.md")));
        const Article& a = p.articles.first().article;
        QCOMPARE(a.title, QStringLiteral("US permits H200"));
        QCOMPARE(a.outlet, QStringLiteral("Example Wire"));
        QCOMPARE(a.url, QStringLiteral("https://wire.example/h200"));
        QCOMPARE(a.language, QStringLiteral("en"));
        QCOMPARE(a.published->toIsoString(), QStringLiteral("2025-12-08"));
        QCOMPARE(a.body,
            QStringLiteral("Heading\n"
                           "The decision was announced on Monday. It continues on a second line.\n"
                           "First bullet with code\n"
                           "Nested link\n"
                           "chart caption text"));
    }

    void textArticle()
    {
        const ParsedFile p = parseBytes(QStringLiteral("2025-12-12-nvidia.txt"),
            "\r\n\r\nNvidia ramps output\r\n\r\nFirst paragraph.\r\nSecond.\r\n\r\n");
        const Article& a = p.articles.first().article;
        QCOMPARE(a.title, QStringLiteral("Nvidia ramps output"));
        QCOMPARE(a.body, QStringLiteral("First paragraph.\nSecond."));
        QCOMPARE(a.published->toIsoString(), QStringLiteral("2025-12-12"));
        QCOMPARE(a.publishedPrecision, DatePrecision::Day);
        const ParsedFile dated = parseBytes(QStringLiteral("x.txt"), "Title\nWASHINGTON, December 8, 2025 - text");
        QCOMPARE(dated.articles.first().article.published->toIsoString(), QStringLiteral("2025-12-08"));
        const ParsedFile utf16 = parseBytes(QStringLiteral("u.txt"), QByteArray("\xFF\xFEH\0i\0\n\0b\0", 10));
        QCOMPARE(utf16.articles.first().article.title, QStringLiteral("Hi"));
    }

    void feeds()
    {
        const ParsedFile rss = parseFile(fixture(QStringLiteral("feed.rss")));
        QCOMPARE(rss.format, QStringLiteral("rss"));
        QCOMPARE(rss.articles.size(), 2);
        const Article& first = rss.articles.first().article;
        QCOMPARE(first.title, QStringLiteral("Nexperia seized"));
        QCOMPARE(first.outlet, QStringLiteral("Chip Wire"));
        QCOMPARE(first.language, QStringLiteral("en"));
        QCOMPARE(first.body, QStringLiteral("The Dutch government invoked the Goods Availability Act."));
        QCOMPARE(first.published->toIsoString(DatePrecision::Minute), QStringLiteral("2025-10-12T16:00:00Z"));
        QCOMPARE(first.origins.first().path, QStringLiteral("feed.rss#0"));
        QVERIFY(rss.articles.at(0).article.sha256 != rss.articles.at(1).article.sha256);

        const ParsedFile atom = parseFile(fixture(QStringLiteral("feed.atom")));
        QCOMPARE(atom.format, QStringLiteral("atom"));
        QCOMPARE(atom.articles.size(), 1);
        const Article& entry = atom.articles.first().article;
        QCOMPARE(entry.title, QStringLiteral("Rule published"));
        QCOMPARE(entry.url, QStringLiteral("https://log.example/a"));
        QCOMPARE(entry.published->toIsoString(DatePrecision::Minute), QStringLiteral("2025-12-01T09:15:00Z"));
        QCOMPARE(entry.body, QStringLiteral("First paragraph.\nSecond paragraph."));

        QByteArray cut = fixture(QStringLiteral("feed.rss")).bytes;
        cut.truncate(cut.indexOf("<item><title>China"));
        const ParsedFile truncated = parseBytes(QStringLiteral("cut.rss"), cut + "<item><title>Half");
        QVERIFY(truncated.error.isEmpty());
        QVERIFY(truncated.articles.size() >= 1);
        QVERIFY(truncated.warnings.join(QLatin1Char(' ')).contains(QLatin1String("XML error")));
    }

    void timelineSheet()
    {
        const ParsedFile p = parseFile(fixture(QStringLiteral("sheet.csv")));
        QCOMPARE(p.format, QStringLiteral("timelinejs-sheet"));
        QCOMPARE(p.bundleTitle, QStringLiteral("Chip controls"));
        QCOMPARE(p.bundleDescription, QStringLiteral("A sheet timeline, with \"quotes\""));
        QCOMPARE(p.events.size(), 3);
        const Event& permit = p.events.at(0).event;
        QCOMPARE(permit.title, QStringLiteral("US permits H200"));
        QCOMPARE(permit.start->toIsoString(DatePrecision::Minute), QStringLiteral("2025-12-08T13:45:00Z"));
        QCOMPARE(permit.attributes.value(QLatin1String("group")).toString(), QStringLiteral("policy"));
        QCOMPARE(permit.evidence.first().sourceUrl, QStringLiteral("https://example.org/img.jpg"));
        QCOMPARE(p.events.at(1).event.start->civil().year, -500);
        QCOMPARE(p.events.at(1).event.precision, DatePrecision::Year);
        QCOMPARE(p.events.at(2).event.type, QStringLiteral("era"));
        QCOMPARE(p.events.at(2).event.end->toIsoString(DatePrecision::Month), QStringLiteral("2025-03"));
        QCOMPARE(p.warnings.size(), 1);
        QVERIFY(p.warnings.first().startsWith(QLatin1String("row 6")));
    }

    void timesketch()
    {
        const ParsedFile csv = parseFile(fixture(QStringLiteral("timesketch.csv")));
        QCOMPARE(csv.format, QStringLiteral("timesketch"));
        QCOMPARE(csv.events.size(), 1);
        QCOMPARE(csv.events.first().event.title, QStringLiteral("Export licence granted, per filing"));
        QCOMPARE(
            csv.events.first().event.start->toIsoString(DatePrecision::Minute), QStringLiteral("2024-12-08T14:00:00Z"));
        QCOMPARE(csv.events.first().event.attributes.value(QLatin1String("timestamp_desc")).toString(),
            QStringLiteral("Event Recorded"));
        QCOMPARE(csv.warnings.size(), 1);
        const ParsedFile jsonl = parseFile(fixture(QStringLiteral("timesketch.jsonl")));
        QCOMPARE(jsonl.format, QStringLiteral("timesketch"));
        QCOMPARE(jsonl.events.size(), 2);
        QCOMPARE(jsonl.events.at(1).event.start->toIsoString(), QStringLiteral("2024-12-09"));
    }

    void manifestOverridesAndEvents()
    {
        const QByteArray json = fixture(QStringLiteral("manifest.json")).bytes;
        const ParsedFile p = parseBytes(QStringLiteral("demo/bundle.json"), json);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.format, QStringLiteral("manifest"));
        QVERIFY(p.manifest);
        QCOMPARE(p.bundleTitle, QStringLiteral("H200"));
        QCOMPARE(p.entities.size(), 1);
        QCOMPARE(p.entities.first().aliases, QStringList {QStringLiteral("NVIDIA Corporation")});
        QCOMPARE(p.events.size(), 2);
        const ParsedEvent& e = p.events.first();
        QCOMPARE(e.event.type, QStringLiteral("approval"));
        QCOMPARE(e.event.status, ReviewStatus::Confirmed);
        QCOMPARE(e.event.confidence, 0.9);
        QCOMPARE(e.evidenceArticleKeys, (QStringList {QStringLiteral("demo/articles/01.md"), QString()}));
        QCOMPARE(e.event.evidence.at(1).sourceLabel, QStringLiteral("Reuters"));
        QCOMPARE(e.entityRoles.first(), qMakePair(QStringLiteral("Nvidia"), QStringLiteral("actor")));
        QCOMPARE(p.warnings.size(), 3); // nameless entity, bad date, unknown modality

        const ParsedFile article
            = parseBytes(QStringLiteral("demo/articles/01.md"), "# Own title\n\nText.", &*p.manifest);
        QCOMPARE(article.articles.first().article.title, QStringLiteral("T"));
        QCOMPARE(article.articles.first().article.outlet, QStringLiteral("O"));
        QCOMPARE(article.articles.first().article.published->toIsoString(), QStringLiteral("2025-12-08"));
        const ParsedFile other = parseBytes(QStringLiteral("articles/01.md"), "# Own title\n\nText.", &*p.manifest);
        QCOMPARE(other.articles.first().article.title, QStringLiteral("Own title"));

        QString error;
        QVERIFY(!parseManifest(R"({"format": "kairos-bundle", "version": 7})", &error));
        QVERIFY(error.contains(QLatin1String("version 7")));
    }

    void detectionAndErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("json article object") << "a.json" << QByteArray(R"({"title": "T", "body": "B"})") << "json"
                                             << "";
        QTest::newRow("json in .txt") << "a.txt" << QByteArray(R"([{"title": "T", "body": "B"}])") << "json"
                                      << "";
        QTest::newRow("tjs2 by content")
            << "x.json" << QByteArray(R"({"timeline": {"date": [{"startDate": "2012,1,26", "headline": "H"}]}})")
            << "timelinejs2"
            << "";
        QTest::newRow("gdelt by columns")
            << "e.CSV" << (QByteArray("1\t20150218") + QByteArray(59, '\t') + "\n") << "gdelt"
            << "";
        QTest::newRow("unknown csv") << "t.csv" << QByteArray("a,b\n1,2\n") << "csv"
                                     << "unknown columns";
        QTest::newRow("json without articles") << "n.json" << QByteArray("[1, 2]") << "json"
                                               << "no articles";
        QTest::newRow("plain xml") << "x.xml" << QByteArray("<?xml version=\"1.0\"?><root/>") << "xml"
                                   << "not an RSS";
        QTest::newRow("broken pdf") << "x.pdf" << QByteArray("%PDF-1.4 garbage") << "pdf"
                                    << "PDF";
        QTest::newRow("unknown suffix") << "x.docx" << QByteArray("PKsomething") << ""
                                        << "unsupported file type (.docx)";
        QTest::newRow("empty") << "e.txt" << QByteArray() << ""
                               << "empty file";
    }

    void detectionAndErrors()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, errorPart);
        const ParsedFile p = parseBytes(path, bytes);
        QCOMPARE(p.format, format);
        if (errorPart.isEmpty())
            QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        else
            QVERIFY2(p.error.contains(errorPart), qPrintable(p.error));
    }

    void looseDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso day") << "2025-12-08"
                                 << "2025-12-08";
        QTest::newRow("rfc 2822") << "Tue, 10 Jun 2003 04:00:00 GMT"
                                  << "2003-06-10T04:00:00Z";
        QTest::newRow("rfc 2822 offset") << "10 Jun 2003 04:00:00 -0500"
                                         << "2003-06-10T09:00:00Z";
        QTest::newRow("reuters noise") << " 1-APR-1987 10:00:01.12&#5;RM"
                                       << "1987-04-01T10:00:01Z";
        QTest::newRow("month name") << "December 12, 2025"
                                    << "2025-12-12";
        QTest::newRow("day month") << "12 Dec. 2025"
                                   << "2025-12-12";
        QTest::newRow("compact") << "20150218"
                                 << "2015-02-18";
        QTest::newRow("invalid day") << "2025-02-30"
                                     << "";
        QTest::newRow("words") << "true"
                               << "";
    }

    void looseDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto date = parseLooseDate(text);
        QCOMPARE(bool(date), !iso.isEmpty());
        if (date)
            QCOMPARE(date->point.toIsoString(iso.size() > 10 ? DatePrecision::Minute : DatePrecision::Day), iso);
    }

    void csvQuoting()
    {
        QString error;
        const auto rows
            = readCsv(QStringLiteral("a,\"b,c\",\"d \"\"e\"\"\"\r\n\"multi\nline\",x\n"), QLatin1Char(','), &error);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), (QStringList {QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d \"e\"")}));
        QCOMPARE(rows.at(1).first(), QStringLiteral("multi\nline"));
        QVERIFY(error.isEmpty());
        readCsv(QStringLiteral("a,\"open"), QLatin1Char(','), &error);
        QVERIFY(error.contains(QLatin1String("never closed")));
    }
};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
