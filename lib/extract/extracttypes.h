// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/event.h"
#include "core/timepoint.h"
#include "core/vocabulary.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kairos::Extract {

/// A sentence as a half-open character range [begin, end) of the article body.
struct Sentence
{
    int begin = 0;
    int end = 0;
    /// Part of a "Key Points"-style recap or page boilerplate: it restates, it does not report.
    bool summary = false;
    /// A credit or sign-off line ("Demo article written for Kairos"): it names no entities or events.
    bool boilerplate = false;
};

/// A date or time expression found in text, resolved against the publication date.
struct DateExpression
{
    int begin = 0;
    int end = 0;
    std::optional<TimePoint> start;
    /// Exclusive end of the period the expression covers ("December 2025" ends on 2026-01-01).
    std::optional<TimePoint> periodEnd;
    DatePrecision precision = DatePrecision::Unknown;
    /// Resolved against the publication date or an earlier date in the text rather than stated in full.
    bool relative = false;
    /// A month or a day without a year or a word that places it ("from April", "on March 3"): its
    /// year is the resolver's guess, and a plan may mean the next one.
    bool yearGuessed = false;
    /// A weekday without "last" or "next" taken as the one before publication: a plan may mean the
    /// coming one ("is scheduled to meet ... on Tuesday").
    bool weekGuessed = false;
    /// A plan told in the past tense ("were due to take effect on Dec. 1"): its day may have passed.
    bool seenFromThePast = false;
    /// Latest / earliest point the expression allows when it only bounds the date ("earlier this month").
    std::optional<TimePoint> notBefore;
    std::optional<TimePoint> notAfter;
    bool resolved() const { return start.has_value(); }
};

/// A money amount or percentage with its normalised value.
struct Quantity
{
    int begin = 0;
    int end = 0;
    double amount = 0;
    /// ISO 4217 code, "%" for percentages, empty when unknown.
    QString unit;
    QString qualifier;
    QString text;
};

struct ExtractedEntity
{
    QString name;
    EntityType type = EntityType::Other;
    QStringList aliases;
    double confidence = 0;
};

struct EntityMention
{
    QString entityName;
    EntityType type = EntityType::Other;
    int begin = 0;
    int end = 0;
    double confidence = 0;
};

struct ExtractedEvent
{
    /// Status Proposed; evidence[0] carries begin/end/sentence with articleId 0 until stored.
    Event event;
    /// Canonical entity name and role ("actor", "object", "attribution", "source").
    QList<QPair<QString, QString>> entityRoles;
    /// The list item the event was told in (0 outside lists): items of a list are separate news.
    int item = 0;
};

struct ExtractionResult
{
    QList<Sentence> sentences;
    QList<DateExpression> dates;
    QList<Quantity> quantities;
    QList<EntityMention> mentions;
    QList<ExtractedEntity> entities;
    QList<ExtractedEvent> events;
};

} // namespace Kairos::Extract
