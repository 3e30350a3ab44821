// SPDX-License-Identifier: GPL-3.0-or-later
#include "systempalette.h"

#include <QFile>
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
