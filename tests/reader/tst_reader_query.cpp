// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/articlemarkshighlighter.h"
#include "reader/queryhighlighter.h"
#include "reader/querylineedit.h"
#include "reader/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Kairos;

namespace {

/// The format covering [start, start + length) exactly, or an empty format when no range covers it.
QTextCharFormat formatOf(const QList<QTextLayout::FormatRange>& ranges, int start, int length)
{
    for (const auto& range : ranges) {
        if (range.start <= start && start + length <= range.start + range.length)
            return range.format;
    }
    return {};
}

bool covered(const QList<QTextLayout::FormatRange>& ranges, int position)
{
    for (const auto& range : ranges) {
        if (range.start <= position && position < range.start + range.length)
            return true;
    }
    return false;
}

/// The marked substrings of a highlighted one-paragraph document, merged where ranges touch.
QStringList markedPieces(QTextDocument& document)
{
    const QTextBlock block = document.firstBlock();
    QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    std::sort(ranges.begin(), ranges.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    QStringList pieces;
    int end = -1;
    for (const auto& range : ranges) {
        const QString piece = block.text().mid(range.start, range.length);
        if (range.start == end && !pieces.isEmpty())
            pieces.last() += piece;
        else
            pieces << piece;
        end = range.start + range.length;
    }
    return pieces;
}

} // namespace

class TestReaderQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedDefinitionsLoad()
    {
        const auto query = SyntaxRepository::definition(SyntaxRepository::queryDefinitionName());
        QVERIFY(query.isValid());
        QVERIFY(query.filePath().startsWith(QLatin1String(":/kairos/ksh/syntax/")));
        QVERIFY(SyntaxRepository::definition(SyntaxRepository::articleMarksDefinitionName()).isValid());
        // One repository for the process.
        QCOMPARE(&SyntaxRepository::repository(), &SyntaxRepository::repository());
    }

    void queryHighlighting()
    {
        QueryHighlighter highlighter;
        highlighter.setTheme(SyntaxRepository::repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        QVERIFY(highlighter.isValid());
        const QString line = QStringLiteral("type:approval nvidia \"emergency meeting\" dat:2025 after:2025-12-01 "
                                            "status:bogus entity:\"Xi Jinping\"");
        const auto ranges = highlighter.highlight(line);
        const QTextCharFormat field = formatOf(ranges, 0, 5);
        const QTextCharFormat value = formatOf(ranges, 5, 8);
        QVERIFY(field.isValid() && !field.isEmpty());
        QVERIFY(value.isValid() && !value.isEmpty());
        QVERIFY(field != value);
        // Free text gets no format at all: it differs from both.
        const int nvidia = int(line.indexOf(QLatin1String("nvidia")));
        QVERIFY(!covered(ranges, nvidia));
        const QTextCharFormat phrase = formatOf(ranges, int(line.indexOf(QLatin1Char('"'))), 19);
        QVERIFY(!phrase.isEmpty());
        QVERIFY(phrase != field);
        // An unknown field is an error, shown with a wavy underline.
        const QTextCharFormat unknown = formatOf(ranges, int(line.indexOf(QLatin1String("dat:"))), 4);
        QCOMPARE(unknown.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(formatOf(ranges, int(line.indexOf(QLatin1String("after:"))), 6), field);
        const QTextCharFormat date = formatOf(ranges, int(line.indexOf(QLatin1String("2025-12-01"))), 10);
        QVERIFY(!date.isEmpty());
        QCOMPARE(date.underlineStyle(), QTextCharFormat::NoUnderline);
        QCOMPARE(formatOf(ranges, int(line.indexOf(QLatin1String("bogus"))), 5).underlineStyle(),
            QTextCharFormat::WaveUnderline);
        QCOMPARE(formatOf(ranges, int(line.indexOf(QLatin1String("\"Xi Jinping\""))), 12), value);
        // A colon inside a value is not a field.
        const auto timeRanges = highlighter.highlight(QStringLiteral("after:2025-12-08T10:30Z"));
        QCOMPARE(formatOf(timeRanges, 6, 17).underlineStyle(), QTextCharFormat::NoUnderline);
    }

    void lineEditHighlightsAndSubmits()
    {
        QueryLineEdit edit;
        QVERIFY(!edit.accessibleName().isEmpty());
        edit.setText(QStringLiteral("type:approval chips"));
        const auto applied = edit.appliedFormats();
        QVERIFY(!applied.isEmpty());
        QVERIFY(covered(applied, 0));
        QVERIFY(!covered(applied, 15));
        QCOMPARE(edit.text(), QStringLiteral("type:approval chips"));
        QSignalSpy submitted(&edit, &QueryLineEdit::querySubmitted);
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.first().first().toString(), QStringLiteral("type:approval chips"));
        edit.clear();
        QVERIFY(edit.appliedFormats().isEmpty());
    }

    void completionsOfferFieldsAndEntities()
    {
        QueryLineEdit edit;
        edit.setEntityNames({QStringLiteral("Xi Jinping"), QStringLiteral("Nvidia"), QStringLiteral("<b>Bold</b>")});
        const QStringList completions = edit.completions();
        QVERIFY(completions.contains(QStringLiteral("type:")));
        QVERIFY(completions.contains(QStringLiteral("after:")));
        QVERIFY(completions.contains(QStringLiteral("status:confirmed")));
        QVERIFY(completions.contains(QStringLiteral("entity:\"Xi Jinping\"")));
        QVERIFY(completions.contains(QStringLiteral("entity:Nvidia")));
        QVERIFY(completions.contains(QStringLiteral("entity:<b>Bold</b>")));
    }

    void articleMarks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("marked");
        QTest::newRow("long date") << QStringLiteral("Officials met December 8, 2025 in Beijing.")
                                   << QStringList {QStringLiteral("December 8, 2025")};
        QTest::newRow("day month") << QStringLiteral("Reported 8 Dec. 2025 by the wire.")
                                   << QStringList {QStringLiteral("8 Dec. 2025")};
        QTest::newRow("iso") << QStringLiteral("Filed 2025-12-08 with the agency.")
                             << QStringList {QStringLiteral("2025-12-08")};
        QTest::newRow("weekday") << QStringLiteral("Nvidia said on Monday it would comply.")
                                 << QStringList {QStringLiteral("on Monday")};
        QTest::newRow("ordinal") << QStringLiteral("The meeting is on the 12th at noon.")
                                 << QStringList {QStringLiteral("on the 12th")};
        QTest::newRow("dollars") << QStringLiteral("A package of $70 billion was discussed.")
                                 << QStringList {QStringLiteral("$70 billion")};
        QTest::newRow("won") << QStringLiteral("Seoul set aside 1.03 trillion Korean won for chips.")
                             << QStringList {QStringLiteral("1.03 trillion Korean won")};
        QTest::newRow("rmb") << QStringLiteral("Beijing offered RMB 100 billion in subsidies.")
                             << QStringList {QStringLiteral("RMB 100 billion")};
        QTest::newRow("percent") << QStringLiteral("Shares rose 4.5% while H200 sales fell 12 percent.")
                                 << QStringList {QStringLiteral("4.5%"), QStringLiteral("12 percent")};
        QTest::newRow("nothing") << QStringLiteral("Nvidia's H200 chip and the 25 per chip fee 2025x.")
                                 << QStringList();
    }

    void articleMarks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, marked);
        QTextDocument document;
        document.setPlainText(text);
        ArticleMarksHighlighter highlighter;
        highlighter.setDocument(&document);
        highlighter.setTheme(SyntaxRepository::repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        QCOMPARE(markedPieces(document), marked);
    }

    void themeFollowsPalette()
    {
        QPalette light(QColor(Qt::white));
        light.setColor(QPalette::Window, QColor(240, 240, 240));
        QPalette dark(QColor(Qt::black));
        dark.setColor(QPalette::Window, QColor(40, 40, 40));
        const auto& repository = SyntaxRepository::repository();
        QCOMPARE(SyntaxRepository::themeFor(light).name(),
            repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme).name());
        QCOMPARE(SyntaxRepository::themeFor(dark).name(),
            repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme).name());
        QVERIFY(SyntaxRepository::themeFor(light).name() != SyntaxRepository::themeFor(dark).name());
    }
};

QTEST_MAIN(TestReaderQuery)
#include "tst_reader_query.moc"
