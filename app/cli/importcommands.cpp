// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "pipeline/extractorfactory.h"
#include "pipeline/importpipeline.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Kairos::Cli {

namespace {

int import(const QCommandLineParser& parser, Io& io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2) {
        io.err << QCoreApplication::translate(
            "kairos-cli", "kairos-cli import: expected a WORKSPACE and at least one PATH\n");
        return UsageError;
    }
    StoreError error;
    const auto workspace = Workspace::open(args.first(), Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace) {
        io.err << "kairos-cli import: " << error.message << '\n';
        return Failure;
    }
    ImportPipeline pipeline(*workspace);
    if (!parser.isSet(QStringLiteral("no-extract"))) {
        QString extractError;
        ExtractionSettings settings;
        settings.numericDayFirst = parser.isSet(QStringLiteral("day-first"));
        settings.gazetteerFiles = parser.values(QStringLiteral("gazetteer"));
        ImportPipeline::Extractor extractor = defaultExtractor(&extractError, settings);
        if (!extractor)
            io.err << QCoreApplication::translate("kairos-cli", "kairos-cli import: extraction is off: %1\n")
                          .arg(extractError);
        else if (!extractError.isEmpty())
            io.err << "kairos-cli import: " << extractError << '\n';
        pipeline.setExtractor(std::move(extractor));
    }
    const ImportReport report = pipeline.run(args.mid(1));
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) << '\n';
    } else {
        io.out << report.summary() << '\n';
        for (const Import::Rejection& rejection : report.errors)
            io.err << rejection.path << ": " << rejection.reason << '\n';
        if (parser.isSet(QStringLiteral("verbose"))) {
            for (const QString& note : report.notes)
                io.out << note << '\n';
        }
    }
    if (!report.fatalError.isEmpty()) {
        io.err << "kairos-cli import: " << report.fatalError << '\n';
        return Failure;
    }
    if (report.errors.isEmpty())
        return Ok;
    return report.articlesAdded + report.articlesSkipped + report.eventsAdded > 0 ? PartialFailure : Failure;
}

} // namespace

QList<Command> importCommands()
{
    return {
        {QStringLiteral("import"),
            QStringLiteral(
                "import WORKSPACE PATH... [--json] [--no-extract] [--verbose] [--day-first] [--gazetteer FILE]"),
            QCoreApplication::translate("kairos-cli",
                "Import article bundles (folders, archives, files) into a workspace, creating it if needed. "
                "Exit status 0: all imported; 3: some files rejected; 1: nothing could be done."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("WORKSPACE"),
                    QCoreApplication::translate("kairos-cli", "The workspace to import into."));
                p.addPositionalArgument(QStringLiteral("PATH"),
                    QCoreApplication::translate("kairos-cli", "Bundles: folders, archives or single files."),
                    QStringLiteral("PATH..."));
                p.addOption({QStringLiteral("json"),
                    QCoreApplication::translate("kairos-cli", "Print the import report as one JSON object.")});
                p.addOption({QStringLiteral("no-extract"),
                    QCoreApplication::translate(
                        "kairos-cli", "Store articles without proposing events and entities.")});
                p.addOption({QStringLiteral("verbose"),
                    QCoreApplication::translate("kairos-cli", "Also print notes such as skipped duplicates.")});
                p.addOption({QStringLiteral("day-first"),
                    QCoreApplication::translate("kairos-cli", "Read numeric dates such as 03/04/2025 day first.")});
                p.addOption({QStringLiteral("gazetteer"),
                    QCoreApplication::translate(
                        "kairos-cli", "Also recognise the entities in FILE (JSON; may be repeated)."),
                    QStringLiteral("FILE")});
            },
            import},
    };
}

} // namespace Kairos::Cli
