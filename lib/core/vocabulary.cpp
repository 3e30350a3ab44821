// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace Kairos {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> lookup(const char* const (&names)[N], const QString& text)
{
    const QString key = text.trimmed()
                            .toLower()
                            .replace(QLatin1Char(' '), QLatin1Char('_'))
                            .replace(QLatin1Char('-'), QLatin1Char('_'));
    for (size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

const char* const statusNames[] = {"proposed", "confirmed", "rejected"};
const char* const modalityNames[] = {
    "occurred", "announced", "planned", "expected", "under_consideration", "claimed", "denied", "ongoing", "in_force"};
const char* const entityTypeNames_[] = {"organisation", "person", "government", "country", "product", "media", "other"};

struct TypeInfo
{
    const char* key;
    const char* label;
    QRgb color;
};

// Colours picked to stay distinguishable for the common forms of colour blindness (Okabe-Ito based;
// decisions in an indigo of their own, away from the bluish green of approvals).
const TypeInfo eventTypes[] = {
    {"approval", QT_TRANSLATE_NOOP("EventTypes", "Approval"), 0x009E73},
    {"export_control", QT_TRANSLATE_NOOP("EventTypes", "Ban or export control"), 0xD55E00},
    {"rejection", QT_TRANSLATE_NOOP("EventTypes", "Rejection"), 0xCC79A7},
    {"meeting", QT_TRANSLATE_NOOP("EventTypes", "Meeting"), 0x0072B2},
    {"statement", QT_TRANSLATE_NOOP("EventTypes", "Statement"), 0x56B4E9},
    {"report", QT_TRANSLATE_NOOP("EventTypes", "Report"), 0x999999},
    {"investment", QT_TRANSLATE_NOOP("EventTypes", "Investment or incentive"), 0xE69F00},
    {"production", QT_TRANSLATE_NOOP("EventTypes", "Production change"), 0x7F3C8D},
    {"deal", QT_TRANSLATE_NOOP("EventTypes", "Purchase talks or deal"), 0xF0C419},
    {"legal", QT_TRANSLATE_NOOP("EventTypes", "Lawsuit or investigation"), 0x8C564B},
    {"decision", QT_TRANSLATE_NOOP("EventTypes", "Decision"), 0x4B3BA8},
    {"other", QT_TRANSLATE_NOOP("EventTypes", "Other"), 0x6B7B8C},
};

const TypeInfo* findType(const QString& key)
{
    for (const TypeInfo& info : eventTypes) {
        if (key == QLatin1String(info.key))
            return &info;
    }
    return nullptr;
}

} // namespace

QString statusToString(ReviewStatus status)
{
    return QString::fromLatin1(statusNames[int(status)]);
}

std::optional<ReviewStatus> statusFromString(const QString& text)
{
    return lookup<ReviewStatus>(statusNames, text);
}

QString statusLabel(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Proposed:
        return QCoreApplication::translate("Vocabulary", "Proposed");
    case ReviewStatus::Confirmed:
        return QCoreApplication::translate("Vocabulary", "Confirmed");
    case ReviewStatus::Rejected:
        return QCoreApplication::translate("Vocabulary", "Rejected");
    }
    return {};
}

QString modalityToString(Modality modality)
{
    return QString::fromLatin1(modalityNames[int(modality)]);
}

std::optional<Modality> modalityFromString(const QString& text)
{
    if (auto m = lookup<Modality>(modalityNames, text))
        return m;
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("scheduled"))
        return Modality::Planned;
    if (key == QLatin1String("considered") || key == QLatin1String("under consideration"))
        return Modality::UnderConsideration;
    return std::nullopt;
}

QString modalityLabel(Modality modality)
{
    switch (modality) {
    case Modality::Occurred:
        return QCoreApplication::translate("Vocabulary", "Occurred");
    case Modality::Announced:
        return QCoreApplication::translate("Vocabulary", "Announced");
    case Modality::Planned:
        return QCoreApplication::translate("Vocabulary", "Planned");
    case Modality::Expected:
        return QCoreApplication::translate("Vocabulary", "Expected");
    case Modality::UnderConsideration:
        return QCoreApplication::translate("Vocabulary", "Under consideration");
    case Modality::Claimed:
        return QCoreApplication::translate("Vocabulary", "Claimed");
    case Modality::Denied:
        return QCoreApplication::translate("Vocabulary", "Denied");
    case Modality::Ongoing:
        return QCoreApplication::translate("Vocabulary", "Ongoing");
    case Modality::InForce:
        return QCoreApplication::translate("Vocabulary", "In force");
    }
    return {};
}

QString entityTypeToString(EntityType type)
{
    return QString::fromLatin1(entityTypeNames_[int(type)]);
}

std::optional<EntityType> entityTypeFromString(const QString& text)
{
    if (auto t = lookup<EntityType>(entityTypeNames_, text))
        return t;
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("organization") || key == QLatin1String("org") || key == QLatin1String("company"))
        return EntityType::Organisation;
    if (key == QLatin1String("media outlet") || key == QLatin1String("outlet") || key == QLatin1String("media_outlet"))
        return EntityType::MediaOutlet;
    if (key == QLatin1String("country/government") || key == QLatin1String("agency")
        || key == QLatin1String("ministry"))
        return EntityType::Government;
    return std::nullopt;
}

QString entityTypeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Organisation:
        return QCoreApplication::translate("Vocabulary", "Organisations");
    case EntityType::Person:
        return QCoreApplication::translate("Vocabulary", "People");
    case EntityType::Government:
        return QCoreApplication::translate("Vocabulary", "Governments and agencies");
    case EntityType::Country:
        return QCoreApplication::translate("Vocabulary", "Countries");
    case EntityType::Product:
        return QCoreApplication::translate("Vocabulary", "Products");
    case EntityType::MediaOutlet:
        return QCoreApplication::translate("Vocabulary", "Media outlets");
    case EntityType::Other:
        return QCoreApplication::translate("Vocabulary", "Other");
    }
    return {};
}

QStringList entityTypeNames()
{
    QStringList names;
    for (const char* name : entityTypeNames_)
        names << QString::fromLatin1(name);
    return names;
}

namespace EventTypes {

QStringList known()
{
    QStringList keys;
    for (const TypeInfo& info : eventTypes)
        keys << QString::fromLatin1(info.key);
    return keys;
}

QString normalize(const QString& type)
{
    static const QHash<QString, QString> synonyms = {
        {QStringLiteral("permit"), QStringLiteral("approval")},
        {QStringLiteral("ban"), QStringLiteral("export_control")},
        {QStringLiteral("export control"), QStringLiteral("export_control")},
        {QStringLiteral("export-control"), QStringLiteral("export_control")},
        {QStringLiteral("regulation"), QStringLiteral("export_control")},
        {QStringLiteral("sanction"), QStringLiteral("export_control")},
        {QStringLiteral("interview"), QStringLiteral("statement")},
        {QStringLiteral("investment/incentive"), QStringLiteral("investment")},
        {QStringLiteral("incentive"), QStringLiteral("investment")},
        {QStringLiteral("subsidy"), QStringLiteral("investment")},
        {QStringLiteral("purchase-talks"), QStringLiteral("deal")},
        {QStringLiteral("purchase talks"), QStringLiteral("deal")},
        {QStringLiteral("purchase_talks"), QStringLiteral("deal")},
        {QStringLiteral("lawsuit"), QStringLiteral("legal")},
        {QStringLiteral("investigation"), QStringLiteral("legal")},
    };
    const QString key = type.trimmed().toLower();
    if (findType(key))
        return key;
    const QString mapped = synonyms.value(key);
    return mapped.isEmpty() ? QStringLiteral("other") : mapped;
}

std::optional<QString> fromKeyOrLabel(const QString& text)
{
    const QString wanted = text.trimmed();
    for (const TypeInfo& info : eventTypes) {
        if (wanted.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(info.label), Qt::CaseInsensitive) == 0
            || wanted.compare(QCoreApplication::translate("EventTypes", info.label), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(info.key);
    }
    return std::nullopt;
}

QString label(const QString& type)
{
    if (const TypeInfo* info = findType(type))
        return QCoreApplication::translate("EventTypes", info->label);
    return type;
}

QColor color(const QString& type)
{
    if (const TypeInfo* info = findType(type))
        return QColor::fromRgb(info->color);
    // Unknown imported types still get a stable colour of their own.
    return QColor::fromHsv(int(qHash(type) % 360), 120, 170);
}

} // namespace EventTypes

} // namespace Kairos
