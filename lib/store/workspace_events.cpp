// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlvalues.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kairos {

namespace {

qint64 sortKeyOf(const Event& event)
{
    const std::optional<TimePoint> anchor = event.anchor();
    return anchor ? anchor->seconds() : std::numeric_limits<qint64>::max();
}

void bindEventColumns(QSqlQuery& query, const Event& event)
{
    query.addBindValue(Sql::text(event.title));
    query.addBindValue(Sql::time(event.start));
    query.addBindValue(Sql::time(event.end));
    query.addBindValue(precisionToString(event.precision));
    query.addBindValue(Sql::time(event.notBefore));
    query.addBindValue(Sql::time(event.notAfter));
    query.addBindValue(Sql::time(event.reported));
    query.addBindValue(sortKeyOf(event));
    query.addBindValue(Sql::text(event.type));
    query.addBindValue(modalityToString(event.modality));
    query.addBindValue(Sql::text(event.attribution));
    query.addBindValue(Sql::text(event.summary));
    query.addBindValue(event.confidence);
    query.addBindValue(statusToString(event.status));
    query.addBindValue(QString::fromUtf8(QJsonDocument(event.attributes).toJson(QJsonDocument::Compact)));
}

const char eventRowColumns[]
    = "SELECT e.id, e.version, e.title, e.start_time, e.end_time, e.not_before, e.not_after, e.precision, e.type, "
      "e.modality, "
      "e.status, e.confidence, e.sort_key, "
      "(SELECT a.outlet FROM evidence v JOIN articles a ON a.id = v.article_id WHERE v.event_id = e.id "
      " ORDER BY a.published LIMIT 1), "
      "(SELECT count(*) FROM evidence v WHERE v.event_id = e.id), ";

EventRow readEventRow(const QSqlQuery& query)
{
    EventRow row;
    row.id = query.value(0).toLongLong();
    row.version = query.value(1).toInt();
    row.title = query.value(2).toString();
    row.start = Sql::toTime(query.value(3));
    row.end = Sql::toTime(query.value(4));
    row.notBefore = Sql::toTime(query.value(5));
    row.notAfter = Sql::toTime(query.value(6));
    row.precision = precisionFromString(query.value(7).toString()).value_or(DatePrecision::Unknown);
    row.type = query.value(8).toString();
    row.modality = modalityFromString(query.value(9).toString()).value_or(Modality::Occurred);
    row.status = statusFromString(query.value(10).toString()).value_or(ReviewStatus::Proposed);
    row.confidence = query.value(11).toDouble();
    row.sortKey = query.value(12).toLongLong();
    row.outlet = query.value(13).toString();
    row.evidenceCount = query.value(14).toInt();
    // Names and ids arrive as two aligned lists joined with a separator no name contains.
    const QStringList pairs = query.value(15).toString().split(QChar(0x1F), Qt::SkipEmptyParts);
    QStringList names;
    for (const QString& pair : pairs) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        row.entityIds.append(pair.left(colon).toLongLong());
        names << pair.mid(colon + 1);
    }
    row.entityNames = names.join(QStringLiteral(", "));
    return row;
}

} // namespace

bool Workspace::insertEvent(Event& event)
{
    WorkspaceTransaction transaction(*this);
    QSqlQuery& query = cachedStatement(
        QStringLiteral("INSERT INTO events (title, start_time, end_time, precision, not_before, not_after, reported, "
                       "sort_key, type, modality, attribution, summary, confidence, status, attributes) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const StatementReset queryReset(query);
    bindEventColumns(query, event);
    if (!exec(query) || !query.next())
        return false;
    event.id = query.value(0).toLongLong();
    event.version = 1;
    query.finish();
    if (!writeEventChildren(event, ChildRows::New) || !transaction.commit())
        return false;
    Q_EMIT eventsInserted({event.id});
    return true;
}

bool Workspace::writeEventChildren(const Event& event, ChildRows rows)
{
    if (!isPostgres()) {
        // Any old entry was removed before the row changed (see forgetEventText).
        m_pendingEventText.add(event.id);
    }
    for (const QString& table : {QStringLiteral("evidence"), QStringLiteral("event_entities")}) {
        if (rows == ChildRows::New)
            continue;
        QSqlQuery& clear = cachedStatement(QStringLiteral("DELETE FROM %1 WHERE event_id = ?").arg(table));
        const StatementReset clearReset(clear);
        clear.addBindValue(event.id);
        if (!exec(clear))
            return false;
    }
    QSqlQuery& evidence = cachedStatement(
        QStringLiteral("INSERT INTO evidence (event_id, article_id, begin_pos, end_pos, sentence, source_url, "
                       "source_label) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const StatementReset evidenceReset(evidence);
    for (const Evidence& item : event.evidence) {
        evidence.addBindValue(event.id);
        evidence.addBindValue(item.hasArticle() ? QVariant(item.articleId) : QVariant(QMetaType(QMetaType::LongLong)));
        evidence.addBindValue(item.begin);
        evidence.addBindValue(item.end);
        evidence.addBindValue(Sql::text(item.sentence));
        evidence.addBindValue(Sql::text(item.sourceUrl));
        evidence.addBindValue(Sql::text(item.sourceLabel));
        if (!exec(evidence))
            return false;
    }
    QSqlQuery& link = cachedStatement(QStringLiteral(
        "INSERT INTO event_entities (event_id, entity_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    const StatementReset linkReset(link);
    for (const EventEntity& item : event.entities) {
        link.addBindValue(event.id);
        link.addBindValue(item.entityId);
        link.addBindValue(Sql::text(item.role));
        if (!exec(link))
            return false;
    }
    return true;
}

bool Workspace::forgetEventText(qint64 id)
{
    // A row not indexed yet has nothing to remove: the commit indexes whatever it holds by then.
    if (isPostgres() || m_pendingEventText.contains(id))
        return true;
    // The index keeps no copy of the text (it reads the events table), so removing an entry needs the
    // words it was made from: this runs while the row still holds them.
    QSqlQuery& text = cachedStatement(QStringLiteral("INSERT INTO events_fts (events_fts, rowid, title, summary) "
                                                     "SELECT 'delete', id, title, summary FROM events WHERE id = ?"));
    const StatementReset textReset(text);
    text.addBindValue(id);
    return exec(text);
}

bool Workspace::updateEvent(Event& event)
{
    WorkspaceTransaction transaction(*this);
    if (!forgetEventText(event.id))
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE events SET title = ?, start_time = ?, end_time = ?, precision = ?, not_before = ?, "
        "not_after = ?, reported = ?, sort_key = ?, type = ?, modality = ?, attribution = ?, summary = ?, "
        "confidence = ?, status = ?, attributes = ?, edited = 1, version = version + 1 "
        "WHERE id = ? AND version = ?"));
    bindEventColumns(query, event);
    query.addBindValue(event.id);
    query.addBindValue(event.version);
    if (!exec(query))
        return false;
    if (query.numRowsAffected() == 0)
        return fail(StoreError::Conflict,
            QCoreApplication::translate("Workspace",
                "The event “%1” was changed or deleted by someone else since you "
                "opened it. Your edit was not saved; reload to see their version.")
                .arg(event.title));
    if (!writeEventChildren(event, ChildRows::Replace) || !transaction.commit())
        return false;
    ++event.version;
    Q_EMIT eventsChanged({event.id});
    return true;
}

bool Workspace::deleteEvent(qint64 id)
{
    WorkspaceTransaction transaction(*this);
    if (!forgetEventText(id))
        return false;
    QSqlQuery& query = cachedStatement(QStringLiteral("DELETE FROM events WHERE id = ?"));
    const StatementReset queryReset(query);
    query.addBindValue(id);
    if (!exec(query) || !transaction.commit())
        return false;
    Q_EMIT eventsRemoved({id});
    return true;
}

std::optional<Event> Workspace::event(qint64 id)
{
    QSqlQuery query(connection());
    query.prepare(
        QStringLiteral("SELECT version, title, start_time, end_time, precision, not_before, not_after, reported, type, "
                       "modality, attribution, summary, confidence, status, attributes FROM events WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    Event event;
    event.id = id;
    event.version = query.value(0).toInt();
    event.title = query.value(1).toString();
    event.start = Sql::toTime(query.value(2));
    event.end = Sql::toTime(query.value(3));
    event.precision = precisionFromString(query.value(4).toString()).value_or(DatePrecision::Unknown);
    event.notBefore = Sql::toTime(query.value(5));
    event.notAfter = Sql::toTime(query.value(6));
    event.reported = Sql::toTime(query.value(7));
    event.type = query.value(8).toString();
    event.modality = modalityFromString(query.value(9).toString()).value_or(Modality::Occurred);
    event.attribution = query.value(10).toString();
    event.summary = query.value(11).toString();
    event.confidence = query.value(12).toDouble();
    event.status = statusFromString(query.value(13).toString()).value_or(ReviewStatus::Proposed);
    event.attributes = QJsonDocument::fromJson(query.value(14).toString().toUtf8()).object();

    QSqlQuery evidence(m_db);
    evidence.prepare(
        QStringLiteral("SELECT id, article_id, begin_pos, end_pos, sentence, source_url, source_label FROM evidence "
                       "WHERE event_id = ? ORDER BY id"));
    evidence.addBindValue(id);
    if (exec(evidence)) {
        while (evidence.next())
            event.evidence.append({evidence.value(0).toLongLong(), evidence.value(1).toLongLong(),
                evidence.value(2).toInt(), evidence.value(3).toInt(), evidence.value(4).toString(),
                evidence.value(5).toString(), evidence.value(6).toString()});
    }
    QSqlQuery links(m_db);
    links.prepare(
        QStringLiteral("SELECT entity_id, role FROM event_entities WHERE event_id = ? ORDER BY entity_id, role"));
    links.addBindValue(id);
    if (exec(links)) {
        while (links.next())
            event.entities.append({links.value(0).toLongLong(), links.value(1).toString()});
    }
    return event;
}

std::optional<qint64> Workspace::findEvent(const Event& event, qint64 idsBelow)
{
    QSqlQuery& query
        = cachedStatement(QStringLiteral("SELECT id FROM events WHERE sort_key = ? AND id < ? AND title = ? "
                                         "AND start_time IS NOT DISTINCT FROM ? LIMIT 1"));
    const StatementReset queryReset(query);
    query.addBindValue(sortKeyOf(event));
    query.addBindValue(idsBelow);
    query.addBindValue(Sql::text(event.title));
    query.addBindValue(Sql::time(event.start));
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

qint64 Workspace::nextEventId()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM events")) || !query.next())
        return 1;
    return query.value(0).toLongLong();
}

int Workspace::removeProposedEventsCiting(qint64 articleId, int begin, int end, qint64 keep)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT DISTINCT e.id FROM events e JOIN evidence v ON v.event_id = e.id WHERE v.article_id = ? "
        "AND v.begin_pos < ? AND v.end_pos > ? AND e.status = 'proposed' AND e.edited = 0 AND e.id <> ?"));
    query.addBindValue(articleId);
    query.addBindValue(end);
    query.addBindValue(begin);
    query.addBindValue(keep);
    QList<qint64> ids;
    if (!exec(query))
        return -1;
    while (query.next())
        ids << query.value(0).toLongLong();
    for (qint64 id : std::as_const(ids)) {
        if (!deleteEvent(id))
            return -1;
    }
    return int(ids.size());
}

bool Workspace::addEvidence(qint64 eventId, const QList<Evidence>& evidence)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO evidence (event_id, article_id, begin_pos, end_pos, sentence, source_url, "
                       "source_label) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Evidence& item : evidence) {
        query.addBindValue(eventId);
        query.addBindValue(item.hasArticle() ? QVariant(item.articleId) : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(item.begin);
        query.addBindValue(item.end);
        query.addBindValue(Sql::text(item.sentence));
        query.addBindValue(Sql::text(item.sourceUrl));
        query.addBindValue(Sql::text(item.sourceLabel));
        if (!exec(query))
            return false;
    }
    if (!inTransaction())
        Q_EMIT eventsChanged({eventId});
    return true;
}

QList<Event> Workspace::eventsForArticle(qint64 articleId)
{
    QList<qint64> ids;
    QSqlQuery& query = cachedStatement(
        QStringLiteral("SELECT DISTINCT event_id FROM evidence WHERE article_id = ? ORDER BY event_id"));
    const StatementReset queryReset(query);
    query.addBindValue(articleId);
    if (exec(query)) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    QList<Event> result;
    for (qint64 id : std::as_const(ids)) {
        if (auto e = event(id))
            result.append(*e);
    }
    return result;
}

QList<EventRow> Workspace::eventRows(const EventRowCursor& after, int limit)
{
    QList<EventRow> rows;
    // The separator must not occur inside a name, or the ids and names after it shift: a unit separator
    // that came into a name with an import shows as a space here.
    const QString aggregate = isPostgres()
        ? QStringLiteral(
            "(SELECT string_agg(n.id || ':' || replace(n.name, chr(31), ' '), chr(31) ORDER BY n.name_key) "
            "FROM event_entities l JOIN entities n ON n.id = l.entity_id WHERE l.event_id = e.id)")
        : QStringLiteral("(SELECT group_concat(n.id || ':' || replace(n.name, char(31), ' '), char(31)) FROM (SELECT "
                         "DISTINCT n.id, n.name FROM event_entities l JOIN entities n ON n.id = l.entity_id "
                         "WHERE l.event_id = e.id ORDER BY n.name_key) n)");
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(eventRowColumns) + aggregate
        + QStringLiteral(" FROM events e WHERE (e.sort_key, e.id) > (?, ?) "
                         "ORDER BY e.sort_key, e.id LIMIT ?"));
    // A row-value comparison lets both databases walk the (sort_key, id) index from the cursor on.
    query.addBindValue(after.sortKey);
    query.addBindValue(after.id);
    query.addBindValue(limit);
    if (!exec(query))
        return rows;
    while (query.next())
        rows.append(readEventRow(query));
    return rows;
}

std::optional<EventRow> Workspace::eventRow(qint64 id)
{
    const std::optional<Event> e = event(id);
    if (!e)
        return std::nullopt;
    const qint64 key = sortKeyOf(*e);
    const QList<EventRow> rows = eventRows({key, id - 1}, 1);
    if (rows.isEmpty() || rows.first().id != id)
        return std::nullopt;
    return rows.first();
}

QList<qint64> Workspace::eventIdsForEntities(const QList<qint64>& entityIds)
{
    QList<qint64> ids;
    if (entityIds.isEmpty())
        return ids;
    QStringList marks;
    for (int i = 0; i < entityIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT event_id FROM event_entities WHERE entity_id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
    for (qint64 id : entityIds)
        query.addBindValue(id);
    if (exec(query)) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

QList<qint64> Workspace::searchEvents(const QString& text)
{
    return fullTextIds(QStringLiteral("SELECT rowid FROM events_fts WHERE events_fts MATCH ?"),
        QStringLiteral("SELECT id FROM events WHERE fts @@ to_tsquery('simple', ?)"), text);
}

QList<Annotation> Workspace::annotations()
{
    QList<Annotation> result;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT id, at_time, text FROM annotations ORDER BY at_time"))) {
        while (query.next())
            result.append({query.value(0).toLongLong(), TimePoint::fromSeconds(query.value(1).toLongLong()),
                query.value(2).toString()});
    }
    return result;
}

bool Workspace::insertAnnotation(Annotation& annotation)
{
    QSqlQuery& query
        = cachedStatement(QStringLiteral("INSERT INTO annotations (at_time, text) VALUES (?, ?) RETURNING id"));
    const StatementReset queryReset(query);
    query.addBindValue(annotation.at.seconds());
    query.addBindValue(annotation.text);
    if (!exec(query) || !query.next())
        return false;
    annotation.id = query.value(0).toLongLong();
    query.finish();
    Q_EMIT annotationsChanged();
    return true;
}

bool Workspace::deleteAnnotation(qint64 id)
{
    QSqlQuery& query = cachedStatement(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    const StatementReset queryReset(query);
    query.addBindValue(id);
    if (!exec(query))
        return false;
    Q_EMIT annotationsChanged();
    return true;
}

} // namespace Kairos
