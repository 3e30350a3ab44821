// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "chart/chartexporter.h"
#include "chart/timelinechart.h"
#include "models/eventfilterproxy.h"
#include "models/eventmodel.h"
#include "pipeline/demoworkspace.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Kairos::Cli {

namespace {

bool intOption(const QCommandLineParser& parser, const QString& name, int min, int max, int* value, Io& io)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < min || parsed > max) {
        io.err << QCoreApplication::translate(
            "kairos-cli", "kairos-cli export-chart: --%1 must be a whole number from %2 to %3, not “%4”\n")
                      .arg(name)
                      .arg(min)
                      .arg(max)
                      .arg(parser.value(name));
        return false;
    }
    *value = parsed;
    return true;
}

/// --from takes the start of the period written ("2025-03" → 1 March), --to its end (→ 1 April).
bool dateOption(const QCommandLineParser& parser, const QString& name, bool end, std::optional<qint64>* value, Io& io)
{
    if (!parser.isSet(name))
        return true;
    DatePrecision precision = DatePrecision::Day;
    const std::optional<TimePoint> time = TimePoint::parseIso(parser.value(name), &precision);
    if (!time) {
        io.err << QCoreApplication::translate(
            "kairos-cli", "kairos-cli export-chart: --%1 “%2” is not a date; write e.g. 2025, 2025-03 or 2025-03-14\n")
                      .arg(name, parser.value(name));
        return false;
    }
    *value = end ? time->periodEnd(precision).seconds() : time->floor(precision).seconds();
    return true;
}

int exportChart(const QCommandLineParser& parser, Io& io)
{
    const QStringList args = parser.positionalArguments();
    const bool demo = parser.isSet(QStringLiteral("demo"));
    if (args.size() != (demo ? 1 : 2)) {
        io.err << QCoreApplication::translate(
            "kairos-cli", "kairos-cli export-chart: expected WORKSPACE and OUT (or --demo and OUT)\n");
        return UsageError;
    }
    const QString out = args.last();
    ExportOptions options;
    int width = options.size.width();
    int height = options.size.height();
    if (!intOption(parser, QStringLiteral("width"), 200, 20000, &width, io)
        || !intOption(parser, QStringLiteral("height"), 150, 20000, &height, io)
        || !intOption(parser, QStringLiteral("dpi"), 24, 2400, &options.dpi, io))
        return UsageError;
    options.size = QSize(width, height);
    options.title = parser.value(QStringLiteral("title"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!ChartExporter::supportedSuffixes().contains(suffix)) {
        io.err << QCoreApplication::translate(
            "kairos-cli", "kairos-cli export-chart: cannot tell the format of %1: use a .png, .svg or .pdf name\n")
                      .arg(out);
        return UsageError;
    }
    std::optional<qint64> from;
    std::optional<qint64> to;
    if (!dateOption(parser, QStringLiteral("from"), false, &from, io)
        || !dateOption(parser, QStringLiteral("to"), true, &to, io))
        return UsageError;
    if (from && to && *from >= *to) {
        io.err << QCoreApplication::translate("kairos-cli", "kairos-cli export-chart: --from must come before --to\n");
        return UsageError;
    }
    LaneMode lanes = LaneMode::Type;
    const QString laneText = parser.value(QStringLiteral("lanes"));
    if (laneText == QLatin1String("entity"))
        lanes = LaneMode::Entity;
    else if (laneText == QLatin1String("outlet"))
        lanes = LaneMode::Outlet;
    else if (!laneText.isEmpty() && laneText != QLatin1String("type")) {
        io.err << QCoreApplication::translate(
            "kairos-cli", "kairos-cli export-chart: --lanes must be type, entity or outlet, not “%1”\n")
                      .arg(laneText);
        return UsageError;
    }

    QString location = demo ? QString() : args.first();
    if (demo) {
        QString error;
        location = ensureDemoWorkspace(&error);
        if (location.isEmpty()) {
            io.err << "kairos-cli export-chart: " << error << '\n';
            return Failure;
        }
        if (options.title.isEmpty())
            options.title = QCoreApplication::translate(
                "kairos-cli", "Kairos demo: US export permits for Nvidia H200 chips to China");
    }
    StoreError storeError;
    const auto workspace = Workspace::open(location, Workspace::OpenMode::ReadOnly, &storeError);
    if (!workspace) {
        io.err << "kairos-cli export-chart: " << storeError.message << '\n';
        return Failure;
    }
    EventModel model(workspace.get());
    model.fetchAll();
    EventFilterProxy proxy(workspace.get());
    proxy.setSourceModel(&model);
    TimelineChart chart;
    chart.setLaneMode(lanes);
    chart.setModel(&proxy);
    QList<ChartAnnotation> notes;
    const QList<Annotation> annotations = workspace->annotations();
    for (const Annotation& a : annotations)
        notes << ChartAnnotation {a.at.seconds(), a.text};
    chart.setAnnotations(notes);
    // Without --from/--to the export shows what the window opens on: where most events are.
    const auto [focusFrom, focusTo] = chart.focusRange();
    chart.setRange(from.value_or(focusFrom), to.value_or(focusTo));

    ChartExporter exporter(&chart);
    exporter.setSourceLookup(workspaceSourceLookup(workspace.get()));
    QString error;
    if (!exporter.exportToFile(out, options, &error)) {
        io.err << "kairos-cli export-chart: " << error << '\n';
        return Failure;
    }
    io.out << QCoreApplication::translate("kairos-cli", "Wrote %1 (%2×%3 px at %4 dpi, %5 dated events)\n")
                  .arg(out)
                  .arg(options.size.width())
                  .arg(options.size.height())
                  .arg(options.dpi)
                  .arg(chart.index().events().size());
    return Ok;
}

} // namespace

QList<Command> chartCommands()
{
    Command command {QStringLiteral("export-chart"),
        QStringLiteral("export-chart WORKSPACE|--demo OUT.png|OUT.svg|OUT.pdf [--width W] [--height H] [--dpi D] "
                       "[--from DATE] [--to DATE] [--lanes type|entity|outlet] [--title TEXT]"),
        QCoreApplication::translate("kairos-cli",
            "Render the timeline chart with its legend and numbered sources to PNG, SVG or PDF (by suffix)."),
        [](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("WORKSPACE"),
                QCoreApplication::translate("kairos-cli", "The workspace (omit with --demo)."));
            p.addPositionalArgument(QStringLiteral("OUT"),
                QCoreApplication::translate("kairos-cli", "The file to write: .png, .svg or .pdf."));
            p.addOption({QStringLiteral("demo"),
                QCoreApplication::translate("kairos-cli", "Chart the built-in demo workspace.")});
            p.addOption({QStringLiteral("width"),
                QCoreApplication::translate("kairos-cli", "Width in pixels (default 1600)."), QStringLiteral("W")});
            p.addOption({QStringLiteral("height"),
                QCoreApplication::translate("kairos-cli", "Height in pixels (default 900)."), QStringLiteral("H")});
            p.addOption({QStringLiteral("dpi"),
                QCoreApplication::translate(
                    "kairos-cli", "Resolution; sets the page size of SVG and PDF (default 96)."),
                QStringLiteral("D")});
            p.addOption({QStringLiteral("from"),
                QCoreApplication::translate("kairos-cli", "Start of the time window (ISO date, e.g. 2025-03)."),
                QStringLiteral("DATE")});
            p.addOption({QStringLiteral("to"),
                QCoreApplication::translate("kairos-cli", "End of the time window, inclusive (ISO date)."),
                QStringLiteral("DATE")});
            p.addOption({QStringLiteral("lanes"),
                QCoreApplication::translate("kairos-cli", "Group lanes by type (default), entity or outlet."),
                QStringLiteral("MODE")});
            p.addOption({QStringLiteral("title"),
                QCoreApplication::translate("kairos-cli", "Title printed above the chart."), QStringLiteral("TEXT")});
        },
        exportChart};
    command.needsGui = true;
    return {command};
}

} // namespace Kairos::Cli
