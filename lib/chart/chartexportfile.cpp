// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "core/atomicfile.h"

#include "store/workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace Kairos {

namespace {

QString dateText(const std::optional<TimePoint>& time, DatePrecision precision)
{
    if (!time)
        return {};
    const QDate date = time->date();
    if (!date.isValid())
        return time->toIsoString(precision);
    if (precision == DatePrecision::Year)
        return QString::number(date.year());
    if (precision == DatePrecision::Month || precision == DatePrecision::Quarter)
        return QLocale().toString(date, QStringLiteral("MMM yyyy"));
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace

SourceLookup workspaceSourceLookup(Workspace* workspace)
{
    return [workspace](qint64 eventId) -> QString {
        const std::optional<Event> event = workspace->event(eventId);
        if (!event)
            return {};
        QString first;
        int more = 0;
        for (const Evidence& evidence : event->evidence) {
            QString note;
            if (evidence.hasArticle()) {
                if (const std::optional<Article> article = workspace->article(evidence.articleId)) {
                    // Outlet and date first: a long headline is what gets elided in a narrow column.
                    QStringList parts;
                    if (!article->outlet.isEmpty())
                        parts << article->outlet;
                    const QString date = dateText(article->published, article->publishedPrecision);
                    if (!date.isEmpty())
                        parts << date;
                    note = parts.join(QStringLiteral(", "));
                    if (!note.isEmpty())
                        note += QStringLiteral(": ");
                    note += QStringLiteral("“%1”").arg(article->title);
                }
            } else {
                note = evidence.sourceLabel.isEmpty() ? evidence.sourceUrl : evidence.sourceLabel;
            }
            if (note.isEmpty() || note == first)
                continue;
            if (first.isEmpty())
                first = note;
            else
                ++more;
        }
        if (more > 0)
            first += QCoreApplication::translate("Kairos::ChartExporter", " (+%n more)", nullptr, more);
        return first;
    };
}

bool ChartExporter::exportToFile(const QString& path, const ExportOptions& options, QString* error) const
{
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = QCoreApplication::translate("Kairos::ChartExporter", "Cannot export the chart to %1: %2")
                         .arg(path, reason);
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!supportedSuffixes().contains(suffix))
        return fail(QCoreApplication::translate("Kairos::ChartExporter", "unknown format “.%1”; use .png, .svg or .pdf")
                        .arg(suffix));
    if (options.size.width() < 200 || options.size.height() < 150 || options.size.width() > 20000
        || options.size.height() > 20000)
        return fail(QCoreApplication::translate(
            "Kairos::ChartExporter", "the size must be between 200×150 and 20000×20000 pixels"));
    if (options.dpi < 24 || options.dpi > 2400)
        return fail(
            QCoreApplication::translate("Kairos::ChartExporter", "the resolution must be between 24 and 2400 dpi"));

    // QSaveFile: the old file stays until the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const double scale = options.dpi / 96.0;
    const QSizeF logical(options.size.width() / scale, options.size.height() / scale);
    ChartExporter page(*this);
    if (!options.title.isEmpty())
        page.setTitle(options.title);
    bool painted = true;
    if (suffix == QLatin1String("png")) {
        // Encoded in memory first: when libpng meets a write error it jumps out of Qt's PNG writer,
        // which then leaks its copy of the image; here only our own write can fail.
        QByteArray encoded;
        QBuffer buffer(&encoded);
        buffer.open(QIODevice::WriteOnly);
        painted
            = page.renderImage(options.size, options.dpi).save(&buffer, "PNG") && file.write(encoded) == encoded.size();
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(options.size);
        generator.setViewBox(QRect(QPoint(0, 0), options.size));
        generator.setResolution(options.dpi);
        // QSvgGenerator writes these verbatim into <title> and <desc>.
        generator.setTitle(page.m_title.toHtmlEscaped());
        generator.setDescription(
            QCoreApplication::translate("Kairos::ChartExporter", "Timeline chart exported by Kairos").toHtmlEscaped());
        QPainter painter;
        painted = painter.begin(&generator);
        if (painted) {
            painter.scale(scale, scale);
            page.renderPage(&painter, logical);
            painted = painter.end();
        }
    } else {
        QPdfWriter writer(&file);
        writer.setResolution(options.dpi);
        writer.setPageSize(
            QPageSize(QSizeF(options.size.width() * 72.0 / options.dpi, options.size.height() * 72.0 / options.dpi),
                QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(page.m_title);
        writer.setCreator(QStringLiteral("Kairos"));
        QPainter painter;
        painted = painter.begin(&writer);
        if (painted) {
            const double pdfScale = writer.width() / logical.width();
            painter.scale(pdfScale, pdfScale);
            page.renderPage(&painter, QSizeF(writer.width() / pdfScale, writer.height() / pdfScale));
            painted = painter.end();
        }
    }
    if (!painted) {
        // The reason first: cancelWriting() clears it.
        const QString reason = file.error() != QFileDevice::NoError
            ? file.errorString()
            : QCoreApplication::translate("Kairos::ChartExporter", "rendering failed");
        file.cancelWriting();
        return fail(reason);
    }
    QString reason;
    if (!commitAtomically(file, &reason))
        return fail(reason);
    return true;
}

} // namespace Kairos
