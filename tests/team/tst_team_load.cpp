// SPDX-License-Identifier: GPL-3.0-or-later
// Four clients on one PostgreSQL workspace for KAIROS_LOAD_SECONDS (default 60): two import bundles with
// extraction, two edit a small set of shared events with version checks. A conflict is a normal outcome
// (the editor reloads and tries again); any other error, a lost edit or a partial import fails the test.
#include "pipeline/extractorfactory.h"
#include "pipeline/importpipeline.h"
#include "teamserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Kairos;

namespace {

constexpr int SharedEvents = 6;
constexpr int ArticlesPerBundle = 3;

struct ClientResult
{
    QStringList errors;
    // Editors: the tokens each saved edit appended to an event's summary, per event id, in saving order.
    QHash<qint64, QStringList> saved;
    QList<qint64> added;
    int conflicts = 0;
    // Importers
    int bundles = 0;
    int articlesAdded = 0;
    int eventsAdded = 0;
};

int loadSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("KAIROS_LOAD_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 60;
}

/// A bundle folder of demo articles made unique to this client and round (title, URL and one sentence), so
/// that each is stored anew while the extractor finds the same entities in all of them.
bool writeBundle(const QString& folder, int client, int round, QString* error)
{
    const QDir demo(QStringLiteral(KAIROS_SOURCE_DIR "/resources/demo/articles"));
    const QStringList names = demo.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        *error = QStringLiteral("no demo articles in %1").arg(demo.path());
        return false;
    }
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    static const QRegularExpression titleLine(QStringLiteral("^title: (.*)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression urlLine(QStringLiteral("^url: (.*)$"), QRegularExpression::MultilineOption);
    for (int i = 0; i < ArticlesPerBundle; ++i) {
        const QString name = names.at((round * ArticlesPerBundle + i + client) % names.size());
        QFile source(demo.filePath(name));
        if (!source.open(QIODevice::ReadOnly)) {
            *error = source.errorString();
            return false;
        }
        QString text = QString::fromUtf8(source.readAll());
        const QString tag = QStringLiteral("client %1 round %2 article %3").arg(client).arg(round).arg(i);
        text.replace(titleLine, QStringLiteral("title: \\1 (%1)").arg(tag));
        text.replace(
            urlLine, QStringLiteral("url: \\1/%1").arg(QString(tag).replace(QLatin1Char(' '), QLatin1Char('-'))));
        text += QStringLiteral("\nFiled as %1.\n").arg(tag);
        QFile target(QDir(folder).filePath(name));
        if (!target.open(QIODevice::WriteOnly) || target.write(text.toUtf8()) < 0) {
            *error = target.errorString();
            return false;
        }
    }
    return true;
}

void importer(const QString& location, int client, QDeadlineTimer deadline, ClientResult* result)
{
    StoreError error;
    const std::unique_ptr<Workspace> workspace = Workspace::open(location, Workspace::OpenMode::MustExist, &error);
    if (!workspace) {
        result->errors << QStringLiteral("importer %1 cannot open: %2").arg(client).arg(error.message);
        return;
    }
    QString extractorError;
    const ImportPipeline::Extractor extractor = defaultExtractor(&extractorError);
    if (!extractor) {
        result->errors << QStringLiteral("importer %1 has no extractor: %2").arg(client).arg(extractorError);
        return;
    }
    QTemporaryDir bundles;
    for (int round = 0; !deadline.hasExpired(); ++round) {
        const QString folder = bundles.filePath(QStringLiteral("bundle-%1").arg(round));
        QString writeError;
        if (!writeBundle(folder, client, round, &writeError)) {
            result->errors << writeError;
            return;
        }
        ImportPipeline pipeline(*workspace);
        pipeline.setExtractor(extractor);
        const ImportReport report = pipeline.run({folder});
        ++result->bundles;
        result->articlesAdded += report.articlesAdded;
        result->eventsAdded += report.eventsAdded;
        QStringList problems;
        if (!report.fatalError.isEmpty())
            problems << report.fatalError;
        for (const Import::Rejection& rejection : report.errors)
            problems << rejection.path + QStringLiteral(": ") + rejection.reason;
        if (report.articlesAdded != ArticlesPerBundle)
            problems << QStringLiteral("%1 of %2 articles added").arg(report.articlesAdded).arg(ArticlesPerBundle);
        if (!problems.isEmpty()) {
            result->errors << QStringLiteral("importer %1, bundle %2: %3")
                                  .arg(client)
                                  .arg(round)
                                  .arg(problems.join(QStringLiteral("; ")));
            if (result->errors.size() > 20)
                return;
        }
    }
}

void editor(
    const QString& location, int client, const QList<qint64>& shared, QDeadlineTimer deadline, ClientResult* result)
{
    StoreError error;
    const std::unique_ptr<Workspace> workspace = Workspace::open(location, Workspace::OpenMode::MustExist, &error);
    if (!workspace) {
        result->errors << QStringLiteral("editor %1 cannot open: %2").arg(client).arg(error.message);
        return;
    }
    QRandomGenerator random(quint32(client) * 7919u);
    for (int edit = 0; !deadline.hasExpired() && result->errors.size() <= 20; ++edit) {
        if (edit % 25 == 24) {
            Event added;
            added.title = QStringLiteral("Added by editor %1 (%2)").arg(client).arg(edit);
            added.start = TimePoint::fromDate(2025, 11, 1 + edit % 28);
            added.precision = DatePrecision::Day;
            added.status = ReviewStatus::Confirmed;
            if (workspace->insertEvent(added))
                result->added << added.id;
            else
                result->errors << QStringLiteral("editor %1 add: %2").arg(client).arg(workspace->lastError().message);
            continue;
        }
        const qint64 id = shared.at(int(random.bounded(quint32(shared.size()))));
        const QString token = QStringLiteral("e%1n%2;").arg(client).arg(edit);
        // Read, change, save against the version read; a conflict means someone saved in between, so the
        // edit is made again on their version, as an analyst would after reloading.
        for (int attempt = 0;; ++attempt) {
            std::optional<Event> event = workspace->event(id);
            if (!event) {
                result->errors
                    << QStringLiteral("editor %1 read %2: %3").arg(client).arg(id).arg(workspace->lastError().message);
                break;
            }
            event->summary += token;
            event->confidence = random.bounded(100) / 100.0;
            if (workspace->updateEvent(*event)) {
                result->saved[id] << token;
                break;
            }
            if (workspace->lastError().kind != StoreError::Conflict) {
                result->errors
                    << QStringLiteral("editor %1 save %2: %3").arg(client).arg(id).arg(workspace->lastError().message);
                break;
            }
            ++result->conflicts;
            if (attempt == 1000) {
                result->errors << QStringLiteral("editor %1: 1000 conflicts in a row on %2").arg(client).arg(id);
                break;
            }
        }
    }
}

} // namespace

class TestTeamLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fourClientsEditAndImportAtOnce()
    {
        KAIROS_CREATE_TEAM_WORKSPACE(location);
        StoreError error;
        std::unique_ptr<Workspace> workspace = Workspace::open(location, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QList<qint64> shared;
        for (int i = 0; i < SharedEvents; ++i) {
            Event event;
            event.title = QStringLiteral("Shared event %1").arg(i);
            event.start = TimePoint::fromDate(2025, 10, 1 + i);
            event.precision = DatePrecision::Day;
            event.status = ReviewStatus::Confirmed;
            QVERIFY(workspace->insertEvent(event));
            shared << event.id;
        }

        const int seconds = loadSeconds();
        const QDeadlineTimer deadline {std::chrono::seconds(seconds)};
        ClientResult results[4];
        std::unique_ptr<QThread> threads[4];
        threads[0].reset(QThread::create(importer, location, 1, deadline, &results[0]));
        threads[1].reset(QThread::create(importer, location, 2, deadline, &results[1]));
        threads[2].reset(QThread::create(editor, location, 3, shared, deadline, &results[2]));
        threads[3].reset(QThread::create(editor, location, 4, shared, deadline, &results[3]));
        for (auto& thread : threads)
            thread->start();
        for (auto& thread : threads)
            thread->wait();

        QStringList errors;
        for (const ClientResult& result : results)
            errors << result.errors;
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

        // Every saved edit is in the stored summary, each editor's in the order it saved them, and nothing else.
        int edits = 0;
        for (qint64 id : std::as_const(shared)) {
            const std::optional<Event> stored = workspace->event(id);
            QVERIFY(stored);
            const QStringList tokens = stored->summary.split(QLatin1Char(';'), Qt::SkipEmptyParts);
            QStringList expected;
            for (int client : {2, 3}) {
                const QStringList mine = results[client].saved.value(id);
                expected << mine;
                QStringList inStore;
                const QString prefix = QStringLiteral("e%1n").arg(client + 1);
                for (const QString& token : tokens) {
                    if (token.startsWith(prefix))
                        inStore << token + QLatin1Char(';');
                }
                QCOMPARE(inStore, mine);
            }
            QCOMPARE(tokens.size(), expected.size());
            // Each save raised the version by one: no write went around the version check.
            QCOMPARE(stored->version, 1 + int(expected.size()));
            edits += int(expected.size());
        }
        for (int client : {2, 3}) {
            for (qint64 id : std::as_const(results[client].added))
                QVERIFY2(workspace->event(id), qPrintable(QString::number(id)));
        }

        // Every bundle arrived whole.
        const int articles = results[0].articlesAdded + results[1].articlesAdded;
        QCOMPARE(articles, (results[0].bundles + results[1].bundles) * ArticlesPerBundle);
        QCOMPARE(workspace->stats().articles, qint64(articles));
        QVERIFY(results[0].bundles > 0 && results[1].bundles > 0);
        QVERIFY(edits > 0);
        qInfo("%d s: %d bundles (%d articles, %d events) imported, %d edits saved, %d conflicts retried, %d events "
              "added",
            seconds, results[0].bundles + results[1].bundles, articles, results[0].eventsAdded + results[1].eventsAdded,
            edits, results[2].conflicts + results[3].conflicts, int(results[2].added.size() + results[3].added.size()));
    }
};

QTEST_GUILESS_MAIN(TestTeamLoad)
#include "tst_team_load.moc"
