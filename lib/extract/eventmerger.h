// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extracttypes.h"

#include <QSet>

namespace Kairos::Extract {

/// The events of one article, as the cross-article merge needs them.
struct ArticleEvents
{
    qint64 articleId = 0;
    QString outlet;
    std::optional<TimePoint> published;
    QList<ExtractedEvent> events;
};

/// Whether two dates agree within the coarser of their precisions; unknown dates agree with anything.
bool datesAgree(const Event& a, const Event& b);

/// Adds the evidence, roles and missing date of one mention of a happening to another.
void absorbMention(ExtractedEvent& into, const ExtractedEvent& from);

/// Folds restatements of the same happening within one article into the first mention
/// (a second piece of evidence instead of a duplicate event). places: the names of countries
/// and places, which alone do not make two objects the same ("meet Zheng ... U.S." and "meet
/// British officials ... U.S. businessmen").
QList<ExtractedEvent> mergeWithinArticle(const QList<ExtractedEvent>& events, const QSet<QString>& places = {});

/// Merges the same happening reported by several articles into one event with several pieces of
/// evidence. Sets "reported" to the earliest publication, counts independent outlets in the
/// "corroboration" attribute (copies of one wire story count once) and flags differing dates or
/// amounts in "conflicts", keeping every value.
QList<ExtractedEvent> mergeAcrossArticles(const QList<ArticleEvents>& perArticle);

} // namespace Kairos::Extract
