// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extracttypes.h"

#include <QHash>

namespace Kairos::Extract {

/// An annotated event: its supporting sentence (a range of the body) and its date.
struct GoldEvent
{
    QString id;
    int begin = 0;
    int end = 0;
    QString type;
    std::optional<TimePoint> start;
    DatePrecision precision = DatePrecision::Unknown;
    std::optional<TimePoint> notBefore;
    std::optional<TimePoint> notAfter;
    /// Ids of gold events that one proposal may legitimately merge with this one.
    QStringList mergeOkWith;
};

struct GoldArticle
{
    QString name;
    QString split; // "tune" or "heldout"
    QString title;
    QString body;
    QString outlet;
    std::optional<TimePoint> published;
    QList<GoldEvent> events;
    /// Each entity as its name followed by its aliases.
    QList<QStringList> entities;
    /// Only proposals inside [scopeBegin, scopeEnd) count (a day page annotated in part).
    int scopeBegin = 0;
    int scopeEnd = -1;
};

struct Score
{
    int goldEvents = 0;
    int proposedEvents = 0;
    int matchedGold = 0;
    int matchedProposed = 0;
    int goldEntities = 0;
    int foundEntities = 0;
    QStringList missed; // human-readable, for tuning
    QStringList spurious;
    QStringList matched; // the proposals that matched, told the same way

    void add(const Score& other);
    double precision() const { return proposedEvents ? double(matchedProposed) / proposedEvents : 1.0; }
    double recall() const { return goldEvents ? double(matchedGold) / goldEvents : 1.0; }
    double entityRecall() const { return goldEntities ? double(foundEntities) / goldEntities : 1.0; }
};

/// A proposal matches a gold event when one of its pieces of evidence cites the gold sentence and
/// its date agrees within the coarser of the two precisions. An undated gold event is matched by
/// an undated proposal or by a date inside the gold bounds (by default: not after publication).
bool eventMatches(const GoldEvent& gold, const Event& proposed, std::optional<TimePoint> published);
Score evaluate(const GoldArticle& gold, const ExtractionResult& result);

/// The expert's worked example (shared/gold) for the seed article: title line, then the body.
bool loadWorkedExample(
    const QString& goldPath, const QString& articlePath, TimePoint published, GoldArticle* out, QString* error);
/// An article the team wrote and annotated in the worked example's schema: NAME.json beside NAME.txt,
/// dated by the annotation's publication_date; its split is the name of its folder.
bool loadWrittenArticle(const QString& goldPath, GoldArticle* out, QString* error);
/// One annotation of the development set; the article text is read from sharedDir/corpora.
bool loadDevAnnotation(const QString& path, const QString& corporaDir, GoldArticle* out, QString* error);

} // namespace Kairos::Extract
