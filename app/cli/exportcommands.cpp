// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "export/timelineexporter.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace Kairos::Cli {

namespace {

bool dateOption(const QCommandLineParser& parser, const QString& name, std::optional<TimePoint>* out, Io& io)
{
    if (!parser.isSet(name))
        return true;
    *out = TimePoint::parseIso(parser.value(name));
    if (!*out)
        io.err << QCoreApplication::translate(
            "kairos-cli", "kairos-cli export: --%1 “%2” is not a date (use 2025-12-08, 2025-12 or 2025)\n")
                      .arg(name, parser.value(name));
    return out->has_value();
}

int exportTimelineCommand(const QCommandLineParser& parser, Io& io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        io.err << QCoreApplication::translate("kairos-cli", "kairos-cli export: expected WORKSPACE and OUT\n");
        return UsageError;
    }
    const QString out = args.at(1);
    std::optional<ExportFormat> format;
    if (parser.isSet(QStringLiteral("format"))) {
        format = exportFormatFromName(parser.value(QStringLiteral("format")));
        if (!format) {
            io.err << QCoreApplication::translate(
                "kairos-cli", "kairos-cli export: --format must be one of %1, not “%2”\n")
                          .arg(exportFormatNames().join(QStringLiteral(", ")), parser.value(QStringLiteral("format")));
            return UsageError;
        }
    } else {
        format = exportFormatFromPath(out);
        if (!format) {
            io.err << QCoreApplication::translate("kairos-cli",
                "kairos-cli export: cannot tell the format of %1: give --format, or name it .timelinejs.json, "
                ".vis.json, .json, .csv, .ics, .zip or as a folder\n")
                          .arg(out);
            return UsageError;
        }
    }
    ExportFilter filter;
    if (!dateOption(parser, QStringLiteral("from"), &filter.from, io)
        || !dateOption(parser, QStringLiteral("to"), &filter.to, io))
        return UsageError;
    if (filter.from && filter.to && *filter.from >= *filter.to) {
        io.err << QCoreApplication::translate("kairos-cli", "kairos-cli export: --from must come before --to\n");
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = statusFromString(parser.value(QStringLiteral("status")));
        if (!filter.status) {
            io.err << QCoreApplication::translate(
                "kairos-cli", "kairos-cli export: --status must be proposed, confirmed or rejected, not “%1”\n")
                          .arg(parser.value(QStringLiteral("status")));
            return UsageError;
        }
    }

    StoreError storeError;
    const auto workspace = Workspace::open(args.first(), Workspace::OpenMode::ReadOnly, &storeError);
    if (!workspace) {
        io.err << "kairos-cli export: " << storeError.message << '\n';
        return Failure;
    }
    TimelineExporter exporter(*workspace);
    exporter.setFilter(filter);
    exporter.setTitle(parser.value(QStringLiteral("title")));
    QString error;
    if (!exporter.exportTo(out, *format, &error)) {
        io.err << "kairos-cli export: " << error << '\n';
        return Failure;
    }
    const ExportReport& report = exporter.report();
    io.out << QCoreApplication::translate("kairos-cli", "Wrote %1 (%2, %n event(s))", nullptr, report.events)
                  .arg(out, exportFormatLabel(*format));
    if (*format == ExportFormat::Bundle)
        io.out << QCoreApplication::translate("kairos-cli", ", %n article(s)", nullptr, report.articles)
               << QCoreApplication::translate("kairos-cli", ", %n entity(s)", nullptr, report.entities);
    io.out << '\n';
    if (report.atBound > 0)
        io.out << QCoreApplication::translate("kairos-cli",
            "Placed %n event(s) known only by a bound (“no later than …”) at that bound.\n", nullptr, report.atBound);
    if (report.undated > 0)
        io.out << QCoreApplication::translate(
            "kairos-cli", "Skipped %n event(s) without a date: the format needs one.\n", nullptr, report.undated);
    if (report.outOfRange > 0)
        io.out << QCoreApplication::translate(
            "kairos-cli", "Skipped %n event(s) dated outside the years 1 to 9999.\n", nullptr, report.outOfRange);
    return Ok;
}

} // namespace

QList<Command> exportCommands()
{
    return {{QStringLiteral("export"),
        QStringLiteral("export WORKSPACE OUT [--format timelinejs|vis|csv|json|ics|bundle] [--from DATE] [--to DATE] "
                       "[--status S] [--title TEXT]"),
        QCoreApplication::translate("kairos-cli",
            "Export the events as TimelineJS 3 or vis-timeline JSON, CSV, Kairos JSON, iCalendar or a Kairos bundle "
            "(.zip or folder); the format follows OUT's name unless --format is given."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(
                QStringLiteral("WORKSPACE"), QCoreApplication::translate("kairos-cli", "The workspace to read."));
            p.addPositionalArgument(QStringLiteral("OUT"),
                QCoreApplication::translate("kairos-cli",
                    "The file to write (x.timelinejs.json, x.vis.json, x.json, x.csv, x.ics, x.zip) or a new folder "
                    "for a bundle."));
            p.addOption({QStringLiteral("format"),
                QCoreApplication::translate("kairos-cli", "timelinejs, vis, csv, json, ics or bundle."),
                QStringLiteral("FORMAT")});
            p.addOption({QStringLiteral("from"),
                QCoreApplication::translate("kairos-cli", "Only events on or after DATE."), QStringLiteral("DATE")});
            p.addOption({QStringLiteral("to"), QCoreApplication::translate("kairos-cli", "Only events before DATE."),
                QStringLiteral("DATE")});
            p.addOption({QStringLiteral("status"),
                QCoreApplication::translate("kairos-cli", "Only proposed, confirmed or rejected events."),
                QStringLiteral("S")});
            p.addOption({QStringLiteral("title"),
                QCoreApplication::translate("kairos-cli",
                    "The timeline's title (TimelineJS title slide, calendar name, bundle title); default: the "
                    "workspace's name."),
                QStringLiteral("TEXT")});
        },
        exportTimelineCommand}};
}

} // namespace Kairos::Cli
