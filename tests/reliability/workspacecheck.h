// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspace.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace Kairos::Test {

/// What the workspace holds of one article. Extraction is deterministic, so the same article text must
/// come with the same mentions and the same events whether it was imported in one run or over many.
struct StoredArticle
{
    int mentions = 0;
    int sources = 0;
    int origins = 0;
    /// "title|start|entity links" of each event that cites the article, sorted.
    QStringList events;

    bool operator==(const StoredArticle& other) const
    {
        return mentions == other.mentions && sources == other.sources && origins == other.origins
            && events == other.events;
    }
};

struct WorkspaceShape
{
    QHash<QString, StoredArticle> articles; // by content hash
    QSet<QString> entities; // by name key
    qint64 events = 0;
    qint64 evidence = 0;
    qint64 mentions = 0;
    qint64 eventsWithoutEvidence = 0;
};

/// Whatever a read left in `problems` if it failed: a check that cannot read must not pass.
inline bool readRows(
    Workspace& workspace, const QString& sql, QStringList* problems, const std::function<void(const QSqlQuery&)>& row)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *problems << QStringLiteral("%1: %2").arg(sql, query.lastError().text());
        return false;
    }
    while (query.next())
        row(query);
    return true;
}

inline WorkspaceShape readShape(Workspace& workspace, QStringList* problems)
{
    WorkspaceShape shape;
    readRows(workspace,
        QStringLiteral("SELECT a.sha256, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id), "
                       "(SELECT count(*) FROM article_sources s WHERE s.article_id = a.id), "
                       "(SELECT count(*) FROM article_origins o WHERE o.article_id = a.id) FROM articles a"),
        problems, [&](const QSqlQuery& q) {
            StoredArticle& article = shape.articles[q.value(0).toString()];
            article.mentions = q.value(1).toInt();
            article.sources = q.value(2).toInt();
            article.origins = q.value(3).toInt();
            shape.mentions += article.mentions;
        });
    readRows(workspace,
        QStringLiteral("SELECT a.sha256, e.title, e.start_time, "
                       "(SELECT count(*) FROM event_entities l WHERE l.event_id = e.id) "
                       "FROM evidence v JOIN articles a ON a.id = v.article_id JOIN events e ON e.id = v.event_id"),
        problems, [&](const QSqlQuery& q) {
            shape.articles[q.value(0).toString()].events
                << QStringLiteral("%1|%2|%3").arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
        });
    for (StoredArticle& article : shape.articles)
        std::sort(article.events.begin(), article.events.end());
    readRows(workspace, QStringLiteral("SELECT name_key FROM entities"), problems,
        [&](const QSqlQuery& q) { shape.entities.insert(q.value(0).toString()); });
    readRows(workspace,
        QStringLiteral("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM evidence), "
                       "(SELECT count(*) FROM events e WHERE NOT EXISTS "
                       "(SELECT 1 FROM evidence v WHERE v.event_id = e.id))"),
        problems, [&](const QSqlQuery& q) {
            shape.events = q.value(0).toLongLong();
            shape.evidence = q.value(1).toLongLong();
            shape.eventsWithoutEvidence = q.value(2).toLongLong();
        });
    return shape;
}

/// Before 3.44, FTS5's integrity-check does not compare an external-content index with its table, so a row
/// written without its index entry (or deleted behind the index's back) passes it. This indexes the table
/// afresh in a temporary index and compares every word, row, column and position of the two.
inline QStringList fullTextDifferences(
    Workspace& workspace, const QString& index, const QString& table, const QString& columns)
{
    QStringList problems;
    const QStringList setUp {
        QStringLiteral("CREATE VIRTUAL TABLE temp.check_fts USING fts5(%1)").arg(columns),
        QStringLiteral("INSERT INTO temp.check_fts (rowid, %1) SELECT id, %1 FROM main.%2").arg(columns, table),
        QStringLiteral("CREATE VIRTUAL TABLE temp.check_fresh USING fts5vocab(temp, check_fts, instance)"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.check_stored USING fts5vocab(main, %1, instance)").arg(index),
    };
    const QStringList tearDown {QStringLiteral("DROP TABLE IF EXISTS temp.check_stored"),
        QStringLiteral("DROP TABLE IF EXISTS temp.check_fresh"), QStringLiteral("DROP TABLE IF EXISTS temp.check_fts")};
    bool ready = true;
    for (const QString& sql : setUp) {
        QSqlQuery query(workspace.database());
        if (ready && !query.exec(sql)) {
            problems << QStringLiteral("%1: %2").arg(sql, query.lastError().text());
            ready = false;
        }
    }
    if (ready) {
        const QString missing
            = QStringLiteral("SELECT count(*) FROM (SELECT term, doc, col, offset FROM temp.check_fresh EXCEPT "
                             "SELECT term, doc, col, offset FROM temp.check_stored)");
        const QString stale
            = QStringLiteral("SELECT count(*) FROM (SELECT term, doc, col, offset FROM temp.check_stored EXCEPT "
                             "SELECT term, doc, col, offset FROM temp.check_fresh)");
        for (const auto& [sql, what] : {std::pair {missing, "missing from"}, std::pair {stale, "stale in"}}) {
            readRows(workspace, sql, &problems, [&](const QSqlQuery& q) {
                if (q.value(0).toLongLong() > 0)
                    problems << QStringLiteral("%1 words of %2 are %3 %4")
                                    .arg(q.value(0).toString(), table, QLatin1String(what), index);
            });
        }
    }
    for (const QString& sql : tearDown)
        QSqlQuery(workspace.database()).exec(sql);
    return problems;
}

/// SQLite's own checks: the file, the foreign keys and both full-text indexes against their tables.
inline QStringList storageProblems(Workspace& workspace)
{
    QStringList problems;
    QStringList integrity;
    readRows(workspace, QStringLiteral("PRAGMA integrity_check"), &problems,
        [&](const QSqlQuery& q) { integrity << q.value(0).toString(); });
    // SQLite 3.40.0 to 3.41.0 report "NULL value in T.C" for NOT NULL columns of WITHOUT ROWID tables whose
    // primary key lists its columns in another order (entity_aliases); a direct look tells those from real ones.
    static const QRegularExpression nullValue(QStringLiteral("^NULL value in (\\w+)\\.(\\w+)$"));
    integrity.removeIf([&](const QString& line) {
        const QRegularExpressionMatch match = nullValue.match(line);
        if (!match.hasMatch())
            return false;
        bool reallyNull = true;
        readRows(workspace,
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(match.captured(1), match.captured(2)),
            &problems, [&](const QSqlQuery& q) { reallyNull = q.value(0).toLongLong() > 0; });
        return !reallyNull;
    });
    if (integrity.isEmpty())
        integrity << QStringLiteral("ok");
    if (integrity != QStringList {QStringLiteral("ok")})
        problems << QStringLiteral("integrity_check: ") + integrity.join(QStringLiteral("; "));
    readRows(workspace, QStringLiteral("PRAGMA foreign_key_check"), &problems, [&](const QSqlQuery& q) {
        problems << QStringLiteral("foreign key: %1 row %2 → %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    });
    for (const QString& index : {QStringLiteral("articles_fts"), QStringLiteral("events_fts")}) {
        QSqlQuery check(workspace.database());
        if (!check.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(index)))
            problems << QStringLiteral("%1 integrity-check: %2").arg(index, check.lastError().text());
    }
    problems << fullTextDifferences(
        workspace, QStringLiteral("articles_fts"), QStringLiteral("articles"), QStringLiteral("title, body"));
    problems << fullTextDifferences(
        workspace, QStringLiteral("events_fts"), QStringLiteral("events"), QStringLiteral("title, summary"));
    return problems;
}

/// Articles that are in the workspace but not whole (compared with the same articles in `reference`),
/// events without evidence and entities that the reference import never made.
inline QStringList wholenessProblems(const WorkspaceShape& found, const WorkspaceShape& reference)
{
    QStringList problems;
    for (auto it = found.articles.cbegin(); it != found.articles.cend(); ++it) {
        const auto expected = reference.articles.constFind(it.key());
        if (expected == reference.articles.cend()) {
            problems << QStringLiteral("article %1 is not in the reference import").arg(it.key());
            continue;
        }
        const StoredArticle& article = *it;
        if (article.sources != 1 || article.origins < 1)
            problems << QStringLiteral("article %1 has %2 source and %3 origin rows")
                            .arg(it.key())
                            .arg(article.sources)
                            .arg(article.origins);
        if (article.mentions != expected->mentions)
            problems << QStringLiteral("article %1 has %2 mentions, the reference %3")
                            .arg(it.key())
                            .arg(article.mentions)
                            .arg(expected->mentions);
        if (article.events != expected->events)
            problems << QStringLiteral("article %1 is cited by [%2], in the reference by [%3]")
                            .arg(it.key(), article.events.join(QStringLiteral(", ")),
                                expected->events.join(QStringLiteral(", ")));
    }
    if (found.eventsWithoutEvidence > 0)
        problems << QStringLiteral("%1 events without evidence").arg(found.eventsWithoutEvidence);
    for (const QString& entity : found.entities) {
        if (!reference.entities.contains(entity))
            problems << QStringLiteral("entity “%1” is not in the reference import").arg(entity);
    }
    return problems;
}

/// The same articles, events, entities, mentions and evidence as the reference.
inline QStringList differences(const WorkspaceShape& found, const WorkspaceShape& reference)
{
    QStringList problems;
    const auto compare = [&](const char* what, qint64 a, qint64 b) {
        if (a != b)
            problems << QStringLiteral("%1: %2, the reference %3").arg(QLatin1String(what)).arg(a).arg(b);
    };
    compare("articles", found.articles.size(), reference.articles.size());
    compare("events", found.events, reference.events);
    compare("evidence", found.evidence, reference.evidence);
    compare("mentions", found.mentions, reference.mentions);
    compare("entities", found.entities.size(), reference.entities.size());
    if (problems.isEmpty() && (found.articles != reference.articles || found.entities != reference.entities))
        problems << QStringLiteral("same counts, different articles or entities");
    return problems;
}

/// At most `limit` lines, for a failure message that stays readable.
inline QString firstLines(const QStringList& lines, int limit = 12)
{
    QStringList shown = lines.mid(0, limit);
    if (lines.size() > limit)
        shown << QStringLiteral("… and %1 more").arg(lines.size() - limit);
    return shown.join(QLatin1Char('\n'));
}

} // namespace Kairos::Test
