// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Kairos {

/// The interchange formats a timeline exports to (see docs/export-formats.md).
enum class ExportFormat { TimelineJs, Vis, Csv, Json, ICalendar, Bundle };

/// "timelinejs", "vis", "csv", "json", "ics", "bundle": the names --format takes.
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString& name);
QStringList exportFormatNames();
/// A readable name for file dialogs and messages ("TimelineJS 3 JSON").
QString exportFormatLabel(ExportFormat format);
/// The file dialog filter of the format, e.g. "iCalendar (*.ics)".
QString exportFormatFilter(ExportFormat format);

/// Guesses the format from the output name: "x.timelinejs.json", "x.vis.json", "x.json" (Kairos JSON),
/// "x.csv", "x.ics", "x.zip" (bundle), and a folder (existing, or written with a trailing slash) for a
/// bundle. Nothing for any other name.
std::optional<ExportFormat> exportFormatFromPath(const QString& path);

} // namespace Kairos
