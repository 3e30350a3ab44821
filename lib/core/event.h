// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timepoint.h"
#include "vocabulary.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Kairos {

/// A sentence that supports an event. Imported timelines cite documents that are not articles in
/// the workspace: then articleId is 0 and sourceUrl/sourceLabel say where the claim came from.
struct Evidence
{
    qint64 id = 0;
    qint64 articleId = 0;
    int begin = 0;
    int end = 0;
    QString sentence;
    QString sourceUrl;
    QString sourceLabel;

    bool hasArticle() const { return articleId > 0; }
};

struct EventEntity
{
    qint64 entityId = 0;
    QString role; // "actor", "object", "location", "attribution", ...
};

struct Event
{
    qint64 id = 0;
    int version = 0;
    QString title;
    std::optional<TimePoint> start;
    std::optional<TimePoint> end;
    DatePrecision precision = DatePrecision::Unknown;
    std::optional<TimePoint> notBefore;
    std::optional<TimePoint> notAfter;
    /// When the happening was first reported: the earliest publication among its evidence.
    std::optional<TimePoint> reported;
    QString type = QStringLiteral("other");
    Modality modality = Modality::Occurred;
    QString attribution;
    QString summary;
    double confidence = 1.0;
    ReviewStatus status = ReviewStatus::Proposed;
    /// Extraction details that have no column of their own: money amounts, a CAMEO code, a media link.
    QJsonObject attributes;
    QList<Evidence> evidence;
    QList<EventEntity> entities;

    /// Where the chart places the event: its start, or the latest bound the text allows.
    std::optional<TimePoint> anchor() const { return start ? start : (notAfter ? notAfter : notBefore); }
};

} // namespace Kairos
