// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjournal.h"

#include "sqlvalues.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace Kairos {

namespace {

// Bound values per statement: well below SQLite's and PostgreSQL's limits.
constexpr qsizetype idsPerStatement = 500;

/// The columns that identify a row of each table, for deleting exactly the rows a copy was taken of.
QStringList keyColumns(const QString& table)
{
    if (table == QLatin1String("article_sources"))
        return {QStringLiteral("article_id")};
    if (table == QLatin1String("article_origins"))
        return {QStringLiteral("article_id"), QStringLiteral("bundle"), QStringLiteral("path")};
    if (table == QLatin1String("entity_aliases"))
        return {QStringLiteral("entity_id"), QStringLiteral("alias_key")};
    if (table == QLatin1String("event_entities"))
        return {QStringLiteral("event_id"), QStringLiteral("entity_id"), QStringLiteral("role")};
    return {QStringLiteral("id")};
}

/// SQLite's full-text tables keep no copy of the text: they are told what to forget, with the words
/// they were made from, and what to index, as the store's own writes do.
struct TextIndex
{
    const char* table;
    const char* index;
    const char* second;
};
constexpr TextIndex textIndexes[] = {{"articles", "articles_fts", "body"}, {"events", "events_fts", "summary"}};

const TextIndex* textIndexFor(const QString& table)
{
    for (const TextIndex& index : textIndexes) {
        if (table == QLatin1String(index.table))
            return &index;
    }
    return nullptr;
}

class RowWriter
{
public:
    explicit RowWriter(Workspace& workspace)
        : m_workspace(workspace)
        , m_db(workspace.database())
    { }

    bool select(const QString& table, const QString& condition, const QVariantList& values, QList<QSqlRecord>* rows)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, condition)))
            return fail(query);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return fail(query);
        while (query.next()) {
            QSqlRecord record = query.record();
            // PostgreSQL computes the search column itself and refuses a value for it.
            const int generated = record.indexOf(QStringLiteral("fts"));
            if (generated >= 0)
                record.remove(generated);
            rows->append(record);
        }
        return true;
    }

    bool selectIn(const QString& table, const QString& column, const QList<qint64>& ids, QList<QSqlRecord>* rows)
    {
        for (qsizetype at = 0; at < ids.size(); at += idsPerStatement) {
            const QList<qint64> chunk = ids.mid(at, idsPerStatement);
            QStringList marks(chunk.size(), QStringLiteral("?"));
            QVariantList values;
            for (qint64 id : chunk)
                values << id;
            if (!select(table, QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(','))), values, rows))
                return false;
        }
        return true;
    }

    bool remove(const ImportJournal::TableRows& rows)
    {
        const QStringList keys = keyColumns(rows.table);
        QStringList conditions;
        for (const QString& key : keys)
            conditions << key + QStringLiteral(" = ?");
        QSqlQuery query(m_db);
        if (!query.prepare(
                QStringLiteral("DELETE FROM %1 WHERE %2").arg(rows.table, conditions.join(QStringLiteral(" AND ")))))
            return fail(query);
        for (const QSqlRecord& row : rows.rows) {
            if (!forgetText(rows.table, row))
                return false;
            for (const QString& key : keys)
                query.addBindValue(row.value(key));
            if (!query.exec())
                return fail(query);
        }
        return true;
    }

    bool insert(const ImportJournal::TableRows& rows)
    {
        if (rows.rows.isEmpty())
            return true;
        const QSqlRecord& first = rows.rows.first();
        QStringList columns;
        for (int i = 0; i < first.count(); ++i)
            columns << first.fieldName(i);
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(rows.table, columns.join(QLatin1Char(',')),
                                   QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')))))
            return fail(query);
        for (const QSqlRecord& row : rows.rows) {
            for (const QString& column : std::as_const(columns))
                query.addBindValue(row.value(column));
            if (!query.exec() || !indexText(rows.table, row))
                return fail(query);
        }
        return true;
    }

    QString error() const { return m_error; }

private:
    bool forgetText(const QString& table, const QSqlRecord& row) { return changeText(table, row, true); }
    bool indexText(const QString& table, const QSqlRecord& row) { return changeText(table, row, false); }
    bool changeText(const QString& table, const QSqlRecord& row, bool forget)
    {
        const TextIndex* index = textIndexFor(table);
        if (!index || m_workspace.isPostgres())
            return true;
        const QString second = QString::fromLatin1(index->second);
        QSqlQuery query(m_db);
        query.prepare(forget ? QStringLiteral("INSERT INTO %1 (%1, rowid, title, %2) VALUES ('delete', ?, ?, ?)")
                                   .arg(QLatin1String(index->index), second)
                             : QStringLiteral("INSERT INTO %1 (rowid, title, %2) VALUES (?, ?, ?)")
                                   .arg(QLatin1String(index->index), second));
        query.addBindValue(row.value(QStringLiteral("id")));
        query.addBindValue(row.value(QStringLiteral("title")));
        query.addBindValue(row.value(second));
        return query.exec() || fail(query);
    }
    bool fail(const QSqlQuery& query)
    {
        if (m_error.isEmpty())
            m_error = query.lastError().text();
        return false;
    }

    Workspace& m_workspace;
    QSqlDatabase m_db;
    QString m_error;
};

ImportJournal::RowSet merged(const QList<ImportJournal::RowSet>& sets)
{
    ImportJournal::RowSet result;
    for (const ImportJournal::RowSet& set : sets) {
        for (const ImportJournal::TableRows& rows : set) {
            auto it = std::find_if(result.begin(), result.end(),
                [&rows](const ImportJournal::TableRows& existing) { return existing.table == rows.table; });
            if (it == result.end())
                result.append(rows);
            else
                it->rows += rows.rows;
        }
    }
    return result;
}

} // namespace

bool ImportJournal::noteOriginIfNew(Workspace& workspace, qint64 articleId, const QString& bundle, const QString& path)
{
    QList<QSqlRecord> existing;
    RowWriter reader(workspace);
    if (!reader.select(QStringLiteral("article_origins"), QStringLiteral("article_id = ? AND bundle = ? AND path = ?"),
            {articleId, Sql::text(bundle), Sql::text(path)}, &existing)) {
        m_error = reader.error();
        return false;
    }
    if (existing.isEmpty())
        m_origins.append({articleId, Sql::text(bundle), Sql::text(path)});
    return true;
}

bool ImportJournal::captureEventsCiting(Workspace& workspace, qint64 articleId)
{
    RowWriter reader(workspace);
    const QString citing = QStringLiteral("(SELECT event_id FROM evidence WHERE article_id = ?)");
    m_captured
        = {{QStringLiteral("events"), {}}, {QStringLiteral("evidence"), {}}, {QStringLiteral("event_entities"), {}}};
    return reader.select(QStringLiteral("events"), QStringLiteral("id IN ") + citing, {articleId}, &m_captured[0].rows)
        && reader.select(
            QStringLiteral("evidence"), QStringLiteral("event_id IN ") + citing, {articleId}, &m_captured[1].rows)
        && reader.select(QStringLiteral("event_entities"), QStringLiteral("event_id IN ") + citing, {articleId},
            &m_captured[2].rows);
}

bool ImportJournal::keepRemovedEvents(Workspace& workspace)
{
    const RowSet captured = std::exchange(m_captured, {});
    if (captured.isEmpty() || captured.first().rows.isEmpty())
        return true;
    QList<qint64> ids;
    for (const QSqlRecord& row : captured.first().rows)
        ids << row.value(QStringLiteral("id")).toLongLong();
    QList<QSqlRecord> stillThere;
    RowWriter reader(workspace);
    if (!reader.selectIn(QStringLiteral("events"), QStringLiteral("id"), ids, &stillThere))
        return false;
    QSet<qint64> kept(m_events.cbegin(), m_events.cend());
    for (const QSqlRecord& row : std::as_const(stillThere))
        kept.insert(row.value(QStringLiteral("id")).toLongLong());
    RowSet removed;
    for (const TableRows& rows : captured) {
        const QString key = rows.table == QLatin1String("events") ? QStringLiteral("id") : QStringLiteral("event_id");
        TableRows gone {rows.table, {}};
        for (const QSqlRecord& row : rows.rows) {
            if (!kept.contains(row.value(key).toLongLong()))
                gone.rows.append(row);
        }
        removed.append(gone);
    }
    if (!removed.first().rows.isEmpty())
        m_removed.append(removed);
    return true;
}

ImportJournal::Mark ImportJournal::mark() const
{
    return {m_articles.size(), m_origins.size(), m_events.size(), m_entities.size(), m_removed.size()};
}

void ImportJournal::rollbackTo(const Mark& mark)
{
    m_articles.resize(mark.articles);
    m_origins.resize(mark.origins);
    m_events.resize(mark.events);
    m_entities.resize(mark.entities);
    m_removed.resize(mark.removed);
    m_captured.clear();
}

bool ImportJournal::isEmpty() const
{
    return m_articles.isEmpty() && m_origins.isEmpty() && m_events.isEmpty() && m_entities.isEmpty()
        && m_removed.isEmpty();
}

bool ImportJournal::addedRows(Workspace& workspace, RowSet* rows)
{
    RowWriter reader(workspace);
    *rows = {{QStringLiteral("entities"), {}}, {QStringLiteral("entity_aliases"), {}}, {QStringLiteral("articles"), {}},
        {QStringLiteral("article_sources"), {}}, {QStringLiteral("article_origins"), {}},
        {QStringLiteral("mentions"), {}}, {QStringLiteral("events"), {}}, {QStringLiteral("evidence"), {}},
        {QStringLiteral("event_entities"), {}}};
    RowSet& r = *rows;
    QList<QSqlRecord> entityMentions;
    QList<QSqlRecord> entityLinks;
    bool ok = reader.selectIn(QStringLiteral("articles"), QStringLiteral("id"), m_articles, &r[2].rows)
        && reader.selectIn(QStringLiteral("article_sources"), QStringLiteral("article_id"), m_articles, &r[3].rows)
        && reader.selectIn(QStringLiteral("article_origins"), QStringLiteral("article_id"), m_articles, &r[4].rows)
        && reader.selectIn(QStringLiteral("mentions"), QStringLiteral("article_id"), m_articles, &r[5].rows)
        && reader.selectIn(QStringLiteral("events"), QStringLiteral("id"), m_events, &r[6].rows)
        && reader.selectIn(QStringLiteral("evidence"), QStringLiteral("event_id"), m_events, &r[7].rows)
        && reader.selectIn(QStringLiteral("evidence"), QStringLiteral("article_id"), m_articles, &r[7].rows)
        && reader.selectIn(QStringLiteral("event_entities"), QStringLiteral("event_id"), m_events, &r[8].rows)
        && reader.selectIn(QStringLiteral("mentions"), QStringLiteral("entity_id"), m_entities, &entityMentions)
        && reader.selectIn(QStringLiteral("event_entities"), QStringLiteral("entity_id"), m_entities, &entityLinks);
    for (const auto& [articleId, bundle, path] : m_origins) {
        ok = ok
            && reader.select(QStringLiteral("article_origins"),
                QStringLiteral("article_id = ? AND bundle = ? AND path = ?"), {articleId, bundle, path}, &r[4].rows);
    }
    // An entity the import made stays when something else has come to name it since (another import from
    // the command line, a teammate's link): removing it would take their rows with it.
    const QSet<qint64> articles(m_articles.cbegin(), m_articles.cend());
    const QSet<qint64> events(m_events.cbegin(), m_events.cend());
    QSet<qint64> usedElsewhere;
    for (const QSqlRecord& row : std::as_const(entityMentions)) {
        if (!articles.contains(row.value(QStringLiteral("article_id")).toLongLong()))
            usedElsewhere.insert(row.value(QStringLiteral("entity_id")).toLongLong());
    }
    for (const QSqlRecord& row : std::as_const(entityLinks)) {
        if (!events.contains(row.value(QStringLiteral("event_id")).toLongLong()))
            usedElsewhere.insert(row.value(QStringLiteral("entity_id")).toLongLong());
    }
    QList<qint64> entities;
    for (qint64 id : m_entities) {
        if (!usedElsewhere.contains(id))
            entities.append(id);
    }
    ok = ok && reader.selectIn(QStringLiteral("entities"), QStringLiteral("id"), entities, &r[0].rows)
        && reader.selectIn(QStringLiteral("entity_aliases"), QStringLiteral("entity_id"), entities, &r[1].rows);
    if (!ok) {
        m_error = reader.error();
        return false;
    }
    // Evidence from an added article for an added event was found through both.
    QSet<qint64> seenEvidence;
    r[7].rows.removeIf([&seenEvidence](const QSqlRecord& row) {
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        if (seenEvidence.contains(id))
            return true;
        seenEvidence.insert(id);
        return false;
    });
    return true;
}

bool ImportJournal::editedSinceImport(Workspace& workspace, bool* edited)
{
    QList<QSqlRecord> events;
    RowWriter reader(workspace);
    if (!reader.selectIn(QStringLiteral("events"), QStringLiteral("id"), m_events, &events)) {
        m_error = reader.error();
        return false;
    }
    *edited = std::any_of(events.cbegin(), events.cend(),
        [](const QSqlRecord& row) { return row.value(QStringLiteral("version")).toLongLong() != 1; });
    return true;
}

bool ImportJournal::undo(Workspace& workspace)
{
    m_error.clear();
    WorkspaceTransaction transaction(workspace);
    if (!transaction.isActive())
        return failWith(workspace);
    bool edited = false;
    RowSet added;
    if (!editedSinceImport(workspace, &edited) || !addedRows(workspace, &added))
        return false;
    if (edited) {
        m_error = QCoreApplication::translate("ImportJournal",
            "Some events of this import were edited or confirmed since, outside this window's undo history. "
            "Delete the import's events by hand if they are not wanted.");
        return false;
    }
    RowWriter writer(workspace);
    for (auto it = added.crbegin(); it != added.crend(); ++it) {
        if (!writer.remove(*it)) {
            m_error = writer.error();
            return false;
        }
    }
    // Evidence that this import's articles gave the events it then replaced goes with the articles.
    const QSet<qint64> addedArticles(m_articles.cbegin(), m_articles.cend());
    for (TableRows rows : merged(m_removed)) {
        rows.rows.removeIf([&addedArticles](const QSqlRecord& row) {
            return row.contains(QStringLiteral("sentence"))
                && addedArticles.contains(row.value(QStringLiteral("article_id")).toLongLong());
        });
        if (!writer.insert(rows)) {
            m_error = writer.error();
            return false;
        }
    }
    if (!transaction.commit())
        return failWith(workspace);
    m_added = added;
    return true;
}

bool ImportJournal::redo(Workspace& workspace)
{
    m_error.clear();
    WorkspaceTransaction transaction(workspace);
    if (!transaction.isActive())
        return failWith(workspace);
    RowWriter writer(workspace);
    const RowSet removed = merged(m_removed);
    for (auto it = removed.crbegin(); it != removed.crend(); ++it) {
        if (!writer.remove(*it)) {
            m_error = writer.error();
            return false;
        }
    }
    for (const TableRows& rows : std::as_const(m_added)) {
        if (!writer.insert(rows)) {
            m_error = writer.error();
            return false;
        }
    }
    return transaction.commit() || failWith(workspace);
}

bool ImportJournal::failWith(Workspace& workspace)
{
    m_error = workspace.lastError().message;
    return false;
}

} // namespace Kairos
