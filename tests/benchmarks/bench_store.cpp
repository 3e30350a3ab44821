// SPDX-License-Identifier: GPL-3.0-or-later
// Storage benchmark: builds synthetic workspaces of 10k, 100k and 1M events (articles and entities in
// proportion) and prints insert rate, open-to-first-rows time, entity filter and full-text latency and
// resident memory, for SQLite and (with KAIROS_TEST_PG_URL set) PostgreSQL.
// Usage: bench_store [--max N] [--sqlite-only]
#include "models/eventfilterproxy.h"
#include "models/eventmodel.h"
#include "store/bulkeventwriter.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>

using namespace Kairos;

namespace {

const char* const words[] = {"export", "chip", "approval", "meeting", "China", "Nvidia", "tariff", "ministry", "output",
    "demand", "talks", "package", "subsidy", "decision", "report", "control", "Huawei", "Alibaba", "ByteDance",
    "Ascend", "Blackwell", "incentive", "semiconductor", "trade"};

QString sentence(QRandomGenerator& random, int length)
{
    QStringList parts;
    for (int i = 0; i < length; ++i)
        parts << QString::fromLatin1(words[random.bounded(int(std::size(words)))]);
    return parts.join(QLatin1Char(' '));
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

struct Row
{
    QString backend;
    int events = 0;
    double insertRate = 0;
    double plainInsertRate = 0;
    double openMs = 0;
    double entityFilterMs = 0;
    double proxyFilterMs = 0;
    double ftsMs = 0;
    double rssMb = 0;
};

bool populate(Workspace& workspace, int eventCount, double* insertRate)
{
    QRandomGenerator random(42);
    const int entityCount = std::max(50, eventCount / 100);
    const int articleCount = std::max(10, eventCount / 10);
    QList<qint64> entityIds;
    QList<qint64> articleIds;
    if (!workspace.beginTransaction())
        return false;
    for (int i = 0; i < entityCount; ++i) {
        Entity entity {0, QStringLiteral("Entity %1").arg(i), EntityType(i % 7), {}, 0};
        if (!workspace.insertEntity(entity))
            return false;
        entityIds << entity.id;
    }
    for (int i = 0; i < articleCount; ++i) {
        Article article;
        article.title = sentence(random, 8);
        article.outlet = QStringLiteral("Outlet %1").arg(i % 12);
        article.body = sentence(random, 60);
        article.sha256 = QString::number(i, 16).rightJustified(64, QLatin1Char('0'));
        article.published = TimePoint::fromDate(2023, 1, 1).addDays(random.bounded(3 * 365));
        article.publishedPrecision = DatePrecision::Day;
        if (!workspace.insertArticle(article, {}))
            return false;
        articleIds << article.id;
    }
    if (!workspace.commitTransaction())
        return false;

    const TimePoint start = TimePoint::fromDate(2023, 1, 1);
    // Only the writes are timed: making up the synthetic events is not the store's work.
    qint64 writeNanoseconds = 0;
    QElapsedTimer timer;
    BulkEventWriter writer(workspace);
    const int chunk = 20000;
    for (int done = 0; done < eventCount; done += chunk) {
        QList<Event> events;
        events.reserve(chunk);
        for (int i = done; i < std::min(eventCount, done + chunk); ++i) {
            Event event;
            event.title = sentence(random, 6);
            event.start = TimePoint::fromSeconds(start.seconds() + qint64(random.bounded(3 * 365 * 86400)));
            event.precision = DatePrecision::Day;
            event.type = QStringLiteral("approval");
            event.status = ReviewStatus::Proposed;
            event.evidence.append({0, articleIds.at(i % articleIds.size()), 0, 10, QString(), {}, {}});
            event.entities.append({entityIds.at(random.bounded(int(entityIds.size()))), QStringLiteral("actor")});
            event.entities.append({entityIds.at(random.bounded(int(entityIds.size()))), QStringLiteral("object")});
            events.append(event);
        }
        timer.start();
        if (!writer.write(events))
            return false;
        writeNanoseconds += timer.nsecsElapsed();
    }
    *insertRate = eventCount / (writeNanoseconds / 1e9);
    // As an import does after a large write.
    workspace.analyze();
    return true;
}

/// Event rows alone (no evidence, no entity links), with their indexes and full-text entries.
double plainInsertRate(const QString& location, int eventCount)
{
    StoreError error;
    auto workspace = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace)
        return 0;
    QRandomGenerator random(5);
    const TimePoint start = TimePoint::fromDate(2023, 1, 1);
    BulkEventWriter writer(*workspace);
    QElapsedTimer timer;
    qint64 writeNanoseconds = 0;
    for (int done = 0; done < eventCount; done += 50000) {
        QList<Event> events;
        events.reserve(50000);
        for (int i = done; i < std::min(eventCount, done + 50000); ++i) {
            Event event;
            event.title = sentence(random, 6);
            event.start = TimePoint::fromSeconds(start.seconds() + qint64(random.bounded(3 * 365 * 86400)));
            event.precision = DatePrecision::Day;
            event.type = QStringLiteral("approval");
            events.append(event);
        }
        timer.start();
        if (!writer.write(events))
            return 0;
        writeNanoseconds += timer.nsecsElapsed();
    }
    return eventCount / (writeNanoseconds / 1e9);
}

Row measure(const QString& backend, const QString& location, const QString& plainLocation, int eventCount)
{
    Row row {backend, eventCount};
    row.plainInsertRate = plainInsertRate(plainLocation, eventCount);
    {
        StoreError error;
        auto workspace = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace || !populate(*workspace, eventCount, &row.insertRate)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(backend),
                qPrintable(workspace ? workspace->lastError().message : error.message));
            return row;
        }
        if (!workspace->isPostgres())
            QSqlQuery(workspace->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const double rssBefore = residentMegabytes();
    QElapsedTimer timer;
    timer.start();
    StoreError error;
    auto workspace = Workspace::open(location, Workspace::OpenMode::MustExist, &error);
    EventModel model(workspace.get());
    EventFilterProxy proxy(workspace.get());
    proxy.setSourceModel(&model);
    const bool hasRows = proxy.rowCount() > 0;
    row.openMs = timer.nsecsElapsed() / 1e6;
    row.rssMb = residentMegabytes() - rssBefore;
    if (!hasRows)
        return row;

    const qint64 entity = workspace->entities().at(7).id;
    timer.restart();
    const QList<qint64> ids = workspace->eventIdsForEntities({entity});
    row.entityFilterMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    proxy.setEntityIds({entity});
    row.proxyFilterMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const QList<qint64> found = workspace->searchEvents(QStringLiteral("ministry subsidy"));
    row.ftsMs = timer.nsecsElapsed() / 1e6;
    Q_UNUSED(ids)
    Q_UNUSED(found)
    return row;
}

/// A new empty database on the test server, as a workspace URL.
QString freshPostgresDatabase(const QString& serverUrl, const QString& database)
{
    QUrl admin(serverUrl);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setDatabaseName(admin.path().mid(1));
        if (db.open()) {
            QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
            QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE %1").arg(database));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    admin.setPath(QLatin1Char('/') + database);
    return admin.toString();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int maxEvents
        = args.contains(QStringLiteral("--max")) ? args.at(args.indexOf(QStringLiteral("--max")) + 1).toInt() : 1000000;
    const bool sqliteOnly = args.contains(QStringLiteral("--sqlite-only"));
    const QString pgUrl = qEnvironmentVariable("KAIROS_TEST_PG_URL");

    std::printf("%-10s %9s %12s %14s %12s %16s %15s %10s %9s\n", "backend", "events", "rows ev/s", "full ev/s",
        "open+rows ms", "entity query ms", "proxy filter ms", "fts ms", "RSS MB");
    for (int count : {10000, 100000, 1000000}) {
        if (count > maxEvents)
            break;
        struct Target
        {
            QString backend;
            QString location;
            QString plainLocation;
        };
        QList<Target> targets;
        QTemporaryDir dir;
        targets.append({QStringLiteral("SQLite"), dir.filePath(QStringLiteral("bench.kairos")),
            dir.filePath(QStringLiteral("plain.kairos"))});
        if (!sqliteOnly && !pgUrl.isEmpty()) {
            targets.append({QStringLiteral("PostgreSQL"),
                freshPostgresDatabase(pgUrl, QStringLiteral("kairos_bench_%1").arg(count)),
                freshPostgresDatabase(pgUrl, QStringLiteral("kairos_bench_plain_%1").arg(count))});
        }
        for (const Target& target : std::as_const(targets)) {
            const Row row = measure(target.backend, target.location, target.plainLocation, count);
            std::printf("%-10s %9d %12.0f %14.0f %12.1f %16.2f %15.2f %10.2f %9.1f\n", qPrintable(row.backend),
                row.events, row.plainInsertRate, row.insertRate, row.openMs, row.entityFilterMs, row.proxyFilterMs,
                row.ftsMs, row.rssMb);
            std::fflush(stdout);
        }
    }
    return 0;
}
