// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/entity.h"
#include "core/event.h"
#include "eventrow.h"
#include "idranges.h"
#include "storeerror.h"
#include "workspacelocation.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace Kairos {

/// Articles without their bodies, for lists.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString outlet;
    QString url;
    std::optional<TimePoint> published;
    DatePrecision publishedPrecision = DatePrecision::Unknown;
    QString bundle;
    QString sourceFormat;
};

struct Annotation
{
    qint64 id = 0;
    TimePoint at;
    QString text;
};

/// One open workspace: a connection to its SQLite file or PostgreSQL database and every read and write
/// on it. A Workspace belongs to the thread that opened it (Qt 6.4 cannot move connections between
/// threads); a worker calls openAnother() for a connection of its own. Writes made through this object
/// are announced by the change signals, which the models listen to.
class Workspace : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode { CreateIfMissing, MustExist, ReadOnly };

    static std::unique_ptr<Workspace> open(const QString& location, OpenMode mode, StoreError* error);
    /// A new connection to the same workspace, owned by the calling thread.
    std::unique_ptr<Workspace> openAnother(StoreError* error) const { return open(m_location, m_mode, error); }
    static std::unique_ptr<Workspace> open(const WorkspaceLocation& location, OpenMode mode, StoreError* error);
    OpenMode openMode() const { return m_mode; }
    ~Workspace() override;

    const WorkspaceLocation& location() const { return m_location; }
    bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }
    bool isPostgres() const { return m_location.backend == WorkspaceLocation::PostgreSQL; }

    enum class TeamAccess { Editor, Reader };
    /// Team workspaces only, run by the role that owns the tables: lets the existing PostgreSQL `role` read
    /// and edit articles, events, entities and notes (Editor) or only read them (Reader), now and after later
    /// format upgrades, but never create, change or drop tables. Creating tables in the workspace's schema is
    /// left to its owner alone (PostgreSQL 15 does this by default; older servers are brought in line).
    bool grantTeamAccess(const QString& role, TeamAccess access);
    QSqlDatabase database() const { return m_db; }
    const StoreError& lastError() const { return m_error; }
    /// Forgets the last error, so that an empty result can be told apart from a failed read.
    void clearError() { m_error = {}; }

    WorkspaceStats stats();
    /// Refreshes the planner's statistics after a large write; without them PostgreSQL picks slow plans
    /// for freshly loaded tables until autovacuum comes by.
    void analyze();

    /// Groups writes; nested calls join the outer transaction. Until commit() nothing is visible to others.
    bool beginTransaction();
    bool commitTransaction();
    void rollbackTransaction();
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Articles
    /// The article with the same content hash or (non-empty) URL, if stored already.
    std::optional<qint64> findArticle(const QString& sha256, const QString& url);
    bool insertArticle(Article& article, const QByteArray& originalBytes);
    bool addArticleOrigin(qint64 articleId, const ArticleOrigin& origin);
    std::optional<Article> article(qint64 id);
    QByteArray articleSource(qint64 id);
    QList<ArticleSummary> articleSummaries();
    QList<qint64> searchArticles(const QString& text);

    // Entities
    std::optional<Entity> entity(qint64 id);
    /// By canonical name or alias, ignoring case.
    std::optional<Entity> findEntity(const QString& nameOrAlias);
    bool insertEntity(Entity& entity);
    /// Saves name, type and aliases if nobody changed the entity since it was read; otherwise a Conflict.
    bool updateEntity(Entity& entity);
    bool deleteEntity(qint64 id);
    /// Moves mentions, event links and aliases of `from` onto `into`, then deletes `from`.
    bool mergeEntities(qint64 into, qint64 from);
    QList<Entity> entities();
    bool insertMentions(QList<Mention>& mentions);
    QList<Mention> mentionsInArticle(qint64 articleId);
    QList<Mention> mentionsOfEntity(qint64 entityId);
    /// Event id and role of every link of the entity.
    QList<QPair<qint64, QString>> eventLinksOfEntity(qint64 entityId);
    /// Replaces all mentions and event links of an entity (used by undo of merges and deletes).
    bool replaceEntityLinks(qint64 entityId, QList<Mention> mentions, const QList<QPair<qint64, QString>>& links);
    struct EntityCounts
    {
        qint64 mentions = 0;
        qint64 events = 0;
    };
    QHash<qint64, EntityCounts> entityCounts();

    // Events
    bool insertEvent(Event& event);
    /// Saves the event if its version is still the stored one; otherwise a Conflict and nothing changes.
    bool updateEvent(Event& event);
    bool deleteEvent(qint64 id);
    std::optional<Event> event(qint64 id);
    // Keeps QObject::event(QEvent*) visible beside the lookup above (clang warns that it is hidden).
    using QObject::event;
    /// An event with exactly this title and start (both undated counts as equal) and the same place on the
    /// time axis, among the ids below `idsBelow`, to avoid duplicates. Found through the time index.
    std::optional<qint64> findEvent(const Event& event, qint64 idsBelow = std::numeric_limits<qint64>::max());
    /// The id the next event stored here will get at the earliest.
    qint64 nextEventId();
    /// Deletes proposed, never edited events that cite the given sentence range of an article, except `keep`:
    /// a curated event for that sentence supersedes what extraction guessed. Returns how many went.
    int removeProposedEventsCiting(qint64 articleId, int begin, int end, qint64 keep);
    /// Adds supporting sentences to an existing event without touching what the analyst edited.
    bool addEvidence(qint64 eventId, const QList<Evidence>& evidence);
    QList<Event> eventsForArticle(qint64 articleId);
    /// Rows for the event model in display order, after the given key (keyset paging).
    QList<EventRow> eventRows(const EventRowCursor& after, int limit);
    std::optional<EventRow> eventRow(qint64 id);
    QList<qint64> eventIdsForEntities(const QList<qint64>& entityIds);
    /// Events whose title or summary match, through the full-text index (FTS5 or tsvector).
    QList<qint64> searchEvents(const QString& text);

    // Annotations on the timeline
    QList<Annotation> annotations();
    bool insertAnnotation(Annotation& annotation);
    bool deleteAnnotation(qint64 id);

Q_SIGNALS:
    void eventsInserted(const QList<qint64>& ids);
    void eventsChanged(const QList<qint64>& ids);
    void eventsRemoved(const QList<qint64>& ids);
    void entitiesChanged();
    void articlesChanged();
    void annotationsChanged();
    /// Everything may have changed (an import finished on another connection).
    void reset();
    /// The connection to the PostgreSQL server broke and a new one is open: work that failed with a
    /// StoreError::Connection can be tried again. Emitted in the middle of an operation, so listeners queue.
    void connectionRestored();

public:
    /// Announces writes made on another connection, e.g. by an import worker.
    void notifyExternalChange() { Q_EMIT reset(); }

private:
    Workspace(const WorkspaceLocation& location, OpenMode mode, const QString& connectionName);
    bool connect(StoreError* error);
    bool configureSqlite(StoreError* error);
    bool runPragmas(const QStringList& pragmas, StoreError* error);
    bool fail(const QSqlQuery& query);
    bool fail(const QSqlError& error);
    bool fail(StoreError::Kind kind, const QString& message);
    bool exec(QSqlQuery& query);
    // PostgreSQL connections (workspace_connection.cpp)
    bool setUpSession();
    QString openFailureMessage(const QSqlError& error) const;
    bool isConnectionLost(const QSqlError& error);
    void noteConnectionLost(const QSqlError& error);
    /// Records a broken connection; outside a transaction a new one is opened at once.
    bool failConnection(const QSqlError& error);
    /// Opens a new connection with the same options; m_error says why when it cannot.
    bool reconnect();
    /// Says that the connection broke and a new one is open, for an operation that failed because of it.
    void reportRestored();
    /// Runs a statement that failed outside a transaction once more on a new connection.
    bool retryOnNewConnection(QSqlQuery& query);
    /// The connection, opened anew first if the last attempt failed: Qt will not prepare a statement on a
    /// closed connection, and then forgets its text, so it could not be run again after a reconnect.
    QSqlDatabase& connection();
    enum class ChildRows { New, Replace };
    bool writeEventChildren(const Event& event, ChildRows rows);
    bool forgetEventText(qint64 id);
    /// Writes the full-text entries of the rows added or changed in this transaction.
    bool flushPendingText();
    bool insertAliases(const Entity& entity);
    /// Ids matched by the full-text index: `sqliteSql` and `postgresSql` take the prepared match text.
    QList<qint64> fullTextIds(const QString& sqliteSql, const QString& postgresSql, const QString& text);
    QString ftsMatch(const QString& text) const;
    /// Prepares each distinct statement once per connection; preparing costs more than running these.
    QSqlQuery& cachedStatement(const QString& sql);

    WorkspaceLocation m_location;
    OpenMode m_mode;
    QString m_connectionName;
    QSqlDatabase m_db;
    StoreError m_error;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    // Statements of connections that broke: callers may still hold references to them, so they live as
    // long as the workspace.
    std::vector<std::unique_ptr<QSqlQuery>> m_staleStatements;
    bool m_connectionLost = false;
    QString m_lostReason;
    // Which connection the open transaction began on: one begun on a connection that broke has nothing
    // left to roll back.
    int m_connectionNumber = 0;
    int m_transactionConnection = 0;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    /// Open WorkspaceTransactions whose transaction did not begin; while there are any, nothing runs.
    int m_refusingScopes = 0;
    friend class WorkspaceTransaction;
    // SQLite's full-text index writes out its buffered words whenever a statement opens a savepoint, which
    // most writes do; indexing a transaction's new rows together at commit keeps that to once per batch.
    IdRanges m_pendingArticleText;
    IdRanges m_pendingEventText;
};

/// Resets a cached prepared statement when it goes out of scope: a statement left half-read would keep
/// SQLite's connection on an old snapshot and hide other processes' writes.
class StatementReset
{
public:
    explicit StatementReset(QSqlQuery& query)
        : m_query(query)
    { }
    ~StatementReset() { m_query.finish(); }
    StatementReset(const StatementReset&) = delete;
    StatementReset& operator=(const StatementReset&) = delete;

private:
    QSqlQuery& m_query;
};

/// Commits on commit(), rolls back when it goes out of scope otherwise.
/// When the transaction cannot begin (another writer kept the workspace busy, the server is gone), every
/// statement of the workspace is refused until this goes out of scope: run one by one, they would be neither
/// atomic nor undone, and an operation reported as failed would still have written.
class WorkspaceTransaction
{
public:
    explicit WorkspaceTransaction(Workspace& workspace)
        : m_workspace(workspace)
        , m_active(workspace.beginTransaction())
    {
        if (!m_active)
            ++m_workspace.m_refusingScopes;
    }
    ~WorkspaceTransaction() { end(false); }
    WorkspaceTransaction(const WorkspaceTransaction&) = delete;
    WorkspaceTransaction& operator=(const WorkspaceTransaction&) = delete;
    bool isActive() const { return m_active; }
    bool commit() { return end(true); }

private:
    bool end(bool commit)
    {
        if (m_ended)
            return false;
        m_ended = true;
        if (!m_active) {
            --m_workspace.m_refusingScopes;
            return false;
        }
        if (commit)
            return m_workspace.commitTransaction();
        m_workspace.rollbackTransaction();
        return false;
    }

    Workspace& m_workspace;
    const bool m_active;
    bool m_ended = false;
};

} // namespace Kairos
