// SPDX-License-Identifier: GPL-3.0-or-later
// What each format writes: TimelineJS and vis-timeline structure and escaping, CSV quoting and defused
// formulas, iCalendar folding, escaping and all-day dates, the filter.
#include "export/csvwriter.h"
#include "export/icalwriter.h"
#include "export/timelineexporter.h"
#include "exporttestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kairos;
using namespace Kairos::Test;

namespace {

/// The logical lines of an iCalendar text: continuation lines (CRLF + space) joined back.
QStringList unfoldedLines(const QByteArray& bytes)
{
    QByteArray joined = bytes;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    if (lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString unescapeText(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    ExportSample m_sample;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QByteArray exported(
        ExportFormat format, const QString& name, const ExportFilter& filter = {}, ExportReport* report = nullptr)
    {
        TimelineExporter exporter(*m_workspace);
        exporter.setFilter(filter);
        exporter.setTitle(QStringLiteral("H200 <export> story"));
        exporter.setGenerated(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QString error;
        if (!exporter.exportTo(path(name), format, &error))
            qWarning() << error;
        if (report)
            *report = exporter.report();
        return fileBytes(path(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        StoreError error;
        m_workspace = Workspace::open(path(QStringLiteral("w.kairos")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
        QVERIFY(fillExportSample(*m_workspace, &m_sample));
    }

    void timelineJsSlides()
    {
        const QJsonObject root
            = QJsonDocument::fromJson(exported(ExportFormat::TimelineJs, QStringLiteral("t.json"))).object();
        const QJsonObject title = root.value(QLatin1String("title")).toObject().value(QLatin1String("text")).toObject();
        QCOMPARE(title.value(QLatin1String("headline")).toString(), QStringLiteral("H200 &lt;export&gt; story"));
        QVERIFY(title.value(QLatin1String("text")).toString().contains(QStringLiteral("2026-01-02")));
        const QJsonArray events = root.value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 10);
        QSet<QString> ids;
        QJsonObject trump;
        QJsonObject rules;
        QJsonObject week;
        QJsonObject bound;
        for (const QJsonValue& value : events) {
            const QJsonObject slide = value.toObject();
            ids.insert(slide.value(QLatin1String("unique_id")).toString());
            const QString headline
                = slide.value(QLatin1String("text")).toObject().value(QLatin1String("headline")).toString();
            if (headline.startsWith(QLatin1String("Trump")))
                trump = slide;
            else if (headline == QLatin1String("Export rules in force"))
                rules = slide;
            else if (headline == QLatin1String("Officials meet twice"))
                week = slide;
            else if (headline == QLatin1String("Chinese buyers place orders"))
                bound = slide;
        }
        QCOMPARE(ids.size(), 10);
        QCOMPARE(trump.value(QLatin1String("text")).toObject().value(QLatin1String("headline")).toString(),
            QStringLiteral("Trump calls deal &quot;great&quot; &lt;b&gt;&amp; fair&lt;/b&gt;; 25%, he says"));
        const QString body = trump.value(QLatin1String("text")).toObject().value(QLatin1String("text")).toString();
        QVERIFY(body.contains(QStringLiteral("&lt;really&gt; &amp; fair")));
        QVERIFY(!body.contains(QStringLiteral("<really>")));
        QVERIFY(
            body.contains(QStringLiteral("<a href=\"https://demo.kairos.invalid/wire/h200\">Demo Wire, 2025-12-12")));
        QCOMPARE(trump.value(QLatin1String("group")).toString(), EventTypes::label(QStringLiteral("statement")));
        QCOMPARE(trump.value(QLatin1String("start_date")).toObject(),
            (QJsonObject {{QStringLiteral("year"), QStringLiteral("2025")},
                {QStringLiteral("month"), QStringLiteral("12")}, {QStringLiteral("day"), QStringLiteral("8")},
                {QStringLiteral("hour"), QStringLiteral("14")}, {QStringLiteral("minute"), QStringLiteral("30")},
                {QStringLiteral("second"), QStringLiteral("0")}}));
        QCOMPARE(rules.value(QLatin1String("start_date")).toObject(),
            (QJsonObject {
                {QStringLiteral("year"), QStringLiteral("2025")}, {QStringLiteral("month"), QStringLiteral("10")}}));
        QCOMPARE(rules.value(QLatin1String("end_date")).toObject(),
            (QJsonObject {
                {QStringLiteral("year"), QStringLiteral("2025")}, {QStringLiteral("month"), QStringLiteral("12")}}));
        QCOMPARE(week.value(QLatin1String("start_date")).toObject().value(QLatin1String("display_date")).toString(),
            QStringLiteral("2025-W50"));
        QCOMPARE(bound.value(QLatin1String("start_date")).toObject().value(QLatin1String("display_date")).toString(),
            QStringLiteral("no later than 2025-12-12"));
    }

    void visDataSet()
    {
        const QJsonObject root
            = QJsonDocument::fromJson(exported(ExportFormat::Vis, QStringLiteral("v.json"))).object();
        const QJsonArray items = root.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 10);
        QSet<QString> groupIds;
        for (const QJsonValue& group : root.value(QLatin1String("groups")).toArray()) {
            groupIds.insert(group.toObject().value(QLatin1String("id")).toString());
            QCOMPARE(group.toObject().value(QLatin1String("content")).toString(),
                EventTypes::label(group.toObject().value(QLatin1String("id")).toString()).toHtmlEscaped());
        }
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            QVERIFY(groupIds.contains(item.value(QLatin1String("group")).toString()));
            const QString type = item.value(QLatin1String("type")).toString();
            QCOMPARE(type == QLatin1String("range"), item.contains(QLatin1String("end")));
            QVERIFY(item.value(QLatin1String("id")).toInteger() > 0);
            if (item.value(QLatin1String("content")).toString().startsWith(QLatin1String("Export rules"))) {
                QCOMPARE(type, QStringLiteral("range"));
                QCOMPARE(item.value(QLatin1String("start")).toString(), QStringLiteral("2025-10"));
                QCOMPARE(item.value(QLatin1String("end")).toString(), QStringLiteral("2025-12"));
            }
            if (item.value(QLatin1String("content")).toString().startsWith(QLatin1String("Trump"))) {
                QCOMPARE(item.value(QLatin1String("start")).toString(), QStringLiteral("2025-12-08T14:30:00Z"));
                QVERIFY(!item.value(QLatin1String("content")).toString().contains(QLatin1String("<b>")));
                QVERIFY(item.value(QLatin1String("title")).toString().contains(QLatin1String("&lt;really&gt;")));
            }
        }
        QCOMPARE(groupIds.size(), 8);
    }

    void csvCells()
    {
        const QByteArray bytes = exported(ExportFormat::Csv, QStringLiteral("e.csv"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,title,start,end,precision,type,modality,status,confidence,entities,"
                                 "attribution,reported,sources,evidence\r\n"));
        // Defused and quoted as RFC 4180 asks (checklist item 29).
        QVERIFY(bytes.contains(",\"'=HYPERLINK(\"\"x\"\")\","));
        QVERIFY(bytes.contains(",'-0499,"));
        QVERIFY(bytes.contains(",\"Trump calls deal \"\"great\"\" <b>& fair</b>; 25%, he says\","));
        QVERIFY(bytes.contains(",Nvidia; United States,"));
        QCOMPARE(CsvWriter::defuseCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvWriter::defuseCell(QStringLiteral("+1")), QStringLiteral("'+1"));
        QCOMPARE(CsvWriter::defuseCell(QStringLiteral("\tcmd")), QStringLiteral("'\tcmd"));
        QCOMPARE(CsvWriter::defuseCell(QStringLiteral("\rcmd")), QStringLiteral("'\rcmd"));
        QCOMPARE(CsvWriter::defuseCell(QStringLiteral("'quoted")), QStringLiteral("''quoted"));
        QCOMPARE(CsvWriter::defuseCell(QStringLiteral("plain = text")), QStringLiteral("plain = text"));
        for (const QString& text : {QStringLiteral("=1+1"), QStringLiteral("'x"), QStringLiteral("''"),
                 QStringLiteral("-"), QStringLiteral("x'"), QString()})
            QCOMPARE(CsvWriter::restoreCell(CsvWriter::defuseCell(text)), text);
        QCOMPARE(CsvWriter::quoteCell(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
    }

    void iCalendar()
    {
        ExportReport report;
        const QByteArray bytes = exported(ExportFormat::ICalendar, QStringLiteral("c.ics"), {}, &report);
        QCOMPARE(report.events, 8);
        QCOMPARE(report.undated, 2);
        QCOMPARE(report.outOfRange, 1);
        QVERIFY(!QString::fromLatin1(bytes).contains(QRegularExpression(QStringLiteral("[^\r]\n"))));
        for (const QByteArray& line : bytes.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
        QVERIFY(QString::fromUtf8(bytes).isValidUtf16());
        const QStringList lines = unfoldedLines(bytes);
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
        QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
        QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^PRODID:-//Kairos//Kairos \\S+//EN$"))).size() == 1);
        QCOMPARE(lines.filter(QStringLiteral("BEGIN:VEVENT")).size(), 8);
        QCOMPARE(lines.filter(QStringLiteral("DTSTAMP:20260102T030405Z")).size(), 8);
        const QStringList uids = lines.filter(QRegularExpression(QStringLiteral("^UID:")));
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), 8);
        const auto block = [&](const QString& summaryStart) {
            const qsizetype at = lines.indexOf(QRegularExpression(
                QStringLiteral("^SUMMARY:") + QRegularExpression::escape(summaryStart) + QStringLiteral(".*")));
            qsizetype begin = at;
            while (begin > 0 && lines.at(begin) != QLatin1String("BEGIN:VEVENT"))
                --begin;
            const qsizetype end = lines.indexOf(QStringLiteral("END:VEVENT"), at);
            return lines.mid(begin, end - begin + 1);
        };
        const QStringList permit = block(QStringLiteral("US permits"));
        QVERIFY2(
            permit.contains(QStringLiteral("DTSTART;VALUE=DATE:20251208")), qPrintable(permit.join(QLatin1Char('\n'))));
        QVERIFY2(
            permit.contains(QStringLiteral("DTEND;VALUE=DATE:20251209")), qPrintable(permit.join(QLatin1Char('\n'))));
        QVERIFY2(permit.contains(QStringLiteral("URL:https://demo.kairos.invalid/wire/h200")),
            qPrintable(permit.join(QLatin1Char('\n'))));
        QVERIFY2(permit.contains(QStringLiteral("STATUS:CONFIRMED")), qPrintable(permit.join(QLatin1Char('\n'))));
        const QStringList trump = block(QStringLiteral("Trump"));
        QVERIFY2(trump.contains(QStringLiteral("DTSTART:20251208T143000Z")), qPrintable(trump.join(QLatin1Char('\n'))));
        QVERIFY2(trump.contains(QStringLiteral("SUMMARY:Trump calls deal \"great\" <b>& fair</b>\\; 25%\\, he says")),
            qPrintable(trump.join(QLatin1Char('\n'))));
        const QStringList month = block(QStringLiteral("Export rules"));
        QVERIFY2(
            month.contains(QStringLiteral("DTSTART;VALUE=DATE:20251001")), qPrintable(month.join(QLatin1Char('\n'))));
        QVERIFY2(
            month.contains(QStringLiteral("DTEND;VALUE=DATE:20260101")), qPrintable(month.join(QLatin1Char('\n'))));
        QVERIFY(block(QStringLiteral("=HYPERLINK")).contains(QStringLiteral("STATUS:CANCELLED")));
        const QStringList cjk = block(QStringLiteral("商务部"));
        QVERIFY2(cjk.contains(QStringLiteral("DTSTART:20251213T090500Z")), qPrintable(cjk.join(QLatin1Char('\n'))));
        const QString description = cjk.filter(QRegularExpression(QStringLiteral("^DESCRIPTION:"))).value(0);
        QVERIFY(
            unescapeText(description.mid(12)).startsWith(QStringLiteral("Line one,\nline two; with \\ backslash.\n")));
        QVERIFY(unescapeText(description).contains(m_sample.events.last().evidence.first().sentence));
        QCOMPARE(ICalWriter::escapeText(QStringLiteral("a,b;c\\d\r\ne\nf")), QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
        QCOMPARE(ICalWriter::foldLine(QString(80, QLatin1Char('x'))),
            QByteArray(75, 'x') + "\r\n " + QByteArray(5, 'x') + "\r\n");
    }

    void filter_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("december") << QStringLiteral("2025-12-09") << QStringLiteral("2025-12-13") << QString()
                                  << QStringList {QStringLiteral("=HYPERLINK(\"x\")")};
        QTest::newRow("rejected") << QString() << QString() << QStringLiteral("rejected")
                                  << QStringList {QStringLiteral("=HYPERLINK(\"x\")")};
        QTest::newRow("before 2023, proposed")
            << QString() << QStringLiteral("2023") << QStringLiteral("proposed") << QStringList();
        QTest::newRow("range overlaps") << QStringLiteral("2025-11-15") << QStringLiteral("2025-11-20") << QString()
                                        << QStringList {QStringLiteral("Export rules in force")};
    }
    void filter()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, status);
        QFETCH(QStringList, titles);
        ExportFilter f;
        if (!from.isEmpty())
            f.from = TimePoint::parseIso(from);
        if (!to.isEmpty())
            f.to = TimePoint::parseIso(to);
        if (!status.isEmpty())
            f.status = statusFromString(status);
        const QJsonArray events
            = QJsonDocument::fromJson(exported(ExportFormat::Json, QStringLiteral("f.json"), f)).array();
        QStringList got;
        for (const QJsonValue& e : events)
            got << e.toObject().value(QLatin1String("title")).toString();
        got.sort();
        titles.sort();
        QCOMPARE(got, titles);
    }
};

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
