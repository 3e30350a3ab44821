// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlvalues.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace Kairos {

namespace {

/// The advisory lock under which new entities are added on PostgreSQL ("Kairos" in ASCII, then 1).
constexpr qint64 entityLockKey = 0x4b6169726f7301;

QString nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

std::optional<Entity> Workspace::entity(qint64 id)
{
    QSqlQuery& query = cachedStatement(QStringLiteral("SELECT name, type, version FROM entities WHERE id = ?"));
    const StatementReset queryReset(query);
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    Entity entity;
    entity.id = id;
    entity.name = query.value(0).toString();
    entity.type = entityTypeFromString(query.value(1).toString()).value_or(EntityType::Other);
    entity.version = query.value(2).toInt();
    QSqlQuery& aliases
        = cachedStatement(QStringLiteral("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias"));
    const StatementReset aliasesReset(aliases);
    aliases.addBindValue(id);
    if (exec(aliases)) {
        while (aliases.next())
            entity.aliases << aliases.value(0).toString();
    }
    return entity;
}

std::optional<Entity> Workspace::findEntity(const QString& nameOrAlias)
{
    QSqlQuery& query
        = cachedStatement(QStringLiteral("SELECT id FROM entities WHERE name_key = ? "
                                         "UNION ALL SELECT entity_id FROM entity_aliases WHERE alias_key = ? LIMIT 1"));
    const StatementReset queryReset(query);
    const QString key = nameKey(nameOrAlias);
    query.addBindValue(key);
    query.addBindValue(key);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return entity(query.value(0).toLongLong());
}

bool Workspace::insertEntity(Entity& entity)
{
    // Two analysts importing at once both add the entities their articles name. On PostgreSQL the second
    // insert of a name waits for the first one's transaction and, once that has committed, takes its row
    // instead of failing the whole import on the unique name. (SQLite lets one writer in at a time.)
    // Waiting on each other's names in different orders would deadlock two imports, so new entities are
    // added under one lock per workspace, held until the transaction ends: the second import waits.
    if (isPostgres()) {
        QSqlQuery& lock = cachedStatement(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(entityLockKey));
        const StatementReset lockReset(lock);
        if (!exec(lock))
            return false;
    }
    QSqlQuery& query = cachedStatement(isPostgres()
            ? QStringLiteral("INSERT INTO entities (name, name_key, type) VALUES (?, ?, ?) "
                             "ON CONFLICT (name_key) DO NOTHING RETURNING id, version")
            : QStringLiteral("INSERT INTO entities (name, name_key, type) VALUES (?, ?, ?) RETURNING id, version"));
    const StatementReset queryReset(query);
    query.addBindValue(entity.name.simplified());
    query.addBindValue(nameKey(entity.name));
    query.addBindValue(entityTypeToString(entity.type));
    if (!exec(query))
        return false;
    if (!query.next()) {
        QSqlQuery& existing = cachedStatement(QStringLiteral("SELECT id, version FROM entities WHERE name_key = ?"));
        const StatementReset existingReset(existing);
        existing.addBindValue(nameKey(entity.name));
        if (!exec(existing) || !existing.next())
            return fail(StoreError::Sql,
                QCoreApplication::translate("Workspace", "The entity “%1” could not be added.").arg(entity.name));
        entity.id = existing.value(0).toLongLong();
        entity.version = existing.value(1).toInt();
    } else {
        entity.id = query.value(0).toLongLong();
        entity.version = query.value(1).toInt();
    }
    if (!insertAliases(entity))
        return false;
    if (!inTransaction())
        Q_EMIT entitiesChanged();
    return true;
}

bool Workspace::insertAliases(const Entity& entity)
{
    QSqlQuery& alias = cachedStatement(QStringLiteral(
        "INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    const StatementReset aliasReset(alias);
    for (const QString& name : std::as_const(entity.aliases)) {
        if (nameKey(name) == nameKey(entity.name) || name.trimmed().isEmpty())
            continue;
        alias.addBindValue(entity.id);
        alias.addBindValue(name.simplified());
        alias.addBindValue(nameKey(name));
        if (!exec(alias))
            return false;
    }
    return true;
}

bool Workspace::updateEntity(Entity& entity)
{
    WorkspaceTransaction transaction(*this);
    QSqlQuery& query
        = cachedStatement(QStringLiteral("UPDATE entities SET name = ?, name_key = ?, type = ?, version = version + 1 "
                                         "WHERE id = ? AND version = ?"));
    const StatementReset queryReset(query);
    query.addBindValue(entity.name.simplified());
    query.addBindValue(nameKey(entity.name));
    query.addBindValue(entityTypeToString(entity.type));
    query.addBindValue(entity.id);
    query.addBindValue(entity.version);
    if (!exec(query))
        return false;
    if (query.numRowsAffected() == 0)
        return fail(StoreError::Conflict,
            QCoreApplication::translate("Workspace",
                "“%1” was changed or deleted by someone else "
                "since you opened it; reload to see their version.")
                .arg(entity.name));
    QSqlQuery& clear = cachedStatement(QStringLiteral("DELETE FROM entity_aliases WHERE entity_id = ?"));
    const StatementReset clearReset(clear);
    clear.addBindValue(entity.id);
    if (!exec(clear))
        return false;
    if (!insertAliases(entity))
        return false;
    if (!transaction.commit())
        return false;
    ++entity.version;
    Q_EMIT entitiesChanged();
    return true;
}

bool Workspace::deleteEntity(qint64 id)
{
    QSqlQuery& query = cachedStatement(QStringLiteral("DELETE FROM entities WHERE id = ?"));
    const StatementReset queryReset(query);
    query.addBindValue(id);
    if (!exec(query))
        return false;
    Q_EMIT entitiesChanged();
    Q_EMIT reset();
    return true;
}

bool Workspace::mergeEntities(qint64 into, qint64 from)
{
    const std::optional<Entity> source = entity(from);
    if (!source || into == from)
        return fail(StoreError::Sql, QCoreApplication::translate("Workspace", "Nothing to merge."));
    WorkspaceTransaction transaction(*this);
    const QStringList statements = {
        QStringLiteral("UPDATE mentions SET entity_id = ? WHERE entity_id = ?"),
        QStringLiteral(
            "INSERT INTO event_entities (event_id, entity_id, role) SELECT event_id, ?, role FROM event_entities "
            "WHERE entity_id = ? ON CONFLICT DO NOTHING"),
        QStringLiteral(
            "INSERT INTO entity_aliases (entity_id, alias, alias_key) SELECT ?, alias, alias_key FROM entity_aliases "
            "WHERE entity_id = ? ON CONFLICT DO NOTHING"),
    };
    for (const QString& sql : statements) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(into);
        query.addBindValue(from);
        if (!exec(query))
            return false;
    }
    // The merged entity's own name lives on as an alias, so text that used it still resolves.
    QSqlQuery alias(m_db);
    alias.prepare(QStringLiteral(
        "INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    alias.addBindValue(into);
    alias.addBindValue(source->name);
    alias.addBindValue(nameKey(source->name));
    if (!exec(alias))
        return false;
    QSqlQuery& remove = cachedStatement(QStringLiteral("DELETE FROM entities WHERE id = ?"));
    const StatementReset removeReset(remove);
    remove.addBindValue(from);
    if (!exec(remove) || !transaction.commit())
        return false;
    Q_EMIT entitiesChanged();
    Q_EMIT reset();
    return true;
}

QList<Entity> Workspace::entities()
{
    QList<Entity> result;
    QHash<qint64, int> indexById;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, type, version FROM entities ORDER BY name_key"))) {
        fail(query);
        return result;
    }
    while (query.next()) {
        Entity entity;
        entity.id = query.value(0).toLongLong();
        entity.name = query.value(1).toString();
        entity.type = entityTypeFromString(query.value(2).toString()).value_or(EntityType::Other);
        entity.version = query.value(3).toInt();
        indexById.insert(entity.id, int(result.size()));
        result.append(entity);
    }
    QSqlQuery aliases(m_db);
    aliases.setForwardOnly(true);
    if (aliases.exec(QStringLiteral("SELECT entity_id, alias FROM entity_aliases ORDER BY alias"))) {
        while (aliases.next()) {
            const auto it = indexById.constFind(aliases.value(0).toLongLong());
            if (it != indexById.cend())
                result[*it].aliases << aliases.value(1).toString();
        }
    }
    return result;
}

bool Workspace::insertMentions(QList<Mention>& mentions)
{
    QSqlQuery& query = cachedStatement(QStringLiteral(
        "INSERT INTO mentions (article_id, entity_id, begin_pos, end_pos) VALUES (?, ?, ?, ?) RETURNING id"));
    const StatementReset queryReset(query);
    for (Mention& mention : mentions) {
        query.addBindValue(mention.articleId);
        query.addBindValue(mention.entityId);
        query.addBindValue(mention.begin);
        query.addBindValue(mention.end);
        if (!exec(query) || !query.next())
            return false;
        mention.id = query.value(0).toLongLong();
        query.finish();
    }
    return true;
}

QList<Mention> Workspace::mentionsInArticle(qint64 articleId)
{
    QList<Mention> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, entity_id, begin_pos, end_pos FROM mentions WHERE article_id = ? ORDER BY begin_pos"));
    query.addBindValue(articleId);
    if (exec(query)) {
        while (query.next())
            result.append({query.value(0).toLongLong(), articleId, query.value(1).toLongLong(), query.value(2).toInt(),
                query.value(3).toInt()});
    }
    return result;
}

QList<Mention> Workspace::mentionsOfEntity(qint64 entityId)
{
    QList<Mention> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, article_id, begin_pos, end_pos FROM mentions WHERE entity_id = ? ORDER BY id"));
    query.addBindValue(entityId);
    if (exec(query)) {
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), entityId, query.value(2).toInt(),
                query.value(3).toInt()});
    }
    return result;
}

QList<QPair<qint64, QString>> Workspace::eventLinksOfEntity(qint64 entityId)
{
    QList<QPair<qint64, QString>> result;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT event_id, role FROM event_entities WHERE entity_id = ? ORDER BY event_id, role"));
    query.addBindValue(entityId);
    if (exec(query)) {
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return result;
}

bool Workspace::replaceEntityLinks(qint64 entityId, QList<Mention> mentions, const QList<QPair<qint64, QString>>& links)
{
    WorkspaceTransaction transaction(*this);
    for (const QString& table : {QStringLiteral("mentions"), QStringLiteral("event_entities")}) {
        QSqlQuery clear(m_db);
        clear.prepare(QStringLiteral("DELETE FROM %1 WHERE entity_id = ?").arg(table));
        clear.addBindValue(entityId);
        if (!exec(clear))
            return false;
    }
    for (Mention& mention : mentions)
        mention.entityId = entityId;
    if (!insertMentions(mentions))
        return false;
    QSqlQuery link(m_db);
    link.prepare(QStringLiteral(
        "INSERT INTO event_entities (event_id, entity_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const auto& [eventId, role] : links) {
        link.addBindValue(eventId);
        link.addBindValue(entityId);
        link.addBindValue(Sql::text(role));
        if (!exec(link))
            return false;
    }
    if (!transaction.commit())
        return false;
    Q_EMIT entitiesChanged();
    Q_EMIT reset();
    return true;
}

QHash<qint64, Workspace::EntityCounts> Workspace::entityCounts()
{
    QHash<qint64, EntityCounts> counts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT entity_id, count(*) FROM mentions GROUP BY entity_id"))) {
        while (query.next())
            counts[query.value(0).toLongLong()].mentions = query.value(1).toLongLong();
    }
    if (query.exec(
            QStringLiteral("SELECT entity_id, count(DISTINCT event_id) FROM event_entities GROUP BY entity_id"))) {
        while (query.next())
            counts[query.value(0).toLongLong()].events = query.value(1).toLongLong();
    }
    return counts;
}

} // namespace Kairos
