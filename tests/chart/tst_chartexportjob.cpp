// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/chartexportjob.h"
#include "chart/timelinechart.h"
#include "charttestdata.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kairos;

namespace {

/// Dark pixels ("ink") per horizontal strip of an image, with the strips moved down by shift rows.
QList<double> inkPerStrip(const QImage& image, int strips, int shift)
{
    QList<double> ink;
    for (int strip = 0; strip < strips; ++strip) {
        const int top = std::clamp(image.height() * strip / strips + shift, 0, image.height());
        const int bottom = std::clamp(image.height() * (strip + 1) / strips + shift, top, image.height());
        qint64 dark = 0;
        for (int row = top; row < bottom; ++row) {
            const auto* pixels = reinterpret_cast<const QRgb*>(image.constScanLine(row));
            for (int column = 0; column < image.width(); ++column)
                dark += qGray(pixels[column]) < 160;
        }
        ink.append(bottom > top ? double(dark) / (qint64(image.width()) * (bottom - top)) : 0.0);
    }
    return ink;
}

/// The strips whose ink differs by more than a fifth (or than 0.2 % of the strip where there is little).
/// Two drawings of one page agree strip by strip even where text lands a pixel or two lower (QPicture
/// rounds text positions), so a strip of the actual image may sit that much higher or lower; a band
/// drawn at the wrong scale, shifted or not at all changes the ink of the strips it covers.
QList<int> stripsThatDiffer(const QImage& expected, const QImage& actual, int strips = 48)
{
    const QImage want = expected.convertToFormat(QImage::Format_RGB32);
    const QImage got = actual.convertToFormat(QImage::Format_RGB32);
    const QList<double> wanted = inkPerStrip(want, strips, 0);
    const int slack = got.height() / 800 + 1;
    QList<QList<double>> shifted;
    for (int shift = -slack; shift <= slack; ++shift)
        shifted.append(inkPerStrip(got, strips, shift));
    QList<int> differing;
    for (int strip = 0; strip < strips; ++strip) {
        const double tolerance = std::max(0.002, wanted[strip] * 0.2);
        if (std::none_of(shifted.cbegin(), shifted.cend(),
                [&](const QList<double>& ink) { return std::abs(wanted[strip] - ink[strip]) <= tolerance; }))
            differing.append(strip);
    }
    return differing;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestChartExportJob : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<TimelineChart> m_chart;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Runs a job to its end; the outcome and error it finished with.
    std::pair<ChartExportJob::Outcome, QString> runJob(
        ChartExportJob& job, const QString& file, const ExportOptions& options, QList<int>* progress = nullptr)
    {
        QSignalSpy finished(&job, &ChartExportJob::finished);
        QSignalSpy progressSpy(&job, &ChartExportJob::progressChanged);
        ChartExporter exporter(m_chart.get());
        QString error;
        if (!job.start(exporter, file, options, &error))
            return {ChartExportJob::Outcome::Failed, error};
        if (!finished.wait(120000))
            return {ChartExportJob::Outcome::Failed, QStringLiteral("timed out")};
        if (progress) {
            for (const QList<QVariant>& signal : progressSpy)
                progress->append(signal.at(0).toInt());
        }
        return {finished.at(0).at(0).value<ChartExportJob::Outcome>(), finished.at(0).at(1).toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_chart = std::make_unique<TimelineChart>();
        const qint64 from = TimePoint::fromDate(2025, 1, 1).seconds();
        std::vector<ChartEvent> events = Test::syntheticEvents(400, 5, from, from + 365 * 86400);
        m_chart->setEvents(events);
        m_chart->setSelectedIds({events[3].id, events[30].id});
    }

    void looksLikeTheDirectExport_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("screen") << QSize(1600, 900) << 96;
        QTest::newRow("A4 at 300 dpi") << QSize(3508, 2480) << 300;
    }
    void looksLikeTheDirectExport()
    {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        const ExportOptions options {size, dpi, QStringLiteral("Export in the background")};
        const QString direct = path(QStringLiteral("direct.png"));
        QString error;
        QVERIFY2(ChartExporter(m_chart.get()).exportToFile(direct, options, &error), qPrintable(error));

        ChartExportJob job;
        const QString background = path(QStringLiteral("background.png"));
        QList<int> progress;
        const auto [outcome, message] = runJob(job, background, options, &progress);
        QVERIFY2(outcome == ChartExportJob::Outcome::Written, qPrintable(message));
        QVERIFY(message.isEmpty());
        QVERIFY(!job.isRunning());

        const QImage expected(direct);
        const QImage image(background);
        QCOMPARE(image.size(), size);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        if (qEnvironmentVariableIsSet("KAIROS_SCREENSHOT_DIR")) {
            const QDir shots(qEnvironmentVariable("KAIROS_SCREENSHOT_DIR"));
            expected.save(shots.filePath(QStringLiteral("export-direct-%1.png").arg(dpi)));
            image.save(shots.filePath(QStringLiteral("export-background-%1.png").arg(dpi)));
        }
        // The replayed page draws markers as paths rather than cached sprites and places text to the
        // pixel, so the images are compared by where their ink is.
        const QList<int> differing = stripsThatDiffer(expected, image);
        QStringList where;
        for (int strip : differing)
            where << QString::number(strip);
        QVERIFY2(differing.isEmpty(), qPrintable(QStringLiteral("strips differ: ") + where.join(QLatin1Char(' '))));
        QImage blanked = image;
        for (int row = image.height() / 4; row < image.height() / 4 + image.height() / 16; ++row)
            std::fill_n(reinterpret_cast<QRgb*>(blanked.scanLine(row)), blanked.width(), qRgb(255, 255, 255));
        QVERIFY2(!stripsThatDiffer(expected, blanked).isEmpty(), "the comparison sees a missing band");
        QVERIFY(!progress.isEmpty());
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.last(), 100);
        QVERIFY2(progress.size() >= 10, "progress after each band");
    }

    void vectorFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("svg") << QStringLiteral("chart.svg") << QByteArray("<?xml");
        QTest::newRow("pdf") << QStringLiteral("chart.pdf") << QByteArray("%PDF-");
    }
    void vectorFormats()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        ChartExportJob job;
        const auto [outcome, message] = runJob(job, path(name), {QSize(1920, 1080), 96, QStringLiteral("Vector")});
        QVERIFY2(outcome == ChartExportJob::Outcome::Written, qPrintable(message));
        const QByteArray bytes = contents(path(name));
        QVERIFY(bytes.startsWith(magic));
        if (name.endsWith(QLatin1String(".svg")))
            QVERIFY(bytes.contains("<title>Vector</title>"));
    }

    void cancelledWritesNothing()
    {
        const QString file = path(QStringLiteral("kept.png"));
        QVERIFY(QFile(file).open(QIODevice::WriteOnly) && QFile(file).size() == 0);
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the analyst's earlier export");
        }
        ChartExportJob job;
        QSignalSpy finished(&job, &ChartExportJob::finished);
        QString error;
        // Big enough that the first of its bands is still being drawn when cancel() arrives.
        QVERIFY2(
            job.start(ChartExporter(m_chart.get()), file, {QSize(12000, 9000), 600, {}}, &error), qPrintable(error));
        QVERIFY(job.isRunning());
        job.cancel();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).value<ChartExportJob::Outcome>(), ChartExportJob::Outcome::Cancelled);
        QVERIFY(finished.at(0).at(1).toString().isEmpty());
        QCOMPARE(contents(file), QByteArray("the analyst's earlier export"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.png*")}, QDir::Files), QStringList {"kept.png"});
    }

    void failuresNameTheFile()
    {
        ChartExportJob job;
        const QString missing = path(QStringLiteral("no/such/folder/chart.png"));
        const auto [outcome, message] = runJob(job, missing, {QSize(800, 600), 96, {}});
        QCOMPARE(outcome, ChartExportJob::Outcome::Failed);
        QVERIFY2(message.contains(missing), qPrintable(message));
        QVERIFY(!QFile::exists(missing));

        // Refused before anything starts.
        QString error;
        QVERIFY(!job.start(ChartExporter(m_chart.get()), path(QStringLiteral("x.gif")), {}, &error));
        QVERIFY(error.contains(QStringLiteral("x.gif")));
        QVERIFY(!job.isRunning());
    }

    void imageForTheClipboard()
    {
        ChartExportJob job;
        QSignalSpy finished(&job, &ChartExportJob::finished);
        QSignalSpy progress(&job, &ChartExportJob::progressChanged);
        QString error;
        const ExportOptions options {QSize(1600, 900), 96, QStringLiteral("Copied")};
        QVERIFY2(job.startImage(ChartExporter(m_chart.get()), options, &error), qPrintable(error));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<ChartExportJob::Outcome>(), ChartExportJob::Outcome::Written);
        QCOMPARE(progress.last().at(0).toInt(), 100);
        const QImage image = job.takeImage();
        QCOMPARE(image.size(), QSize(1600, 900));
        QVERIFY(job.takeImage().isNull());
        const QImage direct = ChartExporter(m_chart.get()).renderImage(QSize(1600, 900), 96);
        // renderImage() takes the title from the exporter; the job from the options.
        ChartExporter titled(m_chart.get());
        titled.setTitle(QStringLiteral("Copied"));
        QVERIFY(stripsThatDiffer(titled.renderImage(QSize(1600, 900), 96), image).isEmpty());
        QVERIFY(!stripsThatDiffer(direct, image).isEmpty()); // the other title shows

        // A size no one can paste is refused before anything starts.
        QVERIFY(!job.startImage(ChartExporter(m_chart.get()), {QSize(50, 50), 96, {}}, &error));
        QVERIFY2(error.contains(QLatin1String("200")), qPrintable(error));

        // Cancelled: no image.
        QVERIFY(job.startImage(ChartExporter(m_chart.get()), {QSize(12000, 9000), 600, {}}, &error));
        job.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).value<ChartExportJob::Outcome>(), ChartExportJob::Outcome::Cancelled);
        QVERIFY(job.takeImage().isNull());
    }

    void destroyingARunningJobCancelsIt()
    {
        const QString file = path(QStringLiteral("abandoned.png"));
        {
            ChartExportJob job;
            QString error;
            QVERIFY(job.start(ChartExporter(m_chart.get()), file, {QSize(12000, 9000), 600, {}}, &error));
        }
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("abandoned*")}, QDir::Files), QStringList());
    }
};

QTEST_MAIN(TestChartExportJob)
#include "tst_chartexportjob.moc"
