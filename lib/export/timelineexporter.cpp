// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineexporter.h"

#include "bundleexport.h"
#include "core/atomicfile.h"
#include "csvwriter.h"
#include "icalwriter.h"
#include "kairosjsonwriter.h"
#include "store/workspace.h"
#include "timelinejswriter.h"
#include "viswriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace Kairos {

namespace {

std::unique_ptr<FormatWriter> makeWriter(ExportFormat format, ExportContext& context)
{
    switch (format) {
    case ExportFormat::TimelineJs:
        return std::make_unique<TimelineJsWriter>(context);
    case ExportFormat::Vis:
        return std::make_unique<VisWriter>(context);
    case ExportFormat::Csv:
        return std::make_unique<CsvWriter>(context);
    case ExportFormat::Json:
        return std::make_unique<KairosJsonWriter>(context);
    case ExportFormat::ICalendar:
        return std::make_unique<ICalWriter>(context);
    case ExportFormat::Bundle:
        break;
    }
    return nullptr;
}

} // namespace

TimelineExporter::TimelineExporter(Workspace& workspace)
    : m_workspace(workspace)
{ }

QString TimelineExporter::defaultTitle() const
{
    const WorkspaceLocation& location = m_workspace.location();
    if (location.backend == WorkspaceLocation::PostgreSQL)
        return location.database;
    return QFileInfo(location.filePath).completeBaseName();
}

bool TimelineExporter::forEachEvent(const std::function<bool(const Event&)>& visit)
{
    constexpr int PageSize = 2000;
    EventRowCursor cursor;
    for (;;) {
        const QList<EventRow> page = m_workspace.eventRows(cursor, PageSize);
        for (const EventRow& row : page) {
            if (!m_filter.accepts(row))
                continue;
            // An event deleted by a colleague while the export runs is simply not exported.
            const std::optional<Event> event = m_workspace.event(row.id);
            if (event && !visit(*event))
                return false;
        }
        if (page.size() < PageSize)
            return true;
        cursor = {page.last().sortKey, page.last().id};
    }
}

bool TimelineExporter::exportStream(const QString& outPath, ExportFormat format, QString* reason)
{
    ExportContext context(m_workspace, m_title.isEmpty() ? defaultTitle() : m_title,
        m_generated.isValid() ? m_generated : QDateTime::currentDateTimeUtc());
    const std::unique_ptr<FormatWriter> writer = makeWriter(format, context);
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *reason = file.errorString();
        return false;
    }
    writer->begin(file);
    const bool complete = forEachEvent([&](const Event& event) {
        switch (writer->write(event)) {
        case FormatWriter::Outcome::WrittenAtBound:
            ++m_report.atBound;
            [[fallthrough]];
        case FormatWriter::Outcome::Written:
            ++m_report.events;
            break;
        case FormatWriter::Outcome::Undated:
            ++m_report.undated;
            break;
        case FormatWriter::Outcome::OutOfRange:
            ++m_report.outOfRange;
            break;
        }
        // A full disk is reported on the write that hit it: stop there rather than after the last event.
        return file.error() == QFileDevice::NoError;
    });
    if (!complete) {
        *reason = file.errorString();
        file.cancelWriting();
        return false;
    }
    writer->finish();
    return commitAtomically(file, reason);
}

bool TimelineExporter::exportBundle(const QString& outPath, QString* reason)
{
    QList<Event> events;
    forEachEvent([&](const Event& event) {
        events.append(event);
        return true;
    });
    const Import::BundleContent content
        = collectBundle(m_workspace, events, m_filter.isEmpty(), m_title.isEmpty() ? defaultTitle() : m_title);
    if (!saveBundle(outPath, content, reason))
        return false;
    m_report.events = int(content.events.size());
    m_report.articles = int(content.articles.size());
    m_report.entities = int(content.entities.size());
    return true;
}

bool TimelineExporter::exportTo(const QString& outPath, ExportFormat format, QString* error)
{
    m_report = {};
    QString reason;
    if (outPath.isEmpty())
        reason = QCoreApplication::translate("Kairos::TimelineExporter", "no file name given");
    else if (m_filter.from && m_filter.to && *m_filter.from >= *m_filter.to)
        reason = QCoreApplication::translate(
            "Kairos::TimelineExporter", "the start of the period must come before its end");
    const bool ok = reason.isEmpty()
        && (format == ExportFormat::Bundle ? exportBundle(outPath, &reason) : exportStream(outPath, format, &reason));
    if (!ok) {
        m_report = {};
        if (error)
            *error = QCoreApplication::translate("Kairos::TimelineExporter", "Cannot export the timeline to %1: %2")
                         .arg(outPath, reason);
    }
    return ok;
}

bool exportTimeline(Workspace& workspace, const QString& outPath, ExportFormat format, const ExportFilter& filter,
    QString* error, ExportReport* report)
{
    TimelineExporter exporter(workspace);
    exporter.setFilter(filter);
    const bool ok = exporter.exportTo(outPath, format, error);
    if (report)
        *report = exporter.report();
    return ok;
}

} // namespace Kairos
