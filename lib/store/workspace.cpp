// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"
#include "networkfilesystem.h"

#include "schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Kairos {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kairos-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// SQLite's file locks do not hold over network file systems, so two computers could write one workspace at
/// once and damage it: such a workspace opens read-only, and teams get PostgreSQL.
StoreError checkLocalDisk(const QString& path, Workspace::OpenMode mode, bool exists)
{
    if (mode == Workspace::OpenMode::ReadOnly)
        return {};
    const QString network = networkFileSystemName(QFileInfo(path).absolutePath());
    if (network.isEmpty())
        return {};
    if (!exists)
        return StoreError::make(StoreError::ReadOnly,
            QCoreApplication::translate("Workspace",
                "“%1” would be on a network drive (%2), where SQLite cannot keep two computers from writing a "
                "workspace at once and damaging it. Choose a folder on a local disk, or share the work as a team "
                "workspace on PostgreSQL.")
                .arg(path, network));
    return StoreError::make(StoreError::ReadOnly,
        QCoreApplication::translate("Workspace",
            "“%1” is on a network drive (%2), where SQLite cannot keep two computers from writing the workspace at "
            "once and damaging it. Open it read-only, copy it to a local disk, or share it as a team workspace on "
            "PostgreSQL.")
            .arg(path, network));
}

/// Checks the file before SQLite sees it, so that a foreign or damaged file is named, not half-opened.
StoreError checkSqliteFile(const QString& path, Workspace::OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode != Workspace::OpenMode::CreateIfMissing)
            return StoreError::make(StoreError::NotFound,
                QCoreApplication::translate("Workspace", "The workspace “%1” does not exist.").arg(path));
        if (!info.absoluteDir().exists())
            return StoreError::make(StoreError::NotFound,
                QCoreApplication::translate("Workspace", "The folder “%1” does not exist.").arg(info.absolutePath()));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return StoreError::make(StoreError::ReadOnly,
                QCoreApplication::translate("Workspace", "The folder “%1” is not writable.").arg(info.absolutePath()));
        return checkLocalDisk(path, mode, false);
    }
    if (info.isDir())
        return StoreError::make(StoreError::NotAWorkspace,
            QCoreApplication::translate("Workspace", "“%1” is a folder, not a workspace file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(StoreError::ReadOnly,
            QCoreApplication::translate("Workspace", "Cannot read “%1”: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty() && info.size() == 0)
        return {}; // an empty file becomes a new workspace
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return StoreError::make(StoreError::NotAWorkspace,
            QCoreApplication::translate("Workspace", "“%1” is not a Kairos workspace (not an SQLite database).")
                .arg(path));
    if (header.size() < 100)
        return StoreError::make(StoreError::Corrupt,
            QCoreApplication::translate("Workspace", "“%1” is truncated: its database header is incomplete.")
                .arg(path));
    if (mode != Workspace::OpenMode::ReadOnly && !info.isWritable())
        return StoreError::make(StoreError::ReadOnly,
            QCoreApplication::translate("Workspace", "The workspace “%1” is read-only.").arg(path));
    return checkLocalDisk(path, mode, true);
}

/// The quick check reads the whole file, at about 2.5 ms per MB (measured on a workspace of 1M events, 370 MB:
/// 0.9 to 1.1 s; 100k events, 37 MB: 0.11 s). Every open of a larger file would wait more than 0.3 s for it, so
/// larger files skip it: those are the analyst's own long-grown workspaces far more often than files from
/// elsewhere, and in them a damaged page still shows as "malformed" (StoreError::Corrupt) where it is read.
/// Nothing marks a file as cleanly closed by Kairos that a foreign file could not copy, so size is the test.
constexpr qint64 QuickCheckMaxBytes = 96LL * 1024 * 1024;

/// PRAGMA quick_check reads every page of every b-tree, so a damaged page that the schema and the header do not
/// show (a file cut short by a copy, a bad sector, a crafted file) is refused at open with the page named, instead
/// of turning up later as "database disk image is malformed" in the middle of an analyst's work.
StoreError checkSqlitePages(QSqlDatabase& db, const QString& path)
{
    qint64 bytes = QFileInfo(path).size();
    bytes += QFileInfo(path + QStringLiteral("-wal")).size();
    if (bytes == 0 || bytes > QuickCheckMaxBytes)
        return {};
    const auto damaged = [&path](const QString& problem) {
        return StoreError::make(StoreError::Corrupt,
            QCoreApplication::translate("Workspace",
                "“%1” is damaged and was not opened (SQLite's check of its pages found: %2). Open a backup copy, "
                "or recover what is readable with the sqlite3 tool's .recover command.")
                .arg(path, problem));
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // One problem is enough to refuse the file; quick_check(1) stops there.
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")))
        return damaged(query.lastError().databaseText().simplified());
    if (!query.next())
        return damaged(QCoreApplication::translate("Workspace", "no answer"));
    const QString result = query.value(0).toString();
    if (result == QLatin1String("ok"))
        return {};
    query.finish();
    // SQLite 3.40 (Debian 12) reports "NULL value in T.C" for every row of a WITHOUT ROWID table whose column C
    // is declared before a primary-key column, such as entity_aliases.alias, though the value is there. Those
    // lines say nothing about the pages: the page checks come first and would have been reported before them.
    QStringList withoutRowid;
    if (query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%'"))) {
        while (query.next())
            withoutRowid << query.value(0).toString();
    }
    query.finish();
    static const QRegularExpression nullValue(QStringLiteral("^NULL value in ([^.]+)\\.[^.]+$"));
    // The first problem comes after a "*** in database main ***" line.
    const QStringList lines = result.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QString problem = line.trimmed();
        if (problem.startsWith(QLatin1String("***")))
            continue;
        const QRegularExpressionMatch match = nullValue.match(problem);
        if (match.hasMatch() && withoutRowid.contains(match.captured(1)))
            continue;
        return damaged(problem);
    }
    return {};
}

} // namespace

Workspace::Workspace(const WorkspaceLocation& location, OpenMode mode, const QString& connectionName)
    : m_location(location)
    , m_mode(mode)
    , m_connectionName(connectionName)
{ }

Workspace::~Workspace()
{
    m_statements.clear();
    if (m_transactionDepth > 0 && !m_connectionLost && m_transactionConnection == m_connectionNumber)
        m_db.rollback();
    m_staleStatements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Workspace> Workspace::open(const QString& locationText, OpenMode mode, StoreError* error)
{
    QString parseError;
    const WorkspaceLocation location = WorkspaceLocation::parse(locationText, &parseError);
    if (!parseError.isEmpty() || (location.backend == WorkspaceLocation::SQLite && location.filePath.isEmpty())) {
        if (error)
            *error = StoreError::make(StoreError::NotFound,
                parseError.isEmpty() ? QCoreApplication::translate("Workspace", "No workspace was given.")
                                     : parseError);
        return nullptr;
    }
    if (location.backend == WorkspaceLocation::SQLite) {
        const StoreError fileError = checkSqliteFile(location.filePath, mode);
        if (fileError.isError()) {
            if (error)
                *error = fileError;
            return nullptr;
        }
    }
    std::unique_ptr<Workspace> workspace(new Workspace(location, mode, newConnectionName()));
    if (!workspace->connect(error))
        return nullptr;
    return workspace;
}

std::unique_ptr<Workspace> Workspace::open(const WorkspaceLocation& location, OpenMode mode, StoreError* error)
{
    std::unique_ptr<Workspace> workspace(new Workspace(location, mode, newConnectionName()));
    if (!workspace->connect(error))
        return nullptr;
    return workspace;
}

bool Workspace::connect(StoreError* error)
{
    auto failWith = [&](StoreError::Kind kind, const QString& message) {
        if (error)
            *error = StoreError::make(kind, message);
        return false;
    };
    const bool sqlite = m_location.backend == WorkspaceLocation::SQLite;
    m_db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid())
        return failWith(StoreError::Connection,
            QCoreApplication::translate("Workspace", "The Qt SQL driver for %1 is not installed.")
                .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));
    if (sqlite) {
        m_db.setDatabaseName(m_location.filePath);
        // Waits under five seconds for another process's write are normal, not errors.
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (m_mode == OpenMode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        m_db.setConnectOptions(options);
    } else {
        m_db.setHostName(m_location.host);
        m_db.setPort(m_location.port);
        m_db.setDatabaseName(m_location.database);
        if (!m_location.user.isEmpty())
            m_db.setUserName(m_location.user);
        if (!m_location.password.isEmpty())
            m_db.setPassword(m_location.password);
        m_db.setConnectOptions(m_location.options);
    }
    if (!m_db.open())
        return failWith(sqlite ? StoreError::Corrupt : StoreError::Connection,
            sqlite ? QCoreApplication::translate("Workspace", "Cannot open “%1”: %2")
                         .arg(m_location.displayString(), m_db.lastError().text())
                   : openFailureMessage(m_db.lastError()));
    if (sqlite && !configureSqlite(error))
        return false;
    if (sqlite) {
        const StoreError pagesError = checkSqlitePages(m_db, m_location.filePath);
        if (pagesError.isError())
            return failWith(pagesError.kind, pagesError.message);
    }
    if (!sqlite)
        setUpSession();

    StoreError schemaError;
    const int version = Schema::storedVersion(m_db, m_location.backend, &schemaError);
    if (version < 0) {
        // A damaged file often shows up first here, as "file is not a database" or "malformed".
        const QString text = schemaError.message;
        return failWith(schemaError.kind,
            QCoreApplication::translate("Workspace", "“%1”: %2").arg(m_location.displayString(), text));
    }
    if (version > Schema::currentVersion)
        return failWith(StoreError::NewerSchema,
            QCoreApplication::translate("Workspace",
                "“%1” was written by a newer version of Kairos (workspace format %2; this version reads up to %3). "
                "It was left unchanged.")
                .arg(m_location.displayString())
                .arg(version)
                .arg(Schema::currentVersion));
    // WAL rewrites the file header, so it waits until the file is known to be ours.
    if (sqlite && m_mode != OpenMode::ReadOnly
        && !runPragmas(
            {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")}, error))
        return false;
    if (version < Schema::currentVersion) {
        if (m_mode == OpenMode::ReadOnly)
            return failWith(StoreError::ReadOnly,
                QCoreApplication::translate(
                    "Workspace", "“%1” needs an upgrade of its format, which a read-only open cannot do.")
                    .arg(m_location.displayString()));
        StoreError migrateError;
        if (!Schema::migrate(m_db, m_location.backend, version, &migrateError))
            return failWith(migrateError.kind,
                QCoreApplication::translate("Workspace", "Cannot set up “%1”: %2")
                    .arg(m_location.displayString(), migrateError.message));
    }
    return true;
}

bool Workspace::configureSqlite(StoreError* error)
{
    // Hardening for files that may come from someone else: no schema-defined functions with side effects,
    // no direct writes to the schema tables.
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3* db = *static_cast<sqlite3* const*>(handle.data())) {
            sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
            sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        }
    }
    // SQLite's default page cache (2 MB) no longer holds the time index of a large workspace, and bulk
    // writes then reread its pages for every chunk; 64 MB is only taken as pages are actually read.
    return runPragmas(
        {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA cache_size = -65536")}, error);
}

bool Workspace::runPragmas(const QStringList& pragmas, StoreError* error)
{
    for (const QString& pragma : pragmas) {
        QSqlQuery query(m_db);
        if (!query.exec(pragma)) {
            if (error)
                *error = StoreError::make(StoreError::Corrupt,
                    QCoreApplication::translate("Workspace", "“%1” cannot be used as a workspace: %2")
                        .arg(m_location.filePath, query.lastError().text()));
            return false;
        }
    }
    return true;
}

bool Workspace::fail(const QSqlQuery& query)
{
    return fail(query.lastError());
}

bool Workspace::fail(const QSqlError& sqlError)
{
    if (isConnectionLost(sqlError))
        return failConnection(sqlError);
    // SQLITE_FULL or PostgreSQL's disk_full: SQLite's own "database or disk is full" names neither the disk
    // nor a remedy.
    const QString code = sqlError.nativeErrorCode();
    if (code == (isPostgres() ? QLatin1String("53100") : QLatin1String("13")))
        return fail(StoreError::DiskFull,
            QCoreApplication::translate(
                "Workspace", "The disk that holds “%1” is full: free some space, then try again.")
                .arg(m_location.displayString()));
    // SQLITE_BUSY, which comes only after the busy timeout, or SQLITE_LOCKED.
    if (!isPostgres() && (code == QLatin1String("5") || code == QLatin1String("6")))
        return fail(StoreError::Busy,
            QCoreApplication::translate(
                "Workspace", "Another program is writing to “%1” and did not finish in time: try again in a moment.")
                .arg(m_location.displayString()));
    // insufficient_privilege: a team member whose role may read but not write (Workspace::grantTeamAccess).
    if (isPostgres() && code == QLatin1String("42501"))
        return fail(StoreError::ReadOnly,
            QCoreApplication::translate("Workspace",
                "Your PostgreSQL role may not make this change in “%1”; ask the workspace's owner for editor access.")
                .arg(m_location.displayString()));
    const QString text = sqlError.text();
    StoreError::Kind kind = StoreError::Sql;
    if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        kind = StoreError::ReadOnly;
    // Qt's SQLite driver marks every failed statement as a ConnectionError; only a server connection is lost.
    else if ((isPostgres() && sqlError.type() == QSqlError::ConnectionError) || !m_db.isOpen())
        kind = StoreError::Connection;
    else if (text.contains(QLatin1String("malformed")))
        kind = StoreError::Corrupt;
    return fail(kind, text);
}

bool Workspace::fail(StoreError::Kind kind, const QString& message)
{
    m_error = StoreError::make(kind, message);
    if (m_transactionDepth > 0)
        m_transactionFailed = true;
    return false;
}

bool Workspace::exec(QSqlQuery& query)
{
    if (m_refusingScopes > 0) {
        // Only exec() clears the values bound for a statement; a cached one would take them into its next use.
        // The failure that began the refusal is in m_error already.
        query.prepare(query.lastQuery());
        return false;
    }
    if (query.exec())
        return true;
    // Outside a transaction a statement can run again on a new connection; inside one, the transaction
    // died with the old connection and only the caller can start it over.
    if (m_transactionDepth == 0 && isPostgres())
        return retryOnNewConnection(query);
    return fail(query);
}

QSqlQuery& Workspace::cachedStatement(const QString& sql)
{
    connection();
    std::unique_ptr<QSqlQuery>& query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

bool Workspace::beginTransaction()
{
    if (m_refusingScopes > 0)
        return false;
    if (m_transactionDepth++ > 0)
        return true;
    m_transactionFailed = false;
    if (isPostgres() && m_connectionLost && !reconnect()) {
        m_transactionDepth = 0;
        return false;
    }
    // BEGIN IMMEDIATE takes the write lock at once, so a busy database waits here rather than failing mid-way.
    QSqlQuery begin(m_db);
    m_transactionConnection = m_connectionNumber;
    if (isPostgres() ? m_db.transaction() : begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    // Nothing has been written yet, so a connection that broke since the last statement is simply replaced.
    if (isPostgres() && isConnectionLost(m_db.lastError())) {
        noteConnectionLost(m_db.lastError());
        if (!reconnect()) {
            m_transactionDepth = 0;
            return false;
        }
        m_transactionConnection = m_connectionNumber;
        if (m_db.transaction())
            return true;
    }
    m_transactionDepth = 0;
    // SQLite reports on the statement, the PostgreSQL driver on the connection.
    return fail(isPostgres() ? m_db.lastError() : begin.lastError());
}

bool Workspace::commitTransaction()
{
    if (m_transactionDepth == 0)
        return false;
    if (--m_transactionDepth > 0)
        return !m_transactionFailed;
    if (m_transactionFailed || !flushPendingText()) {
        // The flush leaves its own message; only a failure it did not report needs one here.
        rollbackTransaction();
        return false;
    }
    QSqlQuery commit(m_db);
    const bool ok = isPostgres() ? m_db.commit() : commit.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        fail(isPostgres() ? m_db.lastError() : commit.lastError());
        rollbackTransaction();
    }
    return ok;
}

void Workspace::rollbackTransaction()
{
    if (m_transactionDepth > 1) {
        --m_transactionDepth;
        m_transactionFailed = true;
        return;
    }
    m_transactionDepth = 0;
    m_pendingArticleText.clear();
    m_pendingEventText.clear();
    if (isPostgres()) {
        // A transaction of a connection that broke ended with its session; the new connection starts clean.
        if (m_connectionLost) {
            if (reconnect())
                reportRestored();
        } else if (m_transactionConnection == m_connectionNumber) {
            m_db.rollback();
        }
    } else {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
}

bool Workspace::flushPendingText()
{
    const struct
    {
        IdRanges& pending;
        const char* sql;
    } indexes[] = {
        {m_pendingArticleText,
            "INSERT INTO articles_fts (rowid, title, body) SELECT id, title, body FROM articles WHERE id BETWEEN ? "
            "AND ?"},
        {m_pendingEventText,
            "INSERT INTO events_fts (rowid, title, summary) SELECT id, title, summary FROM events WHERE id BETWEEN ? "
            "AND ?"},
    };
    for (const auto& index : indexes) {
        for (const auto& [first, last] : index.pending.runs()) {
            QSqlQuery& query = cachedStatement(QString::fromLatin1(index.sql));
            const StatementReset queryReset(query);
            query.addBindValue(first);
            query.addBindValue(last);
            if (!exec(query))
                return false;
        }
        index.pending.clear();
    }
    return true;
}

void Workspace::analyze()
{
    QSqlQuery query(m_db);
    query.exec(isPostgres() ? QStringLiteral("ANALYZE") : QStringLiteral("PRAGMA optimize"));
}

WorkspaceStats Workspace::stats()
{
    WorkspaceStats stats;
    QSqlQuery query(m_db);
    // Prepared so that exec() can run it again on a new connection.
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                                 "(SELECT count(*) FROM entities), (SELECT count(*) FROM mentions)"));
    if (exec(query) && query.next()) {
        stats.articles = query.value(0).toLongLong();
        stats.events = query.value(1).toLongLong();
        stats.entities = query.value(2).toLongLong();
        stats.mentions = query.value(3).toLongLong();
    }
    return stats;
}

} // namespace Kairos
