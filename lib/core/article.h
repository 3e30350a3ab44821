// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timepoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Kairos {

/// Where an article's bytes came from: the bundle that was dropped and the path inside it.
struct ArticleOrigin
{
    QString bundle;
    QString path;
    TimePoint importedAt;
};

struct Article
{
    qint64 id = 0;
    QString title;
    QString outlet;
    QString url;
    std::optional<TimePoint> published;
    DatePrecision publishedPrecision = DatePrecision::Unknown;
    QString language;
    QString body;
    /// Hex SHA-256 of the original file bytes (or of the item's bytes for feeds and lists).
    QString sha256;
    /// "txt", "md", "html", "pdf", "json", "rss", "atom" ...: decides how the Source tab highlights it.
    QString sourceFormat;
    QList<ArticleOrigin> origins;
};

/// Counts of what a workspace holds, as `kairos-cli stats` prints them.
struct WorkspaceStats
{
    qint64 articles = 0;
    qint64 events = 0;
    qint64 entities = 0;
    qint64 mentions = 0;
};

} // namespace Kairos
