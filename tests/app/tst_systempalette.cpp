// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/timelinechart.h"
#include "chart/timelineview.h"
#include "mainwindow.h"
#include "systempalette.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kairos;

class TestSystemPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void darkSchemeFromKdeGlobals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kdeglobals"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nColorScheme=BreezeDark\n\n[Colors:Window]\nBackgroundNormal=32,35,38\nForegroundNormal="
                   "252,252,252\n\n"
                   "[Colors:View]\nBackgroundNormal=20,22,24\nForegroundNormal=252,252,252\n\n[Colors:Selection]\n"
                   "BackgroundNormal=61,174,233\nForegroundNormal=252,252,252\n");
        file.close();
        const std::optional<QPalette> palette = kdeGlobalsPalette(path);
        QVERIFY(palette);
        QCOMPARE(palette->color(QPalette::Window), QColor(32, 35, 38));
        QCOMPARE(palette->color(QPalette::Base), QColor(20, 22, 24));
        QCOMPARE(palette->color(QPalette::WindowText), QColor(252, 252, 252));
        QCOMPARE(palette->color(QPalette::Highlight), QColor(61, 174, 233));
        QVERIFY(palette->color(QPalette::Window).lightness() < palette->color(QPalette::WindowText).lightness());
    }

    void darkDesktopGivesADarkWindowAndChart()
    {
        QTemporaryDir config;
        QFile file(config.filePath(QStringLiteral("kdeglobals")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nColorScheme=BreezeDark\n\n[Colors:Window]\nBackgroundNormal=32,35,38\n"
                   "ForegroundNormal=252,252,252\n\n[Colors:View]\nBackgroundNormal=20,22,24\n"
                   "ForegroundNormal=252,252,252\n");
        file.close();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
        QVERIFY(applySystemPalette());
        // From here on settings and the demo workspace go to test folders.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 60);

        MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.openDemo());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* view = window.findChild<TimelineView*>();
        QVERIFY(view);
        QVERIFY(view->timelineChart()->chartPalette().color(QPalette::Window).lightness() < 60);
        QCOMPARE(view->timelineChart()->theme(), QChart::ChartThemeDark);
        // What the analyst sees: mostly dark pixels, light text.
        const QImage shot = view->grab().toImage();
        int dark = 0;
        int light = 0;
        for (int y = 0; y < shot.height(); y += 5) {
            for (int x = 0; x < shot.width(); x += 5) {
                const int gray = qGray(shot.pixel(x, y));
                dark += gray < 80;
                light += gray > 200;
            }
        }
        QVERIFY2(dark > 10 * light && light > 0, qPrintable(QStringLiteral("%1 dark, %2 light").arg(dark).arg(light)));
        const QString screenshots = qEnvironmentVariable("KAIROS_SCREENSHOT_DIR");
        if (!screenshots.isEmpty())
            window.grab().save(screenshots + QStringLiteral("/main-window-dark.png"));
    }

    void noSchemeMeansNoChange()
    {
        QTemporaryDir dir;
        QVERIFY(!kdeGlobalsPalette(dir.filePath(QStringLiteral("missing"))));
        const QString path = dir.filePath(QStringLiteral("kdeglobals"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nfont=Noto Sans,10\n");
        file.close();
        QVERIFY(!kdeGlobalsPalette(path));
    }
};

QTEST_MAIN(TestSystemPalette)
#include "tst_systempalette.moc"
