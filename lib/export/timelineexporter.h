// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfilter.h"
#include "exportformat.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace Kairos {

class Workspace;
struct Event;

/// What an export wrote and what it had to leave out.
struct ExportReport
{
    int events = 0;
    /// Of those, events known only by a bound ("no later than …"), which TimelineJS and vis-timeline
    /// place at that bound as the Kairos chart does.
    int atBound = 0;
    /// Events without a start date, which TimelineJS, vis-timeline and iCalendar cannot place.
    int undated = 0;
    /// Events dated outside what the format holds (iCalendar: the years 1 to 9999).
    int outOfRange = 0;
    /// Bundles only: the articles and entities written with the events.
    int articles = 0;
    int entities = 0;

    int skipped() const { return undated + outOfRange; }
};

/// Exports a workspace's events (File › Export Timeline…, `kairos-cli export`). Every file is written
/// through QSaveFile: a failed export leaves the previous file untouched and no temporary file behind.
class TimelineExporter
{
public:
    explicit TimelineExporter(Workspace& workspace);

    void setFilter(const ExportFilter& filter) { m_filter = filter; }
    /// The timeline's title (TimelineJS title slide, calendar name, bundle title); empty: the workspace's name.
    void setTitle(const QString& title) { m_title = title; }
    /// The export time written into iCalendar's DTSTAMP and the title slide; now unless set.
    void setGenerated(const QDateTime& time) { m_generated = time; }

    bool exportTo(const QString& outPath, ExportFormat format, QString* error = nullptr);
    const ExportReport& report() const { return m_report; }
    /// The workspace's file name without ".kairos", or its PostgreSQL database name.
    QString defaultTitle() const;

private:
    /// Calls visit for each event the filter takes, in timeline order; stops early when visit returns false.
    bool forEachEvent(const std::function<bool(const Event&)>& visit);
    bool exportStream(const QString& outPath, ExportFormat format, QString* reason);
    bool exportBundle(const QString& outPath, QString* reason);

    Workspace& m_workspace;
    ExportFilter m_filter;
    QString m_title;
    QDateTime m_generated;
    ExportReport m_report;
};

/// The one-call form for the GUI: exports the events the filter takes to outPath in the given format.
bool exportTimeline(Workspace& workspace, const QString& outPath, ExportFormat format, const ExportFilter& filter = {},
    QString* error = nullptr, ExportReport* report = nullptr);

} // namespace Kairos
