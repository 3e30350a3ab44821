// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/chartexporter.h"
#include "chart/timelinechart.h"
#include "charttestdata.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Kairos;

namespace {

const QString hostile = QStringLiteral("Permits </title><script>alert(1)</script> & <b>more</b>");

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<TimelineChart> m_chart;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_chart = std::make_unique<TimelineChart>();
        const qint64 from = TimePoint::fromDate(2025, 1, 1).seconds();
        std::vector<ChartEvent> events = Test::syntheticEvents(40, 5, from, from + 365 * 86400);
        events[3].title = hostile;
        m_chart->setEvents(events);
        m_chart->setSelectedIds({events[3].id});
    }

    void pngHasTheAskedSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("1600x900") << QSize(1600, 900) << 96;
        QTest::newRow("A4 at 300 dpi") << QSize(3508, 2480) << 300;
        QTest::newRow("small") << QSize(640, 360) << 96;
    }
    void pngHasTheAskedSize()
    {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        ChartExporter exporter(m_chart.get());
        QString error;
        const QString file = path(QStringLiteral("chart.png"));
        QVERIFY2(exporter.exportToFile(file, {size, dpi, QStringLiteral("Title")}, &error), qPrintable(error));
        const QImage image(file);
        QCOMPARE(image.size(), size);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        // Something was drawn: not a blank page.
        QVERIFY(image.pixelColor(size.width() / 2, size.height() / 2) != QColor(Qt::white)
            || image.pixelColor(size.width() / 3, size.height() / 3) != QColor(Qt::white)
            || !image.copy(0, 0, size.width(), size.height() / 8).allGray());
    }

    void svgIsEscapedAndParses()
    {
        ChartExporter exporter(m_chart.get());
        QString error;
        const QString file = path(QStringLiteral("chart.svg"));
        QVERIFY2(exporter.exportToFile(file, {QSize(1200, 800), 96, hostile}, &error), qPrintable(error));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&in);
        QString title;
        QStringList elements;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                elements << xml.name().toString();
                if (xml.name() == QLatin1String("title"))
                    title = xml.readElementText();
                else if (xml.name() == QLatin1String("svg"))
                    QCOMPARE(
                        xml.attributes().value(QLatin1String("viewBox")).toString(), QStringLiteral("0 0 1200 800"));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(!elements.contains(QStringLiteral("script")));
        QVERIFY(!elements.contains(QStringLiteral("b")));
        QCOMPARE(title, hostile);
    }

    void pdfHasOnePageOfTheRightSize()
    {
        ChartExporter exporter(m_chart.get());
        QString error;
        const QString file = path(QStringLiteral("chart.pdf"));
        QVERIFY2(
            exporter.exportToFile(file, {QSize(1920, 1080), 96, QStringLiteral("PDF")}, &error), qPrintable(error));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        const QString text = QString::fromLatin1(bytes);
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))), 1);
        const QRegularExpressionMatch box
            = QRegularExpression(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)")).match(text);
        QVERIFY(box.hasMatch());
        // 1920×1080 px at 96 dpi = 20×11.25 in = 1440×810 pt.
        QVERIFY(qAbs(box.captured(1).toDouble() - 1440) < 1.5);
        QVERIFY(qAbs(box.captured(2).toDouble() - 810) < 1.5);
    }

    void failuresNameTheFileAndKeepTheOldOne()
    {
        ChartExporter exporter(m_chart.get());
        QString error;
        QVERIFY(!exporter.exportToFile(path(QStringLiteral("chart.bmpx")), {}, &error));
        QVERIFY(error.contains(QStringLiteral("chart.bmpx")));
        QVERIFY(error.contains(QStringLiteral(".png")));
        const QString missing = path(QStringLiteral("no/such/folder/chart.png"));
        QVERIFY(!exporter.exportToFile(missing, {}, &error));
        QVERIFY(error.contains(missing));
        QVERIFY(!QFile::exists(missing));
        const QString good = path(QStringLiteral("good.png"));
        QVERIFY(exporter.exportToFile(good, {QSize(800, 600), 96, {}}, &error));
        QFile before(good);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        before.close();
        QVERIFY(!exporter.exportToFile(good, {QSize(800, 600), 5, {}}, &error));
        QFile after(good);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = path(QStringLiteral("cli.png"));
        QTest::newRow("unknown suffix") << QStringList {QStringLiteral("--demo"), path(QStringLiteral("x.gif"))} << 2
                                        << QStringLiteral("x.gif");
        QTest::newRow("bad date") << QStringList {QStringLiteral("--demo"), out, QStringLiteral("--from"),
            QStringLiteral("next tuesday")}
                                  << 2 << QStringLiteral("not a date");
        QTest::newRow("bad width") << QStringList {QStringLiteral("--demo"), out, QStringLiteral("--width"),
            QStringLiteral("wide")} << 2
                                   << QStringLiteral("--width");
        QTest::newRow("unwritable") << QStringList {QStringLiteral("--demo"), path(QStringLiteral("nope/cli.png"))} << 1
                                    << QStringLiteral("nope/cli.png");
        QTest::newRow("demo") << QStringList {QStringLiteral("--demo"), out, QStringLiteral("--width"),
            QStringLiteral("1000"), QStringLiteral("--height"), QStringLiteral("600")}
                              << 0 << QString();
    }
    void cli()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString cli = QStringLiteral(KAIROS_BINARY_DIR "/bin/kairos-cli");
        QVERIFY2(QFile::exists(cli), "build kairos-cli first");
        QProcess process;
        process.start(cli, QStringList {QStringLiteral("export-chart")} + arguments);
        QVERIFY(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == exitCode, qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        if (exitCode == 0)
            QCOMPARE(QImage(arguments.at(1)).size(), QSize(1000, 600));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
