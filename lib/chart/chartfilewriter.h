// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexporter.h"

#include <QImage>
#include <QSizeF>

#include <functional>

class QPainter;

namespace Kairos {

/// Paints a whole export page over a logical canvas (1 unit = 1/96 inch).
using PagePainter = std::function<void(QPainter* painter, const QSizeF& logicalSize)>;

/// For writes that take seconds: `progress` hears 0–100, `cancelled` is asked between steps.
struct ChartWriteHooks
{
    std::function<void(int percent)> progress;
    std::function<bool()> cancelled;
    /// PNG pages are drawn in this many horizontal bands, each a step; a painter that can be replayed
    /// cheaply (a QPicture) makes bands worth it.
    int bands = 1;
};

enum class ChartWriteResult { Written, Failed, Cancelled };

/// The reason `options` cannot be written to `path` (suffix, size, resolution), or an empty string.
QString chartExportProblem(const QString& path, const ExportOptions& options);
/// The same for the size and resolution alone (an image for the clipboard).
QString chartSizeProblem(const ExportOptions& options);

/// The page as an image of `options.size` pixels at `options.dpi`, drawn in `hooks.bands` bands with progress
/// up to `progressEnd`. A null image when cancelled, or when so many pixels do not fit in memory
/// (*outOfMemory).
QImage drawChartImage(const ExportOptions& options, const PagePainter& paint, const ChartWriteHooks& hooks,
    int progressEnd = 100, bool* outOfMemory = nullptr);

/// Writes PNG, SVG or PDF (by suffix) through QSaveFile: a failed or cancelled write leaves an existing
/// file as it was and no temporary file. `pageTitle` goes into the SVG and PDF metadata.
/// On failure *reason says why, without the path.
ChartWriteResult writeChartFile(const QString& path, const ExportOptions& options, const QString& pageTitle,
    const PagePainter& paint, const ChartWriteHooks& hooks, QString* reason);

} // namespace Kairos
