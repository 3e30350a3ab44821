// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace Kairos {

/// What every format writer needs besides the event itself: the timeline's title, the time of the
/// export, and the names of the articles and entities the events refer to, read once per export.
class ExportContext
{
public:
    ExportContext(Workspace& workspace, const QString& title, const QDateTime& generated);

    const QString& title() const { return m_title; }
    QDateTime generated() const { return m_generated; }
    /// A short stable hex key of the workspace location, so iCalendar UIDs of two workspaces never collide.
    const QString& workspaceKey() const { return m_workspaceKey; }

    /// The article an evidence sentence quotes (without its body), or null for an external source.
    const ArticleSummary* article(const Evidence& evidence);
    QString entityName(qint64 id) const { return m_entityNames.value(id); }
    /// The names of the entities an event involves, each once, in the order of its links.
    QStringList entityNames(const Event& event) const;
    /// Where a sentence comes from, for readers: "Reuters, 2025-12-08: “US permits …”" or the source's label.
    QString sourceText(const Evidence& evidence);
    /// A web address for the evidence (the article's URL or the external source's), or empty.
    QString sourceUrl(const Evidence& evidence);
    /// Distinct outlets (or external sources) among the evidence, as `kairos-cli events` counts them.
    int sourceCount(const Event& event);

private:
    Workspace& m_workspace;
    QString m_title;
    QDateTime m_generated;
    QString m_workspaceKey;
    QHash<qint64, QString> m_entityNames;
    std::optional<QHash<qint64, ArticleSummary>> m_articles;
};

/// The day (or, for minute precision, the minute) of a date as ISO text, null when undated; the form
/// `kairos-cli events --json` prints.
QString isoDayOrMinute(const std::optional<TimePoint>& point, DatePrecision precision = DatePrecision::Day);

} // namespace Kairos
