// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Kairos::Cli {

namespace {

QJsonValue isoDate(const std::optional<TimePoint>& t, DatePrecision precision = DatePrecision::Day)
{
    if (!t)
        return QJsonValue::Null;
    return t->toIsoString(precision == DatePrecision::Minute ? DatePrecision::Minute : DatePrecision::Day);
}

std::unique_ptr<Workspace> openForReading(const QCommandLineParser& parser, const char* command, Io& io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << QCoreApplication::translate("kairos-cli", "kairos-cli %1: expected exactly one WORKSPACE argument\n")
                      .arg(QLatin1String(command));
        return nullptr;
    }
    StoreError error;
    auto workspace = Workspace::open(args.first(), Workspace::OpenMode::ReadOnly, &error);
    if (!workspace)
        io.err << "kairos-cli " << command << ": " << error.message << '\n';
    return workspace;
}

bool parseDateOption(const QCommandLineParser& parser, const QString& name, std::optional<TimePoint>* out, Io& io)
{
    if (!parser.isSet(name))
        return true;
    *out = TimePoint::parseIso(parser.value(name));
    if (!*out)
        io.err << QCoreApplication::translate(
            "kairos-cli", "kairos-cli events: --%1 “%2” is not a date (use 2025-12-08, 2025-12 or 2025)\n")
                      .arg(name, parser.value(name));
    return out->has_value();
}

int events(const QCommandLineParser& parser, Io& io)
{
    std::optional<TimePoint> from;
    std::optional<TimePoint> to;
    if (!parseDateOption(parser, QStringLiteral("from"), &from, io)
        || !parseDateOption(parser, QStringLiteral("to"), &to, io))
        return UsageError;
    std::optional<ReviewStatus> status;
    if (parser.isSet(QStringLiteral("status"))) {
        status = statusFromString(parser.value(QStringLiteral("status")));
        if (!status) {
            io.err << QCoreApplication::translate(
                "kairos-cli", "kairos-cli events: --status must be proposed, confirmed or rejected\n");
            return UsageError;
        }
    }
    const auto workspace = openForReading(parser, "events", io);
    if (!workspace)
        return parser.positionalArguments().size() == 1 ? Failure : UsageError;

    QSet<qint64> allowed;
    const bool byEntity = parser.isSet(QStringLiteral("entity"));
    if (byEntity) {
        if (const std::optional<Entity> entity = workspace->findEntity(parser.value(QStringLiteral("entity")))) {
            const QList<qint64> ids = workspace->eventIdsForEntities({entity->id});
            allowed = QSet<qint64>(ids.cbegin(), ids.cend());
        }
    }
    const QString type = parser.isSet(QStringLiteral("type"))
        ? EventTypes::normalize(parser.value(QStringLiteral("type")))
        : QString();
    QHash<qint64, QString> entityNames;
    for (const Entity& entity : workspace->entities())
        entityNames.insert(entity.id, entity.name);
    QHash<qint64, std::optional<Article>> articles;

    QJsonArray result;
    EventRowCursor cursor;
    for (;;) {
        const QList<EventRow> page = workspace->eventRows(cursor, 2000);
        for (const EventRow& row : page) {
            if ((byEntity && !allowed.contains(row.id)) || (!type.isEmpty() && row.type != type)
                || (status && row.status != *status))
                continue;
            const std::optional<TimePoint> first = row.start ? row.start : row.notBefore;
            const std::optional<TimePoint> last = row.end ? row.end : (row.start ? row.start : row.notAfter);
            if ((from && (!last || *last < *from)) || (to && (!first || *first >= *to)))
                continue;
            const std::optional<Event> event = workspace->event(row.id);
            if (!event)
                continue;
            QJsonArray names;
            QSet<qint64> seen;
            for (const EventEntity& link : event->entities) {
                if (!seen.contains(link.entityId)) {
                    seen.insert(link.entityId);
                    names.append(entityNames.value(link.entityId));
                }
            }
            QJsonArray evidence;
            QSet<QString> outlets;
            for (const Evidence& item : event->evidence) {
                QJsonObject entry {{QStringLiteral("sentence"), item.sentence}};
                if (item.hasArticle()) {
                    auto it = articles.find(item.articleId);
                    if (it == articles.end())
                        it = articles.insert(item.articleId, workspace->article(item.articleId));
                    if (*it) {
                        entry.insert(QStringLiteral("article_title"), (*it)->title);
                        entry.insert(QStringLiteral("outlet"), (*it)->outlet);
                        entry.insert(QStringLiteral("published"), isoDate((*it)->published));
                        outlets.insert((*it)->outlet.isEmpty() ? QString::number(item.articleId) : (*it)->outlet);
                    }
                } else {
                    entry.insert(QStringLiteral("article_title"), item.sourceLabel);
                    entry.insert(QStringLiteral("outlet"), QJsonValue::Null);
                    entry.insert(QStringLiteral("published"), QJsonValue::Null);
                    entry.insert(QStringLiteral("url"), item.sourceUrl);
                    outlets.insert(item.sourceUrl.isEmpty() ? item.sourceLabel : item.sourceUrl);
                }
                evidence.append(entry);
            }
            QJsonObject object {{QStringLiteral("id"), event->id}, {QStringLiteral("title"), event->title},
                {QStringLiteral("start"), isoDate(event->start, event->precision)},
                {QStringLiteral("end"), isoDate(event->end, event->precision)},
                {QStringLiteral("not_before"), isoDate(event->notBefore)},
                {QStringLiteral("not_after"), isoDate(event->notAfter)},
                {QStringLiteral("precision"), precisionToString(event->precision)},
                {QStringLiteral("type"), event->type}, {QStringLiteral("modality"), modalityToString(event->modality)},
                {QStringLiteral("attribution"),
                    event->attribution.isEmpty() ? QJsonValue::Null : QJsonValue(event->attribution)},
                {QStringLiteral("entities"), names}, {QStringLiteral("confidence"), event->confidence},
                {QStringLiteral("status"), statusToString(event->status)},
                {QStringLiteral("reported"), isoDate(event->reported)}, {QStringLiteral("sources"), outlets.size()},
                {QStringLiteral("evidence"), evidence}};
            if (!event->attributes.isEmpty())
                object.insert(QStringLiteral("attributes"), event->attributes);
            result.append(object);
        }
        if (page.size() < 2000)
            break;
        cursor = {page.last().sortKey, page.last().id};
    }
    io.out << QJsonDocument(result).toJson(
        parser.isSet(QStringLiteral("json")) ? QJsonDocument::Indented : QJsonDocument::Compact);
    return Ok;
}

int entities(const QCommandLineParser& parser, Io& io)
{
    const auto workspace = openForReading(parser, "entities", io);
    if (!workspace)
        return parser.positionalArguments().size() == 1 ? Failure : UsageError;
    const QHash<qint64, Workspace::EntityCounts> counts = workspace->entityCounts();
    QJsonArray result;
    for (const Entity& entity : workspace->entities()) {
        const Workspace::EntityCounts c = counts.value(entity.id);
        result.append(QJsonObject {{QStringLiteral("name"), entity.name},
            {QStringLiteral("type"), entityTypeToString(entity.type)},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(entity.aliases)},
            {QStringLiteral("mentions"), c.mentions}, {QStringLiteral("events"), c.events}});
    }
    io.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace

QList<Command> queryCommands()
{
    return {
        {QStringLiteral("events"),
            QStringLiteral(
                "events WORKSPACE --json [--from DATE] [--to DATE] [--entity NAME] [--type TYPE] [--status S]"),
            QCoreApplication::translate("kairos-cli",
                "Print the events as a JSON array, with their dates, entities, status, sources and evidence."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(
                    QStringLiteral("WORKSPACE"), QCoreApplication::translate("kairos-cli", "The workspace to read."));
                p.addOption(
                    {QStringLiteral("json"), QCoreApplication::translate("kairos-cli", "Print JSON (indented).")});
                p.addOption(
                    {QStringLiteral("from"), QCoreApplication::translate("kairos-cli", "Only events on or after DATE."),
                        QStringLiteral("DATE")});
                p.addOption({QStringLiteral("to"),
                    QCoreApplication::translate("kairos-cli", "Only events before DATE."), QStringLiteral("DATE")});
                p.addOption({QStringLiteral("entity"),
                    QCoreApplication::translate("kairos-cli", "Only events involving the entity NAME (or an alias)."),
                    QStringLiteral("NAME")});
                p.addOption({QStringLiteral("type"),
                    QCoreApplication::translate("kairos-cli", "Only events of TYPE (approval, meeting, …)."),
                    QStringLiteral("TYPE")});
                p.addOption({QStringLiteral("status"),
                    QCoreApplication::translate("kairos-cli", "Only proposed, confirmed or rejected events."),
                    QStringLiteral("S")});
            },
            events},
        {QStringLiteral("entities"), QStringLiteral("entities WORKSPACE --json"),
            QCoreApplication::translate("kairos-cli",
                "Print the entities with their type, aliases and numbers of mentions and events as JSON."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(
                    QStringLiteral("WORKSPACE"), QCoreApplication::translate("kairos-cli", "The workspace to read."));
                p.addOption({QStringLiteral("json"), QCoreApplication::translate("kairos-cli", "Print JSON.")});
            },
            entities},
    };
}

} // namespace Kairos::Cli
