// SPDX-License-Identifier: GPL-3.0-or-later
#include "../chart/charttestdata.h"
#include "chart/timelinechart.h"
#include "chartexportdialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Kairos;

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
        QCOMPARE(dialog.options().size, QSize(1920, 1080));
        preset->setCurrentIndex(3); // A4 landscape at 300 dpi
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
        QCOMPARE(preset->currentIndex(), 3);
    }

    void previewKeepsThePageShape()
    {
        ChartExportDialog dialog(m_chart, {}, QString());
        dialog.findChild<QComboBox*>()->setCurrentIndex(4); // A4 portrait
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
        dialog.findChild<QComboBox*>()->setCurrentIndex(1); // 1600 × 900
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
        dialog.findChild<QComboBox*>()->setCurrentIndex(1); // 1600 × 900
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

QTEST_MAIN(TestChartExportDialog)
#include "tst_chartexportdialog.moc"
