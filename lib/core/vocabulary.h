// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kairos {

enum class ReviewStatus { Proposed, Confirmed, Rejected };

/// What the source says about the reality of a happening: "considering a package" is not "enacted a package".
enum class Modality { Occurred, Announced, Planned, Expected, UnderConsideration, Claimed, Denied, Ongoing, InForce };

enum class EntityType { Organisation, Person, Government, Country, Product, MediaOutlet, Other };

QString statusToString(ReviewStatus status);
std::optional<ReviewStatus> statusFromString(const QString& text);
QString statusLabel(ReviewStatus status);

QString modalityToString(Modality modality);
std::optional<Modality> modalityFromString(const QString& text);
QString modalityLabel(Modality modality);

QString entityTypeToString(EntityType type);
std::optional<EntityType> entityTypeFromString(const QString& text);
QString entityTypeLabel(EntityType type);
QStringList entityTypeNames();

/// Event types are open-ended strings (imported timelines bring their own); these are the ones
/// extraction produces and the ones that get their own colour.
namespace EventTypes {
QStringList known();
/// Maps synonyms ("purchase-talks", "investment/incentive", "export control") onto a known type.
QString normalize(const QString& type);
/// A known type named by its key or its label (in English or the current language), as timelines
/// written by Kairos name their groups; nothing for any other group name.
std::optional<QString> fromKeyOrLabel(const QString& text);
QString label(const QString& type);
/// One colour per type, shared by the chart, the table and the reader.
QColor color(const QString& type);
} // namespace EventTypes

} // namespace Kairos
