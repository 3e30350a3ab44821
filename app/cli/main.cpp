// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "core/versioninfo.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Kairos;

namespace {

QList<Cli::Command> allCommands()
{
    return Cli::workspaceCommands() + Cli::importCommands() + Cli::queryCommands() + Cli::chartCommands()
        + Cli::exportCommands();
}

void printUsage(QTextStream& out, const QList<Cli::Command>& commands)
{
    out << QCoreApplication::translate("kairos-cli",
        "Usage: kairos-cli [--version] [--help] COMMAND [ARGS]\n\n"
        "Policy-event timelines from article bundles, without a display.\n\n"
        "Commands:\n");
    for (const Cli::Command& command : commands)
        out << "  " << command.synopsis << "\n      " << command.description << '\n';
    out << QCoreApplication::translate("kairos-cli", "\nRun kairos-cli COMMAND --help for the options of a command.\n");
}

} // namespace

int main(int argc, char** argv)
{
    bool needsGui = false;
    for (const Cli::Command& command : allCommands())
        needsGui |= argc > 1 && command.needsGui && command.name == QLatin1String(argv[1]);
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
        // Offscreen keeps chart rendering display-free; Qt Charts' items need a QApplication.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("kairos-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kairos"));
    const VersionInfo versions = VersionInfo::current();
    QCoreApplication::setApplicationVersion(versions.kairos);

    // Plural forms ("1 article", "2 articles") come from the translation files, English included.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("kairos"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/kairos_en.qm")))
        QCoreApplication::installTranslator(&translator);
    // Built again now that the translator is in: the descriptions are translated when they are made.
    const QList<Cli::Command> commands = allCommands();

    Cli::Io io {QTextStream(stdout), QTextStream(stderr)};
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")
        || args.at(1) == QLatin1String("help")) {
        printUsage(io.out, commands);
        return args.size() < 2 ? Cli::UsageError : Cli::Ok;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        io.out << "kairos-cli " << versions.kairos << '\n'
               << "Qt " << versions.qt << '\n'
               << "KSyntaxHighlighting " << versions.syntaxHighlighting << '\n'
               << "SQLite " << versions.sqlite << '\n';
        return Cli::Ok;
    }
    const QString name = args.at(1);
    for (const Cli::Command& command : commands) {
        if (command.name != name)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command.description);
        parser.addHelpOption();
        command.addOptions(parser);
        args.removeAt(1);
        args[0] = QStringLiteral("kairos-cli ") + name;
        if (!parser.parse(args)) {
            io.err << "kairos-cli " << name << ": " << parser.errorText() << '\n';
            return Cli::UsageError;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            io.out << "Usage: kairos-cli " << command.synopsis << "\n\n"
                   << parser.helpText().section(QLatin1Char('\n'), 2);
            return Cli::Ok;
        }
        return command.run(parser, io);
    }
    io.err << QCoreApplication::translate(
        "kairos-cli", "kairos-cli: unknown command “%1”. Run kairos-cli --help for the list.\n")
                  .arg(name);
    return Cli::UsageError;
}
