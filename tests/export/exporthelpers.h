// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttestdata.h"
#include "pipeline/importpipeline.h"

#include <QTemporaryDir>

#include <memory>

namespace Kairos::Test {

inline QList<Event> allEvents(Workspace& workspace)
{
    QList<Event> events;
    EventRowCursor cursor;
    for (;;) {
        const QList<EventRow> page = workspace.eventRows(cursor, 500);
        for (const EventRow& row : page) {
            if (const std::optional<Event> event = workspace.event(row.id))
                events << *event;
        }
        if (page.size() < 500)
            return events;
        cursor = {page.last().sortKey, page.last().id};
    }
}

/// A fresh SQLite workspace with the given files imported through the pipeline, as a drop would.
struct Reimport
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    ImportReport report;
    QList<Event> events;

    bool run(const QString& path)
    {
        StoreError error;
        workspace = Workspace::open(
            dir.filePath(QStringLiteral("back.kairos")), Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace)
            return false;
        ImportPipeline pipeline(*workspace);
        report = pipeline.run({path});
        events = allEvents(*workspace);
        return report.fatalError.isEmpty();
    }

    const Event* byTitle(const QString& title) const
    {
        for (const Event& e : events) {
            if (e.title == title)
                return &e;
        }
        return nullptr;
    }
};

/// The event type an imported interchange event carries: its own type, or the group TimelineJS and
/// vis-timeline keep in the attributes, read back as a type key or a type label.
inline QString carriedType(const Event& event)
{
    if (event.type != QLatin1String("other"))
        return event.type;
    const QString group = event.attributes.value(QLatin1String("group")).toString();
    const QStringList known = EventTypes::known();
    for (const QString& type : known) {
        if (group == type || group == EventTypes::label(type))
            return type;
    }
    return event.type;
}

} // namespace Kairos::Test
