// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"
#include "chartfilewriter.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QLocale>

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
    ChartExporter page(*this);
    if (!options.title.isEmpty())
        page.setTitle(options.title);
    QString reason;
    const PagePainter paint = [&page](QPainter* painter, const QSizeF& size) { page.renderPage(painter, size); };
    if (writeChartFile(path, options, page.pageTitle(), paint, {}, &reason) == ChartWriteResult::Written)
        return true;
    if (error)
        *error = QCoreApplication::translate("Kairos::ChartExporter", "Cannot export the chart to %1: %2")
                     .arg(path, reason);
    return false;
}

} // namespace Kairos
