// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest.h"

#include "jsonsupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kairos::Import {

namespace {

std::optional<TimePoint> isoField(const QJsonObject& object, const QString& key, DatePrecision* precision,
    const QString& where, QStringList* warnings)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    const auto point = TimePoint::parseIso(jsonText(value), precision);
    if (!point)
        *warnings << QStringLiteral("%1: \"%2\" is not a date (%3)").arg(where, key, jsonText(value).left(60));
    return point;
}

ParsedEvent parseEvent(const QJsonObject& o, int index, QStringList* warnings)
{
    const QString where = QStringLiteral("events[%1]").arg(index);
    ParsedEvent parsed;
    Event& e = parsed.event;
    e.title = o.value(QLatin1String("title")).toString().trimmed();
    e.status = ReviewStatus::Confirmed;
    DatePrecision precision = DatePrecision::Unknown;
    e.start = isoField(o, QStringLiteral("start"), &precision, where, warnings);
    DatePrecision ignored = DatePrecision::Unknown;
    e.end = isoField(o, QStringLiteral("end"), &ignored, where, warnings);
    e.notBefore = isoField(o, QStringLiteral("not_before"), &ignored, where, warnings);
    e.notAfter = isoField(o, QStringLiteral("not_after"), &ignored, where, warnings);
    e.precision = e.start ? precision : DatePrecision::Unknown;
    if (const QString p = o.value(QLatin1String("precision")).toString(); !p.isEmpty()) {
        if (const auto known = precisionFromString(p))
            e.precision = *known;
        else
            *warnings << QStringLiteral("%1: unknown precision \"%2\"").arg(where, p.left(40));
    }
    if (const QString type = o.value(QLatin1String("type")).toString(); !type.isEmpty())
        e.type = EventTypes::normalize(type);
    if (const QString m = o.value(QLatin1String("modality")).toString(); !m.isEmpty()) {
        if (const auto known = modalityFromString(m))
            e.modality = *known;
        else
            *warnings << QStringLiteral("%1: unknown modality \"%2\", \"occurred\" assumed").arg(where, m.left(40));
    }
    if (const QString s = o.value(QLatin1String("status")).toString(); !s.isEmpty()) {
        if (const auto known = statusFromString(s))
            e.status = *known;
        else
            *warnings << QStringLiteral("%1: unknown status \"%2\", \"confirmed\" assumed").arg(where, s.left(40));
    }
    e.attribution = o.value(QLatin1String("attribution")).toString();
    e.summary = o.value(QLatin1String("summary")).toString();
    e.confidence = qBound(0.0, o.value(QLatin1String("confidence")).toDouble(1.0), 1.0);
    e.attributes = o.value(QLatin1String("attributes")).toObject();
    const QJsonArray entities = o.value(QLatin1String("entities")).toArray();
    for (const QJsonValue& value : entities) {
        const QJsonObject ref = value.toObject();
        const QString name = ref.value(QLatin1String("name")).toString().trimmed();
        if (!name.isEmpty())
            parsed.entityRoles.append({name, ref.value(QLatin1String("role")).toString(QStringLiteral("actor"))});
    }
    const QJsonArray evidence = o.value(QLatin1String("evidence")).toArray();
    for (const QJsonValue& value : evidence) {
        const QJsonObject ref = value.toObject();
        Evidence ev;
        ev.sentence = ref.value(QLatin1String("sentence")).toString();
        const QString file = ref.value(QLatin1String("file")).toString();
        ev.sourceUrl = ref.value(QLatin1String("url")).toString();
        ev.sourceLabel = ref.value(QLatin1String("label")).toString();
        if (file.isEmpty() && ev.sourceUrl.isEmpty() && ev.sourceLabel.isEmpty()) {
            *warnings << QStringLiteral("%1: evidence without \"file\", \"url\" or \"label\" ignored").arg(where);
            continue;
        }
        e.evidence.append(ev);
        parsed.evidenceArticleKeys.append(file);
    }
    return parsed;
}

} // namespace

bool isManifestObject(const QJsonObject& object)
{
    return object.value(QLatin1String("format")).toString() == QLatin1String("kairos-bundle");
}

const FileOverride* Manifest::overrideFor(const QString& bundlePath) const
{
    QString key = bundlePath;
    if (!basePath.isEmpty()) {
        if (!key.startsWith(basePath + QLatin1Char('/')))
            return nullptr;
        key = key.mid(basePath.size() + 1);
    }
    const auto it = files.constFind(key);
    return it == files.cend() ? nullptr : &*it;
}

void Manifest::setBasePath(const QString& folder)
{
    const QString old = basePath;
    basePath = folder;
    for (ParsedEvent& event : events) {
        for (QString& key : event.evidenceArticleKeys) {
            if (key.isEmpty())
                continue;
            if (!old.isEmpty() && key.startsWith(old + QLatin1Char('/')))
                key = key.mid(old.size() + 1);
            if (!folder.isEmpty())
                key = folder + QLatin1Char('/') + key;
        }
    }
}

std::optional<Manifest> parseManifest(const QByteArray& bytes, QString* error, int maxJsonNesting)
{
    QString parseError;
    const QJsonDocument document = parseJson(bytes, maxJsonNesting, &parseError);
    const auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (document.isNull())
        return fail(parseError);
    const QJsonObject root = document.object();
    if (!document.isObject() || !isManifestObject(root))
        return fail(QStringLiteral("not a Kairos bundle manifest (\"format\": \"kairos-bundle\" is missing)"));
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version != 1)
        return fail(QStringLiteral("unsupported manifest version %1 (this Kairos reads version 1)").arg(version));
    Manifest manifest;
    manifest.title = root.value(QLatin1String("title")).toString();
    manifest.description = root.value(QLatin1String("description")).toString();
    const QJsonObject files = root.value(QLatin1String("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        FileOverride file;
        file.title = o.value(QLatin1String("title")).toString();
        file.outlet = o.value(QLatin1String("outlet")).toString(o.value(QLatin1String("source")).toString());
        file.url = o.value(QLatin1String("url")).toString();
        file.language = o.value(QLatin1String("language")).toString();
        const QString where = QStringLiteral("files[\"%1\"]").arg(it.key());
        QJsonObject dates = o;
        if (!dates.contains(QLatin1String("published")) && dates.contains(QLatin1String("date")))
            dates.insert(QStringLiteral("published"), dates.value(QLatin1String("date")));
        file.published
            = isoField(dates, QStringLiteral("published"), &file.publishedPrecision, where, &manifest.warnings);
        manifest.files.insert(QString(it.key()).replace(QLatin1Char('\\'), QLatin1Char('/')), file);
    }
    const QJsonArray entities = root.value(QLatin1String("entities")).toArray();
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const QJsonObject o = entities.at(i).toObject();
        ParsedEntity entity;
        entity.name = o.value(QLatin1String("name")).toString().trimmed();
        if (entity.name.isEmpty()) {
            manifest.warnings << QStringLiteral("entities[%1]: no name, ignored").arg(i);
            continue;
        }
        const QString type = o.value(QLatin1String("type")).toString();
        if (const auto known = entityTypeFromString(type))
            entity.type = *known;
        else if (!type.isEmpty())
            manifest.warnings
                << QStringLiteral("entities[%1]: unknown type \"%2\", \"other\" assumed").arg(i).arg(type.left(40));
        const QJsonArray aliases = o.value(QLatin1String("aliases")).toArray();
        for (const QJsonValue& alias : aliases) {
            if (!alias.toString().trimmed().isEmpty())
                entity.aliases << alias.toString().trimmed();
        }
        manifest.entities.append(entity);
    }
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        ParsedEvent event = parseEvent(events.at(i).toObject(), int(i), &manifest.warnings);
        if (event.event.title.isEmpty()) {
            manifest.warnings << QStringLiteral("events[%1]: no title, ignored").arg(i);
            continue;
        }
        manifest.events.append(event);
    }
    return manifest;
}

} // namespace Kairos::Import
