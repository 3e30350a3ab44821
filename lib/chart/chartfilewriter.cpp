// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfilewriter.h"

#include "core/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Kairos {

QString chartSizeProblem(const ExportOptions& options)
{
    if (options.size.width() < 200 || options.size.height() < 150 || options.size.width() > 20000
        || options.size.height() > 20000)
        return QCoreApplication::translate(
            "Kairos::ChartExporter", "the size must be between 200×150 and 20000×20000 pixels");
    if (options.dpi < 24 || options.dpi > 2400)
        return QCoreApplication::translate("Kairos::ChartExporter", "the resolution must be between 24 and 2400 dpi");
    return {};
}

QString chartExportProblem(const QString& path, const ExportOptions& options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!ChartExporter::supportedSuffixes().contains(suffix))
        return QCoreApplication::translate("Kairos::ChartExporter", "unknown format “.%1”; use .png, .svg or .pdf")
            .arg(suffix);
    return chartSizeProblem(options);
}

namespace {

/// Draws the page into `image` band by band. Each band paints into a view of the image's own rows, so
/// whatever the page draws outside the band falls off the device instead of being drawn twice. The
/// views keep the default resolution: a QPicture replayed onto a device of another resolution scales
/// itself, and the painter's transform already does that.
bool drawImageInBands(
    QImage& image, double scale, const PagePainter& paint, const ChartWriteHooks& hooks, int progressEnd)
{
    image.fill(Qt::white);
    const int bands = std::clamp(hooks.bands, 1, std::max(1, image.height() / 64));
    const QSizeF logical(image.width() / scale, image.height() / scale);
    for (int band = 0; band < bands; ++band) {
        if (hooks.cancelled && hooks.cancelled())
            return false;
        const int top = int(qint64(image.height()) * band / bands);
        const int bottom = int(qint64(image.height()) * (band + 1) / bands);
        QImage view(image.scanLine(top), image.width(), bottom - top, image.bytesPerLine(), image.format());
        QPainter painter(&view);
        painter.translate(0, -top);
        painter.scale(scale, scale);
        paint(&painter, logical);
        painter.end();
        if (hooks.progress)
            hooks.progress(progressEnd * (band + 1) / bands);
    }
    return true;
}

} // namespace

QImage drawChartImage(const ExportOptions& options, const PagePainter& paint, const ChartWriteHooks& hooks,
    int progressEnd, bool* outOfMemory)
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    if (outOfMemory)
        *outOfMemory = image.isNull();
    if (image.isNull())
        return image;
    image.setDotsPerMeterX(int(std::lround(options.dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(options.dpi / 0.0254)));
    if (!drawImageInBands(image, options.dpi / 96.0, paint, hooks, progressEnd))
        return {};
    return image;
}

ChartWriteResult writeChartFile(const QString& path, const ExportOptions& options, const QString& pageTitle,
    const PagePainter& paint, const ChartWriteHooks& hooks, QString* reason)
{
    const auto fail = [reason](const QString& why) {
        if (reason)
            *reason = why;
        return ChartWriteResult::Failed;
    };
    const auto isCancelled = [&hooks] { return hooks.cancelled && hooks.cancelled(); };
    const QString problem = chartExportProblem(path, options);
    if (!problem.isEmpty())
        return fail(problem);
    const QString suffix = QFileInfo(path).suffix().toLower();

    // QSaveFile: the old file stays until the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const double scale = options.dpi / 96.0;
    const QSizeF logical(options.size.width() / scale, options.size.height() / scale);
    bool painted = true;
    if (suffix == QLatin1String("png")) {
        bool outOfMemory = false;
        QImage image = drawChartImage(options, paint, hooks, 70, &outOfMemory);
        if (image.isNull()) {
            file.cancelWriting();
            if (!outOfMemory)
                return ChartWriteResult::Cancelled;
            return fail(QCoreApplication::translate("Kairos::ChartExporter", "not enough memory for %1 × %2 pixels")
                            .arg(options.size.width())
                            .arg(options.size.height()));
        }
        // Encoded in memory first: when libpng meets a write error it jumps out of Qt's PNG writer,
        // which then leaks its copy of the image; here only our own write can fail.
        QByteArray encoded;
        QBuffer buffer(&encoded);
        buffer.open(QIODevice::WriteOnly);
        painted = image.save(&buffer, "PNG");
        image = QImage();
        if (hooks.progress)
            hooks.progress(95);
        painted = painted && !isCancelled() && file.write(encoded) == encoded.size();
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(options.size);
        generator.setViewBox(QRect(QPoint(0, 0), options.size));
        generator.setResolution(options.dpi);
        // QSvgGenerator writes these verbatim into <title> and <desc>.
        generator.setTitle(pageTitle.toHtmlEscaped());
        generator.setDescription(
            QCoreApplication::translate("Kairos::ChartExporter", "Timeline chart exported by Kairos").toHtmlEscaped());
        QPainter painter;
        painted = painter.begin(&generator);
        if (painted) {
            painter.scale(scale, scale);
            paint(&painter, logical);
            painted = painter.end();
        }
    } else {
        QPdfWriter writer(&file);
        writer.setResolution(options.dpi);
        writer.setPageSize(
            QPageSize(QSizeF(options.size.width() * 72.0 / options.dpi, options.size.height() * 72.0 / options.dpi),
                QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(pageTitle);
        writer.setCreator(QStringLiteral("Kairos"));
        QPainter painter;
        painted = painter.begin(&writer);
        if (painted) {
            // The writer's own units: its page in device pixels at `dpi` holds the logical canvas exactly.
            const double pdfScale = writer.width() / logical.width();
            painter.scale(pdfScale, pdfScale);
            paint(&painter, QSizeF(writer.width() / pdfScale, writer.height() / pdfScale));
            painted = painter.end();
        }
    }
    if (isCancelled()) {
        file.cancelWriting();
        return ChartWriteResult::Cancelled;
    }
    if (!painted) {
        // The reason first: cancelWriting() clears it.
        const QString why = file.error() != QFileDevice::NoError
            ? file.errorString()
            : QCoreApplication::translate("Kairos::ChartExporter", "rendering failed");
        file.cancelWriting();
        return fail(why);
    }
    QString why;
    if (!commitAtomically(file, &why))
        return fail(why);
    if (hooks.progress)
        hooks.progress(100);
    return ChartWriteResult::Written;
}

} // namespace Kairos
