// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Kairos {

namespace {

struct FormatInfo
{
    ExportFormat format;
    const char* name;
    const char* label;
    const char* pattern;
};

const FormatInfo formats[] = {
    {ExportFormat::TimelineJs, "timelinejs", QT_TRANSLATE_NOOP("Kairos::ExportFormat", "TimelineJS 3 JSON"),
        "*.timelinejs.json"},
    {ExportFormat::Vis, "vis", QT_TRANSLATE_NOOP("Kairos::ExportFormat", "vis-timeline DataSet JSON"), "*.vis.json"},
    {ExportFormat::Csv, "csv", QT_TRANSLATE_NOOP("Kairos::ExportFormat", "CSV spreadsheet"), "*.csv"},
    {ExportFormat::Json, "json", QT_TRANSLATE_NOOP("Kairos::ExportFormat", "Kairos event JSON"), "*.json"},
    {ExportFormat::ICalendar, "ics", QT_TRANSLATE_NOOP("Kairos::ExportFormat", "iCalendar"), "*.ics"},
    {ExportFormat::Bundle, "bundle", QT_TRANSLATE_NOOP("Kairos::ExportFormat", "Kairos bundle"), "*.zip"},
};

const FormatInfo& info(ExportFormat format)
{
    for (const FormatInfo& f : formats) {
        if (f.format == format)
            return f;
    }
    return formats[0];
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    return QString::fromLatin1(info(format).name);
}

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (const FormatInfo& f : formats) {
        if (key == QLatin1String(f.name))
            return f.format;
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const FormatInfo& f : formats)
        names << QString::fromLatin1(f.name);
    return names;
}

QString exportFormatLabel(ExportFormat format)
{
    return QCoreApplication::translate("Kairos::ExportFormat", info(format).label);
}

QString exportFormatFilter(ExportFormat format)
{
    return QStringLiteral("%1 (%2)").arg(exportFormatLabel(format), QLatin1String(info(format).pattern));
}

std::optional<ExportFormat> exportFormatFromPath(const QString& path)
{
    if (path.isEmpty())
        return std::nullopt;
    if (path.endsWith(QLatin1Char('/')) || QFileInfo(path).isDir())
        return ExportFormat::Bundle;
    const QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".timelinejs.json")))
        return ExportFormat::TimelineJs;
    if (name.endsWith(QLatin1String(".vis.json")))
        return ExportFormat::Vis;
    if (name.endsWith(QLatin1String(".json")))
        return ExportFormat::Json;
    if (name.endsWith(QLatin1String(".csv")))
        return ExportFormat::Csv;
    if (name.endsWith(QLatin1String(".ics")))
        return ExportFormat::ICalendar;
    if (name.endsWith(QLatin1String(".zip")))
        return ExportFormat::Bundle;
    return std::nullopt;
}

} // namespace Kairos
