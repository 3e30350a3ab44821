// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "systempalette.h"

#include "core/versioninfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Kairos;

namespace {

void installTranslations(QApplication& app, const QLocale& locale)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto* ownTranslator = new QTranslator(&app);
    // English plural forms live in kairos_en, which also serves locales without a translation of their own.
    if (ownTranslator->load(locale, QStringLiteral("kairos"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ownTranslator->load(QStringLiteral(":/i18n/kairos_en.qm")))
        QApplication::installTranslator(ownTranslator);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kairos"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kairos"));
    QApplication::setOrganizationName(QStringLiteral("Kairos"));
    QApplication::setApplicationVersion(VersionInfo::current().kairos);
    QApplication::setDesktopFileName(QStringLiteral("io.github.kairos_timelines.kairos"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.kairos_timelines.kairos"),
        QIcon(QStringLiteral(":/icons/io.github.kairos_timelines.kairos.svg"))));

    applySystemPalette();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Policy-event timelines from article bundles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QApplication::translate("main", "Open the embedded demo workspace."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QApplication::translate("main", "Use the language CODE (e.g. de, zh_CN, ko)."), QStringLiteral("CODE"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QApplication::translate("main", "Open WORKSPACE (a .kairos file or a postgresql:// URL)."),
        QStringLiteral("WORKSPACE"));
    parser.addOptions({demo, lang, workspaceOption});
    parser.addPositionalArgument(QStringLiteral("paths"),
        QApplication::translate("main", "A .kairos workspace to open, or article bundles to import."),
        QStringLiteral("[PATH...]"));
    parser.process(app);

    const QLocale locale = parser.isSet(lang) ? QLocale(parser.value(lang)) : QLocale();
    QLocale::setDefault(locale);
    installTranslations(app, locale);

    MainWindow window;
    QStringList bundles;
    QString workspace = parser.value(workspaceOption);
    for (const QString& path : parser.positionalArguments()) {
        if (path.endsWith(QLatin1String(".kairos")) || path.startsWith(QLatin1String("postgres")))
            workspace = path;
        else
            bundles << QFileInfo(path).absoluteFilePath();
    }
    const QString last = QSettings().value(QStringLiteral("lastWorkspace")).toString();
    bool opened = false;
    if (!workspace.isEmpty())
        opened = window.openWorkspace(workspace);
    else if (!parser.isSet(demo) && !last.isEmpty()
        && (last.startsWith(QLatin1String("postgres")) || QFileInfo::exists(last)))
        opened = window.openWorkspace(last);
    // First start, --demo, or the last workspace went away: the demo is always there.
    if (!opened)
        window.openDemo();
    window.show();
    if (!bundles.isEmpty())
        window.importPaths(bundles);
    return app.exec();
}
