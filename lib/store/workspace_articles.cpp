// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlvalues.h"
#include "workspace.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Kairos {

std::optional<qint64> Workspace::findArticle(const QString& sha256, const QString& url)
{
    QSqlQuery& query = cachedStatement(
        QStringLiteral("SELECT id FROM articles WHERE sha256 = ? OR (url <> '' AND url = ?) LIMIT 1"));
    const StatementReset queryReset(query);
    query.addBindValue(sha256);
    query.addBindValue(url);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool Workspace::insertArticle(Article& article, const QByteArray& originalBytes)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    WorkspaceTransaction transaction(*this);
    // Qt's SQLite driver binds text as UTF-16, which SQLite then converts into a buffer of one and a half times
    // its size, for a long article a copy several times the text. The body goes in as UTF-8 bytes instead,
    // made text again by the CAST without a conversion.
    QSqlQuery& query = cachedStatement(isPostgres()
            ? QStringLiteral("INSERT INTO articles (title, outlet, url, published, published_precision, language, "
                             "body, sha256, source_format, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "RETURNING id")
            : QStringLiteral("INSERT INTO articles (title, outlet, url, published, published_precision, language, "
                             "body, sha256, source_format, imported_at) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, "
                             "?, ?) RETURNING id"));
    StatementReset queryReset(query);
    query.addBindValue(Sql::text(article.title));
    query.addBindValue(Sql::text(article.outlet));
    query.addBindValue(Sql::text(article.url));
    query.addBindValue(Sql::time(article.published));
    query.addBindValue(precisionToString(article.publishedPrecision));
    query.addBindValue(Sql::text(article.language));
    if (isPostgres() || article.body.isEmpty())
        query.addBindValue(Sql::text(article.body));
    else
        query.addBindValue(Sql::utf8(article.body));
    query.addBindValue(Sql::text(article.sha256));
    query.addBindValue(Sql::text(article.sourceFormat));
    query.addBindValue(now);
    if (!exec(query) || !query.next())
        return false;
    article.id = query.value(0).toLongLong();
    query.finish();
    if (!isPostgres())
        m_pendingArticleText.add(article.id);
    if (!originalBytes.isEmpty()) {
        QSqlQuery& source
            = cachedStatement(QStringLiteral("INSERT INTO article_sources (article_id, bytes) VALUES (?, ?)"));
        const StatementReset sourceReset(source);
        source.addBindValue(article.id);
        source.addBindValue(originalBytes);
        if (!exec(source))
            return false;
    }
    for (ArticleOrigin& origin : article.origins) {
        if (origin.importedAt == TimePoint())
            origin.importedAt = TimePoint::fromSeconds(now);
        if (!addArticleOrigin(article.id, origin))
            return false;
    }
    return transaction.commit();
}

bool Workspace::addArticleOrigin(qint64 articleId, const ArticleOrigin& origin)
{
    QSqlQuery& query = cachedStatement(
        QStringLiteral("INSERT INTO article_origins (article_id, bundle, path, imported_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING"));
    const StatementReset queryReset(query);
    query.addBindValue(articleId);
    query.addBindValue(Sql::text(origin.bundle));
    query.addBindValue(Sql::text(origin.path));
    query.addBindValue(
        origin.importedAt == TimePoint() ? QDateTime::currentSecsSinceEpoch() : origin.importedAt.seconds());
    return exec(query);
}

std::optional<Article> Workspace::article(qint64 id)
{
    QSqlQuery& query = cachedStatement(
        QStringLiteral("SELECT title, outlet, url, published, published_precision, language, body, sha256, "
                       "source_format FROM articles WHERE id = ?"));
    const StatementReset queryReset(query);
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    Article article;
    article.id = id;
    article.title = query.value(0).toString();
    article.outlet = query.value(1).toString();
    article.url = query.value(2).toString();
    article.published = Sql::toTime(query.value(3));
    article.publishedPrecision = precisionFromString(query.value(4).toString()).value_or(DatePrecision::Unknown);
    article.language = query.value(5).toString();
    article.body = query.value(6).toString();
    article.sha256 = query.value(7).toString();
    article.sourceFormat = query.value(8).toString();
    QSqlQuery origins(m_db);
    origins.prepare(QStringLiteral(
        "SELECT bundle, path, imported_at FROM article_origins WHERE article_id = ? ORDER BY imported_at"));
    origins.addBindValue(id);
    if (exec(origins)) {
        while (origins.next())
            article.origins.append({origins.value(0).toString(), origins.value(1).toString(),
                TimePoint::fromSeconds(origins.value(2).toLongLong())});
    }
    return article;
}

QByteArray Workspace::articleSource(qint64 id)
{
    QSqlQuery& query = cachedStatement(QStringLiteral("SELECT bytes FROM article_sources WHERE article_id = ?"));
    const StatementReset queryReset(query);
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return {};
    return query.value(0).toByteArray();
}

QList<ArticleSummary> Workspace::articleSummaries()
{
    QList<ArticleSummary> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT a.id, a.title, a.outlet, a.url, a.published, a.published_precision, a.source_format, "
            "(SELECT o.bundle FROM article_origins o WHERE o.article_id = a.id ORDER BY o.imported_at LIMIT 1) "
            "FROM articles a ORDER BY a.published, a.id"))) {
        fail(query);
        return result;
    }
    while (query.next()) {
        ArticleSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.title = query.value(1).toString();
        summary.outlet = query.value(2).toString();
        summary.url = query.value(3).toString();
        summary.published = Sql::toTime(query.value(4));
        summary.publishedPrecision = precisionFromString(query.value(5).toString()).value_or(DatePrecision::Unknown);
        summary.sourceFormat = query.value(6).toString();
        summary.bundle = query.value(7).toString();
        result.append(summary);
    }
    return result;
}

QList<qint64> Workspace::searchArticles(const QString& text)
{
    return fullTextIds(QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"),
        QStringLiteral("SELECT id FROM articles WHERE fts @@ to_tsquery('simple', ?)"), text);
}

QList<qint64> Workspace::fullTextIds(const QString& sqliteSql, const QString& postgresSql, const QString& text)
{
    QList<qint64> ids;
    const QString match = ftsMatch(text);
    if (match.isEmpty())
        return ids;
    // Rows added earlier in the running transaction are found too.
    if (!flushPendingText())
        return ids;
    QSqlQuery& query = cachedStatement(isPostgres() ? postgresSql : sqliteSql);
    const StatementReset queryReset(query);
    query.addBindValue(match);
    if (exec(query)) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

QString Workspace::ftsMatch(const QString& text) const
{
    // User text never reaches the FTS syntax: each word becomes a quoted prefix term (FTS5) or a
    // prefix lexeme (tsquery), all of them required.
    QStringList terms;
    const QStringList words
        = text.split(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
            Qt::SkipEmptyParts);
    for (const QString& word : words)
        terms << (isPostgres() ? word.toLower() + QStringLiteral(":*")
                               : QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(isPostgres() ? QStringLiteral(" & ") : QStringLiteral(" "));
}

} // namespace Kairos
