// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace Kairos {

class TimelineChart;
class Workspace;

/// One line of the source notes for an event: "Reuters, “US permits H200 sales”, 8 Dec 2025".
/// Empty when nothing is known; the note then names the event itself.
using SourceLookup = std::function<QString(qint64 eventId)>;
/// Looks the first supporting article of each event up in the workspace.
SourceLookup workspaceSourceLookup(Workspace* workspace);

struct ExportOptions
{
    /// Pixels for PNG; for SVG and PDF the same size at `dpi` gives the page size.
    QSize size {1600, 900};
    int dpi = 96;
    QString title;
};

/// Renders what the chart shows (range, lanes, filters, selection highlight) laid out afresh for a
/// page of any size, with a title, the time range, the legend and numbered source notes, so that it
/// can be pasted into a report. The format follows the file suffix.
class ChartExporter
{
public:
    explicit ChartExporter(TimelineChart* source);

    void setSourceLookup(SourceLookup lookup) { m_lookup = std::move(lookup); }
    void setTitle(const QString& title) { m_title = title; }
    /// The title the page shows: the one set, or a generic one.
    QString pageTitle() const;

    /// For the clipboard and previews.
    QImage renderImage(const QSize& pixels, int dpi = 96) const;
    /// Paints the whole page into `painter` over a logical canvas of `size` (1 unit = 1/96 inch).
    void renderPage(QPainter* painter, const QSizeF& size) const;
    /// Writes PNG, SVG or PDF atomically; on failure *error names the file and the reason and any
    /// existing file is left as it was.
    bool exportToFile(const QString& path, const ExportOptions& options, QString* error) const;

    static QStringList supportedSuffixes();

private:
    QString noteFor(qint64 eventId) const;

    TimelineChart* m_source;
    SourceLookup m_lookup;
    QString m_title;
};

} // namespace Kairos
