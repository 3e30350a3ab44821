// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Kairos::Schema {

namespace {

// Version 1. Times are seconds since the epoch (see TimePoint); sort_key orders undated events last.
const char* const sqliteV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL, outlet TEXT NOT NULL DEFAULT '', "
    "url TEXT NOT NULL DEFAULT '', published INTEGER, published_precision TEXT NOT NULL DEFAULT 'unknown', "
    "language TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, "
    "source_format TEXT NOT NULL DEFAULT '', imported_at INTEGER NOT NULL)",
    "CREATE INDEX articles_url ON articles (url) WHERE url <> ''",
    "CREATE INDEX articles_published ON articles (published)",
    "CREATE TABLE article_sources (article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE, "
    "bytes BLOB NOT NULL)",
    "CREATE TABLE article_origins (article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
    "bundle TEXT NOT NULL, path TEXT NOT NULL, imported_at INTEGER NOT NULL, PRIMARY KEY (article_id, bundle, path))",
    "CREATE TABLE entities (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, "
    "type TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1)",
    "CREATE TABLE entity_aliases (entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE, "
    "alias TEXT NOT NULL, alias_key TEXT NOT NULL, PRIMARY KEY (entity_id, alias_key)) WITHOUT ROWID",
    "CREATE INDEX entity_aliases_key ON entity_aliases (alias_key)",
    "CREATE TABLE mentions (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE "
    "CASCADE, "
    "entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE, begin_pos INTEGER NOT NULL, end_pos "
    "INTEGER NOT NULL)",
    "CREATE INDEX mentions_article ON mentions (article_id)",
    "CREATE INDEX mentions_entity ON mentions (entity_id)",
    "CREATE TABLE events (id INTEGER PRIMARY KEY, version INTEGER NOT NULL DEFAULT 1, title TEXT NOT NULL, "
    "start_time INTEGER, end_time INTEGER, precision TEXT NOT NULL, not_before INTEGER, not_after INTEGER, "
    "reported INTEGER, sort_key INTEGER NOT NULL, type TEXT NOT NULL, modality TEXT NOT NULL, "
    "attribution TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', confidence REAL NOT NULL DEFAULT 1, "
    "status TEXT NOT NULL, attributes TEXT NOT NULL DEFAULT '{}', edited INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX events_sort ON events (sort_key, id)",
    "CREATE TABLE evidence (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE "
    "CASCADE, "
    "article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE, begin_pos INTEGER NOT NULL DEFAULT 0, "
    "end_pos INTEGER NOT NULL DEFAULT 0, sentence TEXT NOT NULL DEFAULT '', source_url TEXT NOT NULL DEFAULT '', "
    "source_label TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX evidence_event ON evidence (event_id)",
    "CREATE INDEX evidence_article ON evidence (article_id)",
    "CREATE TABLE event_entities (event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE, "
    "entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE, role TEXT NOT NULL DEFAULT '', "
    "PRIMARY KEY (event_id, entity_id, role)) WITHOUT ROWID",
    "CREATE INDEX event_entities_entity ON event_entities (entity_id)",
    "CREATE TABLE annotations (id INTEGER PRIMARY KEY, at_time INTEGER NOT NULL, text TEXT NOT NULL, "
    "version INTEGER NOT NULL DEFAULT 1)",
    // The full-text tables are kept in step by the store's own writes, not by triggers: with
    // trusted_schema off (the hardening for files from elsewhere) SQLite refuses virtual tables in triggers.
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id')",
    "CREATE VIRTUAL TABLE events_fts USING fts5(title, summary)",
};

// Version 2: the event index reads its text from the events table instead of keeping a copy, and keeps
// no per-row column sizes (nothing ranks events by relevance); both were most of the cost of bulk writes.
const char* const sqliteV2[] = {
    "DROP TABLE events_fts",
    "CREATE VIRTUAL TABLE events_fts USING fts5(title, summary, content='events', content_rowid='id', columnsize=0)",
    "INSERT INTO events_fts (events_fts) VALUES ('rebuild')",
};

const char* const postgresV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE articles (id BIGSERIAL PRIMARY KEY, title TEXT NOT NULL, outlet TEXT NOT NULL DEFAULT '', "
    "url TEXT NOT NULL DEFAULT '', published BIGINT, published_precision TEXT NOT NULL DEFAULT 'unknown', "
    "language TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, "
    "source_format TEXT NOT NULL DEFAULT '', imported_at BIGINT NOT NULL, "
    "fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED)",
    "CREATE INDEX articles_url ON articles (url) WHERE url <> ''",
    "CREATE INDEX articles_published ON articles (published)",
    "CREATE INDEX articles_fts ON articles USING gin (fts)",
    "CREATE TABLE article_sources (article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE, "
    "bytes BYTEA NOT NULL)",
    "CREATE TABLE article_origins (article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
    "bundle TEXT NOT NULL, path TEXT NOT NULL, imported_at BIGINT NOT NULL, PRIMARY KEY (article_id, bundle, path))",
    "CREATE TABLE entities (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, "
    "type TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1)",
    "CREATE TABLE entity_aliases (entity_id BIGINT NOT NULL REFERENCES entities (id) ON DELETE CASCADE, "
    "alias TEXT NOT NULL, alias_key TEXT NOT NULL, PRIMARY KEY (entity_id, alias_key))",
    "CREATE INDEX entity_aliases_key ON entity_aliases (alias_key)",
    "CREATE TABLE mentions (id BIGSERIAL PRIMARY KEY, article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE "
    "CASCADE, "
    "entity_id BIGINT NOT NULL REFERENCES entities (id) ON DELETE CASCADE, begin_pos INTEGER NOT NULL, end_pos INTEGER "
    "NOT NULL)",
    "CREATE INDEX mentions_article ON mentions (article_id)",
    "CREATE INDEX mentions_entity ON mentions (entity_id)",
    "CREATE TABLE events (id BIGSERIAL PRIMARY KEY, version INTEGER NOT NULL DEFAULT 1, title TEXT NOT NULL, "
    "start_time BIGINT, end_time BIGINT, precision TEXT NOT NULL, not_before BIGINT, not_after BIGINT, "
    "reported BIGINT, sort_key BIGINT NOT NULL, type TEXT NOT NULL, modality TEXT NOT NULL, "
    "attribution TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', confidence DOUBLE PRECISION NOT NULL "
    "DEFAULT 1, "
    "status TEXT NOT NULL, attributes TEXT NOT NULL DEFAULT '{}', edited INTEGER NOT NULL DEFAULT 0, "
    "fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || summary)) STORED)",
    "CREATE INDEX events_sort ON events (sort_key, id)",
    "CREATE INDEX events_type ON events (type)",
    "CREATE INDEX events_fts ON events USING gin (fts)",
    "CREATE TABLE evidence (id BIGSERIAL PRIMARY KEY, event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE "
    "CASCADE, "
    "article_id BIGINT REFERENCES articles (id) ON DELETE CASCADE, begin_pos INTEGER NOT NULL DEFAULT 0, "
    "end_pos INTEGER NOT NULL DEFAULT 0, sentence TEXT NOT NULL DEFAULT '', source_url TEXT NOT NULL DEFAULT '', "
    "source_label TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX evidence_event ON evidence (event_id)",
    "CREATE INDEX evidence_article ON evidence (article_id)",
    "CREATE TABLE event_entities (event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE, "
    "entity_id BIGINT NOT NULL REFERENCES entities (id) ON DELETE CASCADE, role TEXT NOT NULL DEFAULT '', "
    "PRIMARY KEY (event_id, entity_id, role))",
    "CREATE INDEX event_entities_entity ON event_entities (entity_id)",
    "CREATE TABLE annotations (id BIGSERIAL PRIMARY KEY, at_time BIGINT NOT NULL, text TEXT NOT NULL, "
    "version INTEGER NOT NULL DEFAULT 1)",
};

bool run(QSqlDatabase& db, const QString& sql, StoreError* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = StoreError::make(StoreError::Sql, query.lastError().text());
    return false;
}

template <size_t N>
bool runAll(QSqlDatabase& db, const char* const (&statements)[N], StoreError* error)
{
    for (const char* sql : statements) {
        if (!run(db, QString::fromLatin1(sql), error))
            return false;
    }
    return true;
}

} // namespace

int storedVersion(QSqlDatabase& db, WorkspaceLocation::Backend backend, StoreError* error)
{
    const QStringList tables = db.tables();
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(QLatin1String("meta"))) {
        if (error)
            *error = StoreError::make(StoreError::NotAWorkspace,
                QCoreApplication::translate(
                    "Workspace", "The database holds tables, but not those of a Kairos workspace."));
        return -1;
    }
    if (backend == WorkspaceLocation::SQLite) {
        QSqlQuery appId(QStringLiteral("PRAGMA application_id"), db);
        if (appId.next() && appId.value(0).toInt() != sqliteApplicationId) {
            if (error)
                *error = StoreError::make(StoreError::NotAWorkspace,
                    QCoreApplication::translate("Workspace", "The file is an SQLite database of another application."));
            return -1;
        }
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(QStringLiteral("schema_version"));
    if (!query.exec() || !query.next()) {
        if (error)
            *error = StoreError::make(StoreError::NotAWorkspace,
                QCoreApplication::translate("Workspace", "The workspace has no schema version."));
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase& db, WorkspaceLocation::Backend backend, int fromVersion, StoreError* error)
{
    if (fromVersion >= currentVersion)
        return true;
    // DDL is transactional in both SQLite and PostgreSQL: a failed migration leaves the old schema intact.
    if (!db.transaction()) {
        if (error)
            *error = StoreError::make(StoreError::Sql, db.lastError().text());
        return false;
    }
    bool ok = true;
    if (fromVersion < 1) {
        ok = backend == WorkspaceLocation::SQLite ? runAll(db, sqliteV1, error) : runAll(db, postgresV1, error);
        if (ok && backend == WorkspaceLocation::SQLite)
            ok = run(db, QStringLiteral("PRAGMA application_id = %1").arg(sqliteApplicationId), error);
        ok = ok && run(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '0')"), error);
    }
    if (ok && fromVersion < 2 && backend == WorkspaceLocation::SQLite)
        ok = runAll(db, sqliteV2, error);
    // Later versions add their steps here, each guarded by `fromVersion < N`.
    if (ok) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
        query.addBindValue(QString::number(currentVersion));
        ok = query.exec();
        if (!ok && error)
            *error = StoreError::make(StoreError::Sql, query.lastError().text());
    }
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

} // namespace Kairos::Schema
