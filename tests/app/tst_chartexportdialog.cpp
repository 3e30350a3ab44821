// SPDX-License-Identifier: GPL-3.0-or-later
#include "../chart/charttestdata.h"
#include "chart/timelinechart.h"
#include "chartexportdialog.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>

using namespace Kairos;

namespace {

/// Set in the child process that exports a chart shown on a screen at some QT_SCALE_FACTOR: the folder to write to.
const char* const probeVariable = "KAIROS_EXPORT_PROBE_DIR";

int presetIndex(ChartExportDialog& dialog, const char* start)
{
    auto* preset = dialog.findChild<QComboBox*>();
    for (int i = 0; preset && i < preset->count(); ++i) {
        if (preset->itemText(i).startsWith(QLatin1String(start)))
            return i;
    }
    return -1;
}

bool exportAndWait(ChartExportDialog& dialog, const QString& path)
{
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.startExport(path);
    return accepted.wait(60000) && dialog.writtenPath() == path;
}

/// The child's work: a chart in a window on the (offscreen) screen, exported once with the dialog's default size
/// and once with a size typed in. Prints the chart's logical size and the screen's device pixel ratio.
int runExportProbe(const QString& folder)
{
    auto* chart = new TimelineChart;
    const qint64 from = TimePoint::fromDate(2025, 1, 1).seconds();
    chart->setEvents(Test::syntheticEvents(300, 4, from, from + 365 * 86400));
    QChartView view(chart);
    view.resize(900, 520);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 2;
    {
        ChartExportDialog dialog(chart, {}, QStringLiteral("Default size"));
        dialog.show();
        if (!exportAndWait(dialog, folder + QStringLiteral("/default.png")))
            return 3;
    }
    {
        ChartExportDialog dialog(chart, {}, QStringLiteral("Typed size"));
        auto boxes = dialog.findChildren<QSpinBox*>();
        boxes.value(0)->setValue(1000);
        boxes.value(1)->setValue(600);
        boxes.value(2)->setValue(96);
        dialog.show();
        if (!exportAndWait(dialog, folder + QStringLiteral("/typed.png")))
            return 4;
    }
    std::printf("chart %d x %d, ratio %.2f\n", int(chart->size().width()), int(chart->size().height()),
        view.devicePixelRatioF());
    return 0;
}

struct ProbeResult
{
    QImage defaultImage;
    QImage typedImage;
    QString output;
};

ProbeResult runProbeAt(const QString& scaleFactor, const QString& folder)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_SCALE_FACTOR"), scaleFactor);
    environment.insert(QString::fromLatin1(probeVariable), folder);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    ProbeResult result;
    if (!child.waitForFinished(120000)) {
        child.kill();
        child.waitForFinished();
    }
    result.output = QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        result.output += QStringLiteral(" (exit %1) %2")
                             .arg(child.exitCode())
                             .arg(QString::fromLocal8Bit(child.readAllStandardError()));
    result.defaultImage = QImage(folder + QStringLiteral("/default.png"));
    result.typedImage = QImage(folder + QStringLiteral("/typed.png"));
    return result;
}

} // namespace

/// File › Export Chart…: presets, custom sizes, the preview and the clipboard.
class TestChartExportDialog : public QObject
{
    Q_OBJECT
private:
    QGraphicsScene m_scene;
    TimelineChart* m_chart = nullptr;

    static QSpinBox* spin(ChartExportDialog& dialog, int which)
    {
        return dialog.findChildren<QSpinBox*>().value(which);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_chart = new TimelineChart;
        m_scene.addItem(m_chart);
        const qint64 from = TimePoint::fromDate(2025, 1, 1).seconds();
        m_chart->setEvents(Test::syntheticEvents(300, 4, from, from + 365 * 86400));
        m_chart->resize(1200, 700);
    }

    void presetsSetSizeAndResolution()
    {
        ChartExportDialog dialog(m_chart, {}, QStringLiteral("H200 exports"));
        auto* preset = dialog.findChild<QComboBox*>();
        QVERIFY(preset);
        // The chart's own size on this screen comes first and is the default.
        const qreal ratio = qApp->devicePixelRatio();
        const QSize onScreen(int(std::lround(1200 * ratio)), int(std::lround(700 * ratio)));
        QCOMPARE(preset->currentIndex(), 0);
        QVERIFY2(preset->currentText().contains(QStringLiteral("%1 × %2").arg(onScreen.width()).arg(onScreen.height())),
            qPrintable(preset->currentText()));
        QCOMPARE(dialog.options().size, onScreen);
        QCOMPARE(dialog.options().dpi, int(std::lround(96 * ratio)));
        preset->setCurrentIndex(presetIndex(dialog, "Screen"));
        QCOMPARE(dialog.options().size, QSize(1920, 1080));
        const int a4 = presetIndex(dialog, "A4 landscape");
        preset->setCurrentIndex(a4);
        QCOMPARE(dialog.options().size, QSize(3508, 2480));
        QCOMPARE(dialog.options().dpi, 300);
        bool pageNamed = false;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            pageNamed |= label->text().contains(QStringLiteral("297 × 210 mm"));
        QVERIFY(pageNamed);
        QCOMPARE(dialog.options().title, QStringLiteral("H200 exports"));

        // Any other size is "Custom"; coming back to a preset's numbers selects it again.
        spin(dialog, 0)->setValue(3000);
        QCOMPARE(preset->currentIndex(), preset->count() - 1);
        spin(dialog, 0)->setValue(3508);
        QCOMPARE(preset->currentIndex(), a4);
    }

    void defaultSizeFollowsTheScreensPixelRatio()
    {
        // Checklist item 36: at QT_SCALE_FACTOR=2 the default PNG has twice the pixels (and twice the
        // resolution, so the page keeps its layout); a size typed in is written as typed. Each scale runs in a
        // child process, since the factor is read once at start.
        QTemporaryDir one;
        QTemporaryDir two;
        const ProbeResult single = runProbeAt(QStringLiteral("1"), one.path());
        const ProbeResult twice = runProbeAt(QStringLiteral("2"), two.path());
        QVERIFY2(!single.defaultImage.isNull(), qPrintable(single.output));
        QVERIFY2(!twice.defaultImage.isNull(), qPrintable(twice.output));
        qInfo("scale 1: %s, default PNG %d x %d; scale 2: %s, default PNG %d x %d", qPrintable(single.output),
            single.defaultImage.width(), single.defaultImage.height(), qPrintable(twice.output),
            twice.defaultImage.width(), twice.defaultImage.height());
        QVERIFY2(single.output.contains(QLatin1String("ratio 1.00")), qPrintable(single.output));
        QVERIFY2(twice.output.contains(QLatin1String("ratio 2.00")), qPrintable(twice.output));
        QCOMPARE(single.defaultImage.size(), QSize(900, 520));
        QCOMPARE(twice.defaultImage.size(), single.defaultImage.size() * 2);
        QCOMPARE(std::lround(single.defaultImage.dotsPerMeterX() * 0.0254), 96L);
        QCOMPARE(std::lround(twice.defaultImage.dotsPerMeterX() * 0.0254), 192L);
        QCOMPARE(single.typedImage.size(), QSize(1000, 600));
        QCOMPARE(twice.typedImage.size(), QSize(1000, 600));
    }

    void previewKeepsThePageShape()
    {
        ChartExportDialog dialog(m_chart, {}, QString());
        dialog.findChild<QComboBox*>()->setCurrentIndex(presetIndex(dialog, "A4 portrait"));
        QLabel* preview = nullptr;
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->accessibleName() == QLatin1String("Preview"))
                preview = label;
        }
        QVERIFY(preview);
        QTRY_VERIFY(!preview->pixmap().isNull());
        const QSize shown = preview->pixmap().size();
        QVERIFY(shown.height() > shown.width());
        QVERIFY(std::abs(double(shown.width()) / shown.height() - 2480.0 / 3508.0) < 0.01);
        // For looking at the dialog as a user would.
        const QString screenshots = qEnvironmentVariable("KAIROS_SCREENSHOT_DIR");
        if (!screenshots.isEmpty())
            dialog.grab().save(screenshots + QStringLiteral("/chart-export-dialog.png"));
    }

    void copiesThePageAtItsFullSize()
    {
        ChartExportDialog dialog(m_chart, {}, QString());
        dialog.findChild<QComboBox*>()->setCurrentIndex(presetIndex(dialog, "Slide")); // 1600 × 900
        QPushButton* copy = nullptr;
        for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
            if (button->text().contains(QLatin1String("Clipboard")))
                copy = button;
        }
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        copy->click();
        // Drawn in the background, then put on the clipboard; the dialog stays open.
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->image().size(), QSize(1600, 900), 60000);
        const QImage copied = QGuiApplication::clipboard()->image();
        // Not a blank page: the chart's ink is there.
        int dark = 0;
        for (int y = 0; y < copied.height(); y += 7) {
            for (int x = 0; x < copied.width(); x += 7)
                dark += qGray(copied.pixel(x, y)) < 128;
        }
        QVERIFY(dark > 100);
    }

    void savesInTheBackground()
    {
        QTemporaryDir dir;
        ChartExportDialog dialog(m_chart, {}, QString());
        dialog.findChild<QComboBox*>()->setCurrentIndex(presetIndex(dialog, "Slide")); // 1600 × 900
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        dialog.startExport(path);
        QVERIFY(accepted.wait(60000));
        QCOMPARE(dialog.writtenPath(), path);
        QCOMPARE(QImage(path).size(), QSize(1600, 900));
        QTRY_VERIFY(!dialog.findChild<QProgressDialog*>());
    }

    void cancellingWritesNothing()
    {
        QTemporaryDir dir;
        ChartExportDialog dialog(m_chart, {}, QString());
        spin(dialog, 0)->setValue(16000);
        spin(dialog, 1)->setValue(12000);
        spin(dialog, 2)->setValue(600);
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        const QString path = dir.filePath(QStringLiteral("big.png"));
        dialog.startExport(path);
        auto* progress = dialog.findChild<QProgressDialog*>();
        QVERIFY(progress);
        QVERIFY(progress->labelText().contains(QLatin1String("big.png")));
        const QString screenshots = qEnvironmentVariable("KAIROS_SCREENSHOT_DIR");
        if (!screenshots.isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && progress->value() > 0, 20000);
            progress->grab().save(screenshots + QStringLiteral("/chart-export-progress.png"));
        }
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        // While the first bands of the page are being drawn.
        cancel->click();
        // The dialog stays for another try and the progress window goes once the worker has stopped.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.findChild<QProgressDialog*>(), 60000);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(QDir(dir.path()).isEmpty());
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString probe = qEnvironmentVariable(probeVariable);
    if (!probe.isEmpty())
        return runExportProbe(probe);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestChartExportDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_chartexportdialog.moc"
