// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkeventwriter.h"

#include "workspace.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Kairos {

namespace {

QVariant timeValue(const std::optional<TimePoint>& t)
{
    return t ? QVariant(t->seconds()) : QVariant(QMetaType(QMetaType::LongLong));
}

QString textValue(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace

namespace {

qint64 sortKey(const Event& event)
{
    const std::optional<TimePoint> anchor = event.anchor();
    return anchor ? anchor->seconds() : std::numeric_limits<qint64>::max();
}

/// Positions of the events in chronological order (stable, so equal times keep the caller's order).
std::vector<qsizetype> chronologicalOrder(const QList<Event>& events)
{
    std::vector<std::pair<qint64, qsizetype>> keyed;
    keyed.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        keyed.emplace_back(sortKey(events.at(i)), i);
    std::sort(keyed.begin(), keyed.end());
    std::vector<qsizetype> order;
    order.reserve(keyed.size());
    for (const auto& [key, position] : keyed)
        order.push_back(position);
    return order;
}

} // namespace

BulkEventWriter::BulkEventWriter(Workspace& workspace)
    : m_workspace(workspace)
{ }

bool BulkEventWriter::reserveIds(QList<Event>& events)
{
    QSqlQuery query(m_workspace.database());
    if (m_workspace.isPostgres()) {
        // The sequence hands out ids that no concurrent writer can get too; one round trip for the chunk.
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT nextval('events_id_seq') FROM generate_series(1, ?)"));
        query.addBindValue(events.size());
        if (!query.exec())
            return false;
        for (Event& event : events) {
            if (!query.next())
                return false;
            event.id = query.value(0).toLongLong();
            event.version = 1;
        }
        return true;
    }
    // The write transaction (BEGIN IMMEDIATE) excludes other writers, so max(id) cannot move under us.
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM events")) || !query.next())
        return false;
    // Ids follow the chronological order within the chunk, so that the rows reach the time index in order
    // instead of scattered over all of it.
    qint64 next = query.value(0).toLongLong();
    m_insertOrder = chronologicalOrder(events);
    for (qsizetype position : m_insertOrder) {
        events[position].id = next++;
        events[position].version = 1;
    }
    return true;
}

namespace {

/// A prepared statement on the raw SQLite handle: Qt's execBatch binds row by row through QVariant,
/// which costs more than SQLite's own work for these narrow rows.
class RawStatement
{
public:
    RawStatement(sqlite3* db, const char* sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
    }
    ~RawStatement() { sqlite3_finalize(m_statement); }
    bool ok() const { return m_ok; }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    void bind(int index, const std::optional<TimePoint>& t)
    {
        if (t)
            sqlite3_bind_int64(m_statement, index, t->seconds());
        else
            sqlite3_bind_null(m_statement, index);
    }
    void bind(int index, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }
    bool step()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt* m_statement = nullptr;
    bool m_ok = false;
};

QString attributesText(const Event& event)
{
    return event.attributes.isEmpty()
        ? QStringLiteral("{}")
        : QString::fromUtf8(QJsonDocument(event.attributes).toJson(QJsonDocument::Compact));
}

} // namespace

bool BulkEventWriter::writeSqlite(const QList<Event>& events)
{
    const QVariant handle = m_workspace.database().driver()->handle();
    sqlite3* db = handle.isValid() ? *static_cast<sqlite3* const*>(handle.data()) : nullptr;
    if (!db)
        return false;
    RawStatement insertEvent(db,
        "INSERT INTO events (id, title, start_time, end_time, precision, not_before, not_after, reported, "
        "sort_key, type, modality, attribution, summary, confidence, status, attributes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    RawStatement insertEvidence(db,
        "INSERT INTO evidence (event_id, article_id, begin_pos, end_pos, sentence, source_url, source_label) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    RawStatement insertLink(
        db, "INSERT INTO event_entities (event_id, entity_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    if (!insertEvent.ok() || !insertEvidence.ok() || !insertLink.ok())
        return false;
    for (qsizetype position : m_insertOrder) {
        const Event& event = events.at(position);
        insertEvent.bind(1, event.id);
        insertEvent.bind(2, event.title);
        insertEvent.bind(3, event.start);
        insertEvent.bind(4, event.end);
        insertEvent.bind(5, precisionToString(event.precision));
        insertEvent.bind(6, event.notBefore);
        insertEvent.bind(7, event.notAfter);
        insertEvent.bind(8, event.reported);
        insertEvent.bind(9, sortKey(event));
        insertEvent.bind(10, event.type);
        insertEvent.bind(11, modalityToString(event.modality));
        insertEvent.bind(12, event.attribution);
        insertEvent.bind(13, event.summary);
        insertEvent.bind(14, event.confidence);
        insertEvent.bind(15, statusToString(event.status));
        insertEvent.bind(16, attributesText(event));
        if (!insertEvent.step())
            return false;
        for (const Evidence& item : event.evidence) {
            insertEvidence.bind(1, event.id);
            if (item.hasArticle())
                insertEvidence.bind(2, item.articleId);
            else
                insertEvidence.bindNull(2);
            insertEvidence.bind(3, qint64(item.begin));
            insertEvidence.bind(4, qint64(item.end));
            insertEvidence.bind(5, item.sentence);
            insertEvidence.bind(6, item.sourceUrl);
            insertEvidence.bind(7, item.sourceLabel);
            if (!insertEvidence.step())
                return false;
        }
        for (const EventEntity& link : event.entities) {
            insertLink.bind(1, event.id);
            insertLink.bind(2, link.entityId);
            insertLink.bind(3, link.role);
            if (!insertLink.step())
                return false;
        }
    }
    // One pass fills the full-text index for the whole chunk (ids are contiguous here).
    RawStatement index(db,
        "INSERT INTO events_fts (rowid, title, summary) SELECT id, title, summary FROM events WHERE id BETWEEN ? AND "
        "?");
    index.bind(1, events.at(m_insertOrder.front()).id);
    index.bind(2, events.at(m_insertOrder.back()).id);
    return index.ok() && index.step();
}

bool BulkEventWriter::write(QList<Event>& events)
{
    if (events.isEmpty())
        return true;
    WorkspaceTransaction transaction(m_workspace);
    if (!transaction.isActive() || !reserveIds(events))
        return false;
    if (!m_workspace.isPostgres()) {
        if (!writeSqlite(events) || !transaction.commit())
            return false;
        if (!m_workspace.inTransaction())
            m_workspace.notifyExternalChange();
        return true;
    }
    QVariantList ids, titles, starts, ends, precisions, notBefores, notAfters, reporteds, sortKeys, types, modalities,
        attributions, summaries, confidences, statuses, attributes;
    QVariantList evidenceEvent, evidenceArticle, evidenceBegin, evidenceEnd, evidenceSentence, evidenceUrl,
        evidenceLabel;
    QVariantList linkEvent, linkEntity, linkRole;
    for (const Event& event : std::as_const(events)) {
        ids << event.id;
        titles << textValue(event.title);
        starts << timeValue(event.start);
        ends << timeValue(event.end);
        precisions << precisionToString(event.precision);
        notBefores << timeValue(event.notBefore);
        notAfters << timeValue(event.notAfter);
        reporteds << timeValue(event.reported);
        const std::optional<TimePoint> anchor = event.anchor();
        sortKeys << (anchor ? anchor->seconds() : std::numeric_limits<qint64>::max());
        types << textValue(event.type);
        modalities << modalityToString(event.modality);
        attributions << textValue(event.attribution);
        summaries << textValue(event.summary);
        confidences << event.confidence;
        statuses << statusToString(event.status);
        attributes << attributesText(event);
        for (const Evidence& item : event.evidence) {
            evidenceEvent << event.id;
            evidenceArticle << (item.hasArticle() ? QVariant(item.articleId)
                                                  : QVariant(QMetaType(QMetaType::LongLong)));
            evidenceBegin << item.begin;
            evidenceEnd << item.end;
            evidenceSentence << textValue(item.sentence);
            evidenceUrl << textValue(item.sourceUrl);
            evidenceLabel << textValue(item.sourceLabel);
        }
        for (const EventEntity& link : event.entities) {
            linkEvent << event.id;
            linkEntity << link.entityId;
            linkRole << textValue(link.role);
        }
    }
    // PostgreSQL answers every statement over the network: many rows per INSERT, not one round trip each.
    auto batch = [this](const QString& sql, const QList<QVariantList>& columns) {
        const qsizetype rows = columns.first().size();
        if (rows == 0)
            return true;
        const qsizetype valuesAt = sql.indexOf(QLatin1String("VALUES ("));
        const qsizetype tupleEnd = sql.indexOf(QLatin1Char(')'), valuesAt);
        const QString head = sql.left(valuesAt + 7);
        const QString tuple = sql.mid(valuesAt + 7, tupleEnd - valuesAt - 6);
        const QString tail = sql.mid(tupleEnd + 1);
        // PostgreSQL takes at most 65,535 parameters in one statement.
        const qsizetype perStatement = std::max<qsizetype>(1, 30000 / columns.size());
        for (qsizetype first = 0; first < rows; first += perStatement) {
            const qsizetype count = std::min(perStatement, rows - first);
            QStringList tuples;
            tuples.reserve(count);
            for (qsizetype i = 0; i < count; ++i)
                tuples << tuple;
            QSqlQuery query(m_workspace.database());
            if (!query.prepare(head + tuples.join(QLatin1Char(',')) + tail))
                return false;
            for (qsizetype row = first; row < first + count; ++row) {
                for (const QVariantList& column : columns)
                    query.addBindValue(column.at(row));
            }
            if (!query.exec())
                return false;
        }
        return true;
    };
    bool ok
        = batch(QStringLiteral(
                    "INSERT INTO events (id, title, start_time, end_time, precision, not_before, not_after, reported, "
                    "sort_key, type, modality, attribution, summary, confidence, status, attributes) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {ids, titles, starts, ends, precisions, notBefores, notAfters, reporteds, sortKeys, types, modalities,
                attributions, summaries, confidences, statuses, attributes});
    ok = ok
        && batch(
            QStringLiteral(
                "INSERT INTO evidence (event_id, article_id, begin_pos, end_pos, sentence, source_url, source_label) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {evidenceEvent, evidenceArticle, evidenceBegin, evidenceEnd, evidenceSentence, evidenceUrl, evidenceLabel})
        && batch(QStringLiteral(
                     "INSERT INTO event_entities (event_id, entity_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
            {linkEvent, linkEntity, linkRole});
    if (!ok || !transaction.commit())
        return false;
    if (!m_workspace.inTransaction())
        m_workspace.notifyExternalChange();
    return true;
}

} // namespace Kairos
